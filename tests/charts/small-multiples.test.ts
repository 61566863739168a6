import { describe, expect, it } from 'vitest';
import { smallMultiples } from '../../src/charts/custom/small-multiples.ts';
import { customCharts } from '../../src/charts/custom/index.ts';
import { renderPlot } from '../../src/charts/render.ts';
import { textWidth } from '../../src/charts/text-width.ts';
import { column, expectKindGoldens } from './golden.ts';

const columns = {
  snapshot: column('date', { label: 'Snapshot' }),
  country: column('string', { ref: 'country' }),
  count: column('integer'),
};
const rows = ['RU', 'SV', 'AR', 'IN'].flatMap((country, i) =>
  ['2019-11', '2022-10', '2023-05'].map((snapshot, j) => ({
    snapshot,
    country,
    count: country === 'AR' && j === 1 ? null : (4 - i) * 100 + j * 10,
  })),
);

describe('small multiples (custom chart)', () => {
  it('is registered under the name <Chart spec="small-multiples"> uses', () => {
    expect(customCharts['small-multiples']).toBe(smallMultiples);
  });

  it('draws one labelled panel per series on a shared scale (golden)', () => {
    expectKindGoldens('small-multiples', smallMultiples.plot, rows, {
      columns,
      x: 'snapshot',
      y: 'count',
      series: 'country',
    });
  });

  it('names each panel with the country in the page language', () => {
    const svg = renderPlot(
      smallMultiples.plot(rows, { columns, x: 'snapshot', y: 'count', series: 'country', lang: 'fr', width: 680 }),
      't',
    );
    expect(svg).toContain('>Russie</text>');
    expect(svg).toContain('>Salvador</text>');
  });

  it("keeps each panel's x labels clear of the next panel's, at both widths, with years as numbers or as dates", () => {
    /** The x-axis labels of every panel, as [left, right] extents (textWidth's estimate), by the row they sit on. */
    const labels = (svg: string) => {
      const rowsOf = new Map<number, [number, number][]>();
      for (const [, fx, fy, anchor, texts] of svg.matchAll(
        /<g transform="translate\(([\d.]+),([\d.]+)\)" font-variant="tabular-nums"(?: text-anchor="(\w+)")?>((?:<text[^>]*>[^<]*<\/text>)+)<\/g>/g,
      )) {
        for (const [, x, y, text] of texts!.matchAll(/translate\(([\d.]+),([\d.]+)\)" y="0.71?em">([^<]+)</g)) {
          const at = Number(fx) + Number(x);
          const row = Number(fy) + Number(y);
          const width = textWidth(text!);
          // A label starts at its tick (text-anchor start), ends there (end), or is centred on it.
          const left = anchor === 'start' ? at : anchor === 'end' ? at - width : at - width / 2;
          rowsOf.set(row, [...(rowsOf.get(row) ?? []), [left, left + width]]);
        }
      }
      return [...rowsOf.values()];
    };
    const years = (type: 'integer' | 'date') => ({
      rows: [2005, 2006, 2007].flatMap((year, i) =>
        ['A', 'B', 'C', 'D'].map((group) => ({ year: type === 'date' ? String(year) : year, group, count: i })),
      ),
      columns: { year: column(type, { label: 'Year' }), group: column('string'), count: column('integer') },
    });
    for (const type of ['integer', 'date'] as const) {
      for (const width of [340, 680]) {
        const { rows: data, columns: cols } = years(type);
        const rowsOfLabels = labels(
          renderPlot(
            smallMultiples.plot(data, { columns: cols, x: 'year', y: 'count', series: 'group', lang: 'en', width }),
            't',
          ),
        );
        // The bottom panel of each column (two at 340 px, three at 680) keeps a label.
        expect(rowsOfLabels.flat().length).toBeGreaterThanOrEqual(width === 340 ? 2 : 3);
        for (const row of rowsOfLabels) {
          const sorted = row.sort((a, b) => a[0] - b[0]);
          for (const [i, [left]] of sorted.entries())
            if (i > 0) expect(left, `${type} at ${width} px`).toBeGreaterThanOrEqual(sorted[i - 1]![1]);
        }
      }
    }
  });

  it.each([
    [2022, 2024, 'integer'],
    [2018, 2024, 'integer'],
    [2018, 2024, 'date'],
  ] as const)(
    'labels where every panel starts and ends, top rows too: %i to %i (%s), at 340 and 680 px',
    (from, to, type) => {
      const data = Array.from({ length: to - from + 1 }, (_, i) => from + i).flatMap((year, i) =>
        ['A', 'B', 'C', 'D'].map((group) => ({ year: type === 'date' ? String(year) : year, group, count: i })),
      );
      const cols = { year: column(type, { label: 'Year' }), group: column('string'), count: column('integer') };
      for (const width of [340, 680]) {
        const svg = renderPlot(
          smallMultiples.plot(data, { columns: cols, x: 'year', y: 'count', series: 'group', lang: 'en', width }),
          't',
        );
        /** The x labels of each panel, by the panel's offset, with their anchor. */
        const panels = new Map<string, string[]>();
        for (const [, fx, fy, anchor, texts] of svg.matchAll(
          /<g transform="translate\(([\d.]+),([\d.]+)\)" font-variant="tabular-nums"(?: text-anchor="(\w+)")?>((?:<text[^>]*>[^<]*<\/text>)+)<\/g>/g,
        )) {
          const labels = [...texts!.matchAll(/y="0.71?em">([^<]+)</g)].map((m) => `${m[1]} ${anchor ?? 'middle'}`);
          if (labels.length) panels.set(`${fx},${fy}`, [...(panels.get(`${fx},${fy}`) ?? []), ...labels]);
        }
        // Four panels, each with its own axis (two rows at 340 px: the top row's panels were left without one).
        expect(panels.size, `${width} px`).toBe(4);
        for (const labels of panels.values()) {
          expect(labels).toContain(`${from} start`);
          expect(labels).toContain(`${to} end`);
        }
      }
    },
  );

  it('makes room above the panels for names of four lines or more at 340 px, which ran off the top and into the panel above', () => {
    const names = [
      'Directorate-General for Migration and Home Affairs of the European Commission',
      'X',
      'Ministry of Internal Affairs of the Russian Federation, Main Directorate for Criminal Investigation',
      'Y',
    ];
    const data = [2005, 2006].flatMap((year) => names.map((group, i) => ({ year, group, count: i + 1 })));
    const cols = { year: column('integer', { label: 'Year' }), group: column('string'), count: column('integer') };
    const svg = renderPlot(
      smallMultiples.plot(data, { columns: cols, x: 'year', y: 'count', series: 'group', lang: 'en', width: 340 }),
      't',
    );
    // Each name sits bottom-anchored above its panel, its last line's baseline at y in its cell and its first N em
    // (12 px) higher: the first line's baseline needs a line's height below the cell's top, or it is cut by the SVG's
    // top edge (the first row) or drawn over the panel above (the others).
    const placed = [
      ...svg.matchAll(/font-weight="bold"[^>]*><text transform="translate\([\d.]+,([\d.]+)\)"[^>]*>(<tspan[^>]*>)?/g),
    ];
    expect(placed.length).toBe(4);
    for (const [, y, first] of placed) {
      const above = Number(/y="-([\d.]+)em"/.exec(first ?? '')?.[1] ?? 0);
      expect(Number(y) - above * 12, first).toBeGreaterThanOrEqual(12);
    }
  });
});

describe('small multiples: panel names on a phone', () => {
  // The second name takes four lines in bold over one of two panels at 340 px.
  const grounds = [
    'Article 2 (droits humains)',
    'Article 3 du Statut (activité politique, militaire, religieuse ou raciale)',
    'Autres motifs',
  ];
  const refusals = grounds.flatMap((ground, i) =>
    [2021, 2024].map((year, j) => ({ year, ground, count: 100 * (i + j + 1) })),
  );
  const cols = { year: column('integer', { label: 'Année' }), ground: column('string'), count: column('integer') };
  const drawn = (data: typeof refusals, width: number) =>
    renderPlot(
      smallMultiples.plot(data, { columns: cols, x: 'year', y: 'count', series: 'ground', lang: 'fr', width }),
      't',
    );
  /** Each panel's name: its lines and where it stands (x, y of its anchor: its panel's translation and its own). */
  const names = (svg: string) =>
    [
      ...svg.matchAll(
        /<g transform="translate\(([\d.]+),([\d.]+)\)" font-weight="bold"[^>]*><text transform="translate\(([\d.]+),([\d.]+)\)"[^>]*>((?:(?!<\/text>)[\s\S])*)<\/text>/g,
      ),
    ].map(([, gx, gy, x, y, inner]) => ({
      x: Number(gx) + Number(x),
      y: Number(gy) + Number(y),
      lines: inner!.includes('<tspan') ? [...inner!.matchAll(/<tspan[^>]*>([^<]*)</g)].map((m) => m[1]) : [inner],
    }));

  it("keeps every line of each panel's name within its panel's frame, at 340 and 680 px, in as few lines as fit", () => {
    // Names whose lines, wrapped to a third (or half) of the width less the margins, came a word wider than the panel
    // Plot drew: they reached into the gap, up to the next panel's name.
    const long = [
      'Directorate-General for Migration and Home Affairs',
      'Ministry of Internal Affairs of the Russian Federation',
      'Article 3 (caractère politique, militaire, religieux ou racial)',
      'Commission for the Control of Interpol’s Files',
      'Article 2 (droits humains)',
      'Autres motifs',
    ];
    const data = [2021, 2024].flatMap((year) => long.map((ground, i) => ({ year, ground, count: 10 * (i + 1) })));
    for (const width of [340, 680]) {
      const svg = drawn(data, width);
      /** Each panel's frame (its bottom edge, anchor 'bottom'), as [left, right], by its translation. */
      const frames = new Map(
        [
          ...svg.matchAll(
            /<line transform="translate\(([\d.]+),([\d.]+)\)" y2="[\d.]+" y1="[\d.]+" x2="([\d.]+)" x1="([\d.]+)" stroke-linecap/g,
          ),
        ].map(([, gx, gy, x2, x1]) => [`${gx},${gy}`, [Number(gx) + Number(x1), Number(gx) + Number(x2)]] as const),
      );
      const placed = [
        ...svg.matchAll(
          /<g transform="translate\(([\d.]+),([\d.]+)\)" font-weight="bold"[^>]*><text transform="translate\(([\d.]+),[\d.]+\)"[^>]*>((?:(?!<\/text>)[\s\S])*)<\/text>/g,
        ),
      ];
      expect(placed.length, `${width} px`).toBe(long.length);
      expect(frames.size, `${width} px`).toBe(long.length);
      for (const [, gx, gy, x, inner] of placed) {
        const [left, right] = frames.get(`${gx},${gy}`)!;
        const lines = inner!.includes('<tspan')
          ? [...inner!.matchAll(/<tspan[^>]*>([^<]*)</g)].map((m) => m[1]!)
          : [inner!];
        const start = Number(gx) + Number(x);
        expect(start, `${lines[0]} at ${width} px`).toBe(left);
        for (const line of lines)
          expect(start + textWidth(line, 'bold'), `"${line}" at ${width} px`).toBeLessThanOrEqual(right);
        // As few lines as fit: each line but the last could not take the next line's first word.
        for (const [i, line] of lines.slice(0, -1).entries())
          expect(start + textWidth(`${line} ${lines[i + 1]!.split(' ')[0]}`, 'bold'), `${width} px`).toBeGreaterThan(
            right,
          );
      }
    }
  });

  it('keeps a bold name of capitals within its panel at 340 px: "OHCHR Working Group" is 155 px in bold', () => {
    // Measured at a flat 7 px a letter, and not in bold, "OHCHR Working Group" was one line over a panel 140 px wide.
    const grounds = ['OHCHR Working Group on Arbitrary Detention (WGAD)', 'Autres motifs'];
    const data = [2021, 2024].flatMap((year) => grounds.map((ground, i) => ({ year, ground, count: 10 * (i + 1) })));
    const placed = names(drawn(data, 340));
    // Two panels across: the second name starts one panel's width and a gap right of the first.
    const [first, second] = placed;
    expect(second!.x).toBeGreaterThan(first!.x);
    // A panel is its step less the band padding between panels (fxPadding in small-multiples.ts: 0.12).
    const panel = (second!.x - first!.x) * (1 - 0.12);
    expect(first!.lines.length).toBeGreaterThan(1);
    for (const line of first!.lines) expect(textWidth(line!, 'bold'), line).toBeLessThanOrEqual(panel);
    expect(first!.lines[0]).not.toBe('OHCHR Working Group');
  });

  it('at 340 px, a name that would take more than three lines over two panels gets one panel across: two lines', () => {
    const placed = names(drawn(refusals, 340));
    expect(placed.map((name) => name.lines.length)).toEqual([1, 2, 1]);
    // One column: every name starts at the same x, each lower than the one before.
    expect(new Set(placed.map((name) => name.x)).size).toBe(1);
    expect(placed[1]!.y).toBeGreaterThan(placed[0]!.y);
    expect(placed[2]!.y).toBeGreaterThan(placed[1]!.y);
  });

  it('keeps two panels across at 340 px for short names, and three at 680 px for this one, within three lines', () => {
    const short = refusals.map((row) => ({ ...row, ground: row.ground.replace(/ \(.*\)$/, '') }));
    const narrow = names(drawn(short, 340));
    expect(new Set(narrow.map((name) => name.x)).size).toBe(2);
    expect(narrow.every((name) => name.lines.length === 1)).toBe(true);
    const wide = names(drawn(refusals, 680));
    expect(new Set(wide.map((name) => name.x)).size).toBe(3);
    expect(Math.max(...wide.map((name) => name.lines.length))).toBeLessThanOrEqual(3);
  });
});

describe('small multiples: the shared value scale', () => {
  /** The y-axis tick labels of a rendered chart's first panel, as numbers (English grouping). */
  const yTicks = (svg: string) =>
    // Plot's y-axis labels: right-aligned, 9 px left of the frame.
    [...svg.matchAll(/<g transform="translate\(-9,0\)"><g[^>]*text-anchor="end">((?:<text[^>]*>[^<]*<\/text>)+)/g)]
      .flatMap(([, texts]) => [...texts!.matchAll(/>([^<]*)<\/text>/g)].map(([, t]) => Number(t!.replace(/,/g, ''))))
      .filter((v) => Number.isFinite(v));

  it.each([
    [2157, 3000],
    [1010, 1500],
    [609, 800],
  ])('ends near the highest value (%d) rather than rounding far past it', (highest, top) => {
    const refusals = ['Article 2', 'Article 3', 'Other grounds'].flatMap((ground, i) =>
      [2021, 2024].map((year, j) => ({ year, ground, count: i === 2 && j === 1 ? highest : 100 + i * 10 + j })),
    );
    const svg = renderPlot(
      smallMultiples.plot(refusals, {
        columns: { year: column('integer'), ground: column('string'), count: column('integer') },
        x: 'year',
        y: 'count',
        series: 'ground',
        lang: 'en',
        width: 680,
      }),
      't',
    );
    const ticks = yTicks(svg);
    expect(ticks.length).toBeGreaterThan(0);
    expect(Math.max(...ticks)).toBe(top);
    // Two thirds of the panel's height or more is drawn on.
    expect(highest / top).toBeGreaterThan(0.66);
  });
});

describe('small multiples: panel height and end dots', () => {
  const grounds = [
    'Article 2 (droits humains)',
    'Article 3 (caractère politique, militaire, religieux ou racial)',
    'Autres motifs',
    'Article 2 bis',
  ];
  const cols = { year: column('integer', { label: 'Année' }), ground: column('string'), count: column('integer') };
  const data = (count: number) =>
    [2017, 2020, 2021, 2024].flatMap((year, j) =>
      grounds.slice(0, count).map((ground, i) => ({ year, ground, count: 100 * (i + 1) + 500 * j })),
    );
  const drawn = (count: number, width: number) =>
    renderPlot(
      smallMultiples.plot(data(count), { columns: cols, x: 'year', y: 'count', series: 'ground', lang: 'fr', width }),
      't',
    );
  /** Each panel by its translation: its frame's bottom and ends, the top of its grid, and its dots (cx, r). */
  const panels = (svg: string) => {
    const frames = [
      ...svg.matchAll(
        /<line transform="translate\(([\d.]+),([\d.]+)\)" y2="([\d.]+)" y1="[\d.]+" x2="([\d.]+)" x1="([\d.]+)" stroke-linecap/g,
      ),
    ];
    const grids = new Map(
      [
        ...svg.matchAll(
          /<g transform="translate\(([\d.]+),([\d.]+)\)" stroke="var\(--chart-grid\)">((?:<line [^>]*\/>)+)/g,
        ),
      ].map(([, gx, gy, lines]) => [
        `${gx},${gy}`,
        Math.min(...[...lines!.matchAll(/ y1="([\d.]+)"/g)].map((m) => Number(m[1]))),
      ]),
    );
    const dots = new Map(
      [
        ...svg.matchAll(
          /<g transform="translate\(([\d.]+),([\d.]+)\)" fill="var\(--chart-1\)">((?:<circle [^>]*\/>)+)/g,
        ),
      ].map(([, gx, gy, circles]) => [
        `${gx},${gy}`,
        [...circles!.matchAll(/r="([\d.]+)"[^>]* cx="([\d.]+)"/g)].map((m) => ({ r: Number(m[1]), cx: Number(m[2]) })),
      ]),
    );
    return frames.map(([, gx, gy, bottom, right, left]) => ({
      at: `${gx},${gy}`,
      bottom: Number(gy) + Number(bottom),
      top: Number(gy) + grids.get(`${gx},${gy}`)!,
      left: Number(left),
      right: Number(right),
      dots: dots.get(`${gx},${gy}`) ?? [],
    }));
  };

  it.each([
    [3, 680, 'one row of three, a name on three lines'],
    [4, 680, 'two rows'],
    [3, 340, 'one panel across'],
    [4, 340, 'two across'],
  ] as const)(
    'draws every panel 110 px tall whatever lines the names take: %i panels at %i px (%s)',
    (count, width, _layout) => {
      const svg = drawn(count, width);
      const drawnPanels = panels(svg);
      expect(drawnPanels.length).toBe(count);
      // The grid's top line is the scale's top (3,000 here): a lone row's panels were drawn 65 px tall at 680 px,
      // under an empty band, Plot's padding between rows taken out of their one band.
      for (const panel of drawnPanels) expect(panel.bottom - panel.top, panel.at).toBeCloseTo(110, 0);
      // The names stand right above their panels: the SVG is the names' room, the panels, and an axis below each.
      const height = Number(/ height="([\d.]+)"/.exec(svg)![1]);
      const lowest = Math.max(...drawnPanels.map((panel) => panel.bottom));
      expect(height - lowest).toBe(24);
    },
  );

  it('draws the first and last dots of every panel whole inside its frame, at 340 and 680 px', () => {
    for (const width of [340, 680]) {
      for (const panel of panels(drawn(4, width))) {
        expect(panel.dots.length, `${panel.at} at ${width} px`).toBe(4);
        for (const dot of panel.dots) {
          expect(dot.cx - dot.r, `${panel.at} at ${width} px`).toBeGreaterThanOrEqual(panel.left);
          expect(dot.cx + dot.r, `${panel.at} at ${width} px`).toBeLessThanOrEqual(panel.right);
        }
      }
    }
  });
});
