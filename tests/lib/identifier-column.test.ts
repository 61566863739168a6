/** Which values and columns are identifiers, in no language, and which are words. */
import { describe, expect, it } from 'vitest';
import { isIdentifier, isIdentifierColumn } from '../../src/lib/identifier-column.ts';
import type { Column } from '../../src/schemas/dataset.ts';

const text: Column = { type: 'string', description: 'A text' };

describe('identifiers', () => {
  it('takes slugs and codes with a joint or a figure for identifiers, and words, names and figures alone for none', () => {
    expect(
      ['active-red-notices', 'ccf_2019', 'rn2024', 'A/HRC/48/11', 'CCF-2019-04', 'DOC.14277'].map(isIdentifier),
    ).toEqual([true, true, true, true, true, true]);
    expect(
      ['Refused', 'refused', 'Other grounds', 'Saint-Denis', 'UN', 'follow up', 'Article 3'].map(isIdentifier),
    ).toEqual([false, false, false, false, false, false, false]);
  });

  it('takes a text column whose every value is an identifier for an identifier column, not one with a value in words, a number or a reference', () => {
    const rows = [
      { id: 'active-red-notices', mixed: 'ccf-2019', count: 3, source: 'pace-doc-14277' },
      { id: 'public-share', mixed: 'Refused', count: 4, source: 'bbc-2026' },
      { id: null, mixed: null, count: null, source: 'bbc-2026' },
    ];
    expect(isIdentifierColumn({ rows }, 'id', text)).toBe(true);
    expect(isIdentifierColumn({ rows }, 'mixed', text)).toBe(false);
    expect(isIdentifierColumn({ rows }, 'count', { type: 'integer', description: 'Count' })).toBe(false);
    expect(isIdentifierColumn({ rows }, 'source', { ...text, ref: 'source' })).toBe(false);
    expect(isIdentifierColumn({ rows: [{ id: null }] }, 'id', text)).toBe(false);
  });
});
