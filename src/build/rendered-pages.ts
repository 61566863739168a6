/**
 * Pages handed over as Astro renders them. A static build renders pages one after another on the main thread; the
 * search index and html-validate need only each page's HTML, so `src/middleware.ts` passes every rendered page to
 * the sink that scripts/build.mjs installs here, and Pagefind (its own process) and html-validate (a worker thread)
 * work on the other core while Astro renders the next pages. Outside a build (the dev server, tests that call
 * Astro directly) no sink is installed and the middleware does nothing.
 *
 * What the sink received is not trusted blindly: after Astro, the steps compare every HTML file on disk with the
 * hash of what they were handed (src/build/search-index.ts, src/build/checks/html.ts) and redo from disk any page
 * that differs or was never handed over, so the published bytes are what is indexed and validated.
 */
import { createHash } from 'node:crypto';
import { filePath } from './checks/site-files.ts';
import { isNotFoundPath } from './error-pages.ts';

/** Receives one rendered HTML page: the file it is written to (relative to the output folder) and its text. */
export type PageSink = (file: string, html: string) => void;

// On globalThis: Astro's bundle has its own copy of this module, and the build script's copy installs the sink.
const sinkKey = Symbol.for('casefile.renderedPages.sink');
const store = globalThis as unknown as Record<symbol, PageSink | undefined>;

export function installPageSink(sink: PageSink | undefined): void {
  store[sinkKey] = sink;
}

export function pageSink(): PageSink | undefined {
  return store[sinkKey];
}

/**
 * The file Astro writes a page's HTML to, relative to the output folder, from its URL path: "/stories/x/" is
 * "stories/x/index.html" (`build.format: 'directory'`); the error pages "/404/" and "/500/" are "404.html" and
 * "500.html", as static hosts expect them, and a language's "/fr/404/" is "fr/404.html" (src/build/error-pages.ts).
 */
export function renderedFile(pathname: string): string {
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    path = pathname;
  }
  const errorPage = /^\/(404|500)(\/|\.html)?$/.exec(path);
  if (errorPage) return `${errorPage[1]}.html`;
  if (isNotFoundPath(path)) return `${path.replace(/^\/|\/$|\.html$/g, '')}.html`;
  return path.endsWith('/') || path === '' ? filePath(path) : `${path.replace(/^\/+/, '').replace(/\.html$/, '')}.html`;
}

/** The hash the steps compare pages by. */
export function pageHash(html: string | Buffer): string {
  return createHash('sha256').update(html).digest('hex');
}
