/**
 * A fingerprint of the code that shapes content entries: the schemas (src/schemas/ and its folders) and what they
 * import from the project (typography, locales). Astro's content layer keeps parsed entries between builds and starts
 * again only when the text of src/content.config.ts or the Astro configuration changes, not when a schema it imports
 * does: after a schema edit (a new field, a transform), the entries kept the old shape. `forgetEntriesOnSchemaChange` drops
 * Astro's stored entries when the fingerprint differs from the last build's, and astro.config.mjs puts it in
 * `vite.define`, which the incremental build's configuration hash includes: a schema change parses every entry and
 * renders every page again.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';

/**
 * Files outside src/schemas/ that the schemas import, and the datasets' loader and the modules it reads and types rows
 * kept in a CSV with before the schema sees them (a change to how a cell is read changes the entries).
 */
const importedBySchemas = [
  'src/lib/typography.ts',
  'src/i18n/locales.ts',
  'src/site.config.ts',
  'src/lib/dataset-rows.ts',
  'src/lib/csv-text.ts',
  'src/lib/csv-rows.ts',
  'src/lib/csv-header.ts',
  'src/lib/cell-value.ts',
  'src/lib/dataset-loader.ts',
];

export function schemaFingerprint(projectDir: string): string {
  const hash = createHash('sha256');
  // With the modules of its folders (src/schemas/dataset/, src/schemas/fields/), whose edits shape entries as much.
  const schemas = readdirSync(join(projectDir, 'src/schemas'), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => `src/schemas/${name.split(sep).join('/')}`)
    .sort();
  for (const file of [...schemas, ...importedBySchemas])
    hash.update(`\0${file}\0`).update(readFileSync(join(projectDir, file)));
  return hash.digest('hex').slice(0, 16);
}

/**
 * Drops the entries Astro's content layer stored in `cacheDir` (data-store.json) when the schemas changed since the
 * fingerprint recorded there, or none is; records the new one. Returns whether it dropped them.
 */
export function forgetEntriesOnSchemaChange(projectDir: string, cacheDir: string): boolean {
  const current = schemaFingerprint(projectDir);
  const recorded = join(cacheDir, 'casefile-schemas.txt');
  const previous = existsSync(recorded) ? readFileSync(recorded, 'utf8').trim() : undefined;
  if (previous === current) return false;
  const store = join(cacheDir, 'data-store.json');
  // No fingerprint recorded yet (a store from before this check): its schemas are unknown, so it goes too.
  const dropped = existsSync(store);
  if (dropped) rmSync(store, { force: true });
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(recorded, `${current}\n`);
  return dropped;
}
