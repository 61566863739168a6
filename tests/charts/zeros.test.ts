/** Charts whose values are all zero: the zeros are drawn as zeros, not as full bars or a line afloat mid-chart. */
import { describe, expect, it } from 'vitest';
import { bar } from '../../src/charts/bar.ts';
import { groupedBar } from '../../src/charts/grouped-bar.ts';
import { stackedBar } from '../../src/charts/stacked-bar.ts';
import { renderPlot } from '../../src/charts/render.ts';
import type { ChartKind, Row } from '../../src/charts/types.ts';
import { column } from './golden.ts';

const columns = { country: column('string', { ref: 'country', label: 'Country' }), group: column('string', { label: 'Group' }), notices: column('integer', { label: 'Notices' }) };
const zeros: Row[] = ['FR', 'DE'].flatMap((country) => ['A', 'B'].map((group) => ({ country, group, notices: 0 })));
const draw = (kind: ChartKind, rows: Row[], width: number) => renderPlot(kind(rows, { columns, x: 'country', y: 'notices', series: 'group', lang: 'en', width }), 'z');
const widths = (svg: string) => [...svg.matchAll(/<rect[^>]*\swidth="([\d.]+)"/g)].map((match) => Number(match[1]));

describe('charts of zeros', () => {
  it('draw bars of zero as bars of no length, in every bar kind and at both widths', () => {
    for (const width of [340, 680]) {
      for (const [kind, rows] of [
        [bar, zeros.filter((row) => row.group === 'A')],
        [groupedBar, zeros],
        [stackedBar, zeros],
      ] as const) {
        const drawn = widths(draw(kind, rows, width));
        expect(drawn.length).toBeGreaterThan(0);
        expect(Math.max(...drawn)).toBe(0);
      }
    }
  });

  it('still draw a bar of a value beside zeros at its length', () => {
    const rows = [
      { country: 'FR', group: 'A', notices: 0 },
      { country: 'DE', group: 'A', notices: 10 },
    ];
    expect(widths(draw(bar, rows, 340)).sort((a, b) => a - b)[0]).toBe(0);
  });
});
