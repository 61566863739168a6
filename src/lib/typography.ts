/**
 * Typesetting for text that editors write outside MDX prose (which Astro's smartypants already typesets): a chart's
 * title, subtitle and note are MDX attributes, printed as written; a dataset's translations and a source's title are
 * JSON, given French spacing around punctuation when they are in French.
 */

/**
 * Straight apostrophes between letters (Interpol's, l'enquête, don't) as typographic ones (’). Quotation marks and
 * apostrophes elsewhere ('90s, a quoted 'word') are left as written: telling them apart needs more than the
 * neighbouring letters.
 */
export function curlyApostrophes(text: string): string {
  return text.replace(/(?<=[\p{L}\p{N}])'(?=\p{L})/gu, '’');
}

/**
 * French spacing around punctuation: the space an editor typed before : ; ! ? and », or after «, made one that does
 * not break, so that no line starts with ":" or "»" nor ends with "«". A no-break space before the colon and inside
 * guillemets, a narrow one before ; ! ?, as the site's own French strings have them (src/i18n/fr.ts). Punctuation
 * written without a space is left as written.
 */
export function frenchSpacing(text: string): string {
  return text
    .replace(/[ \t\r\n]+(?=[;!?])/g, '\u202f')
    .replace(/[ \t\r\n]+(?=[:»])/g, '\u00a0')
    .replace(/«[ \t\r\n]+/g, '«\u00a0');
}

/** Whether text in `lang` takes French spacing, by language code (fr, fr-CA, fr-BE). */
const french = new Map<string, boolean>();

/** `text` typeset as text in `lang` is (French spacing in French); as written in other languages. */
export function typeset(text: string, lang: string): string {
  let isFrench = french.get(lang);
  if (isFrench === undefined) french.set(lang, (isFrench = new Intl.Locale(lang).language === 'fr'));
  return isFrench ? frenchSpacing(text) : text;
}

/** Every string in `value` (an object read from JSON: its values, not its keys) typeset as text in `lang`. */
export function typesetStrings<T>(value: T, lang: string): T {
  if (typeof value === 'string') return typeset(value, lang) as T;
  if (Array.isArray(value)) return value.map((item) => typesetStrings(item, lang)) as T;
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, typesetStrings(item, lang)])) as T;
  }
  return value;
}
