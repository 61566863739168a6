/**
 * The search index cache (SearchIndexCache, src/build/search-index.ts) is reused by every build whose pages are all
 * unchanged, and its files are hard-linked into the published site, whose modification times keep-times.ts keeps: a
 * reuse marks the entry used through a stamp file of its own, never through those files' times, and the pruning
 * (src/build/cache-prune.ts) keeps or removes the entry whole by that stamp.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheRetentionDays, pruneCaches, usedStamp } from '../../src/build/cache-prune.ts';
import { SearchIndexCache } from '../../src/build/search-index.ts';

const day = 24 * 60 * 60 * 1000;
/** The pinned clock: the day the index was saved, and the times of the files Pagefind wrote. */
const saved = Date.parse('2026-10-01T12:00:00Z');

/** Every file below `dir` (relative to it) with its modification time in ms. */
function times(dir: string): Map<string, number> {
  const found = new Map<string, number>();
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const stat = statSync(join(dir, file));
    if (stat.isFile()) found.set(file, stat.mtimeMs);
  }
  return found;
}

/** A page facts folder holding a search index saved at `saved` for `key`, and a folder the index is written into. */
function savedIndex(key: string) {
  const root = mkdtempSync(join(tmpdir(), 'casefile-search-cache-'));
  const written = join(root, 'written');
  mkdirSync(join(written, 'fragment'), { recursive: true });
  writeFileSync(join(written, 'pagefind-entry.json'), '{"languages":{}}');
  writeFileSync(join(written, 'fragment/en_1234567.pf_fragment'), 'fragment');
  const facts = join(root, 'page-facts');
  const dir = join(facts, 'search-index');
  new SearchIndexCache(dir, () => new Date(saved)).save(key, written);
  // Its files as written then (cpSync gives a copy the time of the copy).
  for (const file of times(dir).keys()) utimesSync(join(dir, file), new Date(saved), new Date(saved));
  return { root, facts, dir };
}

describe('the search index cache and its pruning', () => {
  it('keeps an index reused on every build past the retention, and leaves the files it links untouched', () => {
    const { root, facts, dir } = savedIndex('k');
    const cached = times(join(dir, 'index'));
    // A build every day for 40 days, each reusing the index: each links it into its site, whose files keep their times.
    for (let days = 1; days <= 40; days++) {
      const now = saved + days * day;
      const site = join(root, `site-${days}`);
      expect(new SearchIndexCache(dir, () => new Date(now)).restore('k', site)).toBe(true);
      expect(times(site)).toEqual(cached);
      expect(pruneCaches([facts], cacheRetentionDays, now)).toEqual({ files: 0, bytes: 0 });
    }
    expect(times(join(dir, 'index'))).toEqual(cached);
    expect(statSync(join(dir, usedStamp)).mtimeMs).toBe(saved + 40 * day);
    expect(new SearchIndexCache(dir).restore('k', join(root, 'site-after'))).toBe(true);
  });

  it('removes an index no build reused for the retention, whole', () => {
    const { root, facts, dir } = savedIndex('k');
    const cache = new SearchIndexCache(dir, () => new Date(saved + 10 * day));
    expect(cache.restore('k', join(root, 'site'))).toBe(true);
    // 30 days after its last use it is kept; a day later it goes, every file of it (the stamp is not counted).
    expect(pruneCaches([facts], cacheRetentionDays, saved + 40 * day)).toEqual({ files: 0, bytes: 0 });
    const manifest = statSync(join(dir, 'manifest.json')).size;
    expect(pruneCaches([facts], cacheRetentionDays, saved + 41 * day)).toEqual({
      files: 3,
      bytes: '{"languages":{}}'.length + 'fragment'.length + manifest,
    });
    expect(existsSync(dir)).toBe(false);
    expect(cache.restore('k', join(root, 'site-after'))).toBe(false);
  });
});
