/**
 * Ending a build that stops part-way. Node's own exit (process.exit, and the end of the event loop) first shuts down
 * its platform, joining V8's worker threads; a worker parked in a concurrent compile job, waiting for a garbage
 * collection that only the exiting main thread could run, never joins, and the process hangs for good
 * (nodejs/node#54918, open). A build stopped while Astro runs has compile jobs in flight: CI caught one stopped by
 * SIGTERM hanging for good, alive, holding the Astro lock, so that every later build of the project waited for it.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

/**
 * Ends this process by `signal` itself, as a process that does not handle it ends: at once, without Node's shutdown,
 * its parent seeing it killed by that signal (a shell reports 128 + its number, 143 for SIGTERM). Called once the
 * build has said why it stops and removed what it must.
 */
export function endBySignal(signal: NodeJS.Signals): never {
  process.removeAllListeners(signal);
  process.kill(process.pid, signal);
  // The signal is delivered before kill returns to a process sending it to itself; should it not be, the usual exit.
  return exitWithin(128 + ({ SIGHUP: 1, SIGINT: 2, SIGTERM: 15 } as Record<string, number>)[signal]!, 10_000);
}

/**
 * process.exit(status), with a watchdog: a detached process that ends this one with SIGKILL should its exit not have
 * completed within `ms` (the deadlock above). The watchdog checks that the process it watches is still this one (its
 * start time), not another that took its number.
 */
export function exitWithin(status: number, ms = 10_000): never {
  try {
    const watched = startTime(process.pid);
    const script = `setTimeout(() => { try { const s = require('node:fs').readFileSync('/proc/${process.pid}/stat', 'utf8'); if (s.slice(s.lastIndexOf(')') + 2).split(' ')[19] === ${JSON.stringify(watched ?? '')}) process.kill(${process.pid}, 'SIGKILL'); } catch {} }, ${ms});`;
    if (watched) spawn(process.execPath, ['-e', script], { detached: true, stdio: 'ignore' }).unref();
  } catch {
    // Without a watchdog (no /proc: not Linux), the usual exit.
  }
  process.exit(status);
}

/** A process's start time in clock ticks since boot (the 22nd field of /proc/<pid>/stat), or undefined without /proc. */
function startTime(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}
