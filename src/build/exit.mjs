// @ts-check
/**
 * Ending a build, above all one that stops part-way. Node's own exit (process.exit, and the end of the event loop)
 * first shuts down its platform, joining V8's worker threads; a worker parked in a concurrent compile job, waiting for
 * a garbage collection that only the exiting main thread could run, never joins, and the process hangs for good
 * (nodejs/node#54918, open). A build stopped while Astro runs has compile jobs in flight: CI caught one stopped by
 * SIGTERM hanging for good, alive, holding the Astro lock, so that every later build of the project waited for it.
 *
 * JavaScript, as is scripts/build.mjs that starts the watchdog before anything else is loaded (see watchExit).
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

/**
 * Ends this process by `signal` itself, as a process that does not handle it ends: at once, without Node's shutdown,
 * its parent seeing it killed by that signal (a shell reports 128 + its number, 143 for SIGTERM). Called once the
 * build has said why it stops and removed what it must.
 * @param {NodeJS.Signals} signal
 * @returns {never}
 */
export function endBySignal(signal) {
  process.removeAllListeners(signal);
  process.kill(process.pid, signal);
  // The signal is delivered before kill returns to a process sending it to itself; should it not be, the usual exit.
  const stop = /** @type {Record<string, { status: number } | undefined>} */ (signalStops)[signal];
  return exitWithin(stop?.status ?? 128, 10_000);
}

/**
 * Why a build stops on each signal it handles, in its "The build stopped: ..." line, and the status a shell reports for
 * a process that signal ended (128 + its number). One list for the handlers of scripts/build.mjs (stopWhileStarting)
 * and of src/build/main.ts (src/build/caller-gone.ts).
 * @type {Record<'SIGHUP' | 'SIGINT' | 'SIGTERM', { why: string, status: number }>}
 */
export const signalStops = {
  SIGHUP: { why: 'its terminal was closed (SIGHUP)', status: 129 },
  SIGINT: { why: 'it was interrupted (Ctrl+C, SIGINT)', status: 130 },
  SIGTERM: { why: 'it was asked to end (SIGTERM)', status: 143 },
};

/** The handlers of stopWhileStarting, until handOverSignals removes them. @type {Map<NodeJS.Signals, () => void>} */
const starting = new Map();

/**
 * Says why the build stopped when a signal comes while it starts, and ends it by that signal. src/build/main.ts has its
 * own handlers (src/build/caller-gone.ts) only once it and Astro are loaded, 1.2 to 1.5 s into a warm build (2.5 s
 * cold): before them a signal ended `npm run build` without a word, and a deployer saw nothing. Node runs no handler
 * while it loads modules (synchronously): main.ts lets a signal that came meanwhile be heard before installing its own,
 * and until then the build has only read its settings: nothing is written, the Astro lock is not taken, no staging
 * folder exists. Called first thing by scripts/build.mjs; the first ~70 ms, Node's own start, are beyond any handler.
 * Its last line is every early stop's (src/build/nothing-written.ts), naming the output folder of the project at `root`.
 * @param {string} root
 */
export function stopWhileStarting(root) {
  for (const [signal, { why }] of /** @type {[NodeJS.Signals, { why: string }][]} */ (Object.entries(signalStops))) {
    const handler = () => {
      // Loaded only now: a TypeScript module loaded at the start would load Node's type stripper in every build
      // (137 ms), before the compile cache is on (src/build/compile-cache.mjs).
      const { nothingWritten } = createRequire(import.meta.url)('./nothing-written.ts');
      process.stderr.write(`\nThe build stopped: ${why}, while it was starting.\n\n${nothingWritten(root)}\n`);
      endBySignal(signal);
    };
    starting.set(signal, handler);
    process.on(signal, handler);
  }
}

/** Removes the handlers of stopWhileStarting: src/build/main.ts calls it once its own are in place. */
export function handOverSignals() {
  for (const [signal, handler] of starting) process.off(signal, handler);
  starting.clear();
}

/**
 * Says what a signal that comes after publishing leaves, and ends the build by that signal: the site is out, and what
 * remains (removing the site it replaced, pruning the caches, the closing notes) only tidies. The build's own handlers
 * (src/build/caller-gone.ts) stop at publishing, since nothing can then be unpublished; without these a signal in the
 * last moments ended `npm run build` without a word, and a deployer could not tell whether the site had gone out.
 * `done` says what the build did: "published dist", or a rehearsal's "passed every check".
 * @param {string} done
 */
export function stopAfterPublishing(done) {
  for (const [signal, { why }] of /** @type {[NodeJS.Signals, { why: string }][]} */ (Object.entries(signalStops))) {
    process.on(signal, () => {
      process.stderr.write(
        `\nThe build stopped: ${why}, after it had ${done}. The next build removes what it left (the site it replaced, old cache entries).\n`,
      );
      endBySignal(signal);
    });
  }
}

/**
 * Publishes the site unless a signal has come to stop the build, and from then on says that the site is out on any
 * signal (stopAfterPublishing). `watch` is the build's caller watch (src/build/caller-gone.ts), whose handlers stop it
 * without publishing; `publishSite` swaps the site in (src/build/publish.ts); `done` says what that did.
 *
 * Node runs a signal's handlers only when its event loop turns, and the build's last steps before publishing (the
 * modification times of a whole site, the swap) run without a pause: a SIGTERM that came then was heard only after
 * publishing. By then the watch's handlers were gone and those of stopAfterPublishing not yet in place, and Node,
 * listening for the signal no more for that moment, dropped it: the build published and ended 0, without a word,
 * though asked to stop before (a Ctrl+C during the demo's last 30 to 50 ms, longer on a larger site). The loop now
 * turns once before the swap, so that a signal come by then stops the build with nothing published, and the handlers
 * that say the site is out are in place before the watch's are removed, so that one heard after the swap (come during
 * it, or during that turn) is said, not lost.
 * @template T
 * @param {{ check(): void, stop(): void }} watch
 * @param {() => T} publishSite
 * @param {string} done
 * @returns {Promise<T>}
 */
export async function publishUnlessStopped(watch, publishSite, done) {
  await new Promise((resolve) => setImmediate(resolve));
  watch.check();
  const published = publishSite();
  stopAfterPublishing(done);
  watch.stop();
  return published;
}

/**
 * Ends a build that has said all it had to (its "built" line and notes) with status 0, once its output is written:
 * by process.exit, with the watchdog of watchExit. Node's own end of a process whose work is done first closes its
 * signal handlers, then tears down V8's heap and threads: a SIGTERM then ended the build by that signal (a shell's
 * 143), without a word, though the site was published and the build had said so. process.exit leaves the handlers
 * installed to the end, where no JavaScript runs: a signal then is lost, and the status is the 0 the build announced.
 * @returns {Promise<never>}
 */
export async function exitBuilt() {
  for (const stream of [process.stdout, process.stderr]) {
    await new Promise((written) => stream.write('', () => written(undefined)));
  }
  return exitWithin(0);
}

/**
 * Guards every later exit of this process, however it comes (process.exit, or the end of its work): should an exit
 * not complete within `ms` (the deadlock above), a watchdog ends this process with SIGKILL. A build that has published
 * can hang there too, rarely, with a compile job still in flight: the site is out, but `npm run build` would never
 * return to the deploy step waiting for it.
 *
 * The watchdog is a small shell, started first thing by scripts/build.mjs, while this process is small: started as
 * the exit begins, it cost a fork of the whole build (163 ms measured at the end of a demo build, 786 MB resident).
 * It waits on a pipe whose
 * other end only this process holds: a line says the exit has begun; the pipe closing says the process has gone
 * (however it ended, signals included), and the watchdog ends too, so it can never kill another process that took
 * this one's number. Its listener goes first, before any 'exit' handler that could itself block.
 *
 * A build killed so ends 137 even when its work was done: a deploy step then saw a failure though the site was out.
 * The status stays 137 (a hung exit is not a success, and only a process that outlives the build could report another),
 * but the watchdog says, on the build's stderr, the status the build was ending with and, for 0, that its work was done.
 * @param {number} [ms]
 */
export function watchExit(ms = 10_000) {
  if (watchdog) return;
  try {
    const seconds = (ms / 1000).toFixed(3);
    // What it says as it kills, on the build's stderr: the status the build was ending with (a shell reports 137
    // instead), and for 0, that its work was done.
    const hung = `its exit did not complete within ${Number(seconds)} s and the build was ended (SIGKILL, status 137): Node's own exit hung (nodejs/node#54918)`;
    const said = [
      `\nThe build had done its work and was ending with status 0, but ${hung}. The lines above say what it did: a site they say it published is out, whole.\n`,
      `\nThe build was ending with status %s, but ${hung}. The lines above say why it stopped.\n`,
    ];
    // Without `timeout` (not Linux's coreutils), no watchdog: it would otherwise kill at once.
    const script = `command -v timeout >/dev/null 2>&1 || exit 0; read word status || exit 0; timeout ${seconds} cat >/dev/null || { if [ "$status" = 0 ]; then printf "$1" >&2; else printf "$2" "$status" >&2; fi; kill -9 ${process.pid}; }`;
    const child = spawn('/bin/sh', ['-c', script, 'casefile-exit-watchdog', ...said], {
      detached: true,
      stdio: ['pipe', 'ignore', 'inherit'],
    });
    child.on('error', () => {});
    const pipe = /** @type {import('node:net').Socket} */ (child.stdin);
    pipe.on('error', () => {});
    // Neither the watchdog nor its pipe keeps this process running.
    child.unref();
    pipe.unref();
    process.prependOnceListener('exit', (status) => pipe.write(`exit ${status}\n`));
    watchdog = child;
  } catch {
    // No shell to start: the usual exit.
  }
}

/** @type {import('node:child_process').ChildProcess | undefined} */
let watchdog;

/**
 * process.exit(status), with the watchdog of watchExit.
 * @param {number} status
 * @param {number} [ms]
 * @returns {never}
 */
export function exitWithin(status, ms = 10_000) {
  watchExit(ms);
  process.exit(status);
}
