/** `/<lang>/rss.xml`: the feed of each language but the default (src/lib/locale-feed.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { localeFeed } from '../../lib/locale-feed.ts';
import { folderLocale, localeFolder, prefixedLocales } from '../../i18n/locales.ts';
import { site } from '../../site.config.ts';
import { pageKey } from '../../lib/page-keys.ts';

export const getStaticPaths = (async () => {
  const cacheKey = await pageKey();
  return prefixedLocales.map((locale) => ({ params: { locale: localeFolder(locale) }, cacheKey }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site: origin }) => localeFeed(folderLocale(params.locale)!, origin ?? site.url);
