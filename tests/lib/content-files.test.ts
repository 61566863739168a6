/**
 * The preflight and Astro read the same files: a page the checks leave out for its "_" name must not be published
 * by Astro's glob loader (src/content.config.ts), which reads the patterns with tinyglobby as asserted here.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { glob } from 'tinyglobby';
import { datasetFiles, holdsFile, holdsSource, leftOutPatterns, listContent } from '../../src/lib/content-files.ts';
import { withheldExclusions } from '../../src/build/sitemap-filter.ts';
import { fixedNow, makeFixture } from '../helpers/build.ts';

describe('the files the site reads', () => {
  it('leaves out "_" files and folders at any depth, for the checks and for Astro alike', async () => {
    const fixture = makeFixture({ copyDemo: false });
    for (const name of [
      'a.mdx',
      'fr/b.mdx',
      '_c.mdx',
      '_drafts/d.mdx',
      '_drafts/deep/e.mdx',
      'fr/_f.mdx',
      'fr/_old/g.mdx',
      'h_i.mdx',
      '.j.mdx',
    ]) {
      fixture.write(`content/stories/${name}`, 'x');
    }
    const dir = `${fixture.root}/content/stories`;
    const listed = listContent(dir);
    expect(listed.files).toEqual(['a.mdx', 'fr/b.mdx', 'h_i.mdx']);
    expect(listed.leftOut).toEqual(['_c.mdx', '_drafts/', 'fr/_f.mdx', 'fr/_old/']);
    // As Astro's glob() loader calls tinyglobby (astro/dist/content/loaders/glob.js).
    const astro = await glob(['**/*.mdx', ...leftOutPatterns], { cwd: dir, expandDirectories: false });
    expect(astro.sort()).toEqual(listed.files);
  });

  it('follows symbolic links to files and into folders, as Astro does, so a symlinked page is checked', async () => {
    const fixture = makeFixture({ copyDemo: false });
    const shared = mkdtempSync(join(tmpdir(), 'casefile-shared-'));
    mkdirSync(join(shared, 'desk'));
    for (const name of ['one.mdx', 'desk/two.mdx', 'desk/_three.mdx']) writeFileSync(join(shared, name), 'x');
    fixture.write('content/stories/a.mdx', 'x');
    const dir = `${fixture.root}/content/stories`;
    symlinkSync(join(shared, 'one.mdx'), join(dir, 'linked.mdx'));
    symlinkSync(join(shared, 'desk'), join(dir, 'desk'));
    const listed = listContent(dir);
    expect(listed.files).toEqual(['a.mdx', 'desk/two.mdx', 'linked.mdx']);
    expect(listed.leftOut).toEqual(['desk/_three.mdx']);
    const astro = await glob(['**/*.mdx', ...leftOutPatterns], { cwd: dir, expandDirectories: false });
    expect(astro.sort()).toEqual(listed.files);
  });

  it('keeps a symlinked draft out of the collections', () => {
    const fixture = makeFixture();
    const shared = mkdtempSync(join(tmpdir(), 'casefile-shared-'));
    const story = readFileSync(join(fixture.root, 'content/stories/the-watchdog-and-its-caseload.mdx'), 'utf8');
    writeFileSync(
      join(shared, 'held.mdx'),
      story.replace(/^---\n/, '---\ndraft: true\n').replace(/^title: .*$/m, 'title: "A story shared by the desk"'),
    );
    symlinkSync(join(shared, 'held.mdx'), join(fixture.root, 'content/stories/held.mdx'));
    expect(withheldExclusions(fixture.root, new Date(fixedNow), false).stories).toContain('!held.mdx');
  });

  // The dev server asks Astro for no collection without a page (src/lib/collections.ts): Astro says it is missing.
  it('says whether a folder holds a page the site reads, as listContent lists them', () => {
    const fixture = makeFixture({ copyDemo: false });
    const dir = join(fixture.root, 'content/cases');
    expect(holdsFile(dir, '.mdx')).toBe(false);
    for (const name of ['_c.mdx', '_drafts/d.mdx', '.j.mdx', 'notes.txt']) fixture.write(`content/cases/${name}`, 'x');
    expect(holdsFile(dir, '.mdx')).toBe(false);
    expect(holdsFile(join(fixture.root, 'content/none'), '.mdx')).toBe(false);
    fixture.write('content/cases/fr/deep/b.mdx', 'x');
    expect(holdsFile(dir, '.mdx')).toBe(true);
    expect(listContent(dir).files).toContain('fr/deep/b.mdx');
  });

  // Asked for a collection with no entry, Astro warns that it "does not exist or is empty" (src/lib/collections.ts).
  it('lists the datasets as their loader reads them, and says whether the bibliography holds a source', () => {
    const fixture = makeFixture({ copyDemo: false });
    const data = join(fixture.root, 'data');
    expect(datasetFiles(data)).toEqual([]);
    for (const name of ['_draft.json', '.swap.json', 'rows.csv', 'old/x.json']) fixture.write(`data/${name}`, '{}');
    expect(datasetFiles(data)).toEqual([]);
    fixture.write('data/b.json', '{}');
    fixture.write('data/a.json', '{}');
    expect(datasetFiles(data)).toEqual(['a.json', 'b.json']);
    const sources = join(data, 'sources.json');
    expect(holdsSource(sources)).toBe(false);
    for (const [text, holds] of [
      ['[]', false],
      ['{"a": {}}', true],
      ['[{"id": "a"}]', true],
      ['{"a": ', true],
    ] as const) {
      writeFileSync(sources, text);
      expect(holdsSource(sources), text).toBe(holds);
    }
    expect(holdsSource(join(data, 'none.json'))).toBe(true);
  });
});
