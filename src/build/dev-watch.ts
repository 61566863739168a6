/**
 * What Astro's dev server must not watch: the folders a build writes. A build beside `npm run dev` (which waits for
 * none: src/build/lock.ts) wrote `.dist-astro/` and `.dist-staging-<pid>/` in the project, and the dev server printed
 * a [watch] line for each of their hundreds of files. Vite ignores node_modules/ already, where the build's caches
 * and replaced sites are.
 */
import { resolve, sep } from 'node:path';
import { outputFolder } from '../lib/visibility.ts';

/** `.<output>-astro`, `.<output>-staging-<pid>`, `.<output>-previous-<pid>[-n]`: src/build/publish.ts names them. */
const buildFolder = /^\.[^/\\]+-(astro|staging-\d+|previous-\d+(-\d+)?)$/;

/**
 * A matcher for Vite's `server.watch.ignored`: true for a path in a folder a build of the project at `root` writes
 * beside its output, or in the published site or preview (CASEFILE_DIST and CASEFILE_PREVIEW_DIST, as the build reads
 * them).
 */
export function buildOutputIgnored(root: string, env: NodeJS.ProcessEnv = process.env): (path: string) => boolean {
  const published = [outputFolder({ ...env, PREVIEW: '' }), outputFolder({ ...env, PREVIEW: '1' })].map((folder) =>
    resolve(root, folder),
  );
  return (path) => {
    const full = resolve(root, path);
    if (published.some((folder) => full === folder || full.startsWith(folder + sep))) return true;
    return full.split(sep).some((segment) => buildFolder.test(segment));
  };
}
