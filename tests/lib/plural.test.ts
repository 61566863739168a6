import { describe, expect, it } from 'vitest';
import { pluralForm } from '../../src/lib/plural.ts';

describe('plural forms', () => {
  it('picks "one" or "other" by the rules of the page language', () => {
    expect([0, 1, 2].map((n) => pluralForm(n, 'en'))).toEqual(['other', 'one', 'other']);
    expect([0, 1, 2].map((n) => pluralForm(n, 'fr'))).toEqual(['one', 'one', 'other']);
  });
});
