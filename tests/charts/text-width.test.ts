import { describe, expect, it } from 'vitest';
import { textWidth } from '../../src/charts/text-width.ts';

describe('textWidth', () => {
  it('measures each character: "WWW" is wider than three characters of a flat 7 px, "iii" narrower', () => {
    expect(textWidth('WWW')).toBeGreaterThan(3 * 7);
    expect(textWidth('iii')).toBeLessThan(3 * 7);
    expect(textWidth('WWW')).toBeGreaterThan(3 * textWidth('iii'));
  });

  it('measures bold wider than regular, and no character of Latin-1, Latin Extended-A or French typography narrower', () => {
    const sample = 'Article 3 (caractère politique) — 4\u202f817 « Russie » WMiil.0123456789';
    expect(textWidth(sample, 'bold')).toBeGreaterThan(textWidth(sample));
    expect(textWidth('Russia', 'bold') - textWidth('Russia')).toBeGreaterThan(3);
    const chars = [
      ...Array.from({ length: 0x17f - 0x20 + 1 }, (_, i) => String.fromCharCode(0x20 + i)),
      ...'\u00a0\u202f\u2007\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u2212\u20ac',
    ];
    for (const char of chars) expect(textWidth(char, 'bold'), char).toBeGreaterThanOrEqual(textWidth(char));
  });

  it('gives DejaVu Sans advances at 12px where it is the wider font: a figure 7.64 px, "m" 11.7, a space 3.82', () => {
    expect(textWidth('1')).toBeCloseTo(7.64, 1);
    expect(textWidth('m')).toBeCloseTo(11.7, 1);
    expect(textWidth(' ')).toBeCloseTo(3.82, 1);
    // Plot's macOS system-ui where that is wider: its hyphen is 5.76 px at 12px, DejaVu's 4.33.
    expect(textWidth('-')).toBeCloseTo(5.76, 1);
  });

  it('measures a letter with an accent as its base letter, composed or not, and a combining accent as nothing', () => {
    expect(textWidth('É')).toBe(textWidth('E'));
    expect(textWidth('ş')).toBe(textWidth('s'));
    expect(textWidth('e\u0301')).toBe(textWidth('e'));
  });

  it('keeps French spacing apart: a no-break space as wide as a space, a narrow one narrower', () => {
    expect(textWidth('3\u00a0mai')).toBe(textWidth('3 mai'));
    expect(textWidth('4\u202f817')).toBeLessThan(textWidth('4 817'));
    expect(textWidth('4\u202f817')).toBeGreaterThan(textWidth('4817'));
  });

  it('gives a character outside the table a width: an ideograph an em, another letter an "n" or an "H"', () => {
    expect(textWidth('中')).toBe(12);
    expect(textWidth('д')).toBe(textWidth('n'));
    expect(textWidth('Д')).toBe(textWidth('H'));
    expect(textWidth('')).toBe(0);
  });
});
