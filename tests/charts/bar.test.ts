import { describe, expect, it } from 'vitest';
import { bar } from '../../src/charts/bar.ts';
import { renderPlot } from '../../src/charts/render.ts';
import { shownRows } from '../../src/charts/rows.ts';
import { column, expectKindGoldens } from './golden.ts';

const columns = { country: column('string', { label: 'Country' }), notices: column('integer', { label: 'Notices' }) };
const rows = [
  { country: 'Peru', notices: 4457 },
  { country: 'Russia', notices: 4817 },
  { country: 'Tajikistan', notices: null },
  { country: 'Kyrgyzstan', notices: 917 },
];

describe('bar chart', () => {
  it('draws horizontal bars with labels above and values at the end (golden)', () => {
    expectKindGoldens('bar', bar, shownRows({ rows, columns }, { type: 'bar', x: 'country', y: 'notices', title: 'T' }), { columns, x: 'country', y: 'notices' });
  });

  it('orders bars largest first, nulls last, and keeps only the top N', () => {
    const shown = shownRows({ rows, columns }, { type: 'bar', x: 'country', y: 'notices', title: 'T', top: 2 });
    expect(shown.map((r) => r.country)).toEqual(['Russia', 'Peru']);
    expect(shownRows({ rows, columns }, { type: 'bar', x: 'country', y: 'notices', title: 'T', sort: 'none' }).map((r) => r.country)).toEqual(['Peru', 'Russia', 'Tajikistan', 'Kyrgyzstan']);
  });

  it('keeps a bar chart of years or dates in their order unless it says sort="value", and ranks other categories', () => {
    const years = [
      { year: 2022, notices: 10 },
      { year: 2023, notices: 30 },
      { year: 2024, notices: 20 },
    ];
    const spec = { type: 'bar', x: 'year', y: 'notices', title: 'T' } as const;
    const order = (type: 'integer' | 'date' | 'string', sort?: 'value') =>
      shownRows({ rows: years, columns: { year: column(type), notices: column('integer') } }, { ...spec, sort }).map((row) => row.year);
    expect(order('integer')).toEqual([2022, 2023, 2024]);
    expect(order('date')).toEqual([2022, 2023, 2024]);
    expect(order('integer', 'value')).toEqual([2023, 2024, 2022]);
    expect(order('string')).toEqual([2023, 2024, 2022]);
  });

  it('writes "no data" for a null value instead of drawing a zero', () => {
    const svg = renderPlot(bar(rows, { columns, x: 'country', y: 'notices', lang: 'en', width: 680 }), 't');
    expect(svg).toContain('>no data</text>');
    expect(svg).toContain('>4,817</text>');
  });

  it('formats values for the page language', () => {
    const svg = renderPlot(bar(rows, { columns, x: 'country', y: 'notices', lang: 'fr', width: 680 }), 't');
    expect(svg).toContain('>4\u202f817</text>');
  });
});
