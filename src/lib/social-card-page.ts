/**
 * The social card of one published story or case file, as the `/og/…` endpoints serve it: the card content comes
 * from the entry and its datasets, the picture from social-card.ts.
 */
import type { CollectionEntry } from 'astro:content';
import { dataEntriesOf } from './collections.ts';
import { keyFigure, renderSocialCard } from './social-card.ts';
import { entryFile } from './site-data.ts';
import { t } from '../i18n/index.ts';
import { metaSeparator } from '../i18n/punctuation.ts';
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
  const lang = entry.data.lang ?? site.defaultLocale;
  const figure = keyFigure(entryFile(entry, collection), entry.body ?? '', await allDatasets(), lang);
  const png = await renderSocialCard({
    siteName: site.name,
    kicker: t(lang)(collection === 'stories' ? 'nav.stories' : 'nav.cases'),
    separator: metaSeparator(lang),
    headline: entry.data.title,
    figure,
  });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
