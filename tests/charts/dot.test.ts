import { describe, expect, it } from 'vitest';
import { dot } from '../../src/charts/dot.ts';
import { renderPlot } from '../../src/charts/render.ts';
import { column, expectKindGoldens } from './golden.ts';

const columns = { date: column('date', { label: 'Date' }), measure: column('string', { label: 'Measure' }), count: column('integer') };
const rows = [
  { date: '2019-03', measure: 'All', count: 58000 },
  { date: '2019-03', measure: 'Public', count: 7000 },
  { date: '2023-05', measure: 'Public', count: 6934 },
  { date: '2025', measure: 'All', count: 86000 },
  { date: '2024-01', measure: 'All', count: null },
];

describe('dot chart', () => {
  it('places one dot per value, coloured by series (golden)', () => {
    expectKindGoldens('dot', dot, rows, { columns, x: 'date', y: 'count', series: 'measure' });
  });

  it('draws no dot for a null value', () => {
    const svg = renderPlot(dot(rows, { columns, x: 'date', y: 'count', series: 'measure', lang: 'en', width: 680 }), 't');
    expect(svg.match(/<circle /g)).toHaveLength(4);
  });
});
