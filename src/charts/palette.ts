/**
 * Chart colours, as CSS custom properties from src/styles/tokens.css, so a chart follows the page's light, dark and
 * print styles without being drawn again. Plot writes these strings into fill/stroke attributes as they are.
 */
import type { Row } from './types.ts';

/** Categorical colours, in order; a chart tells at most this many series apart. */
export const seriesColors = ['var(--chart-1)', 'var(--chart-2)', 'var(--chart-3)', 'var(--chart-4)', 'var(--chart-5)'];

export const gridColor = 'var(--chart-grid)';
export const emptyColor = 'var(--chart-empty)';

/** The i-th of `n` steps from --chart-seq-0 (low) to --chart-seq-1 (high), mixed by the browser. */
export function sequentialColor(i: number, n: number): string {
  const share = n <= 1 ? 100 : Math.round((100 * (i + 1)) / n);
  return `color-mix(in srgb, var(--chart-seq-1) ${share}%, var(--chart-seq-0))`;
}

/** The distinct values of a column, as strings, in the order they first appear (the legend's order). */
export function distinct(rows: Row[], column: string): string[] {
  return [...new Set(rows.map((row) => row[column]).filter((v) => v !== null).map(String))];
}

/** An ordinal colour scale for series: Plot options `color`. */
export function seriesScale(keys: string[]): { domain: string[]; range: string[] } {
  return { domain: keys, range: seriesColors.slice(0, keys.length) };
}
