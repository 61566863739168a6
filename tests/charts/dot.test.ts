import { describe, expect, it } from 'vitest';
import { byValue, dot } from '../../src/charts/dot.ts';
import { textWidth } from '../../src/charts/text-width.ts';
import { renderPlot } from '../../src/charts/render.ts';
import { column, expectKindGoldens } from './golden.ts';

const columns = {
  date: column('date', { label: 'Date' }),
  measure: column('string', { label: 'Measure' }),
  count: column('integer'),
};
const rows = [
  { date: '2019-03', measure: 'All', count: 58000 },
  { date: '2019-03', measure: 'Public', count: 7000 },
  { date: '2023-05', measure: 'Public', count: 6934 },
  { date: '2025', measure: 'All', count: 86000 },
  { date: '2024-01', measure: 'All', count: null },
];

describe('dot chart', () => {
  it('places one dot per value, coloured by series (golden)', () => {
    expectKindGoldens('dot', dot, rows, { columns, x: 'date', y: 'count', series: 'measure' });
  });

  it('draws no dot for a null value', () => {
    const svg = renderPlot(
      dot(rows, { columns, x: 'date', y: 'count', series: 'measure', lang: 'en', width: 680 }),
      't',
    );
    expect(svg.match(/<circle /g)).toHaveLength(4);
  });
});

describe('dot chart of categories', () => {
  const countries = {
    country: column('string', { label: 'Country' }),
    requests: column('integer', { label: 'Requests' }),
  };
  const byCountry = [
    { country: 'Argentina', requests: 12 },
    { country: 'Russian Federation', requests: 140 },
    { country: 'United Arab Emirates', requests: 55 },
    { country: 'Bosnia and Herzegovina', requests: null },
    { country: 'Turkey', requests: 97 },
  ];
  /** The y axis's labels in a rendered chart, top to bottom, and the x axis's. */
  const axisLabels = (svg: string) => {
    // A wrapped label's lines (tspans) read as one.
    const texts = (group: string) =>
      [...group.matchAll(/<text transform="translate\(([\d.]+),([\d.]+)\)"[^>]*>(.*?)<\/text>/g)].map((m) => ({
        x: Number(m[1]),
        y: Number(m[2]),
        text: m[3]!.replace(/<\/tspan><tspan[^>]*>/g, ' ').replace(/<[^>]+>/g, ''),
      }));
    return {
      y: texts(/<g transform="translate\(-9,0\)"[^>]*>(.*?)<\/g>/.exec(svg)?.[1] ?? ''),
      x: texts(/<g transform="translate\(0,9\)"[^>]*>(.*?)<\/g>/.exec(svg)?.[1] ?? ''),
    };
  };

  it.each([340, 680])(
    'a category on x is drawn down the y axis, largest first, each on its own line (%i px)',
    (width) => {
      const svg = renderPlot(
        dot(byCountry, { columns: countries, x: 'country', y: 'requests', lang: 'en', width }),
        't',
      );
      const { x, y } = axisLabels(svg);
      expect(y.map((label) => label.text)).toEqual([
        'Russian Federation',
        'Turkey',
        'United Arab Emirates',
        'Argentina',
        'Bosnia and Herzegovina',
      ]);
      expect(y.map((label) => label.y)).toEqual([...y.map((label) => label.y)].sort((a, b) => a - b));
      // The x axis carries the numbers, not the names.
      expect(x.every((label) => /^[\d,]+$/.test(label.text))).toBe(true);
      expect(svg.match(/<circle /g)).toHaveLength(4);
    },
  );

  it.each([340, 680])('a dot plot of categories draws its values from zero and ticks the zero (%i px)', (width) => {
    const rows = [
      { country: 'Argentina', requests: 21 },
      { country: 'Russian Federation', requests: 240 },
      { country: 'Turkey', requests: 106 },
    ];
    const svg = renderPlot(dot(rows, { columns: countries, x: 'country', y: 'requests', lang: 'en', width }), 't');
    const { x, y } = axisLabels(svg);
    // The first tick is 0, at the frame's left edge (where the category labels are anchored, 9 px before it).
    expect(x[0]?.text).toBe('0');
    expect(x[0]!.x).toBe(y[0]!.x);
    // Each dot sits at its value's share of the way from 0 to the largest: 21 is 21/240 of the way, not at the edge.
    const cx = [...svg.matchAll(/<circle [^>]*cx="([\d.]+)"/g)].map((m) => Number(m[1]));
    const [zero, largest] = [x[0]!.x, Math.max(...cx)];
    expect(Math.min(...cx)).toBeCloseTo(zero + ((largest - zero) * 21) / 240, 0);
  });

  it('a category on y against numbers is ranked the same way', () => {
    const svg = renderPlot(
      dot(byCountry, { columns: countries, x: 'requests', y: 'country', lang: 'en', width: 680 }),
      't',
    );
    expect(axisLabels(svg).y.map((label) => label.text)).toEqual([
      'Russian Federation',
      'Turkey',
      'United Arab Emirates',
      'Argentina',
      'Bosnia and Herzegovina',
    ]);
  });
});

describe('dot chart ranking', () => {
  it('ties keep the order the dataset gives them, as do categories without a value', () => {
    const columns = {
      country: column('string', { label: 'Country' }),
      requests: column('integer', { label: 'Requests' }),
    };
    const rows = [
      { country: 'Turkey', requests: 97 },
      { country: 'Peru', requests: null },
      { country: 'Russia', requests: 140 },
      { country: 'Argentina', requests: 97 },
      { country: 'Chile', requests: null },
      { country: 'Moldova', requests: 97 },
    ];
    expect(byValue(rows, 'country', 'requests')).toEqual(['Russia', 'Turkey', 'Argentina', 'Moldova', 'Peru', 'Chile']);
    // As drawn: down the y axis in that order.
    const svg = renderPlot(dot(rows, { columns, x: 'country', y: 'requests', lang: 'en', width: 680 }), 't');
    const labels = [
      .../<g transform="translate\(-9,0\)"[^>]*>(.*?)<\/g>/.exec(svg)![1]!.matchAll(/>([^<]+)<\/text>/g),
    ].map((m) => m[1]);
    expect(labels).toEqual(['Russia', 'Turkey', 'Argentina', 'Moldova', 'Peru', 'Chile']);
  });
});

describe('dot chart category labels', () => {
  it('a category wider than the margin wraps inside the SVG, each row tall enough for its lines', () => {
    const columns = {
      country: column('string', { label: 'Country' }),
      requests: column('integer', { label: 'Requests' }),
    };
    const long = 'Israel and the Occupied Palestinian Territories (including East Jerusalem and Gaza), as reported';
    const rows = [
      { country: 'Russia', requests: 140 },
      { country: long, requests: 90 },
      { country: 'Peru', requests: 12 },
    ];
    const svg = renderPlot(dot(rows, { columns, x: 'country', y: 'requests', lang: 'en', width: 340 }), 't');
    const group = /<g transform="translate\(-9,0\)"[^>]*>(.*?)<\/g>/.exec(svg)![1]!;
    const labels = [...group.matchAll(/<text transform="translate\(([\d.]+),([\d.]+)\)"[^>]*>(.*?)<\/text>/g)].map(
      (m) => {
        const tspans = [...m[3]!.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((t) => t[1]!);
        return { right: Number(m[1]) - 9, y: Number(m[2]), lines: tspans.length ? tspans : [m[3]!] };
      },
    );
    expect(labels.map((label) => label.lines.join(' '))).toEqual(['Russia', long, 'Peru']);
    // Right-aligned before the frame: each line starts inside the SVG.
    for (const label of labels)
      for (const line of label.lines) expect(label.right - textWidth(line), line).toBeGreaterThanOrEqual(0);
    // Rows are far enough apart for the wrapped label's lines (15 px each), centred on its row.
    const lines = labels[1]!.lines.length;
    expect(lines).toBeGreaterThan(1);
    expect(labels[1]!.y - labels[0]!.y).toBeGreaterThanOrEqual(((lines + 1) / 2) * 15);
  });
});

describe('dot chart value axis', () => {
  it('labels the last value at the axis\'s end inside the SVG at 340 px: "2,000,000" was dropped, the margin fixed at 20 px', () => {
    const cols = { country: column('string', { label: 'Country' }), amount: column('integer', { label: 'Amount' }) };
    const data = [
      { country: 'A', amount: 2_000_000 },
      { country: 'B', amount: 1_000_000 },
      { country: 'C', amount: 250_000 },
    ];
    for (const width of [340, 680]) {
      const svg = renderPlot(dot(data, { columns: cols, x: 'amount', y: 'country', lang: 'en', width }), 't');
      const labels = [...svg.matchAll(/<text transform="translate\(([\d.]+),[\d.]+\)" y="0\.71em">([^<]*)</g)].map(
        ([, x, text]) => ({ text: text!, right: Number(x) + textWidth(text!) / 2 }),
      );
      expect(labels.at(-1)?.text, `${width} px`).toBe('2,000,000');
      for (const label of labels) expect(label.right, `${label.text} at ${width} px`).toBeLessThanOrEqual(width - 4);
    }
  });
});
