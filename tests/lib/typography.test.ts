import { describe, expect, it } from 'vitest';
import { curlyApostrophes } from '../../src/lib/typography.ts';

describe('typesetting attributes', () => {
  it('curls apostrophes between letters, in English and French, and leaves quotation marks alone', () => {
    expect(curlyApostrophes("Where the wanted people on Interpol's public list come from")).toBe('Where the wanted people on Interpol’s public list come from');
    expect(curlyApostrophes("l'enquête d'Interpol")).toBe('l’enquête d’Interpol');
    expect(curlyApostrophes("the 'red notice' of the '90s")).toBe("the 'red notice' of the '90s");
    expect(curlyApostrophes('Already curly’s fine')).toBe('Already curly’s fine');
  });
});
