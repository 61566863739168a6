/**
 * The marks a page sets between items, in its language's script: the Latin script's middle dot and comma, the Arabic
 * script's bar and comma (Persian, Arabic, Urdu). Derived from the language as Intl knows it, as its direction and
 * digits are (locales.ts): a newsroom that adds Persian has nothing to set.
 */
import { writtenLocale } from './locales.ts';

const arabicScript = new Map<string, boolean>();

/**
 * Whether `code`'s pages are written in the Arabic script (fa, ar, ur, ps, az-Arab), its likely one as CLDR gives it.
 * Remembered per code, as textDirection. A code Intl cannot read is taken as not.
 */
function inArabicScript(code: string): boolean {
  let arabic = arabicScript.get(code);
  if (arabic === undefined) arabicScript.set(code, (arabic = scriptOf(code) === 'Arab'));
  return arabic;
}

function scriptOf(code: string): string | undefined {
  try {
    return new Intl.Locale(writtenLocale(code)).maximize().script;
  } catch {
    return undefined;
  }
}

/**
 * The mark between a list's items of metadata ("12 rows · Last checked 3 February 2026", a byline's author, date and
 * reading time): a middle dot, but a vertical bar in the Arabic script. There the digits' zero is drawn as a dot
 * (۰ in Persian, ٠ in Arabic), and "۱۲ · ۳" reads as a figure; Persian and Arabic news sites set a bar between a
 * date, a section and an author ("۱۴ بهمن ۱۴۰۴ | گزارش"), and a comma would read as one more item of a list.
 */
export function metaSeparator(code: string): '·' | '|' {
  return inArabicScript(code) ? '|' : '·';
}

/**
 * The comma between items that are no phrase to join with "and" (note numbers, "[1, 2]"; a dataset's downloads,
 * "CSV, JSON"), with the space after it: the Arabic script's "، " (U+060C), else ", ". A list of names is joined by
 * Intl.ListFormat (listFormatter, src/i18n/index.ts), which writes the language's own.
 */
export function listComma(code: string): ', ' | '\u060c ' {
  return inArabicScript(code) ? '\u060c ' : ', ';
}
