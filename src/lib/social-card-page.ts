/**
 * The social card of one published story or case file, as the `/og/…` endpoints serve it: the card content comes
 * from the entry and its datasets, the picture from social-card.ts.
 */
import type { APIRoute } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { dataEntriesOf, publishedCases, publishedStories } from './collections.ts';
import { renderSocialCard } from './social-card.ts';
import { socialCardContent } from './social-card-content.ts';
import { entryFile } from './site-data.ts';
import { socialCardKey } from './page-keys.ts';
import { entryLocale } from './translations.ts';
import { site } from '../site.config.ts';
import type { Dataset } from '../schemas/dataset.ts';

let datasets: Promise<Map<string, Dataset>> | undefined;

function allDatasets(): Promise<Map<string, Dataset>> {
  datasets ??= dataEntriesOf('datasets').then((entries) => new Map(entries.map((d) => [d.id, d.data as Dataset])));
  return datasets;
}

/** The PNG response for `entry`, a page of `collection`. */
export async function socialCardResponse(
  collection: 'stories' | 'cases',
  entry: CollectionEntry<'stories' | 'cases'>,
): Promise<Response> {
  const page = {
    file: entryFile(entry, collection),
    title: entry.data.title,
    body: entry.body ?? '',
    lang: entry.data.lang ?? site.defaultLocale,
  };
  const png = await renderSocialCard(socialCardContent(collection, page, await allDatasets()));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}

/** The `/og/<collection>/<slug>.png` endpoints' paths: one a published page of `collection`, with its cache key. */
export async function socialCardPaths(collection: 'stories' | 'cases') {
  const entries: CollectionEntry<'stories' | 'cases'>[] =
    collection === 'stories' ? await publishedStories() : await publishedCases();
  return Promise.all(
    entries.map(async (entry) => ({
      params: { slug: entry.id },
      props: { entry },
      cacheKey: await socialCardKey(collection === 'stories' ? 'story' : 'case', entry),
    })),
  );
}

/**
 * The `/og/<collection>/<slug>.png` endpoint. The card speaks the entry's language, which its folder gives
 * (content/stories/fr/ is French): written into `lang`, where the card reads it.
 */
export function socialCardEndpoint(collection: 'stories' | 'cases'): APIRoute {
  return ({ props }) =>
    socialCardResponse(collection, { ...props.entry, data: { ...props.entry.data, lang: entryLocale(props.entry) } });
}
