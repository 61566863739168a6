/**
 * What the social card of a story or case file says: the site's name, what the page is, its headline and its key
 * figure, in the page's language. Apart from src/lib/social-card-page.ts, which reads Astro's collections, so that a
 * test can lay out every card of a project read from disk (src/lib/load-project.ts).
 */
import { keyFigure } from './social-card-figure.ts';
import type { CardContent } from './social-card-layout.ts';
import { t } from '../i18n/index.ts';
import { metaSeparator } from '../i18n/punctuation.ts';
import { site } from '../site.config.ts';
import type { Dataset } from '../schemas/dataset.ts';

/** A page as its card reads it: its file (for messages), its title, its MDX body and its language. */
export interface CardPage {
  file: string;
  title: string;
  body: string;
  lang: string;
}

/** The card of `page`, a page of `collection`, whose figures come from `datasets`. */
export function socialCardContent(
  collection: 'stories' | 'cases',
  page: CardPage,
  datasets: ReadonlyMap<string, Dataset>,
): CardContent {
  return {
    siteName: site.name,
    kicker: t(page.lang)(collection === 'stories' ? 'nav.stories' : 'nav.cases'),
    separator: metaSeparator(page.lang),
    headline: page.title,
    figure: keyFigure(page.file, page.body, datasets, page.lang),
  };
}
