import { describe, expect, it } from 'vitest';
import { laterPages, listAlternates, pageCount, pageItems, pagePath } from '../../src/lib/pagination.ts';

describe('splitting a list into pages', () => {
  it('counts whole pages, and one page for an empty list', () => {
    expect([pageCount(0, 48), pageCount(48, 48), pageCount(49, 48), pageCount(10_000, 48)]).toEqual([1, 1, 2, 209]);
  });

  it('puts each item on exactly one page, in order', () => {
    const items = Array.from({ length: 101 }, (_, i) => i);
    const pages = Array.from({ length: pageCount(items.length, 48) }, (_, i) => pageItems(items, i + 1, 48));
    expect(pages.map((page) => page.length)).toEqual([48, 48, 5]);
    expect(pages.flat()).toEqual(items);
  });

  it('keeps the list address for page 1 and puts the others below it', () => {
    expect(pagePath('/stories/', 1)).toBe('/stories/');
    expect(pagePath('/fr/stories/', 3)).toBe('/fr/stories/page/3/');
    expect(laterPages(101, 48)).toEqual([{ page: '2' }, { page: '3' }]);
    expect(laterPages(48, 48)).toEqual([]);
  });

  it("links a page to the same page of each language's list that has it, its last page included", () => {
    const pagesIn = (lang: string) => (lang === 'en' ? 3 : 2);
    expect(listAlternates('/stories/', 1, ['en', 'fr'], pagesIn)).toEqual([
      { lang: 'en', href: '/stories/' },
      { lang: 'fr', href: '/fr/stories/' },
    ]);
    expect(listAlternates('/stories/', 2, ['en', 'fr'], pagesIn)).toEqual([
      { lang: 'en', href: '/stories/page/2/' },
      { lang: 'fr', href: '/fr/stories/page/2/' },
    ]);
    expect(listAlternates('/stories/', 3, ['en', 'fr'], pagesIn)).toEqual([{ lang: 'en', href: '/stories/page/3/' }]);
  });
});
