/**
 * The search index: every built HTML page in the staging folder goes through Pagefind's Node API, which writes its
 * static index into `<outDir>/pagefind/`, loaded by the search page only when a reader searches.
 *
 * What is indexed is decided in the markup: only the content inside `data-pagefind-body` (Base marks <main> on story,
 * case, country and dataset pages, and only those pages are handed to Pagefind: `marksIndexedText`), minus anything
 * under `data-pagefind-ignore` (chart SVGs, whose axis ticks are noise). Filters and result metadata come from
 * `SearchMeta.astro`. Titles weigh more through Pagefind's default heading weights (h1 = 7, h2 = 6 … h6 = 2, body
 * text = 1), so no `data-pagefind-weight` is needed on them.
 * Pagefind splits the index by each page's `<html lang>`, so a French page gets a French index without configuration;
 * a page another language's site lists untranslated is indexed there too, as a copy (`editionCopies`).
 */
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  cpSync,
  linkSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { readFile } from 'node:fs/promises';
import { subscribe } from 'node:diagnostics_channel';
import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { basename, dirname, join, sep } from 'node:path';
import { close, createIndex } from 'pagefind';
import type { PostBuildStep } from './steps.ts';
import { urlPath } from './checks/site-files.ts';
import { pageHash } from './rendered-pages.ts';
import { pageFactsDir } from './checks/page-scan.ts';
import { markFolderUsed } from './cache-prune.ts';

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

/** The waits on Pagefind under way (`unlessStalled`), each failed should Pagefind's process end meanwhile. */
const waiting = new Set<(error: Error) => void>();

const crashed = () => checkError('Pagefind stopped without an answer (its process crashed; see the lines above)');

// Pagefind's Node API does not notice its process ending: a request it sent is never answered. Its process is a child
// of this one (`pagefind_extended --service`), seen as it starts.
subscribe('child_process', (message) => {
  const child = (message as { process: ChildProcess }).process;
  child.once('exit', () => {
    if (child.spawnargs.at(-1) !== '--service' || !/pagefind/i.test(basename(child.spawnfile ?? ''))) return;
    for (const fail of waiting) fail(crashed());
  });
});

/**
 * Settles as `work` does, or fails when Pagefind's process ends while `work` is still pending: Pagefind's service
 * never answers if its binary crashes (a panic on a full disk or an unwritable output path), which would otherwise
 * leave the build hanging on a promise that cannot settle. Waiting instead for the process to run out of work
 * ('beforeExit') caught a crash only when nothing else was left running: during a build the workers of the output
 * checks are, and a build whose disk filled up while Pagefind wrote its index hung for good. That wait stays, for a
 * request sent after the process had ended.
 */
async function unlessStalled<T>(work: Promise<T>): Promise<T> {
  let onIdle = () => {};
  let onEnded = (_error: Error) => {};
  const stalled = new Promise<never>((_, reject) => {
    onIdle = () => reject(crashed());
    onEnded = reject;
    process.once('beforeExit', onIdle);
    waiting.add(onEnded);
  });
  try {
    return await Promise.race([work, stalled]);
  } finally {
    process.off('beforeExit', onIdle);
    waiting.delete(onEnded);
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
 * The HTML as Pagefind should read it: without its SVG drawings, and with its elements apart.
 *
 * A chart's SVG is inside `data-pagefind-ignore` (its axis ticks and labels are noise; the chart's title, summary
 * and table carry its words), so Pagefind would parse it only to drop it: removing it first gives the same index
 * (compared file by file at 1,000 stories) and a third less work for Pagefind. No page puts words for the index in
 * an SVG.
 *
 * Pagefind joins the text of adjacent elements, and Astro writes no whitespace
 * between tags, so `<dt>State</dt><dd>Russia</dd>` or a chart's `<span>title</span><span>subtitle</span>` would be
 * indexed as one word ("StateRussia"). A space between a closing tag and the next opening tag keeps them apart;
 * words split by inline markup (`<em>un</em>fair`) are untouched. Only the index sees this; the pages are unchanged.
 */
export function forIndex(html: string): string {
  return separateElements(html.replace(/<svg\b[\s\S]*?<\/svg>/g, ''));
}

/** The element separation of `forIndex`. */
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

/** An element's opening tag carrying `data-pagefind-body`: the page marks the text it gives the index. */
const indexedTextMark = /<[a-zA-Z][^>]*\sdata-pagefind-body(?=[\s=/>])/;

/**
 * Whether Pagefind should be handed `html`: only a page that marks its text for the index. Pagefind ignores the
 * others once one page of the site is marked, but indexes every page whole (menus, the 404 page) on a site in which
 * none is, such as a new site whose first story is still a draft; handed none, it writes an index holding nothing.
 */
export function marksIndexedText(html: string): boolean {
  return indexedTextMark.test(html);
}

/**
 * Indexes a page, and its copies for the other languages whose sites list it untranslated (`editionCopies`): each
 * language has its own index, and a French reader searches the French one. A page that marks no text is left out.
 */
async function addPage(index: PagefindIndex, url: string, html: string): Promise<void> {
  if (!marksIndexedText(html)) return;
  await Promise.all(
    [{ url, html }, ...editionCopies(url, html)].map(async (page) => {
      const added = await index.addHTMLFile({ url: page.url, content: forIndex(page.html) });
      if (added.errors.length > 0) throw checkError(`${url}: ${added.errors.join('; ')}`);
    }),
  );
}

const editionBlock = /<div data-search-edition="([^"]+)" hidden data-pagefind-ignore="all">/g;

/**
 * The page at `url` as the search index of each other language that lists it holds it (SearchMeta's `editions`):
 * under `<html lang>` of that language, with the page's own search block ignored whole and that language's block
 * read. Pagefind keeps one record per address across languages, so a copy's address carries the language after a
 * `#` (`/stories/x/#fr`); its `url` metadata is the page's address, which the search page links.
 */
export function editionCopies(url: string, html: string): { lang: string; url: string; html: string }[] {
  const langs = [...new Set([...html.matchAll(editionBlock)].map((match) => match[1]!))];
  return langs.map((lang) => ({
    lang,
    url: `${url}#${lang}`,
    html: html
      .replace(/<html lang="[^"]*"/, `<html lang="${lang}"`)
      .replace(
        '<div data-search-meta hidden data-pagefind-ignore>',
        '<div data-search-meta hidden data-pagefind-ignore="all">',
      )
      .replace(
        `<div data-search-edition="${lang}" hidden data-pagefind-ignore="all">`,
        `<div data-search-edition="${lang}" hidden>`,
      ),
  }));
}

async function indexSite(outDir: string): Promise<number> {
  const index = await startIndex();
  const pages = htmlPages(outDir);
  for (let start = 0; start < pages.length; start += batchSize) {
    await Promise.all(
      pages.slice(start, start + batchSize).map(([file, url]) => addPage(index, url, readFileSync(file, 'utf8'))),
    );
  }
  return writeIndex(index, outDir);
}

/** Writes `index` into `outDir/pagefind/` and returns the pages it holds. */
async function writeIndex(index: PagefindIndex, outDir: string): Promise<number> {
  const written = await index.writeFiles({ outputPath: join(outDir, searchIndexDir) });
  if (written.errors.length > 0) throw checkError(written.errors.join('; '));
  for (const file of unusedPagefindFiles) rmSync(join(outDir, searchIndexDir, file), { force: true });
  return indexedPages(join(outDir, searchIndexDir));
}

/**
 * A search index filled with pages as Astro renders them (src/build/rendered-pages.ts): Pagefind, in its own
 * process, indexes while Astro renders the next pages, and the build only waits for it to write its files.
 */
export class LiveSearchIndex {
  readonly #index = startIndex();
  /** Pages handed to Pagefind: file -> pageHash of the HTML ('rendered twice' when handed over twice, differently). */
  readonly #added = new Map<string, string>();
  /** Pages handed over ahead from the published site (search-ahead.ts) and not rendered since. */
  readonly #ahead = new Set<string>();
  #addingAhead: Promise<void> = Promise.resolve();
  #stopAhead = false;
  #adding: Promise<void> = Promise.resolve();
  #failure: unknown;

  constructor() {
    this.#index.catch((error: unknown) => (this.#failure ??= error));
  }

  /** Hands a rendered page to Pagefind (`file` relative to the output folder, `hash` its pageHash()). */
  add(file: string, html: string, hash: string): void {
    const before = this.#added.get(file);
    if (before !== undefined && this.#ahead.delete(file) && before === hash) return; // handed over ahead, same bytes
    this.#added.set(file, before === undefined ? hash : 'rendered twice');
    this.#send(file, html);
  }

  #send(file: string, html: string): void {
    const adding = this.#index.then((index) => addPage(index, urlPath(file), html));
    adding.catch((error: unknown) => (this.#failure ??= error));
    this.#adding = Promise.all([this.#adding, adding.catch(() => {})]).then(() => {});
  }

  /**
   * Hands over `files` of the published site at `published` in the background, in bounded batches, as pages
   * expected to come out of this build byte for byte the same (search-ahead.ts). A page rendered meanwhile with the
   * same bytes is not handed over twice; with other bytes, it counts as a difference. A file that cannot be read is
   * left for `addFromDisk`. May be called again with more files.
   */
  addAheadFromDisk(published: string, files: readonly string[]): void {
    const run = async () => {
      for (let start = 0; start < files.length && this.#failure === undefined && !this.#stopAhead; start += batchSize) {
        const batch = files.slice(start, start + batchSize);
        const read = await Promise.all(
          batch.map((file) => readFile(join(published, file), 'utf8').catch(() => undefined)),
        );
        batch.forEach((file, i) => {
          const html = read[i];
          if (html === undefined) return;
          const hash = pageHash(html);
          const before = this.#added.get(file);
          if (before === undefined) {
            this.#added.set(file, hash);
            this.#ahead.add(file);
            this.#send(file, html);
          } else if (before !== hash) {
            this.#added.set(file, 'rendered twice');
          }
        });
        await this.#adding;
      }
    };
    const running = run().catch((error: unknown) => {
      this.#failure ??= error;
    });
    // Called again (the pages predicted by their keys after those predicted from the content): aheadDone waits for both.
    this.#addingAhead = Promise.all([this.#addingAhead, running]).then(() => {});
  }

  /** Settles when the pages handed over ahead are all handed over (their indexing may still be going on). */
  aheadDone(): Promise<void> {
    return this.#addingAhead;
  }

  /** Stops handing pages over ahead (the index is not needed: the last build's was restored). */
  stopAhead(): void {
    this.#stopAhead = true;
  }

  /**
   * The files among `onDisk` (file -> pageHash) that Pagefind was handed with other bytes, and the pages it was
   * handed that are not on disk; empty when every page it holds is published as it was indexed.
   */
  differences(onDisk: ReadonlyMap<string, string>): string[] {
    const differ = [...onDisk]
      .filter(([file, hash]) => this.#added.has(file) && this.#added.get(file) !== hash)
      .map(([file]) => file);
    return [...differ, ...[...this.#added.keys()].filter((file) => !onDisk.has(file))];
  }

  /**
   * The files among `onDisk` that Pagefind was never handed: pages Astro copied from its incremental cache instead
   * of rendering them (see src/lib/page-keys.ts).
   */
  missing(onDisk: ReadonlyMap<string, string>): string[] {
    return [...onDisk.keys()].filter((file) => !this.#added.has(file)).sort();
  }

  /** Indexes published pages that were never handed over (`missing`), read from `outDir` in bounded batches. */
  async addFromDisk(outDir: string, files: readonly string[]): Promise<void> {
    for (let start = 0; start < files.length; start += batchSize) {
      const batch = files.slice(start, start + batchSize);
      for (const file of batch) {
        const html = readFileSync(join(outDir, file), 'utf8');
        this.add(file, html, pageHash(html));
      }
      await unlessStalled(this.#adding);
    }
  }

  /** Waits for Pagefind to index every page handed to it, then writes the index; returns the pages indexed. */
  async finish(outDir: string): Promise<number> {
    await unlessStalled(this.#adding);
    if (this.#failure) throw this.#failure;
    return unlessStalled(this.#index.then((index) => writeIndex(index, outDir)));
  }
}

/**
 * The index of the last build, kept so that a rebuild whose pages are all unchanged (Astro copied most of them from
 * its incremental cache, see src/lib/page-keys.ts) copies it instead of indexing every page again. It is keyed by
 * every page's address and bytes, Pagefind's version and this module's source; one index is kept, the last one.
 * A reused index is the files Pagefind wrote for exactly these pages.
 *
 * Its files are hard-linked into the published site, whose modification times say when each file last changed
 * (src/build/keep-times.ts): using it touches none of them. Its pruning (src/build/cache-prune.ts) goes by a stamp
 * file of its own, written when it is saved and each time it is reused, and removes it whole.
 */
export class SearchIndexCache {
  readonly #dir: string;
  readonly #clock: () => Date;

  /** `clock`: the time a use is marked at. */
  constructor(dir: string, clock: () => Date = () => new Date()) {
    this.#dir = dir;
    this.#clock = clock;
  }

  /** The key of a site whose HTML pages are `onDisk` (file -> pageHash). */
  static key(onDisk: ReadonlyMap<string, string>): string {
    const hash = createHash('sha256')
      .update(pagefindVersion())
      .update(readFileSync(fileURLToPath(import.meta.url)));
    for (const [file, pageHash] of [...onDisk].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      hash.update(`\n${file} ${pageHash}`);
    return hash.digest('hex');
  }

  /** Puts the kept index into `target` if it was made for `key` and is whole; returns whether it did. */
  restore(key: string, target: string): boolean {
    let manifest: { key: string; files: Record<string, number> };
    try {
      manifest = JSON.parse(readFileSync(join(this.#dir, 'manifest.json'), 'utf8'));
    } catch {
      return false;
    }
    if (manifest.key !== key) return false;
    const index = join(this.#dir, 'index');
    const whole = Object.entries(manifest.files).every(
      ([file, size]) => statSync(join(index, file), { throwIfNoEntry: false })?.size === size,
    );
    if (!whole) return false;
    for (const file of Object.keys(manifest.files)) {
      mkdirSync(dirname(join(target, file)), { recursive: true });
      // A hard link: no bytes to write while the build is writing thousands of pages. Neither copy is ever changed
      // in place (the cache is replaced whole, the site is replaced by a rename), so sharing the files is safe.
      try {
        linkSync(join(index, file), join(target, file));
      } catch {
        copyFileSync(join(index, file), join(target, file));
      }
    }
    markFolderUsed(this.#dir, this.#clock());
    return true;
  }

  /** Keeps the index at `source` (just written for `key`) in place of the one kept before. */
  save(key: string, source: string): void {
    rmSync(this.#dir, { recursive: true, force: true });
    const index = join(this.#dir, 'index');
    cpSync(source, index, { recursive: true });
    const files = Object.fromEntries(
      readdirSync(index, { recursive: true, encoding: 'utf8' })
        .map((file) => [file.split(sep).join('/'), statSync(join(index, file))] as const)
        .filter(([, stats]) => stats.isFile())
        .map(([file, stats]) => [file, stats.size]),
    );
    // Written last: a folder without it (a build stopped while copying) is never reused.
    writeFileSync(join(this.#dir, 'manifest.json'), JSON.stringify({ key, files }));
    markFolderUsed(this.#dir, this.#clock());
  }
}

function pagefindVersion(): string {
  // Pagefind does not export its package.json: it is the first one above the entry file.
  let dir = dirname(fileURLToPath(import.meta.resolve('pagefind')));
  for (;;) {
    const manifest = statSync(join(dir, 'package.json'), { throwIfNoEntry: false });
    if (manifest) return (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
    if (dirname(dir) === dir) throw new Error('search index: Pagefind has no package.json above its entry file');
    dir = dirname(dir);
  }
}

/** The number of pages an index written into `dir` holds (its entry file counts them, per language). */
function indexedPages(dir: string): number {
  // Pages without data-pagefind-body are read but not indexed; the entry file counts those indexed.
  const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

/** The post-build step that indexes the site; any Pagefind error fails the build. */
export const searchIndexStep: PostBuildStep = {
  name: 'search index',
  async run({ root, outDir, log, rendered }) {
    let pages: number | undefined;
    let handed = '';
    if (rendered) {
      const onDisk = new Map(
        [...(await rendered.hashesOnDisk(outDir))].filter(([file]) => !file.startsWith(`${searchIndexDir}/`)),
      );
      const cache = new SearchIndexCache(pageFactsDir(root, 'search-index'));
      const key = SearchIndexCache.key(onDisk);
      if (cache.restore(key, join(outDir, searchIndexDir))) {
        rendered.search.stopAhead();
        pages = indexedPages(join(outDir, searchIndexDir));
        log(
          `search index: ${pages} page${pages === 1 ? '' : 's'}, all unchanged since the last build: its index copied`,
        );
        return;
      }
      try {
        ({ pages, handed } = await indexRendered(rendered.search, outDir, onDisk, log));
      } finally {
        await close();
      }
      cache.save(key, join(outDir, searchIndexDir));
    } else {
      pages = await writeSearchIndex(outDir);
    }
    log(`search index: ${pages} page${pages === 1 ? '' : 's'} indexed${handed}`);
  },
};

/**
 * Completes the index Pagefind was fed while Astro rendered with the pages Astro copied, and writes it. When a page
 * it was handed differs from the file on disk (Pagefind cannot take a page back), indexes the site from disk.
 * Returns the pages indexed and, for the log, how many HTML files were handed over while Astro rendered (pages
 * handed ahead from the published site included) and how many were read from disk: a build that hands none over
 * still writes a whole index, and only this count tells it read every page again.
 */
async function indexRendered(
  search: LiveSearchIndex,
  outDir: string,
  onDisk: ReadonlyMap<string, string>,
  log: (line: string) => void,
): Promise<{ pages: number; handed: string }> {
  await unlessStalled(search.aheadDone());
  const differences = search.differences(onDisk);
  if (differences.length === 0) {
    const missing = search.missing(onDisk);
    await search.addFromDisk(outDir, missing);
    const handed = ` (${onDisk.size - missing.length} handed while Astro rendered, ${missing.length} read from disk)`;
    return { pages: await search.finish(outDir), handed };
  }
  log(
    `search index: ${differences.length} page(s) differ from what Astro rendered (${differences.slice(0, 3).join(', ')}): indexing from disk`,
  );
  return { pages: await writeSearchIndex(outDir), handed: ` (${onDisk.size} read from disk)` };
}
