/**
 * Stops a build nobody waits for any more. `npm run build` runs `sh -c "node scripts/build.mjs"`: a SIGTERM sent to
 * npm alone (a CI runner's timeout, a process manager) ends npm and its shell, npm reports failure (exit 143), and the
 * build, adopted by another process, went on and published the site a minute later. Neither does a build whose
 * terminal was closed (SIGHUP) publish: the user saw it stop. Ctrl+C (SIGINT) and SIGTERM ended the build at once,
 * silently, leaving its staging folder for the next build to remove: now they stop it the same way, saying so.
 *
 * A parent that has gone shows as a changed parent pid: on Linux an orphan is adopted by init or by the nearest
 * subreaper, on macOS by launchd. Node has no event for it, so the parent pid is read a few times a second (a
 * system call), and once more just before publishing.
 */
import { signalStops } from './exit.mjs';

export interface CallerWatch {
  /** Stops the build now if its parent has gone (for the moment before publishing, when no timer may be due yet). */
  check(): void;
  /** Stops watching: once the site is published, a stop would no longer mean "nothing published". */
  stop(): void;
}

/**
 * Calls `onGone` once, with why and the exit status to use, when this process's parent changes or it receives SIGHUP,
 * SIGINT or SIGTERM; `onGone` is expected to end the process.
 *
 * A signal sent to the whole process group (a CI runner's timeout, `kill -TERM -<pgid>`, a terminal's Ctrl+C) ends the
 * parent too: a parent found gone by the timer waits `graceMs` for a signal, which then names the cause (4 of 7 such
 * stops said "the process that started it has ended" instead). The check before publishing does not wait.
 */
export function watchCaller(
  onGone: (why: string, status: number, signal?: NodeJS.Signals) => void,
  intervalMs = 250,
  graceMs = 100,
): CallerWatch {
  const parent = process.ppid;
  let done = false;
  const gone = (why: string, status: number, signal?: NodeJS.Signals) => {
    if (done) return;
    done = true;
    onGone(why, status, signal);
  };
  const orphaned = () => gone(`the process that started it (${parent}) has ended, so nobody waits for its result`, 1);
  const check = () => {
    if (process.ppid !== parent) orphaned();
  };
  // Said as scripts/build.mjs says it before these handlers are in place (src/build/exit.mjs).
  const signals = Object.fromEntries(
    Object.entries(signalStops).map(([signal, { why, status }]) => [
      signal,
      () => gone(why, status, signal as NodeJS.Signals),
    ]),
  );
  const timer = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(timer);
    setTimeout(orphaned, graceMs);
  }, intervalMs).unref();
  for (const [signal, handler] of Object.entries(signals)) process.on(signal, handler);
  return {
    check,
    stop() {
      done = true;
      clearInterval(timer);
      for (const [signal, handler] of Object.entries(signals)) process.off(signal, handler);
    },
  };
}
