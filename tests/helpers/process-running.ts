/**
 * Whether a process still runs, for tests that wait for one that is not their child to end (an orphaned build, a dev
 * server whose npm was killed). `kill(pid, 0)` cannot tell: it succeeds on a process that has ended but that its
 * parent has not reaped yet (a zombie), and an orphan's new parent may take its time, or never reap it.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { procfs } from './procfs.ts';

/**
 * The one-letter state of process `pid` (`R`, `S`, `Z` for a zombie…), or undefined when there is no such process:
 * read from /proc where there is one (`procfs` says; tests set it to use `ps` on Linux too), else from
 * `ps -o stat=`, as on macOS.
 */
export function processState(pid: number, options: { procfs?: boolean } = {}): string | undefined {
  if (options.procfs ?? procfs) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // The state follows the command name, which is in parentheses and may hold spaces and parentheses itself.
      return stat.slice(stat.lastIndexOf(')') + 2)[0];
    } catch {
      return undefined;
    }
  }
  const ps = spawnSync('ps', ['-o', 'stat=', '-p', String(pid)], { encoding: 'utf8' });
  if (ps.error)
    throw new Error(`cannot tell whether process ${pid} runs: no /proc, and ps did not run (${ps.error.message})`);
  // ps exits with 1, printing nothing, when there is no such process.
  return ps.status === 0 ? ps.stdout.trim()[0] : undefined;
}

/** Whether process `pid` still runs: it exists and is not a zombie (see `processState` for `procfs`). */
export function processRunning(pid: number, options: { procfs?: boolean } = {}): boolean {
  const state = processState(pid, options);
  return state !== undefined && state !== 'Z';
}
