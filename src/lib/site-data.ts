/**
 * Everything the pages list and link, read once per build from the content collections: the published stories and
 * case files, the datasets this build publishes (see `publishedDatasetIds`) with the pages that use each, and the
 * bibliography. Every page goes through here or through collections.ts, so nothing withheld reaches a list.
 */
import type { CollectionEntry } from 'astro:content';
import { dataEntriesOf, entriesOf, publishedCases, publishedStories } from './collections.ts';
import { datasetsMentioned, datasetsUsed, publishedDatasetIds, sitePagesUsage } from './dataset-usage.ts';
import { buildTime, isPreview, isPublished } from './visibility.ts';
import type { SourceWithId } from '../schemas/source.ts';
import { referencedCountries } from './countries.ts';
import { edition, entryHref, entryLocale, translationKey } from './translations.ts';
import { relatedTo } from './related.ts';
import { entryFile } from './entry-file.ts';
import { withheldUsage } from '../build/sitemap-filter.ts';
import { contentRoot } from '../site.config.ts';

export { entryFile };
import { defaultLocale, locales, type Locale } from '../i18n/locales.ts';

export type Story = CollectionEntry<'stories'>;
export type Case = CollectionEntry<'cases'>;
export type DatasetEntry = CollectionEntry<'datasets'>;

/** A story or case file, with what the pages derive from it. */
export interface PageRef {
  kind: 'story' | 'case';
  id: string;
  /** The language the page is written in (see translations.ts). */
  lang: Locale;
  /** The key it shares with its original and translations. */
  key: string;
  href: string;
  title: string;
  summary: string;
  date: Date;
  countries: string[];
  tags: string[];
  /** Datasets the page uses: frontmatter plus charts and facts. */
  datasets: string[];
}

/** What one language's pages list: its translations, and the originals it lacks (shown with a notice). */
export interface Edition {
  stories: Story[];
  cases: Case[];
  /** The edition's stories and cases as PageRefs, stories first. */
  pages: PageRef[];
}

export interface SiteData {
  /** Published stories in the default language (the originals), newest first. */
  stories: Story[];
  /** Published case files in the default language, newest first. */
  cases: Case[];
  /** Published original stories and cases as PageRefs, stories first. */
  pages: PageRef[];
  /** Each language's edition; the default language's is the originals. */
  editions: Map<Locale, Edition>;
  /** `${kind}:${key}` -> the published versions of that page, one per language that has it. */
  versions: Map<string, PageRef[]>;
  /** Published datasets by id, in title order. */
  datasets: Map<string, DatasetEntry>;
  sources: Map<string, SourceWithId>;
  /** Dataset id -> published pages that use it. */
  usage: Map<string, PageRef[]>;
}

let cached: Promise<SiteData> | undefined;

/** The site's published content, loaded once per build. */
export function siteData(): Promise<SiteData> {
  cached ??= load();
  return cached;
}

async function load(): Promise<SiteData> {
  const [stories, cases, allStories, allCases, allDatasets, sourceEntries] = await Promise.all([
    publishedStories(),
    publishedCases(),
    entriesOf('stories'),
    entriesOf('cases'),
    dataEntriesOf('datasets'),
    dataEntriesOf('sources'),
  ]);
  const now = buildTime();
  const preview = isPreview();
  const usageOf = (entry: Story | Case) => ({
    datasets: datasetsMentioned(entry.body ?? '', entry.data.datasets),
    published: isPublished(entry.data, now, preview),
  });
  // Withheld pages are not in the collections of a normal build (src/content.config.ts): their uses come from the
  // files themselves.
  const published = publishedDatasetIds(
    allDatasets.map((d) => d.id),
    [...[...allStories, ...allCases].map(usageOf), ...withheldUsage(contentRoot, now, preview), ...sitePagesUsage()],
  );
  const datasets = new Map(
    allDatasets
      .filter((d) => published.has(d.id))
      // In the datasets' language, not the machine's (LANG): the catalog's order is the same on every machine.
      .sort((a, b) => a.data.title.localeCompare(b.data.title, defaultLocale))
      .map((d) => [d.id, d] as const),
  );
  const editions = new Map<Locale, Edition>(
    locales.map((lang) => {
      // Newest first, as the originals are: an edition adds its stories that have no original after them.
      const e = { stories: newestFirst(edition(stories, lang)), cases: newestFirst(edition(cases, lang)) };
      return [
        lang,
        { ...e, pages: [...e.stories.map((s) => pageRef('story', s)), ...e.cases.map((c) => pageRef('case', c))] },
      ];
    }),
  );
  const versions = new Map<string, PageRef[]>();
  for (const page of [...stories.map((s) => pageRef('story', s)), ...cases.map((c) => pageRef('case', c))]) {
    append(versions, `${page.kind}:${page.key}`, page);
  }
  const pages = editions.get(defaultLocale)!.pages;
  const usage = new Map<string, PageRef[]>();
  for (const page of pages) {
    for (const id of page.datasets) append(usage, id, page);
  }
  const sources = new Map(sourceEntries.map((s) => [s.id, { ...s.data, id: s.id }] as const));
  const originals = editions.get(defaultLocale)!;
  return { stories: originals.stories, cases: originals.cases, pages, editions, versions, datasets, sources, usage };
}

/** Adds `value` to the list of `key` (in place: an archive's datasets are used by thousands of pages). */
function append<K, V>(lists: Map<K, V[]>, key: K, value: V): void {
  const list = lists.get(key);
  if (list) list.push(value);
  else lists.set(key, [value]);
}

/** `entries` by date, newest first (a stable sort: entries of one date keep their order). */
function newestFirst<T extends { data: { date: Date } }>(entries: T[]): T[] {
  return entries.sort((a, b) => b.data.date.getTime() - a.data.date.getTime());
}

/** The edition of `lang` (the originals for an unknown language). */
export function editionOf(data: SiteData, lang: string): Edition {
  return data.editions.get(lang as Locale) ?? data.editions.get(defaultLocale)!;
}

const editionHrefs = new WeakMap<Edition, Set<string>>();

/**
 * The languages other than its own whose sites list `page` as it is (an original their edition has no translation
 * of): the search indexes the page for their readers too (src/components/SearchMeta.astro).
 */
export function listedUntranslated(data: SiteData, page: PageRef): Locale[] {
  return locales.filter((lang) => {
    if (lang === page.lang) return false;
    const edition = editionOf(data, lang);
    let hrefs = editionHrefs.get(edition);
    if (!hrefs) editionHrefs.set(edition, (hrefs = new Set(edition.pages.map((p) => p.href))));
    return hrefs.has(page.href);
  });
}

/**
 * The published pages of `lang`'s edition that use the dataset `id`, as its page in `lang` lists them: all that page
 * shows of the stories, so its cache key digests them (src/lib/page-keys.ts).
 */
export function datasetUsers(data: SiteData, id: string, lang: string = defaultLocale): PageRef[] {
  if (lang === defaultLocale) return data.usage.get(id) ?? [];
  return editionOf(data, lang).pages.filter((page) => page.datasets.includes(id));
}

/** The stories of `edition` that name the country `code` (ISO 3166-1 alpha-2), newest first. */
export function countryStories(edition: Edition, code: string): PageRef[] {
  return edition.pages.filter((p) => p.kind === 'story' && p.countries.includes(code));
}

const relatable = new WeakMap<Edition, PageRef[]>();

/**
 * Up to `limit` pages of `page`'s edition related to it (related.ts), keyed by address so that a story and a case
 * file with the same slug stay apart. The edition is indexed once per build, not once per page.
 */
export function relatedPages(data: SiteData, page: PageRef, limit = 4): PageRef[] {
  const edition = editionOf(data, page.lang);
  let candidates = relatable.get(edition);
  if (!candidates) {
    candidates = edition.pages.map((p) => ({ ...p, key: p.href }));
    relatable.set(edition, candidates);
  }
  return relatedTo({ ...page, key: page.href }, candidates, limit);
}

/** The published versions of a page in every language, its own included, in the configured order of languages. */
export function versionsOf(data: SiteData, page: PageRef): PageRef[] {
  const found = data.versions.get(`${page.kind}:${page.key}`) ?? [page];
  return locales.flatMap((lang) => found.find((p) => p.lang === lang) ?? []);
}

/** A story or case as the lists and related-items blocks see it. */
export function pageRef(kind: 'story' | 'case', entry: Story | Case): PageRef {
  const countries = [...entry.data.countries];
  if ('country' in entry.data && !countries.includes(entry.data.country)) countries.unshift(entry.data.country);
  return {
    kind,
    id: entry.id,
    lang: entryLocale(entry),
    key: translationKey(entry),
    href: entryHref(kind, entry),
    title: entry.data.title,
    summary: entry.data.summary,
    date: entry.data.date,
    countries,
    tags: entry.data.tags,
    datasets: datasetsUsed(entry.body ?? '', entry.data.datasets),
  };
}

/** Every country the site has a page for, in every language: those a published page or dataset names (countries.ts). */
export async function countryCodes(): Promise<string[]> {
  const data = await siteData();
  const pages = [...data.editions.values()].flatMap((e) => e.pages);
  return referencedCountries(
    pages,
    [...data.datasets.values()].map((d) => d.data),
  );
}
