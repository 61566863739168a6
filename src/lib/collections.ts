/**
 * The published entries of each collection: what every page, list, feed and index must go through, so a draft or
 * an embargoed page cannot reach the output by one forgotten filter.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildTime, isPreview, isPublished } from './visibility.ts';
import { entryLocale } from './translations.ts';
import { typeset } from './typography.ts';
import { contentRoot } from '../site.config.ts';
import { emptyCollections } from '../build/sitemap-filter.ts';
import { pageProblemsHeld } from '../build/dev-page-problems.ts';

const now = buildTime();
const preview = isPreview();
const empty = emptyCollections(contentRoot, now, preview);

/**
 * The entries of a collection, as getCollection gives them, without asking Astro for one the build knows is empty:
 * Astro warns at each such call that the collection "does not exist or is empty" (emptyCollections).
 *
 * On the dev server, while a page's frontmatter has a mistake the build would stop on, the mistake instead
 * (src/build/dev-page-problems.ts): a page read with it when the server started is stored unchecked
 * (src/lib/page-loader.ts), and the routes that list the pages (a story's own address) run before the middleware that
 * shows the mistake, and failed on the fields it lacks ("TypeError: Cannot read properties of undefined").
 */
export async function entriesOf<C extends 'stories' | 'cases'>(collection: C, filter?: (entry: CollectionEntry<C>) => boolean): Promise<CollectionEntry<C>[]> {
  const problems = pageProblemsHeld();
  if (problems) throw problems;
  if (empty.has(collection)) return [];
  return filter ? getCollection(collection, filter) : getCollection(collection);
}

/** Published stories, newest first. */
export async function publishedStories(): Promise<CollectionEntry<'stories'>[]> {
  const stories = (await entriesOf('stories', ({ data }) => isPublished(data, now, preview))).map(typesetEntry);
  return stories.sort((a, b) => b.data.date.getTime() - a.data.date.getTime());
}

/** Published case files, newest first. */
export async function publishedCases(): Promise<CollectionEntry<'cases'>[]> {
  const cases = (await entriesOf('cases', ({ data }) => isPublished(data, now, preview))).map(typesetEntry);
  return cases.sort((a, b) => b.data.date.getTime() - a.data.date.getTime());
}

/**
 * `entry` with the text of its frontmatter (headline, summary, corrections) typeset for its language, as its prose
 * is (src/build/typeset-prose.ts): a French headline typed "Interpol : …" gets a no-break space before the colon
 * in every list, feed, social card and search result that shows it.
 */
function typesetEntry<T extends CollectionEntry<'stories' | 'cases'>>(entry: T): T {
  const lang = entryLocale(entry);
  const { title, summary, corrections } = entry.data;
  const set = {
    title: typeset(title, lang),
    summary: typeset(summary, lang),
    corrections: corrections.map((correction) => ({ ...correction, text: typeset(correction.text, lang) })),
  };
  const unchanged = set.title === title && set.summary === summary && set.corrections.every((c, i) => c.text === corrections[i]!.text);
  return unchanged ? entry : { ...entry, data: { ...entry.data, ...set } };
}
