/**
 * A build that ran out of disk space is the deployer's to fix, not a bug of the build: it was reported as one, "The
 * build failed:" and a stack trace from deep in Astro, rolldown or Node's file system, which named no folder.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The error codes of a full disk: no space left, or the user's quota used up. */
const fullCodes = ['ENOSPC', 'EDQUOT'];

/**
 * The system's words for a full disk in `error`, its causes or its message (rolldown and Vite pass a plugin's error on
 * as text: "[plugin x]\nError: ENOSPC: no space left on device, write"), or undefined when it is not about one.
 */
export function diskFullReason(error: unknown): string | undefined {
  for (let cause = error, depth = 0; cause !== undefined && cause !== null && depth < 10; depth++) {
    const { code, message, cause: next } = cause as { code?: unknown; message?: unknown; cause?: unknown };
    const text = typeof message === 'string' ? message : String(cause);
    const line = text.split('\n').find((candidate) => fullCodes.some((full) => candidate.includes(`${full}:`)));
    if (line) return line.replace(/^\s*(?:\w*Error: )?/, '').trim();
    if (typeof code === 'string' && fullCodes.includes(code)) return `${code}: ${text}`;
    cause = next;
  }
  return undefined;
}

/** What a build that found its disk full says, under "The build stopped: out of disk space": where it writes, and how much. */
export function diskFullAdvice(target: string, projectRoot: string): string {
  const size = folderBytes(target);
  const site = size === undefined ? '' : ` (the site there now takes ${megabytes(size)})`;
  return [
    `The build writes the new site beside ${target} before it replaces it${site}, and its caches into ${join(projectRoot, 'node_modules')} (or the folder CASEFILE_CACHE_DIR names).`,
    `Free space on their disks (df -h ${target} ${projectRoot}), then build again: nothing needs cleaning up first.`,
  ].join('\n  ');
}

function megabytes(bytes: number): string {
  return bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${(bytes / 1e3).toFixed(1)} kB`;
}

/** The bytes of the files below `dir`, or undefined when it cannot be read (no site published yet). */
function folderBytes(dir: string): number | undefined {
  try {
    return readdirSync(dir, { recursive: true, encoding: 'utf8' }).reduce((total, file) => {
      const stat = statSync(join(dir, file), { throwIfNoEntry: false });
      return total + (stat?.isFile() ? stat.size : 0);
    }, 0);
  } catch {
    return undefined;
  }
}
