/**
 * Markup in texts printed as written (src/lib/plain-text-markup.ts): what CommonMark would render as markup and an
 * editor plausibly meant as such is refused; text that merely has brackets, parentheses or underscores is not.
 */
import { describe, expect, it } from 'vitest';
import { plainTextMarkup } from '../../src/lib/plain-text-markup.ts';
import { datasetMarkup } from '../../src/lib/data-text-markup.ts';
import type { DatasetWithId } from '../../src/schemas/dataset.ts';

const markup = (text: string) => plainTextMarkup(text)?.markup;

describe('markup in a plain text', () => {
  it('refuses a link to an address, a path, a file or an anchor, with or without a title or angle brackets', () => {
    for (const text of [
      'See [the report](https://example.org/report).',
      'See [the method](/methodology/).',
      'See [the notes](../notes/) and more.',
      'See [the file](report.pdf).',
      'See [below](#notes).',
      'Write to [us](mailto:desk@example.org).',
      'See [the site](www.example.org).',
      'See [the report](https://example.org/report "The report").',
      'See [the report](<https://example.org/a report>).',
      '![A chart](/charts/a.png)',
    ]) {
      expect(markup(text), text).toBe('[link](…)');
    }
  });

  it('leaves a footnote mark or a bracketed word followed by a year or a word in parentheses as text', () => {
    for (const text of [
      'Interpol [1](2019)',
      '[1](2019–2020)',
      'Ratio [a](b)',
      '[sic](sic)',
      '[1](1.5)',
      '[1] (2019)',
      '[1](p. 4)',
    ]) {
      expect(markup(text), text).toBeUndefined();
    }
  });

  it('still refuses emphasis, which CommonMark renders however short the word', () => {
    expect(markup('_id_')).toBe('_id_');
    expect(markup('*id*')).toBe('*id*');
  });

  it('leaves a footnote-like mark in a dataset value or note alone', () => {
    const dataset = {
      id: 'issued',
      file: 'data/issued.json',
      title: 'Issued',
      description: 'Issued per year.',
      notes: ['Figures revised [1](2019).'],
      corrections: [],
      columns: { year: { type: 'integer', description: 'Year' }, note: { type: 'string', description: 'Note' } },
      rows: [
        { year: 2019, note: 'Revised [2](2020)' },
        { year: 2020, note: 'See [it](https://example.org/)' },
      ],
    } as unknown as DatasetWithId & { file: string };
    expect(datasetMarkup(dataset).map((error) => error.message)).toEqual([
      expect.stringMatching(/^data\/issued\.json: rows\[1\]\.note: \[link\]\(…\) would be printed as written/),
    ]);
  });
});
