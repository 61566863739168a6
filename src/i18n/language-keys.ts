/**
 * Tables keyed by language outside the dictionaries (`tagLabels` and `countryNames` in src/site.config.ts,
 * `sameAsEnglish` in src/i18n/index.ts) under a code that site.locales writes otherwise: `'pt-br'` or `pt_BR` for
 * pt-BR. Each table is looked up by the code as site.locales writes it, so such an entry was read for no language:
 * the pt-BR pages showed the tags' English labels and the build said nothing. A table for a language the site does not
 * have is no mistake: it waits for the language.
 */
import { ContentError } from '../lib/content-error.ts';
import { languageNamed } from './locale-codes.ts';

/** A table keyed by language: where it is written, its name there, and its keys. */
export interface LanguageKeyedTable {
  file: string;
  name: string;
  keys: readonly string[];
}

/** The entries of `tables` keyed by one of the `configured` codes written in another case or with `_` for `-`. */
export function misnamedLanguageKeys(
  configured: readonly string[],
  tables: readonly LanguageKeyedTable[],
): ContentError[] {
  const written = new Map(configured.map((code) => [comparable(code), code]));
  return tables.flatMap(({ file, name, keys }) =>
    keys.flatMap((key) => {
      const meant = written.get(comparable(key));
      if (meant === undefined || meant === key) return [];
      const language = languageNamed(meant) ?? meant;
      // The key is right, and site.locales is not ("FR" for fr): the fix is there, as the dictionaries' check says.
      if (canonical(meant) === key) {
        return [
          new ContentError(
            file,
            entry(name, key),
            `"${key}" is how BCP 47 writes ${language}'s code, and site.locales writes it "${meant}": write "${key}" in site.locales (as written, its entries are read for no language)`,
          ),
        ];
      }
      return [
        new ContentError(
          file,
          entry(name, key),
          `"${key}" is not how site.locales writes ${language}'s code, ${meant}: write ${entry(name, meant)} (as written, its entries are read for no language)`,
        ),
      ];
    }),
  );
}

const comparable = (code: string) => code.toLowerCase().replaceAll('_', '-');

/** `code` as BCP 47 writes it ("fr" for "FR"), or undefined for one Intl cannot read ("en_GB"). */
function canonical(code: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(code)[0];
  } catch {
    return undefined;
  }
}

/** An entry of a table as JavaScript names it: tagLabels.fr, tagLabels['pt-BR']. */
function entry(table: string, code: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(code) ? `${table}.${code}` : `${table}['${code}']`;
}
