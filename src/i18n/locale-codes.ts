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

/**
 * The problem of a configured language code that names no language, or undefined. The language is the code's first
 * subtag: a variant or script Intl has no name for is still the language's ("hy-arevmda", Western Armenian). A
 * two-letter language Intl does not name is no language (Intl names all 183 of ISO 639-1's); a longer one may be one
 * of the thousands of ISO 639-3 that CLDR has no data for, a newsroom's real language: taken as written.
 */
export function localeCodeProblem(code: string): ContentError | undefined {
  let language: string;
  try {
    language = new Intl.Locale(code).language;
  } catch {
    return codeProblem(code, `"${code}" is not a language code as BCP 47 writes one ("es", "pt-BR")`);
  }
  if (languageNamed(language) || language.length > 2) return undefined;
  const country = countryCode(language);
  return codeProblem(
    code,
    country
      ? `"${code}" is the code of a country (${country.country}), not of a language: ${languageNamed(country.language)}'s is "${country.language}"`
      : `"${code}" is no language's code: write the language's as BCP 47 has it ("es", "pt-BR")`,
  );
}

function codeProblem(code: string, what: string): ContentError {
  return new ContentError(
    'src/site.config.ts',
    'site.locales',
    `${what}; the code marks the pages' language (lang="${code}") and picks their plural forms, dates and figures`,
  );
}
