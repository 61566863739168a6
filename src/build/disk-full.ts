/**
 * A build that ran out of disk space is the deployer's to fix, not a bug of the build: it was reported as one, "The
 * build failed:" and a stack trace from deep in Astro, rolldown or Node's file system, which named no folder.
 */
import { readdirSync, statSync, statfsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Where a build writes, for its failure's report. */
export interface BuildPlaces {
  /** The output folder: the new site is written beside it. */
  target: string;
  /** The project: Astro's and the build's caches are in its node_modules/. */
  projectRoot: string;
  /** The bytes this user may still write on the file system holding `path` (statfs; tests give their own). */
  freeBytes?: (path: string) => number | undefined;
}

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

/** Below this, a disk the build writes to is as good as full: a page, a social card or an index chunk may not fit. */
const nearlyFullBytes = 1e6;

/**
 * A line for a failure that did not say it came from a full disk, when a disk the build writes to has (almost) no room
 * left, or undefined. Pagefind panics on a full disk (its "No space left on device" among its own lines, far above),
 * and the build stopped on "search index: Pagefind stopped without an answer", as if a check had found a fault. It is
 * read before the build removes its staging folder, while the disk is as full as the build left it.
 */
export function nearlyFullLine(places: BuildPlaces): string | undefined {
  const free = places.freeBytes ?? statfsFree;
  const folders: [string, string][] = [
    [dirname(places.target), 'where the build writes the new site'],
    [places.projectRoot, 'where it keeps its caches'],
  ];
  for (const [folder, what] of folders) {
    const bytes = free(folder);
    if (bytes !== undefined && bytes < nearlyFullBytes) {
      return `The disk holding ${folder} (${what}) has ${megabytes(bytes)} left free: a full disk is the likely cause. Free space there (df -h ${folder}), then build again.`;
    }
  }
  return undefined;
}

function statfsFree(path: string): number | undefined {
  try {
    const stats = statfsSync(path);
    return stats.bavail * stats.bsize;
  } catch {
    return undefined;
  }
}

function megabytes(bytes: number): string {
  if (bytes < 1e3) return `${bytes} bytes`;
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
