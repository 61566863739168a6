/**
 * How chart values read in the page's language: numbers, coarse dates (YYYY, YYYY-MM, YYYY-MM-DD), years, and
 * country codes. Everything goes through Intl with the page's `lang`; nothing here assumes English.
 */
import {
  countryName,
  dateFormatter,
  formatDate,
  listFormatter,
  numberFormatter,
  t,
  typesetDateParts,
} from '../i18n/index.ts';
import type { Column } from './types.ts';
import { displayDigits, isYearColumn as isYearValues, withMinusSign } from '../lib/format-value.ts';
import { curlyApostrophes } from '../lib/typography.ts';

export type Value = string | number | boolean | null | undefined;

/** A coarse date string as a UTC Date at the start of its period. */
export function parseDate(value: string): Date {
  const [year, month = 1, day = 1] = value.split('-').map(Number);
  return new Date(Date.UTC(year!, month - 1, day));
}

/** A coarse date as written for its precision: "2024", "March 2024", "26 January 2026" (French days: formatDate). */
export function formatCoarseDate(value: string, lang: string): string {
  const date = parseDate(value);
  const parts = value.split('-').length;
  if (parts === 3) return formatDate(date, lang, 'long');
  const options: Intl.DateTimeFormatOptions = parts === 2 ? { year: 'numeric', month: 'long' } : { year: 'numeric' };
  return dateFormatter(lang, options).format(date);
}

/**
 * Coarse dates of one precision, days (YYYY-MM-DD) or months (YYYY-MM), as a list that says each month and year
 * once, as a person writes it: "3 and 4 May 2009", "3 May and 4 June 2009", "May and June 2009"; « 1er et 4 mai
 * 2009 », the last day joined to its month by a no-break space in French (typesetDateParts). Listed in date order,
 * each date once. Each group is built from Intl's parts of its first date, its day (or month) replaced by the list
 * of them, so the order of day, month and year stays the language's. Days, months and years are the ones Intl
 * writes, in the page's calendar and digits ("۱۳ و ۱۴ اردیبهشت ۱۳۸۸" for fa-IR-u-ca-persian), grouped as written:
 * two days of one Gregorian month may fall in two Solar Hijri ones. Undefined for years (nothing to say once) and
 * for dates of mixed precision, which are listed each in full.
 */
export function formatDateList(values: string[], lang: string): string | undefined {
  const precision = values[0]?.split('-').length;
  if ((precision !== 2 && precision !== 3) || values.some((value) => value.split('-').length !== precision))
    return undefined;
  const formatter =
    precision === 3
      ? dateFormatter(lang, { dateStyle: 'long' })
      : dateFormatter(lang, { year: 'numeric', month: 'long' });
  const dates = [...new Set(values)]
    .sort()
    .map((value) => typesetDateParts(formatter.formatToParts(parseDate(value)), lang));
  const list = (items: string[]) => formatList(items, lang);
  const byYear = [...Map.groupBy(dates, yearOf).values()];
  if (precision === 2)
    return list(byYear.map((year) => replaced(year[0]!, ['month'], list(year.map((date) => partOf(date, 'month'))))));
  return list(
    byYear.map((year) => {
      const months = [...Map.groupBy(year, (date) => partOf(date, 'month')).values()].map((month) => {
        const [from, to] = span(month[0]!, ['day', 'month']);
        return replaced(month[0]!.slice(from, to + 1), ['day'], list(month.map((date) => partOf(date, 'day'))));
      });
      return replaced(year[0]!, ['day', 'month'], list(months));
    }),
  );
}

/**
 * The two ends of a span of coarse dates of one precision, days or months, the month and year they share said once
 * at the end, as a person writes it: ["3", "20 May 2009"], ["3 May", "4 June 2009"], ["May", "June 2009"]; « 1er »
 * for the first of the month in French, each day joined to its month by a no-break space (typesetDateParts). Intl's
 * range parts say which belong to the start, the end or both; the separator Intl puts between the ends ("–") is
 * left out, for the words that join them ("to", « du … au ») are the summary's. Ends of different years come back
 * in full, as do ends where Intl writes the range otherwise than a date alone (Japanese in figures, Italian days
 * with two digits); undefined for years and for ends of different precision, which are written each in full.
 *
 * One text, Intl's range as formatRange writes it, where what the ends share is said partly before the start and
 * partly after the end: American English "May 3 – 20, 2009", whose ends apart read "May 3" and "20, 2009", an end
 * without its month.
 */
export function formatDateRange(from: string, to: string, lang: string): [string, string] | string | undefined {
  const precision = from.split('-').length;
  if ((precision !== 2 && precision !== 3) || to.split('-').length !== precision) return undefined;
  const formatter =
    precision === 3
      ? dateFormatter(lang, { dateStyle: 'long' })
      : dateFormatter(lang, { year: 'numeric', month: 'long' });
  const parts = typesetDateParts(formatter.formatRangeToParts(parseDate(from), parseDate(to)), lang);
  const end = parts.findIndex((part) => part.source === 'endRange');
  const start = parts.findIndex((part) => part.source === 'startRange');
  // The same date has no range parts: nothing to share.
  if (end === -1 || start === -1) return undefined;
  const text = (list: Intl.DateTimeFormatPart[]) => list.map((part) => part.value).join('');
  const lastOfEnd = parts.findLastIndex((part) => part.source === 'endRange');
  const dated = (list: typeof parts) =>
    list.some((part) => part.source === 'shared' && ['day', 'month', 'year'].includes(part.type));
  if (dated(parts.slice(0, start)) && dated(parts.slice(lastOfEnd + 1))) return text(parts);
  const ends = [parseDate(from), parseDate(to)].map((date) => typesetDateParts(formatter.formatToParts(date), lang));
  // The start is what the range writes before its end and the start date written alone begin with: "3" of "3–20 May
  // 2009", "3." of German "3.–20. Mai 2009" and "2009년 5월 3일" of Korean "2009년 5월 3일~20일", whose separators
  // hold the punctuation that ends the start; "۳ مه" of Persian "۳ مه تا ۴ ژوئن ۲۰۰۹", whose start's month Intl
  // marks as shared.
  const before = text(parts.slice(0, end));
  const alone = text(ends[0]!);
  let length = 0;
  while (length < before.length && before[length] === alone[length]) length++;
  // The parts the start says in full: those of the range's text within it.
  const said = new Set<string>();
  let at = 0;
  for (const part of parts.slice(0, end)) if ((at += part.value.length) <= length) said.add(part.type);
  // A part the ends differ by that the start does not say would read as the end's (the start "3" of two months, as 3
  // June): such ends are written in full.
  const unsaid = (['day', 'month', 'year'] as const).some(
    (type) => partOf(ends[0]!, type) !== partOf(ends[1]!, type) && !said.has(type),
  );
  if (unsaid) return [text(ends[0]!), text(ends[1]!)];
  const first = before.slice(0, length).trimEnd();
  // A start that is a month alone is the month as the language names one without its year: Intl writes the start of
  // Persian "مهٔ تا ژوئن ۲۰۰۹" with the ezafe that joins a month to the year after it, which it is not joined to.
  if (precision === 2 && first === partOf(ends[0]!, 'month'))
    return [dateFormatter(lang, { month: 'long' }).format(parseDate(from)), text(parts.slice(end))];
  return [first, text(parts.slice(end))];
}

/** The value of a date's part of `type` as Intl writes it: the month "اردیبهشت", the day "۱۳". */
function partOf(parts: Intl.DateTimeFormatPart[], type: Intl.DateTimeFormatPartTypes): string {
  return parts.find((part) => part.type === type)?.value ?? '';
}

/** What a date's year is written as, with its era when it has one: what the dates listed under one year share. */
function yearOf(parts: Intl.DateTimeFormatPart[]): string {
  return parts
    .filter((part) => !['day', 'month', 'literal'].includes(part.type))
    .map((part) => part.value)
    .join(' ');
}

/** The first and last index of the parts of `types` (the day and the month of "3 May 2009", with the space between). */
function span(parts: Intl.DateTimeFormatPart[], types: string[]): [number, number] {
  const at = parts.flatMap((part, i) => (types.includes(part.type) ? [i] : []));
  return [at[0]!, at.at(-1)!];
}

/** `parts` as text, the span of the parts of `types` written as `text`. */
function replaced(parts: Intl.DateTimeFormatPart[], types: string[], text: string): string {
  const [from, to] = span(parts, types);
  return [
    ...parts.slice(0, from).map((part) => part.value),
    text,
    ...parts.slice(to + 1).map((part) => part.value),
  ].join('');
}

/**
 * Whether a column of numbers holds years (src/lib/format-value.ts says when): years are written without grouping,
 * as tables and <Fact> write them, whether the column is typed integer or number.
 */
export function isYearColumn(name: string, column: Column | undefined): boolean {
  const type = (column?.written ?? column)?.type;
  return (type === 'integer' || type === 'number') && isYearValues(name, column!);
}

/** A formatter for the values of one column, as a reader of `lang` reads them. */
export function valueFormatter(
  name: string | undefined,
  column: Column | undefined,
  lang: string,
): (value: Value) => string {
  if (!name || !column) return (value) => String(value ?? '');
  if (column.type === 'date') return (value) => (typeof value === 'string' ? formatCoarseDate(value, lang) : '');
  // A code Intl does not know (validate.ts rejects them on maps) is shown as written rather than failing here.
  if (column.ref === 'country')
    return (value) => (typeof value === 'string' ? (/^[A-Z]{2}$/.test(value) ? countryName(value, lang) : value) : '');
  if (column.type === 'number' || column.type === 'integer') {
    const options = isYearColumn(name, column) ? { useGrouping: false } : { ...displayDigits, ...percentUnit(column) };
    const format = withMinusSign(numberFormatter(lang, options));
    return (value) => (typeof value === 'number' ? format(value) : '');
  }
  // Yes or no in the page's language, as the table prints them (formatValue): a summary and a legend said "true" and
  // "false" on a French page. A category axis passes the value as the text it keys it by ("true").
  if (column.type === 'boolean') {
    return (value) =>
      value === true || value === 'true'
        ? t(lang)('value.yes')
        : value === false || value === 'false'
          ? t(lang)('value.no')
          : '';
  }
  // Text as the table prints it (formatValue): with typographic apostrophes, so the two read alike and the labels a
  // page marks as untranslated (untranslatedTexts) are found in the summary and the legend.
  return (value) => (value === null || value === undefined ? '' : curlyApostrophes(String(value)));
}

/**
 * A formatter for the values of one column that one chart writes side by side (a bar chart's value labels): every
 * number with the same decimals, the most any of `values` shows as valueFormatter rounds it (displayDigits), as
 * Datawrapper's automatic format does. Each on its own, "131" stood beside "150.25" and "14%" beside "12.5%", as if
 * the figures were known to different precisions. Other columns, and years, as valueFormatter writes them.
 */
export function sharedDecimalsFormatter(
  name: string | undefined,
  column: Column | undefined,
  lang: string,
  values: Value[],
): (value: Value) => string {
  if (!name || !column || (column.type !== 'number' && column.type !== 'integer') || isYearColumn(name, column))
    return valueFormatter(name, column, lang);
  const each = numberFormatter(lang, { ...displayDigits, ...percentUnit(column) });
  const shown = (value: number) =>
    each.formatToParts(value).find((part) => part.type === 'fraction')?.value.length ?? 0;
  const decimals = Math.max(0, ...values.filter((value) => typeof value === 'number').map(shown));
  const format = withMinusSign(
    numberFormatter(lang, { minimumFractionDigits: decimals, maximumFractionDigits: decimals, ...percentUnit(column) }),
  );
  return (value) => (typeof value === 'number' ? format(value) : '');
}

/** A column's human name: its label, else its name. */
export function columnLabel(name: string | undefined, columns: Record<string, Column>): string {
  if (!name) return '';
  return columns[name]?.label ?? name;
}

/** Whether a column's label already names its unit ("Active red notices", in red notices): it is not said twice. */
export function saysUnit(label: string, unit: string): boolean {
  return label.toLowerCase().includes(unit.toLowerCase());
}

/** A column's label with its unit in brackets when the label does not say it: "count (deletions or cancellations)". */
export function labelWithUnit(name: string | undefined, columns: Record<string, Column>): string {
  const label = columnLabel(name, columns);
  const unit = name ? columns[name]?.unit : undefined;
  return unit && !saysUnit(label, unit) ? `${label} (${unit})` : label;
}

/**
 * Intl options that write a percentage column's values as percentages in the reader's language ("55.1%", "55,1 %"),
 * as the data table does (src/lib/format-value.ts); none for other columns.
 */
export function percentUnit(column: Column | undefined): Intl.NumberFormatOptions {
  return (column?.written ?? column)?.unit === '%' ? { style: 'unit', unit: 'percent' } : {};
}

/** Tick formatter for a numeric scale of `column` in `lang` (years without grouping, percentages with their sign). */
export function tickNumber(lang: string, year = false, column?: Column): (value: number) => string {
  return withMinusSign(
    numberFormatter(
      lang,
      year ? { useGrouping: false } : { notation: 'standard', ...displayDigits, ...percentUnit(column) },
    ),
  );
}

/** Tick formatter for a time scale in `lang`: years when ticks fall on 1 January, else month and year. */
export function tickDate(lang: string): (value: Date) => string {
  const year = dateFormatter(lang, { year: 'numeric' });
  const month = dateFormatter(lang, { year: 'numeric', month: 'short' });
  return (value) => (value.getUTCMonth() === 0 && value.getUTCDate() === 1 ? year : month).format(value);
}

/** Joins items as a list in `lang`, as Intl.ListFormat does: "2013, 2017 and 2018" (British English, no serial comma), « 2013, 2017 et 2018 ». */
export function formatList(items: string[], lang: string): string {
  return listFormatter(lang, { style: 'long', type: 'conjunction' }).format(items);
}
