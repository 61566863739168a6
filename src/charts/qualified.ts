/**
 * A chart's figures with their qualifiers ("about 86,000", « au moins 322 »: src/lib/qualifiers.ts): the rows a
 * chart draws carry each one's qualifier in the page's language, and every value the chart prints (its labels, its
 * summary; its table is DataTable's) is printed with it. Positions stay numeric: a dot at "about 86,000" is drawn at
 * 86,000.
 */
import { listFormatter } from '../i18n/index.ts';
import { qualifiedColumn, qualifierColumn, qualifierText, withQualifier } from '../lib/qualifiers.ts';
import type { Column, Row } from './types.ts';

/**
 * The column that qualifies the values a chart plots, when the dataset's `qualifier` column qualifies its `y` (or its
 * `x`: a dot chart of categories by a figure draws the figure along x, and its summary says it as y); else undefined.
 */
export function qualifierOf(
  columns: Record<string, Column>,
  spec: { x?: string | undefined; y?: string | undefined },
): string | undefined {
  const qualified = qualifiedColumn(columns);
  return qualified !== undefined && (spec.y === qualified || spec.x === qualified) ? qualifierColumn : undefined;
}

/**
 * The `shown` rows (as the page's language writes them) with their `qualifier` cells in `lang`, as qualifierText
 * writes them from the `written` rows (the same rows, as the dataset writes them); empty cells as null.
 */
export function qualifiedRows(shown: Row[], written: Row[], qualifier: string | undefined, lang: string): Row[] {
  if (!qualifier) return shown;
  return shown.map((row, i) => ({
    ...row,
    [qualifier]: qualifierText(written[i]?.[qualifier], lang, row[qualifier])?.text ?? null,
  }));
}

/** The qualifier of `row`'s value, as qualifiedRows wrote it. */
export function qualifierOfRow(row: Row | undefined, qualifier: string | undefined): string | undefined {
  const text = qualifier && row ? row[qualifier] : undefined;
  return typeof text === 'string' && text !== '' ? text : undefined;
}

/** `figure`, the value of `row`, printed with the row's qualifier. */
export function qualifiedFigure(figure: string, row: Row | undefined, qualifier: string | undefined): string {
  return withQualifier(figure, qualifierOfRow(row, qualifier));
}

/**
 * `figure`, the one value of several rows (a highest value several rows share), printed with their `qualifiers`
 * (qualifierOfRow's, one a row): "about 7,000" when they share one; when they differ, each way it is given, as
 * alternatives ("86,000 or about 86,000"), so that no row's figure is claimed exact, or qualified, when it is not.
 */
export function sharedFigure(figure: string, qualifiers: (string | undefined)[], lang: string): string {
  const words = [...new Set(qualifiers)];
  if (words.length <= 1) return withQualifier(figure, words[0]);
  return listFormatter(lang, { style: 'long', type: 'disjunction' }).format(
    words.map((word) => withQualifier(figure, word)),
  );
}

/**
 * The qualifier of a total of `parts` (a stacked bar's): the one word its qualified parts share, which holds of their
 * sum ("about 100" and 50 are about 150; "at least 100" and 50 at least 150); none when every part is exact, or
 * when parts are qualified in different words, of whose sum no one word is true (validate.ts refuses such a stack).
 */
export function totalQualifier(parts: Row[], qualifier: string | undefined): string | undefined {
  const words = qualifierWords(parts, qualifier);
  return words.length === 1 ? words[0] : undefined;
}

/** The words `rows` qualify their values with, each once, in order; none for exact values. */
export function qualifierWords(rows: Row[], qualifier: string | undefined): string[] {
  return [...new Set(rows.flatMap((row) => qualifierOfRow(row, qualifier) ?? []))];
}
