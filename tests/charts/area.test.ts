import { describe, expect, it } from 'vitest';
import { area } from '../../src/charts/area.ts';
import { renderPlot } from '../../src/charts/render.ts';
import { summarize } from '../../src/charts/summary.ts';
import type { ChartSpec } from '../../src/schemas/chart.ts';
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
  describe('of several series', () => {
    const measures = { ...columns, measure: column('string', { label: 'Measure' }) };
    const both = rows.flatMap((row) => [
      { ...row, measure: 'All' },
      { ...row, measure: 'Public', requests: row.requests === null ? null : row.requests / 2 },
    ]);
    const spec = { type: 'area', x: 'month', y: 'requests', series: 'measure', title: 'T' } as ChartSpec;

    it('overlaps the areas, each from zero and faint, their lines in full colour: no stack, no blend read as a series', () => {
      const svg = renderPlot(
        area(both, { columns: measures, x: 'month', y: 'requests', series: 'measure', lang: 'en', width: 680 }),
        't',
      );
      const fills = [...svg.matchAll(/<g [^>]*fill-opacity="([\d.]+)"[^>]*>((?:<path [^>]*\/>)+)<\/g>/g)];
      expect(fills.map((m) => m[1])).toEqual(['0.12']);
      // One area per series and run of values (two runs each, broken at the null), every one down to the zero line.
      const areas = [...fills[0]![2]!.matchAll(/d="([^"]+)"/g)].map((m) => m[1]!);
      // The zero rule (ruleY([0]), drawn last): every area's floor.
      const zero = Number([...svg.matchAll(/<line y2="([\d.]+)" y1="\1"/g)].at(-1)?.[1]);
      for (const d of areas) expect(Math.max(...[...d.matchAll(/,([\d.]+)/g)].map((m) => Number(m[1])))).toBe(zero);
      expect(areas).toHaveLength(2);
      for (const d of areas) expect(d.match(/M/g)).toHaveLength(2);
      // Overlapping, not stacked: the All area's top is where its values put it on the shared scale, not on Public's.
      const tops = areas.map((d) => Math.min(...[...d.matchAll(/,([\d.]+)/g)].map((m) => Number(m[1]))));
      expect(zero - tops[1]!).toBeCloseTo((zero - tops[0]!) / 2, 0);
      expect(svg).toMatch(/stroke-width="2"/);
    });

    it('says in the summary that the areas overlap and are not stacked, in the page language', () => {
      const summary = (lang: string) => summarize({ spec, rows: both, filtered: both, columns: measures, lang });
      expect(summary('en')).toContain('The areas overlap, each drawn from zero: they are not stacked');
      expect(summary('fr')).toContain('Les aires se superposent');
      const one = summarize({ spec: { ...spec, series: undefined }, rows, filtered: rows, columns, lang: 'en' });
      expect(one).not.toContain('overlap');
    });
  });
});
