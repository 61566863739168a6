/**
 * Atomic publishing: the site is built in a temporary folder beside its target and swapped in only when
 * everything succeeded, so a failed build never leaves a half-written site and the previous one stays as it was.
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** A fresh staging folder beside `target` (same file system, so the final rename is atomic). */
export function stagingDir(target: string): string {
  const dir = join(dirname(target), `.${basename(target)}-staging-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Replaces `target` with `staging`: the old folder is moved aside first and removed only after the swap. */
export function publish(staging: string, target: string): void {
  const previous = join(dirname(target), `.${basename(target)}-previous-${process.pid}`);
  if (existsSync(target)) renameSync(target, previous);
  try {
    renameSync(staging, target);
  } catch (error) {
    if (existsSync(previous)) renameSync(previous, target);
    throw error;
  }
  rmSync(previous, { recursive: true, force: true });
}

/** Removes a staging folder after a failure. */
export function discard(staging: string): void {
  rmSync(staging, { recursive: true, force: true });
}
