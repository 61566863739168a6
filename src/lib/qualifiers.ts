/**
 * A figure's qualifier: a dataset says that a source rounded a figure ("about") or gave only a floor or a ceiling
 * ("at least", "under") in a text column named `qualifier`, empty where the figure is exact. The qualifier belongs to
 * the row's figure: its first numeric column that is not a year, as key-figures.ts reads a row's figure; a dataset's
 * other numeric columns are not qualified by it. Wherever a page prints that figure (a <Fact>, a social card, a
 * chart's table, summary and labels, a data table), it prints the qualifier before it, in the page's language: "about
 * 86,000" printed "86,000" is a wrong figure. The downloads keep the column as written.
 */
import { qualifierIn } from '../i18n/index.ts';
import type { Column } from '../schemas/dataset.ts';
import { isYearColumn } from './format-value.ts';

/** The name of the text column that qualifies a row's figure. */
export const qualifierColumn = 'qualifier';

const numeric = (column: Column) => column.type === 'number' || column.type === 'integer';

/** The first numeric column of `columns` that is not a year: a row's figure (key-figures.ts). */
export function figureColumn(columns: Record<string, Column>): string | undefined {
  return Object.entries(columns).find(([name, column]) => numeric(column) && !isYearColumn(name, column))?.[0];
}

/** The column whose figures the dataset's `qualifier` column qualifies; undefined when it has no such column. */
export function qualifiedColumn(columns: Record<string, Column>): string | undefined {
  return columns[qualifierColumn]?.type === 'string' ? figureColumn(columns) : undefined;
}

/**
 * A row's qualifier (`written`, as the dataset writes it, in its language `from`: its `lang`) in `lang`: the site's
 * own word for it (qualifierIn), else the dataset's translation of the value (`translated`, when it has one), else as
 * written, marked untranslated. Undefined for an exact figure (an empty cell).
 */
export function qualifierText(
  written: unknown,
  lang: string,
  translated?: unknown,
  from?: string,
): { text: string; translated: boolean } | undefined {
  if (typeof written !== 'string' || written.trim() === '') return undefined;
  const known = qualifierIn(written, lang, from);
  if (known.translated) return known;
  return typeof translated === 'string' && translated !== written ? { text: translated, translated: true } : known;
}

/** `figure` as printed with its `qualifier` (in the page's language) before it: "about 86,000". */
export function withQualifier(figure: string, qualifier: string | undefined): string {
  return qualifier ? `${qualifier} ${figure}` : figure;
}
