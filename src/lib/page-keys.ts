/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild` in astro.config.mjs). A page returned by
 * `getStaticPaths()` with a `cacheKey` is copied from the previous build instead of rendered again when its key and
 * the code it imports (Astro hashes the page's module graph and the lock file) are both unchanged.
 *
 * A key must therefore change whenever anything the page reads from the content changes. The outputs:
 * - the pages that list, link or count every entry (home, lists, the data catalogue, feeds, search, sources):
 *   `siteKey()`, a digest of everything site-wide: each story's and case file's frontmatter, whether it is
 *   withheld at this build's moment and the datasets its body draws on; every dataset and source; the datasets the
 *   site's own MDX pages link, which are published whatever else uses them; whether this is a preview build; the
 *   runtime whose Intl data formats dates, numbers and country names (the lock file pins Node, but a build may be
 *   run with another). Adding a story, editing a title or an embargo passing re-renders all of them: they change;
 * - the pages of one story or case file: `entryPageKey()`, the site-wide part that no story or case file's
 *   frontmatter enters (`sharedKey()`: datasets, sources, the site's own pages' datasets, preview, runtime), the
 *   entry's own frontmatter and body (all its social card shows: `socialCardKey()`), the files of the images its
 *   body shows (page-images.ts: a photo replaced under the same name), and the `EntryPageView`
 *   (entry-page-view.ts): what the page shows of other entries (its translations, the case files it names, its
 *   related pages, the languages that list it untranslated, the datasets it uses, whether it is withheld now). The
 *   page renders from that same view, so it cannot show what its key does not cover. Publishing a story then renders
 *   again its own pages, the lists, and the pages whose related list or language switcher now holds it; every other
 *   story page is copied;
 * - a country's pages: `countryPageKey()`, the shared part and the `CountryPageView` (country-page-view.ts) the page
 *   renders from: the stories and case files it lists, how many pages they fill in each language, the published
 *   datasets with rows about the country;
 * - a dataset's page, which shows the dataset, the sources and the pages that use it: `datasetPageKey()`; its
 *   downloads (/data/<id>.csv, .json), which show the dataset alone: `sharedKey()`.
 *
 * Anything else an entry page reads from site data must be site-wide (in `sharedKey`) or in the view: its charts,
 * facts, corrections and sources read datasets and sources, all in `sharedKey`; the datasets it uses are published
 * whenever it is; its country links go to pages that exist because it names them. tests/build/incremental.test.ts
 * builds the demo site incrementally after each kind of edit, compares it byte for byte with a build from scratch
 * and checks which story pages were rendered.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { CollectionKey } from 'astro:content';
import { dataEntriesOf, entriesOf } from './collections.ts';
import { datasetsMentioned, sitePagesUsage } from './dataset-usage.ts';
import { buildTime, isPreview, withheld, type Publishable } from './visibility.ts';
import { datasetUsers, siteData, type Case, type Story } from './site-data.ts';
import { entryPageView, viewDigest } from './entry-page-view.ts';
import { countryPageView, countryViewDigest } from './country-page-view.ts';
import { entryFile } from './entry-file.ts';
import { imagesDigest } from './page-images.ts';
import { contentRoot, projectRoot } from '../site.config.ts';

/** Bump to re-render every page once, when the key's meaning changes. */
const keyVersion = 2;

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

type Hash = ReturnType<typeof createHash>;

/**
 * Feeds `hash` this build's kind and runtime, every entry of `collections` (`entryDigest`) and the datasets the site's
 * own pages use, and returns its digest.
 */
async function hashSiteWide(hash: Hash, preview: boolean, collections: CollectionKey[], now: Date): Promise<string> {
  const { node, icu, cldr } = process.versions;
  hash.update(JSON.stringify({ keyVersion, preview, runtime: { node, icu, cldr } }));
  for (const collection of collections) {
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

/** The digest of everything site-wide that a page may show (see above); `now` and `preview` as the build sees them. */
export function computeSiteKey(now: Date = buildTime(), preview: boolean = isPreview()): Promise<string> {
  return hashSiteWide(createHash('sha256').update('site\n'), preview, ['stories', 'cases', 'datasets', 'sources'], now);
}

/** The site-wide part of an entry page's key: `computeSiteKey` without the stories and case files. */
export function computeSharedKey(now: Date = buildTime(), preview: boolean = isPreview()): Promise<string> {
  return hashSiteWide(createHash('sha256').update('shared\n'), preview, ['datasets', 'sources'], now);
}

let site: Promise<string> | undefined;
let shared: Promise<string> | undefined;

/** `computeSiteKey()` for this build, computed once. */
export function siteKey(): Promise<string> {
  site ??= computeSiteKey();
  return site;
}

/** `computeSharedKey()` for this build, computed once. */
export function sharedKey(): Promise<string> {
  shared ??= computeSharedKey();
  return shared;
}

/** The cache key of a page that lists the whole site (lists, the data catalogue, feeds): the site's key. */
export function pageKey(): Promise<string> {
  return siteKey();
}

/** The entry's own frontmatter and body, which its pages and social card show. */
const ownDigest = (entry: Story | Case) =>
  `${entry.id}\n${entry.filePath ?? ''}\n${JSON.stringify(entry.data)}\n${entry.body ?? ''}`;

/** The cache key of the page of `entry`, a story or case file, in its language: see above. */
export async function entryPageKey(kind: 'story' | 'case', entry: Story | Case): Promise<string> {
  const [key, data] = await Promise.all([sharedKey(), siteData()]);
  // The files of the images its body shows: a photo replaced under the same name changes neither its text nor its
  // code (src/lib/page-images.ts).
  const file = entryFile(entry, kind === 'story' ? 'stories' : 'cases');
  const images = imagesDigest(entry.body ?? '', file, contentRoot, join(projectRoot, 'public'));
  return createHash('sha256')
    .update(`${key}\n${kind} page\n${ownDigest(entry)}\n${images}\n${viewDigest(entryPageView(data, kind, entry))}`)
    .digest('hex');
}

/** The cache key of the social card of `entry`, which shows its title, language and key figure, and nothing else's. */
export async function socialCardKey(kind: 'story' | 'case', entry: Story | Case): Promise<string> {
  return createHash('sha256')
    .update(`${await sharedKey()}\n${kind} card\n${ownDigest(entry)}`)
    .digest('hex');
}

/** The cache key of the page of the dataset `id`: all it shows of the stories is the pages that use it. */
export async function datasetPageKey(id: string, lang: string): Promise<string> {
  const [key, data] = await Promise.all([sharedKey(), siteData()]);
  return createHash('sha256')
    .update(`${key}\ndataset page\n${id} ${lang}\n${JSON.stringify(datasetUsers(data, id, lang))}`)
    .digest('hex');
}

/** The cache key of page `page` of the country `code` in `lang`: the shared part and the page's view. */
export async function countryPageKey(code: string, lang: string, page = 1): Promise<string> {
  const [key, data] = await Promise.all([sharedKey(), siteData()]);
  return createHash('sha256')
    .update(
      `${key}\ncountry page\n${code} ${lang} ${page}\n${countryViewDigest(countryPageView(data, code, lang, page))}`,
    )
    .digest('hex');
}
