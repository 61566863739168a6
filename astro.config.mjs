// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { basePath, contentRoot, projectRoot, site } from './src/site.config.ts';
import { sitemapBelow, sitemapFilter, sitemapLastmod } from './src/build/sitemap-filter.ts';
import { astroI18n, sitemapI18n } from './src/i18n/locales.ts';
import { buildTime } from './src/lib/visibility.ts';
import { contentStoreFromFile } from './src/build/content-store-file.ts';
import { logLevelAtRunTime } from './src/build/astro-log-level.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { attachCitations } from './src/build/cite-attach.ts';
import { typesetProse } from './src/build/typeset-prose.ts';
import { proseTables } from './src/build/prose-tables.ts';
import { publicImages } from './src/build/public-images.ts';
import { publicImagesWatched } from './src/build/dev-public-images.ts';
import { robotsServed } from './src/build/dev-robots.ts';
import { schemaFingerprint } from './src/build/schema-fingerprint.ts';
import { buildOutputIgnored } from './src/build/dev-watch.ts';
import { devProjectChecks } from './src/build/dev-project-checks.ts';
import { devErrorsOnce } from './src/build/dev-errors-once.ts';
import { pageKeysReported } from './src/build/page-keys-reported.ts';

// The output folder is chosen by scripts/build.mjs, which builds into a temporary folder and swaps it into dist/
// only when the build and every check succeed.
// A typed object rather than `defineConfig` from 'astro/config': that entry point also loads svgo, csso and Astro's
// font providers (~230 ms on every build's main thread, which Astro imports this file on), and defineConfig only
// returns its argument. The JSDoc type keeps the same checking (`tsc` rejects an unknown option).
const tables = proseTables({ contentRoot, projectRoot });
/** @type {import('astro').AstroUserConfig} */
const config = {
  site: site.url,
  trailingSlash: 'always',
  // Languages come from site.locales (src/site.config.ts): the default at the root, the others under /<code>/.
  i18n: astroI18n,
  outDir: process.env.CASEFILE_OUT_DIR ?? './dist',
  // Separate caches let several builds (tests, benchmarks) run side by side.
  cacheDir: process.env.CASEFILE_CACHE_DIR ?? './node_modules/.astro',
  // Four pages in flight: while one waits for its social card (drawn and encoded in libuv's thread pool), Astro
  // renders the next on the main thread. Measured with `npm run bench` at 1,000 stories: a cold build 76 s → 57 s;
  // 8 was no faster, and warm builds are the same either way.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // The sitemap lists what search engines may index: no 404 page, no noindex preview of a withheld page, no search
  // page; each story and case file with its <lastmod>, the day it says it last changed.
  // Below a path (a GitHub project page), its addresses carry the folder (src/build/sitemap-filter.ts).
  integrations: [
    mdx(),
    sitemapBelow(
      sitemap({
        filter: sitemapFilter(contentRoot, buildTime(), basePath(site.url)),
        serialize: sitemapLastmod(contentRoot, basePath(site.url)),
        i18n: sitemapI18n,
      }),
      basePath(site.url),
    ),
    astroCommand(),
    // The dev server checks public/_headers and the dictionaries as the build does (src/build/dev-project-checks.ts).
    devProjectChecks(),
    // Astro prints an error a page throws twice in the dev server's terminal: once is enough (src/build/dev-errors-once.ts).
    devErrorsOnce(),
    // A build learns every page's cache key before Astro generates the first page, to index ahead the pages Astro will
    // copy (src/build/page-keys-reported.ts).
    pageKeysReported(),
  ],
  devToolbar: { enabled: false },
  // Photos beside a story are converted to WebP, and brought down to 2,000 px wide at most (src/lib/image-service.ts).
  image: { service: { entrypoint: './src/lib/image-service.ts' } },
  // Sätteri, Astro's Markdown processor, which MDX uses too: a citation number follows its word with no space
  // (src/build/cite-attach.ts); French prose gets no-break spaces before : ; ! ? » and after « (src/build/typeset-prose.ts);
  // a Markdown table is set as the site's data tables are, in a box it scrolls in (src/build/prose-tables.ts);
  // an image from public/ gets its width, height and lazy loading, as a photo beside a story does (src/build/public-images.ts).
  markdown: {
    processor: satteri({
      mdastPlugins: [attachCitations, typesetProse({ contentRoot, projectRoot }), tables.mdast],
      hastPlugins: [tables.hast, publicImages({ projectRoot })],
    }),
  },
  // Pages whose content and code are unchanged since the last build are copied from Astro's cache (in cacheDir)
  // instead of rendered again: every getStaticPaths() route returns a cacheKey from src/lib/page-keys.ts, which says
  // what a key covers.
  experimental: { incrementalBuild: true },
  vite: {
    // Astro's content store module reads the store's JSON from a file instead of holding it as one huge string
    // literal (src/build/content-store-file.ts);
    // Astro's log level read at run time, so that it is not part of every page's code (src/build/astro-log-level.ts);
    // the dev server compiles a story again when an image of public/ it shows changes (src/build/dev-public-images.ts),
    // and serves the robots.txt a build would publish (src/build/dev-robots.ts).
    plugins: [contentStoreFromFile(), logLevelAtRunTime(), publicImagesWatched(), robotsServed()],
    // The content schemas' code, as a value Astro hashes with its configuration: a schema change parses every entry
    // and renders every page again (src/build/schema-fingerprint.ts).
    define: { 'import.meta.env.CASEFILE_SCHEMAS': JSON.stringify(schemaFingerprint(projectRoot)) },
    // The dev server does not watch the folders a build writes, nor the published site (src/build/dev-watch.ts).
    // A change is reported once the file has stopped changing for 100 ms: the watcher (chokidar) drops a change that
    // follows another within 50 ms, so a file saved twice in quick succession (format on save, an editor writing in
    // two steps) was read once, at its first state, and the page kept showing that until the next save.
    server: {
      watch: {
        ignored: [buildOutputIgnored(projectRoot)],
        awaitWriteFinish: { stabilityThreshold: 100, pollInterval: 20 },
      },
    },
    build: {
      rolldownOptions: {
        // MDX modules carry Astro's own "use astro:head-inject" directive, which the bundler warns about once per
        // story; the warning is about Astro's code, not the editor's, and drowned real messages.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  scopedStyleStrategy: 'where',
};
export default config;

/**
 * Tells src/content.config.ts which command Astro runs (CASEFILE_ASTRO_COMMAND: dev, build, preview or sync), read
 * before the content collections are. Only the dev server reads drafts into its collections; Vite's
 * `import.meta.env.DEV` cannot tell, being true in a build run with NODE_ENV=test or DEV=1.
 *
 * A build for a site served below a path (CASEFILE_SITE_URL https://user.github.io/repo/) gives the path to Astro's
 * files (`build.assetsPrefix`: stylesheets, fonts, images) and to src/middleware.ts, which moves the pages' own
 * addresses below it (src/build/base-path.ts); both are part of the configuration Astro's incremental build hashes,
 * so a site moved elsewhere renders every page again. The dev server serves at the root.
 * @returns {import('astro').AstroIntegration}
 */
function astroCommand() {
  return {
    name: 'casefile:astro-command',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        process.env.CASEFILE_ASTRO_COMMAND = command;
        // The search page tells an editor on the dev server, which has no search index, where search works.
        if (command === 'dev') updateConfig({ vite: { define: { 'import.meta.env.CASEFILE_DEV_SERVER': 'true' } } });
        const base = command === 'build' ? basePath(site.url) : '/';
        if (base !== '/') {
          updateConfig({
            build: { assetsPrefix: base.slice(0, -1) },
            vite: { define: { 'import.meta.env.CASEFILE_BASE_PATH': JSON.stringify(base) } },
          });
        }
      },
    },
  };
}
