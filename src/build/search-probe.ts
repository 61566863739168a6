/**
 * Runs searches against a built site's index from Node, with the very files a browser would fetch: the built
 * `pagefind/pagefind.js` is imported and told to load its index over HTTP from a small static server on 127.0.0.1,
 * which counts every byte it sends. Tests use it to query the index; `npm run bench:search` uses it to measure what a
 * reader downloads for a first query.
 */
import { createServer, type Server } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { searchIndexDir } from './search-index.ts';
import { defaultLocale } from '../i18n/locales.ts';
import { pagefindOptions } from '../../public/search/search.js';

/** One file the server sent: its URL path and size in bytes, as stored (Pagefind's index files are gzipped). */
export interface Fetched {
  path: string;
  bytes: number;
}

/** A result as the search page gets it: the page's URL, metadata, filters, excerpt and all its indexed text. */
export interface ProbeResult {
  url: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  excerpt: string;
  /** Every word Pagefind indexed for the page, in order. */
  content: string;
}

export interface SearchProbe {
  /**
   * The results for `term` (null: every page), best first, with the filters applied (e.g. `{ country: 'Russia',
   * kind: 'case' }`); only the first `limit` results are loaded (each loads one fragment file), as a page of results.
   */
  search: (term: string | null, filters?: Record<string, string | string[]>, limit?: number) => Promise<ProbeResult[]>;
  /** How many pages the search finds, loading none of them. */
  count: (term: string | null, filters?: Record<string, string | string[]>) => Promise<number>;
  /** Every filter value in the index, with its number of pages. */
  filters: () => Promise<Record<string, Record<string, number>>>;
  /** The files fetched so far, in order. */
  fetched: Fetched[];
  close: () => Promise<void>;
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
};

/** A static file server for `root` on 127.0.0.1 (a free port); `log` receives every file it sends. */
export function serveStatic(
  root: string,
  log: (file: Fetched) => void = () => {},
): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(normalize(root + sep)) && file !== normalize(root)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      const { size } = statSync(file);
      response.writeHead(200, {
        'content-type': types[extname(file)] ?? 'application/octet-stream',
        'content-length': size,
      });
      log({ path, bytes: size });
      createReadStream(file).pipe(response);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ server, origin: `http://127.0.0.1:${port}` });
    });
  });
}

/**
 * Opens the index of the site built in `dist` for searching, as the search page does (its options, over HTTP): the
 * index of `lang`, as a page of that language gets it (the default language's when not given: asked for by its code,
 * not left to Pagefind, which falls back to the index of the most pages, the French one once the French site had as
 * many pages as the English one).
 */
export async function openSearchProbe(dist: string, lang: string = defaultLocale): Promise<SearchProbe> {
  const fetched: Fetched[] = [];
  const { server, origin } = await serveStatic(dist, (file) => fetched.push(file));
  // A query string makes each probe a fresh module instance, so two sites can be probed in one process.
  const moduleUrl = `${pathToFileURL(join(dist, searchIndexDir, 'pagefind.js')).href}?probe=${origin}`;
  const pagefind = await import(moduleUrl);
  // Pagefind picks the index of the page's <html lang>, read from the document when it starts: all it reads of one.
  const g = globalThis as { document?: unknown };
  g.document = { currentScript: null, querySelector: () => ({ getAttribute: () => lang }) };
  try {
    // baseUrl '/' keeps result URLs as site paths ("/cases/x/"), as in the browser, instead of prefixing the origin.
    await pagefind.options({ ...pagefindOptions, basePath: `${origin}/${searchIndexDir}/`, baseUrl: '/' });
    await pagefind.init();
  } finally {
    delete g.document;
  }
  return {
    fetched,
    async search(term, filters = {}, limit = Infinity) {
      const response = await pagefind.search(term, { filters });
      const data = await Promise.all(
        response.results.slice(0, limit).map((result: { data: () => Promise<ProbeResult> }) => result.data()),
      );
      return data.map(({ url, meta, filters, excerpt, content }) => ({ url, meta, filters, excerpt, content }));
    },
    async count(term, filters = {}) {
      return (await pagefind.search(term, { filters })).results.length;
    },
    filters: () => pagefind.filters(),
    async close() {
      await pagefind.destroy?.();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
