/**
 * `npm run bench`: how fast and how big is this project's build (A), compared with plain Astro + MDX building the
 * same stories (B)? Generates a synthetic site, builds it cold and warm with both, rebuilds A once more rendering
 * every page (its incremental cache emptied, the other caches kept), once after editing one story and once after
 * publishing a new one, prints a table and writes the results as JSON. See `npm run bench -- --help`.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseBenchArgs, usage, UsageError, type BenchOptions } from '../src/bench/args.ts';
import {
  bodyWords,
  generateSite,
  writeSite,
  editStory,
  includeProjectData,
  publishStory,
} from '../src/bench/generate.ts';
import { writeBaseline } from '../src/bench/baseline.ts';
import { distOf, runBuild, type RunResult } from '../src/bench/runs.ts';
import {
  formatFirstSearch,
  formatMedians,
  formatPublish,
  formatSteps,
  formatTable,
  medianRatios,
  ratios,
  type BenchReport,
  type FirstSearch,
} from '../src/bench/report.ts';
import { madeUpWord } from '../src/bench/prose.ts';
import { firstQueryCost } from '../src/build/search-bytes.ts';
import { formatBytes, formatSeconds } from '../src/bench/format.ts';
import { projectRoot } from '../src/site.config.ts';

let options: BenchOptions;
try {
  options = parseBenchArgs(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  console.error(`${error.message}\n\n${usage}`);
  process.exit(2);
}
if (options.help) {
  console.log(usage);
  process.exit(0);
}

const work = mkdtempSync(join(tmpdir(), 'casefile-bench-'));
const paths = {
  work,
  site: join(work, 'site'),
  baseline: join(work, 'baseline'),
  project: projectRoot,
  ...(options.cpuProf ? { cpuProf: resolve(projectRoot, options.cpuProf) } : {}),
};
// A builds with the work folder as its working directory (src/bench/runs.ts says why); Astro's prerendered chunks
// land below it and import packages, so it needs this project's node_modules.
symlinkSync(join(projectRoot, 'node_modules'), join(work, 'node_modules'), 'dir');

console.log(`[bench] generating ${options.stories} stories (seed ${options.seed}) in ${paths.site}…`);
let t = performance.now();
const site = generateSite({ stories: options.stories, seed: options.seed });
writeSite(paths.site, site);
includeProjectData(paths.site, join(projectRoot, 'data'));
const words = site.stories.reduce((sum, path) => sum + bodyWords(site.files.get(path) ?? ''), 0);
console.log(
  `[bench] generated in ${formatSeconds(performance.now() - t)}: ${site.stories.length} stories (${Math.round(words / site.stories.length)} words on average), ${site.datasets} datasets, ${site.sources} sources, ${site.charts} charts in stories (${site.distinctCharts} distinct drawings)`,
);
writeBaseline(paths.baseline, join(paths.site, 'content/stories'), join(projectRoot, 'node_modules'));

const runs: RunResult[] = [];
for (let repeat = 1; repeat <= options.repeat; repeat++) {
  // Alternate A and B so that a machine getting busier or quieter affects both alike.
  runs.push(await runBuild(paths, 'A', 'cold', repeat));
  runs.push(await runBuild(paths, 'B', 'cold', repeat));
  runs.push(await runBuild(paths, 'A', 'warm', repeat));
  runs.push(await runBuild(paths, 'B', 'warm', repeat));
}
// A again with every page rendered (charts, cards and checks from their caches): A's per-page cost against B warm.
runs.push(await runBuild(paths, 'A', 'rerender', options.repeat));
const edited = site.stories[Math.floor(site.stories.length / 2)] as string;
console.log(`[bench] editing the text of ${edited}`);
editStory(paths.site, edited, 1);
runs.push(await runBuild(paths, 'A', 'edit', options.repeat));
// A newsroom publishes every day: only the new story's pages, the lists and the pages that now show it are rendered.
const published = publishStory(paths.site, { stories: options.stories, seed: options.seed });
console.log(`[bench] publishing ${published}`);
runs.push(await runBuild(paths, 'A', 'publish', options.repeat));

// What the index's size means for readers: a first search on the site A built last, for a word most stories have and
// for a made-up word of the lexicon's long tail (a name, a place), run as the search page runs it.
let firstSearch: FirstSearch[] | undefined;
if (runs.at(-1)?.exitCode === 0) {
  firstSearch = [];
  for (const term of ['registry', madeUpWord(999)]) {
    const cost = await firstQueryCost(distOf(paths, 'A'), term);
    firstSearch.push({ term, results: cost.results, requests: cost.files.length, gzipBytes: cost.gzipBytes });
  }
}

// No peak where the system has no /proc (macOS): the memory of a process tree is not measured there.
const peaksA = runs.filter((r) => r.site === 'A' && r.peakRssBytes !== undefined).map((r) => r.peakRssBytes!);
const report: BenchReport = {
  date: new Date().toISOString(),
  machine: { cpus: availableParallelism(), memoryBytes: totalmem(), node: process.version, platform: process.platform },
  options: { stories: options.stories, repeat: options.repeat, seed: options.seed },
  site: { stories: site.stories.length, datasets: site.datasets, sources: site.sources, charts: site.charts, words },
  runs,
  ratios: ratios(runs),
  medians: medianRatios(ratios(runs)),
  ...(peaksA.length > 0
    ? { peakRssPer1000StoriesBytes: Math.round(Math.max(...peaksA) / (options.stories / 1000)) }
    : {}),
  ...(firstSearch ? { firstSearch } : {}),
};

console.log(
  `\n${options.stories} stories, ${report.machine.cpus} CPUs, ${formatBytes(report.machine.memoryBytes)} RAM, Node ${process.version}\n`,
);
console.log(formatTable(runs));
console.log(
  `\nCPU: user + system time of the build and the processes it waits for (Pagefind's binary is stopped, not waited for: its time is in the Pagefind column). Peak RSS: the whole process tree, sampled every 100 ms. Both read /proc: n/a where there is none (macOS).`,
);
console.log(`\n${formatSteps(runs)}`);
if (report.medians.length > 0) console.log(formatMedians(report.medians));
for (const run of runs.filter((r) => r.waitedForLock)) {
  console.log(`A ${run.cache} #${run.repeat} waited for another build of the project: its wall time includes the wait`);
}
// Below 1,000 stories the fixed cost of a build (Astro, Vite, Pagefind) dwarfs the per-story cost.
if (options.stories >= 1000 && report.peakRssPer1000StoriesBytes !== undefined)
  console.log(`A peak RSS per 1,000 stories: ${formatBytes(report.peakRssPer1000StoriesBytes)}`);
const edit = runs.find((run) => run.cache === 'edit');
if (edit?.charts) console.log(`After editing one story's text: ${edit.charts.rendered} charts rendered (goal: 0)`);
const publish = runs.find((run) => run.cache === 'publish' && run.exitCode === 0);
if (publish?.pagesRendered) console.log(formatPublish(publish));
if (firstSearch) console.log(formatFirstSearch(firstSearch));

const jsonPath = resolve(projectRoot, options.json);
mkdirSync(dirname(jsonPath), { recursive: true });
writeFileSync(jsonPath, `${JSON.stringify(report, null, 2)}\n`);
console.log(`\nResults written to ${jsonPath}`);

for (const run of runs.filter((r) => r.failure)) {
  console.error(`\n${run.site} ${run.cache} #${run.repeat} failed; its last lines:\n${run.failure?.join('\n')}`);
}
if (paths.cpuProf) console.log(`CPU profiles of the A builds in ${paths.cpuProf}`);
if (options.keep) console.log(`Kept ${work}`);
else rmSync(work, { recursive: true, force: true });
process.exit(runs.some((r) => r.exitCode !== 0) ? 1 : 0);
