/**
 * A dataset value as a reader sees it, in the page's language: numbers with grouping (and "%" for percentages),
 * every decimal the dataset gives and the minus sign, as a chart writes it (withMinusSign),
 * full dates and months written out, country codes as the country's name, gaps as "no data" (an empty text cell as
 * nothing), text with typographic apostrophes.
 */
import { countryName, dateFormatter, formatDate, numberFormatter, t } from '../i18n/index.ts';
import type { Column } from '../schemas/dataset.ts';
import { percentUnit } from '../schemas/dataset/percent-words.ts';
import { curlyApostrophes } from './typography.ts';
import { nearestName } from './edit-distance.ts';

export type NumberFormat = 'compact' | 'decimal' | Intl.NumberFormatOptions;

const presets: Record<string, Intl.NumberFormatOptions> = {
  compact: { notation: 'compact', maximumFractionDigits: 1 },
  decimal: { minimumFractionDigits: 1, maximumFractionDigits: 1 },
};

/** Intl.NumberFormat's options: it ignores any other, so a misspelt one ("maximumFractionDigit") changed nothing. */
const numberFormatOptions = [
  'localeMatcher',
  'numberingSystem',
  'style',
  'currency',
  'currencyDisplay',
  'currencySign',
  'unit',
  'unitDisplay',
  'minimumIntegerDigits',
  'minimumFractionDigits',
  'maximumFractionDigits',
  'minimumSignificantDigits',
  'maximumSignificantDigits',
  'roundingPriority',
  'roundingIncrement',
  'roundingMode',
  'trailingZeroDisplay',
  'notation',
  'compactDisplay',
  'useGrouping',
  'signDisplay',
];

/**
 * Whether Intl's percent style prints `figure` right: a fraction of 1 (0.39 as "39%") in a column that is no percentage.
 * It multiplies by 100, and a dataset's percentages are already out of 100 ("unit": "%": 39 would print "3,900%").
 */
function isFraction(figure: { value: unknown; percent: boolean }): boolean {
  return !figure.percent && typeof figure.value === 'number' && Math.abs(figure.value) <= 1;
}

/**
 * What is wrong with a `<Fact>`'s `format`, or undefined. A name it does not know (`format="compakt"`) would print the
 * figure as if none were given, without a word; options Intl refuses would stop the page with Intl's words alone.
 * `figure`, when the row is known: the value printed, and whether its column says it is a percentage ("unit": "%").
 */
export function numberFormatProblem(
  format: unknown,
  figure?: { value: unknown; percent: boolean },
): string | undefined {
  if (format === undefined || (typeof format === 'string' && Object.hasOwn(presets, format))) return undefined;
  if (typeof format === 'object' && format !== null && !Array.isArray(format)) {
    const unknown = Object.keys(format).find((option) => !numberFormatOptions.includes(option));
    if (unknown !== undefined) {
      const near = nearestName(unknown, numberFormatOptions);
      return `Intl.NumberFormat has no option "${unknown}", and would ignore it${near ? `: did you mean "${near}"?` : `: expected one of ${numberFormatOptions.join(', ')}`}`;
    }
    if ((format as Intl.NumberFormatOptions).style === 'percent' && figure && !isFraction(figure))
      return 'style "percent" multiplies the figure by 100 (39 would print "3,900%"): a percentage is the column\'s to say, with "unit": "%" in the dataset';
    try {
      new Intl.NumberFormat('en', format);
      return undefined;
    } catch (error) {
      return `Intl.NumberFormat does not take these options (${(error as Error).message})`;
    }
  }
  const near = typeof format === 'string' ? nearestName(format, Object.keys(presets)) : undefined;
  // A percentage is the column's to say ("unit": "%"), not the Fact's.
  const percent = typeof format === 'string' && percentUnit.test(format);
  const hint = near
    ? `: did you mean "${near}"?`
    : percent
      ? ': a column whose "unit" is "%" prints its figures as percentages'
      : '';
  return `expected "compact" (15,548 as 15.5k), "decimal" (as 15,548.0) or Intl.NumberFormat options in double braces (format={{ maximumFractionDigits: 0 }}), got ${JSON.stringify(format)}${hint}`;
}

/**
 * Whether a column holds years (2024), which are written without grouping: its unit is "year", its name is `year`
 * (or `x_year`, `year_x`), or its label is "Year(s)". A label that merely mentions years ("Cases per year") is not
 * enough: those are counts. Decided on the column as written, not as translated.
 */
export function isYearColumn(name: string | undefined, column: Pick<Column, 'unit' | 'label' | 'written'>): boolean {
  const written = column.written ?? column;
  return (
    written.unit === 'year' ||
    /^(?:year|.+_year|year_.+)$/.test(name ?? '') ||
    /^years?$/i.test(written.label?.trim() ?? '')
  );
}

/**
 * `format` writing a negative number's sign as the minus sign U+2212, as Plot's own tick format does: Intl writes a
 * hyphen-minus in most languages ("-40"), shorter than the digits and read by some screen readers as "dash"
 * (VoiceOver and NVDA read U+2212 as "minus"). Every number a page displays goes through here (displayNumber, a
 * chart's ticks), so a table, a chart and its summary all say "−40"; the CSV and JSON downloads keep "-40".
 */
export function withMinusSign(format: Intl.NumberFormat): (value: number) => string {
  return (value) => {
    const text = format.format(value);
    return text.includes('-')
      ? format
          .formatToParts(value)
          .map((part) => (part.type === 'minusSign' ? '\u2212' : part.value))
          .join('')
      : text;
  };
}

/**
 * How many digits a chart and its summary display a number with when no format is chosen: two decimals, or two
 * significant digits where those say more. Two decimals alone wrote a rate of 0.003 as "0" (in a chart's summary:
 * "Lowest: 0") and 0.0125 as "0.01"; 1,234.567 is "1,234.57" and 0.155 "0.16". The table under the chart gives
 * the figure with every decimal of its dataset (formatValue).
 */
export const displayDigits = {
  maximumFractionDigits: 2,
  maximumSignificantDigits: 2,
  roundingPriority: 'morePrecision',
} as const satisfies Intl.NumberFormatOptions;

/** A number as a page displays it in `lang`: with `options` (displayDigits unless given) and the minus sign. */
export function displayNumber(value: number, lang: string, options: Intl.NumberFormatOptions = displayDigits): string {
  return withMinusSign(numberFormatter(lang, options))(value);
}

/**
 * The decimals `value` is written with in its shortest form, as its dataset gives it: 3 for 1234.567, 7 for 1e-7.
 * A table, a Fact and a social card show a figure with all of them, so that a reader can check it against the
 * source; a chart and its summary round it (displayDigits), as a chart's labels must. Intl's own "all digits" would
 * write the double's binary expansion (0.1 as 0.1000000000000000055511).
 */
function writtenDecimals(value: number): number {
  const [digits, exponent] = String(Math.abs(value)).split('e');
  const decimals = digits!.split('.')[1]?.length ?? 0;
  return Math.min(100, Math.max(0, decimals - Number(exponent ?? 0)));
}

/**
 * The value of a `column` cell (named `column.name`) as text for `lang`. A number without a `format` is written
 * with every decimal its dataset gives, grouped, with the minus sign, in the page's language.
 */
export function formatValue(
  value: unknown,
  column: Pick<Column, 'type' | 'unit' | 'label' | 'written'> & Partial<Pick<Column, 'ref'>> & { name?: string },
  lang: string,
  format?: NumberFormat,
): string {
  // A figure, a date or a yes/no left empty is a gap, and says so: never a blank that reads as nothing to report. A
  // text cell left empty is no gap: a row with no note, no second source, or no nationality because it counts by
  // requesting country. Said "no data", it claimed something was missing; it stays empty, as the CSV has it.
  if (value === null || value === undefined) return column.type === 'string' ? '' : t(lang)('value.missing');
  if (typeof value === 'number') {
    const options = typeof format === 'string' ? presets[format] : format;
    const percent = (column.written ?? column).unit === '%' ? ({ style: 'unit', unit: 'percent' } as const) : {};
    const year = isYearColumn(column.name, column) ? { useGrouping: false } : {};
    return displayNumber(value, lang, {
      ...percent,
      ...year,
      ...(options ?? { maximumFractionDigits: writtenDecimals(value) }),
    });
  }
  if (typeof value === 'boolean') return t(lang)(value ? 'value.yes' : 'value.no');
  // A column of ISO codes (`ref: "country"`): "TR" reads "Turkey" (« Turquie » in French).
  if (column.ref === 'country' && typeof value === 'string') return countryName(value, lang);
  if (column.type === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return formatDate(new Date(`${value}T00:00:00Z`), lang, 'medium');
  }
  if (column.type === 'date' && typeof value === 'string' && /^\d{4}-\d{2}$/.test(value)) {
    const month = new Date(`${value}-01T00:00:00Z`);
    return dateFormatter(lang, { month: 'short', year: 'numeric' }).format(month);
  }
  // Text as the prose around it is set (Disclose's -> Disclose’s); the dataset's downloads keep it as written.
  return curlyApostrophes(String(value));
}
