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
import { urlPath } from './checks/site-files.ts';

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

type PagefindIndex = NonNullable<Awaited<ReturnType<typeof createIndex>>['index']>;

async function startIndex(): Promise<PagefindIndex> {
  const { index, errors } = await createIndex({});
  if (!index || errors.length > 0) throw checkError(errors.join('; ') || 'Pagefind did not start');
  return index;
}

async function addPage(index: PagefindIndex, url: string, html: string): Promise<void> {
  const added = await index.addHTMLFile({ url, content: separateElements(html) });
  if (added.errors.length > 0) throw checkError(`${url}: ${added.errors.join('; ')}`);
}

async function indexSite(outDir: string): Promise<number> {
  const index = await startIndex();
  const pages = htmlPages(outDir);
  for (let start = 0; start < pages.length; start += batchSize) {
    await Promise.all(pages.slice(start, start + batchSize).map(([file, url]) => addPage(index, url, readFileSync(file, 'utf8'))));
  }
  return writeIndex(index, outDir);
}

/** Writes `index` into `outDir/pagefind/` and returns the pages it holds. */
async function writeIndex(index: PagefindIndex, outDir: string): Promise<number> {
  const written = await index.writeFiles({ outputPath: join(outDir, searchIndexDir) });
  if (written.errors.length > 0) throw checkError(written.errors.join('; '));
  for (const file of unusedPagefindFiles) rmSync(join(outDir, searchIndexDir, file), { force: true });
  // Pages without data-pagefind-body are read but not indexed; the entry file counts those indexed, per language.
  const entry = JSON.parse(readFileSync(join(outDir, searchIndexDir, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

/**
 * A search index filled with pages as Astro renders them (src/build/rendered-pages.ts): Pagefind, in its own
 * process, indexes while Astro renders the next pages, and the build only waits for it to write its files.
 */
export class LiveSearchIndex {
  readonly #index = startIndex();
  /** Pages handed to Pagefind: file -> pageHash of the HTML. */
  readonly #added = new Map<string, string>();
  #adding: Promise<void> = Promise.resolve();
  #failure: unknown;

  constructor() {
    this.#index.catch((error: unknown) => (this.#failure ??= error));
  }

  /** Hands a rendered page to Pagefind (`file` relative to the output folder, `hash` its pageHash()). */
  add(file: string, html: string, hash: string): void {
    if (this.#added.has(file)) this.#added.set(file, 'rendered twice');
    else this.#added.set(file, hash);
    const adding = this.#index.then((index) => addPage(index, urlPath(file), html));
    adding.catch((error: unknown) => (this.#failure ??= error));
    this.#adding = Promise.all([this.#adding, adding.catch(() => {})]).then(() => {});
  }

  /**
   * The files among `onDisk` (file -> pageHash) that Pagefind was not handed with the same bytes, and the pages it
   * was handed that are not on disk; empty when the index holds exactly the published pages.
   */
  differences(onDisk: ReadonlyMap<string, string>): string[] {
    const differ = [...onDisk].filter(([file, hash]) => this.#added.get(file) !== hash).map(([file]) => file);
    return [...differ, ...[...this.#added.keys()].filter((file) => !onDisk.has(file))];
  }

  /** Waits for Pagefind to index every page handed to it, then writes the index; returns the pages indexed. */
  async finish(outDir: string): Promise<number> {
    await unlessStalled(this.#adding);
    if (this.#failure) throw this.#failure;
    return unlessStalled(this.#index.then((index) => writeIndex(index, outDir)));
  }
}

/** The post-build step that indexes the site; any Pagefind error fails the build. */
export const searchIndexStep: PostBuildStep = {
  name: 'search index',
  async run({ outDir, log, rendered }) {
    let pages: number | undefined;
    if (rendered) {
      const onDisk = new Map(
        [...(await rendered.hashesOnDisk(outDir))].filter(([file]) => !file.startsWith(`${searchIndexDir}/`)),
      );
      const differences = rendered.search.differences(onDisk);
      if (differences.length === 0) {
        try {
          pages = await rendered.search.finish(outDir);
        } finally {
          await close();
        }
      } else {
        // Pagefind cannot take a page back: index the published files from the start.
        log(`search index: ${differences.length} page(s) differ from what Astro rendered (${differences.slice(0, 3).join(', ')}): indexing from disk`);
      }
    }
    pages ??= await writeSearchIndex(outDir);
    log(`search index: ${pages} page${pages === 1 ? '' : 's'} indexed`);
  },
};
