/** Whether a process runs, for the build's locks and the folders a build in progress still writes. */

/** Whether a process with this id runs (EPERM: it does, under another user). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
