// @ts-check
/**
 * `npm run check`: Astro's type check of the `.astro` components (`astro check`, its options passed on: `npm run
 * check -- --watch`). Astro first syncs its content store into `.astro/`, as a build does, and without PREVIEW: run
 * while `npm run dev` served the project, it took a `PREVIEW=1` server's drafts and embargoed pages from under it,
 * which then answered 500 (UnknownContentCollectionError) until the server was restarted. So it stops at once on a
 * dev server, as a build does (src/build/main.ts), and holds the build lock while it runs (src/build/lock.ts),
 * waiting for a build that runs Astro.
 */
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { fileURLToPath } from 'node:url';
import { keepAstroOffline } from '../src/build/astro-offline.mjs';
import { astroLockDir, lockHolder, withLock } from '../src/build/lock.ts';
import { projectRoot } from '../src/site.config.ts';

keepAstroOffline();
const lock = astroLockDir(projectRoot);
const holder = lockHolder(lock);
if (holder?.role === 'dev') {
  console.error(
    `[casefile] npm run dev is running for this project (process ${holder.pid}); the check and the dev server write the same files (Astro's .astro/ folder), and the check would take the server's drafts and embargoed pages from under it. Stop the dev server (Ctrl+C in its terminal), then check again`,
  );
  process.exit(1);
}

const astro = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
/** @type {number} */
const code = await withLock(
  lock,
  () =>
    new Promise((done) => {
      const child = spawn(process.execPath, [astro, 'check', ...process.argv.slice(2)], {
        cwd: projectRoot,
        stdio: 'inherit',
      });
      for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP']))
        process.on(signal, () => child.kill(signal));
      child.on('exit', (status, signal) => done(status ?? 128 + (signal ? constants.signals[signal] : 0)));
    }),
  () => console.log('[casefile] a build of this project is running Astro: the check starts when it has finished'),
);
process.exit(code);
