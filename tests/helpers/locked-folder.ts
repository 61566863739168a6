/**
 * Folders a test makes unwritable: chmod for a user, the immutable attribute for root (whom chmod does not stop).
 * Some machines allow neither (a container without the capability, a file system without attributes): `lockable`
 * says whether the tests that need one can run.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const asRoot = process.getuid?.() === 0;

/** Makes `dir` unwritable: nothing can be created, removed or renamed in it (nor, as root, the folder itself renamed). */
export function lock(dir: string): void {
  if (asRoot) execFileSync('chattr', ['+i', dir], { stdio: 'ignore' });
  else chmodSync(dir, 0o555);
}

export function unlock(dir: string): void {
  if (asRoot) execFileSync('chattr', ['-i', dir], { stdio: 'ignore' });
  else chmodSync(dir, 0o755);
}

/** Whether this machine lets a test make a folder unwritable. */
export function lockable(): boolean {
  const dir = mkdtempSync(join(tmpdir(), 'casefile-lockable-'));
  try {
    lock(dir);
  } catch {
    return false;
  }
  try {
    mkdirSync(join(dir, 'probe'));
    rmdirSync(join(dir, 'probe'));
    return false;
  } catch {
    return true;
  } finally {
    unlock(dir);
  }
}

/** Whether a locked folder itself cannot be renamed (root's immutable attribute; a user's chmod leaves that possible). */
export const lockStopsRename = asRoot;
