/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild` in astro.config.mjs). A page returned by
 * `getStaticPaths()` with a `cacheKey` is copied from the previous build instead of rendered again when its key and
 * the code it imports (Astro hashes the page's module graph and the lock file) are both unchanged.
 *
 * A key must therefore change whenever anything the page reads from the content changes, and the content reaches
 * pages in two ways only:
 * - the site-wide data every page may list, link or count (site-data.ts, collections.ts): each entry's frontmatter,
 *   whether it is withheld at this build's moment, and the datasets its body draws on; every dataset and source; the
 *   datasets the site's own MDX pages link, which are published whatever else uses them;
 *   whether this is a preview build; the runtime whose Intl data formats dates, numbers and country names (the lock
 *   file pins Node, but a build may be run with another). `siteKey()` digests all of it, so editing a title, adding a story, changing a
 *   dataset's rows or an embargo passing re-renders every page;
 * - the page's own body (its text, citations, charts, the key figure on its social card) and the files of the images it
 *   shows (src/lib/page-images.ts), which only its own pages render: `pageKey(entry)`, so editing a story's text, or
 *   replacing its photo under the same name, re-renders that story's pages and no other.
 *
 * A page that needs another entry's body must not read it directly: derive what it needs in `entryDigest` below (as
 * `datasets` is), or the page would be copied stale. tests/build/incremental.test.ts builds the demo site
 * incrementally after each kind of edit and compares it byte for byte with a build from scratch.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { CollectionKey } from 'astro:content';
import { dataEntriesOf, entriesOf } from './collections.ts';
import { datasetsMentioned, sitePagesUsage } from './dataset-usage.ts';
import { buildTime, isPreview, withheld, type Publishable } from './visibility.ts';
import { entryFile } from './entry-file.ts';
import { imagesDigest } from './page-images.ts';
import { contentRoot, projectRoot } from '../site.config.ts';

/** Bump to re-render every page once, when the key's meaning changes. */
const keyVersion = 1;

interface Entry {
  id: string;
  filePath?: string;
  data: Record<string, unknown>;
  body?: string;
}

/** What the rest of the site sees of one entry: everything but its body, plus what is derived from the body. */
function entryDigest(collection: CollectionKey, entry: Entry, now: Date): unknown {
  const digest: Record<string, unknown> = { id: entry.id, file: entry.filePath ?? null, data: entry.data };
  if (collection === 'stories' || collection === 'cases') {
    digest.withheld = withheld(entry.data as Publishable, now);
    digest.datasets = datasetsMentioned(entry.body ?? '', entry.data.datasets as string[] | undefined);
  }
  return digest;
}

const collectionsRead: CollectionKey[] = ['stories', 'cases', 'datasets', 'sources'];

/** The digest of everything site-wide that a page may show (see above); `now` and `preview` as the build sees them. */
export async function computeSiteKey(now: Date = buildTime(), preview: boolean = isPreview()): Promise<string> {
  const hash = createHash('sha256');
  const { node, icu, cldr } = process.versions;
  hash.update(JSON.stringify({ keyVersion, preview, runtime: { node, icu, cldr } }));
  for (const collection of collectionsRead) {
    const entries = (
      (collection === 'stories' || collection === 'cases'
        ? await entriesOf(collection)
        : await dataEntriesOf(collection)) as Entry[]
    ).toSorted((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    for (const entry of entries) hash.update(`\n${collection}\n${JSON.stringify(entryDigest(collection, entry, now))}`);
  }
  // The datasets the site's own MDX pages link or draw, which are published whatever else uses them
  // (src/lib/dataset-usage.ts): read from files, not from a collection, and part of what every list and feed shows.
  hash.update(`\nsite pages\n${JSON.stringify(sitePagesUsage().map((page) => page.datasets))}`);
  return hash.digest('hex');
}

let cached: Promise<string> | undefined;

/** `computeSiteKey()` for this build, computed once. */
export function siteKey(): Promise<string> {
  cached ??= computeSiteKey();
  return cached;
}

/**
 * The cache key of a page generated from `entry` (a story or case file and its social card): the site's key plus
 * the entry's own body and the images it shows. Without an entry (lists, dataset and country pages), the site's key
 * alone.
 */
export async function pageKey(entry?: {
  id: string;
  body?: string;
  collection: string;
  filePath?: string | undefined;
}): Promise<string> {
  const site = await siteKey();
  if (!entry) return site;
  const body = entry.body ?? '';
  const images = imagesDigest(body, entryFile(entry, entry.collection), contentRoot, join(projectRoot, 'public'));
  return createHash('sha256').update(`${site}\n${entry.id}\n${body}\n${images}`).digest('hex');
}
