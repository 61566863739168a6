/**
 * The build's caches (rendered charts, social cards, pages that passed html-validate, what the checks learned from
 * each file) grow with every edit of a large archive: an entry is keyed by its inputs, so an edited page leaves its
 * old entries behind. Each cache hit marks its entry as used (`markUsed`, the file's modification time), and after a
 * successful build the entries no build has used for `cacheRetentionDays` are removed (each cache at most once a day). Age, not "unused by this
 * build", decides: a preview build and a published build share the caches without evicting each other's entries.
 *
 * An entry made of many files whose times must stay as they are (the search index, whose files are hard-linked into
 * the published site: src/build/search-index.ts, src/build/keep-times.ts) is a folder holding a stamp file,
 * `usedStamp`: the stamp's time says when it was last used (`markFolderUsed`), and the folder is kept or removed whole.
 */
import { existsSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** How long an unused cache entry is kept. */
export const cacheRetentionDays = 30;

/** Marks a cache entry as used now. A failure (the entry was removed meanwhile) only means it is not kept longer. */
export function markUsed(file: string): void {
  try {
    const now = new Date();
    utimesSync(file, now, now);
  } catch {
    // Nothing to keep.
  }
}

/**
 * The file whose modification time says when the folder holding it was last used, whatever its other files' times:
 * the folder is one entry.
 */
export const usedStamp = '.last-used';

/**
 * Marks the folder `dir` as used at `now`, through its stamp: its other files are not touched (their times may be
 * those of the published site's files they are linked to). A failure only means it is not kept longer.
 */
export function markFolderUsed(dir: string, now = new Date()): void {
  try {
    const stamp = join(dir, usedStamp);
    writeFileSync(stamp, '');
    utimesSync(stamp, now, now);
  } catch {
    // Nothing to keep.
  }
}

/** What a pruning removed. */
export interface Pruned {
  files: number;
  bytes: number;
}

/**
 * How often a cache folder is pruned. Pruning stats every entry (10,108 files at 1,000 stories: 65–97 ms at the end
 * of every build; ten times that at 10,000), and entries are kept for `cacheRetentionDays`: once a day is enough.
 */
export const pruneIntervalMs = 24 * 60 * 60 * 1000;

/** The file in a cache folder whose modification time says when the folder was last pruned. */
export const prunedMarker = '.last-pruned';

/**
 * Removes the files below each of `dirs` (missing folders are skipped) not used for `days` days before `now`; a
 * folder holding a `usedStamp` goes whole, when its stamp is that old, and stays whole otherwise. A folder pruned less
 * than `interval` ms before `now` is left alone (0: every call prunes).
 */
export function pruneCaches(dirs: string[], days = cacheRetentionDays, now = Date.now(), interval = 0): Pruned {
  const cutoff = now - days * 24 * 60 * 60 * 1000;
  const pruned: Pruned = { files: 0, bytes: 0 };
  const walk = (dir: string, top: boolean) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    if (!top && entries.some((entry) => entry.name === usedStamp && entry.isFile())) {
      const used = statSync(join(dir, usedStamp), { throwIfNoEntry: false })?.mtimeMs;
      if (used !== undefined && used >= cutoff) return;
      for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
        const stats = statSync(join(dir, file), { throwIfNoEntry: false });
        if (!stats?.isFile() || file === usedStamp) continue;
        pruned.files++;
        pruned.bytes += stats.size;
      }
      rmSync(dir, { recursive: true, force: true });
      return;
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        walk(path, false);
        continue;
      }
      if (top && entry.name === prunedMarker) continue;
      const stats = statSync(path, { throwIfNoEntry: false });
      if (!stats || stats.mtimeMs >= cutoff) continue;
      rmSync(path, { force: true });
      pruned.files++;
      pruned.bytes += stats.size;
    }
  };
  for (const dir of new Set(dirs)) {
    if (!existsSync(dir)) continue;
    const marker = join(dir, prunedMarker);
    const last = statSync(marker, { throwIfNoEntry: false })?.mtimeMs;
    if (last !== undefined && last > now - interval && last <= now) continue;
    walk(dir, true);
    writeFileSync(marker, '');
    utimesSync(marker, new Date(now), new Date(now));
  }
  return pruned;
}
