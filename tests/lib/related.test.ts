import { describe, expect, it } from 'vitest';
import { relatedFinder, relatedTo, relatedness } from '../../src/lib/related.ts';

const page = (key: string, countries: string[], tags: string[], date = '2026-01-01') => ({
  key,
  countries,
  tags,
  date: new Date(date),
});

describe('related pages', () => {
  it('weighs a shared country twice a shared tag', () => {
    expect(relatedness(page('a', ['RU'], ['x']), page('b', ['RU'], ['x', 'y']))).toBe(3);
    expect(relatedness(page('a', ['RU'], []), page('b', ['SV'], ['x']))).toBe(0);
  });

  it('lists pages sharing a country or tag, most shared first, then newest, never the page itself or unrelated ones', () => {
    const self = page('story:a', ['RU', 'KG'], ['ccf']);
    const candidates = [
      self,
      page('story:unrelated', ['SV'], ['other']),
      page('case:tag-only', [], ['ccf'], '2026-03-01'),
      page('case:both', ['RU', 'KG'], [], '2025-01-01'),
      page('story:one-country-new', ['KG'], [], '2026-05-01'),
      page('story:one-country-old', ['RU'], [], '2024-05-01'),
    ];
    expect(relatedTo(self, candidates).map((p) => p.key)).toEqual([
      'case:both',
      'story:one-country-new',
      'story:one-country-old',
      'case:tag-only',
    ]);
    expect(relatedTo(self, candidates, 2)).toHaveLength(2);
  });
});

describe('related pages in a large archive', () => {
  /** The definition, comparing the page with every candidate: what the indexed finder must agree with. */
  function bruteForce(self: ReturnType<typeof page>, candidates: ReturnType<typeof page>[], limit: number) {
    return candidates
      .filter((c) => c.key !== self.key)
      .map((c) => ({ c, score: relatedness(self, c) }))
      .filter(({ score }) => score > 0)
      .sort(
        (a, b) => b.score - a.score || b.c.date.getTime() - a.c.date.getTime() || a.c.key.localeCompare(b.c.key, 'en'),
      )
      .slice(0, limit)
      .map(({ c }) => c.key);
  }

  it('agrees with comparing every pair, on 2,000 pages with repeated countries, tags and dates', () => {
    let seed = 7;
    const next = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) % n;
    const pick = (pool: string[], count: number) => Array.from({ length: count }, () => pool[next(pool.length)]!);
    const countries = ['RU', 'TR', 'CN', 'EG', 'BH', 'KG', 'TJ', 'SV', 'IR', 'AE'];
    const tags = Array.from({ length: 30 }, (_, i) => `tag-${i}`);
    const pages = Array.from({ length: 2000 }, (_, i) =>
      page(`story:${i}`, pick(countries, next(3)), pick(tags, next(4)), `202${next(6)}-0${1 + next(9)}-1${next(10)}`),
    );
    const finder = relatedFinder(pages);
    for (const self of pages.slice(0, 200)) {
      for (const limit of [4, 1]) expect(finder(self, limit).map((p) => p.key)).toEqual(bruteForce(self, pages, limit));
    }
  });

  it('indexes a list once and answers from it while the same list is passed', () => {
    const candidates = [page('a', ['RU'], []), page('b', ['RU'], [])];
    expect(relatedTo(candidates[0]!, candidates).map((p) => p.key)).toEqual(['b']);
    // Changed in place, the same array keeps its first index (the build passes lists that never change): proof that
    // the index is reused; a new array is indexed anew.
    candidates.push(page('c', ['RU'], [], '2030-01-01'));
    expect(relatedTo(candidates[0]!, candidates).map((p) => p.key)).toEqual(['b']);
    expect(relatedTo(candidates[0]!, [...candidates]).map((p) => p.key)).toEqual(['c', 'b']);
  });
});
