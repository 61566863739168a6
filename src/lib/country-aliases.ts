/**
 * Other names a country goes by, so that a reader who types "Turkey" finds the page titled "Türkiye" (the name
 * Intl gives it), or "UAE" the United Arab Emirates. The names come from i18n-iso-countries' list for the page's
 * language; the country page shows them under its title, where Pagefind indexes them with the page.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { projectRoot } from '../site.config.ts';

type Names = Record<string, string | string[]>;
const lists = new Map<string, Names | null>();

/** i18n-iso-countries' names for `lang`, or null for a language it has no list for. */
function namesIn(lang: string): Names | null {
  if (!lists.has(lang)) {
    // Through the project's package.json: inside Astro's bundle this module's own URL is a temporary folder.
    const require = createRequire(join(projectRoot, 'package.json'));
    try {
      lists.set(lang, (require(`i18n-iso-countries/langs/${lang}.json`) as { countries: Names }).countries);
    } catch {
      lists.set(lang, null);
    }
  }
  return lists.get(lang) ?? null;
}

/**
 * The names of `code` in `lang` other than `shown` (the name the page displays), in the list's order. Abbreviations
 * with full stops ("U.S.") or of two letters ("US", which would match the word "us"), and inverted forms with a
 * comma ("Korea, Republic of"), are left out.
 */
export function countryAliases(code: string, lang: string, shown: string): string[] {
  const listed = namesIn(lang)?.[code.toUpperCase()];
  const names = listed === undefined ? [] : Array.isArray(listed) ? listed : [listed];
  const seen = new Set([shown.toLocaleLowerCase(lang)]);
  return names.filter((name) => {
    const key = name.toLocaleLowerCase(lang);
    if (seen.has(key) || name.includes('.') || name.includes(',') || name.replace(/\s/g, '').length < 3) return false;
    seen.add(key);
    return true;
  });
}
