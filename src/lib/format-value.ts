/**
 * A dataset value as a reader sees it, in the page's language: numbers with grouping (and "%" for percentages),
 * full dates and months written out, country codes as the country's name, gaps as "no data", text with typographic
 * apostrophes.
 */
import { countryName, dateFormatter, formatDate, formatNumber, t } from '../i18n/index.ts';
import type { Column } from '../schemas/dataset.ts';
import { curlyApostrophes } from './typography.ts';

export type NumberFormat = 'compact' | 'decimal' | Intl.NumberFormatOptions;

const presets: Record<string, Intl.NumberFormatOptions> = {
  compact: { notation: 'compact', maximumFractionDigits: 1 },
  decimal: { minimumFractionDigits: 1, maximumFractionDigits: 1 },
};

/**
 * Whether a column holds years (2024), which are written without grouping: its unit is "year", its name is `year`
 * (or `x_year`, `year_x`), or its label is "Year(s)". A label that merely mentions years ("Cases per year") is not
 * enough: those are counts. Decided on the column as written, not as translated.
 */
export function isYearColumn(name: string | undefined, column: Pick<Column, 'unit' | 'label' | 'written'>): boolean {
  const written = column.written ?? column;
  return written.unit === 'year' || /^(?:year|.+_year|year_.+)$/.test(name ?? '') || /^years?$/i.test(written.label?.trim() ?? '');
}

/**
 * Numbers without a format: Intl's three decimals, or two significant digits where those say more. Three decimals
 * alone wrote a rate of 0.0003 as "0" in the table under a chart whose summary gives 0.0003; from 0.01 up, numbers
 * read as before.
 */
const smallDecimals: Intl.NumberFormatOptions = { maximumFractionDigits: 3, maximumSignificantDigits: 2, roundingPriority: 'morePrecision' };

/** The value of a `column` cell (named `column.name`) as text for `lang`. */
export function formatValue(
  value: unknown,
  column: Pick<Column, 'type' | 'unit' | 'label' | 'written'> & Partial<Pick<Column, 'ref'>> & { name?: string },
  lang: string,
  format?: NumberFormat,
): string {
  if (value === null || value === undefined) return t(lang)('value.missing');
  if (typeof value === 'number') {
    const options = typeof format === 'string' ? presets[format] : format;
    const percent = (column.written ?? column).unit === '%' ? ({ style: 'unit', unit: 'percent' } as const) : {};
    const year = isYearColumn(column.name, column) ? { useGrouping: false } : {};
    return formatNumber(value, lang, { ...percent, ...year, ...(options ?? smallDecimals) });
  }
  if (typeof value === 'boolean') return t(lang)(value ? 'value.yes' : 'value.no');
  // A column of ISO codes (`ref: "country"`): "TR" reads "Turkey" (« Turquie » in French).
  if (column.ref === 'country' && typeof value === 'string') return countryName(value, lang);
  if (column.type === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return formatDate(new Date(`${value}T00:00:00Z`), lang, 'medium');
  }
  if (column.type === 'date' && typeof value === 'string' && /^\d{4}-\d{2}$/.test(value)) {
    const month = new Date(`${value}-01T00:00:00Z`);
    return dateFormatter(lang === 'en' ? 'en-GB' : lang, { month: 'short', year: 'numeric' }).format(month);
  }
  // Text as the prose around it is set (Disclose's -> Disclose’s); the dataset's downloads keep it as written.
  return curlyApostrophes(String(value));
}
