import { localePath } from '../i18n/locales.ts';

/**
 * A long list split into numbered pages: page 1 at the list's own address, the others below it at `page/<n>/`
 * (/stories/, /stories/page/2/ …), so the first page keeps the address readers and feeds already link to.
 */

/** How many pages `total` items make, `size` per page: at least one, so an empty list still has its page. */
export function pageCount(total: number, size: number): number {
  return Math.max(1, Math.ceil(total / size));
}

/** The items on page `page` (1-based). */
export function pageItems<T>(items: readonly T[], page: number, size: number): T[] {
  return items.slice((page - 1) * size, page * size);
}

/** The address of page `page` of the list at `base` (which ends with a slash). */
export function pagePath(base: string, page: number): string {
  return page === 1 ? base : `${base}page/${page}/`;
}

/**
 * Page `page` of a list in each language that has that many pages, as the hreflang links and language switcher take
 * them: `base` is the list's first page in the default language, `pagesIn` the number of pages it has in a language.
 * Editions differ in length (a language adds its stories that have no original), so a later page may exist in one.
 */
export function listAlternates(
  base: string,
  page: number,
  languages: readonly string[],
  pagesIn: (lang: string) => number,
): { lang: string; href: string }[] {
  return languages
    .filter((lang) => page <= pagesIn(lang))
    .map((lang) => ({ lang, href: pagePath(localePath(base, lang), page) }));
}

/** The route parameters of every page after the first: `{ page: '2' }` … */
export function laterPages(total: number, size: number): { page: string }[] {
  return Array.from({ length: pageCount(total, size) - 1 }, (_, index) => ({ page: String(index + 2) }));
}
