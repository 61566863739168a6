/**
 * The interface strings and the locale-aware formatting every page uses. Templates never hold user-facing text:
 * they call `t(lang)` and get the strings of the page's language, with `{name}` placeholders filled in.
 */
import { en, type CountedKey, type Dictionary, type DictionaryKey, type StringKey } from './en.ts';
import { fr } from './fr.ts';
import { defaultLocale, languageName, pageCalendar, writtenLocale, type Locale } from './locales.ts';
import { site } from '../site.config.ts';

/** One complete dictionary per configured language (src/site.config.ts): a language without one is a type error. */
export const dictionaries: Record<Locale, Dictionary> = { en, fr };
/**
 * Strings a language writes as English does on purpose (a name, a code, a word both share): the build stops on a
 * dictionary more than half of whose strings are the English ones (src/i18n/check.ts), and does not count these.
 */
export const sameAsEnglish: Partial<Record<Locale, readonly StringKey[]>> = {};
export { defaultLocale };
export type { CountedKey, Dictionary, DictionaryKey, StringKey };

/** The qualifiers a dataset may put before a figure (key-figures.ts): the dictionaries' `qualifier.*` strings. */
const qualifierKeys = (Object.keys(en) as StringKey[]).filter((key) => key.startsWith('qualifier.'));

/** A qualifier as compared: trimmed, in lower case, its spaces (no-break ones too) single. */
const qualifierForm = (text: string, lang: string) => text.trim().replace(/\s+/gu, ' ').toLocaleLowerCase(lang);

/** By language, its qualifier words as compared (qualifierForm) and the key of each. */
const qualifierWords = new Map<string, Map<string, StringKey>>();
function qualifierKey(written: string, from: string): StringKey | undefined {
  let words = qualifierWords.get(from);
  if (!words) {
    const say = t(from);
    qualifierWords.set(from, (words = new Map(qualifierKeys.map((key) => [qualifierForm(say(key), from), key]))));
  }
  return words.get(qualifierForm(written, from));
}

/**
 * A figure's qualifier ("about", "at least", "under"; « environ », « au moins », « moins de ») in `lang`. A dataset
 * writes it in its own language, `from` (its `lang`, dataset-locale.ts; by default the site's): a word of `from`'s
 * dictionary is said in `lang`'s words; another is returned as written, with `translated: false`, for the page to
 * mark its language.
 */
export function qualifierIn(
  qualifier: string,
  lang: string,
  from: string = defaultLocale,
): { text: string; translated: boolean } {
  const key = qualifierKey(qualifier, from);
  return key ? { text: t(lang)(key), translated: true } : { text: qualifier, translated: false };
}

/**
 * The translator for `lang`, falling back to the default locale's strings, then to the English ones. A build never
 * gets there: the preflight stops on a configured language whose dictionary is missing or lacks a string
 * (src/i18n/check.ts); the fallback keeps the code that runs before it (Astro's configuration) from failing first.
 * A number filled in is a count ("{count} rows") and is written as `lang` writes figures ("12,878", « 12 878 »);
 * pass a string for one that must stay as it is.
 */
export function t(lang: string = defaultLocale) {
  const dictionary = dictionaries[lang as Locale] ?? dictionaries[defaultLocale];
  const fill = (value: string | number | undefined, name: string) =>
    value === undefined ? `{${name}}` : typeof value === 'number' ? formatNumber(value, lang) : value;
  return (key: DictionaryKey, params: Record<string, string | number> = {}): string =>
    (lookup(dictionary, key) ?? lookup(dictionaries[defaultLocale], key) ?? lookup(en, key)!).replace(
      /\{(\w+)\}/g,
      (_, name: string) => fill(params[name], name),
    );
}

/** The last part of a counted string's key in a category other than "other" (`.few` of `count.rows.few`). */
const pluralSuffix = /\.(?:zero|one|two|few|many)$/;

/**
 * A string of `dictionary`. A counted string's form it lacks is its own language's "other" form, not the next
 * dictionary's, which is another language's words: the preflight stops on a missing form (src/i18n/check.ts), and
 * what runs before it reads the count in the page's language.
 */
function lookup(dictionary: Dictionary | undefined, key: DictionaryKey): string | undefined {
  const strings = dictionary as Readonly<Record<string, string | undefined>> | undefined;
  return strings?.[key] ?? (pluralSuffix.test(key) ? strings?.[key.replace(pluralSuffix, '.other')] : undefined);
}

// Building an Intl formatter costs far more than using one, and a page formats hundreds of values: keep one per
// language and options (npm run bench's CPU profile showed fresh formatters at ~1.5 ms a page).
// A DateTimeFormat takes ~0.3 ms to build on this project's CI machine, a ListFormat ~30 µs, a NumberFormat ~10 µs.
type Formatter = Intl.DateTimeFormat | Intl.NumberFormat | Intl.DisplayNames | Intl.ListFormat | Intl.PluralRules;
const formatters = new Map<string, Formatter>();
function memo<F extends Formatter>(key: string, make: () => F): F {
  let formatter = formatters.get(key) as F | undefined;
  if (!formatter) formatters.set(key, (formatter = make()));
  return formatter;
}

/**
 * A shared Intl.DateTimeFormat for the language `locale` and `options` (UTC: dates here are calendar days), in the
 * locale its pages are written in (writtenLocale: "26 January 2026" in British English, not Intl's American default).
 *
 * Every date of a page is in one calendar, the Gregorian one, in the page's language and digits ("۳ فوریهٔ ۲۰۲۶"):
 * the months and years its datasets and sources give are Gregorian, and another calendar cannot restate them (Intl
 * would name the Solar Hijri month the first day of December 2023 falls in, "آذر ۱۴۰۲", whose last ten days are in
 * دی). Persian days were written in Intl's default for `fa`, Solar Hijri, beside those Gregorian months and years. A
 * language whose `intl` names a calendar (`fa-IR-u-ca-persian`) has its days in it (pageCalendar); its months and
 * years known alone stay Gregorian.
 */
export function dateFormatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const coarse = options.day === undefined && options.dateStyle === undefined && options.calendar === undefined;
  return memo(
    `date ${locale} ${JSON.stringify(options)}`,
    () =>
      new Intl.DateTimeFormat(writtenLocale(locale), {
        calendar: coarse ? 'gregory' : pageCalendar(locale),
        ...options,
        timeZone: 'UTC',
      }),
  );
}

/** Whether `lang` is French (fr, fr-CA, fr-BE), remembered per code: dates are formatted by the hundred a page. */
const french = new Map<string, boolean>();
function isFrench(lang: string): boolean {
  let is = french.get(lang);
  if (is === undefined) french.set(lang, (is = new Intl.Locale(lang).language === 'fr'));
  return is;
}

/**
 * Intl's parts of a date (or of a range of dates) as French writes them, which Intl does not: the first of the month
 * as an ordinal ("1er mars"), and the day joined to its month by a no-break space (U+00A0), so that no line ends on
 * "5" with "mai 2009" on the next (Lexique des règles typographiques en usage à l'Imprimerie nationale). The space
 * between the month and the year stays one a line may break at, as French usage allows: a date in a narrow table
 * cell or under a chart's axis may need that break, and "5 mai" is what must read as one. Other languages' parts
 * are returned as they are: English sets no rule for it, and its dates stay as Intl writes them.
 */
export function typesetDateParts<P extends Intl.DateTimeFormatPart>(parts: P[], lang: string): P[] {
  if (!isFrench(lang)) return parts;
  return parts.map((part, i) => {
    if (part.type === 'day' && part.value === '1') return { ...part, value: '1er' };
    if (
      part.type === 'literal' &&
      /^\s+$/.test(part.value) &&
      parts[i - 1]?.type === 'day' &&
      parts[i + 1]?.type === 'month'
    )
      return { ...part, value: '\u00a0' };
    return part;
  });
}

/**
 * A date as readers of `lang` write it, e.g. "26 January 2026"; dates are calendar days, shown in UTC. French writes
 * the first of the month as an ordinal and the day and month joined ("1er\u00a0mars 2026": typesetDateParts).
 */
export function formatDate(date: Date, lang: string = defaultLocale, style: 'long' | 'medium' = 'long'): string {
  const formatter = dateFormatter(lang, { dateStyle: style });
  if (!isFrench(lang)) return formatter.format(date);
  return typesetDateParts(formatter.formatToParts(date), lang)
    .map((part) => part.value)
    .join('');
}

/**
 * A date written YYYY-MM-DD, YYYY-MM or YYYY (a source's publication date) at the precision it is known to, in the
 * medium style: "26 Jan 2026", "Feb 2023", "2023"; "26\u00a0janv. 2026", "févr. 2023" in French.
 */
export function formatPartialDate(value: string, lang: string = defaultLocale): string {
  const [year, month, day] = value.split('-').map(Number);
  if (day !== undefined) return formatDate(new Date(Date.UTC(year!, month! - 1, day)), lang, 'medium');
  if (month !== undefined)
    return dateFormatter(lang, { year: 'numeric', month: 'short' }).format(new Date(Date.UTC(year!, month - 1, 1)));
  // A year in the page's digits (۲۰۲۲ in Persian), ungrouped.
  return Number.isInteger(year) ? formatNumber(year!, lang, { useGrouping: false }) : value;
}

/**
 * A shared Intl.NumberFormat for `lang` and `options`, in the locale its pages are written in (writtenLocale), as
 * every formatter here: British English writes its figures as American does, but its compact ones "15.5k".
 */
export function numberFormatter(lang: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return memo(`number ${lang} ${JSON.stringify(options)}`, () => new Intl.NumberFormat(writtenLocale(lang), options));
}

/**
 * A page's number as the site writes it, in a list's title and its pager: a label, without grouping ("page 1000",
 * "Page 2 of 1000"), in the digits of the page's figures (۲ in Persian).
 */
export function formatPageNumber(page: number, lang: string = defaultLocale): string {
  return formatNumber(page, lang, { useGrouping: false });
}

/** A number as readers of `lang` write it, e.g. 4,817 or 4 817. */
export function formatNumber(
  value: number,
  lang: string = defaultLocale,
  options: Intl.NumberFormatOptions = {},
): string {
  return numberFormatter(lang, options).format(value);
}

/** A shared Intl.ListFormat for `lang` and `options`: "A, B and C" in British English, without the serial comma. */
export function listFormatter(lang: string, options: Intl.ListFormatOptions = {}): Intl.ListFormat {
  return memo(`list ${lang} ${JSON.stringify(options)}`, () => new Intl.ListFormat(writtenLocale(lang), options));
}

/** A part of a list of languages (languageList): a language's name, with its code, or the words between names. */
export interface LanguageListPart {
  value: string;
  code?: string;
}

/**
 * The languages `codes` named and listed as `lang` lists them ("French and Spanish", « anglais et espagnol »), in
 * parts, each name with its code (for a link). Formatted with the names, not the codes: the words between them
 * depend on the names' sounds (Spanish "francés e inglés", Hebrew's "ו" joined to the name after it, "אנגלית וצרפתית").
 */
export function languageList(codes: readonly string[], lang: string): LanguageListPart[] {
  let item = 0;
  return listFormatter(lang)
    .formatToParts(codes.map((code) => languageName(code, lang)))
    .map((part) => (part.type === 'element' ? { value: part.value, code: codes[item++]! } : { value: part.value }));
}

/** Shared Intl.PluralRules for `lang`. */
export function pluralRules(lang: string): Intl.PluralRules {
  return memo(`plural ${lang}`, () => new Intl.PluralRules(writtenLocale(lang)));
}

/** A country's name in `lang`, from its ISO 3166-1 alpha-2 code: the house style's (site.countryNames), else Intl's. */
export function countryName(code: string, lang: string = defaultLocale): string {
  return (
    site.countryNames[lang]?.[code] ??
    memo(`region ${lang}`, () => new Intl.DisplayNames([writtenLocale(lang)], { type: 'region' })).of(code) ??
    code
  );
}
