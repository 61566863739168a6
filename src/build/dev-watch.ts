/**
 * What Astro's dev server must not watch: the folders a build writes. A build beside `npm run dev` (which waits for
 * none: src/build/lock.ts) wrote `.dist-astro/` and `.dist-staging-<pid>/` in the project, and the dev server printed
 * a [watch] line for each of their hundreds of files. Vite ignores node_modules/ already, where the build's caches
 * and replaced sites are.
 *
 * Nor the tests' output, tests/.output/ (git-ignored), where a test copies the project, its astro.config.mjs with it
 * (tests/helpers/project-copy.ts): Astro restarts its dev server at any file named so that appears in what it watches,
 * closing the connections it had open, so `npm test` run beside `npm run dev` restarted the editor's server, and a test
 * of the dev server failed when another test file copied the project meanwhile.
 */
import { join, resolve, sep } from 'node:path';
import { outputFolder } from '../lib/visibility.ts';

/** `.<output>-astro`, `.<output>-staging-<pid>`, `.<output>-previous-<pid>[-n]`: src/build/publish.ts names them. */
const buildFolder = /^\.[^/\\]+-(astro|staging-\d+|previous-\d+(-\d+)?)$/;

/** The folder the tests write their builds, copies and caches in, below the project's root. */
const testOutput = join('tests', '.output');

/**
 * A matcher for Vite's `server.watch.ignored`: true for a path in a folder a build of the project at `root` writes
 * beside its output, in the published site or preview (CASEFILE_DIST and CASEFILE_PREVIEW_DIST, as the build reads
 * them), or in the tests' output.
 */
export function buildOutputIgnored(root: string, env: NodeJS.ProcessEnv = process.env): (path: string) => boolean {
  const published = [outputFolder({ ...env, PREVIEW: '' }), outputFolder({ ...env, PREVIEW: '1' }), testOutput].map(
    (folder) => resolve(root, folder),
  );
  return (path) => {
    const full = resolve(root, path);
    if (published.some((folder) => full === folder || full.startsWith(folder + sep))) return true;
    return full.split(sep).some((segment) => buildFolder.test(segment));
  };
}
