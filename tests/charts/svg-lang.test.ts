/**
 * A chart drawn for a French page from a dataset that leaves some texts in English: the SVG labels showing them say
 * so with lang="en", and nothing else in the drawing is marked.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { chartFigure } from '../../src/charts/figure.ts';
import { markSvgText } from '../../src/charts/svg-lang.ts';
import type { ChartSpec } from '../../src/schemas/chart.ts';
import { column } from './golden.ts';

const dataset = {
  columns: {
    ground: column('string', { label: 'Motif' }),
    count: column('integer', { label: 'Refusées' }),
    date: column('date'),
    event: column('string'),
  },
  rows: [
    {
      ground: 'Article 3 (neutralité)',
      count: 1200,
      date: '2021-05',
      event: 'Interpol puts Turkey’s requests under reinforced checks & reviews them one by one',
    },
    { ground: 'Other grounds', count: 40, date: '2026-01-26', event: 'Les Interpol Files sont publiés' },
  ],
};
const untranslated = [
  'Other grounds',
  'Interpol puts Turkey’s requests under reinforced checks & reviews them one by one',
];

/** Each SVG text of `svg` with its lang attribute, its lines joined by a space. */
function texts(svg: string): [string, string | null][] {
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  return [...document.querySelectorAll('text')].map((text) => [
    [...text.childNodes].map((node) => node.textContent).join(' '),
    text.getAttribute('lang'),
  ]);
}

function drawn(spec: ChartSpec): string[] {
  const figure = chartFigure({ spec, dataset, lang: 'fr' });
  return [figure.narrow, figure.wide].filter((svg) => svg !== undefined);
}

describe('markSvgText', () => {
  it('marks a bar chart’s category left in English, not the translated one nor the figures', () => {
    for (const svg of drawn({ type: 'bar', x: 'ground', y: 'count', title: 'T' })) {
      const marked = texts(markSvgText(svg, untranslated, 'en'));
      expect(marked).toContainEqual(['Other grounds', 'en']);
      expect(marked).toContainEqual(['Article 3 (neutralité)', null]);
      expect(marked).toContainEqual(['1\u202f200', null]);
      expect(marked.filter(([, lang]) => lang !== null)).toEqual([['Other grounds', 'en']]);
    }
  });

  it('marks a timeline event left in English, wrapped over several lines, with an escaped character', () => {
    const [narrow] = drawn({ type: 'timeline', x: 'date', label: 'event', title: 'T' });
    expect(narrow).toContain('&amp;');
    const marked = texts(markSvgText(narrow!, untranslated, 'en')).filter(([, lang]) => lang !== null);
    expect(marked.map(([text, lang]) => [text.replace(/\s+/g, ' '), lang])).toEqual([[untranslated[1], 'en']]);
    expect(narrow!.match(/<tspan/g)?.length).toBeGreaterThan(1);
  });

  it('marks a value labelled with a qualifier left in English, the figure beside it in no language', () => {
    const svg = '<svg><text>roughly 1\u202f200</text><text>environ 170</text><text>12</text></svg>';
    expect(texts(markSvgText(svg, ['roughly'], 'en'))).toEqual([
      ['roughly 1\u202f200', 'en'],
      ['environ 170', null],
      ['12', null],
    ]);
  });

  it('leaves a text without a letter, and one that already says its language, as it is', () => {
    expect(
      markSvgText('<svg><text>2024</text><text lang="fr">Other grounds</text></svg>', ['2024', 'Other grounds'], 'en'),
    ).toBe('<svg><text>2024</text><text lang="fr">Other grounds</text></svg>');
  });
});
