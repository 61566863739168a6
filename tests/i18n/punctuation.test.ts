/**
 * The marks the pages set between items (src/i18n/punctuation.ts) are the page's script's: a
 * middle dot and a comma in the Latin script, a vertical bar and the Arabic comma in the Arabic script, whose zero is
 * drawn as a dot. Built pages: tests/i18n/right-to-left.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { listComma, metaSeparator } from '../../src/i18n/punctuation.ts';

const codes = ['en', 'fr', 'he', 'az', 'fa', 'ar', 'ur', 'az-Arab', 'not a code'];

describe("the marks between a page's items", () => {
  it('separate metadata with a middle dot, and with a bar in the Arabic script, beside digits whose zero is a dot', () => {
    expect(codes.map((code) => `${code} ${metaSeparator(code)}`)).toEqual([
      'en ·',
      'fr ·',
      'he ·',
      'az ·',
      'fa |',
      'ar |',
      'ur |',
      'az-Arab |',
      'not a code ·',
    ]);
  });

  it('write the comma of the Arabic script in it, and the Latin one elsewhere', () => {
    expect(codes.map((code) => `${code} ${listComma(code)}`)).toEqual([
      'en , ',
      'fr , ',
      'he , ',
      'az , ',
      'fa \u060c ',
      'ar \u060c ',
      'ur \u060c ',
      'az-Arab \u060c ',
      'not a code , ',
    ]);
  });
});
