import { describe, expect, it } from 'vitest';
import { relatedTo, relatedness } from '../../src/lib/related.ts';

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
