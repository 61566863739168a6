/**
 * What loading the data files says about them: every figure has its source, a JSON key is written once, country codes
 * are ISO codes, a row has a key, and a file saved with a byte-order mark is read. Messages are pinned: they are the
 * user interface of the build.
 */
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { jsonProblem, loadProject } from '../../src/lib/load-project.ts';
import { tempSite } from '../helpers/temp-site.ts';
import { commaFigureAfter } from '../../src/bench/worst-cases.ts';

const sources = {
  'pace-doc-14277': {
    publisher: 'PACE',
    title: 'Abusive use of the Interpol system',
    url: 'https://example.org/pace',
    date: '2017',
    kind: 'court-or-un-document',
  },
  'rnm-numbers': {
    publisher: 'Red Notice Monitor',
    title: 'A numbers game, part 2',
    url: 'https://example.org/numbers',
    date: '2025',
    kind: 'ngo-report',
  },
};

/** As data/red-notices-issued.json: a main figure with the row's source, an alternative one with its own. */
const issued = (rows: unknown[], extra: Record<string, unknown> = {}) => ({
  title: 'Red notices issued per year',
  description: 'Red notices Interpol issued each year, as quoted by its sources.',
  sources: ['pace-doc-14277', 'rnm-numbers'],
  license: 'CC BY 4.0',
  updated: '2026-02-01',
  columns: {
    year: { type: 'integer', description: 'Year' },
    issued: { type: 'integer', unit: 'notices', description: 'Red notices issued' },
    issued_alt: { type: 'integer', unit: 'notices', description: 'Another figure', sourceColumn: 'alt_source' },
    alt_source: { type: 'string', ref: 'source', description: 'Source of the other figure' },
    note: { type: 'string', description: 'Note' },
    source: { type: 'string', ref: 'source', description: 'Source of the figure' },
  },
  rows,
  ...extra,
});

const row = (year: unknown, fields: Record<string, unknown> = {}) => ({
  year,
  issued: 2343,
  issued_alt: null,
  alt_source: null,
  note: null,
  source: 'pace-doc-14277',
  ...fields,
});

/** The loading errors of a site holding `files` (path -> JSON value, or text as written) and sources.json. */
function errorsOf(files: Record<string, unknown>): string[] {
  const texts = Object.fromEntries(
    Object.entries({ 'data/sources.json': sources, ...files }).map(([path, value]) => [
      path,
      typeof value === 'string' || Buffer.isBuffer(value) ? value : JSON.stringify(value, null, 2),
    ]),
  );
  return loadProject(tempSite(texts as Record<string, string | Buffer>)).errors.map((error) => error.message);
}

describe('loading datasets and sources', () => {
  it("refuses a figure whose row names no source, rather than crediting the dataset's first source", () => {
    const rows = [
      row(2005),
      row(2013, { issued: 9000, source: null, note: 'No verified figure.' }),
      row(2015, { issued: null, issued_alt: 12878 }),
    ];
    expect(errorsOf({ 'data/issued.json': issued(rows) })).toEqual([
      'data/issued.json: rows[1].source: the row where year is 2013 has a figure in "issued" but no source: name its source, or leave the figure empty (null)',
      'data/issued.json: rows[2].alt_source: the row where year is 2015 has a figure in "issued_alt" but no source: name its source, or leave the figure empty (null)',
    ]);
    // A row without a figure needs no source; a dataset without a source column credits its own `sources`.
    const gaps = [row(2005), row(2013, { issued: null, source: null, note: 'No verified figure.' })];
    expect(errorsOf({ 'data/issued.json': issued(gaps) })).toEqual([]);
    const noSourceColumn = issued([{ year: 2005, issued: 2343 }], {
      columns: {
        year: { type: 'integer', description: 'Year' },
        issued: { type: 'integer', description: 'Red notices issued' },
      },
    });
    expect(errorsOf({ 'data/issued.json': noSourceColumn })).toEqual([]);
    // Numbers that name or place a row (no unit: a month, a latitude) are there in a gap's row too.
    const monthly = issued([row(2024, { month: 1 }), row(2024, { month: 2, issued: null, source: null })], {
      key: undefined,
      columns: { ...JSON.parse(JSON.stringify(issued([]))).columns, month: { type: 'integer', description: 'Month' } },
    });
    expect(errorsOf({ 'data/issued.json': monthly })).toEqual([]);
    // The demo datasets hold to it.
    const demo = loadProject(fileURLToPath(new URL('../..', import.meta.url)));
    expect(demo.errors.map((error) => error.message)).toEqual([]);
    expect(demo.project.datasets.size).toBeGreaterThan(5);
  });

  it('refuses a qualifier column that is not text, which charts would take for no qualifier', () => {
    const qualified = (type: string) =>
      issued([row(2005, { qualifier: null })], {
        columns: { ...issued([]).columns, qualifier: { type, description: 'About or at least' } },
      });
    expect(errorsOf({ 'data/issued.json': qualified('boolean') })).toEqual([
      'data/issued.json: columns.qualifier.type: expected "string": a qualifier is the word printed before the row\'s figure ("about", "at least", "under"), got "boolean"',
    ]);
    expect(errorsOf({ 'data/issued.json': qualified('string') })).toEqual([]);
  });

  it('refuses a key written twice in an object, with the line, rather than keeping the last', () => {
    const dataset = JSON.stringify(issued([row(2005), row(2006)]), null, 2).replace(
      '"issued": 2343,',
      '"issued": 2343, "issued": 9999,',
    );
    const bibliography = JSON.stringify(sources, null, 2).replace(
      '\n}',
      `,\n  "pace-doc-14277": ${JSON.stringify(sources['rnm-numbers'])}\n}`,
    );
    expect(errorsOf({ 'data/issued.json': dataset, 'data/sources.json': bibliography })).toEqual([
      'data/sources.json: line 16: "pace-doc-14277" is written twice; the second would replace the first',
      'data/issued.json: line 44: rows[0].issued: "issued" is written twice; the second would replace the first (the row where year is 2005)',
    ]);
  });

  it('refuses a figure with more digits than a number holds, naming its row and column and what to write', () => {
    const columns = {
      ...issued([]).columns,
      amount: { type: 'number', unit: 'euros', description: 'Amount seized' },
    };
    const dataset = (...amounts: string[]) =>
      JSON.stringify(
        issued(
          amounts.map((_, i) => row(2005 + i, { amount: i })),
          { columns },
        ),
        null,
        2,
      ).replace(/"amount": (\d+)/g, (_, i: string) => `"amount": ${amounts[Number(i)]}`);
    expect(errorsOf({ 'data/issued.json': dataset('12345678901234567891', '0.1') })).toEqual([
      'data/issued.json: line 54: rows[0].amount: 12345678901234567891 has more digits than a figure can hold and would be published as 12345678901234567000 (the row where year is 2005): write it in a larger unit (thousands, millions), saying so in the column\'s "unit", or as text in double quotes if it is a code, not a figure',
    ]);
    // In a column of whole numbers, one error: not also "expected a whole number" of the figure it would have been.
    const whole = JSON.stringify(issued([row(2005)]), null, 2).replace('"issued": 2343', '"issued": 9007199254740993');
    expect(errorsOf({ 'data/issued.json': whole })).toEqual([
      'data/issued.json: line 44: rows[0].issued: 9007199254740993 has more digits than a figure can hold and would be published as 9007199254740992 (the row where year is 2005): write it in a larger unit (thousands, millions), saying so in the column\'s "unit", or as text in double quotes if it is a code, not a figure',
    ]);
    // Written otherwise but the same figure (1.50 is 1.5, 1e3 is 1000); and the digits a number prints back as written.
    expect(
      errorsOf({ 'data/issued.json': dataset('1.50', '1e3', '1.00000000000000000000', '0.30000000000000004', '-0') }),
    ).toEqual([]);
  });

  it('refuses a country code that is not an ISO code in capitals, naming the row, and allows a gap', () => {
    const countries = {
      title: 'Top requesting countries',
      description: 'Countries by active red notices.',
      sources: ['rnm-numbers'],
      license: 'CC BY 4.0',
      updated: '2026-02-01',
      columns: {
        country: { type: 'string', ref: 'country', description: 'Requesting country' },
        rank: { type: 'integer', description: 'Rank' },
        partner: { type: 'string', ref: 'country', description: 'Other country' },
      },
      key: 'rank',
      rows: [
        { country: 'tr', rank: 1, partner: null },
        { country: 'UK', rank: 2, partner: 'uk' },
        { country: 'ZZ', rank: 3, partner: 'RU' },
      ],
    };
    expect(errorsOf({ 'data/countries.json': countries })).toEqual([
      'data/countries.json: rows[0].country: expected an ISO 3166-1 alpha-2 country code such as "RU", got "tr": write it in capitals, "TR" (the row where rank is 1)',
      'data/countries.json: rows[1].country: expected an ISO 3166-1 alpha-2 country code such as "RU", got "UK": the United Kingdom\'s code is "GB" (the row where rank is 2)',
      'data/countries.json: rows[1].partner: expected an ISO 3166-1 alpha-2 country code such as "RU", got "uk": the United Kingdom\'s code is "GB" (the row where rank is 2)',
      'data/countries.json: rows[2].country: expected an ISO 3166-1 alpha-2 country code such as "RU", got "ZZ" (the row where rank is 3)',
    ]);
  });

  it('says in words that a file begins with a byte-order mark (Notepad, Excel), which the build cannot read yet', () => {
    const bom = (value: unknown) =>
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify(value, null, 2))]);
    const why =
      'invalid JSON at line 1, column 1: the file begins with an invisible byte-order mark: save it as "UTF-8", not "UTF-8 with BOM"';
    expect(errorsOf({ 'data/issued.json': bom(issued([row(2005)])), 'data/sources.json': bom(sources) })).toEqual([
      `data/sources.json: ${why}`,
      `data/issued.json: ${why}`,
    ]);
  });

  it('says a figure typed with thousands separators is one, and what to write, where JSON reads a number and a comma', () => {
    const text = `{\n  "rows": [\n    { "year": 2024, "issued": 1,200 },\n    { "year": 2025, "issued": 12,345,678 }\n  ]\n}`;
    expect(jsonProblem(text)).toBe(
      ' at line 3, column 31: 1,200 is a figure with thousands separators, which JSON cannot read: write it without them, 1200',
    );
    expect(jsonProblem(text.replace('1,200', '1200'))).toBe(
      ' at line 4, column 31: 12,345,678 is a figure with thousands separators, which JSON cannot read: write it without them, 12345678',
    );
    // A list of numbers is JSON; a comma before a field name that is missing is another mistake.
    expect(jsonProblem('{ "rows": [1,200] }')).toBeUndefined();
    expect(jsonProblem('{ "a": "x",200 }')).toBe(' at line 1, column 12: expected a field name in double quotes');
  });

  it('says a figure typed with a decimal comma is one, and writes it with a point, never as thousands', () => {
    // "0,125" has three digits after its comma, but no figure's thousands begin with 0: it was told "write it without
    // them, 0125", which JSON cannot read either, and is not the figure.
    expect(jsonProblem('{ "share": 0,125 }')).toBe(
      ' at line 1, column 12: 0,125 is a figure with a decimal comma, which JSON cannot read: write it with a point, 0.125',
    );
    expect(jsonProblem('{ "change": -0,750 }')).toBe(
      ' at line 1, column 13: -0,750 is a figure with a decimal comma, which JSON cannot read: write it with a point, -0.75',
    );
    // One or two digits after the comma, as French and German write decimals (figureAsText reads a text cell alike).
    expect(jsonProblem('{\n  "rate": 13,5\n}')).toBe(
      ' at line 2, column 11: 13,5 is a figure with a decimal comma, which JSON cannot read: write it with a point, 13.5',
    );
    expect(jsonProblem('{ "a": 1,200, "b": 2,25 }')).toBe(
      ' at line 1, column 8: 1,200 is a figure with thousands separators, which JSON cannot read: write it without them, 1200',
    );
  });

  // "issued": 1 200 as French writes it, or with the no-break space a French page's figure is copied with: JSON reads
  // 1 and then finds 200 where a comma should be, or a character it does not know, quoted as invisible "\u00a0".
  it('says a figure typed with spaces between its groups of digits is one, and what to write', () => {
    expect(jsonProblem('{\n  "issued": 1 200\n}')).toBe(
      ' at line 2, column 13: 1 200 is a figure with spaces between its groups of digits, which JSON cannot read: write it without them, 1200',
    );
    expect(jsonProblem('{ "issued": 12\u00a0345\u202f678, "b": 1 }')).toBe(
      ' at line 1, column 13: 12\u00a0345\u202f678 is a figure with spaces between its groups of digits, which JSON cannot read: write it without them, 12345678',
    );
    expect(jsonProblem('{ "rate": 1 200,5 }')).toBe(
      ' at line 1, column 11: 1 200,5 is a figure with spaces between its groups of digits, which JSON cannot read: write it without them, with a point before its decimals, 1200.5',
    );
    // Two figures with a space between them are no one figure: not grouped by threes.
    expect(jsonProblem('{ "a": 12 34 }')).toBe(' at line 1, column 11: expected a comma between two entries');
  });

  // How long it takes (once 2.4 s, each figure of the list the start of a match that ran to its end) is timed by
  // npm run bench:worst-cases (src/bench/worst-cases.ts), not here.
  it('finds a figure with commas after a long list of figures, at its line and column', () => {
    expect(jsonProblem(commaFigureAfter(20_000))).toBe(
      ' at line 1, column 80016: 1,200 is a figure with thousands separators, which JSON cannot read: write it without them, 1200',
    );
  });

  it('names a missing bibliography as the file, without a pseudo-field', () => {
    expect(
      loadProject(tempSite({ 'data/issued.json': JSON.stringify(issued([row(2005)])) })).errors.map(
        (error) => error.message,
      ),
    ).toContain('data/sources.json: missing: the bibliography must exist, even if empty ({})');
  });

  it('refuses a row without a key, naming it by its position, whether the key is declared or the first column; the first column may repeat', () => {
    const rows = [row(2005), row(null, { issued: 9000 })];
    expect(errorsOf({ 'data/issued.json': issued(rows) })).toEqual([
      'data/issued.json: rows[1].year: expected a whole number, got null: "year" is the first column, which names the row when no "key" is declared, so it cannot be empty',
    ]);
    const keyed = issued(
      [
        { ...row(2005), label: 'a' },
        { ...row(2006), label: null },
      ],
      {
        key: 'label',
        columns: { ...issued([]).columns, label: { type: 'string', description: 'Label' } },
      },
    );
    expect(errorsOf({ 'data/issued.json': keyed })).toEqual([
      'data/issued.json: rows[1].label: expected text, got null: "label" is the key, which names the row, so it cannot be empty',
    ]);
    // Without a declared key, rows may repeat the first column: a long table (year by ground, as in the demo's
    // interpol-refusals) names a row by several columns, and a <Fact> on an ambiguous row is refused where it is written.
    expect(
      errorsOf({ 'data/issued.json': issued([row(2017, { note: 'Article 2' }), row(2017, { note: 'Article 3' })]) }),
    ).toEqual([]);
  });

  it('says in words what a dataset needs when it is empty, not an object or without columns, and what is wrong with a source date, once', () => {
    const expected =
      'expected a dataset: an object with its title, description, sources, license, updated, columns and rows (see "A dataset" in the README)';
    const { columns: _, ...noColumns } = issued([row(2005)]);
    expect(errorsOf({ 'data/empty.json': {}, 'data/issued.json': noColumns, 'data/list.json': [] })).toEqual([
      `data/empty.json: (top level): empty: ${expected}`,
      'data/issued.json: columns: missing: expected the columns, an object naming each column with its type and description, e.g. "columns": { "year": { "type": "integer", "description": "Calendar year" } }',
      `data/list.json: (top level): ${expected}, got a list`,
    ]);
    const dated = (date: unknown) => ({ ...sources, 'rnm-numbers': { ...sources['rnm-numbers'], date } });
    expect(errorsOf({ 'data/sources.json': dated('12/03/2025') })).toEqual([
      'data/sources.json: rnm-numbers.date: expected a date written as YYYY, YYYY-MM or YYYY-MM-DD, got "12/03/2025": write 2025-03-12 if the day comes first, 2025-12-03 if the month does',
    ]);
    expect(errorsOf({ 'data/sources.json': dated(2025) })).toEqual([
      'data/sources.json: rnm-numbers.date: expected a date written as YYYY, YYYY-MM or YYYY-MM-DD (text, in quotes), got 2025',
    ]);
  });
});
