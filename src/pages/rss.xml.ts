/** `/rss.xml`: the default language's feed, stories, case files and corrections (src/lib/locale-feed.ts, src/lib/feed.ts). */
import type { APIRoute } from 'astro';
import { localeFeed } from '../lib/locale-feed.ts';
import { defaultLocale } from '../i18n/locales.ts';
import { site } from '../site.config.ts';

export const GET: APIRoute = ({ site: origin }) => localeFeed(defaultLocale, origin ?? site.url);
