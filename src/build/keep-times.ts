/**
 * Modification times that say when a file's bytes last changed, not when the last build ran. Every build writes a
 * whole new site, so without this step each file of it had the build's time: `aws s3 sync` (size and time) and
 * `rsync -a` uploaded the whole site on every scheduled build, and nginx's `Last-Modified` and `ETag` (time and size)
 * changed, so browsers revalidating a page got it whole instead of a 304.
 *
 * Before the staging folder is published, each of its files whose bytes are those of the file at the same path in
 * the published site takes that file's modification time; every other file (changed, or new) keeps the build's. The
 * published site's files are never written: a build that fails after this step leaves them as they were, and the
 * swap is still only renames (src/build/publish.ts).
 *
 * Some files of the staging folder are hard links to a cache's (the search index's, src/build/search-index.ts):
 * setting their time would set the cached file's too (the cache marks its use with a stamp file of its own, not with
 * these files' times: src/build/cache-prune.ts). Such a file is replaced in the staging folder by a link to the
 * published file (same bytes, its time to the nanosecond, no bytes written), or a copy when no link can be made.
 */
import {
  closeSync,
  copyFileSync,
  linkSync,
  lstatSync,
  openSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  type BigIntStats,
} from 'node:fs';
import { join } from 'node:path';
import { listFiles } from './checks/leaks.ts';

/** What `keepUnchangedTimes` did, for the build's log. */
export interface KeptTimes {
  /** Whether there was a published site to compare with. */
  published: boolean;
  /** Files in the staging folder. */
  files: number;
  /** Files whose bytes were compared with the published file's (same size). */
  compared: number;
  /** Files that took the published file's time: the same bytes. */
  kept: number;
  /** Files that could not be compared (the published one removed or unreadable meanwhile): they keep the build's time. */
  failed: number;
}

/** Files are compared a chunk at a time, so that a large download needs no buffer its size. */
const chunkSize = 1 << 20;

/**
 * Gives every file below `staging` whose bytes are those of the same path below `published` that file's modification
 * time (to within 120 ns: `fileTime`). Sizes are compared first, bytes only when the sizes are equal, stopping at the
 * first chunk that differs. A published path that is no regular file (a folder, a symbolic link) or cannot be read
 * counts as changed. Nothing below `published` is written.
 *
 * Another build of the same site may publish while the files are compared (builds wait for each other only while
 * Astro runs): a file compared with the site it replaced could then keep a time older than the other site's copy of
 * it, which a sync by time would not upload over. So when `published` is another folder after the comparison than
 * before, every file takes the time of now again and the comparison is made with the site now in place.
 */
export function keepUnchangedTimes(staging: string, published: string): KeptTimes {
  const files = listFiles(staging);
  for (let attempt = 1; ; attempt++) {
    const site = folderIdentity(published);
    const result = compareWith(files, staging, published);
    if (folderIdentity(published) === site) return result;
    const now = new Date();
    for (const path of files) {
      const built = join(staging, path);
      setTime(built, statSync(built, { bigint: true }), now);
    }
    // Builds publishing one after another all the while: the build's time for every file, as without this step.
    if (attempt === 3) return { ...result, compared: 0, kept: 0 };
  }
}

/** Which folder is at `path` (its device and inode), or undefined when none is. */
function folderIdentity(path: string): string | undefined {
  const stat = statSync(path, { bigint: true, throwIfNoEntry: false });
  return stat?.isDirectory() ? `${stat.dev}:${stat.ino}` : undefined;
}

/** One comparison of the files of `staging` (`files`, relative to it) with those of `published`. */
function compareWith(files: string[], staging: string, published: string): KeptTimes {
  const result: KeptTimes = { published: false, files: files.length, compared: 0, kept: 0, failed: 0 };
  if (!statSync(published, { throwIfNoEntry: false })?.isDirectory()) return result;
  result.published = true;
  const buffers: [Buffer, Buffer] = [Buffer.allocUnsafe(chunkSize), Buffer.allocUnsafe(chunkSize)];
  for (const path of files) {
    const built = join(staging, path);
    const before = join(published, path);
    try {
      const old = lstatSync(before, { bigint: true, throwIfNoEntry: false });
      if (!old?.isFile()) continue;
      const now = statSync(built, { bigint: true });
      if (now.size !== old.size) continue;
      result.compared++;
      // Already the published file itself (both links to one cached file): it has its time.
      const same = now.dev === old.dev && now.ino === old.ino;
      if (!same && !sameBytes(built, before, Number(now.size), buffers)) continue;
      if (!same) keepTime(built, now, before, old);
      result.kept++;
    } catch {
      // Removed or made unreadable meanwhile: published as the build wrote it, with the build's time.
      result.failed++;
    }
  }
  return result;
}

/** Gives `built` (as `stat` describes it) the time of `before` (as `old` does), which holds the same bytes. */
function keepTime(built: string, stat: BigIntStats, before: string, old: BigIntStats): void {
  if (stat.nlink === 1n) {
    utimesSync(built, new Date(Number(stat.atimeMs)), fileTime(old.mtimeNs));
    return;
  }
  const temp = tempName(built);
  try {
    linkSync(before, temp);
  } catch {
    // Another file system, or one without hard links: a copy of its own.
    setTime(built, stat, fileTime(old.mtimeNs));
    return;
  }
  try {
    renameSync(temp, built);
  } catch (error) {
    // Never a second name published beside the file.
    rmSync(temp, { force: true });
    throw error;
  }
}

/** Gives `built` the time `time`, copying it first when it shares its bytes with another name (a cache's file). */
function setTime(built: string, stat: BigIntStats, time: Date | number): void {
  if (stat.nlink === 1n) {
    utimesSync(built, time, time);
    return;
  }
  const temp = tempName(built);
  try {
    copyFileSync(built, temp);
    utimesSync(temp, time, time);
    renameSync(temp, built);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/** A name beside `file` for its replacement, renamed over it. */
const tempName = (file: string) => `${file}.casefile-time-${process.pid}`;

/**
 * A time in nanoseconds as the seconds `utimes` takes: the double nearest to it. A double holds today's times to
 * about a quarter of a microsecond, so the file gets the time to within 120 ns (no host, header or sync tool looks
 * below the second; `rsync -a` compares whole seconds unless told otherwise), and a time it got so comes back exactly
 * the same at the next build.
 */
export function fileTime(ns: bigint): number {
  const second = 1_000_000_000n;
  return Number(ns / second) + Number(ns % second) / 1e9;
}

/** Whether two files of `size` bytes hold the same bytes. */
function sameBytes(a: string, b: string, size: number, [left, right]: [Buffer, Buffer]): boolean {
  const fa = openSync(a, 'r');
  try {
    const fb = openSync(b, 'r');
    try {
      for (let offset = 0; offset < size;) {
        const length = Math.min(chunkSize, size - offset);
        if (readFully(fa, left, length, offset) !== length || readFully(fb, right, length, offset) !== length)
          return false;
        if (!left.subarray(0, length).equals(right.subarray(0, length))) return false;
        offset += length;
      }
      return true;
    } finally {
      closeSync(fb);
    }
  } finally {
    closeSync(fa);
  }
}

/** Reads up to `length` bytes at `position` into the start of `buffer`; fewer only at the end of the file. */
function readFully(fd: number, buffer: Buffer, length: number, position: number): number {
  let read = 0;
  while (read < length) {
    const got = readSync(fd, buffer, read, length - read, position + read);
    if (got === 0) break;
    read += got;
  }
  return read;
}

/** The build's line on what `keepUnchangedTimes` did, or undefined when there was no published site to compare with. */
export function keptTimesLine(times: KeptTimes, ms: number): string | undefined {
  if (!times.published) return undefined;
  const other = times.files - times.kept;
  return `modification times: ${times.kept} of ${times.files} files are the same as the published site's and keep their times, ${other} changed or new get this build's${times.failed > 0 ? ` (${times.failed} of them could not be compared)` : ''} (${Math.round(ms)} ms)`;
}
