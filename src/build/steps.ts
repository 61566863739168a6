/**
 * The steps that run after Astro has written the site into the staging folder. Steps that do not read each other's
 * output run at the same time: Pagefind indexes in its own process while the output checks run in worker threads
 * (src/build/workers/pool.ts), so the second core works instead of waiting. A step names the steps whose output it
 * reads in `after`. Any failure stops the build before the staging folder replaces dist/; the checks that do run all
 * report, so an editor sees every problem of the output at once.
 */
import type { Project } from '../lib/load-project.ts';
import type { PageFeed } from './page-feed.ts';
import type { OutputMemo } from './output-memo.ts';
import { searchIndexStep } from './search-index.ts';
import { imageMetadataStep } from './images.ts';
import { securityHeadersStep } from './security-headers.ts';
import { previewIgnoreStep } from './preview-ignore.ts';
import { robotsStep } from './robots.ts';
import { nojekyllStep } from './nojekyll.ts';
import { minifyScriptsStep } from './minify-scripts.ts';
import { imageMetadataCheckStep } from './checks/image-metadata.ts';
import { leakCheckStep } from './checks/leaks.ts';
import { socialCardReportStep } from './social-cards.ts';
import { htmlCheck } from './checks/html.ts';
import { linkCheck } from './checks/links.ts';
import { xmlCheck } from './checks/xml.ts';
import { budgetCheck } from './checks/budgets.ts';
import { chartStatsStep } from '../charts/build-step.ts';

export interface BuildContext {
  root: string;
  /** The staging folder holding the built site. */
  outDir: string;
  project: Project;
  now: Date;
  preview: boolean;
  log: (line: string) => void;
  /** The pages Astro handed over while rendering (src/build/page-feed.ts), when the build collected them. */
  rendered?: PageFeed;
  /** Which checks passed on this same output before (src/build/output-memo.ts), when the build keeps that memory. */
  memo?: OutputMemo;
  /** The SHA-256 of each file Astro wrote, by POSIX path relative to outDir, taken before any step ran. */
  outputHashes?: ReadonlyMap<string, string>;
  /**
   * Work that several steps share (one pass over the pages for the link and budget checks): `compute` runs for the
   * first step that asks for `key`, and every step that asks gets its promise. Set by runPostBuildSteps, once per run.
   */
  once?: <T>(key: string, compute: () => Promise<T>) => Promise<T>;
}

export interface PostBuildStep {
  name: string;
  /** The steps whose output this one reads: it starts when they have all succeeded. */
  after?: string[];
  run: (context: BuildContext) => Promise<void> | void;
  /**
   * A check whose verdict depends only on the files Astro wrote, its code and the site's configuration (not on the
   * content, the clock or another step's output): when it passed on byte-identical output, it is not run again.
   */
  sameOutputSameVerdict?: boolean;
}

/** The steps that write into the staging folder (the search index, cleaned images, minified scripts, the headers file, robots.txt, .nojekyll, a preview's .gitignore). */
const writers = [
  searchIndexStep,
  minifyScriptsStep,
  imageMetadataStep,
  securityHeadersStep,
  robotsStep,
  nojekyllStep,
  previewIgnoreStep,
].map((step) => step.name);

export const postBuildSteps: PostBuildStep[] = [
  // They only print how many charts and cards Astro drew and how many came from the caches.
  chartStatsStep,
  socialCardReportStep,
  searchIndexStep,
  minifyScriptsStep,
  imageMetadataStep,
  securityHeadersStep,
  robotsStep,
  nojekyllStep,
  previewIgnoreStep,
  // Its input is the images as the step before leaves them, itself a function of Astro's output and the code.
  { ...imageMetadataCheckStep, after: [imageMetadataStep.name], sameOutputSameVerdict: true },
  // The output checks: valid HTML, no broken internal link or anchor, feeds and sitemaps parse; JavaScript, CSS,
  // weight and other-host budgets (prints its figures). They read pages, feeds and stylesheets, which no step
  // after Astro changes, so they run alongside the steps that write.
  { ...htmlCheck, sameOutputSameVerdict: true },
  { ...linkCheck, sameOutputSameVerdict: true },
  { ...xmlCheck, sameOutputSameVerdict: true },
  // The budgets weigh the scripts as published, minified.
  { ...budgetCheck, after: [minifyScriptsStep.name], sameOutputSameVerdict: true },
  // Last: it reads every file the steps before it wrote, the search index included.
  { ...leakCheckStep, after: writers },
];

/** A step that could not run because a step it depends on failed. */
class Skipped extends Error {
  override name = 'Skipped';
}

/**
 * Runs `steps`, each as soon as the steps it names in `after` have succeeded, and logs each step's wall time
 * (`<name>: N ms`) as it finishes. Rejects when any step failed: with that step's error, or, when several checks
 * failed, with one CheckError listing all of them in the order of `steps`.
 */
export async function runPostBuildSteps(context: BuildContext, steps: PostBuildStep[] = postBuildSteps): Promise<void> {
  const shared = new Map<string, Promise<unknown>>();
  const once = <T>(key: string, compute: () => Promise<T>): Promise<T> => {
    if (!shared.has(key)) shared.set(key, compute());
    return shared.get(key) as Promise<T>;
  };
  context = { ...context, once };
  const byName = new Map(steps.map((step) => [step.name, step]));
  for (const step of steps) {
    for (const name of step.after ?? []) {
      if (!byName.has(name))
        throw new Error(`post-build step "${step.name}" runs after "${name}", which is not a step`);
    }
  }
  const running = new Map<string, Promise<void>>();
  const start = (step: PostBuildStep, path: string[] = []): Promise<void> => {
    if (path.includes(step.name))
      throw new Error(`post-build steps depend on each other in a cycle: ${[...path, step.name].join(' → ')}`);
    let promise = running.get(step.name);
    if (promise) return promise;
    promise = (async () => {
      const needed = await Promise.allSettled(
        (step.after ?? []).map((name) => start(byName.get(name)!, [...path, step.name])),
      );
      const failed = (step.after ?? []).filter((_, index) => needed[index]?.status === 'rejected');
      if (failed.length > 0) {
        context.log(`${step.name}: skipped (${failed.join(', ')} failed)`);
        throw new Skipped(step.name);
      }
      const memo = step.sameOutputSameVerdict ? context.memo : undefined;
      const before = memo?.passed(step.name);
      if (before) {
        context.log(`${step.name}: passed on this same output before (${before.ms} ms then): not run again`);
        // What it reported then (the budgets' figures, say), marked as such: the counts are of that run's work.
        const prefix = `${step.name}: `;
        for (const line of before.lines)
          context.log(line.startsWith(prefix) ? `${prefix}(then) ${line.slice(prefix.length)}` : line);
        return;
      }
      const started = performance.now();
      const lines: string[] = [];
      await step.run(memo ? { ...context, log: (line) => (lines.push(line), context.log(line)) } : context);
      const ms = Math.round(performance.now() - started);
      memo?.remember(step.name, { lines, ms });
      context.log(`${step.name}: ${ms} ms`);
    })();
    running.set(step.name, promise);
    return promise;
  };
  const results = await Promise.allSettled(steps.map((step) => start(step)));
  const errors = results.flatMap((result) =>
    result.status === 'rejected' && !(result.reason instanceof Skipped) ? [result.reason as unknown] : [],
  );
  if (errors.length === 0) return;
  const isCheck = (error: unknown) => error instanceof Error && error.name === 'CheckError';
  const bug = errors.find((error) => !isCheck(error));
  if (bug) {
    // Our own error is reported with its stack; the checks that failed beside it are not lost.
    for (const error of errors.filter(isCheck)) context.log(`also failed: ${(error as Error).message}`);
    throw bug;
  }
  if (errors.length === 1) throw errors[0];
  const combined = new Error(errors.map((error) => (error as Error).message).join('\n\n'));
  combined.name = 'CheckError';
  throw combined;
}
