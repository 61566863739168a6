/**
 * Whether Astro's cache folder (`CASEFILE_CACHE_DIR`, src/build/astro-cache.ts) may be used. Astro writes every page it
 * renders into `<cache>/dist/` at once, before any check has run, and a build empties `<cache>/dist/` and
 * `<cache>/incremental-build.json` when the last one did not finish; it also writes its content store
 * (data-store.json) and the build's records at the folder's top. So the cache folder must be a folder of its own:
 * `CASEFILE_CACHE_DIR=.` beside `dist/` made the published site Astro's page cache, which a build that then failed
 * (a leak check naming a draft) had already written into; the same in a home folder removed `~/dist`; in `data/` its
 * store would be read as a dataset. The build refuses such a folder before it writes or removes anything. Unset, the
 * cache is node_modules/.astro, which is always fine.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isPreview, outputFolder } from '../lib/visibility.ts';
import { astroCacheDir, buildRecord } from './astro-cache.ts';
import { realPath } from './output-folder.ts';
import { inside } from '../lib/path-inside.ts';

/** Files only a cache folder a build used holds: Astro's store and page manifest, and the build's own records. */
const cacheFiles = [buildRecord, 'casefile-schemas.txt', 'data-store.json', 'incremental-build.json'];

/** Folders of the project the build reads or keeps its code and history in: the cache may not touch them. */
const projectFolders = ['content', 'data', 'public', 'src', '.git'];

/**
 * What is wrong with `CASEFILE_CACHE_DIR`, as the line the build stops with, or undefined when it is unset or names a
 * folder of its own. `projectRoot` and `contentRoot` are absolute.
 */
export function cacheFolderProblem(
  projectRoot: string,
  contentRoot: string,
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  const given = env.CASEFILE_CACHE_DIR;
  if (!given) return undefined;
  const preview = isPreview(env);
  const used = astroCacheDir(projectRoot, preview, env);
  const shown = `"${given}"${preview ? ` (a preview build uses "${used}")` : ''}`;
  const stop = (relation: string) =>
    `CASEFILE_CACHE_DIR: ${shown} ${relation}: Astro writes the pages it renders into its cache folder's dist/, and a build empties that when the last one did not finish; expected a folder of its own, such as node_modules/.astro`;

  const cache = realPath(used);
  const root = realPath(projectRoot);
  if (cache === root) return stop('is the project itself');
  if (inside(root, cache)) return stop(`holds the project (${projectRoot})`);
  const content = realPath(contentRoot);
  if (content !== root) {
    if (cache === content) return stop('is the folder CASEFILE_CONTENT_ROOT names');
    if (inside(content, cache)) return stop(`holds the folder CASEFILE_CONTENT_ROOT names (${contentRoot})`);
  }
  const folders = [
    ...projectFolders.map((name) => ({ path: realPath(join(root, name)), name: `the project's ${name} folder` })),
    ...(content === root
      ? []
      : ['content', 'data'].map((name) => ({
          path: realPath(join(content, name)),
          name: `the ${name} folder of CASEFILE_CONTENT_ROOT`,
        }))),
  ];
  for (const { path, name } of folders) {
    if (cache === path) return stop(`is ${name}`);
    if (inside(cache, path)) return stop(`lies inside ${name}`);
  }
  // The site this build writes, and the published one beside a preview's.
  const outputs = new Set(
    [outputFolder(env), outputFolder({ ...env, PREVIEW: undefined })].map((folder) => resolve(projectRoot, folder)),
  );
  for (const output of outputs) {
    const real = realPath(output);
    if (cache === real) return stop(`is the output folder (${output})`);
    if (inside(real, cache)) return stop(`holds the output folder (${output})`);
    if (inside(cache, real)) return stop(`lies inside the output folder (${output})`);
  }
  if (existsSync(cache) && !statSync(cache).isDirectory()) return stop('is a file, not a folder');
  // Anywhere else, a folder that holds files is used only when it is a cache a build made: CASEFILE_CACHE_DIR=~ would
  // have removed ~/dist.
  const entries = existsSync(cache) ? readdirSync(cache) : [];
  if (entries.length > 0 && !entries.some((name) => cacheFiles.includes(name))) {
    return stop(`holds files that are not a cache a build made (${cacheFiles.join(', ')})`);
  }
  return undefined;
}
