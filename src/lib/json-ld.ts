/**
 * The schema.org NewsArticle that story and case pages embed as JSON-LD, with their corrections as
 * CorrectionComment entries (https://schema.org/correction).
 */
import type { Correction } from './corrections.ts';

export interface ArticleFacts {
  headline: string;
  description: string;
  /** The canonical URL of the page. */
  url: string;
  image: string;
  published: Date;
  modified: Date;
  authors: string[];
  publisher: string;
  lang: string;
  corrections: Correction[];
}

/** A NewsArticle object ready to be serialised. */
export function articleJsonLd(a: ArticleFacts): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: a.headline,
    description: a.description,
    image: [a.image],
    inLanguage: a.lang,
    datePublished: a.published.toISOString(),
    dateModified: a.modified.toISOString(),
    author: a.authors.map((name) => ({ '@type': 'Person', name })),
    publisher: { '@type': 'Organization', name: a.publisher },
    mainEntityOfPage: { '@type': 'WebPage', '@id': a.url },
    ...(a.corrections.length > 0
      ? {
          correction: a.corrections.map((c) => ({
            '@type': 'CorrectionComment',
            text: c.text,
            datePublished: c.date.toISOString().slice(0, 10),
          })),
        }
      : {}),
  };
}
