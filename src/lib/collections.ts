/**
 * The published entries of each collection: what every page, list, feed and index must go through, so a draft or
 * an embargoed page cannot reach the output by one forgotten filter.
 */
import { join } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildTime, isPreview, isPublished } from './visibility.ts';
import { entryLocale } from './translations.ts';
import { typeset } from './typography.ts';
import { contentRoot } from '../site.config.ts';
import { emptyCollections } from '../build/sitemap-filter.ts';
import { pageProblemsHeld } from '../build/dev-page-problems.ts';
import { datasetFiles, holdsFile, holdsSource } from './content-files.ts';

const now = buildTime();
const preview = isPreview();
const empty = emptyCollections(contentRoot, now, preview);
/** As src/content.config.ts tells the dev server (astro.config.mjs sets the command). */
const dev = process.env.CASEFILE_ASTRO_COMMAND === 'dev';
/** Whether content/stories or content/cases holds a page that the collection's loader reads. */
const hasPages = (collection: 'stories' | 'cases') => holdsFile(join(contentRoot, 'content', collection), '.mdx');

/**
 * The entries of a collection, as getCollection gives them, without asking Astro for one the build knows is empty:
 * Astro warns at each such call that the collection "does not exist or is empty" (emptyCollections).
 *
 * On the dev server, while a page's frontmatter has a mistake the build would stop on, the mistake instead
 * (src/build/dev-page-problems.ts): a page read with it when the server started is stored unchecked
 * (src/lib/page-loader.ts), and the routes that list the pages (a story's own address) run before the middleware that
 * shows the mistake, and failed on the fields it lacks ("TypeError: Cannot read properties of undefined").
 *
 * The dev server knows nothing empty when it starts (pages come and go while it runs): it looks in the folder at each
 * call instead, and asks Astro for nothing while it holds no page. On a site with no case file yet, each /cases/x/
 * asked for (its route lists the case files, and so does the dev 404 page, for a draft at that address) printed that
 * the collection "cases" does not exist or is empty.
 */
export async function entriesOf<C extends 'stories' | 'cases'>(
  collection: C,
  filter?: (entry: CollectionEntry<C>) => boolean,
): Promise<CollectionEntry<C>[]> {
  const problems = pageProblemsHeld();
  if (problems) throw problems;
  if (empty.has(collection) || (dev && !hasPages(collection))) return [];
  return filter ? getCollection(collection, filter) : getCollection(collection);
}

/**
 * The datasets or the bibliography, as getCollection gives them, without asking Astro while the site has none: Astro
 * warned at each call that the collection "datasets" or "sources" "does not exist or is empty" (on the dev server's
 * first page after a start or a change, and five times in a build), a fault read into a site without one yet. Looked
 * for in the files as their loaders read them, at each call: they come and go while the dev server runs.
 */
export async function dataEntriesOf<C extends 'datasets' | 'sources'>(collection: C): Promise<CollectionEntry<C>[]> {
  const data = join(contentRoot, 'data');
  const holds = collection === 'datasets' ? datasetFiles(data).length > 0 : holdsSource(join(data, 'sources.json'));
  return holds ? getCollection(collection) : [];
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
  const unchanged =
    set.title === title && set.summary === summary && set.corrections.every((c, i) => c.text === corrections[i]!.text);
  return unchanged ? entry : { ...entry, data: { ...entry.data, ...set } };
}
