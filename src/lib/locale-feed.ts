/**
 * One language's RSS feed (/rss.xml for the default language, /<lang>/rss.xml for the others): the stories and case
 * files written in that language and their corrections, plus the corrections of datasets (in that language where
 * the dataset translates them, linked to the dataset's page in that language), the newest `site.itemsPerFeed`
 * of them (src/lib/feed.ts). The channel names its language and links the other languages' feeds as Atom alternates.
 */
import rss from '@astrojs/rss';
import { editionOf, siteData } from './site-data.ts';
import { escapeXml, feedItems, type FeedPage } from './feed.ts';
import { defaultLocale, localePath, locales } from '../i18n/locales.ts';
import { absoluteUrl, site } from '../site.config.ts';
import { t } from '../i18n/index.ts';
import { datasetCorrections, datasetTitle } from './dataset-locale.ts';
import { localTagLabel } from './tags.ts';
import { isPreview } from './visibility.ts';

/** The feed of `lang` as a Response, with absolute URLs on `origin`. */
export async function localeFeed(lang: string, origin: string | URL): Promise<Response> {
  const s = t(lang);
  const data = await siteData();
  const { stories, cases } = editionOf(data, lang);
  const own = editionOf(data, lang).pages.filter((page) => page.lang === lang);
  const entries = new Map([...stories, ...cases].map((entry) => [entry.id, entry] as const));
  const pages: FeedPage[] = [
    ...own.map((page) => ({
      href: page.href,
      title: page.title,
      summary: page.summary,
      date: page.date,
      authors: entries.get(page.id)?.data.authors ?? [],
      // A feed reader shows categories as they are written: the tags' labels in the feed's language.
      tags: page.tags.map((tag) => localTagLabel(tag, lang).label),
      corrections: entries.get(page.id)?.data.corrections ?? [],
    })),
    // Every feed carries the datasets' corrections, as every language's corrections page lists them: a French story
    // shows the correction of a dataset it draws on, so its readers hear of it too (in French where the dataset
    // translates it), linked to the dataset's page in the feed's language.
    ...[...data.datasets.values()].map((d) => ({
      href: localePath(`/data/${d.id}/`, lang),
      guidHref: `/data/${d.id}/`,
      title: datasetTitle(d.data, lang).title,
      summary: d.data.description,
      authors: [],
      tags: [],
      // A guid made from the text as the dataset writes it: translating a correction later gives it no new guid.
      corrections: datasetCorrections(d.data, lang).map((correction, i) => ({
        ...correction,
        original: d.data.corrections[i]?.text,
      })),
    })),
  ];
  const link = (code: string) => absoluteUrl(localePath('/rss.xml', code), origin);
  const alternates = locales
    .filter((code) => code !== lang)
    .map(
      (code) =>
        `<atom:link href="${escapeXml(link(code))}" rel="alternate" hreflang="${code}" type="application/rss+xml"/>`,
    )
    .join('');
  return rss({
    // A preview's feed holds drafts and embargoed pages: its name says so in a feed reader.
    title: isPreview() ? `${site.name} (${s('banner.feed')})` : site.name,
    description: s('site.tagline'),
    site: absoluteUrl(localePath('/', lang), origin),
    xmlns: { dc: 'http://purl.org/dc/elements/1.1/', atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${lang}</language><atom:link href="${escapeXml(link(lang))}" rel="self" type="application/rss+xml"/>${alternates}`,
    items: feedItems(pages, origin, (title) => s('corrections.feedTitle', { title }), site.itemsPerFeed),
  });
}
