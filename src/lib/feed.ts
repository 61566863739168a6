/**
 * The items of the RSS feed: the newest of the published stories and case files and of the published corrections (on
 * a page or on a dataset the site publishes), newest first, `site.itemsPerFeed` of them. A correction links to the
 * corrections block of the page it belongs to; its guid is its own, so that two corrections of one page are two items
 * for a feed reader.
 *
 * One cap for pages and corrections together: a correction is dated the day it was made, so a correction of a story
 * years old is as new as the day's stories and is among the items a subscriber's reader fetches next, while the
 * feed's size stays bounded by one number. A feed reader keeps the items it has shown: an item that falls off the end
 * of the feed is not taken back from its readers.
 */
import { createHash } from 'node:crypto';
import type { RSSFeedItem } from '@astrojs/rss';
import { correctionWording, type Correction } from './corrections.ts';
import { absoluteUrl } from '../site.config.ts';

/** A page (story, case file, dataset) as the feed sees it. */
export interface FeedPage {
  /** Root-relative URL, e.g. /stories/x/. */
  href: string;
  title: string;
  summary: string;
  /** Publication date; undefined for datasets, which appear in the feed only through their corrections. */
  date?: Date | undefined;
  authors: string[];
  tags: string[];
  corrections: readonly FeedCorrection[];
  /**
   * The address its corrections' guids are made from, where it is not `href`: a dataset's page in the default
   * language, which every feed linked to before each language had its own, so that a subscriber's reader does not
   * show them again as new.
   */
  guidHref?: string;
}

/** A correction as the feed shows it. */
export interface FeedCorrection extends Correction {
  /** The text as written where the shown one is a translation of it (a dataset's correction): its guid's. */
  original?: string | undefined;
}

/** Where a page's corrections block starts (the heading of Corrections.astro). */
export const correctionsAnchor = 'corrections-heading';

/**
 * A summary or a correction, which are plain text, as the HTML an item's description holds: RSS readers show the
 * description as HTML, so a summary about `<img src=x onerror=…>` written as it is became an image, a tracking
 * pixel or a script in a reader; escaped, it reads as the text it is. (The feed's XML escapes it again.) The title is
 * text in RSS and is left as written.
 */
export function htmlText(text: string): string {
  return text.replace(/[<>&]/g, (c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp' }[c]};`);
}

/** Escapes text for XML character data and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', '"': 'quot', "'": 'apos' }[c]};`);
}

/**
 * The guid of a correction of the page at `url`: its date and a digest of its text, never its place among the page's
 * corrections, so that listing them in another order or adding one leaves every guid a feed reader has seen as it
 * was. The text is taken with its spaces and quotation marks evened out (a no-break space the build typesets, a
 * curly apostrophe for a straight one): retyping it so keeps the guid. Any other edit of the text gives a new guid, on
 * purpose: a feed reader does not show again an item whose guid it has seen, so a correction reworded under its old
 * guid would reach no subscriber, and a correction's wording is what readers are owed.
 */
export function correctionGuid(url: string, correction: FeedCorrection): string {
  const digest = createHash('sha256')
    .update(correctionWording(correction.original ?? correction.text))
    .digest('hex')
    .slice(0, 12);
  return `${url}#correction-${correction.date.toISOString().slice(0, 10)}-${digest}`;
}

/**
 * The `limit` newest feed items for `pages`, newest first; `correctionTitle` makes a correction's title from its
 * page's ("Correction: …").
 */
export function feedItems(
  pages: readonly FeedPage[],
  site: string | URL,
  correctionTitle: (title: string) => string,
  limit: number,
): RSSFeedItem[] {
  const items: RSSFeedItem[] = [];
  for (const page of pages) {
    const url = absoluteUrl(page.href, site);
    if (page.date) {
      items.push({
        title: page.title,
        link: url,
        pubDate: page.date,
        description: htmlText(page.summary),
        categories: page.tags,
        customData: page.authors.map((name) => `<dc:creator>${escapeXml(name)}</dc:creator>`).join(''),
      });
    }
    for (const correction of page.corrections) {
      items.push({
        title: correctionTitle(page.title),
        link: `${url}#${correctionsAnchor}`,
        pubDate: correction.date,
        description: htmlText(correction.text),
        customData: `<guid isPermaLink="false">${escapeXml(correctionGuid(page.guidHref ? absoluteUrl(page.guidHref, site) : url, correction))}</guid>`,
      });
    }
  }
  // Compared in one locale, not the machine's (LANG): the same content gives the same feed on every machine.
  return items
    .sort(
      (a, b) =>
        (b.pubDate?.getTime() ?? 0) - (a.pubDate?.getTime() ?? 0) ||
        String(a.title).localeCompare(String(b.title), 'en'),
    )
    .slice(0, limit);
}
