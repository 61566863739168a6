/**
 * Astro writes the build's log level into the code of a module every page imports (`virtual:astro:logger`:
 * `export const level = "warn";`), and its incremental build hashes each page's imports, that module's code
 * included. A build run at another log level (`CASEFILE_LOG=info` to see what Astro does) rendered every page again,
 * and so did the next build at the default level: 1,203 pages instead of 12 at 1,000 stories (seen in the
 * benchmark's work folder). This Vite plugin has that module read the level when it runs instead: the build runs
 * Astro at `CASEFILE_LOG` or 'warn' (src/build/main.ts), and the prerendered pages run in the build's process, so they
 * get the same level from the same variable, and the module's code no longer changes with it.
 * Any other shape of the module (a later Astro's) is left as it is: pages are then rendered again, as before.
 */
import type { Plugin } from 'vite';

/** The module as Astro resolves it (astro/dist/core/logger/vite-plugin.js, RESOLVED_VIRTUAL_LOGGER_ID). */
export const loggerModuleId = '\0virtual:astro:logger';

/** The environment variable the build takes Astro's log level from, and the level without it. */
export const logLevelVariable = 'CASEFILE_LOG';
export const defaultLogLevel = 'warn';

/** The levels Astro knows, quietest last. */
export const logLevels = ['debug', 'info', 'warn', 'error', 'silent'] as const;

/**
 * What is wrong with `CASEFILE_LOG`, if anything. Astro takes any value, and one it does not know ("verbose") both
 * hides its messages and changes the logger module every page imports: that build and the next render every page.
 */
export function logLevelProblem(value: string | undefined): string | undefined {
  if (value === undefined || (logLevels as readonly string[]).includes(value)) return undefined;
  return `${logLevelVariable} is ${JSON.stringify(value)}: expected one of ${logLevels.join(', ')} (the default is ${defaultLogLevel})`;
}

/** Astro's level export, as its plugin writes it. */
const levelExport = /^export const level = "(?:debug|info|warn|error|silent)";$/m;

/** `code` with its level read from the environment at run time; null when `code` has no level export of that shape. */
export function levelAtRunTime(code: string): string | null {
  if (!levelExport.test(code)) return null;
  return code.replace(
    levelExport,
    `export const level = globalThis.process?.env?.${logLevelVariable} ?? ${JSON.stringify(defaultLogLevel)};`,
  );
}

export function logLevelAtRunTime(): Plugin {
  return {
    name: 'casefile:log-level-at-run-time',
    apply: 'build',
    transform: {
      filter: { id: /^\0virtual:astro:logger$/ },
      handler(code, id) {
        if (id !== loggerModuleId) return null;
        const rewritten = levelAtRunTime(code);
        return rewritten === null ? null : { code: rewritten, map: null };
      },
    },
  };
}
