/**
 * The build that `npm run build` runs (scripts/build.mjs): check the content, build the site, index it, check the
 * output, publish it to dist/. Nothing reaches dist/ unless every step succeeds.
 */
import { build } from 'astro';
import { relative, resolve } from 'node:path';
import { validateProject } from '../lib/validate-project.ts';
import { forgetEntriesOnSchemaChange } from './schema-fingerprint.ts';
import { contentSummary } from './content-summary.ts';
import { astroCacheDir, astroCanCopy, beginAstroBuild, discardedNote, finishAstroBuild } from './astro-cache.ts';
import {
  aheadOfClockNote,
  behindClockNote,
  embargoNote,
  isPreview,
  outputFolder,
  pinBuildTime,
  previewProblem,
} from '../lib/visibility.ts';
import { placeErrorPages } from './error-pages.ts';
import {
  stagingDir,
  publish,
  discard,
  retire,
  clearRetired,
  removeAbandonedStaging,
  astroOutDir,
  moveInto,
  recoverAbandonedPublish,
} from './publish.ts';
import { PageFeed } from './page-feed.ts';
import { installPageSink } from './rendered-pages.ts';
import { htmlCacheDir } from './checks/html-live.ts';
import { cacheRetentionDays, pruneCaches, pruneIntervalMs } from './cache-prune.ts';
import { notesRecap, reportFailure } from './report.ts';
import { holdContentErrors } from './held-errors.ts';
import { shareValidatedProject } from './sitemap-filter.ts';
import { astroLockDir, lockHolder, withLock } from './lock.ts';
import { watchCaller } from './caller-gone.ts';
import { outputFolderProblem } from './output-folder.ts';
import { cacheFolderProblem } from './cache-folder.ts';
import { removeFromOutput, withheldPublicFiles } from './withheld-public.ts';
import { contentRoot, projectRoot, site, siteUrlProblem, siteUrlWarning } from '../site.config.ts';
import {
  codeDigest,
  contentRecord,
  indexAhead,
  indexAheadByKeys,
  readKeyRecord,
  writeKeyRecord,
  writeRecord,
  type KeyRecord,
} from './search-ahead.ts';
import { installKeySink } from './page-keys-reported.ts';
import { pageFactsDir } from './checks/page-scan.ts';
import { compileCacheInUse } from './compile-cache.mjs';
import { defaultLogLevel, logLevelProblem, logLevelVariable } from './astro-log-level.ts';
import { projectHeadersProblems } from './security-headers.ts';
import { buildArgsProblem } from './build-args.ts';
import { isRehearsal } from './rehearse.ts';
import { nothingWritten, outputUnchanged } from './nothing-written.ts';
// scripts/build.mjs has started the watchdog that bounds this build's exit, however it ends (src/build/exit.mjs).
import { endBySignal, exitBuilt, exitWithin, handOverSignals, publishUnlessStopped } from './exit.mjs';
import { quietPagefindStops } from './pagefind-stops.ts';
import { problemsHeading } from './problem-place.mjs';
import { writtenMoment } from '../lib/validate/moment.ts';

// Astro's bundled chunks cannot locate the project from their own URL: tell them (see src/site.config.ts).
process.env.CASEFILE_PROJECT_ROOT = projectRoot;
// Astro writes its prerendered chunks below the working folder (<cwd>/.astro/.prerender/), where they cannot find the
// project's packages: `node scripts/build.mjs` run from another folder failed with ERR_MODULE_NOT_FOUND and left an
// .astro/ folder there. The build runs from the project, as `npm run build` does; the content folder keeps the
// meaning it had where the build was started, for the modules that read it again.
process.env.CASEFILE_CONTENT_ROOT = contentRoot;
process.chdir(projectRoot);
// Ctrl+C reaches Pagefind's process too: one line for it, not a stack trace per page it was not sent.
quietPagefindStops();
const target = resolve(projectRoot, outputFolder());
const started = performance.now();
const log = (line: string) => console.log(`[casefile] ${line}`);
// A rehearsal (npm run rehearse) builds into a temporary folder that is removed: its folder is never "unchanged".
const unchanged = outputUnchanged(projectRoot);

/** Stops the build before it writes anything, on a setting that cannot be right. */
function stopOnSetting(problem: string): never {
  console.error(`\nThe build stopped: ${problem}.\n\n${nothingWritten(projectRoot)}`);
  process.exit(1);
}
// Before anything is written or moved: a build replaces its output folder whole.
const argsProblem = buildArgsProblem(process.argv.slice(2));
if (argsProblem) stopOnSetting(argsProblem);
const previewSetting = previewProblem();
if (previewSetting) stopOnSetting(previewSetting);
const folderProblem = outputFolderProblem(projectRoot, contentRoot);
if (folderProblem) stopOnSetting(folderProblem);
// Astro writes pages into its cache folder while it renders, before any check: never into the site or the content.
const cacheProblem = cacheFolderProblem(projectRoot, contentRoot);
if (cacheProblem) stopOnSetting(cacheProblem);
const urlProblem = siteUrlProblem();
if (urlProblem) stopOnSetting(urlProblem);
const logProblem = logLevelProblem(process.env[logLevelVariable]);
if (logProblem) stopOnSetting(logProblem);
// A deployer's public/_headers is published with the build's own rule after it: a clash is known before rendering.
const headerProblems = projectHeadersProblems(projectRoot);
if (headerProblems.length > 0) {
  console.error(
    `\nThe build stopped: ${headerProblems.length} problem${headerProblems.length === 1 ? '' : 's'} in public/_headers.\n`,
  );
  for (const problem of headerProblems) console.error(`  ${problem}`);
  console.error(`\n${nothingWritten(projectRoot)}`);
  process.exit(1);
}
// `npm run dev` holds the Astro lock for as long as it runs (scripts/dev.mjs): waiting for it could last all day.
const astroLock = astroLockDir(projectRoot);
const devServer = lockHolder(astroLock);
if (devServer?.role === 'dev') {
  stopOnSetting(
    `npm run dev is running for this project (process ${devServer.pid}); the dev server and a build write the same files (Astro's .astro/ folder) and would break each other's work. Stop the dev server (Ctrl+C in its terminal), then build again`,
  );
}

// Node runs no signal handler while it loads this module and Astro (synchronously, 1.2 to 1.5 s): a signal that came
// meanwhile is heard here, before anything is written, by the handlers of scripts/build.mjs (src/build/exit.mjs).
await new Promise((resolve) => setImmediate(resolve));

// A build whose caller has gone (npm stopped alone, the terminal closed) stops without publishing, removing its own
// staging folder; Astro's folder and the lock are left for the next build, as a killed build leaves them.
let staging: string | undefined;
const caller = watchCaller((why, status, signal) => {
  console.error(`\nThe build stopped: ${why}.`);
  if (staging) {
    try {
      discard(staging);
    } catch (cleanup) {
      console.error(`(the build's folder ${staging} could not be removed: ${(cleanup as Error).message})`);
    }
  }
  console.error(`\nNothing was published; ${unchanged}.`);
  // Not process.exit alone: stopped while Astro compiles, Node's exit can hang for good, holding the Astro lock
  // (src/build/exit.mjs). A signal ends it as that signal; a caller that has gone, with a watchdog.
  if (signal) endBySignal(signal);
  exitWithin(status);
});
// Until now scripts/build.mjs said why on a signal, with nothing written (src/build/exit.mjs, stopWhileStarting).
handOverSignals();

// One moment for the whole build, Astro's part included (see pinBuildTime).
let now: Date;
try {
  now = pinBuildTime();
} catch (error) {
  stopOnSetting((error as Error).message);
}
// What stopped builds left beside the output folder, before the content checks: a build stopped between publishing's
// two renames left no site at all, and a build that stops on the content must leave the site in place, as it says.
// Folders of builds still running are theirs (src/build/publish.ts).
const abandoned = removeAbandonedStaging(target);
if (abandoned.length > 0) log(`removed ${abandoned.join(', ')}: left beside ${target} by builds that were stopped`);
for (const line of recoverAbandonedPublish(target)) log(line);
const preview = isPreview();
const { project, errors, notes } = validateProject(contentRoot, now, preview);
if (errors.length > 0) {
  // Not always the content's: a dictionary's, src/site.config.ts's (src/build/problem-place.mjs).
  console.error(`\nThe build stopped: ${problemsHeading(errors.map((error) => error.file))}.\n`);
  for (const error of errors) console.error(`  ${error.message}`);
  console.error(`\n${nothingWritten(projectRoot)}`);
  process.exit(1);
}
log(
  contentSummary(
    {
      stories: project.stories.length,
      cases: project.cases.length,
      datasets: project.datasets.size,
      sources: project.sources.size,
    },
    preview,
  ),
);
for (const note of notes) log(`note: ${note.message}`);

// The sitemap filter (astro.config.mjs) needs the same content: it need not read it all again.
shareValidatedProject(project);

const outDir = stagingDir(target);
staging = outDir;
// Sites earlier builds replaced are removed beside Astro's work (src/build/publish.ts, retire).
const retiredDir = resolve(projectRoot, 'node_modules/.cache/casefile/replaced-sites');
const clearing = clearRetired(retiredDir).catch((error: unknown) =>
  log(`replaced sites not removed: ${(error as Error).message}`),
);
// Pagefind and html-validate take each page as Astro renders it (src/build/rendered-pages.ts).
const rendered = new PageFeed({ htmlCacheDir: htmlCacheDir(projectRoot) });
installPageSink(rendered.receive);
// After an edit of some stories' text, the published pages expected to come out the same go to Pagefind while
// Astro bundles (src/build/search-ahead.ts); the search index step checks them against what Astro wrote.
const record = contentRecord(project, now, preview);
// Not in the search index cache's folder, which that cache replaces whole.
const recordDir = pageFactsDir(projectRoot, 'search-ahead');
const ahead = indexAhead(rendered.search, target, record, recordDir);
if (ahead.pages.length > 0)
  log(
    `search index: ${ahead.pages.length} published pages handed to Pagefind ahead of Astro (the text of ${ahead.changed} entr${ahead.changed === 1 ? 'y' : 'ies'} changed)`,
  );
// After any other change (a publish, a title edit, an embargo passing), the published pages whose cache keys are
// unchanged go to Pagefind once Astro has run every getStaticPaths(): Astro will copy them (src/build/search-ahead.ts).
const keysBefore = readKeyRecord(recordDir, target);
const keysNow: KeyRecord = { code: codeDigest(projectRoot, site.url), keys: {} };
/** Whether Astro may copy pages in this build: not when it has no manifest, or its cache was discarded (astro-cache.ts). */
let astroCopies = false;
installKeySink((keys) => {
  keysNow.keys = Object.fromEntries(keys);
  if (!astroCopies) return;
  const handed = indexAheadByKeys(rendered.search, target, keysBefore, keysNow, new Set(ahead.pages));
  if (handed > 0)
    log(
      `search index: ${handed}${ahead.pages.length > 0 ? ' more' : ''} published page${handed === 1 ? '' : 's'} handed to Pagefind as Astro began generating (their cache keys are unchanged since they were published)`,
    );
});
// The post-build steps and the cache folders' owners load html-validate, sharp and Pagefind's client: loading
// them while Astro starts, rather than before it, keeps ~0.4 s of a warm build off the clock.
const later = Promise.all([
  import('./steps.ts'),
  import('./output-memo.ts'),
  import('./checks/page-scan.ts'),
  import('../charts/cache.ts'),
  import('../lib/social-card-cache-dir.ts'),
]);
// Should the build fail before they are awaited, their failure (if any) must not end the process unreported.
later.catch(() => {});
let failed = false;
/** The content errors Astro logged while it rendered, when its phase failed: the report prints them all. */
let renderErrors: string[] = [];
/** Astro's phase failed: its folder is this build's to remove, and the lock is held until the process ends. */
let astroFailed = false;
/** The sites this build replaced (usually one), removed once the new one is in place. */
let previous: string[] = [];
const astroOut = astroOutDir(target, projectRoot);
try {
  await withLock(
    astroLock,
    async () => {
      try {
        discard(astroOut);
        const logLevel = (process.env[logLevelVariable] ?? defaultLogLevel) as 'warn';
        // The pages read it from the environment when they run (src/build/astro-log-level.ts): the same level even
        // when a .env file Astro loads names another.
        process.env[logLevelVariable] = logLevel;
        // A preview's own folder (src/build/astro-cache.ts), named to astro.config.mjs through the variable it reads.
        const astroCache = astroCacheDir(projectRoot, preview);
        process.env.CASEFILE_CACHE_DIR = astroCache;
        if (forgetEntriesOnSchemaChange(projectRoot, astroCache))
          log('content schemas changed since the last build: every entry is read again');
        // Until Astro has finished, the pages it writes into its cache have no manifest to match them: the cache is
        // recorded as trusted only after, and the next build discards an untrusted cache's pages rather than copy them.
        const discarded = beginAstroBuild(astroCache);
        if (discarded) log(discardedNote(discarded));
        astroCopies = astroCanCopy(astroCache);
        // Astro's own lines about an editor's mistake are held back: the report prints each once, formatted.
        const held = holdContentErrors();
        let built = false;
        try {
          await build({ root: projectRoot, outDir: astroOut, logLevel });
          built = true;
        } finally {
          const { messages, lines } = held.release();
          // Lines of a build that went on after them are printed as Astro wrote them; a failed one's, by the report.
          if (built) for (const line of lines) process.stderr.write(line);
          else renderErrors = messages;
        }
        finishAstroBuild(astroCache);
        moveInto(astroOut, outDir);
        placeErrorPages(outDir);
      } catch (error) {
        astroFailed = true;
        throw error;
      }
    },
    (waitedMs) => {
      const holder = lockHolder(astroLock);
      if (waitedMs > 0) {
        // A build that is stuck is waited for for good: said again every minute, with the process to look at.
        log(
          `still waiting for ${holder ? `process ${holder.pid}` : 'the lock'} after ${Math.round(waitedMs / 60_000)} min${holder ? `; if it is stuck, stopping it (kill ${holder.pid}) lets this build go on` : ''}`,
        );
        return;
      }
      log(
        holder?.role === 'dev'
          ? 'npm run dev started for this project: waiting for it to stop (Ctrl+C in its terminal)'
          : `another build of this project${holder ? ` (process ${holder.pid})` : ''} is running Astro: waiting for it`,
      );
    },
    // Astro's page queue goes on writing into its folder after a failure: no other build may take the folder until
    // this process has ended.
    { holdOnFailure: true },
  );
  installPageSink(undefined);
  installKeySink(undefined);
  const [{ runPostBuildSteps }, { OutputMemo, outputFiles, checksSalt }] = await later;
  // Astro copies public/ whole: a file of it that only drafts and embargoed pages use is taken out before the checks,
  // which then search the output for its address (src/build/withheld-public.ts, src/build/checks/leaks.ts).
  if (!preview) {
    const withheldFiles = withheldPublicFiles(
      project,
      now,
      resolve(projectRoot, 'public'),
      resolve(projectRoot, 'src'),
    );
    if (withheldFiles.length > 0) {
      removeFromOutput(outDir, withheldFiles);
      log(
        `public files: ${withheldFiles.length} withheld, used only by drafts or embargoed pages (${withheldFiles.map((file) => `public/${file}`).join(', ')})`,
      );
    }
  }
  // Every file Astro wrote, read once: checks that passed on byte-identical output are not run again
  // (src/build/output-memo.ts), and the steps comparing pages with what Astro handed over take their hashes from here.
  const output = outputFiles(outDir);
  rendered.useHashesOnDisk(output.hashes);
  const copied = [...output.hashes.keys()].filter((file) => file.endsWith('.html')).length - rendered.pages;
  log(
    `pages: ${rendered.pages} rendered, ${copied} unchanged since the last build (copied from Astro's incremental cache)`,
  );
  const memo = new OutputMemo(
    pageFactsDir(projectRoot, 'output-checks'),
    checksSalt(projectRoot, site, preview),
    output.digest,
  );
  await runPostBuildSteps({
    root: projectRoot,
    outDir,
    project,
    now,
    preview,
    log,
    rendered,
    memo,
    outputHashes: output.hashes,
  });
  // Last before the swap, once no step writes into the staging folder: a file the same as the published one keeps its
  // modification time, so a sync by size and time (aws s3 sync, rsync -a) uploads only what changed.
  // Loaded here, as the steps are (it lists files with their leak check's helper).
  const { keepUnchangedTimes, keptTimesLine } = await import('./keep-times.ts');
  const timing = performance.now();
  const times = keepUnchangedTimes(outDir, target);
  const timesLine = keptTimesLine(times, performance.now() - timing);
  if (timesLine) log(timesLine);
  // A signal that came during the steps' last stretch stops the build here, publishing nothing (src/build/exit.mjs).
  previous = await publishUnlessStopped(
    caller,
    () => publish(outDir, target),
    isRehearsal() ? 'passed every check (a rehearsal publishes nothing)' : `published ${target}`,
  );
  // What the published site was built from, for the next build's indexing ahead; without it, that build indexes after Astro.
  // A rehearsal's folder is thrown away: no build reads its record.
  try {
    if (!isRehearsal()) {
      writeRecord(recordDir, target, record);
      writeKeyRecord(recordDir, target, keysNow);
    }
  } catch (error) {
    log(`search index: no record of this build kept (${(error as Error).message})`);
  }
} catch (error) {
  failed = true;
  installPageSink(undefined);
  installKeySink(undefined);
  reportFailure(error, renderErrors, { target, projectRoot });
} finally {
  // Stopping the workers and Pagefind's process cannot undo a publish: a failure here is reported, not fatal. After a
  // failure in Astro's phase this process holds the Astro lock until it ends, so the wait is bounded.
  const stopped = rendered.dispose().then(
    () => true,
    (error: unknown) => {
      console.error(`(stopping the build's helpers: ${(error as Error).message})`);
      return true;
    },
  );
  const limit = new Promise<false>((resolve) => setTimeout(resolve, 30_000, false).unref());
  if (!(await Promise.race([stopped, limit]))) console.error("(the build's helpers did not stop within 30 s)");
}
caller.stop();
if (failed) {
  // Astro stops waiting at a page's error, but its queue goes on rendering and writing the other pages into its
  // folder until the process ends: the folders are removed last, with nothing run between that and the exit but the
  // removal itself (Astro's twice, for a folder an already started write may have created again). Once Astro has
  // finished, its folder belongs to the next build that holds the lock.
  const folders = astroFailed ? [astroOut, outDir, astroOut] : [outDir];
  for (const folder of folders) {
    try {
      discard(folder);
    } catch (cleanup) {
      console.error(`(the build's folder ${folder} could not be removed: ${(cleanup as Error).message})`);
    }
  }
  console.error(`\nNothing was published; ${unchanged}.`);
  // Astro may still be compiling: Node's exit can then hang for good, holding the Astro lock (src/build/exit.mjs).
  exitWithin(1);
}
// The site is published: neither retiring the one it replaced nor pruning the caches can undo that, so a failure of
// either is reported and costs only disk space.
for (const old of previous) {
  await retire(old, retiredDir).catch((error: unknown) =>
    log(`the previous site at ${old} could not be removed: ${(error as Error).message}`),
  );
}
try {
  const [, , { pageFactsRoot }, { chartCacheDir }, { cardCacheDir }] = await later;
  // Node does not mark a compile cache entry it reads as used: an entry is compiled and written again once a month.
  const compiled = compileCacheInUse();
  const caches = [
    chartCacheDir(),
    cardCacheDir(),
    htmlCacheDir(projectRoot),
    pageFactsRoot(projectRoot),
    ...(compiled ? [compiled] : []),
  ];
  const pruned = pruneCaches(caches, cacheRetentionDays, Date.now(), pruneIntervalMs);
  if (pruned.files > 0) {
    log(
      `caches: removed ${pruned.files} entries no build used for ${cacheRetentionDays} days (${(pruned.bytes / 1e6).toFixed(1)} MB)`,
    );
  }
} catch (error) {
  log(`caches: not pruned (${(error as Error).message})`);
}
await clearing;
// The address it was built for: a site below a folder (/repo/) works only there.
const took = `${((performance.now() - started) / 1000).toFixed(1)} s`;
log(
  isRehearsal()
    ? `rehearsal: the build at ${writtenMoment(now)} passed every check in ${took}; its folder is removed, nothing is published`
    : `built ${target} for ${site.url} in ${took}`,
);
// When the next embargo lifts, for whoever schedules builds; only the build's log names embargoed files.
const embargoes = preview ? undefined : embargoNote([...project.stories, ...project.cases], now);
if (embargoes) {
  log(embargoes);
  // The build that lifts an embargo is the first to render its pages: what would stop it can be known now.
  if (!isRehearsal())
    log(
      'embargo: npm run rehearse runs the builds that lift embargoes now, publishing nothing, to show what would stop them',
    );
}
// A CASEFILE_NOW ahead of the clock publishes embargoed pages early: said, with the moment to deploy from.
// A rehearsal (npm run rehearse) is ahead on purpose, and its output is thrown away.
const early =
  preview || isRehearsal()
    ? undefined
    : aheadOfClockNote([...project.stories, ...project.cases], now, new Date(started + performance.timeOrigin));
if (early) log(`note: ${early}`);
// Behind it (a CASEFILE_NOW left in a deploy's settings), it holds back pages the clock would publish, for good.
const late =
  preview || isRehearsal()
    ? undefined
    : behindClockNote([...project.stories, ...project.cases], now, new Date(started + performance.timeOrigin));
if (late) log(`note: ${late}`);
for (const line of notesRecap(notes)) log(line);
if (preview)
  log(
    `preview: drafts and embargoed pages included, for reading only (npm run serve -- ${relative(projectRoot, target) || '.'}); never deploy it`,
  );
const urlWarning = siteUrlWarning();
if (urlWarning) log(`note: ${urlWarning}`);
// Not Node's own end: a signal in its teardown ended a published build 143, without a word (src/build/exit.mjs).
await exitBuilt();
