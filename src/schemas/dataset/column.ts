/**
 * A dataset's column: its type, unit, description and label, and what a type or a unit written otherwise is told.
 */
import { z } from 'astro/zod';
import { oneOfMessage, optionalProse, prose } from '../fields.ts';
import { percentUnit } from './percent-words.ts';

export const columnTypes = ['string', 'number', 'integer', 'date', 'boolean'] as const;

export type ColumnType = (typeof columnTypes)[number];

/** Types as programming languages, databases and French name them, with the column type each means. */
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
  // As a French newsroom names them.
  entier: 'integer',
  nombre: 'number',
  décimal: 'number',
  texte: 'string',
  chaîne: 'string',
  booléen: 'boolean',
  booleen: 'boolean',
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
  année: '"integer" (2024), or "date" for years written as text ("2024")',
  annee: '"integer" (2024), or "date" for years written as text ("2024")',
  pourcentage: '"number", with "unit": "%"',
  pays: '"string", with "ref": "country"',
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

/**
 * What a unit meant as "%" but written otherwise is told, or nothing. Only "%" prints figures as percentages (39 as
 * "39%"): "percent" would print a bare 39 in a <Fact>, and "percentage points", a change, is another unit.
 */
export function percentUnitProblem(unit: string, write: string): string | undefined {
  if (unit === '%' || !percentUnit.test(unit)) return undefined;
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
      // An empty unit prints nothing, and still asks each row for its figure's source (holdsFigures).
      const problem =
        unit.trim() === ''
          ? 'expected the unit the figures count, such as "notices" or "%", got an empty one: name the unit, or remove "unit" if the figures have none'
          : percentUnitProblem(unit, '"unit": "%"');
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
export type Column = z.infer<typeof columnSchema> & {
  readonly written?: z.infer<typeof columnSchema>;
  /**
   * Set on a figure column whose `unit` is the one its rows shown share in their own `unit` column (row-unit.ts): the
   * unit says what the chart plots ("deletions or cancellations"), where the label is written for every row ("Count").
   */
  readonly rowUnit?: boolean;
};
