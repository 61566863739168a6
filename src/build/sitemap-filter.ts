/**
 * Which pages the sitemap lists: every page a search engine may index. Not the 404 page, not the pages a preview
 * build includes with `noindex` (drafts and embargoed stories and case files, translations included; a normal build
 * does not build those at all), and not the search pages, whose results a script writes from what a reader types:
 * a search engine finds an empty form there. Each story and case file is listed with its <lastmod>, the day the page
 * says it last changed.
 */
import { resolve } from 'node:path';
import type { SitemapItem } from '@astrojs/sitemap';
import { loadProject, type Project } from '../lib/load-project.ts';
import { entryHref } from '../lib/translations.ts';
import { withheld } from '../lib/visibility.ts';
import { datasetsMentioned, datasetsUsed } from '../lib/dataset-usage.ts';
import { lastModified } from '../lib/corrections.ts';
import { localePath, locales } from '../i18n/locales.ts';
import { isNotFoundPath } from './error-pages.ts';

// On globalThis: astro.config.mjs is loaded by Astro, in the same process as scripts/build.mjs but as its own module.
const sharedKey = Symbol.for('casefile.validatedProject');
const store = globalThis as unknown as Record<symbol, Project | undefined>;

/**
 * Hands the content the build's preflight has just loaded and validated to the sitemap filter, which would otherwise
 * read every file again while Astro loads its configuration (~0.3 s at 1,000 stories).
 */
export function shareValidatedProject(project: Project | undefined): void {
  store[sharedKey] = project;
}

/** The content at `contentRoot`: the build's validated copy when it is of that folder, else read now (astro dev). */
function projectAt(contentRoot: string): Pick<Project, 'stories' | 'cases' | 'datasets'> {
  const shared = store[sharedKey];
  return shared && resolve(shared.root) === resolve(contentRoot) ? shared : loadProject(contentRoot).project;
}

/** Root-relative paths of the pages withheld at `now`, as a preview build would publish them. */
export function withheldPaths(project: Pick<Project, 'stories' | 'cases'>, now: Date): Set<string> {
  const paths = new Set<string>();
  for (const entry of project.stories) if (withheld(entry.data, now)) paths.add(entryHref('story', entry));
  for (const entry of project.cases) if (withheld(entry.data, now)) paths.add(entryHref('case', entry));
  return paths;
}

/**
 * The glob patterns that keep withheld stories and case files out of Astro's collections, by collection: Astro
 * bundles the images of every entry a collection holds, rendered or not, so a photo beside an embargoed story
 * (`![…](./photo.jpg)`) would be published before the story. None in a preview build, which shows withheld pages.
 */
export function withheldExclusions(
  contentRoot: string,
  now: Date,
  preview: boolean,
): { stories: string[]; cases: string[] } {
  if (preview) return { stories: [], cases: [] };
  const project = projectAt(contentRoot);
  const exclude = (entries: Project['stories'] | Project['cases'], folder: string) =>
    entries
      .filter((entry) => withheld(entry.data, now))
      .map((entry) => `!${entry.file.slice(folder.length + 1).replace(/[*?[\]{}()!+@\\]/g, '\\$&')}`);
  return { stories: exclude(project.stories, 'content/stories'), cases: exclude(project.cases, 'content/cases') };
}

/**
 * The page collections that hold no entry in this build, as its preflight read the content: no case file yet, or every
 * one withheld (a draft, an embargo not yet lifted). Astro's glob loader warns that it found no files, and every
 * getCollection of an empty collection that it "does not exist or is empty. Please check your content config file for
 * errors": seven warnings in a build, a fault read into a site that has no case file yet. Nothing is known empty
 * without the build's validated content (astro dev, which sees files come and go).
 */
export function emptyCollections(contentRoot: string, now: Date, preview: boolean): Set<'stories' | 'cases'> {
  const shared = store[sharedKey];
  const empty = new Set<'stories' | 'cases'>();
  if (!shared || resolve(shared.root) !== resolve(contentRoot)) return empty;
  for (const name of ['stories', 'cases'] as const) {
    if (shared[name].every((entry) => !preview && withheld(entry.data, now))) empty.add(name);
  }
  return empty;
}

/**
 * The datasets each page left out of the collections mentions (withheldExclusions), as unpublished uses: a dataset
 * only withheld pages use stays withheld (publishedDatasetIds) although Astro never sees those pages.
 */
export function withheldUsage(
  contentRoot: string,
  now: Date,
  preview: boolean,
): { datasets: string[]; published: false }[] {
  if (preview) return [];
  const project = projectAt(contentRoot);
  return [...project.stories, ...project.cases]
    .filter((entry) => withheld(entry.data, now))
    .map((entry) => ({ datasets: datasetsMentioned(entry.body, entry.data.datasets), published: false }));
}

/** The root-relative path of the sitemap's address `page` on a site served below `base` ("/repo/stories/x/" → "/stories/x/"). */
function sitePath(page: string, base: string): string {
  const { pathname } = new URL(page);
  return pathname.startsWith(base) ? pathname.slice(base.length - 1) : pathname;
}

/** Each language's search page (/search/, /fr/search/): a form whose results a script writes, nothing to index. */
export function searchPaths(): Set<string> {
  return new Set(locales.map((code) => localePath('/search/', code)));
}

/**
 * The `filter` option of @astrojs/sitemap: true for a page URL the sitemap lists. `base` is the folder the site is
 * served below ("/repo/"), which the sitemap's addresses carry (`sitemapBelow`).
 */
export function sitemapFilter(contentRoot: string, now: Date, base = '/'): (page: string) => boolean {
  const hidden = withheldPaths(projectAt(contentRoot), now);
  const search = searchPaths();
  return (page) => {
    const path = sitePath(page, base);
    return !isNotFoundPath(path) && !hidden.has(path) && !search.has(path);
  };
}

/**
 * When each story and case file of `project` says it last changed (`lastModified`), by its root-relative path: its
 * `updated`, or its newest correction or that of a dataset it uses, as its header prints it, else its `date`.
 */
export function pagesModified(project: Pick<Project, 'stories' | 'cases' | 'datasets'>): Map<string, Date> {
  const modified = new Map<string, Date>();
  const pages = [
    ...project.stories.map((entry) => ['story', entry] as const),
    ...project.cases.map((entry) => ['case', entry] as const),
  ];
  for (const [kind, entry] of pages) {
    // The corrections the page shows: its own and those of the datasets it uses (src/layouts/Article.astro).
    const datasets = datasetsUsed(entry.body, entry.data.datasets).flatMap(
      (id) => project.datasets.get(id)?.corrections ?? [],
    );
    const corrections = [...entry.data.corrections, ...datasets];
    modified.set(entryHref(kind, entry), lastModified(entry.data.date, entry.data.updated, corrections));
  }
  return modified;
}

/**
 * The `serialize` option of @astrojs/sitemap: each story and case file gets its <lastmod>, the day the page says it
 * last changed (`pagesModified`), so that a search engine reads again the pages that changed. The other pages (lists,
 * country and dataset pages) get none: no date in the content says when they last changed.
 */
export function sitemapLastmod(contentRoot: string, base = '/'): (item: SitemapItem) => SitemapItem {
  // Read when the sitemap is written, at the end of a build: the dev server, which loads the configuration too and
  // writes no sitemap, does not read the content for it.
  let modified: Map<string, Date> | undefined;
  return (item) => {
    modified ??= pagesModified(projectAt(contentRoot));
    const date = modified.get(sitePath(item.url, base));
    return date ? { ...item, lastmod: date.toISOString() } : item;
  };
}

/**
 * @astrojs/sitemap for a site served below `base` ("/repo/"): its addresses, and the sitemap index's address of each
 * sitemap, carry the folder. The integration reads the folder from Astro's `base` option, which Casefile leaves at
 * "/" (pages link from the root and a build moves their addresses below the folder: src/build/base-path.ts), so it
 * is told the folder in the configuration it keeps.
 */
export function sitemapBelow<T extends { hooks: Record<string, unknown> }>(integration: T, base: string): T {
  if (base === '/') return integration;
  const configDone = integration.hooks['astro:config:done'] as ((options: { config: object }) => unknown) | undefined;
  if (!configDone)
    throw new Error("@astrojs/sitemap has no 'astro:config:done' hook: sitemapBelow cannot tell it the site's folder");
  return {
    ...integration,
    hooks: {
      ...integration.hooks,
      'astro:config:done': (options: { config: object }) =>
        configDone({ ...options, config: { ...options.config, base } }),
    },
  };
}
