/**
 * Charts that used to build cleanly and publish something wrong: a legend of colours the bars do not use, rows that
 * disappeared from the drawing but not from the table, a "top 3" that was not the top 3, an empty map that claimed
 * six countries, an event drawn backwards, options silently ignored. Each is refused before drawing, or drawn right.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bar } from '../../src/charts/bar.ts';
import { chartFigure } from '../../src/charts/figure.ts';
import { groupedBar } from '../../src/charts/grouped-bar.ts';
import { renderPlot } from '../../src/charts/render.ts';
import { shownRows } from '../../src/charts/rows.ts';
import { summarize } from '../../src/charts/summary.ts';
import { validateChart } from '../../src/charts/validate.ts';
import { chartSpecSchema, type ChartSpec } from '../../src/schemas/chart.ts';
import type { Dataset } from '../../src/schemas/dataset.ts';
import type { Row } from '../../src/charts/types.ts';
import { column } from './golden.ts';

type Spec = Omit<ChartSpec, 'title'>;

/** The reviewer's dataset: six rows named by id, one without a group. */
const rows = [
  { id: 'a', year: 2019, group: 'alpha', value: 120, country: 'MV', when: '2019', until: null, what: 'First' },
  { id: 'b', year: 2019, group: 'beta', value: -40, country: 'MT', when: '2019-06', until: '2020', what: 'Second' },
  { id: 'c', year: 2020, group: 'alpha', value: 300, country: 'SG', when: '2020', until: null, what: 'Third' },
  { id: 'd', year: 2020, group: null, value: 80, country: 'FR', when: '2020-02', until: null, what: 'Fourth' },
  { id: 'e', year: 2021, group: 'alpha', value: 500, country: 'RU', when: '2021', until: null, what: 'Fifth' },
  { id: 'f', year: 2021, group: 'beta', value: 10, country: 'TV', when: '2021-03', until: null, what: 'Sixth' },
];
const columns: Dataset['columns'] = {
  id: column('string'),
  year: column('integer'),
  group: column('string'),
  value: column('number'),
  country: column('string', { ref: 'country' }),
  when: column('date'),
  until: column('date'),
  what: column('string'),
};
const dataset = (changed: Partial<Dataset> = {}): Dataset => ({
  title: 't',
  description: 'd',
  sources: ['s'],
  license: 'l',
  updated: new Date('2026-01-01'),
  key: 'id',
  columns,
  rows,
  notes: [],
  corrections: [],
  ...changed,
});
const check = (spec: Spec, data = dataset()) => validateChart({ title: 'T', ...spec } as ChartSpec, data);
/** The rows with one column changed, by id. */
const withRows = (changes: Record<string, Dataset['rows'][number]>): Dataset['rows'] =>
  rows.map((row) => ({ ...row, ...changes[row.id] }));

describe('charts that would publish something wrong', () => {
  beforeAll(() => {
    process.env.CASEFILE_CHART_CACHE = mkdtempSync(join(tmpdir(), 'casefile-chart-misleading-'));
  });

  it('refuses series on a plain bar chart, which draws one bar per row in one colour', () => {
    expect(check({ type: 'bar', x: 'id', y: 'value', series: 'group' })).toEqual([
      { field: 'series', message: 'a bar chart has no series: use type="grouped-bar" or "stacked-bar"' },
    ]);
    // Two rows for one bar: the hint no longer sends the editor to series on a bar chart.
    expect(check({ type: 'bar', x: 'year', y: 'value' })[0]).toEqual({
      field: 'x',
      message:
        '2 rows have year 2019 (rows[0] and rows[1] of the dataset): a bar chart draws one mark for each (keep one row with filter, or split them with series in a grouped-bar or stacked-bar chart)',
    });
  });

  it("refuses a row with a value but no series value, named by the dataset's key; rows the filter leaves out do not count", () => {
    for (const type of ['grouped-bar', 'stacked-bar', 'line', 'area', 'dot'] as const) {
      expect(check({ type, x: 'year', y: 'value', series: 'group' })).toContainEqual({
        field: 'series',
        message: 'the row where id is "d" has a value but no group: name its group, or leave it out with filter',
      });
    }
    expect(check({ type: 'grouped-bar', x: 'year', y: 'value', series: 'group', filter: { year: 2019 } })).toEqual([]);
    // A row without a value either draws nothing and says "no data".
    expect(
      check(
        { type: 'line', x: 'year', y: 'value', series: 'group' },
        dataset({ rows: withRows({ d: { value: null } }) }),
      ),
    ).toEqual([]);
    // Several rows, and a dataset without a declared key (its first column names the row).
    const two = dataset({ key: undefined, rows: withRows({ b: { group: null } }) });
    expect(check({ type: 'line', x: 'year', y: 'value', series: 'group' }, two)).toEqual([
      {
        field: 'series',
        message:
          'the rows where id is "b" and "d" have a value but no group: name their group, or leave them out with filter',
      },
    ]);
  });

  it('refuses a row with a value but nothing on x, which a bar chart drew as a bar without a name and the others nowhere', () => {
    const unplaced = dataset({ rows: withRows({ b: { id: null, year: null }, f: { id: null, year: null } }) });
    expect(
      check({ type: 'bar', x: 'id', y: 'value' }, dataset({ key: undefined, rows: withRows({ b: { id: null } }) })),
    ).toEqual([{ field: 'x', message: 'rows[1] has a value but no id: name its id, or leave it out with filter' }]);
    for (const type of ['line', 'area', 'dot'] as const) {
      expect(check({ type, x: 'year', y: 'value' }, unplaced)).toContainEqual({
        field: 'x',
        message: 'rows[1] and rows[5] have a value but no year: name their year, or leave them out with filter',
      });
    }
    expect(
      check({ type: 'grouped-bar', x: 'year', y: 'value', series: 'group', filter: { group: 'alpha' } }, unplaced),
    ).toEqual([]);
    // A dot chart of categories placed by a number on x draws the categories down y: a category without a number is a
    // gap in the data, and a number without a category the row drawn nowhere.
    expect(check({ type: 'dot', x: 'value', y: 'id' }, dataset({ rows: withRows({ b: { value: null } }) }))).toEqual(
      [],
    );
    expect(
      check({ type: 'dot', x: 'value', y: 'id' }, dataset({ key: undefined, rows: withRows({ b: { id: null } }) })),
    ).toEqual([{ field: 'y', message: 'rows[1] has a value but no id: name its id, or leave it out with filter' }]);
    // Categories placed by a date (x="when" y="what") are the values of the dates, as the summary reads them ("No data
    // for 2019" of a date without a category): a category without a date is a value without a place, refused on x.
    expect(check({ type: 'dot', x: 'when', y: 'what' }, dataset({ rows: withRows({ b: { what: null } }) }))).toEqual(
      [],
    );
    expect(check({ type: 'dot', x: 'when', y: 'what' }, dataset({ rows: withRows({ b: { when: null } }) }))).toEqual([
      {
        field: 'x',
        message: 'the row where id is "b" has a value but no when: name its when, or leave it out with filter',
      },
    ]);
    // A row without a value either draws nothing and says "no data"; a timeline leaves its undated events out.
    expect(
      check({ type: 'bar', x: 'id', y: 'value' }, dataset({ rows: withRows({ b: { id: null, value: null } }) })),
    ).toEqual([]);
    expect(
      check({ type: 'timeline', x: 'when', label: 'what' }, dataset({ rows: withRows({ b: { when: null } }) })),
    ).toEqual([]);
  });

  it('refuses a timeline whose every event the chart shows is undated: it drew an empty frame with an empty summary', () => {
    const undated = dataset({ rows: withRows(Object.fromEntries(rows.map((row) => [row.id, { when: null }]))) });
    expect(check({ type: 'timeline', x: 'when', label: 'what' }, undated)).toEqual([
      { field: 'x', message: 'every row the chart shows is empty in "when": there is nothing to draw' },
    ]);
  });

  it('refuses a dated event without a label: a timeline drew a dot beside no text, and its summary said "First: null"', () => {
    expect(
      check({ type: 'timeline', x: 'when', label: 'what' }, dataset({ rows: withRows({ a: { what: null } }) })),
    ).toEqual([
      {
        field: 'label',
        message: 'the row where id is "a" has a date but no what: write its what, or leave it out with filter',
      },
    ]);
    // An undated event without a label is left out with the other undated ones.
    expect(
      check(
        { type: 'timeline', x: 'when', label: 'what' },
        dataset({ rows: withRows({ a: { what: null, when: null } }) }),
      ),
    ).toEqual([]);
  });

  it('says a series column empty in every row is empty, instead of naming rows "with group null"', () => {
    const empty = dataset({ rows: withRows(Object.fromEntries(rows.map((row) => [row.id, { group: null }]))) });
    expect(check({ type: 'grouped-bar', x: 'year', y: 'value', series: 'group' }, empty)).toEqual([
      {
        field: 'series',
        message:
          'column "group" is empty in every row the chart shows: name each row\'s group, or use type="bar" without series',
      },
    ]);
    expect(check({ type: 'line', x: 'year', y: 'value', series: 'group' }, empty)).toEqual([
      {
        field: 'series',
        message: 'column "group" is empty in every row the chart shows: name each row\'s group, or leave series out',
      },
    ]);
  });

  it('top with sort="none" keeps the N highest, in the dataset\'s order', () => {
    const spec = { type: 'bar', x: 'id', y: 'value', top: 3, sort: 'none', title: 'T' } as const;
    expect(shownRows({ rows, columns }, spec).map((row) => row.id)).toEqual(['a', 'c', 'e']);
    const figure = chartFigure({ spec, dataset: dataset(), lang: 'en' });
    expect(figure.rows.map((row) => row.id)).toEqual(['a', 'c', 'e']);
    expect(figure.summary).toBe(
      'Bar chart of value by id. The 3 highest of 6 are shown. Highest: 500 for e. Lowest: 120 for a.',
    );
  });

  it('refuses a map row with a value but no country code, and never counts such rows as countries', () => {
    expect(
      check({ type: 'map', x: 'country', y: 'value' }, dataset({ rows: withRows({ b: { country: null } }) })),
    ).toEqual([
      {
        field: 'x',
        message:
          'the row where id is "b" has a value but no country: write its ISO 3166-1 alpha-2 code (such as "FR"), or leave it out with filter',
      },
    ]);
    const none = dataset({ rows: withRows(Object.fromEntries(rows.map((row) => [row.id, { country: null }]))) });
    expect(check({ type: 'map', x: 'country', y: 'value' }, none)).toEqual([
      {
        field: 'x',
        message:
          'the rows where id is "a", "b", "c", "d", "e" and 1 more have a value but no country: write their ISO 3166-1 alpha-2 codes (such as "FR"), or leave them out with filter',
      },
    ]);
    // The summary on its own: rows without a code are not countries with data, nor the highest or lowest.
    const mixed = withRows({ e: { country: null }, b: { country: null } });
    const summary = summarize({
      spec: { type: 'map', x: 'country', y: 'value', title: 'T' },
      rows: mixed as Row[],
      filtered: mixed as Row[],
      columns,
      lang: 'en',
    });
    expect(summary).toBe(
      'Map of value by country, 4 countries with data. Highest: 300 for Singapore. Lowest: 10 for Tuvalu. Too small to show on this map: Maldives, Singapore and Tuvalu.',
    );
    const empty = summarize({
      spec: { type: 'map', x: 'country', y: 'value', title: 'T' },
      rows: none.rows as Row[],
      filtered: none.rows as Row[],
      columns,
      lang: 'en',
    });
    expect(empty).toBe('Map of value by country, 0 countries with data.');
  });

  it('refuses a timeline event that ends before it starts, naming the row', () => {
    const backwards = dataset({ rows: withRows({ c: { when: '2019', until: '2018-03' } }) });
    expect(check({ type: 'timeline', x: 'when', label: 'what', end: 'until' }, backwards)).toEqual([
      { field: 'end', message: 'the row where id is "c" ends before it starts: until is "2018-03", when is "2019"' },
    ]);
    // An end written more coarsely than its start is not backwards: "2019-06" to "2020" is drawn from June 2019 to 2020.
    expect(check({ type: 'timeline', x: 'when', label: 'what', end: 'until' })).toEqual([]);
  });

  it('refuses options the chart type does not use, saying which types use them', () => {
    expect(check({ type: 'map', x: 'country', y: 'value', top: 3 })).toEqual([
      { field: 'top', message: 'a map chart does not use "top": top is for bar charts' },
    ]);
    expect(check({ type: 'line', x: 'year', y: 'value', sort: 'none', filter: { group: 'alpha' } })).toEqual([
      { field: 'sort', message: 'a line chart does not use "sort": sort is for bar charts' },
    ]);
    expect(check({ type: 'bar', x: 'id', y: 'value', label: 'what', end: 'until' })).toEqual([
      { field: 'label', message: 'a bar chart does not use "label": label is for timeline charts' },
      { field: 'end', message: 'a bar chart does not use "end": end is for timeline charts' },
    ]);
    expect(check({ type: 'timeline', x: 'when', y: 'value', label: 'what' })).toEqual([
      {
        field: 'y',
        message:
          'a timeline chart does not use "y": y is for bar, grouped-bar, stacked-bar, line, dot, area and map charts',
      },
    ]);
    expect(check({ type: 'map', x: 'country', y: 'value', series: 'group' })).toContainEqual({
      field: 'series',
      message: 'a map chart does not use "series": series is for grouped-bar, stacked-bar, line, dot and area charts',
    });
    expect(
      check({ type: 'grouped-bar', x: 'year', y: 'value', series: 'group', top: 2, filter: { year: 2019 } }),
    ).toEqual([{ field: 'top', message: 'a grouped-bar chart does not use "top": top is for bar charts' }]);
    // Grouped and stacked bars keep the dataset's order: sort="none" says so (the demo's refusals chart writes it).
    expect(
      check({ type: 'stacked-bar', x: 'year', y: 'value', series: 'group', sort: 'none', filter: { year: 2021 } }),
    ).toEqual([]);
    expect(
      check({ type: 'stacked-bar', x: 'year', y: 'value', series: 'group', sort: 'value', filter: { year: 2021 } }),
    ).toEqual([
      {
        field: 'sort',
        message:
          'a stacked-bar chart keeps the dataset\'s order: sort="value" is for bar charts (write sort="none", or no sort)',
      },
    ]);
    // A custom chart reads the columns it declares.
    expect(
      check({ spec: 'small-multiples', x: 'year', y: 'value', series: 'group', top: 3, filter: { year: 2021 } }),
    ).toEqual([{ field: 'top', message: 'a custom chart does not use "top": top is for bar charts' }]);
  });

  it("words a sort it does not know, and a filter hint for a dataset's JSON, in the house style", () => {
    const parsed = chartSpecSchema.safeParse({ type: 'bar', x: 'id', y: 'value', sort: 'asc', title: 'T' });
    expect(parsed.success ? [] : parsed.error.issues.map((issue) => issue.message)).toEqual([
      'expected one of value, none, got "asc"',
    ]);
    const spec = { type: 'bar', x: 'id', y: 'value', filter: { year: '2019' }, title: 'T' } as const;
    expect(validateChart(spec, dataset(), { syntax: 'json' })).toEqual([
      { field: 'filter.year', message: '"year" holds numbers: write "filter": { "year": 2019 }' },
    ]);
    expect(validateChart(spec, dataset())).toEqual([
      { field: 'filter.year', message: '"year" holds numbers: write filter={{ "year": 2019 }}' },
    ]);
  });

  it("prints a negative value's label outside its bar, beyond its left end, with room for it", () => {
    const options = { columns, x: 'id', y: 'value', lang: 'en', width: 680 };
    const charts = {
      bar: renderPlot(bar(rows, options), 't'),
      'grouped-bar': renderPlot(
        groupedBar(
          rows.filter((row) => row.group),
          { ...options, x: 'year', series: 'group' },
        ),
        't',
      ),
    };
    for (const [name, svg] of Object.entries(charts)) {
      // The group of text marks holding the label, and the label's position in it.
      const group =
        /<g transform="translate\(([-\d.]+),[-\d.]+\)" text-anchor="(\w+)">(?:(?!<\/g>).)*?<text transform="translate\(([-\d.]+),[-\d.]+\)"[^>]*>\u221240<\/text>/.exec(
          svg,
        );
      expect(group, name).not.toBeNull();
      const [, dx, anchor, x] = group!;
      // Anchored at its end, left of the bar's left end, and inside the drawing (not cut off at its left edge).
      expect(anchor, name).toBe('end');
      const barLeft = Math.min(...[...svg.matchAll(/<rect [^>]*x="([-\d.]+)"/g)].map((m) => Number(m[1])));
      expect(Number(x) + Number(dx), name).toBeLessThanOrEqual(barLeft);
      expect(Number(x) + Number(dx) - 7 * '\u221240'.length, name).toBeGreaterThanOrEqual(0);
    }
  });

  it('refuses negative parts in a stacked bar, which would be added into its total', () => {
    expect(check({ type: 'stacked-bar', x: 'year', y: 'value', series: 'group', filter: { year: 2019 } })).toEqual([
      {
        field: 'y',
        message:
          'the row where id is "b" has a negative value, -40: a stacked bar adds its parts into one total, and parts of both signs misread: use type="grouped-bar"',
      },
    ]);
  });
});

describe('chart validation at its edges', () => {
  it('refuses a label of spaces as it refuses none, and takes an event that ends the day it starts', () => {
    expect(
      check({ type: 'timeline', x: 'when', label: 'what' }, dataset({ rows: withRows({ a: { what: '  ' } }) })),
    ).toEqual([
      {
        field: 'label',
        message: 'the row where id is "a" has a date but no what: write its what, or leave it out with filter',
      },
    ]);
    expect(
      check(
        { type: 'timeline', x: 'when', label: 'what', end: 'until' },
        dataset({ rows: withRows({ b: { until: '2019-06' } }) }),
      ),
    ).toEqual([]);
  });

  it('takes a part of 0 in a stack: only a negative one misreads', () => {
    const parts = dataset({ rows: withRows({ b: { value: 0 }, d: { group: 'beta' } }) });
    expect(check({ type: 'stacked-bar', x: 'year', y: 'value', series: 'group' }, parts)).toEqual([]);
  });

  it('takes rows left empty in both value and series (gaps) however many share an x', () => {
    const gaps = dataset({
      rows: withRows({ a: { group: null, value: null }, b: { group: null, value: null }, d: { group: 'beta' } }),
    });
    expect(check({ type: 'grouped-bar', x: 'year', y: 'value', series: 'group' }, gaps)).toEqual([]);
  });

  it('names five repeated rows and says there are more from the sixth', () => {
    const same = dataset({ rows: withRows(Object.fromEntries(rows.map((row) => [row.id, { year: 2019 }]))) });
    expect(check({ type: 'bar', x: 'year', y: 'value' }, same)).toEqual([
      {
        field: 'x',
        message:
          '6 rows have year 2019 (rows[0], rows[1], rows[2], rows[3] and rows[4], … of the dataset): a bar chart draws one mark for each (keep one row with filter, or split them with series in a grouped-bar or stacked-bar chart)',
      },
    ]);
  });

  it('takes as many series as the palette has colours, not counting rows without one', () => {
    const five = dataset({
      rows: [
        ...withRows({ c: { group: 'gamma' }, d: { group: 'delta' }, e: { group: 'epsilon' }, f: { group: 'alpha' } }),
        { ...rows[0]!, id: 'g', year: 2022, group: null, value: null },
      ],
    });
    expect(check({ type: 'grouped-bar', x: 'year', y: 'value', series: 'group' }, five)).toEqual([]);
  });

  it('lists eight values of a filter that matches none without "…", and marks a ninth', () => {
    const values = (count: number) =>
      dataset({
        rows: rows.slice(0, 1).flatMap((row) => Array.from({ length: count }, (_, i) => ({ ...row, id: `r${i}` }))),
      });
    expect(check({ type: 'line', x: 'year', y: 'value', filter: { id: 'z' } }, values(8))).toEqual([
      {
        field: 'filter.id',
        message: 'no row has id = "z" (values: "r0", "r1", "r2", "r3", "r4", "r5", "r6", "r7")',
      },
    ]);
    expect(check({ type: 'line', x: 'year', y: 'value', filter: { id: 'z' } }, values(9))[0]?.message).toBe(
      'no row has id = "z" (values: "r0", "r1", "r2", "r3", "r4", "r5", "r6", "r7", …)',
    );
  });
});
