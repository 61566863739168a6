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
 * The map's ramp, lowest class first: Plot's "inferno" scheme (matplotlib's, d3.interpolateInferno), five points of
 * it for each of the page's schemes, as CSS light-dark() pairs, so that a map follows the page's light, dark and
 * print styles without being drawn again (print sets color-scheme: light). On the light page t = 0.613, 0.485,
 * 0.356, 0.228 and 0.1, darker for more; on the dark one t = 0.543, 0.657, 0.772, 0.886 and 1, lighter for more:
 * each step has more contrast with the page than the last. Its hue turns as its lightness does (orange, crimson,
 * purple, violet; red, orange, amber, yellow), where the steps of one red, told apart by lightness and chroma alone,
 * were hard to tell apart on small countries at phone width. The lightest points are those that keep 3.3:1 against
 * the page and --chart-empty in each scheme (WCAG 1.4.11: a class is what the chart says; t = 0.1 stops short of
 * the text's black); ColorBrewer's sequential schemes, whose pale half a light page cannot use at 3:1, left
 * neighbours 7 to 9 apart there. Neighbours stay 20 or more apart in CIELAB (CIE76), 10 or more for readers with
 * any of the three dichromacies (simulated): tests/charts/palette.test.ts.
 */
export const sequentialSteps = [
  'light-dark(#e05536, #cb4149)',
  'light-dark(#b63458, #eb6628)',
  'light-dark(#82206c, #fb9706)',
  'light-dark(#4d0d6c, #f8cf3a)',
  'light-dark(#160b39, #fcffa4)',
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
 * The ramps of a map of changes (values either side of zero), two hues split at 0 as ColorBrewer's RdBu is: rises
 * in a red, --chart-seq-1, falls in a blue, --chart-fall, each mixed with --chart-seq-0 (a greyish ground) below it
 * and with the text colour above it, so each step has more contrast with the page than the last and a fall is told
 * from a rise by its hue as well as by its legend. The tokens are chosen, in each scheme, so that the classes keep 3.3:1
 * against the page and --chart-empty, 15 or more apart from their neighbours, 10 or more for readers with a
 * dichromacy, and every fall 15 or more from every rise for them (tests/charts/palette.test.ts). Not "inferno" (the
 * one-sign ramp above): its violets are too near the blue of falls, for readers with a dichromacy above all.
 */
const twoHueSteps = (hue: string) =>
  [
    `color-mix(in srgb, var(${hue}) 49%, var(--chart-seq-0))`,
    `color-mix(in srgb, var(${hue}) 74%, var(--chart-seq-0))`,
    `var(${hue})`,
    `color-mix(in srgb, var(${hue}) 68%, var(--fg))`,
    `color-mix(in srgb, var(${hue}) 35%, var(--fg))`,
  ] as const;
export const riseSteps: readonly string[] = twoHueSteps('--chart-seq-1');
export const fallSteps: readonly string[] = twoHueSteps('--chart-fall');

/**
 * The colour of class `i` of `n` on a map whose values span zero, its first `below` classes below 0: a diverging
 * ramp, falls in the blue of fallSteps and rises (0 and up) in the sequential red, each side lightest next to 0 and
 * darker the further its classes are from it (ColorBrewer's RdBu, Plot's "diverging" schemes). Each side spreads
 * its classes over its steps as sequentialColor does, but a side of one class (−3 to 0 on a map of −3 to 40) is
 * the class next to 0 and takes the lightest step: the shade says the distance from 0, and the middle one made −3 look further
 * from 0 than the lowest rises.
 */
export function divergingColor(i: number, n: number, below: number): string {
  return i < below ? fallSteps[step(below - 1 - i, below, 0)]! : riseSteps[step(i - below, n - below, 0)]!;
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
