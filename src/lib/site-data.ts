/**
 * Everything the pages list and link, read once per build from the content collections: the published stories and
 * case files, the datasets this build publishes (see `publishedDatasetIds`) with the pages that use each, and the
 * bibliography. Every page goes through here or through collections.ts, so nothing withheld reaches a list.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { publishedCases, publishedStories } from './collections.ts';
import { datasetsUsed, publishedDatasetIds } from './dataset-usage.ts';
import { buildTime, isPreview, isPublished } from './visibility.ts';
import type { SourceWithId } from '../schemas/source.ts';

export type Story = CollectionEntry<'stories'>;
export type Case = CollectionEntry<'cases'>;
export type DatasetEntry = CollectionEntry<'datasets'>;

/** A story or case file, with what the pages derive from it. */
export interface PageRef {
  kind: 'story' | 'case';
  id: string;
  href: string;
  title: string;
  summary: string;
  date: Date;
  countries: string[];
  tags: string[];
  /** Datasets the page uses: frontmatter plus charts and facts. */
  datasets: string[];
}

export interface SiteData {
  stories: Story[];
  cases: Case[];
  /** Published stories and cases as PageRefs, stories first. */
  pages: PageRef[];
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
    getCollection('stories'),
    getCollection('cases'),
    getCollection('datasets'),
    getCollection('sources'),
  ]);
  const now = buildTime();
  const preview = isPreview();
  const usageOf = (entry: Story | Case) => ({
    datasets: datasetsUsed(entry.body ?? '', entry.data.datasets),
    published: isPublished(entry.data, now, preview),
  });
  const published = publishedDatasetIds(
    allDatasets.map((d) => d.id),
    [...allStories, ...allCases].map(usageOf),
  );
  const datasets = new Map(
    allDatasets
      .filter((d) => published.has(d.id))
      .sort((a, b) => a.data.title.localeCompare(b.data.title))
      .map((d) => [d.id, d] as const),
  );
  const pages = [...stories.map((s) => pageRef('story', s)), ...cases.map((c) => pageRef('case', c))];
  const usage = new Map<string, PageRef[]>();
  for (const page of pages) {
    for (const id of page.datasets) usage.set(id, [...(usage.get(id) ?? []), page]);
  }
  const sources = new Map(sourceEntries.map((s) => [s.id, { ...s.data, id: s.id }] as const));
  return { stories, cases, pages, datasets, sources, usage };
}

/** A story or case as the lists and related-items blocks see it. */
export function pageRef(kind: 'story' | 'case', entry: Story | Case): PageRef {
  const countries = [...entry.data.countries];
  if ('country' in entry.data && !countries.includes(entry.data.country)) countries.unshift(entry.data.country);
  return {
    kind,
    id: entry.id,
    href: `/${kind === 'story' ? 'stories' : 'cases'}/${entry.id}/`,
    title: entry.data.title,
    summary: entry.data.summary,
    date: entry.data.date,
    countries,
    tags: entry.data.tags,
    datasets: datasetsUsed(entry.body ?? '', entry.data.datasets),
  };
}

/** The entry's file as editors name it in errors: relative to the content root (content/stories/x.mdx). */
export function entryFile(entry: { filePath?: string | undefined; id: string }, collection: string): string {
  // filePath is relative to Astro's root, which is not the content root of a fixture: keep what follows content/.
  const folder = `content/${collection}/`;
  const at = entry.filePath?.lastIndexOf(folder) ?? -1;
  return entry.filePath && at >= 0 ? entry.filePath.slice(at) : `${folder}${entry.id}.mdx`;
}
