/**
 * The build's check of the dictionaries (src/i18n/check.ts) as the build runs it: its modules imported by Node, so
 * that a dictionary copied from src/i18n/en.ts and registered while it still says `export const en` stops the import
 * with the build's line (src/build/missing-export.mjs). The dev server's module graph (Vite) read the missing export
 * as undefined, and the check then told the editor to register the dictionary that src/i18n/index.ts imported.
 *
 * Run in a thread of its own (src/build/workers/pool.ts, as the dev server does: src/build/dev-project-checks.ts):
 * Node keeps each module it has loaded for as long as its thread lives, and a fresh thread reads each as saved.
 */
import { pathToFileURL } from 'node:url';
import { missingExportMessage } from './missing-export.mjs';
import { unreadableMessage } from './unreadable-module.mjs';

/**
 * The problems `siteDictionaryProblems(root)` of the module `check` finds, or the line for an export it lacks or for a
 * file Node cannot parse.
 */
export async function dictionaryCheck(check: string, root: string): Promise<string[]> {
  let module: typeof import('../i18n/check.ts');
  try {
    module = (await import(pathToFileURL(check).href)) as typeof import('../i18n/check.ts');
  } catch (error) {
    const unexported = missingExportMessage(error, root);
    if (unexported) return [unexported];
    const unreadable = unreadableMessage(error, root);
    if (unreadable) return [unreadable];
    throw error;
  }
  return module.siteDictionaryProblems(root).map((problem) => problem.message);
}
