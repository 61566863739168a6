/**
 * Value axes span the domain their scale draws: the lowest and highest gridlines enclose every mark, and a scale
 * from zero has its 0 gridline. Ticks computed inside the values' extent while Plot niced the scale left the top
 * value above the last gridline (15,548 over 14,000) and dots below the lowest one.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { smallMultiples } from '../../src/charts/custom/small-multiples.ts';
import { dot } from '../../src/charts/dot.ts';
import { line } from '../../src/charts/line.ts';
import { area } from '../../src/charts/area.ts';
import { numberAxis, timeTicks, yAxisMargin } from '../../src/charts/axes.ts';
import { textWidth } from '../../src/charts/text-width.ts';
import { renderPlot } from '../../src/charts/render.ts';
import { column } from './golden.ts';

/** The y of each gridline and of each dot in a rendered chart. */
function geometry(svg: string) {
  const grid = /<g stroke="var\(--chart-grid\)"[^>]*>(.*?)<\/g>/.exec(svg)?.[1] ?? '';
  const lines = [...grid.matchAll(/<line y2="([\d.]+)" y1="([\d.]+)"/g)].map((m) => Number(m[1]));
  const dots = [...svg.matchAll(/<circle [^>]*cy="([\d.]+)"/g)].map((m) => Number(m[1]));
  const labels = [
    ...(/<g transform="translate\(-9,0\)"[^>]*>(.*?)<\/g>/.exec(svg)?.[1] ?? '').matchAll(/>([^<]+)<\/text>/g),
  ].map((m) => m[1]);
  return { top: Math.min(...lines), bottom: Math.max(...lines), dots, labels };
}

// The demo's "Red notices issued per year" and "Valid red notices in circulation".
const issued = [
  { year: 2005, issued: 2343 },
  { year: 2010, issued: 6344 },
  { year: 2011, issued: 7678 },
  { year: 2014, issued: 10718 },
  { year: 2019, issued: 13377 },
  { year: 2021, issued: 10776 },
  { year: 2022, issued: null },
  { year: 2024, issued: 15548 },
];
const issuedColumns = {
  year: column('integer', { label: 'Year' }),
  issued: column('integer', { label: 'Red notices issued' }),
};
const circulation = [
  { date: '2018-12', measure: 'All', count: 57347 },
  { date: '2019-03', measure: 'All', count: 58000 },
  { date: '2019-03', measure: 'Public', count: 7000 },
  { date: '2019-11', measure: 'Public', count: 7000 },
  { date: '2019-12', measure: 'All', count: 62448 },
  { date: '2022-10', measure: 'Public', count: 7136 },
  { date: '2023-05', measure: 'Public', count: 6934 },
  { date: '2023-12', measure: 'All', count: 74224 },
  { date: '2026-01', measure: 'All', count: 86000 },
];
const circulationColumns = {
  date: column('date', { label: 'Date' }),
  measure: column('string', { label: 'Measure' }),
  count: column('integer', { label: 'Red notices' }),
};

describe('value axes', () => {
  it.each([340, 680])('a line from zero: gridlines from 0 to above the highest value (%i px)', (width) => {
    const { top, bottom, dots, labels } = geometry(
      renderPlot(line(issued, { columns: issuedColumns, x: 'year', y: 'issued', lang: 'en', width }), 't'),
    );
    expect(labels[0]).toBe('0');
    expect(Math.min(...dots)).toBeGreaterThanOrEqual(top);
    expect(Math.max(...dots)).toBeLessThanOrEqual(bottom);
    // The last label is a round number at or above 15,548.
    expect(Number(labels.at(-1)!.replace(/,/g, ''))).toBeGreaterThanOrEqual(15548);
  });

  it.each([340, 680])(
    'a dot chart not from zero: gridlines below its lowest and above its highest values (%i px)',
    (width) => {
      const svg = renderPlot(
        dot(circulation, { columns: circulationColumns, x: 'date', y: 'count', series: 'measure', lang: 'en', width }),
        't',
      );
      const { top, bottom, dots, labels } = geometry(svg);
      expect(dots).toHaveLength(circulation.length);
      expect(Math.min(...dots)).toBeGreaterThanOrEqual(top);
      expect(Math.max(...dots)).toBeLessThanOrEqual(bottom);
      expect(Number(labels[0]!.replace(/,/g, ''))).toBeLessThanOrEqual(6934);
      expect(Number(labels.at(-1)!.replace(/,/g, ''))).toBeGreaterThanOrEqual(86000);
    },
  );

  it('a line that goes negative: gridlines enclose both ends', () => {
    const rows = [
      { year: 2020, change: -37 },
      { year: 2021, change: 12 },
      { year: 2022, change: 83 },
    ];
    const columns = { year: column('integer'), change: column('number') };
    const { top, bottom, dots } = geometry(
      renderPlot(line(rows, { columns, x: 'year', y: 'change', lang: 'en', width: 680 }), 't'),
    );
    expect(Math.min(...dots)).toBeGreaterThanOrEqual(top);
    expect(Math.max(...dots)).toBeLessThanOrEqual(bottom);
    // Negative ticks are written with the minus sign U+2212, as Plot's own ticks are, in every language.
    for (const lang of ['en', 'fr']) {
      const { labels } = geometry(renderPlot(line(rows, { columns, x: 'year', y: 'change', lang, width: 680 }), 't'));
      expect(
        labels.filter((label) => label !== '0' && !/^\d/.test(label!)),
        lang,
      ).toEqual(['\u221240', '\u221220']);
    }
  });

  it('an area keeps its 0 gridline and one above its highest value', () => {
    const svg = renderPlot(
      area(issued, { columns: issuedColumns, x: 'year', y: 'issued', lang: 'en', width: 680 }),
      't',
    );
    const { top, labels } = geometry(svg);
    expect(labels[0]).toBe('0');
    expect(Number(labels.at(-1)!.replace(/,/g, ''))).toBeGreaterThanOrEqual(15548);
    // The area's upper line stays under the top gridline.
    const path = /stroke-width="2"[^>]*><path d="([^"]+)"/.exec(svg)![1]!;
    const ys = [...path.matchAll(/[ML][\d.]+,([\d.]+)/g)].map((m) => Number(m[1]));
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(top);
  });

  it("small multiples share gridlines that enclose every panel's values", () => {
    const rows = [
      { snapshot: '2022-10', country: 'RU', count: 3047 },
      { snapshot: '2023-05', country: 'RU', count: 3038 },
      { snapshot: '2022-10', country: 'SV', count: 1094 },
      { snapshot: '2023-05', country: 'SV', count: 999 },
    ];
    const columns = {
      snapshot: column('date'),
      country: column('string', { ref: 'country' }),
      count: column('integer'),
    };
    const svg = renderPlot(
      smallMultiples.plot(rows, { columns, x: 'snapshot', y: 'count', series: 'country', lang: 'en', width: 680 }),
      't',
    );
    // Each panel is a group translated to its place; the grid of the first panel and its dots.
    const labels = [...svg.matchAll(/<text [^>]*y="0.32em">([^<]+)<\/text>/g)].map((m) =>
      Number(m[1]!.replace(/,/g, '')),
    );
    expect(Math.max(...labels)).toBeGreaterThanOrEqual(3047);
    expect(Math.min(...labels)).toBe(0);
  });
});

describe('a chart of many values', () => {
  it('draws an axis over 200,000 values (more than a function call takes as arguments)', () => {
    const columns = { t: column('integer', { label: 'Step' }), v: column('number', { label: 'Value' }) };
    const rows = Array.from({ length: 200_000 }, (_, i) => ({ t: i, v: (i % 1000) - 250 }));
    const { labels } = geometry(renderPlot(dot(rows, { columns, x: 't', y: 'v', lang: 'en', width: 680 }), 't'));
    const ticks = labels.map((label) => Number(label!.replace(/[−-]/, '-').replaceAll(',', '')));
    // The gridlines enclose every value, from -250 to 749.
    expect(Math.min(...ticks)).toBeLessThanOrEqual(-250);
    expect(Math.max(...ticks)).toBeGreaterThanOrEqual(749);
    expect(Math.max(...ticks)).toBeLessThan(1000);
  });
});

/**
 * The left end of each y-axis tick label in a rendered chart, by textWidth (the estimate every margin is made from):
 * the labels are right-aligned (text-anchor end) in the group Plot moves left of the frame, inside any facet's group.
 */
function yLabelStarts(svg: string): { text: string; left: number }[] {
  const { document } = parseHTML(`<html><body>${svg}</body></html>`);
  const shift = (element: Element | null): number => {
    let x = 0;
    for (let node = element; node && node.tagName?.toLowerCase() !== 'svg'; node = node.parentElement) {
      const match = /translate\((-?[\d.]+),/.exec(node.getAttribute('transform') ?? '');
      if (match) x += Number(match[1]);
    }
    return x;
  };
  return [...document.querySelectorAll('g[text-anchor="end"] text')].map((text) => ({
    text: text.textContent ?? '',
    left: shift(text) - textWidth(text.textContent ?? ''),
  }));
}

describe('y-axis margins', () => {
  const columns = {
    year: column('integer', { label: 'Year' }),
    month: column('date', { label: 'Month' }),
    group: column('string', { label: 'Group' }),
    count: column('integer', { label: 'Count' }),
  };
  const rows = [
    { year: 2009, month: '2024-09', group: 'A', count: 1_250_000 },
    { year: 2010, month: '2024-12', group: 'B', count: 3 },
  ];
  const charts = {
    line: (width: number, lang: string) => line(rows, { columns, x: 'year', y: 'count', lang, width }),
    area: (width: number, lang: string) => area(rows, { columns, x: 'year', y: 'count', lang, width }),
    'dot of numbers': (width: number, lang: string) => dot(rows, { columns, x: 'year', y: 'count', lang, width }),
    'dot of dates': (width: number, lang: string) => dot(rows, { columns, x: 'count', y: 'month', lang, width }),
    'small multiples': (width: number, lang: string) =>
      smallMultiples.plot(rows, { columns, x: 'year', y: 'count', series: 'group', lang, width }),
  };

  it('fit the widest tick label (long numbers, French month names) inside the SVG, at both widths', () => {
    for (const [name, draw] of Object.entries(charts)) {
      for (const width of [340, 680]) {
        for (const lang of ['en', 'fr']) {
          const labels = yLabelStarts(renderPlot(draw(width, lang), 't'));
          expect(labels.length, `${name} at ${width} px in ${lang}`).toBeGreaterThan(1);
          for (const label of labels)
            expect(label.left, `${name} at ${width} px in ${lang}: "${label.text}"`).toBeGreaterThanOrEqual(0);
        }
      }
    }
  });
});

describe('axis ticks at their edges', () => {
  const day = (date: string) => new Date(`${date}T00:00:00Z`);
  const days = (ticks: Date[]) => ticks.map((tick) => tick.toISOString().slice(0, 10));

  it('put the one date of a single-date axis on it, and keep every label inside the room it is given', () => {
    expect(days(timeTicks([day('2024-01-01')], 600, 'en'))).toEqual(['2024-01-01']);
    const decade = [day('2010-01-01'), day('2020-01-01')];
    expect(days(timeTicks(decade, 600, 'en'))).toHaveLength(11);
    // No room beyond the axis: the labels centred on its two ends would overflow it.
    const inside = days(timeTicks(decade, 600, 'en', { left: 0, right: 0 }));
    expect([inside[0], inside.at(-1)]).toEqual(['2011-01-01', '2019-01-01']);
  });

  it('give a column of whole numbers whole ticks, and a value axis of one repeated value no domain of its own', () => {
    const count = column('integer');
    expect(numberAxis('count', count, [0, 1], 400, 'en', true).axis.ticks).toEqual([0, 1]);
    expect(numberAxis('count', count, [5, 5], 200, 'en', true).domain).toBeUndefined();
  });
});

describe('yAxisMargin', () => {
  // In Chromium on Debian, "100,000" at the dot chart's axis started 0.4 px from the SVG's left edge when widths were
  // counted at a flat 7 px a character: DejaVu Sans sets a figure 7.63 px wide at 12px and a comma 3.82.
  it('holds the widest tick label, right-aligned 9 px left of the frame, 4 px clear of the edge in wide figures', () => {
    const label = 6 * 7.63 + 3.82;
    expect(yAxisMargin(['0', '50,000', '100,000']) - 9 - label).toBeGreaterThanOrEqual(4);
  });
});
