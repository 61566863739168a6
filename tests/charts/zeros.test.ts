/** Charts whose values are all zero: the zeros are drawn as zeros, not as full bars or a line afloat mid-chart. */
import { describe, expect, it } from 'vitest';
import { area } from '../../src/charts/area.ts';
import { bar } from '../../src/charts/bar.ts';
import { dot } from '../../src/charts/dot.ts';
import { line } from '../../src/charts/line.ts';
import { groupedBar } from '../../src/charts/grouped-bar.ts';
import { stackedBar } from '../../src/charts/stacked-bar.ts';
import { renderPlot } from '../../src/charts/render.ts';
import type { ChartKind, Row } from '../../src/charts/types.ts';
import { column } from './golden.ts';

const columns = {
  country: column('string', { ref: 'country', label: 'Country' }),
  group: column('string', { label: 'Group' }),
  notices: column('integer', { label: 'Notices' }),
};
const zeros: Row[] = ['FR', 'DE'].flatMap((country) => ['A', 'B'].map((group) => ({ country, group, notices: 0 })));
const draw = (kind: ChartKind, rows: Row[], width: number) =>
  renderPlot(kind(rows, { columns, x: 'country', y: 'notices', series: 'group', lang: 'en', width }), 'z');
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

  it('draw a line or an area of zeros along the bottom of the frame, not afloat mid-chart above an empty half', () => {
    const yearColumns = { year: column('integer', { label: 'Year' }), group: columns.group, notices: columns.notices };
    const rows = [2005, 2006, 2007].flatMap((year) => ['A', 'B'].map((group) => ({ year, group, notices: 0 })));
    const paths = (kind: ChartKind, series?: string) =>
      [
        ...renderPlot(
          kind(series ? rows : rows.filter((row) => row.group === 'A'), {
            columns: yearColumns,
            x: 'year',
            y: 'notices',
            series,
            lang: 'en',
            width: 340,
          }),
          'z',
        ).matchAll(/<path[^>]*\sd="M([\d.]+),([\d.]+)L/g),
      ]
        .map((match) => Number(match[2]))
        .filter((y) => y > 0);
    // 220 px high with a 28 px bottom margin: the frame's bottom, where 0 is, is at 192.
    for (const kind of [line, area]) expect(new Set(paths(kind))).toEqual(new Set([192]));
  });
});

describe('a dot chart of zeros', () => {
  it('draws categories whose numbers are all zero at the left of the frame, where its 0 is, not mid-chart beside an empty half', () => {
    const dotColumns = {
      country: column('string', { label: 'Country' }),
      notices: column('integer', { label: 'Notices' }),
    };
    const rows = [
      { country: 'France', notices: 0 },
      { country: 'Germany', notices: 0 },
    ];
    // Categories on y whichever axis the editor named them for (dot.ts).
    for (const [x, y] of [
      ['notices', 'country'],
      ['country', 'notices'],
    ]) {
      const svg = renderPlot(dot(rows, { columns: dotColumns, x, y, lang: 'en', width: 340 }), 'z');
      const dots = [...svg.matchAll(/<circle[^>]*\scx="([\d.]+)"/g)].map((match) => Number(match[1]));
      const zero = /<text transform="translate\(([\d.]+),[\d.]+\)"[^>]*>0<\/text>/.exec(svg);
      expect(dots).toHaveLength(2);
      expect(zero, 'the tick labelled 0').not.toBeNull();
      // The frame's left edge, where Plot sets the categories' labels (their text ends 9 px before it): the dots sit on
      // it, at the 0 tick. Centred, they were 130 px to its right.
      const left = Number(/<text transform="translate\(([\d.]+),[\d.]+\)"[^>]*>France<\/text>/.exec(svg)![1]);
      for (const cx of dots) expect([cx, Number(zero![1])]).toEqual([left, left]);
    }
  });
});
