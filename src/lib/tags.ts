/**
 * How a tag reads where a reader chooses it (the search page's tag filter): its label in the page's language from
 * site.tagLabels, else its default-language label, else its words without the hyphens of the identifier
 * ("red-notices" -> "red notices"). public/search/search.js writes the tags it adds from the index the same way as the
 * last case (a test holds the two together: that script cannot import this module).
 */
import { site } from '../site.config.ts';

export function tagLabel(tag: string): string {
  return tag.replaceAll('-', ' ');
}

/** A tag's label for a page in `lang`, and the language it is written in when that is not `lang`. */
export function localTagLabel(tag: string, lang: string): { label: string; lang?: string } {
  const own = site.tagLabels[lang]?.[tag];
  if (own !== undefined) return { label: own };
  const written = site.tagLabels[site.defaultLocale]?.[tag] ?? tagLabel(tag);
  return lang === site.defaultLocale ? { label: written } : { label: written, lang: site.defaultLocale };
}
