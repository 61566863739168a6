/**
 * A dataset: one `data/<id>.json` file. Its id is the file name. Every row is checked against `columns`: each value
 * has the declared type or is `null` (a gap is a gap, never a silent 0), and a row has no keys beyond the columns.
 */
import { z } from 'astro/zod';
import { asIdentifier, correctionList, dateField, identifier, listMessage, prose, text } from './fields.ts';
import { chartSpecSchema } from './chart.ts';
import { nearestName } from '../lib/edit-distance.ts';
import { columnSchema } from './dataset/column.ts';
import { checkQualifierColumn } from './dataset/qualifier-column.ts';
import { checkRows } from './dataset/row-checks.ts';
import { checkTranslations, languageMeant, translationSchema } from './dataset/translation.ts';
import { defaultLocale, locales } from '../i18n/locales.ts';

export { columnSchema, columnTypes, percentUnitProblem, type Column, type ColumnType } from './dataset/column.ts';
export { figureAsText } from './dataset/figure-as-text.ts';
export { listed, rowsNamed, rowsSuffix } from './dataset/rows-named.ts';
export { isNumberInWords } from './dataset/number-words.ts';
export { sourceColumnOf } from './dataset/source-column.ts';
export { type DatasetTranslation } from './dataset/translation.ts';
export {
  expected,
  gapMarks,
  heldExactly,
  largerUnit,
  tooManyDigits,
  valueFits,
  fractionColumn,
} from './dataset/values.ts';

/** What a dataset file holds, for a file that holds something else, or nothing. */
export const datasetExpected =
  'expected a dataset: an object with its title, description, sources, license, updated, columns and rows (see "A dataset" in the README)';

/** Column name -> declaration. Column names are identifiers a chart or Fact can name. */
export const datasetColumnsSchema = z.record(
  z.string().regex(/^[a-z][a-z0-9_]*$/, {
    error: (issue) => {
      // "Issued Alt", "issued-alt" or "ISSUED" as the name meant: issued_alt, issued.
      const meant = typeof issue.input === 'string' ? asIdentifier(issue.input).replaceAll('-', '_') : '';
      return `expected a column name of lower-case letters, digits and _${typeof issue.input === 'string' ? `, got ${JSON.stringify(issue.input)}` : ''}${/^[a-z]/.test(meant) ? `: write "${meant}"` : ''}`;
    },
  }),
  columnSchema,
  {
    error:
      'expected the columns, an object naming each column with its type and description, e.g. "columns": { "year": { "type": "integer", "description": "Calendar year" } }',
  },
);

/** What `lang` expects: one of the site's languages, by its code. */
function languageExpected(input: unknown): string {
  const expected = `expected the code of one of the site's languages (${locales.join(', ')}; "${defaultLocale}" when omitted), the language the dataset's texts are written in`;
  return typeof input === 'string'
    ? `unknown language ${JSON.stringify(input)}: ${expected}${languageMeant(input, locales)}`
    : expected;
}

export const datasetSchema = z
  .strictObject(
    {
      /** Shown as the dataset page's heading and in the data catalog. */
      title: prose,
      /** What the dataset counts, how, and its limits, in a paragraph. */
      description: prose,
      /** Ids from data/sources.json that the figures come from. At least one. */
      sources: z
        .array(identifier, {
          error: (issue) => listMessage('expected a list of source ids, e.g. ["pace-doc-14277"]', issue.input),
        })
        .min(1, { error: 'expected at least one source id' }),
      /** The licence of the data as republished here, e.g. "CC BY 4.0 (compilation); figures as published by their sources". */
      license: text,
      /** When the dataset was last checked against its sources. */
      updated: dateField,
      /** Column name -> declaration. Column names are identifiers a chart or Fact can name. */
      /** Column name -> declaration (datasetColumnsSchema). */
      columns: datasetColumnsSchema,
      /** The column whose value identifies a row, for `<Fact row=…>`; defaults to the first column. */
      key: z.string().optional(),
      /**
       * The records. An empty dataset is an error: publish it when it has data. In data/<id>.json, `rows` may instead
       * name a CSV file in data/ holding them, which both readers type by `columns` before this schema sees the rows
       * (src/lib/dataset-rows.ts).
       */
      rows: z
        .array(z.record(z.string(), z.unknown(), { error: 'expected a row: an object of column -> value' }), {
          error: 'expected a list of rows, or the name of a CSV file in data/ holding them ("<id>.csv")',
        })
        .min(1, { error: 'expected at least one row' }),
      /** The chart drawn on the dataset's own page (same options as `<Chart>`, without `dataset`). */
      chart: chartSpecSchema.optional(),
      /** Notes a reader needs, e.g. where sources disagree. */
      notes: z.array(prose, { error: 'expected a list of notes (text)' }).default([]),
      /** Published corrections; each shows on every page that uses this dataset. */
      corrections: correctionList(
        'expected a list of corrections, e.g. [{ "date": "2026-12-02", "text": "…" }]',
      ).default([]),
      /**
       * The language the dataset's own texts (title, description, notes, corrections, column labels, units and
       * descriptions, text values) are written in: one of the site's languages, by default its default one.
       */
      lang: z.string({ error: (issue) => languageExpected(issue.input) }).optional(),
      /** Language code -> the dataset's texts in that language (titles, labels, notes; see translationSchema). */
      translations: z.record(z.string(), translationSchema).optional(),
    },
    { error: (issue) => (issue.code === 'invalid_type' ? datasetExpected : undefined) },
  )
  .superRefine((dataset, ctx) => {
    const names = Object.keys(dataset.columns);
    const sourceColumns = names.filter((name) => dataset.columns[name]!.ref === 'source');
    for (const [name, column] of Object.entries(dataset.columns)) {
      if (column.sourceColumn !== undefined && !sourceColumns.includes(column.sourceColumn)) {
        ctx.addIssue({
          code: 'custom',
          path: ['columns', name, 'sourceColumn'],
          message: `expected a column with "ref": "source" (${sourceColumns.length > 0 ? sourceColumns.join(', ') : 'this dataset has none'}), got ${JSON.stringify(column.sourceColumn)}`,
        });
      }
    }
    if (dataset.lang !== undefined && !(locales as readonly string[]).includes(dataset.lang)) {
      ctx.addIssue({ code: 'custom', path: ['lang'], message: languageExpected(dataset.lang) });
    }
    checkTranslations(dataset, ctx);
    checkQualifierColumn(dataset.columns, ctx);
    if (dataset.key !== undefined && !names.includes(dataset.key)) {
      const near = nearestName(dataset.key, names);
      ctx.addIssue({
        code: 'custom',
        path: ['key'],
        message: `expected one of the columns (${names.join(', ')}), got ${JSON.stringify(dataset.key)}${near ? `: did you mean "${near}"?` : ''}`,
      });
    }
    checkRows(dataset, ctx);
  });

export type Dataset = z.infer<typeof datasetSchema>;

export type DatasetWithId = Dataset & { id: string };

export type Row = Record<string, string | number | boolean | null>;
