// @ts-check
/**
 * An import naming an export its module lacks, which Node reports before any of the build's checks can run, as
 * "SyntaxError: The requested module './uk.ts' does not provide an export named 'uk'", naming neither file: a
 * dictionary copied from src/i18n/en.ts and registered before its `export const en` was renamed stopped the build so.
 *
 * JavaScript, as is scripts/build.mjs that calls it around the build's first import.
 */
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The build's line for `error` when it is such an import, naming the file lacking the export, the file and line
 * importing it and what to write; undefined for any other error.
 * @param {unknown} error
 * @param {string} root the project's folder, that the files are named from
 * @returns {string | undefined}
 */
export function missingExportMessage(error, root) {
  if (!(error instanceof SyntaxError)) return undefined;
  const asked = /^The requested module '(\.{1,2}\/[^']+)' does not provide an export named '([^']+)'$/.exec(
    error.message,
  );
  // Node puts the importing file and line first in the stack of a module that failed to link.
  const at = /^(file:\/\/[^\n]+):(\d+)\n/.exec(error.stack ?? '');
  if (!asked || !at) return undefined;
  const [, specifier, name] = asked;
  const importer = fileURLToPath(/** @type {string} */ (at[1]));
  const file = relative(root, resolve(dirname(importer), /** @type {string} */ (specifier)));
  const fix = isDictionary(file, /** @type {string} */ (name))
    ? `a dictionary copied from src/i18n/en.ts still says \`export const en = {\`: write \`export const ${name} = {\` (README, "Languages")`
    : 'export it, or import a name the file exports';
  return `${file}: export ${name}: missing, though ${relative(root, importer)} imports it (line ${at[2]}): ${fix}`;
}

/**
 * Whether `file` is the dictionary exporting `name`: src/i18n/<code>.ts, whose export is the code without its hyphens
 * (`ptBR` from pt-BR.ts), as `dictionaryName` in src/i18n/locales.ts says, which this file, run before the build's
 * TypeScript, does not import.
 * @param {string} file
 * @param {string} name
 */
function isDictionary(file, name) {
  return dirname(file) === join('src', 'i18n') && basename(file, '.ts').replaceAll('-', '') === name;
}
