/**
 * Rendered charts are cached by a hash of everything that shapes their SVG: the rows shown, the options, the
 * language, the widths and the renderer's version (`rendererVersion()`: the chart code, the dictionaries and
 * formatters it prints with, the lock file and the runtime's Intl data). Entries live in memory for the build and on
 * disk across builds, in node_modules/.cache/casefile/charts/ (or CASEFILE_CHART_CACHE), written atomically (temp
 * file, then rename) so parallel builds never read half a file. An unchanged rebuild renders no chart.
 *
 * Counters live on globalThis because Astro renders pages in its own module graph: the copy of this module that
 * pages use is not the one scripts/build.mjs imports, but both run in the same process and share globalThis.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { markUsed } from '../build/cache-prune.ts';
import { join, resolve } from 'node:path';
import { projectRoot } from '../site.config.ts';

export interface ChartStats {
  rendered: number;
  cached: number;
  /** Milliseconds each rendered chart took (all its variants), for the build's report. */
  times: number[];
}

const statsKey = Symbol.for('casefile.charts.stats');
const memoryKey = Symbol.for('casefile.charts.memory');
const store = globalThis as unknown as Record<symbol, unknown>;

/** This process's counters (shared by every copy of this module). */
export function chartStats(): ChartStats {
  return (store[statsKey] ??= { rendered: 0, cached: 0, times: [] }) as ChartStats;
}

/** Sets the counters back to zero (at the start of a build, and in tests). */
export function resetChartStats(): void {
  store[statsKey] = { rendered: 0, cached: 0, times: [] };
}

function memory(): Map<string, string> {
  return (store[memoryKey] ??= new Map<string, string>()) as Map<string, string>;
}

// The in-memory copy only saves re-reading a chart used on several pages of one build; bounded, so a build of
// thousands of charts keeps its memory flat (Map keeps insertion order: the oldest goes first).
const memoryLimit = 256;

function remember(key: string, text: string): void {
  const entries = memory();
  entries.set(key, text);
  if (entries.size > memoryLimit) entries.delete(entries.keys().next().value!);
}

/**
 * The project's root. Inside Astro's bundle, site.config.ts's own URL points into the build's output, so its
 * projectRoot is wrong there; builds run from the project root (as Astro itself assumes for its cacheDir).
 */
function root(): string {
  return existsSync(join(projectRoot, 'package.json')) ? projectRoot : process.cwd();
}

/** Where cached charts are kept on disk. */
export function chartCacheDir(): string {
  return resolve(process.env.CASEFILE_CHART_CACHE ?? join(root(), 'node_modules/.cache/casefile/charts'));
}

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

let version: string | undefined;

/**
 * Code a chart's SVG depends on besides src/charts: the words it prints (a missing value, a legend), how it writes
 * values (format-value.ts and the plural rules and typesetting it uses; qualifiers.ts, the "about" before one) and
 * the schemas, which give the chart options their defaults and the datasets their typeset texts. tests/charts/cache.test.ts follows the chart code's imports and fails on one this list leaves out.
 */
export const codeDrawnFrom = [
  'src/charts',
  'src/i18n',
  'src/site.config.ts',
  'src/lib/format-value.ts',
  'src/lib/plural.ts',
  'src/lib/qualifiers.ts',
  'src/lib/typography.ts',
  'src/schemas',
];
/**
 * The installed libraries (Plot, d3, linkedom, the map and country-name data, and whatever they depend on) are
 * pinned by the lock file, so it stands for their versions: a dependency update draws every chart again (~3 s at
 * 2,000 charts), as it re-renders every page in Astro's incremental build.
 */
const librariesDrawnWith = 'package-lock.json';

/**
 * A hash of what draws the charts of the project at `projectDir`: its chart code, the dictionaries and formatters
 * the charts print with, the lock file and the runtime's Intl data. Any change to how charts are drawn changes it.
 */
export function rendererVersionOf(projectDir: string): string {
  const hash = createHash('sha256');
  for (const path of codeDrawnFrom) {
    const full = join(projectDir, path);
    const files = path.endsWith('.ts') ? (existsSync(full) ? [full] : []) : sourceFiles(full);
    for (const file of files) hash.update(`\0${file.slice(projectDir.length)}\0`).update(readFileSync(file));
  }
  // Intl's number and date formats and country names come from the runtime's ICU and CLDR data.
  hash.update(JSON.stringify({ node: process.versions.node, icu: process.versions.icu, cldr: process.versions.cldr }));
  const lock = join(projectDir, librariesDrawnWith);
  hash.update(existsSync(lock) ? readFileSync(lock) : 'no lock file');
  return hash.digest('hex').slice(0, 16);
}

/** `rendererVersionOf()` this project, computed once per process. */
export function rendererVersion(): string {
  version ??= rendererVersionOf(root());
  return version;
}

/** A short, stable hash of `value` (JSON) together with the renderer's version. */
export function cacheKey(value: unknown): string {
  return createHash('sha256').update(rendererVersion()).update(JSON.stringify(value)).digest('base64url').slice(0, 22);
}

/**
 * The cached text for `key`, or `make()`'s result, stored for next time. Counts a render or a cache hit (a chart
 * drawn twice in one build, e.g. on a story and on its dataset's page, is drawn once).
 */
export function cached(key: string, make: () => string): string {
  const stats = chartStats();
  const inMemory = memory().get(key);
  if (inMemory !== undefined) {
    stats.cached++;
    return inMemory;
  }
  const dir = chartCacheDir();
  const file = join(dir, `${key}.json`);
  if (existsSync(file)) {
    const text = readFileSync(file, 'utf8');
    markUsed(file);
    remember(key, text);
    stats.cached++;
    return text;
  }
  const started = performance.now();
  const text = make();
  stats.times.push(performance.now() - started);
  stats.rendered++;
  remember(key, text);
  mkdirSync(dir, { recursive: true });
  const temp = `${file}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(temp, text);
  renameSync(temp, file);
  return text;
}

/** Forgets what this process holds in memory (tests use it to see the disk cache at work). */
export function clearMemoryCache(): void {
  memory().clear();
}
