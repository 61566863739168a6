/** `/og/cases/<slug>.png`: the social card of each published case file. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { publishedCases } from '../../../lib/collections.ts';
import { socialCardResponse } from '../../../lib/social-card-page.ts';
import { entryLocale } from '../../../lib/translations.ts';
import { socialCardKey } from '../../../lib/page-keys.ts';

export const getStaticPaths = (async () =>
  Promise.all(
    (await publishedCases()).map(async (entry) => ({
      params: { slug: entry.id },
      props: { entry },
      cacheKey: await socialCardKey('case', entry),
    })),
  )) satisfies GetStaticPaths;

// The card speaks the entry's language, which its folder gives (content/cases/fr/ is French): written into `lang`,
// where the card reads it.
export const GET: APIRoute = ({ props }) =>
  socialCardResponse('cases', { ...props.entry, data: { ...props.entry.data, lang: entryLocale(props.entry) } });
