/**
 * Markup in the texts of data/: a dataset's title, description, notes, corrections, column labels and units, its text
 * values and its chart's words, their translations, and the sources' publishers, titles and notes. None goes through
 * Markdown: pages, tables, chart summaries, downloads and the bibliography print them as written, so a link typed as
 * `[the report](https://…)`, `*emphasis*` or a `<br>` pasted from a CMS was published with its brackets, asterisks
 * and tags. The same rule as a story's title and summary (src/lib/plain-text-markup.ts): what CommonMark would render
 * as markup and an editor plausibly meant as such. A link needs a destination that looks like an address or a path,
 * so a footnote mark and a year, "[1](2019)", stays text; emphasis is refused however short (`_id_` renders as an
 * emphasised "id"), but not inside a word (snake_case) nor around a Python name in double underscores (__init__).
 */
import { ContentError } from './content-error.ts';
import { plainTextMarkup } from './plain-text-markup.ts';
import { rowIssuePlace, type RowsFile } from './rows-file.ts';
import type { DatasetWithId } from '../schemas/dataset.ts';
import type { SourceWithId } from '../schemas/source.ts';

/** The texts of a chart written in JSON or MDX that a page prints as written, by option. */
export const chartTextOptions = ['title', 'subtitle', 'note'] as const;

/** A text and where it is written, as a field path ("notes[1]", "translations.fr.columns.status.label"). */
interface Text {
  field: string;
  text: string;
}

/** The message for markup found in a text that is printed as written. */
export function markupMessage(markup: string, fix: string, what: string): string {
  return `${markup} would be printed as written: ${what} is plain text, not Markdown or HTML; ${fix}`;
}

/** The texts of a chart's options that a page prints as written. */
export function chartTexts(options: Record<string, unknown>, prefix = ''): Text[] {
  return chartTextOptions.flatMap((option) =>
    typeof options[option] === 'string' ? [{ field: `${prefix}${option}`, text: options[option] as string }] : [],
  );
}

/** Every text of `dataset` a page prints, but its rows' values. */
function datasetTexts(dataset: DatasetWithId): Text[] {
  const texts: Text[] = [
    { field: 'title', text: dataset.title },
    { field: 'description', text: dataset.description },
    ...dataset.notes.map((text, i) => ({ field: `notes[${i}]`, text })),
    ...dataset.corrections.map((correction, i) => ({ field: `corrections[${i}].text`, text: correction.text })),
  ];
  for (const [name, column] of Object.entries(dataset.columns)) {
    if (column.label) texts.push({ field: `columns.${name}.label`, text: column.label });
    // A unit is printed beside the column's figures and label, as written: "km&sup2;" or "m<sup>2</sup>" with its marks.
    if (column.unit) texts.push({ field: `columns.${name}.unit`, text: column.unit });
    texts.push({ field: `columns.${name}.description`, text: column.description });
  }
  if (dataset.chart) texts.push(...chartTexts(dataset.chart as Record<string, unknown>, 'chart.'));
  for (const [lang, translation] of Object.entries(dataset.translations ?? {})) {
    const at = `translations.${lang}`;
    if (translation.title) texts.push({ field: `${at}.title`, text: translation.title });
    if (translation.description) texts.push({ field: `${at}.description`, text: translation.description });
    (translation.notes ?? []).forEach((text, i) => texts.push({ field: `${at}.notes[${i}]`, text }));
    for (const [day, text] of Object.entries(translation.corrections ?? {}))
      texts.push({ field: `${at}.corrections.${day}`, text });
    for (const [name, column] of Object.entries(translation.columns ?? {})) {
      if (column.label) texts.push({ field: `${at}.columns.${name}.label`, text: column.label });
      if (column.unit) texts.push({ field: `${at}.columns.${name}.unit`, text: column.unit });
      if (column.description) texts.push({ field: `${at}.columns.${name}.description`, text: column.description });
      for (const [value, text] of Object.entries(column.values ?? {}))
        texts.push({ field: `${at}.columns.${name}.values.${value}`, text });
    }
    if (translation.chart) texts.push(...chartTexts(translation.chart, `${at}.chart.`));
  }
  return texts;
}

/**
 * The markup in `dataset`'s texts and in its text columns' values (rows kept in a CSV named by their line there), one
 * error per text; a value repeated down a column is reported once, at its first row.
 */
export function datasetMarkup(dataset: DatasetWithId & { file: string; rowsFile?: RowsFile }): ContentError[] {
  const errors = datasetTexts(dataset).flatMap(({ field, text }) => {
    const found = plainTextMarkup(text);
    return found
      ? [new ContentError(dataset.file, field, markupMessage(found.markup, found.fix, 'a dataset text'))]
      : [];
  });
  const seen = new Set<string>();
  for (const [name, column] of Object.entries(dataset.columns)) {
    if (column.type !== 'string' || column.ref) continue;
    dataset.rows.forEach((row, index) => {
      const value = row[name];
      if (typeof value !== 'string' || seen.has(`${name}\n${value}`)) return;
      const found = plainTextMarkup(value);
      if (!found) return;
      seen.add(`${name}\n${value}`);
      const message = markupMessage(found.markup, found.fix, 'a value of a text column');
      const place = dataset.rowsFile && rowIssuePlace(dataset.rowsFile, ['rows', index, name], message);
      errors.push(
        place
          ? new ContentError(place.file, place.field, place.message)
          : new ContentError(dataset.file, `rows[${index}].${name}`, message),
      );
    });
  }
  return errors;
}

/** The markup in the sources' publishers, titles and notes, which the bibliography and every citation print. */
export function sourcesMarkup(sources: ReadonlyMap<string, SourceWithId>, file = 'data/sources.json'): ContentError[] {
  return [...sources].flatMap(([id, source]) =>
    (['publisher', 'title', 'note'] as const).flatMap((field) => {
      const text = source[field];
      const found = typeof text === 'string' ? plainTextMarkup(text) : undefined;
      return found
        ? [new ContentError(file, `${id}.${field}`, markupMessage(found.markup, found.fix, "a source's " + field))]
        : [];
    }),
  );
}
