/**
 * The files a module runs (src/build/imported-sources.ts), which the caches of social cards and of the checks' facts
 * are keyed on: every project file it imports, however it imports it, and nothing it imports only for types.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { importedSources } from '../../src/build/imported-sources.ts';
import { codeSalt } from '../../src/build/checks/page-scan.ts';
import { checksSalt } from '../../src/build/output-memo.ts';
import { cardCode } from '../../src/lib/social-card.ts';
import { projectRoot } from '../../src/site.config.ts';

const temp = mkdtempSync(join(tmpdir(), 'casefile-tests-imported-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** A copy of the project's code (src/ and the lock file, node_modules linked) to edit. */
function copyOfProject(name: string): string {
  const dir = join(temp, name);
  mkdirSync(dir);
  cpSync(join(projectRoot, 'src'), join(dir, 'src'), { recursive: true });
  cpSync(join(projectRoot, 'package-lock.json'), join(dir, 'package-lock.json'));
  symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

/** The values `key` gives before and after each edit of a file in `dir` (`[file, text replaced, replacement]`). */
function keysAcross(dir: string, key: () => string, edits: [string, string, string][]): string[] {
  const keys = [key()];
  for (const [file, from, to] of edits) {
    const path = join(dir, file);
    const original = readFileSync(path, 'utf8');
    expect(original, `${file} holds ${from}`).toContain(from);
    writeFileSync(path, original.replace(from, to));
    keys.push(key());
    writeFileSync(path, original);
    expect(key(), `${file} written back`).toBe(keys[0]);
  }
  return keys;
}

describe('the files a module runs', () => {
  it('follows static, bare and dynamic imports, exports from and a worker URL, not type-only imports', () => {
    const dir = join(temp, 'tree');
    mkdirSync(join(dir, 'lib'), { recursive: true });
    const files: Record<string, string> = {
      'main.ts': [
        "import { a } from './lib/a.ts';",
        "import type { T } from './types.ts';",
        "import './side.ts';",
        "export { b } from './lib/b.ts';",
        "const worker = new URL('./worker.ts', import.meta.url);",
        "const later = () => import('./later.ts');",
        "import { readFileSync } from 'node:fs';",
      ].join('\n'),
      'lib/a.ts': "import { c } from '../c.ts';\nexport const a = c;",
      'lib/b.ts': 'export const b = 1;',
      'c.ts': "import { a } from './lib/a.ts';\nexport const c = 1;",
      'types.ts': 'export type T = 1;',
      'side.ts': '',
      'worker.ts': '',
      'later.ts': '',
      'unused.ts': '',
    };
    for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
    const found = importedSources([join(dir, 'main.ts')]).map((file) => file.slice(dir.length + 1));
    expect(found.sort()).toEqual(['c.ts', 'later.ts', 'lib/a.ts', 'lib/b.ts', 'main.ts', 'side.ts', 'worker.ts']);
  });

  it("changes the social cards' key with any code the card module runs: escapeMarkup, fontDescription, rgb, woff.ts", () => {
    const dir = copyOfProject('cards');
    const keys = keysAcross(dir, () => cardCode(dir), [
      ['src/lib/social-card-text.ts', '`&#${c.charCodeAt(0)};`', '`&#x${c.charCodeAt(0).toString(16)};`'],
      ['src/lib/social-card-text.ts', "style.bold ? 'Bold '", "style.bold ? 'Semi-Bold '"],
      ['src/lib/social-card.ts', 'parseInt(hex.slice(i, i + 2), 16)', 'parseInt(hex.slice(i, i + 2), 16) | 0'],
      ['src/lib/woff.ts', '\n', '\n// edited\n'],
    ]);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("changes the budgets check's remembered facts and the checks' memo with src/lib/javascript-url.ts, which it calls", () => {
    const dir = copyOfProject('checks');
    const budgets = pathToFileURL(join(dir, 'src/build/checks/budgets.ts')).href;
    const edit: [string, string, string][] = [['src/lib/javascript-url.ts', '\n', '\n// edited\n']];
    const facts = keysAcross(dir, () => codeSalt(budgets), edit);
    expect(facts[1]).not.toBe(facts[0]);
    const memo = keysAcross(dir, () => checksSalt(dir, {}, false), edit);
    expect(memo[1]).not.toBe(memo[0]);
  });
});
