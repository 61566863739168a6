/**
 * Every page's cache key as this build's getStaticPaths() gave it (src/lib/page-keys.ts), handed to the build before
 * Astro generates the first page. Astro runs every route's getStaticPaths() first, then renders or copies the pages;
 * a page whose key and code are unchanged is copied byte for byte from its incremental cache. So once the keys are
 * known, the pages Astro will copy are known too, and the published copies of those pages can go to Pagefind while
 * Astro works (src/build/search-ahead.ts).
 *
 * The keys are read through Astro's prerenderer hook (`setPrerenderer` in `astro:build:start`): Astro's own
 * prerenderer does the work, and its list of paths is passed on unchanged after the sink has seen it. Outside a build
 * run by src/build/main.ts (the dev server, tests that call Astro directly) no sink is installed and nothing is
 * reported.
 */
import type { AstroIntegration } from 'astro';
import { renderedFile } from './rendered-pages.ts';

/** Receives the HTML pages that have a cache key: the file each is written to (as rendered-pages.ts names it) -> key. */
export type KeySink = (keys: Map<string, string>) => void;

// On globalThis: astro.config.mjs, which installs the hook, has its own copy of this module.
const sinkKey = Symbol.for('casefile.pageKeys.sink');
const store = globalThis as unknown as Record<symbol, KeySink | undefined>;

export function installKeySink(sink: KeySink | undefined): void {
  store[sinkKey] = sink;
}

/** What Astro's prerenderer lists: each path, its route and the key getStaticPaths() gave it, if any. */
interface PathWithRoute {
  pathname: string;
  route: { type: string };
  cacheKey?: string;
}

/** The HTML pages among `paths` that have a cache key, by the file each is written to. */
export function keyedPages(paths: readonly PathWithRoute[]): Map<string, string> {
  const keys = new Map<string, string>();
  for (const { pathname, route, cacheKey } of paths) {
    // Endpoints (feeds, downloads, social cards) are not pages: Pagefind is never handed them.
    if (route.type === 'page' && cacheKey !== undefined) keys.set(renderedFile(pathname), cacheKey);
  }
  return keys;
}

/** The integration (astro.config.mjs) that hands the keys to the sink installed by the build, if any. */
export function pageKeysReported(): AstroIntegration {
  return {
    name: 'casefile:page-keys-reported',
    hooks: {
      'astro:build:start': ({ setPrerenderer }) => {
        setPrerenderer((standard) =>
          // Astro's own prerenderer, with every other method as it is (its state lives in its own closure).
          Object.assign(Object.create(standard) as typeof standard, {
            async getStaticPaths() {
              const paths = await standard.getStaticPaths();
              store[sinkKey]?.(keyedPages(paths));
              return paths;
            },
          }),
        );
      },
    },
  };
}
