/**
 * A lock between processes building this project at the same time (tests, benchmarks, an editor's build). Astro
 * writes its content store through fixed temporary names in `<root>/.astro/`, which cannot be moved, so two
 * concurrent Astro builds of one project corrupt each other's writes. Only that phase is serialised.
 *
 * The lock is a folder (mkdir is atomic) with a file naming its holder. A holder that was killed leaves the folder
 * behind, and its pid alone cannot say it is gone: pids are reused, and in a container that keeps `node_modules/.cache`
 * between runs the next build often gets the very same small pid. So the holder is named by its pid and the moment
 * the system started that process (Linux's /proc; elsewhere the pid alone). Several builds may find the same stale
 * lock at once: only one at a time may judge and remove it (see takeOver), so that none removes a lock another has
 * just taken.
 *
 * `npm run dev` holds the same lock while its server runs (scripts/dev.mjs): Astro's dev server writes `.astro/` too
 * (its content modules, whose list of entries it computes once at start). The holder's file then names it a dev
 * server (`role`), so that a build can say so and stop instead of waiting, for as long as the editor previews, for a
 * lock it cannot get.
 */
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { isRunning } from './is-running.ts';

/**
 * The lock of Astro's phase in the project at `projectRoot`, which builds and `npm run dev` (as a dev server) hold
 * (src/build/main.ts, scripts/dev.mjs).
 */
export function astroLockDir(projectRoot: string): string {
  return resolve(projectRoot, 'node_modules/.cache/casefile/astro-build.lock');
}

/** How long a lock folder may stay without its holder's name before it counts as left by a build killed in between. */
export const unnamedLockGraceMs = 10_000;

/** The locks this process holds: waiting for one of them is waiting for itself, not taking over a stale lock. */
const held = new Set<string>();

/** When the process started, in clock ticks since boot (field 22 of /proc/<pid>/stat), or undefined where unknown. */
export function processStart(pid: number | 'self'): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces and parentheses itself.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return /^\d+$/.test(fields[19] ?? '') ? fields[19] : undefined;
  } catch {
    return undefined;
  }
}

/** This process, as the lock's file names it: `<pid>` or `<pid> <start>`. */
function ownerRecord(): string {
  const start = processStart('self');
  return start ? `${process.pid} ${start}` : String(process.pid);
}

/**
 * Whether the lock named by `record` (the holder file's text, or undefined when there is none yet) was left by a
 * process that no longer holds it. `lockAgeMs`: how long ago the lock folder was made.
 */
export function isStale(record: string | undefined, lockAgeMs: number): boolean {
  const [pidText, start] = (record ?? '').trim().split(/\s+/);
  const pid = Number(pidText);
  // Made but not named: its holder is between the two steps, or was killed there.
  if (!pidText || !Number.isInteger(pid) || pid <= 0) return lockAgeMs > unnamedLockGraceMs;
  // This process does not hold it (see `held`): an earlier process had the same pid.
  if (pid === process.pid) return true;
  if (!isRunning(pid)) return true;
  // Alive, but started at another moment: the pid now belongs to another process.
  const now = start ? processStart(pid) : undefined;
  return now !== undefined && now !== start;
}
/** What holds the lock: a build (the default), or `npm run dev`'s server. */
export type LockRole = 'build' | 'dev';

/**
 * The live holder of the lock at `dir` and what it is, or undefined when the lock is free or its holder has gone.
 * A holder between naming itself and its role reads as a build.
 */
export function lockHolder(dir: string): { pid: number; role: LockRole } | undefined {
  const lock = statSync(dir, { throwIfNoEntry: false });
  if (!lock) return undefined;
  let record: string;
  try {
    record = readFileSync(join(dir, 'pid'), 'utf8');
  } catch {
    return undefined;
  }
  if (isStale(record, Date.now() - lock.mtimeMs)) return undefined;
  let role: LockRole = 'build';
  try {
    if (readFileSync(join(dir, 'role'), 'utf8').trim() === 'dev') role = 'dev';
  } catch {
    // A build, or a dev server about to say so.
  }
  return { pid: Number(record.trim().split(/\s+/)[0]), role };
}

/**
 * Runs `work` holding the lock at `dir`, waiting while another holds it and taking it over when its holder has gone.
 * `holdOnFailure`: when `work` fails, the lock is kept until this process exits, for work that may go on writing after
 * its promise has rejected (Astro's page queue does), so that the next holder never finds those writes in its way.
 * `role`: what the holder is, for `lockHolder` (a build unless said). `onWait` is called when the wait begins (with 0),
 * then every `remindEveryMs` while it lasts, with the time waited: a build waiting on one that is stuck waits for good,
 * and its log must keep saying so, not fall silent after one line.
 */
export async function withLock<T>(
  dir: string,
  work: () => Promise<T>,
  onWait?: (waitedMs: number) => void,
  {
    holdOnFailure = false,
    role = 'build',
    remindEveryMs = 60_000,
  }: { holdOnFailure?: boolean; role?: LockRole; remindEveryMs?: number } = {},
): Promise<T> {
  const owner = join(dir, 'pid');
  let waitedSince: number | undefined;
  let remindAt = 0;
  mkdirSync(dirname(dir), { recursive: true });
  for (;;) {
    try {
      mkdirSync(dir, { recursive: false });
      try {
        writeFileSync(owner, ownerRecord());
        if (role !== 'build') writeFileSync(join(dir, 'role'), role);
      } catch (failure) {
        // Removed in between (see takeOver): try again.
        if ((failure as NodeJS.ErrnoException).code === 'ENOENT') continue;
        rmSync(dir, { recursive: true, force: true });
        throw failure;
      }
      held.add(dir);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (!held.has(dir) && takeOver(dir)) continue;
      const now = Date.now();
      if (waitedSince === undefined) {
        waitedSince = now;
        remindAt = now + remindEveryMs;
        onWait?.(0);
      } else if (now >= remindAt) {
        remindAt += remindEveryMs;
        onWait?.(now - waitedSince);
      }
      await sleep(Math.min(200, remindEveryMs));
    }
  }
  const release = () => {
    held.delete(dir);
    rmSync(dir, { recursive: true, force: true });
  };
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

/**
 * Whether the lock folder at `dir` was left by a holder that is gone: false when it is held, has just been released,
 * or was replaced while it was being looked at (its age and its holder's name must come from the same folder).
 */
function staleLock(dir: string): boolean {
  const before = statSync(dir, { throwIfNoEntry: false });
  if (!before) return false;
  let record: string | undefined;
  try {
    record = readFileSync(join(dir, 'pid'), 'utf8');
  } catch {
    // Not named yet.
  }
  const after = statSync(dir, { throwIfNoEntry: false });
  if (!after || after.ino !== before.ino || after.birthtimeMs !== before.birthtimeMs) return false;
  return isStale(record, Date.now() - after.mtimeMs);
}

/**
 * Removes the lock at `dir` if it is stale; returns whether the caller should try to take the lock at once. Judging
 * and removing are two steps, so two builds finding the same stale lock could both remove it, the second removing the
 * fresh lock the first has just made: only the build holding a short-lived guard folder beside the lock may judge and
 * remove it. A guard older than the unnamed-lock grace was left by a build killed between two system calls, and is
 * removed.
 */
function takeOver(dir: string): boolean {
  if (!staleLock(dir)) return false;
  const guard = `${dir}.takeover`;
  try {
    mkdirSync(guard);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const made = statSync(guard, { throwIfNoEntry: false })?.mtimeMs;
    if (made !== undefined && Date.now() - made > unnamedLockGraceMs) rmSync(guard, { recursive: true, force: true });
    return false;
  }
  try {
    // Judged again: while this build holds the guard, no other removes the lock, so a stale one stays stale.
    if (!staleLock(dir)) return false;
    rmSync(dir, { recursive: true, force: true });
    return true;
  } finally {
    rmSync(guard, { recursive: true, force: true });
  }
}
