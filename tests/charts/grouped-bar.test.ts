import { describe, expect, it } from 'vitest';
import { groupedBar } from '../../src/charts/grouped-bar.ts';
import { renderPlot } from '../../src/charts/render.ts';
import { column, expectKindGoldens } from './golden.ts';

const columns = { country: column('string'), snapshot: column('date', { label: 'Snapshot' }), count: column('integer') };
const rows = [
  { country: 'Russia', snapshot: '2022-10', count: 3047 },
  { country: 'Russia', snapshot: '2023-05', count: 3038 },
  { country: 'El Salvador', snapshot: '2022-10', count: 1094 },
  { country: 'El Salvador', snapshot: '2023-05', count: null },
];

describe('grouped bar chart', () => {
  it('draws one group per category and one bar per series (golden)', () => {
    expectKindGoldens('grouped-bar', groupedBar, rows, { columns, x: 'country', y: 'count', series: 'snapshot' });
  });

  it('colours series from the CSS palette, in the order they first appear', () => {
    const svg = renderPlot(groupedBar(rows, { columns, x: 'country', y: 'count', series: 'snapshot', lang: 'en', width: 680 }), 't');
    expect(svg.indexOf('var(--chart-1)')).toBeGreaterThan(-1);
    expect(svg.indexOf('var(--chart-2)')).toBeGreaterThan(-1);
    expect(svg).not.toMatch(/fill="#|stroke="#/);
  });
});
