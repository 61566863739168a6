import { describe, expect, it } from 'vitest';
import { area } from '../../src/charts/area.ts';
import { renderPlot } from '../../src/charts/render.ts';
import { column, expectKindGoldens } from './golden.ts';

const columns = { month: column('date', { label: 'Month' }), requests: column('number', { label: 'Requests' }) };
const rows = [
  { month: '2024-01', requests: 10.5 },
  { month: '2024-02', requests: 12 },
  { month: '2024-03', requests: null },
  { month: '2024-04', requests: 9 },
  { month: '2024-05', requests: 14 },
];

describe('area chart', () => {
  it('fills under the values from zero, broken at a null (golden)', () => {
    expectKindGoldens('area', area, rows, { columns, x: 'month', y: 'requests' });
  });

  it('does not drop to zero at a gap: the area is drawn in two pieces', () => {
    const svg = renderPlot(area(rows, { columns, x: 'month', y: 'requests', lang: 'en', width: 680 }), 't');
    const path = /fill-opacity="0.3"[^>]*><path d="([^"]+)"/.exec(svg)![1]!;
    expect(path.match(/M/g)).toHaveLength(2);
  });
});
