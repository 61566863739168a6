/**
 * The social card of one published story or case file, as the `/og/…` endpoints serve it: the card content comes
 * from the entry and its datasets, the picture from social-card.ts.
 */
import type { CollectionEntry } from 'astro:content';
import { dataEntriesOf } from './collections.ts';
import { renderSocialCard } from './social-card.ts';
import { socialCardContent } from './social-card-content.ts';
import { entryFile } from './site-data.ts';
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
