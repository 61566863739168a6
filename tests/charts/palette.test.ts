/**
 * The chart series colours of both schemes (src/styles/tokens.css), as readers with a colour-vision deficiency see
 * them: every two series stay apart (CIEDE76 distance of at least 15 after simulating deuteranopia, protanopia and
 * tritanopia with Machado, Oliveira and Fernandes' 2009 matrices at full severity), and every series keeps 3:1
 * against the page (WCAG 1.4.11). The legend and the data table name the series too; colour should not have to.
 * The map's classes keep 3.3:1 against the page, and against the flat fill of countries not in the data (WCAG 1.4.11
 * asks 3:1; at 3.07:1 the palest classes had no room for a screen's or a browser's rounding), and each is 15 or more
 * from its neighbours in CIELAB (CIE76, the measure used for the series): about six times the 2.3 of a
 * just-noticeable difference, since a reader matches a small country, far from the legend, to one of five swatches
 * of one hue, not two patches side by side. At the former floor of 10, the dark ramp's neighbours were 11 apart and
 * hard to tell apart.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/build.ts';
import { swatchClass } from '../../src/charts/legend.ts';
import { noDataFill } from '../../src/charts/map.ts';
import {
  divergingColor,
  emptyColor,
  fallSteps,
  riseSteps,
  sequentialColor,
  sequentialSteps,
  seriesColors,
} from '../../src/charts/palette.ts';

const css = readFileSync(join(repoRoot, 'src/styles/tokens.css'), 'utf8');
const darkAt = css.indexOf('prefers-color-scheme: dark');
/**
 * The value of a custom property in the light (`:root`) or the dark scheme, as the cascade gives it: the dark block's
 * own value, else the light one's; a value that names another token (`var(--chart-1)`) is that token's, in the same
 * scheme.
 */
function token(name: string, scheme: 'light' | 'dark'): string {
  const blocks = scheme === 'light' ? [css.slice(0, darkAt)] : [css.slice(darkAt), css.slice(0, darkAt)];
  for (const block of blocks) {
    const value = new RegExp(`--${name}:\\s*(#[0-9a-fA-F]{6}|var\\(--[\\w-]+\\));`).exec(block)?.[1];
    if (value) return value.startsWith('var(') ? token(value.slice(6, -1), scheme) : value;
  }
  throw new Error(`no --${name} in the ${scheme} tokens`);
}

type Rgb = [number, number, number];
const rgb = (hex: string): Rgb => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as Rgb;
const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const gamma = (c: number) => (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);
const luminance = (c: Rgb) => 0.2126 * linear(c[0]) + 0.7152 * linear(c[1]) + 0.0722 * linear(c[2]);
const contrast = (a: Rgb, b: Rgb) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};
const machado: Record<string, number[][]> = {
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};
const simulate = (c: Rgb, matrix: number[][]): Rgb => {
  const l = c.map(linear);
  return matrix.map((row) =>
    gamma(Math.min(1, Math.max(0, row[0]! * l[0]! + row[1]! * l[1]! + row[2]! * l[2]!))),
  ) as Rgb;
};
const lab = (c: Rgb): Rgb => {
  const [r, g, b] = c.map(linear) as Rgb;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
  const y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
  const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
};
const hexOf = (c: Rgb) =>
  `#${c
    .map((v) =>
      Math.round(v * 255)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
const distance = (a: Rgb, b: Rgb) => Math.hypot(...lab(a).map((v, i) => v - lab(b)[i]!));
/** The least contrast of a map's class with the page and with --chart-empty: WCAG 1.4.11's 3:1 and a margin. */
const classContrast = 3.3;

describe.each(['light', 'dark'] as const)('the %s chart series colours', (scheme) => {
  const series = [1, 2, 3, 4, 5].map((n) => token(`chart-${n}`, scheme));

  it('keep 3:1 against the page', () => {
    const page = rgb(token('bg', scheme));
    expect(series.filter((color) => contrast(rgb(color), page) < 3)).toEqual([]);
  });

  it.each(Object.keys(machado))('stay apart for readers with %s', (deficiency) => {
    const seen = series.map((color) => simulate(rgb(color), machado[deficiency]!));
    const close: string[] = [];
    for (let i = 0; i < seen.length; i++) {
      for (let j = i + 1; j < seen.length; j++) {
        const d = distance(seen[i]!, seen[j]!);
        if (d < 15) close.push(`--chart-${i + 1} and --chart-${j + 1}: ${d.toFixed(1)}`);
      }
    }
    expect(close).toEqual([]);
  });
});

/**
 * The map's classes (src/charts/palette.ts), each a CSS colour made of the tokens (a token, or `color-mix(in srgb,
 * …)` of two), resolved as the browser mixes them: in gamma-encoded sRGB.
 */
function resolve(color: string, scheme: 'light' | 'dark'): Rgb {
  // light-dark(a, b): a in the light scheme (and in print), b in the dark one.
  const pair = /^light-dark\((#[0-9a-f]{6}), (#[0-9a-f]{6})\)$/.exec(color.trim());
  if (pair) return rgb(scheme === 'light' ? pair[1]! : pair[2]!);
  const variable = /^var\(--([\w-]+)\)$/.exec(color.trim());
  if (variable) return rgb(token(variable[1]!, scheme));
  const mix = /^color-mix\(in srgb, (var\(--[\w-]+\)) (\d+(?:\.\d+)?)%, (var\(--[\w-]+\))\)$/.exec(color.trim());
  if (!mix) throw new Error(`cannot resolve ${color}`);
  const [a, b, share] = [resolve(mix[1]!, scheme), resolve(mix[3]!, scheme), Number(mix[2]) / 100];
  return a.map((v, i) => Math.round((v * share + b[i]! * (1 - share)) * 255) / 255) as Rgb;
}

/** Every set of class colours a map can have: one to five classes. */
const classSets = [1, 2, 3, 4, 5].map((n) => Array.from({ length: n }, (_, i) => sequentialColor(i, n)));

/**
 * Every set of class colours a map of values either side of zero can have: two to five classes, one to four of them
 * below 0, each set as [the falls, from the one furthest below 0; the rises, from 0 up].
 */
const divergingSets = [2, 3, 4, 5].flatMap((n) =>
  Array.from({ length: n - 1 }, (_, k) => {
    const below = k + 1;
    const colors = Array.from({ length: n }, (_, i) => divergingColor(i, n, below));
    return { name: `${n} classes, ${below} below 0`, falls: colors.slice(0, below), rises: colors.slice(below) };
  }),
);

describe.each(['light', 'dark'] as const)('the %s map classes', (scheme) => {
  it(`each keep ${classContrast}:1 against the page, and against --chart-empty (countries not in the data)`, () => {
    const page = rgb(token('bg', scheme));
    const empty = rgb(token('chart-empty', scheme));
    const low: string[] = [];
    for (const color of new Set(classSets.flat())) {
      const ratios = [contrast(resolve(color, scheme), page), contrast(resolve(color, scheme), empty)];
      if (Math.min(...ratios) < classContrast) low.push(`${color}: ${ratios.map((r) => r.toFixed(2)).join(' and ')}:1`);
    }
    expect(low).toEqual([]);
  });

  it('go from the least to the most contrast with the page, each step distinguishable from the next', () => {
    const page = rgb(token('bg', scheme));
    const close: string[] = [];
    for (const set of classSets) {
      const colors = set.map((color) => resolve(color, scheme));
      for (let i = 1; i < colors.length; i++) {
        expect(contrast(colors[i]!, page), `${set[i]} after ${set[i - 1]}`).toBeGreaterThan(
          contrast(colors[i - 1]!, page),
        );
        const d = distance(colors[i]!, colors[i - 1]!);
        if (d < 15) close.push(`${set.length} classes: ${set[i]} after ${set[i - 1]}: ${d.toFixed(1)}`);
      }
    }
    expect(close).toEqual([]);
  });
});

/**
 * The map's classes are Plot's "inferno" scheme, at the points palette.ts names, darker for more on the light page
 * and lighter for more on the dark one: a scheme whose hue turns as its lightness does, so that neighbouring classes
 * differ in both. The steps of one red were 19 apart (CIE76) and hard to tell apart on small countries at 360 px;
 * these are 20 or more apart, in both schemes.
 */
describe("the map's classes as a named scheme", () => {
  const inferno = Plot.scale({ color: { type: 'linear', scheme: 'inferno', domain: [0, 1] } });
  const points = { light: [0.613, 0.485, 0.356, 0.228, 0.1], dark: [0.543, 0.657, 0.772, 0.886, 1] };

  it.each(['light', 'dark'] as const)('are Plot\'s "inferno" in the %s scheme, lowest class first', (scheme) => {
    expect(sequentialSteps.map((color) => resolve(color, scheme)).map(hexOf)).toEqual(
      points[scheme].map((t) => inferno.apply(t)),
    );
  });

  it.each(['light', 'dark'] as const)('keep neighbouring classes 20 or more apart in the %s scheme', (scheme) => {
    const close: string[] = [];
    for (const set of classSets) {
      for (let i = 1; i < set.length; i++) {
        const d = distance(resolve(set[i]!, scheme), resolve(set[i - 1]!, scheme));
        if (d < 20) close.push(`${set.length} classes: ${set[i]} after ${set[i - 1]}: ${d.toFixed(1)}`);
      }
    }
    expect(close).toEqual([]);
  });
});

describe.each(['light', 'dark'] as const)('the %s classes of a map of values either side of zero', (scheme) => {
  it(`each keep ${classContrast}:1 against the page, and against --chart-empty`, () => {
    const page = rgb(token('bg', scheme));
    const empty = rgb(token('chart-empty', scheme));
    const low: string[] = [];
    for (const color of new Set(divergingSets.flatMap((set) => [...set.falls, ...set.rises]))) {
      const ratios = [contrast(resolve(color, scheme), page), contrast(resolve(color, scheme), empty)];
      if (Math.min(...ratios) < classContrast) low.push(`${color}: ${ratios.map((r) => r.toFixed(2)).join(' and ')}:1`);
    }
    expect(low).toEqual([]);
  });

  it('are lightest next to 0 on either side, each class distinguishable from its neighbours', () => {
    const page = rgb(token('bg', scheme));
    const close: string[] = [];
    for (const { name, falls, rises } of divergingSets) {
      // Away from 0: the falls from the one nearest 0 down, the rises from 0 up.
      for (const side of [[...falls].reverse(), rises]) {
        const colors = side.map((color) => resolve(color, scheme));
        for (let i = 1; i < colors.length; i++) {
          expect(contrast(colors[i]!, page), `${name}: ${side[i]} after ${side[i - 1]}`).toBeGreaterThan(
            contrast(colors[i - 1]!, page),
          );
        }
      }
      const colors = [...falls, ...rises];
      for (let i = 1; i < colors.length; i++) {
        const d = distance(resolve(colors[i]!, scheme), resolve(colors[i - 1]!, scheme));
        if (d < 15) close.push(`${name}: ${colors[i]} after ${colors[i - 1]}: ${d.toFixed(1)}`);
      }
    }
    expect(close).toEqual([]);
  });

  it('give the class next to 0 on either side the lightest step, a side of one class too', () => {
    // A side of one class (−3 to 0 on a map of −3 to 40) is the class next to 0: the middle step made it look as far
    // from 0 as the rises two or three classes up.
    const notLightest: string[] = [];
    for (const { name, falls, rises } of divergingSets) {
      if (falls.at(-1) !== fallSteps[0]) notLightest.push(`${name}: fall ${falls.at(-1)}`);
      if (rises[0] !== riseSteps[0]) notLightest.push(`${name}: rise ${rises[0]}`);
    }
    expect(notLightest).toEqual([]);
    // A side of two classes spans its ramp, lightest next to 0, as a sequential map of two classes does.
    expect(divergingColor(0, 3, 2)).toBe(fallSteps.at(-1));
    expect([sequentialColor(0, 2), sequentialColor(1, 2)]).toEqual([sequentialSteps[0], sequentialSteps.at(-1)]);
  });

  it('tell every fall from every rise by more than a step of one ramp', () => {
    const close: string[] = [];
    for (const { name, falls, rises } of divergingSets) {
      for (const fall of falls) {
        for (const rise of rises) {
          const d = distance(resolve(fall, scheme), resolve(rise, scheme));
          if (d < 30) close.push(`${name}: ${fall} and ${rise}: ${d.toFixed(1)}`);
        }
      }
    }
    expect(close).toEqual([]);
  });
});

/**
 * The map's classes as readers with a colour-vision deficiency see them (the three dichromacies, simulated as for the
 * series colours). Neighbouring classes stay 10 or more apart (CIE76): the floor for normal vision is 15, but full
 * dichromacy is the worst case a simulation gives (the milder anomalous trichromacies, most readers with a
 * deficiency, see more), such a reader loses one of the two hue axes by definition, so a ramp of one hue is told by
 * its lightness alone, and the legend and the data table give every class in words. 10 is still over four times the
 * 2.3 of a just-noticeable difference, the floor the sequential ramp used for normal vision before it rose to 15, and
 * the usual floor of tools that check adjacent map classes this way. Across 0, every fall stays 15 or more from
 * every rise (the series colours' floor: a fall and a rise are two kinds, not two steps), above all the two classes
 * next to 0, the lightest of their ramps and so the least coloured.
 */
describe.each(['light', 'dark'] as const)(
  'the %s map classes, for readers with a colour-vision deficiency',
  (scheme) => {
    const seen = (color: string, deficiency: string) => simulate(resolve(color, scheme), machado[deficiency]!);

    it.each(Object.keys(machado))('stay 10 or more apart from their neighbours for readers with %s', (deficiency) => {
      const close: string[] = [];
      const sets = [
        ...classSets.map((set) => ({ name: `${set.length} classes`, colors: set })),
        ...divergingSets.map(({ name, falls, rises }) => ({ name, colors: [...falls, ...rises] })),
      ];
      for (const { name, colors } of sets) {
        for (let i = 1; i < colors.length; i++) {
          const d = distance(seen(colors[i]!, deficiency), seen(colors[i - 1]!, deficiency));
          if (d < 10) close.push(`${name}: ${colors[i]} after ${colors[i - 1]}: ${d.toFixed(1)}`);
        }
      }
      expect(close).toEqual([]);
    });

    it.each(Object.keys(machado))(
      'keep every fall 15 or more from every rise for readers with %s, the two next to 0 too',
      (deficiency) => {
        const close: string[] = [];
        for (const { name, falls, rises } of divergingSets) {
          // The two classes next to 0 are among these: the last fall and the first rise.
          for (const fall of falls) {
            for (const rise of rises) {
              const d = distance(seen(fall, deficiency), seen(rise, deficiency));
              if (d < 15) close.push(`${name}: ${fall} and ${rise}: ${d.toFixed(1)}`);
            }
          }
        }
        expect(close).toEqual([]);
      },
    );
  },
);

describe("the legend's swatches", () => {
  const legendCss = readFileSync(join(repoRoot, 'src/components/chart/ChartLegend.astro'), 'utf8');
  /**
   * The colour a swatch's classes paint: the background of its one class that sets one, with the custom properties
   * its other classes set (`.swatch-fall { --chart-seq-1: … }`) put in place of theirs, as the browser resolves them.
   */
  function painted(classes: string): string | undefined {
    let background: string | undefined;
    const set: [string, string][] = [];
    for (const name of classes.split(' ')) {
      const rule = new RegExp(`\\.${name} \\{ ([^}]+?);? \\}`).exec(legendCss)?.[1];
      for (const declaration of rule?.split('; ') ?? []) {
        const [property, value] = declaration.split(/: (.*)/s) as [string, string];
        if (property === 'background') background = value;
        else if (property.startsWith('--')) set.push([property, value]);
      }
    }
    return set.reduce((color, [property, value]) => color?.replaceAll(`var(${property})`, value), background);
  }

  it('paint every colour a chart can use, with that colour', () => {
    const missing: string[] = [];
    const mapColors = [...classSets.flat(), ...divergingSets.flatMap((set) => [...set.falls, ...set.rises])];
    for (const color of [...new Set(mapColors), ...seriesColors, emptyColor]) {
      const paint = painted(swatchClass(color));
      if (paint !== color) missing.push(`${color} (.${swatchClass(color)}: ${paint ?? 'no rule'})`);
    }
    expect(missing).toEqual([]);
    // "No data" is the map's hatching, a class of its own.
    expect(swatchClass(noDataFill)).not.toBe(swatchClass(emptyColor));
    expect(legendCss).toMatch(new RegExp(`\\.${swatchClass(noDataFill)} \\{ background: repeating-linear-gradient\\(`));
  });
});
