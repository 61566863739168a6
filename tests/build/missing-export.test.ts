/**
 * An import naming an export its module lacks stops Node before any check runs, with "SyntaxError: The requested
 * module './uk.ts' does not provide an export named 'uk'": a dictionary copied from src/i18n/en.ts and registered
 * before its `export const en` was renamed. The build says which file lacks what, and what to write.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from '../helpers/build.ts';

const node = join(repoRoot, 'node_modules/node/bin/node');
const helper = pathToFileURL(join(repoRoot, 'src/build/missing-export.mjs')).href;

/** What the build would print for a project at `root` whose src/i18n/index.ts imports `imported` from `file`. */
function messageFor(file: string, exported: string, imported: string): string {
  const root = mkdtempSync(join(tmpdir(), 'casefile-export-'));
  try {
    mkdirSync(join(root, 'src/i18n'), { recursive: true });
    writeFileSync(
      join(root, 'src/i18n/index.ts'),
      `import { fr } from './fr.ts';\nimport { ${imported} } from './${file}';\nexport const d = { fr, ${imported} };\n`,
    );
    writeFileSync(join(root, 'src/i18n/fr.ts'), 'export const fr = {};\n');
    writeFileSync(join(root, `src/i18n/${file}`), `export const ${exported} = {};\n`);
    const run = `import { missingExportMessage } from ${JSON.stringify(helper)};
try { await import(${JSON.stringify(pathToFileURL(join(root, 'src/i18n/index.ts')).href)}); }
catch (error) { console.log(missingExportMessage(error, ${JSON.stringify(root)}) ?? 'no message: ' + error.message); }`;
    const result = spawnSync(node, ['--input-type=module', '-e', run], {
      encoding: 'utf8',
      env: { ...process.env, TZ: 'UTC' },
    });
    return `${result.stdout}${result.stderr}`.trim();
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

describe('an import of an export its module lacks', () => {
  it('names the dictionary still exporting en, the line importing it, and the line to write', () => {
    expect(messageFor('uk.ts', 'en', 'uk')).toBe(
      'src/i18n/uk.ts: export uk: missing, though src/i18n/index.ts imports it (line 2): a dictionary copied from src/i18n/en.ts still says `export const en = {`: write `export const uk = {` (README, "Languages")',
    );
  });

  it("names a region code's dictionary by the code without its hyphen, a JavaScript name (ptBR for pt-BR.ts)", () => {
    expect(messageFor('pt-BR.ts', 'en', 'ptBR')).toBe(
      'src/i18n/pt-BR.ts: export ptBR: missing, though src/i18n/index.ts imports it (line 2): a dictionary copied from src/i18n/en.ts still says `export const en = {`: write `export const ptBR = {` (README, "Languages")',
    );
  });

  it('names the file and the export of any other module, and the line importing it', () => {
    expect(messageFor('extra.ts', 'other', 'wanted')).toBe(
      'src/i18n/extra.ts: export wanted: missing, though src/i18n/index.ts imports it (line 2): export it, or import a name the file exports',
    );
  });
});
