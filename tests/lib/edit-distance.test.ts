/** "Did you mean" hints for a column (src/lib/edit-distance.ts). */
import { describe, expect, it } from 'vitest';
import { columnHint } from '../../src/lib/edit-distance.ts';

describe('columnHint', () => {
  it('names the column a name differs from only by case before another column whose label it is', () => {
    // "Year" is the column year written with a capital, though the column period is labelled "Year".
    const dataset = { columns: { year: { label: 'Calendar year' }, period: { label: 'Year' } } };
    expect(columnHint('Year', ['year', 'period'], dataset)).toBe(': did you mean "year"?');
    const translated = { columns: {}, translations: { fr: { columns: { period: { label: 'Year' } } } } };
    expect(columnHint('YEAR', ['year', 'period'], translated)).toBe(': did you mean "year"?');
  });

  it('names the column whose label was given when no column has the name in another case', () => {
    const dataset = { columns: { year: { label: 'Year' }, issued: { label: 'Red notices issued' } } };
    expect(columnHint('Red notices issued', ['year', 'issued'], dataset)).toBe(
      ': "Red notices issued" is the label of the column "issued"; name the column, "issued"',
    );
    // The label of the column of that name: the label is said.
    expect(columnHint('Year', ['year', 'issued'], dataset)).toBe(
      ': "Year" is the label of the column "year"; name the column, "year"',
    );
    expect(columnHint('isued', ['year', 'issued'], dataset)).toBe(': did you mean "issued"?');
  });
});
