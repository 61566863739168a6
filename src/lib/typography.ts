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
 * written without a space is left as written. A date's day and its month are joined the same way, as the site
 * prints its own dates (typesetDateParts in src/i18n): « le 5\u00a0mai 2009 », « 1er\u00a0mars », « 1ᵉʳ\u00a0mars ».
 *
 * `before` and `after` are the text around `text` that is not part of it, looked at but never changed nor returned:
 * in Markdown, "le 5 *mai* 2009" is three texts ("le 5 ", "mai", " 2009"), and the space that joins the day to its
 * month is in one while the month is in another (src/build/typeset-prose.ts).
 */
export function frenchSpacing(text: string, before = '', after = ''): string {
  let result = text;
  // Each rule matches the spaces it replaces and nothing else (what is around them is looked at, not matched), and
  // writes one space for them: the rules apply one after the other, each to what the one before wrote.
  for (const [pattern, space] of spacingRules()) {
    const whole = before + result + after;
    const start = before.length;
    const end = start + result.length;
    let written = '';
    let last = start;
    for (const match of whole.matchAll(pattern)) {
      const from = Math.max(match.index, start);
      const to = Math.min(match.index + match[0].length, end);
      if (from >= to) continue;
      written += whole.slice(last, from) + space;
      last = to;
    }
    result = written + whole.slice(last, end);
  }
  return result;
}

let rules: [RegExp, string][] | undefined;
/** French spacing's rules: the spaces each one matches, and the space it writes for them. Built once. */
function spacingRules(): [RegExp, string][] {
  return (rules ??= [
    [/[ \t\r\n]+(?=[;!?])/g, '\u202f'],
    [/[ \t\r\n]+(?=[:»])/g, '\u00a0'],
    [/(?<=«)[ \t\r\n]+/g, '\u00a0'],
    [dayAndMonth(), '\u00a0'],
  ]);
}

/**
 * The spaces after a day of the month ("5", "05", "1er", "1ᵉʳ" in superscript letters) before a French month's
 * name as Intl writes it, in full or short (mai, janvier, janv.). The day stands alone (not the end of a figure,
 * 4 817, nor of a decimal, 2,5, nor of a word) and the month is a whole word in lower case, as French writes it:
 * "3 Mars" (the planet) is not one.
 */
function dayAndMonth(): RegExp {
  const names = new Set<string>();
  for (const month of ['long', 'short'] as const) {
    const format = new Intl.DateTimeFormat('fr', { month, timeZone: 'UTC' });
    for (let index = 0; index < 12; index++) names.add(format.format(new Date(Date.UTC(2026, index, 1))));
  }
  const months = [...names].sort((a, b) => b.length - a.length).map((name) => name.replace(/\./g, '\\.'));
  // Not after a letter, a digit or a figure's point or comma, nor after a no-break space that follows a digit (a
  // figure's groups); after the space an opening guillemet takes (« 5 mai ») or a word's (le 5), it is a day.
  const day = `(?<![\\p{L}\\p{N}.,]|[\\p{N}.,][\\u00a0\\u202f])(?:\\d{1,2}|1er|1\u1d49\u02b3)`;
  return new RegExp(`(?<=${day})[ \\t\\r\\n]+(?=(?:${months.join('|')})(?![\\p{L}]))`, 'gu');
}

/** Whether text in `lang` takes French spacing, by language code (fr, fr-CA, fr-BE). */
const french = new Map<string, boolean>();

/** Whether text in `lang` takes French spacing (see frenchSpacing). */
export function takesFrenchSpacing(lang: string): boolean {
  let isFrench = french.get(lang);
  if (isFrench === undefined) french.set(lang, (isFrench = new Intl.Locale(lang).language === 'fr'));
  return isFrench;
}

/**
 * A figure typed with spaces between its groups of digits ("7 678", "1 200 000"; Persian ۱۲ ۳۴۵ too), as French,
 * Polish or Swedish write them: the groups and the spaces between them. Not a figure: digits after a figure's point or
 * comma (a decimal's are not grouped so) or glued to a word ("A4 100", "Covid-19 100"); a first group with a leading
 * zero, or a last one followed by more digits after a space, as telephone numbers are grouped ("0800 123 456",
 * "+1 555 123 4567"). A year before a count ("en 2019 1 234 notices") is four digits and stays apart. A space already
 * kept from breaking is one of the figure's too, so that a figure typed with both is joined by one kind.
 */
const spacedFigure =
  /(?<![\p{L}\p{N}.,\u066b\u066c]|[\p{L}\p{N}]-)(?!0)\p{Nd}{1,3}(?:[ \t\r\n\u00a0\u202f]+\p{Nd}{3})+(?!\p{N})(?![ \t\u00a0\u202f]+\p{N})/gu;
const figureSpaces = /[ \t\r\n\u00a0\u202f]+/g;
/** What a telephone number's later groups follow: its "+" and country code, or a group led by a zero ("0800 "). */
const telephoneBefore = /(?:\+[\p{N} \t\u00a0]*|(?:^|[^\p{N}])0\p{N}*[ \t\u00a0]+)$/u;

/** The space each language's figures are grouped with where it is one (Intl), by language code. */
const groupSpaces = new Map<string, string>();

/**
 * The space that joins a figure's groups in `lang`: the one Intl groups the language's figures with, where that is a
 * space (a narrow no-break space in French, a no-break space in Polish), else a no-break space, as wide as the one typed
 * (English and Persian group with a comma or ٬, and an editor who typed spaces chose them).
 */
function groupSpace(lang: string): string {
  let space = groupSpaces.get(lang);
  if (space === undefined) {
    const group = new Intl.NumberFormat(lang).formatToParts(10000).find((part) => part.type === 'group')?.value;
    groupSpaces.set(lang, (space = group !== undefined && /^\s$/u.test(group) ? group : '\u00a0'));
  }
  return space;
}

/**
 * A figure's groups kept on one line: the spaces an editor typed between them made ones that do not break, so that
 * "7 678" never ends a line with "7" and starts the next with "678" (read as two figures). In every language: the
 * site's own figures are grouped by Intl, but a figure typed in prose, a title or a source's name is as written.
 */
export function figureSpacing(text: string, lang: string): string {
  return text.replace(spacedFigure, (figure: string, offset: number) =>
    telephoneBefore.test(text.slice(0, offset)) ? figure : figure.replace(figureSpaces, groupSpace(lang)),
  );
}

/**
 * `text` typeset as text in `lang` is: a figure's groups kept together (figureSpacing, unless `figures` is false), and
 * French spacing in French; otherwise as written.
 */
export function typeset(text: string, lang: string, figures = true): string {
  const spaced = takesFrenchSpacing(lang) ? frenchSpacing(text) : text;
  return figures ? figureSpacing(spaced, lang) : spaced;
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
