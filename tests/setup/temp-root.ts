/**
 * Every temporary folder the tests make goes under one folder for the run, removed when the run ends: the tests
 * take theirs from `os.tmpdir()`, which reads TMPDIR, set to that folder for the test workers (vitest.config.ts) and
 * inherited by the builds they start. Without it each run left hundreds of sites, caches and outputs behind in /tmp
 * (gigabytes on a machine that runs the suite often).
 *
 * A run stopped by Ctrl+C or SIGTERM removes it too: vitest then ends its process with process.exit(), skipping the
 * global teardowns, so the folder is also removed on the process's way out. A run killed outright (SIGKILL) leaves
 * it; the next run removes those of runs whose process is gone.
 */
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export const tempRootPrefix = 'casefile-tests-';

/** The folder for the run of process `pid`, in `parent`. */
export function tempRootFor(parent: string, pid: number): string {
  return join(parent, `${tempRootPrefix}${pid}`);
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes the folders in `parent` left by runs whose process no longer runs; returns their names. */
export function removeAbandonedTempRoots(parent: string): string[] {
  const abandoned = readdirSync(parent).filter((name) => {
    const pid = Number(name.slice(tempRootPrefix.length));
    return name.startsWith(tempRootPrefix) && Number.isInteger(pid) && pid > 0 && pid !== process.pid && !running(pid);
  });
  for (const name of abandoned) rmSync(join(parent, name), { recursive: true, force: true });
  return abandoned;
}

export default function setup(): () => void {
  const root = process.env.CASEFILE_TEST_TMP;
  if (!root) throw new Error('tests/setup/temp-root.ts: CASEFILE_TEST_TMP is not set (vitest.config.ts sets it)');
  if (!basename(root).startsWith(tempRootPrefix))
    throw new Error(`tests/setup/temp-root.ts: unexpected folder ${root}`);
  removeAbandonedTempRoots(dirname(root));
  mkdirSync(root, { recursive: true });
  const remove = () => rmSync(root, { recursive: true, force: true, maxRetries: 3 });
  const removeOnExit = () => {
    try {
      remove();
    } catch {
      // A build of the stopped run may still be writing into it as it ends: the next run removes what is left.
    }
  };
  process.once('exit', removeOnExit);
  return () => {
    process.off('exit', removeOnExit);
    remove();
  };
}
