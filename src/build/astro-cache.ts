/**
 * Astro's cache folder (`cacheDir` in astro.config.mjs), which holds the incremental build's copies of every page, and
 * the guard that keeps a build which did not finish from leaving pages a later build copies.
 *
 * Astro 7's incremental build (astro/dist/core/build/incremental.js) writes each page it renders into
 * `<cacheDir>/dist/` at once, but writes `incremental-build.json`, the manifest that says from which page keys the
 * cached pages were rendered, only after the last page. A build that fails or is stopped in between (an error in a
 * page, Ctrl-C, a killed CI job) leaves its pages under the previous build's manifest, and the next build whose keys
 * match that manifest (the editor reverted the edit, say) copies the dead build's pages: a withdrawn headline, or a
 * preview's draft, published. So before Astro starts, a record in the folder says a build has started there; only once
 * Astro's build has succeeded, when the manifest matches the pages again, does it say the build finished. A build that
 * finds anything else, whatever stopped the last one (SIGKILL included), discards the manifest and the cached pages:
 * every page is rendered again, once. A cache with no record at all was written by a build from before this guard,
 * which may have copied a dead build's pages into its own manifest: it is discarded too.
 *
 * A preview build has a cache folder of its own: its pages hold drafts and embargoed stories, and a published build
 * must never have them within reach (their keys differ, but a cache that never holds them cannot hand them over).
 * Each also keeps its own content store, so alternating the two renders neither from scratch.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The file, in the cache folder, that says whether the last build to use it finished. */
export const buildRecord = 'casefile-build-state';

/** What the record says once Astro's build has succeeded; anything else, an empty file included, is not trusted. */
const finished = 'finished';

/** Astro's manifest and page copies (astro/dist/core/build/incremental.js), the parts a dead build leaves stale. */
const incrementalParts = ['incremental-build.json', 'dist'];

/**
 * Astro's cache folder for this build: `CASEFILE_CACHE_DIR` (relative to the project) or `node_modules/.astro`; a
 * preview build's is the same name with `-preview`.
 */
export function astroCacheDir(projectRoot: string, preview: boolean, env: NodeJS.ProcessEnv = process.env): string {
  const dir = resolve(projectRoot, env.CASEFILE_CACHE_DIR || 'node_modules/.astro');
  return preview ? `${dir.replace(/[\\/]+$/, '')}-preview` : dir;
}

/** Why `beginAstroBuild` discarded the cache's pages: the last build did not finish, or the cache has no record. */
export type Discarded = 'unfinished' | 'unrecorded';

/**
 * Records in `cacheDir` that a build has started there, first discarding Astro's manifest and page copies unless the
 * last build to use it finished. Returns why they were discarded, or undefined when there were none or they were kept.
 * Call it holding the build lock (src/build/lock.ts), before Astro starts: the discarding must not race another
 * build's Astro.
 */
export function beginAstroBuild(cacheDir: string): Discarded | undefined {
  const record = join(cacheDir, buildRecord);
  const state = existsSync(record) ? readFileSync(record, 'utf8') : undefined;
  let discarded: Discarded | undefined;
  if (!state?.startsWith(finished)) {
    const parts = incrementalParts.map((part) => join(cacheDir, part)).filter((path) => existsSync(path));
    // The manifest first: without it Astro copies nothing, even should a build be stopped while the pages go.
    for (const part of parts) rmSync(part, { recursive: true, force: true });
    if (parts.length > 0) discarded = state === undefined ? 'unrecorded' : 'unfinished';
  }
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(join(cacheDir, '.gitignore'), cacheGitignore);
  // Overwritten in place: a build stopped in between leaves the file empty, which is as untrusted as "started".
  writeFileSync(record, `started at ${new Date().toISOString()} by process ${process.pid}\n`);
  return discarded;
}

/**
 * The file written into the cache folder at every build: git ignores the folder whole. Its name is the editor's to
 * choose (CASEFILE_CACHE_DIR=.cache-astro puts it in the project), so no .gitignore of the project can name it; and a
 * preview's cache holds the drafts and embargoed pages it rendered, which `git add -A` and a push would publish.
 */
export const cacheGitignore =
  "# Astro's cache, drafts and embargoed pages included in a preview's: git ignores this folder whole (src/build/astro-cache.ts).\n*\n";

/**
 * Whether Astro can copy any page from `cacheDir` in the build about to start: its manifest is there (after
 * `beginAstroBuild`, which removes it from a cache it does not trust). Without it every page is rendered again.
 */
export function astroCanCopy(cacheDir: string): boolean {
  return existsSync(join(cacheDir, incrementalParts[0]!));
}

/** Records that Astro's build has succeeded: its manifest and its page copies agree again. */
export function finishAstroBuild(cacheDir: string): void {
  writeFileSync(join(cacheDir, buildRecord), `${finished} at ${new Date().toISOString()} by process ${process.pid}\n`);
}

/** The build's note when `beginAstroBuild` discarded the cache's pages. */
export function discardedNote(why: Discarded): string {
  return why === 'unfinished'
    ? "the last build did not finish: Astro's page cache was discarded, every page is rendered again"
    : "Astro's page cache has no record that the build which wrote it finished (it predates that record): it was discarded, every page is rendered again";
}
