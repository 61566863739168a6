/**
 * `npm run rehearse` (scripts/rehearse.ts): runs now the builds that will lift the pending embargoes, so that a
 * problem they would meet is found while someone is there to fix it.
 *
 * A normal build never renders an embargoed page: its MDX is parsed and its frontmatter, citations and charts checked
 * (src/lib/validate-project.ts), but what shows only in the rendered page (an HTML error, a link or an anchor that
 * the published site lacks, a page over its weight budget) is first met by the build that lifts the embargo,
 * usually an unattended scheduled one. That build then stops and publishes nothing: the story misses its moment and
 * nobody is told until someone looks. A rehearsal is that same build, `npm run build` with `CASEFILE_NOW` set to the
 * embargo's moment, written into a temporary folder that is removed afterwards: it publishes nothing and leaves
 * `dist/` alone.
 *
 * One build per distinct moment, earliest first: at each, the pages whose embargo has passed are published and the
 * later ones still held back, as they will be then (a story lifting on Monday that links to one lifting on Tuesday
 * breaks Monday's build, not Tuesday's). Drafts stay out of every rehearsal, as they stay out of every build.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withheld, type Publishable } from '../lib/visibility.ts';
import { astroCacheDir } from './astro-cache.ts';
import { isRunning } from './is-running.ts';
import { writtenMoment } from '../lib/validate/moment.ts';

export interface Rehearsal {
  /** The embargo's moment: the rehearsal's CASEFILE_NOW. */
  moment: Date;
  /** The pages whose embargo lifts at that moment, as their files ("content/stories/x.mdx"). */
  files: string[];
}

/**
 * The builds to rehearse at `now`: one per distinct moment at which a page's embargo lifts, earliest first, each with
 * the pages it publishes. Drafts are left out whatever their embargo: no moment publishes them.
 */
export function rehearsals(entries: readonly { file: string; data: Publishable }[], now: Date): Rehearsal[] {
  // Each moment's list grows in place: copying it for every page made the plan quadratic in the pages that lift at
  // one moment (23 s for 20,000).
  const byMoment = new Map<number, string[]>();
  for (const entry of entries) {
    if (withheld(entry.data, now) !== 'embargo') continue;
    const moment = entry.data.embargo!.getTime();
    const files = byMoment.get(moment);
    if (files) files.push(entry.file);
    else byMoment.set(moment, [entry.file]);
  }
  // One collator, as localeCompare(b, 'en') orders, without building one for each comparison.
  const { compare } = new Intl.Collator('en');
  return [...byMoment]
    .sort(([a], [b]) => a - b)
    .map(([moment, files]) => ({ moment: new Date(moment), files: files.sort(compare) }));
}

/**
 * The environment of a rehearsal's build: the caller's, with the build's moment set to the embargo's, its output in
 * `outputDir`, and Astro's cache in a folder of its own beside the published site's (`<cache>-rehearsal`): a build
 * with other pages published renders every page again, and sharing the cache would make the next `npm run build` do so
 * too. Never a preview: a preview includes drafts and every embargoed page, which the lifting build does not.
 */
export function rehearsalEnv(
  rehearsal: Rehearsal,
  outputDir: string,
  projectRoot: string,
  env: NodeJS.ProcessEnv = process.env,
): NodeJS.ProcessEnv {
  const { PREVIEW: _preview, CASEFILE_PREVIEW_DIST: _previewDist, ...rest } = env;
  return {
    ...rest,
    CASEFILE_NOW: rehearsal.moment.toISOString(),
    CASEFILE_DIST: outputDir,
    CASEFILE_CACHE_DIR: `${astroCacheDir(projectRoot, false, env).replace(/[\\/]+$/, '')}-rehearsal`,
    // Tells the build it is a rehearsal: its moment is ahead of the clock on purpose, and its output is thrown away.
    CASEFILE_REHEARSAL: '1',
  };
}

// Where the build's other settings are read (src/lib/visibility.ts), free of imports for scripts/build.mjs.
export { isRehearsal } from '../lib/visibility.ts';

/** How many pages a rehearsal's lines name before saying how many more: a site's 2,000 at once made a line of 90 kB. */
const pagesNamed = 10;

/** The pages a rehearsal publishes, as its lines name them: "x.mdx", "2 pages (a.mdx, b.mdx)", "… and 1990 more". */
export function rehearsalPages(files: readonly string[]): string {
  if (files.length === 1) return files[0]!;
  const more = files.length > pagesNamed ? ` and ${files.length - pagesNamed} more` : '';
  return `${files.length} pages (${files.slice(0, pagesNamed).join(', ')}${more})`;
}

/** How a rehearsal is introduced: its moment, and what it publishes. */
export function rehearsalHeading(rehearsal: Rehearsal, index: number, count: number): string {
  const pages = rehearsalPages(rehearsal.files);
  return `rehearse${count > 1 ? ` ${index + 1} of ${count}` : ''}: the build at ${writtenMoment(rehearsal.moment)}, which publishes ${pages}`;
}

/** The start of a rehearsal's temporary folder's name, before the pid of the process it belongs to. */
const folderPrefix = 'casefile-rehearsal-';

/**
 * Removes the temporary folders in `dir` that rehearsals left when they were killed (SIGKILL: a CI job's timeout, the
 * OOM killer) before they could: `casefile-rehearsal-<pid>-…` whose process no longer runs. Their builds stop once
 * their caller has gone (src/build/caller-gone.ts), but Astro's output beside the build's folder stays, a whole site
 * in size. A folder whose pid another process has since taken stays until that one ends.
 */
export function removeAbandonedRehearsals(dir: string): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = Number(/^casefile-rehearsal-(\d+)-/.exec(name)?.[1]);
    if (!Number.isSafeInteger(pid) || pid <= 0 || pid === process.pid || isRunning(pid)) continue;
    rmSync(join(dir, name), { recursive: true, force: true, maxRetries: 3 });
  }
}

/** How a rehearsal's build ended: its exit status, what it wrote (unless it wrote to this process's), and whether it was stopped. */
export interface RehearsalResult {
  status: number;
  /** The build's output, stdout and stderr in the order written; empty when `verbose` sent it straight through. */
  log: string;
  /** The signal this process got while the build ran (Ctrl+C: SIGINT), passed on to the build. */
  stoppedBy?: NodeJS.Signals;
  ms: number;
}

/**
 * Runs the build of `rehearsal` (scripts/build.mjs, as `npm run build` does) into a temporary folder, and removes the
 * folder whatever the result, Ctrl+C included: a signal this process gets is passed on to the build, which stops
 * without publishing, and the folder is removed once it has. `verbose` sends the build's output through as it comes;
 * otherwise it is kept, for the caller to show when the build fails.
 */
export async function runRehearsal(
  rehearsal: Rehearsal,
  projectRoot: string,
  buildScript: string,
  env: NodeJS.ProcessEnv = process.env,
  verbose = false,
): Promise<RehearsalResult> {
  const started = performance.now();
  let child: ChildProcess | undefined;
  let stoppedBy: NodeJS.Signals | undefined;
  // Handled, a signal no longer ends this process before the folder is removed. The build stops on it as `npm run
  // build` does (a terminal's Ctrl+C reaches it too; twice is the same to it). In place before the folder is made:
  // until a listener is, Node leaves a signal its default action, and a Ctrl+C just after the folder appeared ended
  // this process there, leaving the folder and saying nothing (seen once in CI). One that comes before the build
  // starts is handled at the first wait, once the build has started, and stops it then.
  const forward = (signal: NodeJS.Signals) => {
    stoppedBy ??= signal;
    child?.kill(signal);
  };
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  for (const signal of signals) process.on(signal, forward);
  let parent: string | undefined;
  try {
    removeAbandonedRehearsals(tmpdir());
    parent = mkdtempSync(join(tmpdir(), `${folderPrefix}${process.pid}-`));
    child = spawn(process.execPath, [buildScript], {
      cwd: projectRoot,
      env: rehearsalEnv(rehearsal, join(parent, 'site'), projectRoot, env),
      stdio: verbose ? 'inherit' : ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    // Decoded as a stream: a pipe's pieces (64 KiB) cut characters of several bytes (é, €, « ») in two, each half
    // decoded alone as U+FFFD.
    for (const stream of [child.stdout, child.stderr]) {
      stream?.setEncoding('utf8');
      stream?.on('data', (chunk: string) => (log += chunk));
    }
    const status = await new Promise<number>((resolve, reject) => {
      child!.on('error', reject);
      child!.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    });
    return { status, log, stoppedBy, ms: performance.now() - started };
  } finally {
    for (const signal of signals) process.off(signal, forward);
    if (parent) rmSync(parent, { recursive: true, force: true });
  }
}
