/**
 * A translation whose frontmatter `lang` contradicts its language folder stops the real build with one line naming
 * the file, the field and the fix, and publishes nothing.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { headersFile } from '../../src/build/security-headers.ts';
import { treeHash } from '../build/tree.ts';
import { makeFixture, runBuild } from '../helpers/build.ts';
import { outputDir, removeOutput } from '../pages/fixture-site.ts';

const fixture = makeFixture();
const dist = outputDir();
afterAll(() => {
  rmSync(fixture.root, { recursive: true, force: true });
  removeOutput(dist);
});

it('a French case file that says lang: en fails the build with its file and the fix', () => {
  const file = join(fixture.root, 'content/cases/fr/igor-pestrikov.mdx');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^date: (.*)$/m, 'date: $1\nlang: en'));
  // A site published earlier (its _headers marks it as a build's, which a build may replace): it stays as it was.
  mkdirSync(dist, { recursive: true });
  writeFileSync(join(dist, '_headers'), headersFile());
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Published earlier</title>\n');
  const before = treeHash(dist);
  const result = runBuild({ dist, contentRoot: fixture.root });
  expect(result.status).toBe(1);
  expect(result.output).toContain(
    '  content/cases/fr/igor-pestrikov.mdx: line 5: lang: "en" does not match the file\'s folder (content/cases/fr/ holds fr pages): remove it or write lang: fr\n',
  );
  expect(result.output).not.toMatch(/^\s+at /m);
  expect(treeHash(dist)).toBe(before);
});
