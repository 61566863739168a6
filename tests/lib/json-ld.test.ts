import { describe, expect, it } from 'vitest';
import { articleJsonLd, type ArticleFacts } from '../../src/lib/json-ld.ts';

const facts: ArticleFacts = {
  headline: 'The Interpol Files',
  description: 'How states use red notices against critics abroad.',
  url: 'https://example.org/fr/stories/the-interpol-files/',
  image: 'https://example.org/fr/stories/the-interpol-files/card.png',
  published: new Date('2026-01-26T00:00:00Z'),
  modified: new Date('2026-02-03T00:00:00Z'),
  authors: ['A. Reporter'],
  publisher: 'Casefile',
  lang: 'fr',
  corrections: [{ date: new Date('2026-02-03T00:00:00Z'), text: 'An earlier version gave the wrong year.' }],
};

describe('a NewsArticle for search engines', () => {
  it("says every fact of the article, each in schema.org's field, and its corrections as CorrectionComments", () => {
    expect(articleJsonLd(facts)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'The Interpol Files',
      description: 'How states use red notices against critics abroad.',
      image: ['https://example.org/fr/stories/the-interpol-files/card.png'],
      inLanguage: 'fr',
      datePublished: '2026-01-26T00:00:00.000Z',
      dateModified: '2026-02-03T00:00:00.000Z',
      author: [{ '@type': 'Person', name: 'A. Reporter' }],
      publisher: { '@type': 'Organization', name: 'Casefile' },
      mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://example.org/fr/stories/the-interpol-files/' },
      correction: [
        { '@type': 'CorrectionComment', text: 'An earlier version gave the wrong year.', datePublished: '2026-02-03' },
      ],
    });
  });

  it('has no correction field for an article never corrected', () => {
    expect(articleJsonLd({ ...facts, corrections: [] })).not.toHaveProperty('correction');
  });
});
