/**
 * The leak check: a draft or an embargoed page must exist nowhere in the published site. After every other step
 * (the search index included), every file of the staging folder is read (compressed files such as Pagefind's index
 * fragments after decompression) and searched for the slug and the title of each withheld page; a file path that
 * names a withheld slug is a leak too. Any hit fails the build before the staging folder replaces dist/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { PostBuildStep } from '../steps.ts';
import type { Project } from '../../lib/load-project.ts';
import { withheld } from '../../lib/visibility.ts';
import { datasetsMentioned, publishedDatasetIds } from '../../lib/dataset-usage.ts';
import { dictionaries } from '../../i18n/index.ts';

/** A page that must not appear in the output. */
export interface WithheldPage {
  /** The editor's file, for the message: content/stories/x.mdx, data/x.json. */
  file: string;
  slug: string;
  title: string;
  /** A draft, an embargoed page, or a dataset that only withheld pages use (it would reveal what they are about). */
  reason: 'draft' | 'embargo' | 'withheld-data';
  /**
   * Set when the published site writes the title anyway (a published page's own title, the site's word "Corrections"):
   * finding it in the output would prove nothing, so only the slug is searched for (see isCommonPhrase).
   */
  titleIsCommon?: boolean;
}

/** One place where a withheld page shows in the output. */
export interface Leak {
  /** The file, relative to the output folder. */
  path: string;
  page: WithheldPage;
  /** What gave it away. */
  found: 'slug' | 'title';
}

/** Files whose bytes cannot hold readable text worth scanning (their paths are still checked). */
const binary = new Set(['.png', '.jpg', '.jpeg', '.webp', '.avif', '.gif', '.tif', '.tiff', '.ico', '.woff', '.woff2', '.ttf', '.otf', '.wasm']);

/** The stories and case files withheld at `now`, and the datasets only they use. */
export function withheldPages(project: Project, now: Date): WithheldPage[] {
  const pages: WithheldPage[] = [];
  const entries = [...project.stories, ...project.cases];
  for (const entry of entries) {
    const reason = withheld(entry.data, now);
    if (reason) pages.push({ file: entry.file, slug: entry.id, title: entry.data.title, reason });
  }
  const usage = entries.map((entry) => ({
    datasets: datasetsMentioned(entry.body, entry.data.datasets),
    published: withheld(entry.data, now) === null,
  }));
  const published = publishedDatasetIds(project.datasets.keys(), usage);
  for (const [id, dataset] of project.datasets) {
    if (published.has(id)) continue;
    pages.push({ file: dataset.file, slug: id, title: dataset.title, reason: 'withheld-data' });
    // Pages in other languages name it by its translated title.
    for (const translation of Object.values(dataset.translations ?? {})) {
      if (translation.title) pages.push({ file: dataset.file, slug: id, title: translation.title, reason: 'withheld-data' });
    }
  }
  if (pages.length > 0) {
    const texts = publishedTexts(project, now);
    for (const page of pages) if (isCommonPhrase(page.title, texts)) page.titleIsCommon = true;
  }
  return pages;
}

/**
 * Whether a withheld title is a phrase the published site writes anyway, so that finding it in the output would prove
 * nothing: the title of a published page or dataset, or words of the site's own (its dictionaries). Such a page is
 * searched for by its slug alone. How often published pages write a phrase decides nothing: three public pages teasing
 * an embargoed story by its headline are three leaks.
 */
function isCommonPhrase(title: string, texts: PublishedTexts): boolean {
  return texts.titles.has(normalise(title)) || titleVariants(title).some((variant) => variant.test(texts.site));
}

interface PublishedTexts {
  /** The titles of published pages and datasets, normalised. */
  titles: Set<string>;
  /** The site's own words in every language, as searched (lower-cased). */
  site: string;
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

function publishedTexts(project: Project, now: Date): PublishedTexts {
  const titles = new Set<string>();
  const entries = [...project.stories, ...project.cases];
  for (const entry of entries) if (withheld(entry.data, now) === null) titles.add(normalise(entry.data.title));
  const usage = entries.map((entry) => ({
    datasets: datasetsMentioned(entry.body, entry.data.datasets),
    published: withheld(entry.data, now) === null,
  }));
  const published = publishedDatasetIds(project.datasets.keys(), usage);
  for (const [id, dataset] of project.datasets) {
    if (!published.has(id)) continue;
    titles.add(normalise(dataset.title));
    for (const translation of Object.values(dataset.translations ?? {})) if (translation.title) titles.add(normalise(translation.title));
  }
  siteWords ??= Object.values(dictionaries)
    .flatMap((dictionary) => Object.values(dictionary))
    .join('\n')
    .toLowerCase();
  return { titles, site: siteWords };
}

let siteWords: string | undefined;

/** Every file below `dir`, as paths relative to it, sorted. */
export function listFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name).slice(dir.length + 1))
    .sort();
}

/** The text a file holds for a reader or a machine: gzip members (Pagefind's index) are decompressed first. */
export function readableText(bytes: Buffer): string {
  let data = bytes;
  if (data[0] === 0x1f && data[1] === 0x8b) {
    try {
      data = gunzipSync(data);
    } catch {
      // Not a complete gzip stream after all: scan the bytes as they are.
    }
  }
  return data.toString('utf8');
}

/** Finds every place in `dir` where a withheld page shows. */
export function findLeaks(dir: string, pages: WithheldPage[]): Leak[] {
  if (pages.length === 0) return [];
  const matchers = pages.map((page) => ({ page, slug: slugPattern(page.slug), title: page.titleIsCommon ? [] : titleVariants(page.title) }));
  const leaks: Leak[] = [];
  for (const path of listFiles(dir)) {
    const inPath = matchers.filter((m) => m.slug.test(`/${path}`));
    for (const m of inPath) leaks.push({ path, page: m.page, found: 'slug' });
    if (binary.has(extname(path).toLowerCase())) continue;
    const text = readableText(readFileSync(join(dir, path)));
    const lower = decodeEntities(text).toLowerCase();
    const rawLower = text.toLowerCase();
    for (const m of matchers) {
      if (inPath.includes(m)) continue;
      if (m.title.some((variant) => variant.test(lower) || variant.test(rawLower))) {
        leaks.push({ path, page: m.page, found: 'title' });
      } else if (m.slug.test(text)) {
        leaks.push({ path, page: m.page, found: 'slug' });
      }
    }
  }
  return leaks;
}

const reasons: Record<WithheldPage['reason'], string> = {
  draft: 'a draft',
  embargo: 'embargoed',
  'withheld-data': 'a dataset only withheld pages use',
};

/** How many files must name a withheld title before the message suggests it is a common phrase. */
const widespread = 10;

/**
 * The check's message: one line per leak, naming the output file and the withheld page. (No colon after the output
 * file: a line starting "x.json: " would read as a content error in the build report.)
 */
export function formatLeaks(leaks: Leak[]): string {
  const lines = leaks.map(
    ({ path, page, found }) =>
      `  ${path} mentions "${found === 'slug' ? page.slug : page.title}", the ${found === 'slug' && page.reason === 'withheld-data' ? 'id' : found} of ${page.file} (${reasons[page.reason]})`,
  );
  // A title found all over the site is more likely a phrase the site uses than a leak: the editor can tell, the check
  // cannot, and it stays closed.
  const byTitle = new Map<WithheldPage, number>();
  for (const { page, found } of leaks) if (found === 'title') byTitle.set(page, (byTitle.get(page) ?? 0) + 1);
  const hints = [...byTitle]
    .filter(([, count]) => count >= widespread)
    .map(([page, count]) => `"${page.title}" (${page.file}) is found in ${count} files: if it is a phrase the site uses anyway rather than a leak, give the withheld page a more distinctive title while it is withheld.`);
  return `leak check: ${leaks.length} file${leaks.length === 1 ? '' : 's'} of the output mention${leaks.length === 1 ? 's' : ''} a withheld page:\n${lines.join('\n')}\nRemove the mention (or publish the page) and build again.${hints.map((hint) => `\n${hint}`).join('')}`;
}

/** The post-build step. Preview builds include withheld pages on purpose and are not deployed: no check there. */
export const leakCheckStep: PostBuildStep = {
  name: 'leak check',
  run({ outDir, project, now, preview, log }) {
    if (preview) return;
    const pages = withheldPages(project, now);
    const leaks = findLeaks(outDir, pages);
    if (leaks.length > 0) {
      const error = new Error(formatLeaks(leaks));
      error.name = 'CheckError';
      throw error;
    }
    for (const page of pages.filter((p) => p.titleIsCommon)) {
      log(`leak check: the title of ${page.file}, "${page.title}", is a phrase the published site writes anyway: searched for by its ${page.reason === 'withheld-data' ? 'id' : 'slug'} only`);
    }
    const data = pages.filter((p) => p.reason === 'withheld-data').length;
    log(`leak check: ${pages.length - data} withheld page${pages.length - data === 1 ? '' : 's'} and ${data} withheld dataset${data === 1 ? '' : 's'}, not found in the output`);
  },
};

/**
 * A slug as a whole token. A hyphenated slug is specific enough to be a leak anywhere; a one-word slug is an ordinary
 * word, so it counts only as a path segment (/stories/<slug>, a file name).
 */
function slugPattern(slug: string): RegExp {
  const escaped = slug.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return slug.includes('-') ? new RegExp(`(?<![A-Za-z0-9-])${escaped}(?![A-Za-z0-9-])`) : new RegExp(`/${escaped}(?![A-Za-z0-9-])`);
}

/**
 * The title as it may be written in HTML, XML or JSON, lower-cased, as whole words: "Files" is not found in
 * "Filesystem".
 */
function titleVariants(title: string): RegExp[] {
  const plain = title.replace(/\s+/g, ' ').trim().toLowerCase();
  return [...new Set([plain, JSON.stringify(plain).slice(1, -1)])].map(
    // An apostrophe matches in either form: titles are typeset (Interpol’s), what an editor types elsewhere may not be.
    (variant) => new RegExp(`(?<![\\p{L}\\p{N}])${variant.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]")}(?![\\p{L}\\p{N}])`, 'u'),
  );
}

const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]{1,6});/gi, (_, hex: string) => codePoint(parseInt(hex, 16)))
    .replace(/&#(\d{1,7});/g, (_, dec: string) => codePoint(Number(dec)))
    .replace(/&(amp|lt|gt|quot|apos|nbsp);/g, (_, name: string) => named[name] ?? '')
    .replace(/\s+/g, ' ');
}

function codePoint(n: number): string {
  return n <= 0x10ffff ? String.fromCodePoint(n) : '';
}
