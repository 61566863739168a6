import { describe, expect, it } from 'vitest';
import { dot } from '../../src/charts/dot.ts';
import { renderPlot } from '../../src/charts/render.ts';
import { column, expectKindGoldens } from './golden.ts';

const columns = { date: column('date', { label: 'Date' }), measure: column('string', { label: 'Measure' }), count: column('integer') };
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
    const svg = renderPlot(dot(rows, { columns, x: 'date', y: 'count', series: 'measure', lang: 'en', width: 680 }), 't');
    expect(svg.match(/<circle /g)).toHaveLength(4);
  });
});

describe('dot chart of categories', () => {
  const countries = { country: column('string', { label: 'Country' }), requests: column('integer', { label: 'Requests' }) };
  const byCountry = [
    { country: 'Argentina', requests: 12 },
    { country: 'Russian Federation', requests: 140 },
    { country: 'United Arab Emirates', requests: 55 },
    { country: 'Bosnia and Herzegovina', requests: null },
    { country: 'Turkey', requests: 97 },
  ];
  /** The y axis's labels in a rendered chart, top to bottom, and the x axis's. */
  const axisLabels = (svg: string) => {
    const texts = (group: string) => [...group.matchAll(/translate\(([\d.]+),([\d.]+)\)"[^>]*>([^<]+)</g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]), text: m[3]! }));
    return {
      y: texts(/<g transform="translate\(-9,0\)"[^>]*>(.*?)<\/g>/.exec(svg)?.[1] ?? ''),
      x: texts(/<g transform="translate\(0,9\)"[^>]*>(.*?)<\/g>/.exec(svg)?.[1] ?? ''),
    };
  };

  it.each([340, 680])('a category on x is drawn down the y axis, largest first, each on its own line (%i px)', (width) => {
    const svg = renderPlot(dot(byCountry, { columns: countries, x: 'country', y: 'requests', lang: 'en', width }), 't');
    const { x, y } = axisLabels(svg);
    expect(y.map((label) => label.text)).toEqual(['Russian Federation', 'Turkey', 'United Arab Emirates', 'Argentina', 'Bosnia and Herzegovina']);
    expect(y.map((label) => label.y)).toEqual([...y.map((label) => label.y)].sort((a, b) => a - b));
    // The x axis carries the numbers, not the names.
    expect(x.every((label) => /^[\d,]+$/.test(label.text))).toBe(true);
    expect(svg.match(/<circle /g)).toHaveLength(4);
  });

  it('a category on y against numbers is ranked the same way', () => {
    const svg = renderPlot(dot(byCountry, { columns: countries, x: 'requests', y: 'country', lang: 'en', width: 680 }), 't');
    expect(axisLabels(svg).y.map((label) => label.text)).toEqual(['Russian Federation', 'Turkey', 'United Arab Emirates', 'Argentina', 'Bosnia and Herzegovina']);
  });
});
