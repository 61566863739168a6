/** The language folder a root-relative address starts with (/fr/, /pt-br/, /es-419/), and its prefix. */
import { type Locale, locales, localeFolder } from '../../i18n/locales.ts';

/** The language whose folder `segment` is (fr, pt-br, es-419; the default language's too, en). */
function folderLanguage(segment: string | undefined): Locale | undefined {
  return locales.find((code) => localeFolder(code) === segment);
}

/** Whether `segment` is a language's folder. */
export function isLocaleFolder(segment: string): boolean {
  return folderLanguage(segment) !== undefined;
}

/** The address prefix of a language's pages ("/pt-br"), or "" for none. */
export function folderOf(lang: Locale | undefined): string {
  return lang ? `/${localeFolder(lang)}` : '';
}

/**
 * The language whose folder a root-relative path starts with (/fr/, /pt-br/, /es-419/; the default language's too,
 * /en/, under which the site has no page), and the path after it.
 */
export function languagePrefix(path: string): { prefix?: Locale; rest: string } {
  const first = path.split('/')[1];
  const prefix = folderLanguage(first);
  return prefix ? { prefix, rest: path.slice(first!.length + 1) || '/' } : { rest: path };
}
