/**
 * The builds the benchmark compares, each in its own folders under the run's temporary directory:
 * - A: this project's `scripts/build.mjs` (preflight, Astro, charts, search index, checks) on the generated site;
 * - B: the plain Astro + MDX baseline (src/bench/baseline.ts) on the same story files.
 * "Cold" empties the build's caches first (Astro's cache folder and, for A, `buildCaches`); "warm" keeps them.
 */
import { existsSync, rmSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { join } from 'node:path';
import { runMeasured, printProgress } from './measure.ts';
import { parseBuildLog } from './build-log.ts';
import { astroLockDir } from '../build/lock.ts';
import { countPages, folderBytes } from './files.ts';

/**
 * The build's own caches, each pointed at a folder of the run by its environment variable so that cold runs start
 * empty and nothing is written to the project's node_modules/.cache: rendered charts (src/charts/cache.ts), social
 * cards (src/lib/social-card.ts), pages that passed html-validate (src/build/checks/html.ts), what the link and
 * budget checks learned from each page (src/build/checks/page-scan.ts) and Node's compiled modules.
 */
export const buildCaches = {
  CASEFILE_CHART_CACHE: 'chart-cache',
  CASEFILE_CARD_CACHE: 'card-cache',
  CASEFILE_HTML_CACHE: 'html-cache',
  CASEFILE_PAGE_CACHE: 'page-cache',
  // Node's compile cache (src/build/compile-cache.mjs); B's build.mjs turns on its own, in B's folder of the same name.
  CASEFILE_COMPILE_CACHE: 'compile-cache',
};
/** The build's pinned clock: every generated story is dated before it. */
export const benchNow = '2026-11-22T12:00:00Z';

export type Site = 'A' | 'B';
/**
 * cold: every cache emptied; warm: every cache kept; rerender: every cache kept but Astro's incremental build cache,
 * so that A renders every page again with its charts, social cards and checks served from their caches (the
 * per-page cost of A, against B's warm build); edit: warm after one story's text changed; publish: warm after a new
 * story was published (after the edit).
 */
export type CacheState = 'cold' | 'warm' | 'rerender' | 'edit' | 'publish';

export interface RunResult {
  site: Site;
  cache: CacheState;
  /** 1-based repetition of the A/B pair (the edit and publish runs belong to the last). */
  repeat: number;
  exitCode: number | null;
  wallMs: number;
  pages: number;
  pagesPerSecond: number;
  /** Undefined where the system has no /proc (macOS): not measured. */
  peakRssBytes?: number;
  /** CPU time of the build's process tree: a steadier figure than wall time on a shared machine (undefined likewise). */
  cpuMs?: number;
  /** A only: from the build's `charts: N rendered, M from cache` line, when it printed one. */
  charts?: { rendered: number; cached: number };
  /** A only: from the build's `social cards: N drawn, M from cache` line, when it printed one. */
  cards?: { drawn: number; cached: number };
  /** A only: pages html-validate checked, and pages it skipped as unchanged since they passed. */
  html?: { validated: number; cached: number };
  /** A only: HTML pages Astro rendered, and pages it copied unchanged from its incremental cache. */
  pagesRendered?: { rendered: number; copied: number };
  /** A only: pages handed to Pagefind ahead of Astro, and pages it read from disk after Astro (build-log.ts). */
  search?: { ahead: number; readFromDisk: number };
  /** A only: the per-step timings the build printed (`[casefile] <step>: N ms`). */
  steps?: Record<string, number>;
  /** A only: the search index step's time. */
  pagefindMs?: number;
  /** A only: size of dist/pagefind. */
  indexBytes?: number;
  /** A only: the build waited for another build of the project to leave Astro (its wall time includes the wait). */
  waitedForLock?: boolean;
  /** The last lines of output of a failed build. */
  failure?: string[];
}

export interface BenchPaths {
  /** The temporary folder of this run. */
  work: string;
  /** The generated content root (content/ and data/). */
  site: string;
  /** The baseline project. */
  baseline: string;
  /** This project's root. */
  project: string;
  /** When set, A builds write a V8 CPU profile into `<cpuProf>/<site>-<cache>-<repeat>/`. */
  cpuProf?: string;
}

/** Where a site's builds write the site. */
export const distOf = (paths: BenchPaths, site: Site) => join(paths.work, `${site}-dist`);

const folders = (paths: BenchPaths, site: Site) => ({
  dist: distOf(paths, site),
  astroCache: join(paths.work, `${site}-astro-cache`),
  caches: Object.fromEntries(
    Object.entries(buildCaches).map(([env, name]) => [env, join(paths.work, `${site}-${name}`)]),
  ),
});

/**
 * scripts/build.mjs lets one build of the project at a time run Astro (src/build/lock.ts). Waiting for the lock
 * before starting keeps another build's time (tests, other editors) out of A's wall time, most of the time.
 */
async function waitForOtherBuilds(paths: BenchPaths): Promise<void> {
  const lock = astroLockDir(paths.project);
  if (!existsSync(lock)) return;
  console.log('[bench]   another build of the project is running Astro: waiting for it before starting the clock');
  while (existsSync(lock)) await sleep(200);
}

/** Runs one build of `site` and measures it. */
export async function runBuild(paths: BenchPaths, site: Site, cache: CacheState, repeat: number): Promise<RunResult> {
  const { dist, astroCache, caches } = folders(paths, site);
  if (cache === 'cold') {
    for (const dir of [astroCache, ...Object.values(caches)]) rmSync(dir, { recursive: true, force: true });
  }
  if (cache === 'rerender') {
    // Astro's incremental build cache (src/lib/page-keys.ts); its content store stays, as it does for B.
    for (const entry of ['incremental-build.json', 'dist'])
      rmSync(join(astroCache, entry), { recursive: true, force: true });
  }
  const label = `${site} ${cache}`;
  console.log(`[bench] ${label} (repeat ${repeat}): building…`);
  const env = { ...process.env, TZ: 'UTC', CASEFILE_LOG: 'warn' };
  if (site === 'A') await waitForOtherBuilds(paths);
  const measured =
    site === 'A'
      ? await runMeasured({
          command: process.execPath,
          args: [
            ...(paths.cpuProf
              ? ['--cpu-prof', `--cpu-prof-dir=${join(paths.cpuProf, `${site}-${cache}-${repeat}`)}`]
              : []),
            join(paths.project, 'scripts/build.mjs'),
          ],
          // Astro writes its prerender chunks to <outDir>/.prerender when the output folder is below the working
          // directory, and to <cwd>/.astro/.prerender otherwise: from the project root, every build with an
          // outside CASEFILE_DIST shares (and deletes) the project's .astro/.prerender. The work folder links
          // node_modules so that the chunks resolve their imports (see scripts/bench.ts).
          cwd: paths.work,
          env: {
            ...env,
            CASEFILE_NOW: benchNow,
            CASEFILE_CONTENT_ROOT: paths.site,
            CASEFILE_DIST: dist,
            CASEFILE_CACHE_DIR: astroCache,
            ...caches,
          },
          progress: printProgress(label),
        })
      : await runMeasured({
          command: process.execPath,
          args: [join(paths.baseline, 'build.mjs')],
          cwd: paths.baseline,
          env: {
            ...env,
            BASELINE_OUT_DIR: dist,
            BASELINE_CACHE_DIR: astroCache,
            BASELINE_COMPILE_CACHE: caches.CASEFILE_COMPILE_CACHE,
          },
          progress: printProgress(label),
        });
  const pages = measured.exitCode === 0 ? countPages(dist) : 0;
  const result: RunResult = {
    site,
    cache,
    repeat,
    exitCode: measured.exitCode,
    wallMs: Math.round(measured.wallMs),
    pages,
    pagesPerSecond: Number((pages / (measured.wallMs / 1000)).toFixed(1)),
    peakRssBytes: measured.peakRssBytes,
    cpuMs: measured.cpuMs === undefined ? undefined : Math.round(measured.cpuMs),
  };
  if (site === 'A') {
    const log = parseBuildLog(measured.lines);
    if (log.charts) result.charts = log.charts;
    if (log.cards) result.cards = log.cards;
    if (log.html) result.html = log.html;
    if (log.pages) result.pagesRendered = log.pages;
    if (log.search) result.search = log.search;
    result.steps = log.steps;
    if (log.steps['search index'] !== undefined) result.pagefindMs = log.steps['search index'];
    if (measured.exitCode === 0) result.indexBytes = folderBytes(join(dist, 'pagefind'));
    if (measured.lines.some((line) => line.includes('is running Astro: waiting for it'))) result.waitedForLock = true;
  }
  if (measured.exitCode !== 0) result.failure = measured.lines.slice(-40);
  const charts = [
    result.pagesRendered
      ? `, pages ${result.pagesRendered.rendered} rendered / ${result.pagesRendered.copied} copied`
      : '',
    result.charts ? `, charts ${result.charts.rendered} rendered / ${result.charts.cached} from cache` : '',
    result.cards ? `, social cards ${result.cards.drawn} drawn / ${result.cards.cached} from cache` : '',
    result.html ? `, html-validate ${result.html.validated} pages / ${result.html.cached} unchanged` : '',
  ].join('');
  console.log(
    measured.exitCode === 0
      ? `[bench] ${label}: done in ${(result.wallMs / 1000).toFixed(1)} s (CPU ${result.cpuMs === undefined ? 'n/a' : `${(result.cpuMs / 1000).toFixed(1)} s`}), ${pages} pages${charts}`
      : `[bench] ${label}: FAILED (exit ${measured.exitCode}) after ${(result.wallMs / 1000).toFixed(1)} s`,
  );
  return result;
}
