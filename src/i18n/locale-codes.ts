/**
 * Whether each code of site.locales names a language. The code is the pages' language (lang="…", hreflang, the
 * search index) and the locale of their plural forms, dates and figures, and Intl takes any well-formed code: "ua",
 * Ukraine's country code, written for Ukrainian ("uk"), was accepted, its pages marked lang="ua" and counted as
 * English counts, and the dictionary check asked for the Ukrainian plural forms to be removed.
 */
import { ContentError } from '../lib/content-error.ts';

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

/** The English name of the language `code` names, or undefined for a code no language has (ua, xq). */
export function languageNamed(code: string): string | undefined {
  try {
    return languageNames.of(code);
  } catch {
    return undefined;
  }
}

/**
 * The country a two-letter code names when it names no language, with the language most spoken there (CLDR's likely
 * subtags): ua is Ukraine's, whose language is uk; cz Czechia's, cs. A code that is both (ca: Catalan, and Canada)
 * is the language's.
 */
export function countryCode(code: string): { country: string; language: string } | undefined {
  if (!/^[a-z]{2}$/i.test(code) || languageNamed(code.toLowerCase())) return undefined;
  const region = code.toUpperCase();
  const country = regionNames.of(region);
  return country ? { country, language: new Intl.Locale(`und-${region}`).maximize().language } : undefined;
}

/** The problem of a configured language code that names no language, or undefined. */
export function localeCodeProblem(code: string): ContentError | undefined {
  if (languageNamed(code)) return undefined;
  const country = countryCode(code);
  const what = country
    ? `"${code}" is the code of a country (${country.country}), not of a language: ${languageNamed(country.language)}'s is "${country.language}"`
    : `"${code}" is no language's code: write the language's as BCP 47 has it ("es", "pt-BR")`;
  return new ContentError(
    'src/site.config.ts',
    'site.locales',
    `${what}; the code marks the pages' language (lang="${code}") and picks their plural forms, dates and figures`,
  );
}
