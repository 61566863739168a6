import { describe, expect, it } from 'vitest';
import { curlyApostrophes, frenchSpacing, typeset, typesetStrings } from '../../src/lib/typography.ts';

describe('typesetting attributes', () => {
  it('curls apostrophes between letters, in English and French, and leaves quotation marks alone', () => {
    expect(curlyApostrophes("Where the wanted people on Interpol's public list come from")).toBe('Where the wanted people on Interpol’s public list come from');
    expect(curlyApostrophes("l'enquête d'Interpol")).toBe('l’enquête d’Interpol');
    expect(curlyApostrophes("the 'red notice' of the '90s")).toBe("the 'red notice' of the '90s");
    expect(curlyApostrophes('Already curly’s fine')).toBe('Already curly’s fine');
  });
});

describe('frenchSpacing', () => {
  it('makes the space before : ; ! ? » and after « one that does not break, and leaves the rest as written', () => {
    expect(frenchSpacing('Motif : Article 3 ; voir « diffusion » ! Vraiment ?')).toBe(
      'Motif\u00a0: Article 3\u202f; voir «\u00a0diffusion\u00a0»\u202f! Vraiment\u202f?',
    );
    // A line break an editor typed there, too; punctuation without a space, a URL's colon, English: unchanged.
    expect(frenchSpacing('comme «\ndiffusion\n»')).toBe('comme «\u00a0diffusion\u00a0»');
    expect(frenchSpacing('https://example.org/a:b «x»')).toBe('https://example.org/a:b «x»');
    expect(typeset('Ratio : 3', 'en')).toBe('Ratio : 3');
    expect(typeset('Ratio : 3', 'fr-CA')).toBe('Ratio\u00a0: 3');
  });

  it('typesets the string values of a translation, not its keys', () => {
    const translation = { title: 'Refus : par motif', columns: { ground: { values: { 'Other : grounds': 'Autres : motifs' } } } };
    expect(typesetStrings(translation, 'fr')).toEqual({ title: 'Refus\u00a0: par motif', columns: { ground: { values: { 'Other : grounds': 'Autres\u00a0: motifs' } } } });
    expect(typesetStrings(translation, 'en')).toEqual(translation);
  });
});
