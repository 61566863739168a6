/**
 * The benchmark's results: a table with one row per build, the A/B ratios of wall time (per repetition, cold with
 * cold and warm with warm; A rendering every page again with B warm), and the JSON document written for comparison
 * over time.
 */
import type { RunResult } from './runs.ts';
import { formatBytes } from './format.ts';

export interface Ratio {
  repeat: number;
  /** A's run; a rerender is divided by B's warm build. */
  cache: 'cold' | 'warm' | 'rerender';
  /** Wall time of A divided by wall time of B. */
  ratio: number;
  /** CPU time of A divided by CPU time of B, where both were measured (not without /proc). */
  cpuRatio?: number;
}

export interface BenchReport {
  date: string;
  machine: { cpus: number; memoryBytes: number; node: string; platform: string };
  options: { stories: number; repeat: number; seed: number };
  site: { stories: number; datasets: number; sources: number; charts: number; words: number };
  runs: RunResult[];
  ratios: Ratio[];
  /** With repetitions: the median A/B ratio of each kind of run, and its range. */
  medians: MedianRatio[];
  /** Peak RSS of the A builds per 1,000 stories (the largest A peak, scaled); absent where not measured (no /proc). */
  peakRssPer1000StoriesBytes?: number;
  /** What a reader downloads for a first search on A's last build, for a word in most stories and a rare one. */
  firstSearch?: FirstSearch[];
}

/** One first query on the built site, as the search page runs it (see src/build/search-bytes.ts). */
export interface FirstSearch {
  term: string;
  /** Results shown (the first page of them). */
  results: number;
  /** Files fetched: the search script, Pagefind's, its index files and the results' fragments. */
  requests: number;
  /** Their bytes as sent with gzip. */
  gzipBytes: number;
}

/** One line: what a first search cost on the benchmark's site. */
export function formatFirstSearch(searches: FirstSearch[]): string {
  // In kB of 1,024 bytes with a decimal, as `npm run bench:search` prints them.
  const each = searches.map(
    (s) => `"${s.term}" ${(s.gzipBytes / 1024).toFixed(1)} kB in ${s.requests} files (${s.results} results shown)`,
  );
  return `First search on A's site (downloaded, gzip; the demo's budget is 150 kB): ${each.join('; ')}`;
}

/** The publish build as one line: its time, and how many pages it rendered against those it copied. */
export function formatPublish(run: RunResult): string {
  const cpu = run.cpuMs === undefined ? notMeasured : `${(run.cpuMs / 1000).toFixed(1)} s`;
  const pages = run.pagesRendered
    ? `, pages: ${run.pagesRendered.rendered} rendered, ${run.pagesRendered.copied} copied`
    : '';
  // What a publish spends after Astro is mostly the search index: how much of it was done while Astro worked.
  const search = run.search
    ? `; search index: ${run.search.ahead} pages handed ahead, ${run.search.readFromDisk} read from disk after Astro${run.pagefindMs === undefined ? '' : `, ${(run.pagefindMs / 1000).toFixed(1)} s after Astro`}`
    : '';
  return `After publishing one story: ${(run.wallMs / 1000).toFixed(1)} s (CPU ${cpu})${pages}${search}`;
}

/**
 * A/B wall-time ratios for every repetition where both builds of a kind succeeded (A rerender against B warm; B has
 * no edit or publish build).
 */
export function ratios(runs: RunResult[]): Ratio[] {
  const found: Ratio[] = [];
  for (const run of runs) {
    if (run.site !== 'A' || run.cache === 'edit' || run.cache === 'publish' || run.exitCode !== 0) continue;
    const against = run.cache === 'rerender' ? 'warm' : run.cache;
    const b = runs.find((r) => r.site === 'B' && r.cache === against && r.repeat === run.repeat && r.exitCode === 0);
    if (b) {
      found.push({
        repeat: run.repeat,
        cache: run.cache,
        ratio: Number((run.wallMs / b.wallMs).toFixed(2)),
        ...(run.cpuMs !== undefined && b.cpuMs !== undefined
          ? { cpuRatio: Number((run.cpuMs / b.cpuMs).toFixed(2)) }
          : {}),
      });
    }
  }
  return found;
}

export interface MedianRatio {
  cache: Ratio['cache'];
  /** How many repetitions the median is over. */
  runs: number;
  median: number;
  low: number;
  high: number;
}

/**
 * The median A/B ratio of each kind of run repeated more than once: one pair of builds on a shared machine can be a
 * second off either way, a 10 % swing on a warm build of 1,000 stories.
 */
export function medianRatios(found: Ratio[]): MedianRatio[] {
  const kinds = [...new Set(found.map((r) => r.cache))];
  return kinds.flatMap((cache) => {
    const values = found
      .filter((r) => r.cache === cache)
      .map((r) => r.ratio)
      .sort((a, b) => a - b);
    if (values.length < 2) return [];
    const middle = values.length >> 1;
    const median = values.length % 2 ? values[middle]! : (values[middle - 1]! + values[middle]!) / 2;
    return [{ cache, runs: values.length, median: Number(median.toFixed(2)), low: values[0]!, high: values.at(-1)! }];
  });
}

/** `medianRatios` as one line, or nothing without repetitions. */
export function formatMedians(medians: MedianRatio[]): string {
  if (medians.length === 0) return '';
  return `A/B median over repetitions: ${medians.map((m) => `${m.cache} ${m.median} (${m.runs} runs, ${m.low}–${m.high})`).join('; ')}`;
}

const columns = [
  'run',
  'wall',
  'CPU',
  'pages',
  'pages/s',
  'peak RSS',
  'pages rendered/copied',
  'charts rendered/cached',
  'cards drawn/cached',
  'Pagefind',
  'index',
  'A/B',
  'A/B CPU',
];

/** What the table shows for a figure the system cannot give (CPU time and memory without /proc, on macOS). */
const notMeasured = 'n/a';

/** The results as a plain-text table, one row per build. */
export function formatTable(runs: RunResult[]): string {
  const found = ratios(runs);
  const rows = runs.map((run) => {
    const ratio = found.find((r) => run.site === 'A' && r.cache === run.cache && r.repeat === run.repeat);
    const failed = run.exitCode !== 0;
    return [
      `${run.site} ${run.cache} #${run.repeat}`,
      failed ? `FAILED (exit ${run.exitCode})` : `${(run.wallMs / 1000).toFixed(1)} s`,
      run.cpuMs === undefined ? notMeasured : `${(run.cpuMs / 1000).toFixed(1)} s`,
      failed ? '' : String(run.pages),
      failed ? '' : run.pagesPerSecond.toFixed(1),
      run.peakRssBytes === undefined ? notMeasured : formatBytes(run.peakRssBytes),
      run.pagesRendered ? `${run.pagesRendered.rendered} / ${run.pagesRendered.copied}` : '',
      run.charts ? `${run.charts.rendered} / ${run.charts.cached}` : run.site === 'A' ? 'no charts line' : '',
      run.cards ? `${run.cards.drawn} / ${run.cards.cached}` : '',
      run.pagefindMs !== undefined ? `${(run.pagefindMs / 1000).toFixed(1)} s` : '',
      run.indexBytes !== undefined ? formatBytes(run.indexBytes) : '',
      ratio ? ratio.ratio.toFixed(2) : '',
      ratio?.cpuRatio !== undefined ? ratio.cpuRatio.toFixed(2) : '',
    ];
  });
  const widths = columns.map((name, i) => Math.max(name.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(columns), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/**
 * One line per A build listing its steps by time, largest first: where A's time goes after Astro. The steps run side
 * by side (src/build/steps.ts), so their times add up to more than the time they took together: the line gives the
 * longest and the sum, not a share of the build's wall time.
 */
export function formatSteps(runs: RunResult[]): string {
  return runs
    .filter((run) => run.site === 'A' && run.steps && Object.keys(run.steps).length > 0)
    .map((run) => {
      const steps = Object.entries(run.steps ?? {}).sort((a, b) => b[1] - a[1]);
      const total = steps.reduce((sum, [, ms]) => sum + ms, 0);
      const list = steps.map(([name, ms]) => `${name} ${ms} ms`).join(', ');
      return `A ${run.cache} #${run.repeat} (${run.wallMs} ms): post-build steps side by side, longest ${steps[0]?.[1] ?? 0} ms, adding up to ${total} ms (${list})`;
    })
    .join('\n');
}
