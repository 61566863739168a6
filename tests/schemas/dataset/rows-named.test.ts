/** Where in a dataset's rows a problem repeats (src/schemas/dataset/rows-named.ts), in words that read true. */
import { describe, expect, it } from 'vitest';
import { rowsSuffix } from '../../../src/schemas/dataset/rows-named.ts';

const rows = [
  { year: 2020, issued: '222' },
  { year: 2021, issued: 15 },
  { year: 2022, issued: '3,330' },
  { year: 2023, issued: '222' },
];

describe('rowsSuffix', () => {
  it('says "the same problem" of rows holding another value than the one quoted, "the same" of rows holding it', () => {
    expect(rowsSuffix(rows, 'year', 'issued', [0, 2])).toBe(
      ' (the row where year is 2020), and the same problem in 1 more row (where year is 2022)',
    );
    expect(rowsSuffix(rows, 'year', 'issued', [0, 3])).toBe(
      ' (the row where year is 2020), and the same in 1 more row (where year is 2023)',
    );
    expect(rowsSuffix(rows, 'year', 'issued', [0, 1, 2, 3])).toBe(
      ' (the row where year is 2020), and the same problem in the 3 other rows',
    );
    expect(rowsSuffix(rows, 'year', 'issued', [0])).toBe(' (the row where year is 2020)');
  });
});
