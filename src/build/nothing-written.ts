/**
 * How a build that stopped before writing anything ends its message, in one wording for every such stop: those of
 * src/build/main.ts (a setting, a check) and of scripts/build.mjs (a module Node cannot load, before main.ts runs; a
 * signal while it starts, src/build/exit.mjs).
 * It loads only src/lib/visibility.ts, which loads nothing: it must load when the project's other modules do not.
 */
import { resolve } from 'node:path';
import { isRehearsal, outputFolder } from '../lib/visibility.ts';

/** What became of the output folder: unchanged, or, for a rehearsal (npm run rehearse), removed whatever happens. */
export function outputUnchanged(root: string, env: NodeJS.ProcessEnv = process.env): string {
  return isRehearsal(env)
    ? 'this was a rehearsal (npm run rehearse), whose folder is removed'
    : `${resolve(root, outputFolder(env))} is unchanged`;
}

/** The message's last line: "Nothing was written; /site/dist is unchanged." */
export function nothingWritten(root: string, env: NodeJS.ProcessEnv = process.env): string {
  return `Nothing was written; ${outputUnchanged(root, env)}.`;
}
