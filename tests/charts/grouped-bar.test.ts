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

  it('labels a missing value instead of drawing an empty band that reads as zero, in the page\'s language', () => {
    // Guatemala has no row for October 2022 (the source counted only its largest nationalities); El Salvador's May
    // 2023 value is null (a gap in the data).
    const missing = [...rows, { country: 'Guatemala', snapshot: '2023-05', count: 132 }];
    const texts = (lang: string) => {
      const svg = renderPlot(groupedBar(missing, { columns, x: 'country', y: 'count', series: 'snapshot', lang, width: 680 }), 't');
      return { svg, texts: [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => m[1]) };
    };
    const en = texts('en');
    expect(en.texts).toContain('no data');
    expect(en.texts).toContain('not in the data');
    // One label per bar: three categories of two series.
    expect(en.texts.filter((text) => !['Russia', 'El Salvador', 'Guatemala'].includes(text!))).toHaveLength(6);
    // No bar for a missing value (four values drawn), not even one of no width.
    expect(en.svg.match(/<rect /g)).toHaveLength(4);
    const fr = texts('fr');
    expect(fr.texts).toContain('pas de données');
    expect(fr.texts).toContain('absent des données');
  });
});
