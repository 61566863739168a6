/** `/<lang>/rss.xml`: the feed of each language but the default (src/lib/locale-feed.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { localeFeed } from '../../lib/locale-feed.ts';
import { prefixedLocales } from '../../i18n/locales.ts';
import { site } from '../../site.config.ts';
import { pageKey } from '../../lib/page-keys.ts';

export const getStaticPaths = (async () => {
  const cacheKey = await pageKey();
  return prefixedLocales.map((locale) => ({ params: { locale }, cacheKey }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site: origin }) => localeFeed(params.locale!, origin ?? site.url);
