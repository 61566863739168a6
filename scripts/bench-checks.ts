/**
 * `npm run bench:checks`: the CPU time of each output check of a cold build, each run alone on the output of a
 * cold build of the benchmark's synthetic site (src/bench/generate.ts). The checks run one after another, in an
 * order that turns from round to round, each with empty caches of its own (as in a cold build), and each measured
 * with process.cpuUsage(): the process's CPU time, its worker threads and libuv's pool included. On a shared
 * machine the CPU time is the figure that compares; the wall time is printed beside it.
 *
 *   node scripts/bench-checks.ts [--stories 1000] [--runs 3] [--dist <built site>] [--keep] [--checks a,b]
 *
 * Without `--dist` the site is generated and built once, cold, as `npm run bench` builds A; `--keep` keeps it and
 * prints where, and `--dist` measures on that folder again (the generated content is the `site/` beside it).
 * `--checks` measures only the checks it names, by the names below (`links + budgets`: the two together, sharing one
 * pass over the pages as a build runs them).
 */
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values: args } = parseArgs({
  options: {
    stories: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '3' },
    dist: { type: 'string' },
    keep: { type: 'boolean', default: false },
    checks: { type: 'string' },
  },
});
const stories = Number(args.stories);
const runs = Number(args.runs);
if (!Number.isInteger(stories) || stories < 1 || !Number.isInteger(runs) || runs < 1) {
  console.error(
    'usage: node scripts/bench-checks.ts [--stories N] [--runs N] [--dist <built site>] [--keep] [--checks a,b]',
  );
  process.exit(2);
}

const work = mkdtempSync(join(tmpdir(), 'casefile-bench-checks-'));
const siteRoot = args.dist ? resolve(args.dist, '../site') : join(work, 'site');
// The checks read the site's configuration and content root when their modules load: set before importing them.
process.env.CASEFILE_CONTENT_ROOT = siteRoot;
process.env.TZ = 'UTC';

const { projectRoot } = await import('../src/site.config.ts');
let dist = args.dist ? resolve(args.dist) : '';
if (!dist) {
  const { generateSite, includeProjectData, writeSite } = await import('../src/bench/generate.ts');
  const { distOf, runBuild } = await import('../src/bench/runs.ts');
  console.log(`[checks] generating ${stories} stories in ${siteRoot}…`);
  writeSite(siteRoot, generateSite({ stories, seed: 1 }));
  includeProjectData(siteRoot, join(projectRoot, 'data'));
  symlinkSync(join(projectRoot, 'node_modules'), join(work, 'node_modules'), 'dir');
  const paths = { work, site: siteRoot, baseline: join(work, 'baseline'), project: projectRoot };
  const built = await runBuild(paths, 'A', 'cold', 1);
  if (built.exitCode !== 0) {
    console.error(`[checks] the build failed:\n${built.failure?.join('\n') ?? ''}`);
    process.exit(1);
  }
  dist = distOf(paths, 'A');
  console.log(`[checks] built ${built.pages} pages in ${(built.wallMs / 1000).toFixed(1)} s: ${dist}`);
}

const { benchNow } = await import('../src/bench/runs.ts');
const { loadProject } = await import('../src/lib/load-project.ts');
const { postBuildSteps, runPostBuildSteps } = await import('../src/build/steps.ts');
type Step = (typeof postBuildSteps)[number];
const step = (name: string): Step => {
  const found = postBuildSteps.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no post-build step named "${name}"`);
  // Measured alone: what it waits for in a build (the minified scripts) is already on disk.
  return { ...found, after: [] };
};
// The checks that only read the output (the writers' work depends on what they find to clean or minify), each alone,
// and the link and budget checks together as a build runs them, sharing work (BuildContext.once).
const allUnits: { name: string; steps: Step[] }[] = [
  ...['image metadata check', 'html-validate', 'links', 'budgets', 'xml', 'leak check'].map((name) => ({
    name,
    steps: [step(name)],
  })),
  { name: 'links + budgets', steps: [step('links'), step('budgets')] },
];
const wanted = args.checks?.split(',').map((name) => name.trim());
const units = allUnits.filter((unit) => !wanted || wanted.includes(unit.name));
const unknown = wanted?.filter((name) => !allUnits.some((unit) => unit.name === name)) ?? [];
if (unknown.length > 0) {
  console.error(`no check named ${unknown.join(', ')}: ${allUnits.map((unit) => unit.name).join(', ')}`);
  process.exit(2);
}
const { project } = loadProject(siteRoot);
const context = { root: projectRoot, outDir: dist, project, now: new Date(benchNow), preview: false, log: () => {} };

const figures = new Map(units.map((unit) => [unit.name, [] as { cpu: number; wall: number }[]]));
for (let round = 0; round < runs; round++) {
  // Each round starts with a different check, so that a machine getting busier weighs on each alike.
  const order = units.map((_, index) => units[(index + round) % units.length]!);
  for (const unit of order) {
    const caches = mkdtempSync(join(work, 'caches-'));
    process.env.CASEFILE_PAGE_CACHE = join(caches, 'page');
    process.env.CASEFILE_HTML_CACHE = join(caches, 'html');
    const wallStart = performance.now();
    const cpuStart = process.cpuUsage();
    if (unit.steps.length === 1) await unit.steps[0]!.run(context);
    else await runPostBuildSteps(context, unit.steps);
    const cpu = process.cpuUsage(cpuStart);
    const wall = performance.now() - wallStart;
    figures.get(unit.name)!.push({ cpu: (cpu.user + cpu.system) / 1000, wall });
    console.log(
      `[checks] round ${round + 1}: ${unit.name} ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s CPU, ${(wall / 1000).toFixed(2)} s wall`,
    );
    rmSync(caches, { recursive: true, force: true });
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
console.log(`\nCPU of each output check, alone, on ${dist} (${runs} runs; median, then min–max):`);
for (const [name, times] of figures) {
  const cpu = times.map((time) => time.cpu);
  console.log(
    `  ${name.padEnd(22)} CPU ${seconds(median(cpu))} (${seconds(Math.min(...cpu))}–${seconds(Math.max(...cpu))}), wall ${seconds(median(times.map((time) => time.wall)))}`,
  );
}
if (args.dist || !args.keep) rmSync(work, { recursive: true, force: true });
else console.log(`\nThe built site: ${dist} (reuse it with --dist)`);
