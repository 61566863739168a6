/**
 * The chart series colours of both schemes (src/styles/tokens.css), as readers with a colour-vision deficiency see
 * them: every two series stay apart (CIEDE76 distance of at least 15 after simulating deuteranopia, protanopia and
 * tritanopia with Machado, Oliveira and Fernandes' 2009 matrices at full severity), and every series keeps 3:1
 * against the page (WCAG 1.4.11). The legend and the data table name the series too; colour should not have to.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/build.ts';

const css = readFileSync(join(repoRoot, 'src/styles/tokens.css'), 'utf8');
const darkAt = css.indexOf('prefers-color-scheme: dark');
/** The value of a custom property in the light (`:root`) or the dark block. */
function token(name: string, scheme: 'light' | 'dark'): string {
  const block = scheme === 'light' ? css.slice(0, darkAt) : css.slice(darkAt);
  const value = new RegExp(`--${name}:\\s*(#[0-9a-fA-F]{6})`).exec(block)?.[1];
  if (!value) throw new Error(`no --${name} in the ${scheme} tokens`);
  return value;
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
  deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],
  protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
  tritanopia: [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.3039]],
};
const simulate = (c: Rgb, matrix: number[][]): Rgb => {
  const l = c.map(linear);
  return matrix.map((row) => gamma(Math.min(1, Math.max(0, row[0]! * l[0]! + row[1]! * l[1]! + row[2]! * l[2]!)))) as Rgb;
};
const lab = (c: Rgb): Rgb => {
  const [r, g, b] = c.map(linear) as Rgb;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
  const y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
  const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
};
const distance = (a: Rgb, b: Rgb) => Math.hypot(...lab(a).map((v, i) => v - lab(b)[i]!));

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
