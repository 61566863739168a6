import { describe, expect, it } from 'vitest';
import { chartMessageInJson, chartSpecSchema } from '../../src/schemas/chart.ts';

/** The message for a <Chart> written with `options` besides its title. */
const message = (options: Record<string, unknown>) => {
  const parsed = chartSpecSchema.safeParse({ title: 'T', ...options });
  return parsed.success ? undefined : parsed.error.issues[0]!.message;
};
const expected =
  'expected type, spec, title, subtitle, x, y, series, top, sort, rank, label, end, zoom, breaks, filter, note (and dataset)';

describe('<Chart> options', () => {
  it('an unknown option says which it may be meant for: a typo, a letter typed twice, colours for series', () => {
    expect(message({ titel: 'U' })).toBe(`unknown option "titel" (did you mean "title"?): ${expected}`);
    expect(message({ yy: 'issued' })).toBe(`unknown option "yy" (did you mean "y"?): ${expected}`);
    // A single colour is no series: there is no colour option, and the message says why and what colours series.
    const noColour =
      "there is no colour option: a chart's colours come from the site's theme, so that they keep their contrast in the light and the dark theme; to colour lines or bars apart, name the column that tells them apart as series";
    expect(message({ colour: 'measure' })).toBe(`unknown option "colour" (${noColour}): ${expected}`);
    expect(message({ color: '#1f77b4' })).toBe(`unknown option "color" (${noColour}): ${expected}`);
    // Datawrapper's other options that a chart here has not.
    expect(message({ highlight: 'Russia' })).toMatch(/^unknown option "highlight" \(there is no highlight option: /);
    expect(message({ numberFormat: '0.0' })).toMatch(
      /^unknown option "numberFormat" \(there is no number format option: /,
    );
    expect(message({ annotations: [] })).toMatch(
      /^unknown option "annotations" \(there are no annotations: write .* in note/,
    );
    expect(message({ yy: 'issued', lable: 'event' })).toBe(
      `unknown options "yy" (did you mean "y"?), "lable" (did you mean "label"?): ${expected}`,
    );
    // Nothing close: no guess.
    expect(message({ width: 300 })).toBe(`unknown option "width": ${expected}`);
  });

  // A French editor names a chart's kind in French: type="barres" was quoted back with the list of kinds alone.
  it("tells a chart's kind written in French the kind meant", () => {
    expect([
      message({ type: 'barres' }),
      message({ type: 'Courbe' }),
      message({ type: 'carte' }),
      message({ type: 'barres empilées' }),
    ]).toEqual([
      'expected one of bar, grouped-bar, stacked-bar, line, dot, area, map, timeline, got "barres": write "bar"',
      'expected one of bar, grouped-bar, stacked-bar, line, dot, area, map, timeline, got "Courbe": write "line"',
      'expected one of bar, grouped-bar, stacked-bar, line, dot, area, map, timeline, got "carte": write "map"',
      'expected one of bar, grouped-bar, stacked-bar, line, dot, area, map, timeline, got "barres empilées": write "stacked-bar"',
    ]);
  });

  // English tool names got the list alone, while French ones were told the kind.
  it("tells a chart's kind written as Datawrapper, Flourish or a spreadsheet names it the kind meant, or that there is none", () => {
    const kinds = 'expected one of bar, grouped-bar, stacked-bar, line, dot, area, map, timeline';
    expect([
      message({ type: 'column' }),
      message({ type: 'scatter' }),
      message({ type: 'choropleth' }),
      message({ type: 'pie' }),
      message({ type: 'donut' }),
    ]).toEqual([
      `${kinds}, got "column": write "bar" (bars here are horizontal, one per category)`,
      `${kinds}, got "scatter": write "dot"`,
      `${kinds}, got "choropleth": write "map"`,
      `${kinds}, got "pie": there is no pie chart: a bar chart shows the same parts, easier to compare: write "bar"`,
      `${kinds}, got "donut": there is no donut chart: a bar chart shows the same parts, easier to compare: write "bar"`,
    ]);
  });

  it('a sort order written as a spreadsheet names it is told the order meant', () => {
    expect(message({ sort: 'desc' })).toBe('expected one of value, none, got "desc": write "value" (largest first)');
    expect(message({ sort: 'Descending' })).toBe(
      'expected one of value, none, got "Descending": write "value" (largest first)',
    );
    expect(message({ sort: 'original' })).toBe(
      'expected one of value, none, got "original": write "none" (the dataset\'s order)',
    );
    // Smallest first is no order a chart here draws: the list alone.
    expect(message({ sort: 'asc' })).toBe('expected one of value, none, got "asc"');
  });
});

describe('<Chart> zoom', () => {
  it('takes "world" or "data", and names both for any other value', () => {
    expect(message({ zoom: 'data' })).toBeUndefined();
    expect(message({ zoom: 'world' })).toBeUndefined();
    expect(message({ zoom: 'europe' })).toBe('expected one of world, data, got "europe"');
    expect(message({ zoom: true })).toMatch(/^expected one of world, data, got /);
  });
});

describe('<Chart> breaks', () => {
  it('takes up to four class limits in increasing order, and says what it expected otherwise', () => {
    expect(message({ breaks: [100, 500, 1000] })).toBeUndefined();
    expect(message({ breaks: '100, 500' })).toBe(
      'expected the class limits as a list of numbers, such as breaks={[100, 500, 1000]}, got "100, 500"',
    );
    expect(message({ breaks: [100, '500'] })).toBe(
      'expected the class limits as a list of numbers, such as breaks={[100, 500, 1000]}, got "500"',
    );
    expect(message({ breaks: [] })).toBe('expected at least one class limit, such as breaks={[100, 500, 1000]}');
    expect(message({ breaks: [1, 2, 3, 4, 5] })).toBe('expected at most 4 class limits (a map has 5 colours), got 5');
    expect(message({ breaks: [500, 100] })).toBe(
      'expected the class limits in increasing order, each once, such as breaks={[100, 500, 1000]}, got [500, 100]',
    );
    expect(message({ breaks: [100, 100] })).toMatch(/^expected the class limits in increasing order, each once/);
    // In a dataset's "chart", the example is written in JSON.
    expect(chartMessageInJson(message({ breaks: 100 })!)).toBe(
      'expected the class limits as a list of numbers, such as "breaks": [100, 500, 1000], got the number 100',
    );
  });
});
