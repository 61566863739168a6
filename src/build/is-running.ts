/** Whether a process runs, for the build's locks and the folders a build in progress still writes. */
import { readFileSync } from 'node:fs';

/**
 * Whether a process with this id runs (EPERM: it does, under another user). A build killed while its parent does not
 * wait for it (a container's first process that reaps no orphan) stays in the process table as a zombie, which still
 * answers: its folders, a whole site moved aside among them, were kept, and its locks held, for as long as it stayed.
 */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  return !hasEnded(pid);
}

/** Whether the process `pid` has ended and only waits to be reaped (Linux's /proc; elsewhere, unknown: false). */
function hasEnded(pid: number): boolean {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return false;
  }
  // "<pid> (<name>) <state> ...": the name may hold spaces and parentheses, the state follows the last ")".
  return /^\s*[ZX]\b/.test(stat.slice(stat.lastIndexOf(')') + 1));
}
