/**
 * A dataset: one `data/<id>.json` file. Its id is the file name. Every row is checked against `columns`: each value
 * has the declared type or is `null` (a gap is a gap, never a silent 0), and a row has no keys beyond the columns.
 */
import { z } from 'astro/zod';
import {
  asIdentifier,
  booleanHint,
  calendarDate,
  correctionList,
  countryCodeProblem,
  dateField,
  dateHint,
  identifier,
  languageName,
  listMessage,
  oneOfMessage,
  optionalProse,
  prose,
  text,
} from './fields.ts';
import { chartSpecSchema } from './chart.ts';
import { defaultLocale, localeLabel, prefixedLocales } from '../i18n/locales.ts';
import { isYearColumn } from '../lib/format-value.ts';
import { nearestName } from '../lib/edit-distance.ts';
import { curlyApostrophes } from '../lib/typography.ts';

export const columnTypes = ['string', 'number', 'integer', 'date', 'boolean'] as const;
export type ColumnType = (typeof columnTypes)[number];

/** Types as programming languages and databases name them, with the column type each means. */
const typeSynonyms: Record<string, ColumnType> = {
  int: 'integer',
  integer: 'integer',
  float: 'number',
  double: 'number',
  decimal: 'number',
  numeric: 'number',
  text: 'string',
  str: 'string',
  bool: 'boolean',
  datetime: 'date',
};

/**
 * Types written as what the values are, with what to write: the type, and the field that says the rest ("percent" is
 * a number whose unit is "%", "country" a text whose values are checked as country codes).
 */
const typesByMeaning: Record<string, string> = {
  year: '"integer" (2024), or "date" for years written as text ("2024")',
  count: '"integer"',
  percent: '"number", with "unit": "%"',
  percentage: '"number", with "unit": "%"',
  currency: '"number", with the currency as its "unit"',
  money: '"number", with the currency as its "unit"',
  country: '"string", with "ref": "country"',
  source: '"string", with "ref": "source"',
};

/** The message for a column's type outside `columnTypes`, with the type meant when it is another name for one. */
function typeMessage(input: unknown): string {
  const written = typeof input === 'string' ? input.trim().toLowerCase() : undefined;
  const meant = written === undefined ? undefined : typeSynonyms[written];
  const said = written === undefined ? undefined : typesByMeaning[written];
  const got = `expected one of ${columnTypes.join(', ')}, got ${JSON.stringify(input)}`;
  if (meant && meant !== input) return `${got}: write "${meant}"`;
  return said ? `${got}: write ${said}` : oneOfMessage(columnTypes, input);
}

/** A unit that says "per cent" in words, or "%" with spaces around it: an editor meant "%". */
const percentWritten = /^\s*(?:%|per ?cent(?:age)?s?|percentages?|pct\.?|pour ?cent(?:age)?s?)\s*$/iu;

/**
 * What a unit meant as "%" but written otherwise is told, or nothing. Only "%" prints figures as percentages (39 as
 * "39%"): "percent" would print a bare 39 in a <Fact>, and "percentage points", a change, is another unit.
 */
export function percentUnitProblem(unit: string, write: string): string | undefined {
  if (unit === '%' || !percentWritten.test(unit)) return undefined;
  return unit.trim() === '%'
    ? `expected "%" without spaces around it, got ${JSON.stringify(unit)}: write ${write}`
    : `${JSON.stringify(unit)} is a percentage, which only "%" prints as one (39 as "39%"): write ${write}`;
}

export const columnSchema = z.strictObject({
  /** The value type; `date` values are written YYYY-MM-DD (or YYYY-MM, YYYY for coarse dates). */
  type: z.enum(columnTypes, { error: (issue) => typeMessage(issue.input) }),
  /** The unit of a number, for a reader: "notices", "%" (the values are percentages: 39 prints "39%"), "requests". */
  unit: z
    .string()
    .superRefine((unit, ctx) => {
      const problem = percentUnitProblem(unit, '"unit": "%"');
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .optional(),
  /** What the column holds, in a sentence. */
  description: prose,
  /** Human label for tables and chart axes; defaults to the column name. */
  label: optionalProse,
  /** Values are ids of other records: `source` (data/sources.json) or `country` (ISO 3166-1 alpha-2). Checked. */
  ref: z.enum(['source', 'country'], { error: (issue) => oneOfMessage(['source', 'country'], issue.input) }).optional(),
  /**
   * The column (with `ref: "source"`) naming the source of this column's values, when it is not the row's own
   * source column: `"sourceColumn": "alt_source"` for a second figure that another source gives. By default the
   * column named `source`, else the first column with `ref: "source"`. <Fact> links each value to that source.
   */
  sourceColumn: z.string().optional(),
});

/**
 * A column as pages use it. `written` is set on a column whose texts were translated (src/lib/dataset-locale.ts):
 * the column as the dataset writes it, from which formats are decided ("%" and years), never from a translation.
 */
export type Column = z.infer<typeof columnSchema> & { readonly written?: z.infer<typeof columnSchema> };

/** A column's texts in another language; `values` translates a text column's values ("Refused" -> "Refusée"). */
const columnTranslationSchema = z.strictObject({
  label: optionalProse,
  unit: z.string().optional(),
  description: prose.optional(),
  values: z.record(z.string(), z.string()).optional(),
});

/**
 * A dataset's texts in one of the site's other languages, each optional: what is not translated is shown in the
 * dataset's own language (the default one) and marked so. The figures themselves are never translated.
 */
const translationSchema = z.strictObject({
  title: prose.optional(),
  description: prose.optional(),
  /** Every note, in the order of `notes`. */
  notes: z.array(prose).optional(),
  /**
   * Corrections' texts by the date of the correction ("2026-11-22": "…"): a correction added later shows as written
   * until its translation is, and the order of `corrections` does not matter.
   */
  corrections: z.record(z.string(), prose).optional(),
  columns: z.record(z.string(), columnTranslationSchema).optional(),
});

export type DatasetTranslation = z.infer<typeof translationSchema>;

/**
 * The column naming the source of `column`'s values: its `sourceColumn`, else the column named `source`, else the
 * first column with `ref: "source"` that no other column claims as its `sourceColumn`; undefined when the dataset
 * has none (its rows all come from its `sources`).
 */
export function sourceColumnOf(
  dataset: { columns: Record<string, Pick<Column, 'ref' | 'sourceColumn'>> },
  column: string,
): string | undefined {
  const declared = dataset.columns[column]?.sourceColumn;
  if (declared) return declared;
  const sources = Object.entries(dataset.columns)
    .filter(([, c]) => c.ref === 'source')
    .map(([name]) => name);
  if (sources.includes('source')) return 'source';
  // A source column another column claims (the alternative figure's) is not the rows' own source.
  const claimed = new Set(Object.values(dataset.columns).flatMap((c) => c.sourceColumn ?? []));
  return sources.find((name) => !claimed.has(name)) ?? sources[0];
}

/**
 * Whether `name` holds figures a source gives, so that a row with a value there must name that source: a number that
 * is not the row's key nor a year, and that says what it counts (a `unit`, or the rows' own `unit` column, as in a
 * table of headline figures) or has a source column of its own. Numbers that name or place a row (a month, a rank,
 * a latitude) carry no unit, and are there even in a row whose figure is a gap, with no source.
 */
function holdsFigures(name: string, column: Column, key: string | undefined, columns: Record<string, Column>): boolean {
  if ((column.type !== 'number' && column.type !== 'integer') || name === key || isYearColumn(name, column))
    return false;
  return column.unit !== undefined || column.sourceColumn !== undefined || columns.unit?.type === 'string';
}

const coarseDate = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** A word that multiplies the figure before it, in English or French, written out or short ("k", "bn", "Mrd"). */
const scaleWord =
  /^\s*(?:hundreds?|thousands?|millions?|billions?|trillions?|centaines?|milliers?|milliards?|k|m|mn|mio|bn|mrd|tn)\b/iu;

/** A figure written plainly, as JSON writes one, with spaces around it. */
const plainFigure = /^\s*-?\d+(?:\.\d+)?\s*$/;

/** Whether `value` fits a column of `type`; null always fits (a gap). */
export function valueFits(type: ColumnType, value: unknown): boolean {
  if (value === null) return true;
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'integer':
      return typeof value === 'number' && Number.isSafeInteger(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'date':
      // Each part must exist: month 01–12, and a day the month has (2019-02-30 is not a date).
      return (
        typeof value === 'string' &&
        coarseDate.test(value) &&
        !Number.isNaN(calendarDate(`${value}-01-01`.slice(0, 10)).getTime())
      );
  }
}

/** What a value of each type is, in an editor's words ("expected a whole number"); the CSV reader says the same. */
export const expected: Record<ColumnType, string> = {
  string: 'text',
  number: 'a finite number',
  integer: 'a whole number',
  boolean: 'true or false',
  date: 'a real date written YYYY-MM-DD, YYYY-MM or YYYY',
};

/**
 * What a value that does not fit its column is, for telling one mistake repeated down a column from several: figures
 * typed as text ("12,000", "4 817") are one mistake, and so are numbers where text or dates were expected; other text
 * is one mistake per text ("n/a" in ten rows), since each typo ("2019-13", "2019-00") needs its own fix.
 */
function valueKind(value: unknown): string {
  if (typeof value === 'string') return figureAsText(value) === undefined ? `text ${value}` : 'number as text';
  return value === null ? 'null' : Array.isArray(value) ? 'list' : typeof value;
}

/**
 * The number a text holds, typed as a figure is in a spreadsheet or an article ("12,000", "4 817", "1.5",
 * "1.234.567"), if it is one. A figure with thousands separators begins with a digit other than 0: "0,125" is a
 * decimal comma (figureAsText). A point is a separator only between two groups or more: "1.200" is 1.2 here.
 */
function numberInText(text: string): number | undefined {
  const trimmed = text.trim();
  const grouped =
    /^(-?[1-9]\d{0,2})((?:[,\s\u00a0\u202f']\d{3})+)(\.\d+)?$/u.exec(trimmed) ??
    /^(-?[1-9]\d{0,2})((?:\.\d{3}){2,})$/.exec(trimmed);
  const figure = grouped ? `${grouped[1]}${grouped[2]!.replace(/\D/g, '')}${grouped[3] ?? ''}` : trimmed;
  return /^-?\d+(?:\.\d+)?$/.test(figure) ? Number(figure) : undefined;
}

/**
 * The number of a figure typed with a decimal comma: "13,5" or "0,125" (one or two digits after the comma, where three
 * would be thousands, unless the figure begins with 0), or thousands and a decimal comma, as German and French sheets
 * write them ("1.234,5", "4 817,25").
 */
function decimalComma(text: string): number | undefined {
  const trimmed = text.trim();
  const comma =
    /^(-?\d+),(\d{1,2}|\d{4,})$/.exec(trimmed) ??
    /^(-?0),(\d+)$/.exec(trimmed) ??
    /^(-?[1-9]\d{0,2}(?:\.\d{3})+|-?[1-9]\d{0,2}(?:[\s\u00a0\u202f']\d{3})+),(\d+)$/u.exec(trimmed);
  return comma ? Number(`${comma[1]!.replace(/[^\d-]/g, '')}.${comma[2]}`) : undefined;
}

/**
 * A figure typed as text and what to write instead: "12,000" (a separator), "13,5" or "0,125" (a decimal comma, as
 * French and German write it), or "9.7%" (the unit typed into the cell; the figure before it read by the same
 * rules: "1,250%" is 1250, or 1.25). A point before three digits ("1.200") is a decimal point to JSON and English and a
 * thousands separator to a German or Belgian sheet: `alternative` is the other reading (1200), and the hint names both.
 */
export function figureAsText(text: string):
  | {
      figure: number;
      hint: string;
      kind: 'separators' | 'decimal comma' | 'percent' | 'minus sign' | 'unit';
      alternative?: number;
    }
  | undefined {
  // A minus sign (−, U+2212), as a word processor or a sheet's number format writes it, where JSON and CSV read a hyphen.
  if (/^\s*\u2212/.test(text)) {
    const hyphen = text.replace('\u2212', '-');
    if (!plainFigure.test(hyphen)) return figureAsText(hyphen);
    return {
      figure: Number(hyphen),
      hint: `write the figure without quotes, with a hyphen for its minus sign, ${Number(hyphen)}`,
      kind: 'minus sign',
    };
  }
  const figure = numberInText(text);
  if (figure !== undefined) {
    const dotted = /^\s*(-?[1-9]\d{0,2})\.(\d{3})\s*$/.exec(text);
    if (dotted) {
      const alternative = Number(`${dotted[1]}${dotted[2]}`);
      return {
        figure,
        alternative,
        hint: `write the figure without quotes: ${figure}, or ${alternative} if the point separates thousands`,
        kind: 'separators',
      };
    }
    // And the other way round: "2,125" is 2125 to an English sheet, 2.125 to a French one.
    const comma = /^\s*(-?[1-9]\d{0,2}),(\d{3})\s*$/.exec(text);
    if (comma) {
      const alternative = Number(`${comma[1]}.${comma[2]}`);
      return {
        figure,
        alternative,
        hint: `write the figure without quotes: ${figure}, or ${alternative} if the comma is a decimal one`,
        kind: 'separators',
      };
    }
    return { figure, hint: `write the figure without quotes or separators, ${figure}`, kind: 'separators' };
  }
  const decimal = decimalComma(text);
  if (decimal !== undefined)
    return {
      figure: decimal,
      hint: `write the figure without quotes, with a point before its decimals, ${decimal}`,
      kind: 'decimal comma',
    };
  const percent = /^\s*(.*?\d)\s*(?:%|per ?cent|pour ?cent)\s*$/i.exec(text);
  const value = percent && (numberInText(percent[1]!) ?? decimalComma(percent[1]!));
  if (value !== null && value !== undefined) {
    // "2,125 %" too: 2125 to an English sheet, 2.125 to a French one, as a figure without its sign (above).
    const comma = /^\s*(-?[1-9]\d{0,2}),(\d{3})\s*$/.exec(percent![1]!);
    const alternative = comma ? Number(`${comma[1]}.${comma[2]}`) : undefined;
    const or = alternative === undefined ? '' : `, or ${alternative} if the comma is a decimal one`;
    return {
      figure: value,
      ...(alternative === undefined ? {} : { alternative }),
      hint: `write the figure without quotes or the % sign, ${value}${or}, and give the column "unit": "%"`,
      kind: 'percent',
    };
  }
  // A figure with what it counts typed after it ("15,548 notices"), as a sentence writes it: the unit is the column's.
  // Not a scale ("15 thousand", "2 millions", "3 bn"): the figure before it is not the one meant.
  const worded = /^\s*(.*?\d)\s+\p{L}[\p{L}\s.'’-]*$/u.exec(text);
  const counted =
    worded && !scaleWord.test(text.slice(worded[1]!.length))
      ? (numberInText(worded[1]!) ?? decimalComma(worded[1]!))
      : null;
  if (counted !== null && counted !== undefined)
    return {
      figure: counted,
      hint: `write the figure alone, without quotes, ${counted}: the column's "unit" says what it counts`,
      kind: 'unit',
    };
  return undefined;
}

/**
 * A hint for a value that does not fit its column: a figure written as text, a date that is none or a year written
 * as a number, a word meant as true or false; or nothing.
 */
function valueHint(type: ColumnType, value: unknown): string {
  const hint =
    type === 'date' && typeof value === 'string'
      ? dateHint(value, { coarse: true })
      : type === 'date' && Number.isSafeInteger(value) && String(value).length === 4
        ? `a date is text: write it in quotes, "${value}"`
        : type === 'boolean' && typeof value === 'string'
          ? booleanHint(value)
          : undefined;
  return hint ? `: ${hint}` : numberAsText(type, value);
}

/** A value as the message quotes it; JSON writes a number too large for a double (1e400, infinity) as null. */
function quoted(value: unknown): string {
  return typeof value === 'number' && !Number.isFinite(value)
    ? 'a number too large to be a figure, which JSON reads as infinity'
    : JSON.stringify(value);
}

/** A hint for a figure written as text in a number column: what to write instead, or nothing. */
function numberAsText(type: ColumnType, value: unknown): string {
  if ((type !== 'number' && type !== 'integer') || typeof value !== 'string') return '';
  const found = figureAsText(value);
  if (found === undefined) return '';
  if (type === 'integer' && found.alternative !== undefined) {
    // A column of whole numbers takes the reading that is one: "1.200" is 1200, "2,125" is 2125.
    const whole = [found.figure, found.alternative].find((figure) => Number.isSafeInteger(figure));
    if (whole === undefined) return '';
    return found.kind === 'percent'
      ? `: write the figure without quotes or the % sign, ${whole}, and give the column "unit": "%"`
      : `: write the figure without quotes or separators, ${whole}`;
  }
  if (type === 'integer' && !Number.isSafeInteger(found.figure)) return '';
  return `: ${found.hint}`;
}

/** "2010, 2011 and 2012"; more than five as the first five and how many others. */
export function listed(items: string[]): string {
  if (items.length > 5) return `${items.slice(0, 5).join(', ')} and ${items.length - 5} more`;
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/**
 * Rows as an editor finds them: by the value of their key, "the rows where year is 2013 and 2017", when each has one,
 * else by their place, "rows[3] and rows[7]".
 */
export function rowsNamed(
  rows: readonly Record<string, unknown>[],
  key: string | undefined,
  indexes: readonly number[],
): string {
  const values = indexes.map((index) => (key === undefined ? undefined : rows[index]?.[key]));
  // A key that names several rows (the first column of a long table, undeclared as the key) names none of them.
  const named = (value: unknown) =>
    (typeof value === 'string' || typeof value === 'number') && rows.filter((row) => row[key!] === value).length === 1;
  if (key !== undefined && values.every(named)) {
    return `${indexes.length === 1 ? 'the row' : 'the rows'} where ${key} is ${listed(values.map((value) => JSON.stringify(value)))}`;
  }
  return listed(indexes.map((index) => `rows[${index}]`));
}

/**
 * Where in the rows a problem is, after its message: " (the row where year is 2005)" for one row (nothing more for a
 * problem with the key itself, which names no row), then ", and the same in 9 more rows (…)" for a mistake repeated.
 */
export function rowsSuffix(
  rows: readonly Record<string, unknown>[],
  key: string | undefined,
  column: string,
  indexes: readonly number[],
): string {
  const [first = 0, ...more] = indexes;
  const value = key === undefined ? undefined : rows[first]?.[key];
  // One row is named by its key even where other rows share it (the row's index is in the field already).
  const own =
    column !== key && (typeof value === 'string' || typeof value === 'number')
      ? ` (the row where ${key} is ${JSON.stringify(value)})`
      : '';
  if (more.length === 0) return own;
  if (indexes.length === rows.length)
    return `${own}, and the same in the ${more.length} other row${more.length === 1 ? '' : 's'}`;
  const others = rowsNamed(rows, column === key ? undefined : key, more).replace(/^the rows? /, '');
  return `${own}, and the same in ${more.length} more row${more.length === 1 ? '' : 's'} (${others})`;
}

/**
 * The problems of a dataset's rows, one per mistake: a mistake repeated down a column (a figure typed as text in every
 * row, a column name misspelt in every row) is reported once, at its first row, with how many other rows have it and
 * which. Reported row by row, it filled the terminal with twenty lines that say one thing, and buried the others.
 */
class RowProblems {
  private readonly groups = new Map<
    string,
    { column: string; message: string | ((rows: number[]) => string); rows: number[] }
  >();

  private readonly rows: readonly Record<string, unknown>[];
  private readonly key: string | undefined;

  constructor(rows: readonly Record<string, unknown>[], key: string | undefined) {
    this.rows = rows;
    this.key = key;
  }

  /**
   * A problem at `rows[index][column]`; `group` says which problems are one mistake. A message given as a function
   * names the rows itself (it gets their indexes); otherwise rowsSuffix is added after it.
   */
  add(group: string, index: number, column: string, message: string | ((rows: number[]) => string)): void {
    const seen = this.groups.get(group);
    if (seen) seen.rows.push(index);
    else this.groups.set(group, { column, message, rows: [index] });
  }

  /** One issue per mistake, in the order of their first rows. */
  issues(): { path: (string | number)[]; message: string }[] {
    return [...this.groups.values()].map(({ column, message, rows }) => ({
      path: ['rows', rows[0]!, column],
      message:
        typeof message === 'function' ? message(rows) : `${message}${rowsSuffix(this.rows, this.key, column, rows)}`,
    }));
  }
}

/** How two texts that read alike on the page differ: "another apostrophe", "other spaces", or both. */
function writtenApart(a: string, b: string): string {
  if (a.trim().replace(/\s+/gu, ' ') === b.trim().replace(/\s+/gu, ' ')) return 'other spaces';
  return curlyApostrophes(a) === curlyApostrophes(b) ? 'another apostrophe' : 'another apostrophe and other spaces';
}

/** Spaces a reader cannot tell from a space, by name. */
const unseenSpaces: Record<string, string> = {
  '\u00a0': 'a no-break space',
  '\u202f': 'a narrow no-break space',
  '\u2007': 'a figure space',
  '\u2009': 'a thin space',
  '\u200a': 'a hair space',
  '\u2002': 'an en space',
  '\u2003': 'an em space',
  '\u3000': 'an ideographic space',
};

/**
 * `value` in double quotes with the spaces a reader cannot tell from a space written as escapes and named:
 * "Costa\u00a0Rica" (a no-break space). Printed as they are, two values that read alike looked the same in the message.
 */
function quotedValue(value: string): string {
  const found = [...new Set([...value].filter((character) => unseenSpaces[character] !== undefined))];
  if (found.length === 0) return JSON.stringify(value);
  const escaped = JSON.stringify(value).replace(
    /[\u00a0\u202f\u2007\u2009\u200a\u2002\u2003\u3000]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `${escaped} (${found.map((character) => unseenSpaces[character]).join(', ')})`;
}

/**
 * ': write "fr"' for a language written otherwise than by its code: in capitals ("FR"), with a region ("fr-FR"), or
 * by its name in the site's language or its own ("french", "Français"); else nothing.
 */
function languageMeant(written: string): string {
  const plain = written.trim().toLowerCase();
  const meant = prefixedLocales.find(
    (code) =>
      plain === code ||
      plain.split(/[-_]/)[0] === code ||
      plain === languageName(code).toLowerCase() ||
      plain === localeLabel(code).toLowerCase(),
  );
  return meant ? `: write "${meant}"` : '';
}

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
    for (const [lang, translation] of Object.entries(dataset.translations ?? {})) {
      const at = (...path: (string | number)[]) => ['translations', lang, ...path];
      if (!(prefixedLocales as readonly string[]).includes(lang)) {
        ctx.addIssue({
          code: 'custom',
          path: at(),
          message:
            lang === defaultLocale
              ? `"${lang}" is the language the dataset is written in: its texts need no translation`
              : `unknown language "${lang}": expected one of the site's other languages (${prefixedLocales.join(', ')})${languageMeant(lang)}`,
        });
      }
      if (translation.notes && translation.notes.length !== dataset.notes.length) {
        ctx.addIssue({
          code: 'custom',
          path: at('notes'),
          message: `expected ${dataset.notes.length} note${dataset.notes.length === 1 ? '' : 's'}, one for each of "notes" in the same order; got ${translation.notes.length}`,
        });
      }
      const correctionDays = dataset.corrections.map((c) => c.date.toISOString().slice(0, 10));
      for (const day of Object.keys(translation.corrections ?? {})) {
        const count = correctionDays.filter((d) => d === day).length;
        if (count !== 1) {
          ctx.addIssue({
            code: 'custom',
            path: [...at('corrections'), day],
            message:
              count === 0
                ? `no correction is dated ${day}: expected the date of one of "corrections" (${correctionDays.join(', ') || 'none'})`
                : `${count} corrections are dated ${day}: a translation names a correction by its date and cannot tell them apart; write them as one correction`,
          });
        }
      }
      for (const [name, column] of Object.entries(translation.columns ?? {})) {
        const declared = dataset.columns[name];
        if (!declared) {
          ctx.addIssue({
            code: 'custom',
            path: at('columns', name),
            message: `unknown column "${name}": expected one of ${names.join(', ')}`,
          });
          continue;
        }
        if (!column.values) continue;
        if (declared.type !== 'string' || declared.ref) {
          ctx.addIssue({
            code: 'custom',
            path: at('columns', name, 'values'),
            message: 'expected values only for a text column (type "string", no "ref")',
          });
          continue;
        }
        const byTranslation = new Map<string, string>();
        for (const [value, translated] of Object.entries(column.values)) {
          const other = byTranslation.get(translated);
          if (other !== undefined) {
            ctx.addIssue({
              code: 'custom',
              path: at('columns', name, 'values', value),
              message: `"${other}" and "${value}" would both read ${JSON.stringify(translated)}: give each value its own translation (charts would merge them)`,
            });
          }
          byTranslation.set(translated, value);
        }
        const present = new Set(dataset.rows.map((row) => row[name]));
        for (const value of Object.keys(column.values)) {
          if (!present.has(value)) {
            ctx.addIssue({
              code: 'custom',
              path: at('columns', name, 'values', value),
              message: `no row has the value ${JSON.stringify(value)} in "${name}": expected a value of the column, written exactly`,
            });
          }
        }
      }
    }
    if (dataset.key !== undefined && !names.includes(dataset.key)) {
      const near = nearestName(dataset.key, names);
      ctx.addIssue({
        code: 'custom',
        path: ['key'],
        message: `expected one of the columns (${names.join(', ')}), got ${JSON.stringify(dataset.key)}${near ? `: did you mean "${near}"?` : ''}`,
      });
    }
    // Which row, by its key as well as its index: "rows[19]" alone sends an editor counting.
    const key = dataset.key && names.includes(dataset.key) ? dataset.key : names[0];
    // Each figure column with the column naming its source, when the rows name theirs (else the dataset's `sources`).
    const sourced = names.flatMap((name) => {
      const source = holdsFigures(name, dataset.columns[name]!, key, dataset.columns)
        ? sourceColumnOf(dataset, name)
        : undefined;
      return source !== undefined && dataset.columns[source]?.ref === 'source' ? [{ name, source }] : [];
    });
    /** The problems of the rows, a mistake repeated down a column reported once (see RowProblems). */
    const problems = new RowProblems(dataset.rows, key);
    dataset.rows.forEach((row, index) => {
      // A stray {} (a row left when others were deleted): one row to remove, not a missing value in each column.
      if (Object.keys(row).length === 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['rows', index],
          message: 'an empty row ({}): remove it, or write its values (null for a gap)',
        });
        return;
      }
      const missing = names.filter((name) => !(name in row));
      /** The columns this row lacks because it writes them under another name ("isued" for "issued", "Source"). */
      const misspelt = new Set<string>();
      for (const [name, value] of Object.entries(row)) {
        const column = dataset.columns[name];
        if (!column) {
          const meant = nearestName(name, missing);
          if (meant && !misspelt.has(meant)) {
            misspelt.add(meant);
            // In every row, the rows may be right and "columns" misspelt: both are said.
            problems.add(`misspelt\n${name}\n${meant}`, index, name, (rows) => {
              const everywhere =
                rows.length === dataset.rows.length && rows.length > 1 && /^[a-z][a-z0-9_]*$/.test(name)
                  ? `; or, if the rows are right, rename "${meant}" in "columns"`
                  : '';
              return `unknown column "${name}": did you mean "${meant}"?${rowsSuffix(dataset.rows, key, name, rows)}${everywhere}`;
            });
          } else {
            problems.add(
              `unknown\n${name}`,
              index,
              name,
              `unknown column "${name}": declare it in "columns" or remove it (columns: ${names.join(', ')})`,
            );
          }
        } else if (name === key && (value === null || !valueFits(column.type, value))) {
          // The key names the row (its link on the dataset page, <Fact row>): a row without one has no name.
          const why =
            dataset.key === key
              ? `"${key}" is the key, which names the row`
              : `"${key}" is the first column, which names the row when no "key" is declared`;
          problems.add(
            `key\n${value === null ? 'null' : valueKind(value)}`,
            index,
            name,
            `expected ${expected[column.type]}, got ${quoted(value)}${value === null ? `: ${why}, so it cannot be empty` : valueHint(column.type, value)}`,
          );
        } else if (!valueFits(column.type, value)) {
          problems.add(
            `type\n${name}\n${valueKind(value)}`,
            index,
            name,
            `expected ${expected[column.type]} or null, got ${quoted(value)}${valueHint(column.type, value)}`,
          );
        } else if (column.ref === 'country' && value !== null) {
          const problem = countryCodeProblem(value);
          if (problem) problems.add(`country\n${name}\n${problem}`, index, name, problem);
        } else if (name === 'unit' && column.type === 'string' && typeof value === 'string') {
          // The rows' own unit column (headline-figures): a row whose unit is "%" prints its figure as a percentage.
          const problem = percentUnitProblem(value, '"%"');
          if (problem) problems.add(`percent\n${value}`, index, name, problem);
        }
      }
      for (const name of missing) {
        if (!misspelt.has(name)) problems.add(`missing\n${name}`, index, name, 'missing value: write null for a gap');
      }
      // A figure is credited to the source its row names: without one, pages would credit the dataset's first source,
      // which may never have given it.
      const unsourced = new Map<string, string[]>();
      for (const { name, source } of sourced) {
        if (typeof row[name] === 'number' && row[source] === null)
          unsourced.set(source, [...(unsourced.get(source) ?? []), name]);
      }
      for (const [source, figures] of unsourced) {
        problems.add(`unsourced\n${source}\n${figures.join('\n')}`, index, source, (rows) => {
          const many = rows.length > 1;
          return `${rowsNamed(dataset.rows, key, rows)} ${many ? 'have' : 'has'} ${figures.length === 1 ? 'a figure' : 'figures'} in ${figures.map((f) => `"${f}"`).join(', ')} but no source: name ${many ? 'their sources' : 'its source'}, or leave the figure${figures.length === 1 && !many ? '' : 's'} empty (null)`;
        });
      }
    });
    // Text values that differ only where the page cannot show it: a straight and a typographic apostrophe (the site
    // typesets both alike), spaces at the ends or doubled. A chart keys its bars and series by the value as written, so
    // "Cote d'Ivoire" and "Cote d’Ivoire" were two bars under one label, and a reader could not tell which was which.
    for (const name of names) {
      const column = dataset.columns[name]!;
      if (column.type !== 'string' || column.ref) continue;
      const first = new Map<string, { value: string; index: number }>();
      dataset.rows.forEach((row, index) => {
        const value = row[name];
        if (typeof value !== 'string') return;
        const shown = curlyApostrophes(value.trim().replace(/\s+/gu, ' '));
        const seen = first.get(shown);
        if (!seen) first.set(shown, { value, index });
        else if (seen.value !== value) {
          problems.add(
            `alike\n${name}\n${value}`,
            index,
            name,
            (rows) =>
              `${quotedValue(value)} reads the same on the page as ${quotedValue(seen.value)} in rows[${seen.index}] (${writtenApart(seen.value, value)})${rowsSuffix(dataset.rows, key, name, rows)}: a chart would show them apart under one name; write the value one way in every row`,
          );
        }
      });
    }
    for (const issue of problems.issues()) ctx.addIssue({ code: 'custom', ...issue });
    // A declared key names one row: <Fact row> and the rows' anchors find rows by it.
    if (dataset.key !== undefined && names.includes(dataset.key)) {
      const first = new Map<string, number>();
      dataset.rows.forEach((row, index) => {
        const value = row[dataset.key!];
        if (value === null || value === undefined) return;
        const seen = first.get(String(value));
        if (seen === undefined) first.set(String(value), index);
        else
          ctx.addIssue({
            code: 'custom',
            path: ['rows', index, dataset.key!],
            message: `${JSON.stringify(value)} is already the key of rows[${seen}]: a key names one row`,
          });
      });
    }
  });

export type Dataset = z.infer<typeof datasetSchema>;
export type DatasetWithId = Dataset & { id: string };
export type Row = Record<string, string | number | boolean | null>;
