import { describe, expect, it } from 'vitest';
import { stackedBar, totals } from '../../src/charts/stacked-bar.ts';
import { textWidth } from '../../src/charts/text-width.ts';
import { renderPlot } from '../../src/charts/render.ts';
import { column, expectKindGoldens } from './golden.ts';

const columns = {
  year: column('integer', { label: 'Year' }),
  ground: column('string', { label: 'Ground' }),
  count: column('integer'),
};
const rows = [
  { year: 2023, ground: 'Political', count: 120 },
  { year: 2023, ground: 'Military', count: 30 },
  { year: 2024, ground: 'Political', count: 200 },
  { year: 2024, ground: 'Military', count: null },
  { year: 2025, ground: 'Political', count: null },
];

describe('stacked bar chart', () => {
  it('stacks series in one bar per category with its total (golden)', () => {
    expectKindGoldens('stacked-bar', stackedBar, rows, { columns, x: 'year', y: 'count', series: 'ground' });
  });

  it('totals leave out null parts, and a category of nulls has no total', () => {
    expect([...totals(rows, 'year', 'count')]).toEqual([
      ['2023', 150],
      ['2024', 200],
      ['2025', null],
    ]);
    const svg = renderPlot(
      stackedBar(rows, { columns, x: 'year', y: 'count', series: 'ground', lang: 'en', width: 680 }),
      't',
    );
    expect(svg).toContain('>no data</text>');
    // Years are written without grouping.
    expect(svg).toContain('>2023</text>');
  });

  it("marks the label of a partial stack: its sum is not the total, in the page's language", () => {
    const texts = (lang: string) =>
      [
        ...renderPlot(
          stackedBar(rows, { columns, x: 'year', y: 'count', series: 'ground', lang, width: 680 }),
          't',
        ).matchAll(/<text [^>]*>([^<]*)<\/text>/g),
      ].map((m) => m[1]);
    // 2023 is complete, 2024 lacks Military, 2025 has nothing.
    expect(texts('en')).toEqual(expect.arrayContaining(['150', '200 (partial)', 'no data']));
    expect(texts('en')).not.toContain('200');
    expect(texts('fr')).toEqual(expect.arrayContaining(['150', '200 (partiel)', 'pas de données']));
  });
});

describe('stacked bar labels', () => {
  it('a long category wraps inside the SVG at 340 px, its last line above its bar', () => {
    const long = 'Israel and the Occupied Palestinian Territories (including East Jerusalem and Gaza), as reported';
    const columns = {
      place: column('string', { label: 'Place' }),
      kind: column('string', { label: 'Kind' }),
      count: column('integer', { label: 'Count' }),
    };
    const rows = [
      { place: 'Russia', kind: 'a', count: 3 },
      { place: 'Russia', kind: 'b', count: 2 },
      { place: long, kind: 'a', count: 1 },
      { place: long, kind: 'b', count: 4 },
    ];
    const svg = renderPlot(
      stackedBar(rows, { columns, x: 'place', y: 'count', series: 'kind', lang: 'en', width: 340 }),
      't',
    );
    const group = /<g transform="translate\(0,([\d.-]+)\)" text-anchor="start">(.*?)<\/g>/.exec(svg)!;
    const label = [...group[2]!.matchAll(/<text transform="translate\(([\d.]+),([\d.]+)\)"[^>]*>(.*?)<\/text>/g)][1]!;
    const lines = [...label[3]!.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((t) => t[1]!);
    expect(lines.join(' ')).toBe(long);
    for (const line of lines) expect(Number(label[1]) + textWidth(line), line).toBeLessThanOrEqual(340);
    // The baseline of its last line (0.05em below the anchor, lines 1.25em apart) is above the top of its bars.
    const tops = [...svg.matchAll(/<rect [^>]*y="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(Number(label[2]) + Number(group[1]) + 2).toBeLessThanOrEqual(Math.max(...tops));
  });
});

describe('stacked bar totals', () => {
  it.each([
    // Totals 131, 150.25 and 90.5, the last partial: each on its own read "131" beside "150.25".
    ['en', 'number', [100, 31, 100, 50.25, 90.5, null], ['131.00', '150.25', '90.50 (partial)']],
    ['fr', 'number', [100, 31, 100, 50.25, 90.5, null], ['131,00', '150,25', '90,50 (partiel)']],
    ['en', 'percent', [10, 4, 10, 2.5, 3, null], ['14.0%', '12.5%', '3.0% (partial)']],
    ['en', 'integer', [4000, 817, 900, 17, 5, null], ['4,817', '917', '5 (partial)']],
  ] as const)('writes every total of one chart with the same decimals (%s, %s)', (lang, type, data, expected) => {
    const cols = {
      place: column('string'),
      kind: column('string'),
      value: type === 'percent' ? column('number', { unit: '%' }) : column(type === 'integer' ? 'integer' : 'number'),
    };
    const rows = data.map((value, i) => ({ place: `Row ${Math.floor(i / 2)}`, kind: `k${i % 2}`, value }));
    const svg = renderPlot(
      stackedBar(rows, { columns: cols, x: 'place', y: 'value', series: 'kind', lang, width: 680 }),
      't',
    );
    const written = [...svg.matchAll(/>([^<]*\d[^<]*)<\/text>/g)].map((m) => m[1]!).filter((t) => !t.startsWith('Row'));
    expect(written).toEqual(expected);
  });
});
