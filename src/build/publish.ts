/**
 * Atomic publishing: the site is built in a temporary folder beside dist/ and swapped in only when everything
 * succeeded, so a failed build never leaves a half-written site, and the previous dist/ stays as it was.
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** A fresh staging folder beside `target` (same file system, so the final rename is atomic). */
export function stagingDir(root: string, target = 'dist'): string {
  const dir = join(root, `.${target}-staging-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Replaces `target` with `staging`: the old folder is moved aside first and removed only after the swap. */
export function publish(root: string, staging: string, target = 'dist'): void {
  const destination = join(root, target);
  const previous = join(root, `.${target}-previous-${process.pid}`);
  if (existsSync(destination)) renameSync(destination, previous);
  try {
    renameSync(staging, destination);
  } catch (error) {
    if (existsSync(previous)) renameSync(previous, destination);
    throw error;
  }
  rmSync(previous, { recursive: true, force: true });
}

/** Removes a staging folder after a failure. */
export function discard(staging: string): void {
  rmSync(staging, { recursive: true, force: true });
}
