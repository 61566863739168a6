import { bisectRight } from 'd3-array';
import { describe, expect, it, vi } from 'vitest';
import { fittedProjection, mainLand, map, mapClasses, thresholds, unmapped } from '../../src/charts/map.ts';
import { geoPath } from 'd3-geo';
import { sequentialColor } from '../../src/charts/palette.ts';
import { renderPlot } from '../../src/charts/render.ts';
import { validateChart } from '../../src/charts/validate.ts';
import { countryShape, isCountryCode } from '../../src/charts/world.ts';
import { column, expectKindGoldens } from './golden.ts';

// A dataset's date of update, fixed: the tests never read the clock.
const updated = new Date('2026-11-22T00:00:00Z');
const columns = { country: column('string', { ref: 'country' }), count: column('integer') };
const rows = [
  { country: 'RU', count: 3038 },
  { country: 'SV', count: 999 },
  { country: 'AR', count: 345 },
  { country: 'IN', count: 203 },
  { country: 'US', count: 105 },
  { country: 'SG', count: 3 },
  { country: 'FR', count: null },
];

describe('map', () => {
  it('colours countries by class and hatches the rest (golden)', () => {
    expectKindGoldens('map', map, rows, { columns, x: 'country', y: 'count' });
  });

  it('takes class limits from the quintiles, rounded to two significant digits', () => {
    expect(thresholds([3038, 999, 345, 203, 105, 3])).toEqual([110, 200, 350, 1000]);
    expect(thresholds([5, 5, 5])).toEqual([]);
  });

  it('keeps a limit at the next value above the minimum when 80% or more of the values are the minimum', () => {
    // Every quintile is 0: without this limit, Russia's 12 refusals and five countries' none were one colour.
    const refusals = [12, 0, 0, 0, 0, 0].map((count, i) => ({
      country: ['RU', 'FR', 'DE', 'IT', 'ES', 'PT'][i]!,
      count,
    }));
    expect(mapClasses(refusals, 'count', columns.count)).toEqual({
      limits: [12],
      colors: [sequentialColor(0, 2), sequentialColor(1, 2)],
    });
    expect(thresholds([0.5, 0.5, 0.5, 0.5, 0.5, 3.14159])).toEqual([3.1]);
    // A rounded limit never passes the next value, which would put it back in the minimum's class.
    expect(thresholds([0, 0, 0, 0, 0, 125], true)).toEqual([125]);
    expect(thresholds([1.21, 1.21, 1.21, 1.21, 1.215])).toEqual([1.215]);
    // Values either side of zero are told apart by 0 alone.
    expect(thresholds([-1, -1, -1, -1, -1, 5], true)).toEqual([0]);
    for (const values of [
      [1, 1, 1, 1, 100],
      [0, 0, 0, 0, 0, 3],
      [7, 7, 7, 7, 7, 7, 7, 7, 7, 8],
      [2, 2, 2, 2, 2, -4],
    ]) {
      const limits = thresholds(values);
      expect(bisectRight(limits, Math.min(...values)), `${values}`).toBeLessThan(
        bisectRight(limits, Math.max(...values)),
      );
    }
  });

  it('makes 0 a class limit when the values span zero, so no class holds both a fall and a rise', () => {
    const spans = [
      [-5, -3, -2, -1, 1, 2, 3],
      [-5, 3, 2, 1, 1, 2, 3, 1, 2],
      [-40, -30, -25, -2, 4, 8, 9, 12, 30, 45],
      [-0.4, -0.1, 0.2, 0.3, 0.9, 1.5],
      [-1, 0, 0, 0, 5, 7],
      [-8, -6, -5, -4, -3, -2, 1],
    ];
    for (const values of spans) {
      const limits = thresholds(values);
      expect(limits, `${values}`).toContain(0);
      // At most five classes (the ramp's steps), limits increasing.
      expect(limits.length, `${values}`).toBeLessThanOrEqual(4);
      expect(
        [...limits].sort((a, b) => a - b),
        `${values}`,
      ).toEqual(limits);
      const classes = new Map<number, number[]>();
      for (const value of values)
        classes.set(bisectRight(limits, value), [...(classes.get(bisectRight(limits, value)) ?? []), value]);
      for (const members of classes.values())
        expect(members.some((v) => v < 0) && members.some((v) => v > 0), `${values}: ${members}`).toBe(false);
    }
    // Values on one side of zero keep their quintiles.
    expect(thresholds([-3038, -999, -345, -203, -105, -3])).toEqual([-1000, -350, -200, -110]);
  });

  it('gives whole numbers (an integer column) whole class limits, 0 among them when the values span zero', () => {
    expect(thresholds([-8, -6, -5, -4, -3, -2, 1], true)).toEqual([-6, -5, -3, 0]);
    expect(thresholds([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], true)).toEqual([3, 5, 6, 8]);
    for (const values of [
      [-5, -3, -2, -1, 1, 2, 3],
      [-0, 1, 2, 2, 3],
      [-40, -30, -25, -2, 4, 8, 9, 12, 30, 45],
      [-1, 0, 0, 0, 5, 7],
    ]) {
      const limits = thresholds(values, true);
      expect(limits.every(Number.isInteger), `${values}: ${limits}`).toBe(true);
      if (Math.min(...values) < 0 && Math.max(...values) > 0) expect(limits, `${values}`).toContain(0);
    }
    // Numbers that are not whole keep their rounded quintiles.
    expect(thresholds([-8, -6, -5, -4, -3, -2, 1])).toEqual([-5.8, -4.6, -3.4, 0]);
    // No limit above the highest value: it would make a class no country is in.
    expect(thresholds([1, 2, 3, 4, 996, 997, 998, 999], true).every((limit) => limit <= 999)).toBe(true);
  });

  it("colours only with CSS that follows the page's scheme: custom properties and light-dark() pairs", () => {
    const svg = renderPlot(map(rows, { columns, x: 'country', y: 'count', lang: 'en', width: 680 }), 't');
    // The classes are light-dark() pairs: they follow the page's scheme as the tokens do.
    expect(svg).toContain('fill="light-dark(#160b39, #fcffa4)"');
    expect(svg).not.toMatch(/(fill|stroke)="#/);
  });

  it("hatches a country whose value is null, with a pattern of its own named under the chart's prefix", () => {
    const svg = renderPlot(map(rows, { columns, x: 'country', y: 'count', lang: 'en', width: 680 }), 't');
    const pattern = /<pattern [^>]*id="t-hatch-1"[^>]*>(.*?)<\/pattern>/.exec(svg);
    expect(pattern?.[1]).toMatch(/^<rect fill="var\(--chart-empty\)"[^>]*\/><path [^>]*stroke="var\(--chart-hatch\)"/);
    const fills = [...svg.matchAll(/<path fill="([^"]+)"/g)].map((match) => match[1]);
    // France (null) alone is hatched: a gap in the data.
    expect(fills.filter((fill) => fill === 'url(#t-hatch-1)')).toHaveLength(1);
    // Every country not in the rows is flat --chart-empty: not in the data, which is not the same as no data.
    expect(fills.filter((fill) => fill === 'var(--chart-empty)').length).toBeGreaterThan(150);
    // Every other country is in a class: five mapped countries in four classes (SG has no shape at this scale).
    expect([...new Set(fills)].filter((fill) => fill !== 'url(#t-hatch-1)' && fill !== 'var(--chart-empty)')).toEqual([
      expect.stringMatching(/^light-dark\(#[0-9a-f]{6}, #[0-9a-f]{6}\)$/),
      expect.stringMatching(/^light-dark\(#[0-9a-f]{6}, #[0-9a-f]{6}\)$/),
      expect.stringMatching(/^light-dark\(#[0-9a-f]{6}, #[0-9a-f]{6}\)$/),
      expect.stringMatching(/^light-dark\(#[0-9a-f]{6}, #[0-9a-f]{6}\)$/),
    ]);
  });

  it('colours a map of changes in two hues split at 0: falls in the blue of --chart-fall, rises (0 up) in the red', () => {
    // A change per country: falls and rises, El Salvador (drawn with a dot as well) among the falls.
    const changes = [
      { country: 'RU', count: -40 },
      { country: 'SV', count: -25 },
      { country: 'AR', count: -2 },
      { country: 'IN', count: 4 },
      { country: 'US', count: 9 },
      { country: 'DE', count: 12 },
      { country: 'BR', count: 30 },
      { country: 'MX', count: 45 },
    ];
    const { limits, colors } = mapClasses(changes, 'count', columns.count);
    // The classes before the one that starts at 0.
    const below = limits.indexOf(0) + 1;
    expect(below).toBeGreaterThan(1);
    const falls = colors.slice(0, below);
    const rises = colors.slice(below);
    expect(falls.every((color) => color.includes('var(--chart-fall)') && !color.includes('--chart-seq-1'))).toBe(true);
    expect(rises.every((color) => color.includes('var(--chart-seq-1)') && !color.includes('--chart-fall'))).toBe(true);
    // Each side is lightest next to 0: the fall nearest 0 and the lowest rise are the first steps of their ramps.
    expect(falls.at(-1)).toBe('color-mix(in srgb, var(--chart-fall) 49%, var(--chart-seq-0))');
    expect(rises[0]).toBe('color-mix(in srgb, var(--chart-seq-1) 49%, var(--chart-seq-0))');
    const svg = renderPlot(map(changes, { columns, x: 'country', y: 'count', lang: 'en', width: 680 }), 't');
    const fills = new Set([...svg.matchAll(/<path fill="([^"]+)"/g)].map((match) => match[1]));
    expect(falls.concat(rises).filter((color) => !fills.has(color))).toEqual([]);
    // El Salvador's dot takes its class's colour: a fall.
    expect(/<circle fill="([^"]+)"/.exec(svg)?.[1]).toBe(colors[bisectRight(limits, -25)]);
    expect(colors[bisectRight(limits, -25)]).toContain('--chart-fall');
  });

  it('colours a side of one class, next to 0, in the lightest step of its hue', () => {
    // −3 to 40: one class below 0, four from 0 up; and the mirror, four classes of falls and one of rises.
    const changes = (values: number[]) => values.map((count, i) => ({ country: `C${i}`, count }));
    const oneFall = mapClasses(changes([-3, 2, 5, 9, 14, 22, 40]), 'count', columns.count);
    expect(oneFall.limits[0]).toBe(0);
    expect(oneFall.colors[0]).toBe('color-mix(in srgb, var(--chart-fall) 49%, var(--chart-seq-0))');
    expect(oneFall.colors[1]).toBe('color-mix(in srgb, var(--chart-seq-1) 49%, var(--chart-seq-0))');
    const oneRise = mapClasses(changes([-40, -22, -14, -9, -5, -2, 3]), 'count', columns.count);
    expect(oneRise.limits.at(-1)).toBe(0);
    expect(oneRise.colors.at(-1)).toBe('color-mix(in srgb, var(--chart-seq-1) 49%, var(--chart-seq-0))');
    expect(oneRise.colors.at(-2)).toBe('color-mix(in srgb, var(--chart-fall) 49%, var(--chart-seq-0))');
  });

  it('keeps one ramp for values of one sign, 0 included (golden above: a map of counts)', () => {
    for (const values of [
      [3038, 999, 345, 203, 105, 3],
      [0, 0, 1, 5, 7, 12],
      [-8, -6, -5, -4, -3, -2],
      [-5, -1, 0, 0],
    ]) {
      const { limits, colors } = mapClasses(
        values.map((count, i) => ({ country: `C${i}`, count })),
        'count',
        columns.count,
      );
      expect(colors, `${values}`).toEqual(colors.map((_, i) => sequentialColor(i, limits.length + 1)));
    }
  });

  it('draws no hatching pattern when no value is null', () => {
    const svg = renderPlot(map(rows.slice(0, 5), { columns, x: 'country', y: 'count', lang: 'en', width: 680 }), 't');
    expect(svg).not.toContain('hatch');
  });

  it('marks with a dot in its class colour each country with data too small to see on a phone (El Salvador)', () => {
    const sized = [
      { country: 'SV', count: 999 },
      { country: 'GT', count: 132 },
      { country: 'LU', count: null },
      { country: 'RU', count: 3038 },
    ];
    const svg = renderPlot(map(sized, { columns, x: 'country', y: 'count', lang: 'en', width: 680 }), 't');
    const dots = [...svg.matchAll(/<circle fill="([^"]+)" r="6" cy="([\d.]+)" cx="([\d.]+)"/g)].map((m) => [
      m[1],
      Number(m[3]),
      Number(m[2]),
    ]);
    // One dot: El Salvador (8 px² drawn), not Guatemala (44 px²), nor Luxembourg (1 px², no data).
    expect(dots).toHaveLength(1);
    const [fill, x, y] = dots[0]!;
    expect(svg).toContain(`<path fill="${fill}"`);
    expect(fill).toMatch(/^light-dark\(#[0-9a-f]{6}, #[0-9a-f]{6}\)$/);
    // At El Salvador, on Central America's Pacific coast (its shape spans x 169–173, y 130–133 at this width).
    expect([Math.round(x as number), Math.round(y as number)]).toEqual([171, 132]);
  });

  it('knows ISO codes (Kosovo included) and names those too small to draw', () => {
    expect(isCountryCode('XK')).toBe(true);
    expect(countryShape('XK')).toBeDefined();
    expect(isCountryCode('XX')).toBe(false);
    expect(isCountryCode('ru')).toBe(false);
    expect(unmapped(rows, 'country', 'count')).toEqual(['SG']);
  });

  it('country names for codes are one error, with how many rows repeat it and the column of codes to use', () => {
    const named = {
      title: 't',
      description: 'd',
      sources: ['s'],
      license: 'l',
      updated,
      key: 'iso2',
      columns: { iso2: column('string', { ref: 'country' }), name: column('string'), count: column('integer') },
      rows: [
        { iso2: 'CN', name: 'China', count: 1 },
        { iso2: 'RU', name: 'Russia', count: 2 },
        { iso2: 'TR', name: 'Türkiye', count: 3 },
      ],
      notes: [],
      corrections: [],
    };
    const problems = [
      {
        field: 'x',
        message:
          'unknown country code "China" in rows[0].name (the row where iso2 is "CN"), and the same problem in the 2 other rows: expected an ISO 3166-1 alpha-2 code: China\'s code is "CN"; column "iso2" holds country codes: write x="iso2"',
      },
    ];
    expect(validateChart({ type: 'map', x: 'name', y: 'count', title: 'T' }, named)).toEqual(problems);
    // In a dataset's own chart, written in JSON, the hint is written in JSON.
    expect(
      validateChart({ type: 'map', x: 'name', y: 'count', title: 'T' }, named, { syntax: 'json' })[0]!.message,
    ).toMatch(/write "x": "iso2"$/);
    // Without a column of codes, no hint; rows named as the dataset names them.
    const withoutCodes = {
      ...named,
      key: 'name',
      columns: { name: column('string'), count: column('integer') },
      rows: [...named.rows, { name: 'FR', count: 4 }].map(({ name, count }) => ({ name, count })),
    };
    expect(validateChart({ type: 'map', x: 'name', y: 'count', title: 'T' }, withoutCodes)).toEqual([
      {
        field: 'x',
        message:
          'unknown country code "China" in rows[0].name, and the same problem in 2 more rows (rows[1] and rows[2]): expected an ISO 3166-1 alpha-2 code: China\'s code is "CN"',
      },
    ]);
    // A name as Intl writes it, accents and all, and one that is no country: the example code stays.
    const turkeyFirst = {
      ...withoutCodes,
      rows: [
        { name: 'Türkiye', count: 3 },
        { name: 'Atlantis', count: 1 },
      ],
    };
    expect(validateChart({ type: 'map', x: 'name', y: 'count', title: 'T' }, turkeyFirst)[0]!.message).toBe(
      'unknown country code "Türkiye" in rows[0].name, and the same problem in the 1 other row: expected an ISO 3166-1 alpha-2 code: Türkiye\'s code is "TR"',
    );
    const atlantis = { ...withoutCodes, rows: [{ name: 'Atlantis', count: 1 }] };
    expect(validateChart({ type: 'map', x: 'name', y: 'count', title: 'T' }, atlantis)[0]!.message).toMatch(
      /expected an ISO 3166-1 alpha-2 code such as "FR"$/,
    );
  });

  it('an unknown country code is an error naming the code and its row', () => {
    const dataset = {
      title: 't',
      description: 'd',
      sources: ['s'],
      license: 'l',
      updated,
      columns,
      rows: [
        { country: 'RU', count: 1 },
        { country: 'XX', count: 2 },
      ],
      notes: [],
      corrections: [],
    };
    expect(validateChart({ type: 'map', x: 'country', y: 'count', title: 'T' }, dataset)).toEqual([
      {
        field: 'x',
        message: 'unknown country code "XX" in rows[1].country: expected an ISO 3166-1 alpha-2 code such as "FR"',
      },
    ]);
  });
});

describe('map zoom', () => {
  const latin = ['SV', 'AR', 'GT', 'BO', 'PY'];
  const boundsOf = (width: number, codes: string[] | undefined, code: string) => {
    const { projection } = fittedProjection(width, codes);
    return geoPath(projection).bounds(mainLand(countryShape(code)!));
  };

  it('zoom="data" fits the map to the countries the rows name: all in view, filling its width or height', () => {
    for (const width of [340, 680]) {
      const { height } = fittedProjection(width, latin);
      const pad = (8 * width) / 680;
      const all = latin.map((code) => boundsOf(width, latin, code));
      const [x0, y0] = [Math.min(...all.map((b) => b[0][0])), Math.min(...all.map((b) => b[0][1]))];
      const [x1, y1] = [Math.max(...all.map((b) => b[1][0])), Math.max(...all.map((b) => b[1][1]))];
      // Inside the frame, with its room around them.
      expect(x0, `${width}`).toBeGreaterThanOrEqual(pad - 0.5);
      expect(y0, `${width}`).toBeGreaterThanOrEqual(pad - 0.5);
      expect(x1, `${width}`).toBeLessThanOrEqual(width - pad + 0.5);
      expect(y1, `${width}`).toBeLessThanOrEqual(height - pad + 0.5);
      // Filling the width, or the height the map may take (three quarters of its width).
      expect(Math.max((x1 - x0) / (width - 2 * pad), (y1 - y0) / (height - 2 * pad)), `${width}`).toBeCloseTo(1, 1);
      expect(height).toBeLessThanOrEqual(0.75 * width);
    }
    // El Salvador, a speck of 8 px² on the world map, is eight times larger (the map is as tall as it may be).
    const area = (codes?: string[]) => fittedProjection(680, codes).areas.get(countryShape('SV')!)!;
    expect(area(latin)).toBeGreaterThan(8 * area());
  });

  it('draws the zoomed map, taller than the world map, and leaves the world map as it was', () => {
    const rows = latin.map((country, i) => ({ country, count: (i + 1) * 10 }));
    const svg = (zoom?: 'data' | 'world') =>
      renderPlot(map(rows, { columns, x: 'country', y: 'count', lang: 'en', width: 680, zoom }), 't');
    const height = (text: string) => Number(/<svg [^>]*height="([\d.]+)"/.exec(text)![1]);
    expect(height(svg('data'))).toBeGreaterThan(height(svg()));
    expect(svg('world')).toBe(svg());
    // No dot for El Salvador: zoomed in, its shape is large enough to see.
    expect(svg()).toContain('<circle');
    expect(svg('data')).not.toContain('<circle');
  });

  it("fits a country's main land: France without French Guiana, the United States without Alaska", () => {
    const europe = ['FR', 'DE', 'PL'];
    const { projection, height } = fittedProjection(680, europe);
    const [gx, gy] = projection([-53, 4])!; // Cayenne, French Guiana
    expect(gx < 0 || gx > 680 || gy < 0 || gy > height).toBe(true);
    // Metropolitan France is in view.
    const [px, py] = projection([2.35, 48.86])!; // Paris
    expect(px).toBeGreaterThan(0);
    expect(px).toBeLessThan(680);
    expect(py).toBeGreaterThan(0);
    expect(py).toBeLessThan(height);
    expect(mainLand(countryShape('US')!).geometry.coordinates).toHaveLength(1);
    // Japan's, Indonesia's and New Zealand's main islands are kept.
    expect(mainLand(countryShape('NZ')!).geometry.coordinates).toHaveLength(2);
    expect(mainLand(countryShape('ID')!).geometry.coordinates.length).toBeGreaterThanOrEqual(5);
  });

  it('draws a region across the antimeridian in one piece: Russia fills the width, its east beside its west', () => {
    const [[x0], [x1]] = boundsOf(680, ['RU'], 'RU');
    expect(x0).toBeCloseTo(8, 0);
    expect(x1).toBeCloseTo(672, 0);
    // On the world map, Chukotka east of 180° sits at the far left, away from the rest of Russia.
    const [[w0], [w1]] = boundsOf(680, undefined, 'RU');
    expect(w1 - w0).toBeGreaterThan(480);
  });

  it('zooms no closer than eight times the world map: a small country alone is not drawn from coarse shapes', () => {
    const world = fittedProjection(680).projection.scale();
    expect(fittedProjection(680, ['LU']).projection.scale()).toBeCloseTo(8 * world, 5);
    // Luxembourg stays in the middle of the frame.
    const { projection, height } = fittedProjection(680, ['LU']);
    const [x, y] = projection([6.13, 49.61])!;
    expect(Math.abs(x - 340)).toBeLessThan(20);
    expect(Math.abs(y - height / 2)).toBeLessThan(20);
  });

  it('a zoom on another kind of chart stops the build, naming the kinds it is for', () => {
    const dataset = {
      title: 't',
      description: 'd',
      sources: ['s'],
      license: 'l',
      updated,
      columns,
      rows: [{ country: 'RU', count: 1 }],
      notes: [],
      corrections: [],
    };
    expect(validateChart({ type: 'map', x: 'country', y: 'count', zoom: 'data', title: 'T' }, dataset)).toEqual([]);
    expect(validateChart({ type: 'bar', x: 'country', y: 'count', zoom: 'data', title: 'T' }, dataset)).toEqual([
      { field: 'zoom', message: 'a bar chart does not use "zoom": zoom is for map charts' },
    ]);
  });
});

describe('map breaks', () => {
  const dataset = (rows: { country: string; count: number | null }[], count = columns.count) => ({
    title: 't',
    description: 'd',
    sources: ['s'],
    license: 'l',
    updated,
    columns: { ...columns, count },
    rows,
    notes: [],
    corrections: [],
  });

  it("colours each country by the editor's class limits in place of the quintiles", () => {
    expect(mapClasses(rows, 'count', columns.count, [100, 1000])).toEqual({
      limits: [100, 1000],
      colors: [0, 1, 2].map((i) => sequentialColor(i, 3)),
    });
    const svg = renderPlot(
      map(rows, { columns, x: 'country', y: 'count', lang: 'en', width: 680, breaks: [100, 1000] }),
      't',
    );
    // Russia alone at 1,000 or more, in the darkest; El Salvador (999) to the United States (105) in the middle class
    // (Singapore, below 100, has no shape at this scale): the quintiles drew four classes.
    const classes = [...new Set([...svg.matchAll(/<path fill="(light-dark\([^"]+\))"/g)].map((m) => m[1]))];
    expect(classes.sort()).toEqual([sequentialColor(1, 3), sequentialColor(2, 3)].sort());
  });

  it('with 0 among the breaks and a class below it, the ramp diverges there whatever the values', () => {
    const { colors } = mapClasses(rows, 'count', columns.count, [-10, 0, 10]);
    expect(colors.slice(0, 2).every((color) => color.includes('var(--chart-fall)'))).toBe(true);
    expect(colors.slice(2).some((color) => color.includes('var(--chart-fall)'))).toBe(false);
  });

  it('a count takes whole-number breaks, and values either side of zero need 0 among them: errors say so', () => {
    const counts = dataset([
      { country: 'RU', count: -5 },
      { country: 'FR', count: 12 },
    ]);
    const spec = { type: 'map', x: 'country', y: 'count', title: 'T' } as const;
    expect(validateChart({ ...spec, breaks: [-2, 0, 5] }, counts)).toEqual([]);
    expect(validateChart({ ...spec, breaks: [-2.5, 0, 5] }, counts)).toEqual([
      {
        field: 'breaks',
        message: 'column "count" holds whole numbers: its class limits must be whole numbers too, got -2.5',
      },
    ]);
    expect(validateChart({ ...spec, breaks: [-2, 5] }, counts)).toEqual([
      {
        field: 'breaks',
        message:
          'the values run either side of zero (-5 to 12): add 0 to breaks, so that no class holds both a fall and a rise, such as breaks={[-2, 0, 5]}',
      },
    ]);
    expect(validateChart({ ...spec, breaks: [-2, 5] }, counts, { syntax: 'json' })[0]!.message).toMatch(
      /such as "breaks": \[-2, 0, 5\]$/,
    );
    expect(validateChart({ type: 'bar', x: 'country', y: 'count', breaks: [5], title: 'T' }, counts)).toEqual([
      { field: 'breaks', message: 'a bar chart does not use "breaks": breaks is for map charts' },
    ]);
  });
});

describe('map outlines', () => {
  const latin = ['SV', 'AR', 'GT', 'BO', 'PY'].map((country, i) => ({ country, count: (i + 1) * 10 }));
  const draws = [
    { rows, width: 680, zoom: undefined },
    { rows: latin, width: 680, zoom: 'data' },
    { rows: latin, width: 680, zoom: undefined },
    { rows, width: 340, zoom: undefined },
    { rows: rows.slice(0, 3), width: 340, zoom: 'data' },
  ] as const;
  const svg = (draw: typeof map, { rows, width, zoom }: (typeof draws)[number]) =>
    renderPlot(draw(rows, { columns, x: 'country', y: 'count', lang: 'en', width, zoom }), 't');
  /** The SVG paths of a map's countries (Plot's geo mark), in order: those of its hatching pattern left out. */
  const outlines = (text: string) =>
    [...text.replace(/<defs>[\s\S]*?<\/defs>/g, '').matchAll(/<path [^>]*d="([^"]*)"/g)].map((match) => match[1]);

  it('a map drawn after others draws each country as it would alone, whatever their rows, width and zoom', async () => {
    const after = draws.map((draw) => svg(map, draw));
    // Each drawn by a module of its own, as the first map of its process.
    const alone: string[] = [];
    for (const draw of draws) {
      vi.resetModules();
      alone.push(svg((await import('../../src/charts/map.ts')).map, draw));
    }
    expect(after).toEqual(alone);
    // The zoomed and world maps of one width draw different outlines: each is kept with its own fit.
    expect(outlines(after[1]!)).not.toEqual(outlines(after[2]!));
    expect(outlines(after[0]!)).toEqual(outlines(after[2]!));
  });
});
