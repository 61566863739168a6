import { describe, expect, it } from 'vitest';
import { groupedBar } from '../../src/charts/grouped-bar.ts';
import { textWidth } from '../../src/charts/text-width.ts';
import { renderPlot } from '../../src/charts/render.ts';
import { column, expectKindGoldens } from './golden.ts';

const columns = {
  country: column('string'),
  snapshot: column('date', { label: 'Snapshot' }),
  count: column('integer'),
};
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
    const svg = renderPlot(
      groupedBar(rows, { columns, x: 'country', y: 'count', series: 'snapshot', lang: 'en', width: 680 }),
      't',
    );
    expect(svg.indexOf('var(--chart-1)')).toBeGreaterThan(-1);
    expect(svg.indexOf('var(--chart-2)')).toBeGreaterThan(-1);
    expect(svg).not.toMatch(/fill="#|stroke="#/);
  });

  it("labels a missing value instead of drawing an empty band that reads as zero, in the page's language", () => {
    // Guatemala has no row for October 2022 (the source counted only its largest nationalities); El Salvador's May
    // 2023 value is null (a gap in the data).
    const missing = [...rows, { country: 'Guatemala', snapshot: '2023-05', count: 132 }];
    const texts = (lang: string) => {
      const svg = renderPlot(
        groupedBar(missing, { columns, x: 'country', y: 'count', series: 'snapshot', lang, width: 680 }),
        't',
      );
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

  it("a long category wraps inside the SVG at 340 px, its last line above its group's bars", () => {
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
      groupedBar(rows, { columns, x: 'place', y: 'count', series: 'kind', lang: 'en', width: 340 }),
      't',
    );
    // The labels' mark: each group's label in its facet (translate(0, facet)), the mark moved down by its dy.
    const mark =
      /<g transform="translate\(0,([\d.]+)\)">((?:<g transform="translate\(0,[\d.]+\)" text-anchor="start"><text transform="translate\(4,4\)".*?<\/text><\/g>)+)<\/g>/.exec(
        svg,
      )!;
    const label = [...mark[2]!.matchAll(/<text transform="translate\(([\d.]+),4\)"[^>]*>(.*?)<\/text>/g)][1]!;
    const tspans = [...label[2]!.matchAll(/<tspan (?:y|dy)="([\d.]+)em"[^>]*>([^<]*)<\/tspan>/g)];
    const lines = tspans.map((t) => t[2]!);
    expect(lines.join(' ')).toBe(long);
    for (const line of lines) expect(Number(label[1]) + textWidth(line), line).toBeLessThanOrEqual(340);
    // The baseline of its last line (ems of the 12 px chart font) is above the top of its group's bars.
    // (4: the chart's top margin, edgeClearance.)
    const baseline = Number(mark[1]) + 4 + tspans.reduce((sum, t) => sum + Number(t[1]) * 12, 0);
    const tops = [...svg.matchAll(/<rect [^>]*y="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(baseline + 2).toBeLessThanOrEqual(Math.min(...tops));
  });

  it("sets a wrapped label's last line as far above its bars as a one-line label, at 340 px", () => {
    const columns = {
      place: column('string', { label: 'Place' }),
      kind: column('string', { label: 'Kind' }),
      count: column('integer', { label: 'Count' }),
    };
    const labels = [
      'Russia',
      'Israel and the Occupied Palestinian Territories (including East Jerusalem and Gaza)',
      'Israel and the Occupied Palestinian Territories (including East Jerusalem and Gaza), as reported by the United Nations',
    ];
    /** The first group's label: its number of lines, and the room between its last line's baseline and its first bar. */
    const gap = (label: string, categories: number, series: number) => {
      const rows = [label, 'France', 'Chile', 'Peru']
        .slice(0, categories)
        .flatMap((place) => ['a', 'b', 'c', 'd'].slice(0, series).map((kind, i) => ({ place, kind, count: i + 1 })));
      const svg = renderPlot(
        groupedBar(rows, { columns, x: 'place', y: 'count', series: 'kind', lang: 'en', width: 340 }),
        't',
      );
      const bar = /<g(?: transform="translate\(0,([\d.]+)\)")?><rect [^>]*y="([\d.]+)"/.exec(svg)!;
      // The labels' mark (moved down by its dy), the first group's facet, and the label's lines (ems of the 12 px font).
      const text =
        /<g transform="translate\(0,([\d.]+)\)">(?:<g(?: transform="translate\(0,([\d.]+)\)")? text-anchor="start">)?<text transform="translate\(4,4\)"(?: y="([\d.]+)em")?>(.*?)<\/text>/.exec(
          svg,
        )!;
      const ems = text[3]
        ? [Number(text[3])]
        : [...text[4]!.matchAll(/<tspan (?:y|dy)="([\d.]+)em"/g)].map((m) => Number(m[1]));
      const baseline = Number(text[1]) + Number(text[2] ?? 0) + 4 + ems.reduce((sum, em) => sum + em * 12, 0);
      return { lines: ems.length, gap: Number(bar[1] ?? 0) + Number(bar[2]) - baseline };
    };
    for (const categories of [1, 2, 4]) {
      for (const series of [1, 2, 4]) {
        const [one, two, three] = labels.map((label) => gap(label, categories, series));
        expect([one!.lines, two!.lines, three!.lines]).toEqual([1, 2, 3]);
        // Room for a descender (about 3 px at 12 px) and as much clear space again.
        expect(one!.gap, `${categories} categories of ${series} series`).toBeGreaterThanOrEqual(5);
        expect(
          Math.abs(two!.gap - one!.gap),
          `two lines, ${categories} categories of ${series} series`,
        ).toBeLessThanOrEqual(0.5);
        expect(
          Math.abs(three!.gap - one!.gap),
          `three lines, ${categories} categories of ${series} series`,
        ).toBeLessThanOrEqual(0.5);
      }
    }
  });

  it("draws every bar 15 px high and as far from the next, whatever its label's lines and the number of groups and series", () => {
    const columns = {
      place: column('string', { label: 'Place' }),
      kind: column('string', { label: 'Kind' }),
      count: column('integer', { label: 'Count' }),
    };
    const labels = [
      'Russia',
      'Israel and the Occupied Palestinian Territories (including East Jerusalem and Gaza), as reported',
      'Israel and the Occupied Palestinian Territories (including East Jerusalem and Gaza), as reported by the United Nations in its yearly count',
    ];
    const seen = new Set<string>();
    for (const label of labels)
      for (const categories of [1, 2, 4])
        for (const series of [1, 2, 4]) {
          const rows = [label, 'France', 'Chile', 'Peru']
            .slice(0, categories)
            .flatMap((place) =>
              ['a', 'b', 'c', 'd'].slice(0, series).map((kind, i) => ({ place, kind, count: i + 1 })),
            );
          const svg = renderPlot(
            groupedBar(rows, { columns, x: 'place', y: 'count', series: 'kind', lang: 'en', width: 340 }),
            't',
          );
          // Each facet's bars: their heights, and the steps from one bar's top to the next's.
          for (const facet of svg.matchAll(/<g transform="translate\(0,[\d.]+\)">((?:<rect [^>]*>)+)<\/g>/g)) {
            const bars = [...facet[1]!.matchAll(/<rect [^>]*height="([\d.]+)" y="([\d.]+)"/g)].map((m) => ({
              height: Number(m[1]),
              y: Number(m[2]),
            }));
            for (const bar of bars) seen.add(`height ${bar.height}`);
            for (let i = 1; i < bars.length; i++) seen.add(`step ${bars[i]!.y - bars[i - 1]!.y}`);
          }
        }
    expect([...seen].sort()).toEqual(['height 15', 'step 17']);
  });
});

describe('grouped bar value labels', () => {
  it.each([
    ['en', 'number', [131, 150.25, 90.5, null], ['131.00', '150.25', '90.50', 'no data']],
    ['fr', 'number', [131, 150.25, -15, 2], ['131,00', '150,25', '\u221215,00', '2,00']],
    ['en', 'percent', [14, 12.5, 3, 7], ['14.0%', '12.5%', '3.0%', '7.0%']],
    ['en', 'integer', [4817, 917, 3, 40], ['4,817', '917', '3', '40']],
  ] as const)('writes every value of one chart with the same decimals (%s, %s)', (lang, type, data, expected) => {
    const cols = {
      place: column('string'),
      kind: column('string'),
      value: type === 'percent' ? column('number', { unit: '%' }) : column(type === 'integer' ? 'integer' : 'number'),
    };
    const rows = data.map((value, i) => ({ place: `Row ${Math.floor(i / 2)}`, kind: `k${i % 2}`, value }));
    const svg = renderPlot(
      groupedBar(rows, { columns: cols, x: 'place', y: 'value', series: 'kind', lang, width: 680 }),
      't',
    );
    const written = [...svg.matchAll(/>([^<]*\d[^<]*|no data)<\/text>/g)]
      .map((m) => m[1]!)
      .filter((t) => !t.startsWith('Row'));
    expect(written.sort()).toEqual([...expected].sort());
  });
});
