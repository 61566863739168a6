import { existsSync, mkdirSync, mkdtempSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { markUsed, prunedMarker, pruneCaches } from '../../src/build/cache-prune.ts';
import { pageFacts } from '../../src/build/checks/page-scan.ts';

const day = 24 * 60 * 60 * 1000;
const now = Date.parse('2026-11-22T12:00:00Z');

/** A file last used `daysAgo` days before `now`. */
function entry(dir: string, name: string, daysAgo: number, text = 'x'): string {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, name);
  writeFileSync(file, text);
  const at = new Date(now - daysAgo * day);
  utimesSync(file, at, at);
  return file;
}

describe('pruning the build caches', () => {
  it('removes the entries no build used for 30 days, in every cache and its subfolders, and keeps the others', () => {
    const root = mkdtempSync(join(tmpdir(), 'casefile-prune-'));
    const old = [
      entry(join(root, 'charts'), 'a.json', 31, 'abc'),
      entry(join(root, 'facts/links'), 'b.json', 400, 'de'),
    ];
    const kept = [entry(join(root, 'charts'), 'c.json', 29), entry(join(root, 'facts/budgets'), 'd.json', 0)];
    const pruned = pruneCaches([join(root, 'charts'), join(root, 'facts'), join(root, 'missing')], 30, now);
    expect(pruned).toEqual({ files: 2, bytes: 5 });
    expect(old.map(existsSync)).toEqual([false, false]);
    expect(kept.map(existsSync)).toEqual([true, true]);
  });

  it('prunes a cache at most once per interval, and never removes or counts its marker', () => {
    const root = mkdtempSync(join(tmpdir(), 'casefile-prune-'));
    const [charts, cards] = [join(root, 'charts'), join(root, 'cards')];
    entry(charts, 'a.json', 40, 'abc');
    expect(pruneCaches([charts], 30, now, day)).toEqual({ files: 1, bytes: 3 });
    expect(statSync(join(charts, prunedMarker)).mtimeMs).toBe(now);
    // An hour later an entry has aged past the limit, but the folder was pruned less than a day ago.
    const late = entry(charts, 'b.json', 31);
    entry(cards, 'c.json', 31);
    expect(pruneCaches([charts, cards], 30, now + day / 24, day)).toEqual({ files: 1, bytes: 1 });
    expect(existsSync(late)).toBe(true);
    // A day after the last pruning it goes; the marker, however old, is never an entry.
    utimesSync(join(cards, prunedMarker), new Date(now - 400 * day), new Date(now - 400 * day));
    expect(pruneCaches([charts, cards], 30, now + day + 1, day)).toEqual({ files: 1, bytes: 1 });
    expect(existsSync(late)).toBe(false);
    expect(readdirSync(cards)).toEqual([prunedMarker]);
    expect(readdirSync(charts)).toEqual([prunedMarker]);
  });

  it('keeps an entry a build has just used, however old it was', () => {
    const root = mkdtempSync(join(tmpdir(), 'casefile-prune-'));
    // Aged from the real clock, which markUsed and the checks below read: aged from the pinned `now`, the file would
    // be in the future of a machine whose clock is before it, and pass as just used without being marked.
    const file = entry(root, 'a.json', 0);
    const longAgo = new Date(Date.now() - 90 * day);
    utimesSync(file, longAgo, longAgo);
    markUsed(file);
    expect(statSync(file).mtimeMs).toBeGreaterThan(Date.now() - 60_000);
    expect(pruneCaches([root], 30, Date.now()).files).toBe(0);
    expect(existsSync(file)).toBe(true);
  });

  it('marks a remembered page fact as used each time a check reads it', () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'casefile-prune-'));
    const bytes = Buffer.from('<p>page</p>');
    expect(pageFacts(cacheDir, 'salt', bytes, () => ({ links: 1 }))).toEqual({ links: 1 });
    const [file] = readdirSync(cacheDir);
    // From the real clock, as above.
    const at = new Date(Date.now() - 90 * day);
    utimesSync(join(cacheDir, file!), at, at);
    expect(pageFacts(cacheDir, 'salt', bytes, () => ({ links: 2 }))).toEqual({ links: 1 });
    expect(statSync(join(cacheDir, file!)).mtimeMs).toBeGreaterThan(Date.now() - 60_000);
  });
});
