import { describe, expect, it } from 'vitest';
import { line } from '../../src/charts/line.ts';
import { renderPlot } from '../../src/charts/render.ts';
import { column, expectKindGoldens } from './golden.ts';

const columns = { year: column('integer', { label: 'Year' }), issued: column('integer', { label: 'Red notices issued' }) };
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
});
