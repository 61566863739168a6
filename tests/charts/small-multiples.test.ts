import { describe, expect, it } from 'vitest';
import { smallMultiples } from '../../src/charts/custom/small-multiples.ts';
import { customCharts } from '../../src/charts/custom/index.ts';
import { renderPlot } from '../../src/charts/render.ts';
import { column, expectKindGoldens } from './golden.ts';

const columns = { snapshot: column('date', { label: 'Snapshot' }), country: column('string', { ref: 'country' }), count: column('integer') };
const rows = ['RU', 'SV', 'AR', 'IN'].flatMap((country, i) =>
  ['2019-11', '2022-10', '2023-05'].map((snapshot, j) => ({ snapshot, country, count: country === 'AR' && j === 1 ? null : (4 - i) * 100 + j * 10 })),
);

describe('small multiples (custom chart)', () => {
  it('is registered under the name <Chart spec="small-multiples"> uses', () => {
    expect(customCharts['small-multiples']).toBe(smallMultiples);
  });

  it('draws one labelled panel per series on a shared scale (golden)', () => {
    expectKindGoldens('small-multiples', smallMultiples.plot, rows, { columns, x: 'snapshot', y: 'count', series: 'country' });
  });

  it('names each panel with the country in the page language', () => {
    const svg = renderPlot(smallMultiples.plot(rows, { columns, x: 'snapshot', y: 'count', series: 'country', lang: 'fr', width: 680 }), 't');
    expect(svg).toContain('>Russie</text>');
    expect(svg).toContain('>Salvador</text>');
  });
});
