/**
 * The site's languages and where each one's pages live, derived from `site.locales` (src/site.config.ts): the
 * default language at the root (/stories/x/), every other under its code (/fr/stories/x/). This is the rule Astro's
 * i18n routing follows with `prefixDefaultLocale: false` (see `astroI18n`); it is written out here so that code
 * running outside Astro (feeds, tests, build checks) computes the same addresses as `getRelativeLocaleUrl`. A code is
 * written in addresses in small letters (/pt-br/ for pt-BR), its folder (`localeFolder`), as `getRelativeLocaleUrl`
 * and Hugo write it: static hosts match addresses case by case, and a reader typing /pt-br/ would find nothing at
 * /pt-BR/. Its pages' `lang` and `hreflang`, and its content folder, keep the code as site.locales writes it.
 */
import { site, type Locale } from '../site.config.ts';

export type { Locale };

/** Every configured language code, the default first as configured. */
export const locales: readonly Locale[] = site.locales.map((locale) => locale.code);
export const defaultLocale: Locale = site.defaultLocale;
/** The languages served under a prefix: every one but the default. */
export const prefixedLocales: readonly Locale[] = locales.filter((code) => code !== defaultLocale);

/** Whether `code` is a configured language. */
export function isLocale(code: string | undefined): code is Locale {
  return code !== undefined && (locales as readonly string[]).includes(code);
}

/**
 * The name a language's dictionary is exported under from src/i18n/<code>.ts: the code without its hyphens, since a
 * JavaScript name cannot hold one (`ptBR` for pt-BR, `srLatn` for sr-Latn, `es419` for es-419; `fr` for fr).
 */
export function dictionaryName(code: string): string {
  return code.replaceAll('-', '');
}

/**
 * How `dictionaries` (src/i18n/index.ts) registers a language's dictionary: `fr` for fr, `'pt-BR': ptBR` for a code
 * that is no JavaScript name.
 */
export function dictionaryEntry(code: string): string {
  const name = dictionaryName(code);
  return name === code ? code : `'${code}': ${name}`;
}

/** A language's name in itself ("Français"), as the language switcher shows it. */
export function localeLabel(code: Locale): string {
  return site.locales.find((locale) => locale.code === code)?.label ?? code;
}

/**
 * The locale `code`'s pages are written in, for Intl's dates and figures and for og:locale: its `intl` in
 * site.locales ("en-GB"), else the code itself.
 */
export function writtenLocale(code: string): string {
  const locale = site.locales.find((entry) => entry.code === code);
  return locale && 'intl' in locale ? locale.intl : code;
}

/**
 * The calendar `code`'s pages write their days in: the one its `intl` names (`fa-IR-u-ca-persian`), else the
 * Gregorian one, whatever Intl's default for the language (Solar Hijri for `fa`, Buddhist for `th`). A page's other
 * dates are Gregorian: a dataset's years and a source's months, which another calendar cannot restate (a Solar Hijri
 * year straddles two Gregorian ones), so that the publication date "۱۴ بهمن ۱۴۰۴" stood above a chart of "۲۰۲۴".
 */
export function pageCalendar(code: string): string {
  return new Intl.Locale(writtenLocale(code)).calendar ?? 'gregory';
}

/** The direction a language is written in: "rtl" for Persian, Arabic, Hebrew, Urdu …, "ltr" otherwise. */
export type TextDirection = 'ltr' | 'rtl';

// Intl.Locale's text info (ECMA-402's Intl Locale Info: getTextInfo() in Node 24, a textInfo getter in older V8), not
// yet in TypeScript's lib.
type WithTextInfo = Intl.Locale & {
  getTextInfo?: () => { direction?: TextDirection };
  textInfo?: { direction?: TextDirection };
};
const directions = new Map<string, TextDirection>();

/**
 * The direction `code` is written in, from the script CLDR gives the language (Intl.Locale's text info): "fa", "ar",
 * "he", "ur" are written right to left, "az-Arab" too, "az" not. Remembered per code: pages ask for it by the
 * hundred. A code Intl cannot read is taken as left to right.
 */
export function textDirection(code: string): TextDirection {
  let direction = directions.get(code);
  if (direction === undefined) directions.set(code, (direction = directionOf(code)));
  return direction;
}

function directionOf(code: string): TextDirection {
  try {
    const locale = new Intl.Locale(code) as WithTextInfo;
    const info = locale.getTextInfo?.() ?? locale.textInfo;
    return info?.direction === 'rtl' ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}

/**
 * The `dir` an element in `textLang` needs on a page in `pageLang`: its language's direction where that is not the
 * page's (an English title on a Persian page, a Persian one on an English page), else none, as it inherits the right
 * one. Undefined `textLang` (text in the page's language) needs none either.
 */
export function dirAttribute(textLang: string | undefined, pageLang: string): TextDirection | undefined {
  if (!textLang) return undefined;
  const direction = textDirection(textLang);
  return direction === textDirection(pageLang) ? undefined : direction;
}

/** Intl.DisplayNames per language, remembered: building one takes ~25 µs, and every page names languages. */
const languageNames = new Map<string, Intl.DisplayNames>();

/** A language's name in another language ("anglais" for `en` in `fr`), from Intl.DisplayNames. */
export function languageName(code: string, inLang: string): string {
  let names = languageNames.get(inLang);
  if (!names) languageNames.set(inLang, (names = new Intl.DisplayNames([inLang], { type: 'language' })));
  return names.of(code) ?? code;
}

/**
 * The folder a language's pages are published in, the first segment of their addresses: its code in small letters
 * (`pt-br` for pt-BR, `es-419`, `fr`), as Astro's `getRelativeLocaleUrl` and Hugo write it.
 */
export function localeFolder(code: string): string {
  return code.toLowerCase();
}

/** The language published in `folder` (an address's first segment), undefined if none is: "pt-br" -> pt-BR, "pt-BR" -> none. */
export function folderLocale(folder: string | undefined): Locale | undefined {
  return folder === undefined ? undefined : prefixedLocales.find((code) => localeFolder(code) === folder);
}

/**
 * The language whose folder a root-relative `path` writes in other letters (/pt-BR/x/, /PT-BR/x/ for pt-BR, whose
 * folder is pt-br), and the path with its folder as published (/pt-br/x/); undefined for any other path. A host
 * matches addresses letter for letter: such a link finds no page.
 */
export function miscasedFolder(path: string): { lang: Locale; path: string } | undefined {
  const first = path.split('/')[1] ?? '';
  const lang = prefixedLocales.find((code) => localeFolder(code) === first.toLowerCase());
  if (!lang || first === localeFolder(lang)) return undefined;
  return { lang, path: `/${localeFolder(lang)}${path.slice(first.length + 1)}` };
}

/**
 * What to say of a root-relative address (query and anchor kept) whose language folder is written in other letters
 * (/pt-BR/x/?q=1): where the language's pages are, and the address to write; undefined for any other address.
 */
export function miscasedFolderProblem(address: string): string | undefined {
  const [path = ''] = address.split(/[?#]/);
  const meant = miscasedFolder(path);
  if (!meant) return undefined;
  const folder = localeFolder(meant.lang);
  return `${meant.lang}'s pages are published under /${folder}/, in small letters, as hosts match addresses letter for letter: write ${meant.path}${address.slice(path.length)}`;
}

/**
 * The address of a root-relative `path` in `lang`: `localePath('/stories/', 'fr')` is "/fr/stories/",
 * `localePath('/', 'pt-BR')` "/pt-br/", and the default language's paths are unchanged.
 */
export function localePath(path: string, lang: string): string {
  if (lang === defaultLocale || !isLocale(lang)) return path;
  return path === '/' ? `/${localeFolder(lang)}/` : `/${localeFolder(lang)}${path}`;
}

/**
 * The language of a root-relative path and the path as the default language serves it ("/fr/cases/" -> fr,
 * "/cases/"; "/pt-br/" -> pt-BR, "/"). A folder in another case than its language's ("/pt-BR/") is no language's.
 */
export function splitLocalePath(path: string): { lang: Locale; path: string } {
  const first = path.split('/')[1];
  const lang = folderLocale(first);
  if (lang) return { lang, path: path.slice(first!.length + 1) || '/' };
  return { lang: defaultLocale, path };
}

/** Astro's `i18n` option: the configured languages, the default one unprefixed. */
export const astroI18n = {
  locales: [...locales],
  defaultLocale,
  routing: { prefixDefaultLocale: false },
};

/**
 * @astrojs/sitemap's `i18n` option: the sitemap pairs /x/ and /fr/x/ as alternates of each other. Its keys are the
 * addresses' folders (`pt-br`), its values the `hreflang` they are marked with (`pt-BR`).
 */
export const sitemapI18n = {
  defaultLocale,
  locales: Object.fromEntries(locales.map((code) => [code === defaultLocale ? code : localeFolder(code), code])),
};
