import { describe, expect, it } from 'vitest';
import { validateChart } from '../../src/charts/validate.ts';
import { shownRows } from '../../src/charts/rows.ts';
import type { Dataset } from '../../src/schemas/dataset.ts';
import { column } from './golden.ts';
import { chartColumns } from '../../src/charts/table.ts';
import { dataset as datasetFile, goodFrontmatter, preflight, story } from '../helpers/preflight.ts';

const dataset = (rows: Dataset['rows'], columns: Dataset['columns']): Dataset => ({
  title: 't',
  description: 'd',
  sources: ['s'],
  license: 'l',
  updated: new Date('2026-01-01'),
  columns,
  rows,
  notes: [],
  corrections: [],
});
const issued = dataset([{ year: 2024, issued: 1, kind: 'a' }], {
  year: column('integer'),
  issued: column('integer'),
  kind: column('string'),
});

describe('chart validation', () => {
  it('names a missing column and lists the ones there are', () => {
    expect(validateChart({ type: 'line', x: 'year', y: 'isued', title: 'T' }, issued)).toEqual([
      {
        field: 'y',
        message: 'the dataset has no column "isued": did you mean "issued"? (columns: year, issued, kind)',
      },
    ]);
  });

  it('suggests a column only when the name written is a typo of it, for filters as for axes', () => {
    expect(validateChart({ type: 'line', x: 'year', y: 'issued', filter: { knd: 'a' }, title: 'T' }, issued)).toEqual([
      {
        field: 'filter.knd',
        message: 'the dataset has no column "knd": did you mean "kind"? (columns: year, issued, kind)',
      },
    ]);
    // "count" is not near any column: no guess.
    expect(validateChart({ type: 'line', x: 'year', y: 'count', title: 'T' }, issued)).toEqual([
      { field: 'y', message: 'the dataset has no column "count" (columns: year, issued, kind)' },
    ]);
  });

  it('names a filter value no row has, with the values there are, and a chart left with nothing to draw', () => {
    const snapshots = dataset(
      [
        { snapshot: '2022-10', country: 'RU', count: 3000 },
        { snapshot: '2023-05', country: 'RU', count: 3038 },
        { snapshot: '2023-05', country: 'FR', count: null },
      ],
      { snapshot: column('date'), country: column('string', { ref: 'country' }), count: column('integer') },
    );
    // "2023-5" for "2023-05" crashed the map's drawing; a line chart published an empty drawing.
    expect(
      validateChart({ type: 'map', x: 'country', y: 'count', filter: { snapshot: '2023-5' }, title: 'T' }, snapshots),
    ).toEqual([
      {
        field: 'filter.snapshot',
        message: 'no row has snapshot = "2023-5": did you mean "2023-05"? (values: "2022-10", "2023-05")',
      },
    ]);
    // The closest values, beyond the first eight listed, and every one as close; none when nothing is close.
    const measures = dataset(
      [
        ...'ABCDEFGH'.split('').map((letter) => ({ measure: `Other ${letter}`, count: 1 })),
        { measure: 'Deletions', count: 2 },
        { measure: 'Deletion', count: 3 },
        { measure: 'Refusals', count: 4 },
      ],
      { measure: column('string'), count: column('integer') },
    );
    const filtered = (measure: string) =>
      validateChart({ type: 'bar', x: 'measure', y: 'count', filter: { measure }, title: 'T' }, measures)[0]!.message;
    expect(filtered('deletions')).toBe(
      'no row has measure = "deletions": did you mean "Deletions"? (values: "Other A", "Other B", "Other C", "Other D", "Other E", "Other F", "Other G", "Other H", …)',
    );
    expect(filtered('Deletios')).toMatch(
      /^no row has measure = "Deletios": did you mean "Deletions" or "Deletion"\? \(values: /,
    );
    expect(filtered('Refusal')).toMatch(/: did you mean "Refusals"\? /);
    expect(filtered('Arrests')).toMatch(/^no row has measure = "Arrests" \(values: /);
    expect(
      validateChart(
        { type: 'map', x: 'country', y: 'count', filter: { snapshot: '2022-10', country: 'FR' }, title: 'T' },
        snapshots,
      ),
    ).toEqual([
      { field: 'filter', message: 'no row matches every value of the filter {"snapshot":"2022-10","country":"FR"}' },
    ]);
    expect(
      validateChart({ type: 'map', x: 'country', y: 'count', filter: { country: 'FR' }, title: 'T' }, snapshots),
    ).toEqual([{ field: 'y', message: 'every row the chart shows is empty in "count": there is nothing to draw' }]);
    expect(
      validateChart({ type: 'map', x: 'country', y: 'count', filter: { snapshot: '2023-05' }, title: 'T' }, snapshots),
    ).toEqual([]);
  });

  it('says how to write a filter value given as text for a number column, or as a number for a text column', () => {
    const counts = dataset(
      [
        { year: 2021, code: '7', count: 1 },
        { year: 2022, code: '8', count: 2 },
      ],
      { year: column('integer'), code: column('string'), count: column('integer') },
    );
    expect(validateChart({ type: 'bar', x: 'code', y: 'count', filter: { year: '2022' }, title: 'T' }, counts)).toEqual(
      [{ field: 'filter.year', message: '"year" holds numbers: write filter={{ "year": 2022 }}' }],
    );
    expect(validateChart({ type: 'bar', x: 'code', y: 'count', filter: { code: 8 }, title: 'T' }, counts)).toEqual([
      { field: 'filter.code', message: '"code" holds text: write filter={{ "code": "8" }}' },
    ]);
  });

  it('reads a filter value given as text as a figure is typed, and never suggests a figure the text does not say', () => {
    const totals = dataset(
      [
        { year: 2021, level: 0, total: 1200, count: 1 },
        { year: 2022, level: 1, total: 4817, count: 2 },
      ],
      { year: column('integer'), level: column('integer'), total: column('integer'), count: column('integer') },
    );
    const filtered = (filter: Record<string, string | number | boolean>) =>
      validateChart({ type: 'bar', x: 'year', y: 'count', filter, title: 'T' }, totals);
    // The figure the text is, with its separators, or the reading of "1.200" that the column holds.
    expect(filtered({ total: '4\u202f817' })).toEqual([
      { field: 'filter.total', message: '"total" holds numbers: write filter={{ "total": 4817 }}' },
    ]);
    expect(filtered({ total: '1.200' })).toEqual([
      { field: 'filter.total', message: '"total" holds numbers: write filter={{ "total": 1200 }}' },
    ]);
    // Spaces, or a hexadecimal or exponent JavaScript would read, are no figure an editor typed.
    for (const value of [' ', '0x7E6', '2.022e3']) {
      expect(filtered({ [value === ' ' ? 'level' : 'year']: value })[0]?.message, value).toMatch(/^no row has /);
    }
  });

  it('refuses two rows for one mark: a bar, a point of a line, a country (per series when there is one)', () => {
    const bases = dataset(
      [
        { basis: 'annual report', year: 2021, count: 15, kind: 'a' },
        { basis: 'annual report', year: 2022, count: 12, kind: 'b' },
        { basis: 'press release', year: 2022, count: 9, kind: 'a' },
      ],
      { basis: column('string'), year: column('integer'), count: column('integer'), kind: column('string') },
    );
    expect(validateChart({ type: 'bar', x: 'basis', y: 'count', title: 'T' }, bases)).toEqual([
      {
        field: 'x',
        message:
          '2 rows have basis "annual report" (rows[0] and rows[1] of the dataset): a bar chart draws one mark for each (keep one row with filter, or split them with series in a grouped-bar or stacked-bar chart)',
      },
    ]);
    expect(validateChart({ type: 'line', x: 'year', y: 'count', title: 'T' }, bases)).toEqual([
      {
        field: 'x',
        message:
          '2 rows have year 2022 (rows[1] and rows[2] of the dataset): a line chart draws one mark for each (keep one row with filter, or split them with series)',
      },
    ]);
    expect(validateChart({ type: 'stacked-bar', x: 'year', y: 'count', series: 'kind', title: 'T' }, bases)).toEqual(
      [],
    );
    expect(validateChart({ type: 'grouped-bar', x: 'basis', y: 'count', series: 'year', title: 'T' }, bases)).toEqual(
      [],
    );
    expect(validateChart({ type: 'line', x: 'year', y: 'count', series: 'basis', title: 'T' }, bases)).toEqual([]);
    expect(validateChart({ type: 'bar', x: 'basis', y: 'count', filter: { year: 2022 }, title: 'T' }, bases)).toEqual(
      [],
    );
    // A scatter plot may put two dots at one x.
    expect(validateChart({ type: 'dot', x: 'year', y: 'count', title: 'T' }, bases)).toEqual([]);
    // A map leaves rows without a country and without a value out (a value without a country is refused:
    // tests/charts/misleading.test.ts), and has no series to split by.
    const countries = dataset(
      [
        { country: null, label: 'Stateless', count: null },
        { country: null, label: 'Unknown', count: null },
        { country: 'RU', label: 'Russia', count: 3 },
        { country: 'RU', label: 'Russia (again)', count: 5 },
      ],
      { country: column('string', { ref: 'country' }), label: column('string'), count: column('integer') },
    );
    expect(
      validateChart(
        { type: 'map', x: 'country', y: 'count', title: 'T' },
        { ...countries, rows: countries.rows.slice(0, 3) },
      ),
    ).toEqual([]);
    for (const series of [undefined, 'label']) {
      expect(
        validateChart({ type: 'map', x: 'country', y: 'count', title: 'T', ...(series ? { series } : {}) }, countries),
      ).toEqual([
        ...(series
          ? [
              {
                field: 'series',
                message:
                  'a map chart does not use "series": series is for grouped-bar, stacked-bar, line, dot and area charts',
              },
            ]
          : []),
        {
          field: 'x',
          message:
            '2 rows have country "RU" (rows[2] and rows[3] of the dataset): a map chart draws one mark for each (keep one row with filter)',
        },
      ]);
    }
  });

  it('refuses a column charted against itself ("admissible per admissible")', () => {
    expect(validateChart({ type: 'line', x: 'issued', y: 'issued', title: 'T' }, issued)).toEqual([
      { field: 'y', message: '"issued" is already the chart\'s x: y must be another column' },
    ]);
    expect(validateChart({ type: 'stacked-bar', x: 'kind', y: 'issued', series: 'kind', title: 'T' }, issued)).toEqual([
      { field: 'series', message: '"kind" is already the chart\'s x: series must be another column' },
    ]);
  });

  it("checks a bar chart's rank column as it checks its other columns: there, whole numbers, on a bar chart", () => {
    const ranks = dataset([{ name: 'Russia', rank: 1, notices: 4817 }], {
      name: column('string'),
      rank: column('integer'),
      notices: column('integer'),
    });
    const spec = { type: 'bar', x: 'name', y: 'notices', title: 'T' } as const;
    expect(validateChart({ ...spec, rank: 'rank' }, ranks)).toEqual([]);
    expect(validateChart({ ...spec, rank: 'rnk' }, ranks)).toEqual([
      {
        field: 'rank',
        message: 'the dataset has no column "rnk": did you mean "rank"? (columns: name, rank, notices)',
      },
    ]);
    expect(validateChart({ ...spec, rank: 'name' }, ranks)).toEqual([
      { field: 'rank', message: 'column "name" is string, but a bar chart\'s rank must be integer' },
    ]);
    expect(validateChart({ type: 'line', x: 'rank', y: 'notices', rank: 'rank', title: 'T' }, ranks)).toEqual([
      { field: 'rank', message: 'a line chart does not use "rank": rank is for bar charts' },
    ]);
    // The data table shows the rank first, as a ranked list starts with its numbers.
    expect(chartColumns({ ...spec, rank: 'rank' }, ranks.columns)).toEqual(['rank', 'name', 'notices']);
  });

  it("names the file, the chart and the column of a rank that does not exist, in a story's <Chart> and a dataset's chart", () => {
    const mdx = preflight({
      'content/stories/the-files.mdx': story(
        goodFrontmatter,
        '<Chart dataset="issued" type="bar" x="year" y="issued" rank="rank" title="Ranked" />',
      ),
    }).errors;
    expect(mdx).toEqual([
      'content/stories/the-files.mdx: line 8: <Chart> "Ranked" rank: the dataset has no column "rank" (columns: year, issued, source)',
    ]);
    const json = preflight({
      'data/issued.json': datasetFile(undefined, {
        chart: { type: 'bar', x: 'year', y: 'issued', rank: 'place', title: 'Ranked' },
      }),
    }).errors;
    expect(json).toEqual([
      'data/issued.json: chart "Ranked" rank: the dataset has no column "place" (columns: year, issued, source)',
    ]);
  });

  it('names a column of the wrong type for the kind', () => {
    expect(validateChart({ type: 'line', x: 'year', y: 'kind', title: 'T' }, issued)).toEqual([
      { field: 'y', message: 'column "kind" is string, but a line chart\'s y must be number or integer' },
    ]);
  });

  it('names an unknown custom chart and the known ones', () => {
    expect(validateChart({ spec: 'nope', title: 'T' }, issued)).toEqual([
      {
        field: 'spec',
        message:
          'no custom chart "nope": expected one of small-multiples (a chart in src/charts/custom/nope.ts is used once src/charts/custom/index.ts lists it)',
      },
    ]);
  });

  it("checks a custom chart's columns like a built-in kind", () => {
    expect(validateChart({ spec: 'small-multiples', x: 'year', y: 'issued', title: 'T' }, issued)).toEqual([
      { field: 'series', message: 'a custom chart needs "series": one of year, issued, kind' },
    ]);
  });

  it('refuses more series than the palette has colours', () => {
    const many = dataset(
      ['a', 'b', 'c', 'd', 'e', 'f'].map((kind) => ({ year: 2024, issued: 1, kind })),
      { year: column('integer'), issued: column('integer'), kind: column('string') },
    );
    expect(validateChart({ type: 'line', x: 'year', y: 'issued', series: 'kind', title: 'T' }, many)).toEqual([
      {
        field: 'series',
        message:
          'column "kind" has 6 values; a chart tells at most 5 series apart: filter the rows to at most 5 of them (filter={{ "kind": ["a", "b"] }}) or use spec="small-multiples"',
      },
    ]);
    // As the message says: a filter given a list keeps the rows holding any of its values.
    const five = { type: 'line', x: 'year', y: 'issued', series: 'kind', title: 'T' } as const;
    expect(validateChart({ ...five, filter: { kind: ['a', 'b', 'c', 'd', 'e'] } }, many)).toEqual([]);
    expect(shownRows(many, { ...five, filter: { kind: ['a', 'c'] } }).map((row) => row.kind)).toEqual(['a', 'c']);
    // Each value of the list is checked as one value is.
    expect(validateChart({ ...five, filter: { kind: ['a', 'B'] } }, many)).toEqual([
      {
        field: 'filter.kind',
        message: 'no row has kind = "B": did you mean "b"? (values: "a", "b", "c", "d", "e", "f")',
      },
    ]);
  });

  it('says a chart draws one y column when given several, and that x and y look swapped when each fits the other', () => {
    const accounts = dataset([{ year: 2024, balance: 1, share: 2, region: 'Alpha' }], {
      year: column('integer'),
      balance: column('integer'),
      share: column('number'),
      region: column('string'),
    });
    expect(validateChart({ type: 'line', x: 'year', y: 'balance, share', title: 'T' }, accounts)).toEqual([
      {
        field: 'y',
        message:
          'a chart draws one y column, got 2 (balance, share): to draw several measures, give the dataset one row per measure, with a column naming it (such as "measure"), and pass that column as series',
      },
    ]);
    // "y must be number" for a horizontal bar written with x and y the other way round, as a column chart takes them.
    expect(validateChart({ type: 'bar', x: 'balance', y: 'region', title: 'T' }, accounts)).toEqual([
      {
        field: 'y',
        message:
          'column "region" is string, but a bar chart\'s y must be number or integer: x and y look swapped, write x="region" y="balance" (x names the bars, listed down the side: bars here are horizontal; y is their length)',
      },
    ]);
    expect(validateChart({ type: 'bar', x: 'region', y: 'region', title: 'T' }, accounts)[0]!.message).not.toContain(
      'swapped',
    );
  });

  it('leaves an option written as an expression to the render-time check', () => {
    expect(validateChart({ type: 'line', x: 'year', y: undefined, title: 'T' }, issued)).toEqual([]);
  });
});

describe("a map's options in a story and in a dataset", () => {
  it('name the file, the line, the chart and the option, with what was expected', () => {
    const mdx = preflight({
      'content/stories/the-files.mdx': story(
        goodFrontmatter,
        '<Chart dataset="issued" type="bar" x="year" y="issued" breaks={[500, 100]} title="Ranked" />\n\n<Chart dataset="issued" type="line" x="year" y="issued" zoom="data" title="Z" />',
      ),
    }).errors;
    expect(mdx).toEqual([
      'content/stories/the-files.mdx: line 8: <Chart> "Ranked" breaks: expected the class limits in increasing order, each once, such as breaks={[100, 500, 1000]}, got [500, 100]',
      'content/stories/the-files.mdx: line 10: <Chart> "Z" zoom: a line chart does not use "zoom": zoom is for map charts',
    ]);
    const json = preflight({
      'data/issued.json': datasetFile(undefined, {
        chart: { type: 'bar', x: 'year', y: 'issued', breaks: 5, title: 'B' },
      }),
    }).errors;
    expect(json).toEqual([
      'data/issued.json: chart.breaks: expected the class limits as a list of numbers, such as "breaks": [100, 500, 1000], got the number 5',
    ]);
  });
});
