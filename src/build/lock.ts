/**
 * A lock between processes building this project at the same time (tests, benchmarks, an editor's build). Astro
 * writes its content store through fixed temporary names in `<root>/.astro/`, which cannot be moved, so two
 * concurrent Astro builds of one project corrupt each other's writes. Only that phase is serialised.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Runs `work` holding the lock at `dir` (created atomically with mkdir; taken over if its holder has died).
 * `holdOnFailure`: when `work` fails, the lock is kept until this process exits, for work that may go on writing after
 * its promise has rejected (Astro's page queue does), so that the next holder never finds those writes in its way.
 */
export async function withLock<T>(
  dir: string,
  work: () => Promise<T>,
  onWait?: () => void,
  { holdOnFailure = false }: { holdOnFailure?: boolean } = {},
): Promise<T> {
  const owner = join(dir, 'pid');
  let waited = false;
  mkdirSync(dirname(dir), { recursive: true });
  for (;;) {
    try {
      mkdirSync(dir, { recursive: false });
      writeFileSync(owner, String(process.pid));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      let holder = Number.NaN;
      try {
        holder = Number(readFileSync(owner, 'utf8'));
      } catch {
        // The holder is between mkdir and writing its pid: wait for it.
      }
      if (Number.isInteger(holder) && holder > 0 && !alive(holder)) {
        rmSync(dir, { recursive: true, force: true });
        continue;
      }
      if (!waited) onWait?.();
      waited = true;
      await sleep(200);
    }
  }
  const release = () => rmSync(dir, { recursive: true, force: true });
  let done = false;
  try {
    const result = await work();
    done = true;
    return result;
  } finally {
    if (done || !holdOnFailure) release();
    else process.once('exit', release);
  }
}
