import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { chartFigure } from '../../src/charts/figure.ts';
import { clearMemoryCache } from '../../src/charts/cache.ts';
import { renderPlot } from '../../src/charts/render.ts';
import { line } from '../../src/charts/line.ts';
import { bar } from '../../src/charts/bar.ts';
import { normaliseSvg } from '../../src/charts/normalise.ts';
import { column } from './golden.ts';

const columns = { label: column('string', { label: 'Label' }), value: column('integer', { label: 'Value' }) };
const hostile = '<img src=x onerror=alert(1)>';

describe('chart figure', () => {
  beforeAll(() => {
    process.env.CASEFILE_CHART_CACHE = mkdtempSync(join(tmpdir(), 'casefile-chart-figure-'));
  });

  it('is deterministic: the same input gives byte-identical SVG, whatever was drawn before', () => {
    const rows = [
      { year: 2005, issued: 1 },
      { year: 2006, issued: 3 },
    ];
    const options = {
      columns: { year: column('integer'), issued: column('integer') },
      x: 'year',
      y: 'issued',
      lang: 'en',
      width: 680,
    };
    const first = renderPlot(line(rows, options), 'c1');
    renderPlot(line([...rows, { year: 2007, issued: 2 }], options), 'c2');
    expect(renderPlot(line(rows, options), 'c1')).toBe(first);
  });

  it("renumbers Plot's global clip ids under the chart's own prefix", () => {
    const svg =
      '<svg><clipPath id="plot-clip-7"></clipPath><g clip-path="url(#plot-clip-7)"></g><clipPath id="plot-clip-9"></clipPath></svg>';
    expect(normaliseSvg(svg, 'cabc')).toBe(
      '<svg><clipPath id="cabc-clip-1"></clipPath><g clip-path="url(#cabc-clip-1)"></g><clipPath id="cabc-clip-2"></clipPath></svg>',
    );
  });

  it("drops Plot's aria-labels on groups, which ARIA forbids without a role", () => {
    expect(normaliseSvg('<svg><g aria-label="bar" fill="red"><rect /></g></svg>', 'c')).toBe(
      '<svg><g fill="red"><rect /></g></svg>',
    );
  });

  it('rounds coordinates but never text', () => {
    expect(normaliseSvg('<svg><path d="M1.23456,2.5L3,4.06"></path><text x="1.26">1.2345</text></svg>', 'c')).toBe(
      '<svg><path d="M1.2,2.5L3,4.1"></path><text x="1.3">1.2345</text></svg>',
    );
  });

  it('leaves lengths in em as they are: a wrapped label keeps its line spacing to the hundredth', () => {
    expect(
      normaliseSvg(
        '<svg><text y="0.32"><tspan x="0" y="-1.25em">A</tspan><tspan x="2.46" y="1.25em">B</tspan></text></svg>',
        'c',
      ),
    ).toBe('<svg><text y="0.3"><tspan x="0" y="-1.25em">A</tspan><tspan x="2.5" y="1.25em">B</tspan></text></svg>');
  });

  it('keeps dataset strings as text: a label that looks like markup is escaped in the SVG and the summary is plain text', () => {
    clearMemoryCache();
    const figure = chartFigure({
      spec: { type: 'bar', x: 'label', y: 'value', title: 'T' },
      dataset: {
        columns,
        rows: [
          { label: hostile, value: 2 },
          { label: 'b', value: 1 },
        ],
      },
      lang: 'en',
    });
    for (const svg of [figure.narrow!, figure.wide]) {
      expect(svg).not.toContain('<img');
      expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
    }
    expect(figure.summary).toBe(`Bar chart of value by label. Highest: 2 for ${hostile}. Lowest: 1 for b.`);
    const direct = renderPlot(
      bar([{ label: hostile, value: 2 }], { columns, x: 'label', y: 'value', lang: 'en', width: 340 }),
      'x',
    );
    expect(direct).not.toContain('<img');
  });

  it('draws two widths for charts with text and one for maps', () => {
    const map = chartFigure({
      spec: { type: 'map', x: 'label', y: 'value', title: 'T' },
      dataset: {
        columns: { label: column('string', { ref: 'country' }), value: column('integer') },
        rows: [{ label: 'FR', value: 1 }],
      },
      lang: 'en',
    });
    expect(map.narrow).toBeUndefined();
    expect(map.wide).toMatch(/^<svg /);
    const bars = chartFigure({
      spec: { type: 'bar', x: 'label', y: 'value', title: 'T' },
      dataset: { columns, rows: [{ label: 'a', value: 1 }] },
      lang: 'en',
    });
    expect(bars.narrow).toMatch(/^<svg viewBox="0 0 340 /);
    expect(bars.wide).toMatch(/^<svg viewBox="0 0 680 /);
  });

  it("the data table shows exactly the rows drawn, in the chart's columns", () => {
    const figure = chartFigure({
      spec: { type: 'bar', x: 'label', y: 'value', title: 'T', top: 1 },
      dataset: {
        columns: { ...columns, other: column('string') },
        rows: [
          { label: 'a', value: 1, other: 'x' },
          { label: 'b', value: 5, other: 'y' },
        ],
      },
      lang: 'en',
    });
    expect(figure.columns).toEqual(['label', 'value']);
    expect(figure.rows).toEqual([{ label: 'b', value: 5, other: 'y' }]);
  });

  it('the data table carries the alternative figures of the rows drawn, each figure with its source; none when no row drawn has one', () => {
    const dataset = {
      columns: {
        year: column('integer', { label: 'Year' }),
        issued: column('integer', { label: 'Issued', unit: 'notices' }),
        issued_alt: column('integer', { label: 'Alternative figure', unit: 'notices', sourceColumn: 'alt_source' }),
        alt_source: column('string', { ref: 'source' }),
        // Another measure with its own source, and a revision credited to the same source as the figure drawn:
        // neither is another source's figure for it.
        diffusions: column('integer', { label: 'Diffusions', unit: 'diffusions', sourceColumn: 'diffusions_source' }),
        diffusions_source: column('string', { ref: 'source' }),
        issued_revised: column('integer', { label: 'Revised', unit: 'notices', sourceColumn: 'source' }),
        source: column('string', { ref: 'source' }),
      },
      rows: [
        {
          year: 2011,
          issued: 7678,
          issued_alt: 8136,
          alt_source: 'b',
          diffusions: 2,
          diffusions_source: 'd',
          issued_revised: 7700,
          source: 'a',
        },
        {
          year: 2012,
          issued: 8136,
          issued_alt: null,
          alt_source: null,
          diffusions: 3,
          diffusions_source: 'd',
          issued_revised: 8140,
          source: 'c',
        },
      ],
    };
    const figure = chartFigure({ spec: { type: 'line', x: 'year', y: 'issued', title: 'T' }, dataset, lang: 'en' });
    expect(figure.columns).toEqual(['year', 'issued']);
    // Not the diffusions: another measure, not another figure for the same one.
    expect(figure.table).toEqual(['year', 'issued', 'source', 'issued_alt', 'alt_source']);
    const undisputed = chartFigure({
      spec: { type: 'line', x: 'year', y: 'issued', title: 'T', filter: { year: 2012 } },
      dataset,
      lang: 'en',
    });
    expect(undisputed.table).toEqual(['year', 'issued']);
    // A source column the chart draws (dots coloured by source) is in the table once.
    const bySource = chartFigure({
      spec: { type: 'dot', x: 'year', y: 'issued', series: 'source', title: 'T' },
      dataset,
      lang: 'en',
    });
    expect(bySource.table).toEqual(['year', 'source', 'issued', 'issued_alt', 'alt_source']);
  });

  it('the data table leaves out a column empty in every row shown, and keeps one with a value in any', () => {
    const timeline = chartFigure({
      spec: { type: 'timeline', x: 'date', label: 'label', end: 'end', title: 'T' },
      dataset: {
        columns: {
          date: column('date', { label: 'Date' }),
          end: column('date', { label: 'Until' }),
          label: column('string', { label: 'Event' }),
        },
        rows: [
          { date: '2021', end: null, label: 'Checks' },
          { date: '2022-02', end: null, label: 'Invasion' },
        ],
      },
      lang: 'en',
    });
    expect(timeline.columns).toEqual(['date', 'end', 'label']);
    expect(timeline.emptyColumns).toEqual(['end']);
    const spans = chartFigure({
      spec: { type: 'timeline', x: 'date', label: 'label', end: 'end', title: 'T' },
      dataset: {
        columns: { date: column('date'), end: column('date'), label: column('string') },
        rows: [
          { date: '2021', end: '2022', label: 'Checks' },
          { date: '2022-02', end: null, label: 'Invasion' },
        ],
      },
      lang: 'en',
    });
    expect(spans.emptyColumns).toEqual([]);
    // The values the chart draws stay, even when every shown one is missing: each cell then says "no data".
    const filtered = chartFigure({
      spec: { type: 'bar', x: 'label', y: 'value', title: 'T', filter: { other: 'x' } },
      dataset: {
        columns: { ...columns, other: column('string') },
        rows: [
          { label: 'a', value: null, other: 'x' },
          { label: 'b', value: 5, other: 'y' },
        ],
      },
      lang: 'en',
    });
    expect(filtered.emptyColumns).toEqual([]);
  });
});
