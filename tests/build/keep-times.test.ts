/**
 * A rebuilt site's files keep the published site's modification times where their bytes are the same
 * (src/build/keep-times.ts), so that a sync by size and time uploads only what changed. The build test is
 * tests/build/keep-times-build.test.ts.
 */
import { describe, expect, it, vi } from 'vitest';
import {
  linkSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  symlinkSync,
  utimesSync,
} from 'node:fs';
import { join, sep } from 'node:path';
import { tempSite } from '../helpers/temp-site.ts';

/** Runs once, before the next lstat of the published file named, as another build's publish would. */
const race: { path?: string; then?: () => void } = {};

vi.mock('node:fs', async (original) => {
  const fs = await original<typeof import('node:fs')>();
  const lstatSync = ((path: string, ...rest: []) => {
    if (race.path !== undefined && String(path) === race.path) {
      const then = race.then;
      race.path = undefined;
      then?.();
    }
    return fs.lstatSync(path, ...rest);
  }) as typeof fs.lstatSync;
  return { ...fs, default: { ...fs, lstatSync }, lstatSync };
});

const { fileTime, keepUnchangedTimes, keptTimesLine } = await import('../../src/build/keep-times.ts');

/** A published site's time and a build's, whole seconds (which file times hold exactly). */
const publishedAt = new Date('2026-10-01T08:00:00Z');
const builtAt = new Date('2026-11-22T12:00:00Z');
const ns = (date: Date) => BigInt(date.getTime()) * 1_000_000n;

/**
 * Every entry below `dir` (files, folders, links) with its bytes and modification time, and its change time unless
 * `ctime` is false (a hard link made to a file changes it), to show a folder was left as it was.
 */
function snapshot(dir: string, ctime = true): Map<string, string> {
  const entries = new Map<string, string>();
  for (const path of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const full = join(dir, path);
    const stat = lstatSync(full, { bigint: true });
    const bytes = stat.isFile() ? readFileSync(full).toString('base64') : '';
    entries.set(path.split(sep).join('/'), `${stat.mode} ${stat.mtimeNs} ${ctime ? stat.ctimeNs : ''} ${bytes}`);
  }
  return entries;
}

/** Sets every file below `dir` to `time`. */
function stamp(dir: string, time: Date): void {
  for (const path of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const full = join(dir, path);
    if (lstatSync(full).isFile()) utimesSync(full, time, time);
  }
}

const mtime = (file: string) => lstatSync(file, { bigint: true }).mtimeNs;
const inode = (file: string) => lstatSync(file, { bigint: true }).ino;

describe('keeping the published modification time of unchanged files', () => {
  it("gives a file with the same bytes the published file's time, and leaves every other with the build's", () => {
    const published = tempSite({
      'index.html': '<p>same</p>',
      'stories/x/index.html': '<p>abcd</p>',
      'feed.xml': '<rss>short</rss>',
      'gone.html': 'only in the published site',
      'data/table.csv': 'year,count\n2024,1\n',
      'folder-now/.keep': '',
      'linked.txt': 'target of a link',
    });
    symlinkSync(join(published, 'linked.txt'), join(published, 'link.txt'));
    stamp(published, publishedAt);
    const staging = tempSite({
      'index.html': '<p>same</p>',
      // Same size, other bytes.
      'stories/x/index.html': '<p>abce</p>',
      // Another size.
      'feed.xml': '<rss>longer</rss>',
      'new.html': 'a page the published site lacks',
      'data/table.csv': 'year,count\n2024,1\n',
      // A file where the published site has a folder, and where it has a link to a file with the same bytes.
      'folder-now': '',
      'link.txt': 'target of a link',
    });
    stamp(staging, builtAt);
    const before = snapshot(published);

    const result = keepUnchangedTimes(staging, published);

    expect(result).toEqual({ published: true, files: 7, compared: 3, kept: 2, failed: 0 });
    expect(mtime(join(staging, 'index.html'))).toBe(ns(publishedAt));
    expect(mtime(join(staging, 'data/table.csv'))).toBe(ns(publishedAt));
    for (const file of ['stories/x/index.html', 'feed.xml', 'new.html', 'folder-now', 'link.txt'])
      expect(mtime(join(staging, file)), file).toBe(ns(builtAt));
    // The published site is only read.
    expect(snapshot(published)).toEqual(before);
    expect(keptTimesLine(result, 12.4)).toBe(
      "modification times: 2 of 7 files are the same as the published site's and keep their times, 5 changed or new get this build's (12 ms)",
    );
  });

  it('compares large files to their last byte', () => {
    const big = Buffer.alloc(3 * 1024 * 1024 + 17, 7);
    const lastByte = Buffer.from(big);
    lastByte[lastByte.length - 1] = 8;
    const firstByte = Buffer.from(big);
    firstByte[0] = 8;
    const published = tempSite({ 'same.bin': big, 'last.bin': big, 'first.bin': big });
    stamp(published, publishedAt);
    const staging = tempSite({ 'same.bin': big, 'last.bin': lastByte, 'first.bin': firstByte });
    stamp(staging, builtAt);

    expect(keepUnchangedTimes(staging, published)).toMatchObject({ compared: 3, kept: 1 });
    expect(mtime(join(staging, 'same.bin'))).toBe(ns(publishedAt));
    expect(mtime(join(staging, 'last.bin'))).toBe(ns(builtAt));
    expect(mtime(join(staging, 'first.bin'))).toBe(ns(builtAt));
  });

  it('with no published site (a first build), changes nothing and logs nothing', () => {
    const staging = tempSite({ 'index.html': '<p>first</p>' });
    stamp(staging, builtAt);
    const result = keepUnchangedTimes(staging, join(staging, '..', 'no-site-here'));
    expect(result).toEqual({ published: false, files: 1, compared: 0, kept: 0, failed: 0 });
    expect(keptTimesLine(result, 3)).toBeUndefined();
    expect(mtime(join(staging, 'index.html'))).toBe(ns(builtAt));
  });

  it('keeps a time with nanoseconds to within 120 ns, and that time exactly at the next build', () => {
    // Written now: the file system's own time, nanoseconds included.
    const published = tempSite({ 'index.html': 'page' });
    const original = mtime(join(published, 'index.html'));
    expect(original % 1000n).not.toBe(0n);
    const staging = tempSite({ 'index.html': 'page' });
    stamp(staging, builtAt);
    expect(keepUnchangedTimes(staging, published).kept).toBe(1);
    const kept = mtime(join(staging, 'index.html'));
    expect(kept > original ? kept - original : original - kept).toBeLessThanOrEqual(120n);
    // The next build, with that site published.
    const next = tempSite({ 'index.html': 'page' });
    expect(keepUnchangedTimes(next, staging).kept).toBe(1);
    expect(mtime(join(next, 'index.html'))).toBe(kept);
    expect(fileTime(ns(publishedAt))).toBe(publishedAt.getTime() / 1000);
  });

  it("never changes the time of a cache's file the staging folder links to: it links the published file instead", () => {
    // The search index's cache, whose files the build links into the site (src/build/search-index.ts).
    const cache = tempSite({ 'pagefind/index.pf': 'index bytes', 'pagefind/other.pf': 'other bytes' });
    const cachedAt = new Date('2026-11-20T00:00:00Z');
    stamp(cache, cachedAt);
    const published = tempSite({ 'pagefind/index.pf': 'index bytes' });
    stamp(published, publishedAt);
    // The last build linked this one from the cache too: it is the published file already.
    mkdirSync(join(published, 'pagefind'), { recursive: true });
    linkSync(join(cache, 'pagefind/other.pf'), join(published, 'pagefind/other.pf'));
    const staging = tempSite({});
    mkdirSync(join(staging, 'pagefind'));
    for (const file of ['pagefind/index.pf', 'pagefind/other.pf']) linkSync(join(cache, file), join(staging, file));
    const before = snapshot(published, false);

    expect(keepUnchangedTimes(staging, published)).toMatchObject({ files: 2, compared: 2, kept: 2 });
    expect(mtime(join(cache, 'pagefind/index.pf'))).toBe(ns(cachedAt));
    expect(mtime(join(cache, 'pagefind/other.pf'))).toBe(ns(cachedAt));
    expect(inode(join(staging, 'pagefind/index.pf'))).toBe(inode(join(published, 'pagefind/index.pf')));
    expect(mtime(join(staging, 'pagefind/index.pf'))).toBe(ns(publishedAt));
    expect(inode(join(staging, 'pagefind/other.pf'))).toBe(inode(join(cache, 'pagefind/other.pf')));
    expect(readdirSync(join(staging, 'pagefind')).sort()).toEqual(['index.pf', 'other.pf']);
    // The published files' bytes and times are as they were (a link more is no write).
    expect(snapshot(published, false)).toEqual(before);
  });

  it('compares again with the site another build publishes meanwhile, giving the files that differ from it the time of now', () => {
    const root = tempSite({});
    const published = join(root, 'dist');
    const other = join(root, '.dist-staging-other');
    mkdirSync(published);
    // The site being replaced, and the one another build publishes while this build compares.
    const first = tempSite({ 'a.html': 'version 1', 'z.html': 'unchanged' });
    stamp(first, publishedAt);
    renameSync(first, published);
    const second = tempSite({ 'a.html': 'version 2', 'z.html': 'unchanged' });
    const secondAt = new Date('2026-11-01T00:00:00Z');
    stamp(second, secondAt);
    renameSync(second, other);
    const staging = tempSite({ 'z.html': 'unchanged' });
    stamp(staging, builtAt);
    // a.html links a cache's file (as the search index's do): compared with the first site, it becomes a link to
    // that site's file; taking the time of now again, it must change neither that file nor the cache's.
    const cache = tempSite({ 'a.html': 'version 1' });
    stamp(cache, builtAt);
    linkSync(join(cache, 'a.html'), join(staging, 'a.html'));
    // a.html has been compared with the first site (and kept its time) when the other build swaps its site in.
    race.path = join(published, 'z.html');
    race.then = () => {
      renameSync(published, join(root, '.dist-previous-other'));
      renameSync(other, published);
    };
    const started = Date.now();

    const result = keepUnchangedTimes(staging, published);

    expect(race.path).toBeUndefined();
    expect(result).toMatchObject({ files: 2, kept: 1 });
    // Not the first site's time: a sync by time would leave the other site's "version 2" where it was uploaded.
    // (The file system's clock ticks coarsely: 50 ms of slack.)
    expect(Number(mtime(join(staging, 'a.html')) / 1_000_000n)).toBeGreaterThanOrEqual(started - 50);
    expect(readFileSync(join(staging, 'a.html'), 'utf8')).toBe('version 1');
    expect(mtime(join(staging, 'z.html'))).toBe(ns(secondAt));
    expect(mtime(join(root, '.dist-previous-other/a.html'))).toBe(ns(publishedAt));
    expect(mtime(join(cache, 'a.html'))).toBe(ns(builtAt));
    expect(readdirSync(staging).sort()).toEqual(['a.html', 'z.html']);
  });
});
