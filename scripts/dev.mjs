// @ts-check
/**
 * `npm run dev`: Astro's dev server (`astro dev`, its options passed on: `npm run dev -- --port 4000`), with two
 * things added for a newsroom:
 *
 * - Astro's telemetry and its update check are off unless the user set ASTRO_TELEMETRY_DISABLED or
 *   ASTRO_DISABLE_UPDATE_CHECK (src/build/astro-offline.mjs): nothing leaves the machine while editors preview
 *   embargoed stories.
 * - The server holds the project's build lock as a dev server (src/build/lock.ts): it writes Astro's `.astro/` folder
 *   as a build does, so a build started meanwhile stops and says so instead of failing halfway
 *   (UnknownContentCollectionError), a dev server started during a build waits for it to finish, and a second dev
 *   server of the project stops at once, naming the first.
 *
 * - Astro's root is the project whose lock the server holds (CASEFILE_PROJECT_ROOT, or this repository), with this
 *   repository's configuration: Astro writes `.astro/` into its root, and a server of one project writing another's
 *   `.astro/` would change the content modules under that project's build (UnknownContentCollectionError).
 *
 * - A setting it reads as the build does (PREVIEW, CASEFILE_SITE_URL, CASEFILE_NOW) that cannot be right stops it
 *   before Astro starts, with the build's line (src/build/dev-settings.ts); so does a src/site.config.ts that Node
 *   cannot parse, or whose `defaultLocale` is none of site.locales' codes.
 *
 * Astro runs in a child process, which this one stops with itself: a signal it receives is passed on, and if this
 * process is killed outright, Astro sees its IPC channel close and stops (scripts/exit-with-parent.mjs).
 */
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { keepAstroOffline } from '../src/build/astro-offline.mjs';
import { lockHolder, withLock } from '../src/build/lock.ts';
import { fileOfLine, problemsHeading } from '../src/build/problem-place.mjs';
import { unreadableMessage } from '../src/build/unreadable-module.mjs';

keepAstroOffline();
// Imported here, not above: a src/site.config.ts saved halfway through an edit fails their import, which Node reported
// with its module loader's stack. Said as the build says it (scripts/build.mjs).
/** @type {[typeof import('../src/build/dev-settings.ts'), typeof import('../src/site.config.ts')]} */
let modules;
try {
  modules = await Promise.all([import('../src/build/dev-settings.ts'), import('../src/site.config.ts')]);
} catch (error) {
  const problem = unreadableMessage(error, fileURLToPath(new URL('..', import.meta.url)));
  if (!problem) throw error;
  console.error(`\nnpm run dev stopped: ${problemsHeading([fileOfLine(problem)])}.\n\n  ${problem}`);
  process.exit(1);
}
const [{ devSettingProblem, siteConfigProblem }, { projectRoot }] = modules;
const setting = devSettingProblem();
if (setting) {
  console.error(`\nnpm run dev stopped: ${setting}.`);
  process.exit(1);
}
// As the build says it, where Astro's configuration stopped on it in its own words.
const siteConfig = siteConfigProblem();
if (siteConfig) {
  console.error(`\nnpm run dev stopped: ${problemsHeading([siteConfig.file])}.\n\n  ${siteConfig.message}`);
  process.exit(1);
}
// Astro joins --config to --root, even an absolute path.
const config = fileURLToPath(new URL('../astro.config.mjs', import.meta.url));
const astro = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
const exitWithParent = new URL('./exit-with-parent.mjs', import.meta.url).href;
// The lock the build takes (src/build/main.ts), in the same project folder.
const lock = join(projectRoot, 'node_modules/.cache/casefile/astro-build.lock');

// A second dev server of the project would wait for the first as long as it runs, and both write `.astro/`: say so.
const holder = lockHolder(lock);
if (holder?.role === 'dev') {
  console.error(
    `[casefile] npm run dev is already running for this project (process ${holder.pid}): use that server, or stop it with Ctrl+C before starting another`,
  );
  process.exit(1);
}

/** @type {number} */
const code = await withLock(
  lock,
  () =>
    new Promise((done) => {
      // An IPC channel, which scripts/exit-with-parent.mjs watches: Astro stops when this process is gone.
      const child = spawn(
        process.execPath,
        [
          '--import',
          exitWithParent,
          astro,
          'dev',
          '--root',
          projectRoot,
          '--config',
          relative(projectRoot, config),
          ...process.argv.slice(2),
        ],
        {
          cwd: projectRoot,
          stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
        },
      );
      for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP']))
        process.on(signal, () => child.kill(signal));
      child.on('exit', (status, signal) => done(status ?? 128 + (signal ? constants.signals[signal] : 0)));
    }),
  () => console.log('[casefile] a build of this project is running: the dev server starts when it has finished'),
  { role: 'dev' },
);
process.exit(code);
