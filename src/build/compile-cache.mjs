// @ts-check
/**
 * Node's module compile cache for the build: V8's compiled code for every module the build loads (Astro, Vite,
 * rolldown's bindings, Plot, html-validate, this project's TypeScript with its types already stripped, Astro's
 * prerendered chunks) is kept on disk and reused by the next build instead of parsed and compiled again. `astro build`
 * turns the same cache on; the build calls Astro through its JavaScript API, which does not.
 *
 * Measured on a warm 1,000-story build (alternating pairs): ~0.6 s less CPU and ~0.4 s less wall time before Astro's
 * content sync. Node keys entries by file path (the file's content decides whether an entry is still valid), which is
 * why Astro's prerendered chunks are written to a fixed folder (`astroOutDir` in src/build/publish.ts): in a folder
 * named per build they would add entries every build, never read again.
 *
 * JavaScript, not TypeScript, as is scripts/build.mjs that turns the cache on: Node loads its TypeScript stripper
 * (137 ms) for the first .ts file it meets without a cached result, and these two files are loaded before the cache is.
 * With the cache on and full, a build never loads it.
 */
import module from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The cache folder: node_modules/.cache/casefile/compile/ (or CASEFILE_COMPILE_CACHE).
 * @returns {string}
 */
export function compileCacheDir() {
  const named = process.env.CASEFILE_COMPILE_CACHE;
  return named
    ? resolve(named)
    : fileURLToPath(new URL('../../node_modules/.cache/casefile/compile/', import.meta.url));
}

/**
 * Whether the build uses the cache. Not in CI (the `CI` variable set) unless CASEFILE_COMPILE_CACHE names a folder,
 * as `astro build` decides: a CI machine usually starts empty, and filling the cache costs more than it saves when
 * nothing reads it again (a demo build: 0.6–1.0 s more with an empty cache, 0.3–0.7 s less with a full one). Node's
 * own `NODE_DISABLE_COMPILE_CACHE=1` turns it off.
 * @param {NodeJS.ProcessEnv} env
 * @returns {boolean}
 */
export function compileCacheWanted(env = process.env) {
  if (env.NODE_DISABLE_COMPILE_CACHE) return false;
  const ci = Boolean(env.CI) && env.CI !== 'false' && env.CI !== '0';
  return !ci || Boolean(env.CASEFILE_COMPILE_CACHE);
}

/**
 * Turns the cache on for this process and, through the environment they inherit, its worker threads. Returns the
 * folder in use, or undefined when the cache is off or could not be opened (the build only runs slower). When the
 * user's NODE_COMPILE_CACHE already turned it on, that folder stays in use, for the worker threads too.
 * @param {string} dir
 * @returns {string | undefined}
 */
export function enableCompileCache(dir = compileCacheDir()) {
  if (!compileCacheWanted()) return undefined;
  const { status } = module.enableCompileCache(dir);
  const { ENABLED, ALREADY_ENABLED } = module.constants.compileCacheStatus;
  if (status !== ENABLED && status !== ALREADY_ENABLED) return undefined;
  // Worker threads start with the cache the environment names (checked: a worker started after this has it on).
  if (status === ENABLED) process.env.NODE_COMPILE_CACHE = dir;
  return module.getCompileCacheDir();
}

/**
 * The folder of the cache in use to prune, or undefined when the cache is off: only the folder Node keeps for this
 * Node version and its flags, never the folder around it, which CASEFILE_COMPILE_CACHE may name (a CI's shared cache
 * folder holds other files).
 * @returns {string | undefined}
 */
export function compileCacheInUse() {
  return module.getCompileCacheDir();
}
