/**
 * Chart colours, as CSS custom properties from src/styles/tokens.css, so a chart follows the page's light, dark and
 * print styles without being drawn again. Plot writes these strings into fill/stroke attributes as they are.
 */
import type { Row } from './types.ts';

/** Categorical colours, in order; a chart tells at most this many series apart. */
export const seriesColors = ['var(--chart-1)', 'var(--chart-2)', 'var(--chart-3)', 'var(--chart-4)', 'var(--chart-5)'];

export const gridColor = 'var(--chart-grid)';
/** The page's background, as a halo around text drawn over gridlines. */
export const haloColor = 'var(--bg)';
/** The flat fill of what a chart has no row for: a country a map's dataset does not count ("not in the data"). */
export const emptyColor = 'var(--chart-empty)';

/**
 * The map's ramp, lowest class first: --chart-seq-1 mixed with --chart-seq-0 below it and with the text colour
 * (--fg) above it, so each step has more contrast with the page than the last, in light (darker) and dark (lighter)
 * alike. The lowest step keeps 3.3:1 against the page and against --chart-empty in both schemes (WCAG 1.4.11: a class
 * is what the chart says), and neighbours stay 15 or more apart in CIELAB (CIE76; tests/charts/palette.test.ts),
 * 10 or more for readers with any of the three dichromacies (simulated): the mixes and the tokens were chosen for
 * that. --chart-seq-1 is therefore its own red, turned from --chart-1 towards orange (a little in light, more in
 * dark): a protanope loses red and green, and the yellow left in an orange-red keeps the steps apart where --chart-1
 * left some 6 apart.
 * --chart-seq-0 is a greyish ground, not a pale red: mixed in, it takes chroma from the low classes as well as
 * lightness, the only room left between 3:1 and --chart-seq-1 (a pale red kept the dark ramp's neighbours 11 apart).
 * It is only ever mixed in: on its own it is about 2:1 from the page in both schemes.
 */
export const sequentialSteps = [
  'color-mix(in srgb, var(--chart-seq-1) 49%, var(--chart-seq-0))',
  'color-mix(in srgb, var(--chart-seq-1) 74%, var(--chart-seq-0))',
  'var(--chart-seq-1)',
  'color-mix(in srgb, var(--chart-seq-1) 68%, var(--fg))',
  'color-mix(in srgb, var(--chart-seq-1) 35%, var(--fg))',
] as const;

/**
 * The colour of class `i` of `n` (n <= 5): the steps spread evenly, ends included, so two classes are the ramp's
 * ends, as far apart as it allows (31 or more in CIELAB), and each set keeps its neighbours as far apart as five
 * steps can. One class alone has no neighbour to be told from and no place on a scale to show: it is --chart-seq-1,
 * the ramp's own hue.
 */
export function sequentialColor(i: number, n: number): string {
  return sequentialSteps[step(i, n, 2)]!;
}

/** The step of class `i` of `n` on a five-step ramp: spread evenly, ends included; one class alone is step `alone`. */
function step(i: number, n: number, alone: number): number {
  const last = sequentialSteps.length - 1;
  return n <= 1 ? alone : Math.round((i * last) / (n - 1));
}

/**
 * The ramp of falls on a map of changes (values either side of zero): the map's ramp in another hue, --chart-fall (a
 * blue) in place of --chart-seq-1, so a fall is told from a rise by its hue as well as by its legend. Same mixes,
 * so the legend paints these with the sequential swatches and --chart-seq-1 set to --chart-fall (.swatch-fall).
 * The token is chosen, in each scheme, so that the classes a map can use keep the rules of the sequential ramp
 * (3.3:1 against the page and --chart-empty, 15 or more apart from their neighbours, 10 or more for readers with a
 * dichromacy, every fall 15 or more from every rise for them: tests/charts/palette.test.ts).
 */
export const fallSteps = sequentialSteps.map((color) => color.replace('--chart-seq-1', '--chart-fall'));

/**
 * The colour of class `i` of `n` on a map whose values span zero, its first `below` classes below 0: a diverging
 * ramp, falls in the blue of fallSteps and rises (0 and up) in the sequential red, each side lightest next to 0 and
 * darker the further its classes are from it (ColorBrewer's RdBu, Plot's "diverging" schemes). Each side spreads
 * its classes over its steps as sequentialColor does, but a side of one class (−3 to 0 on a map of −3 to 40) is
 * the class next to 0 and takes the lightest step: the shade says the distance from 0, and the middle one made −3 look further
 * from 0 than the lowest rises.
 */
export function divergingColor(i: number, n: number, below: number): string {
  return i < below ? fallSteps[step(below - 1 - i, below, 0)]! : sequentialSteps[step(i - below, n - below, 0)]!;
}

/** The distinct values of a column, as strings, in the order they first appear (the legend's order). */
export function distinct(rows: Row[], column: string): string[] {
  return [
    ...new Set(
      rows
        .map((row) => row[column])
        .filter((v) => v !== null)
        .map(String),
    ),
  ];
}

/** An ordinal colour scale for series: Plot options `color`. */
export function seriesScale(keys: string[]): { domain: string[]; range: string[] } {
  return { domain: keys, range: seriesColors.slice(0, keys.length) };
}
