/** `/rss.xml`: published stories, case files and corrections (see src/lib/feed.ts). */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { siteData } from '../lib/site-data.ts';
import { feedItems, type FeedPage } from '../lib/feed.ts';
import { site } from '../site.config.ts';
import { t } from '../i18n/index.ts';

export const GET: APIRoute = async (context) => {
  const lang = site.defaultLocale;
  const s = t(lang);
  const data = await siteData();
  const pages: FeedPage[] = [
    ...[...data.stories, ...data.cases].map((entry) => ({
      href: `/${entry.collection}/${entry.id}/`,
      title: entry.data.title,
      summary: entry.data.summary,
      date: entry.data.date,
      authors: entry.data.authors,
      tags: entry.data.tags,
      corrections: entry.data.corrections,
    })),
    ...[...data.datasets.values()].map((d) => ({
      href: `/data/${d.id}/`,
      title: d.data.title,
      summary: d.data.description,
      authors: [],
      tags: [],
      corrections: d.data.corrections,
    })),
  ];
  return rss({
    title: site.name,
    description: s('site.tagline'),
    site: context.site ?? site.url,
    xmlns: { dc: 'http://purl.org/dc/elements/1.1/', atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${lang}</language><atom:link href="${new URL('/rss.xml', context.site ?? site.url).href}" rel="self" type="application/rss+xml"/>`,
    items: feedItems(pages, context.site ?? site.url, s('corrections.one')),
  });
};
