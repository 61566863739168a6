// @ts-check
/**
 * A module Node cannot parse (src/site.config.ts or a dictionary saved halfway through an edit), which stops the build
 * before any check runs, and is checked again by the dev server at each save (src/build/dictionary-check.ts). Node's
 * message alone ("Expected ',', got ']'") names neither the file nor the line.
 *
 * JavaScript, as is scripts/build.mjs that calls it around the build's first import.
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The line for a module that Node could not parse, naming the file and line that Node puts first in the error's
 * stack; undefined for any other error.
 * @param {unknown} error
 * @param {string} root the project's folder, that the file is named from
 * @returns {string | undefined}
 */
export function unreadableMessage(error, root) {
  if (!(error instanceof SyntaxError)) return undefined;
  // "/path/to/file.ts:12" (TypeScript Node strips) or "file:///path/to/file.js:12" (JavaScript).
  const at = /^((?:file:\/\/)?\/[^\n]*?):(\d+)\n/.exec(error.stack ?? '');
  if (!at) return undefined;
  const path = /** @type {string} */ (at[1]);
  const file = path.startsWith('file:') ? fileURLToPath(path) : path;
  return `${relative(root, file)}: line ${at[2]}: ${error.message}: the file cannot be loaded, nor the checks run, until this is fixed`;
}
