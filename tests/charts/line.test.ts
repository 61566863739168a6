import { describe, expect, it } from 'vitest';
import { line } from '../../src/charts/line.ts';
import { area } from '../../src/charts/area.ts';
import { renderPlot } from '../../src/charts/render.ts';
import { textWidth } from '../../src/charts/text-width.ts';
import { column, expectKindGoldens } from './golden.ts';

const columns = {
  year: column('integer', { label: 'Year' }),
  issued: column('integer', { label: 'Red notices issued' }),
};
const rows = [
  { year: 2005, issued: 2343 },
  { year: 2006, issued: 2804 },
  { year: 2007, issued: null },
  { year: 2008, issued: 3126 },
  { year: 2009, issued: null },
  { year: 2010, issued: 6344 },
  { year: 2011, issued: 7678 },
];

describe('line chart', () => {
  it('draws the line with dots, broken at nulls, and dashed rules at the gaps (golden)', () => {
    expectKindGoldens('line', line, rows, { columns, x: 'year', y: 'issued' });
  });

  it('labels a number x axis\'s last value inside the SVG, the margin grown to hold it: "100,000" was dropped at 340 px', () => {
    const amounts = { amount: column('number', { label: 'Amount' }), count: column('integer', { label: 'Count' }) };
    const data = [0, 25_000, 50_000, 75_000, 100_000].map((amount, i) => ({ amount, count: i + 1 }));
    for (const width of [340, 680]) {
      const svg = renderPlot(line(data, { columns: amounts, x: 'amount', y: 'count', lang: 'en', width }), 't');
      // The x axis's labels hang below their ticks (y="0.71em"); the y axis's are centred on theirs.
      const labels = [...svg.matchAll(/<text transform="translate\(([\d.]+),[\d.]+\)" y="0\.71em">([^<]*)</g)].map(
        ([, x, text]) => ({
          text: text!,
          left: Number(x) - textWidth(text!) / 2,
          right: Number(x) + textWidth(text!) / 2,
        }),
      );
      expect(labels.length, `${width} px`).toBeGreaterThan(2);
      // The last value, at the axis's end, is labelled: centred on the frame's right edge, with 4 px to the SVG's.
      expect(labels.at(-1)!.text, `${width} px`).toBe('100,000');
      for (const [i, label] of labels.entries()) {
        expect(label.left, `${label.text} at ${width} px`).toBeGreaterThanOrEqual(0);
        expect(label.right, `${label.text} at ${width} px`).toBeLessThanOrEqual(width - 4);
        if (i > 0) expect(label.left - labels[i - 1]!.right, `${label.text} at ${width} px`).toBeGreaterThan(0);
      }
    }
  });

  it('grows the right margin to an eighth of the width at most: a last label wider than that is left out', () => {
    const amounts = { amount: column('number', { label: 'Amount' }), count: column('integer', { label: 'Count' }) };
    const data = [0, 0.25, 0.5, 0.75, 1].map((share, i) => ({ amount: share * 1e12, count: i + 1 }));
    const svg = renderPlot(line(data, { columns: amounts, x: 'amount', y: 'count', lang: 'en', width: 340 }), 't');
    // The grid's lines end at the frame's right edge.
    const right = Number(/<line y2="[\d.]+" y1="[\d.]+" x2="([\d.]+)"/.exec(svg)![1]);
    expect(340 - right).toBeLessThanOrEqual(340 / 8);
    const labels = [...svg.matchAll(/<text transform="translate\(([\d.]+),[\d.]+\)" y="0\.71em">([^<]*)</g)];
    expect(labels.map(([, , text]) => text)).not.toContain('1,000,000,000,000');
    expect(labels.length).toBeGreaterThan(1);
    for (const [, x, text] of labels) expect(Number(x) + textWidth(text!) / 2, text).toBeLessThanOrEqual(340 - 4);
  });

  it('never joins across a null: the path has one segment per run of values', () => {
    const svg = renderPlot(line(rows, { columns, x: 'year', y: 'issued', lang: 'en', width: 680 }), 't');
    const path = /<path d="(M[^"]+)"/.exec(svg.slice(svg.indexOf('stroke-width="2"')))![1]!;
    // Runs: 2005-2006, 2008 alone, 2010-2011: three moves.
    expect(path.match(/M/g)).toHaveLength(3);
    // Every value has a dot, so 2008 between two gaps still shows.
    expect(svg.match(/<circle /g)).toHaveLength(5);
    expect(svg.match(/stroke-dasharray="3,3"/g)).toHaveLength(1);
    expect(svg.match(/stroke-dasharray="3,3"[^>]*>(<line [^>]*\/>)+/)![0].match(/<line /g)).toHaveLength(2);
  });

  it('writes years without grouping and values with the page locale', () => {
    const svg = renderPlot(line(rows, { columns, x: 'year', y: 'issued', lang: 'en', width: 680 }), 't');
    expect(svg).toContain('>2010</text>');
    expect(svg).not.toContain('>2,010<');
    expect(svg).toMatch(/>\d,\d{3}<\/text>/);
  });

  it('a chart of one value draws its dot and writes its value above it, line and area alike', () => {
    for (const kind of [line, area]) {
      const svg = renderPlot(
        kind([{ year: 2009, issued: 15548 }], { columns, x: 'year', y: 'issued', lang: 'en', width: 680 }),
        't',
      );
      const dot = /<circle [^>]*cy="([\d.]+)" cx="([\d.]+)"/.exec(svg);
      expect(dot).not.toBeNull();
      const label =
        /<g transform="translate\(0,(-\d+)\)"><text transform="translate\(([\d.]+),([\d.]+)\)">15,548<\/text>/.exec(
          svg,
        );
      // Above the dot, at its x.
      expect(label?.slice(2)).toEqual([dot![2], dot![1]]);
      expect(Number(label![1])).toBeLessThan(0);
    }
    // Two values: a line, and no value written on it.
    const svg = renderPlot(line(rows.slice(0, 2), { columns, x: 'year', y: 'issued', lang: 'en', width: 680 }), 't');
    expect(svg).not.toContain('>2,343<');
  });
  it('draws a dot on every value only where the points stand apart: 500 points draw the line alone', () => {
    const dense = Array.from({ length: 500 }, (_, i) => ({ year: 1500 + i, issued: (i * 37) % 101 }));
    for (const width of [340, 680]) {
      const svg = renderPlot(line(dense, { columns, x: 'year', y: 'issued', lang: 'en', width }), 't');
      expect(svg.match(/<circle /g), `${width} px`).toBeNull();
      expect(svg).toContain('stroke-width="2"');
    }
    // Twenty points at 680 px (over 12 px apart) keep a dot each.
    const few = dense.slice(0, 20);
    const svg = renderPlot(line(few, { columns, x: 'year', y: 'issued', lang: 'en', width: 680 }), 't');
    expect(svg.match(/<circle /g)).toHaveLength(20);
  });

  it('keeps the dot of a value between two gaps when a dense line draws no other dots', () => {
    const dense = Array.from({ length: 500 }, (_, i) => ({
      year: 1500 + i,
      issued: i === 99 || i === 101 || i === 499 ? null : i,
    }));
    const svg = renderPlot(line(dense, { columns, x: 'year', y: 'issued', lang: 'en', width: 680 }), 't');
    // Only 1600, between the gaps at 1599 and 1601: every other value has a neighbour on its line.
    expect(svg.match(/<circle /g)).toHaveLength(1);
    expect(svg.match(/stroke-dasharray="3,3"[^>]*>(<line [^>]*\/>)+/)![0].match(/<line /g)).toHaveLength(3);
  });
});

describe('line chart dots, series by series', () => {
  const cols = { ...columns, kind: column('string', { label: 'Kind' }) };
  /** The circles of each series, by their fill (one colour a series, in the order series first appear). */
  const dotsBySeries = (data: Record<string, unknown>[], width = 680) => {
    const svg = renderPlot(
      line(data as never, { columns: cols, x: 'year', y: 'issued', series: 'kind', lang: 'en', width }),
      't',
    );
    const fills = [...svg.matchAll(/<circle [^>]*fill="([^"]+)"/g)].map((m) => m[1]!);
    return Object.fromEntries([...Map.groupBy(fills, (fill) => fill)].map(([fill, list]) => [fill, list.length]));
  };
  // 500 yearly values (about 1.2 px apart at 680 px), beside one value every 25 years (about 30 px apart).
  const dense = Array.from({ length: 500 }, (_, i) => ({ year: 1500 + i, issued: (i * 37) % 101, kind: 'dense' }));
  const sparse = Array.from({ length: 20 }, (_, i) => ({ year: 1500 + 25 * i, issued: i, kind: 'sparse' }));

  it('a sparse series beside a dense one keeps a dot on each of its values; the dense one draws its line alone', () => {
    expect(dotsBySeries([...dense, ...sparse])).toEqual({ 'var(--chart-2)': 20 });
    // In either order of the series.
    expect(dotsBySeries([...sparse, ...dense])).toEqual({ 'var(--chart-1)': 20 });
  });

  it('measures a series against the whole chart: five values a year apart on a 500-year axis draw no dots', () => {
    const crowded = Array.from({ length: 5 }, (_, i) => ({ year: 1995 + i, issued: i, kind: 'sparse' }));
    expect(dotsBySeries([...dense, ...crowded])).toEqual({});
  });

  it("keeps the dot of the dense series' value between two gaps, and a series of one value its dot", () => {
    const gapped = dense.map((row, i) => (i === 99 || i === 101 ? { ...row, issued: null } : row));
    const one = [{ year: 1700, issued: 5, kind: 'one' }];
    expect(dotsBySeries([...gapped, ...sparse, ...one])).toEqual({
      'var(--chart-1)': 1,
      'var(--chart-2)': 20,
      'var(--chart-3)': 1,
    });
  });
});

describe('line chart dots: the closest values decide', () => {
  const days = { day: column('date', { label: 'Day' }), issued: column('integer', { label: 'Notices' }) };
  const dots = (data: Record<string, unknown>[], width = 680) =>
    renderPlot(line(data as never, { columns: days, x: 'day', y: 'issued', lang: 'en', width }), 't').match(/<circle /g)
      ?.length ?? 0;
  // Ten values a year apart: about 60 px apart at 680 px.
  const yearly = Array.from({ length: 10 }, (_, i) => ({ day: `${2010 + i}-01-01`, issued: 10 + i }));

  it('a line of values well apart keeps a dot on each', () => {
    expect(dots(yearly)).toBe(10);
  });

  it('two values a few days apart take the dots off the whole line, though its values stand 50 px apart on average', () => {
    const cluster = [...yearly, { day: '2015-01-04', issued: 20 }, { day: '2015-01-08', issued: 21 }].sort((a, b) =>
      a.day < b.day ? -1 : 1,
    );
    expect(dots(cluster)).toBe(0);
  });
});
