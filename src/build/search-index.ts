/**
 * The search index: every built HTML page in the staging folder goes through Pagefind's Node API, which writes its
 * static index into `<outDir>/pagefind/`, loaded by the search page only when a reader searches.
 *
 * What is indexed is decided in the markup, not here: only the content inside `data-pagefind-body` (Base marks <main>
 * on story, case, country and dataset pages), minus anything under `data-pagefind-ignore` (chart SVGs, whose axis
 * ticks are noise). Filters and result metadata come from `SearchMeta.astro`. Titles weigh more through Pagefind's
 * default heading weights (h1 = 7, h2 = 6 … h6 = 2, body text = 1), so no `data-pagefind-weight` is needed on them.
 * Pagefind splits the index by each page's `<html lang>`, so a French page gets a French index without configuration.
 */
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, sep } from 'node:path';
import { close, createIndex } from 'pagefind';
import type { PostBuildStep } from './steps.ts';

/** Where the index goes inside the built site; the search page loads `/pagefind/pagefind.js` from here. */
export const searchIndexDir = 'pagefind';

/**
 * Files Pagefind writes that the site never loads: its ready-made interfaces (the search page has its own script,
 * see src/pages/search.astro), the highlighting script for result pages, and the web worker (the search page runs
 * Pagefind with `noWorker`). Removing them keeps ~430 kB of unused JavaScript and CSS out of the published site.
 */
export const unusedPagefindFiles = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-highlight.js',
  'pagefind-worker.js',
];

function checkError(message: string): Error {
  const error = new Error(`search index: ${message}`);
  error.name = 'CheckError';
  return error;
}

/**
 * Settles when the process runs out of work while `work` is still pending: Pagefind's service never answers if its
 * binary crashes (a panic on an unwritable output path, say), which would otherwise leave the build hanging on a
 * promise that cannot settle and exit without saying why.
 */
async function unlessStalled<T>(work: Promise<T>): Promise<T> {
  let onIdle = () => {};
  const stalled = new Promise<never>((_, reject) => {
    onIdle = () => reject(checkError('Pagefind stopped without an answer (its process crashed; see the lines above)'));
    process.once('beforeExit', onIdle);
  });
  try {
    return await Promise.race([work, stalled]);
  } finally {
    process.off('beforeExit', onIdle);
  }
}

/** Indexes the built site at `outDir` and writes the index into `outDir/pagefind/`; returns the pages indexed. */
export async function writeSearchIndex(outDir: string): Promise<number> {
  try {
    return await unlessStalled(indexSite(outDir));
  } finally {
    // Pagefind runs as a child process; leaving it alive would keep the build process from exiting.
    await close();
  }
}

/**
 * The HTML as Pagefind should read it. Pagefind joins the text of adjacent elements, and Astro writes no whitespace
 * between tags, so `<dt>State</dt><dd>Russia</dd>` or a chart's `<span>title</span><span>subtitle</span>` would be
 * indexed as one word ("StateRussia"). A space between a closing tag and the next opening tag keeps them apart;
 * words split by inline markup (`<em>un</em>fair`) are untouched. Only the index sees this; the pages are unchanged.
 */
export function separateElements(html: string): string {
  return html.replace(/(<\/[a-zA-Z][^>]*>)(?=<[a-zA-Z])/g, '$1 ');
}

/** The site's HTML files under `outDir`, as [file, URL path] ("stories/x/index.html" is "/stories/x/"). */
function htmlPages(outDir: string): [string, string][] {
  return readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.html') && !path.startsWith(`${searchIndexDir}${sep}`))
    .sort()
    .map((path) => [join(outDir, path), `/${path.split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1')]);
}

/** Files read and sent to Pagefind at a time: bounded, so memory stays flat however large the archive grows. */
const batchSize = 32;

async function indexSite(outDir: string): Promise<number> {
  const { index, errors } = await createIndex({});
  if (!index || errors.length > 0) throw checkError(errors.join('; ') || 'Pagefind did not start');
  const pages = htmlPages(outDir);
  for (let start = 0; start < pages.length; start += batchSize) {
    const batch = pages.slice(start, start + batchSize).map(async ([file, url]) => {
      const added = await index.addHTMLFile({ url, content: separateElements(readFileSync(file, 'utf8')) });
      if (added.errors.length > 0) throw checkError(`${url}: ${added.errors.join('; ')}`);
    });
    await Promise.all(batch);
  }
  const written = await index.writeFiles({ outputPath: join(outDir, searchIndexDir) });
  if (written.errors.length > 0) throw checkError(written.errors.join('; '));
  for (const file of unusedPagefindFiles) rmSync(join(outDir, searchIndexDir, file), { force: true });
  // Pages without data-pagefind-body are read but not indexed; the entry file counts those indexed, per language.
  const entry = JSON.parse(readFileSync(join(outDir, searchIndexDir, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

/** The post-build step that indexes the site; any Pagefind error fails the build. */
export const searchIndexStep: PostBuildStep = {
  name: 'search index',
  async run({ outDir, log }) {
    const pages = await writeSearchIndex(outDir);
    log(`search index: ${pages} page${pages === 1 ? '' : 's'} indexed`);
  },
};
