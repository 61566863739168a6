import { describe, expect, it } from 'vitest';
import { eventsInOrder, timeline } from '../../src/charts/timeline.ts';
import { renderPlot } from '../../src/charts/render.ts';
import { column, expectKindGoldens } from './golden.ts';

const columns = { date: column('date'), end: column('date'), label: column('string') };
const rows = [
  { date: '2024-03-04', end: null, label: 'The commission orders a notice deleted after a review of the file' },
  { date: '2019', end: '2021-06', label: 'Case under review' },
  { date: '2022-05', end: null, label: 'A short event' },
  { date: null, end: null, label: 'Undated' },
];

describe('timeline', () => {
  it('lists events in date order with a dot or a span on a time axis (golden)', () => {
    expectKindGoldens('timeline', timeline, rows, { columns, x: 'date', label: 'label', end: 'end' });
  });

  it('orders coarse dates (YYYY, YYYY-MM) with full ones and leaves undated rows out', () => {
    expect(eventsInOrder(rows, 'date', 'label').map((r) => r.date)).toEqual(['2019', '2022-05', '2024-03-04']);
  });

  it('wraps long labels at the narrow width only', () => {
    const draw = (width: number) => renderPlot(timeline(rows, { columns, x: 'date', label: 'label', end: 'end', lang: 'en', width }), 't');
    expect(draw(340)).toContain('<tspan');
    expect(draw(680)).not.toContain('<tspan');
  });
});
