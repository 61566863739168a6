/**
 * What a <Fact> would stop on when the page renders (its dataset's column, row and cell), and the words its figure
 * needs before it: a figure its source rounded or bounded said so.
 */
import { ContentError } from '../content-error.ts';
import type { ComponentUse } from '../mdx-usage.ts';
import { hasColumn, factValue, factColumn, unknownColumnMessage, sourceIdColumnMessage, keyColumn } from '../facts.ts';
import type { DatasetWithId } from '../../schemas/dataset.ts';
import { formatValue } from '../format-value.ts';
import { qualifiedColumn, qualifierColumn, qualifierText } from '../qualifiers.ts';
import { fileLocale } from './link-words.ts';
import { localiseDataset, datasetLang } from '../dataset-locale.ts';

/** Whether a <Fact> prints its figure as a percentage (a "%" column, or a row whose unit says "%"). */
export function printsPercent(dataset: DatasetWithId & { file: string }, props: Record<string, unknown>): boolean {
  return printedFigure(dataset, props)?.percent ?? false;
}

/** The figure a Fact prints, and whether its column says it is a percentage; undefined when checkFact reports it. */
export function printedFigure(
  dataset: DatasetWithId & { file: string },
  props: Record<string, unknown>,
): { value: unknown; percent: boolean } | undefined {
  if (typeof props.column !== 'string' || !hasColumn(dataset, props.column)) return undefined;
  try {
    const { row, value } = factValue(dataset.file, dataset.id, dataset, props.row, props.column);
    return { value, percent: factColumn(dataset, props.column, row).unit === '%' };
  } catch {
    return undefined; // a missing row or an empty cell: reported by checkFact
  }
}

/**
 * A <Fact> prints a number alone; a figure its source rounded or bounded (a row's `qualifier`: "about 86,000", "at
 * least 322", src/lib/qualifiers.ts) must be said so by the words before it, in the page's language, or a reader takes
 * 86,000 for a count. Charts, tables and cards print the word themselves; the prose is the editor's.
 */
export function checkQualifierSaid(
  errors: ContentError[],
  file: string,
  where: string,
  use: ComponentUse,
  dataset: DatasetWithId & { file: string },
): void {
  const { props } = use;
  if (props.row === undefined || typeof props.column !== 'string') return;
  if (props.column !== qualifiedColumn(dataset.columns)) return;
  let fact: ReturnType<typeof factValue>;
  try {
    fact = factValue(file, dataset.id, dataset, props.row, props.column);
  } catch {
    return; // checkFact reports it
  }
  const lang = fileLocale(file);
  const written = fact.row[qualifierColumn];
  // As the page prints it: the site's word in the page's language, else the dataset's translation (qualifiers.ts).
  const translated =
    typeof written === 'string' ? localiseDataset(dataset, lang).value(qualifierColumn, written) : undefined;
  const word = qualifierText(written, lang, translated, datasetLang(dataset))?.text.replace(/\s+/g, ' ');
  if (!word) return;
  const escaped = word.toLocaleLowerCase(lang).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (
    new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test((use.before ?? '').toLocaleLowerCase(lang))
  )
    return;
  const figure = formatValue(fact.value, factColumn(dataset, props.column, fact.row), lang);
  errors.push(
    new ContentError(
      file,
      where,
      `its source gives this figure as "${word} ${figure}", and the Fact prints ${figure} alone: write "${word}" before it (${word} <Fact … />), or readers take it for exact`,
    ),
  );
}

export function checkFact(
  errors: ContentError[],
  file: string,
  where: string,
  props: Record<string, unknown>,
  dataset: DatasetWithId & { file: string },
): void {
  // A column written as an expression (column={name}) is known only when the page renders, where it is checked.
  if ('column' in props && props.column === undefined) return;
  // A row written as an expression (row={year}) is known only when the page renders: its column is checked now.
  if ('row' in props && props.row === undefined) {
    if (!hasColumn(dataset, props.column))
      errors.push(new ContentError(file, `${where} column`, unknownColumnMessage(dataset.id, dataset, props.column)));
    else if (dataset.columns[props.column]!.ref === 'source')
      errors.push(new ContentError(file, `${where} column`, sourceIdColumnMessage(props.column)));
    return;
  }
  // What <Fact> would stop on when the page renders (src/lib/facts.ts), reported now with its line. factValue stops
  // at a missing column; the row is then looked up by the key column, so that one build reports both.
  const report = (column: unknown) => {
    try {
      factValue(file, dataset.id, dataset, props.row, column);
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      errors.push(new ContentError(file, `${where} ${error.field.split(' ').at(-1)}`, error.detail));
    }
  };
  report(props.column);
  if (!hasColumn(dataset, props.column)) report(keyColumn(dataset));
}
