// @ts-check
/**
 * `npm run build`: check the content, build the site, index it, check the output, publish it to dist/
 * (src/build/main.ts). Nothing reaches dist/ unless every step succeeds. It may be started from any folder: it builds
 * from the project's, as npm run build does (relative paths in the environment are read as before).
 *
 * Environment: CASEFILE_DIST (output folder, default dist/), CASEFILE_CONTENT_ROOT (folder with content/ and
 * data/), CASEFILE_CACHE_DIR (Astro's cache folder, default node_modules/.astro; a folder of its own: src/build/cache-folder.ts), CASEFILE_NOW (the build's "now", ISO datetime with its offset), PREVIEW=1 (include drafts and embargoed pages),
 * CASEFILE_PREVIEW_DIST (a preview build's folder, default the output folder's name with "-preview"), CASEFILE_LOG
 * (Astro's log level, default warn), CASEFILE_COMPILE_CACHE (Node's compile cache folder;
 * NODE_DISABLE_COMPILE_CACHE=1 turns it off). ASTRO_TELEMETRY_DISABLED and ASTRO_DISABLE_UPDATE_CHECK are set unless
 * given: the build makes no network call (src/build/astro-offline.mjs).
 *
 * JavaScript: it runs before Node's compile cache is on (src/build/compile-cache.mjs says why that matters).
 */
import { fileURLToPath } from 'node:url';
import { exitWithin, stopWhileStarting, watchExit } from '../src/build/exit.mjs';
import { enableCompileCache } from '../src/build/compile-cache.mjs';
import { keepAstroOffline } from '../src/build/astro-offline.mjs';
import { missingExportMessage } from '../src/build/missing-export.mjs';
import { fileOfLine, problemsHeading } from '../src/build/problem-place.mjs';
import { unreadableMessage } from '../src/build/unreadable-module.mjs';

// First: a signal while the build starts (1.2 to 1.5 s of loading) said nothing; now it says why, and that nothing was
// written, until src/build/main.ts has its own handlers (src/build/exit.mjs).
const root = fileURLToPath(new URL('..', import.meta.url));
stopWhileStarting(root);

// Then, while this process is small (a fork of it starts the watchdog): Node's exit can hang for good, and a
// watchdog ends the build should its exit not complete within 10 s (src/build/exit.mjs).
watchExit();

// Before Astro is loaded: no telemetry from a build of embargoed stories.
keepAstroOffline();

// Before any other module is loaded, so that the cache covers them all.
enableCompileCache();
try {
  await import('../src/build/main.ts');
} catch (error) {
  // An import of an export its module lacks (a dictionary still exporting `en`), or a module Node cannot parse
  // (src/site.config.ts saved halfway through an edit), fails before any check can name it.
  const problem = missingExportMessage(error, root) ?? unreadableMessage(error, root);
  if (!problem) throw error;
  // Loaded only now, and loading nothing that could be the module that failed (src/build/nothing-written.ts).
  const { nothingWritten } = await import('../src/build/nothing-written.ts');
  console.error(
    `\nThe build stopped: ${problemsHeading([fileOfLine(problem)])}.\n\n  ${problem}\n\n${nothingWritten(root)}`,
  );
  exitWithin(1);
}
