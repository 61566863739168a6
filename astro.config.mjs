// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { site } from './src/site.config.ts';

// The output folder is chosen by scripts/build.ts, which builds into a temporary folder and swaps it into dist/
// only when the build and every check succeed.
export default defineConfig({
  site: site.url,
  trailingSlash: 'always',
  outDir: process.env.CASEFILE_OUT_DIR ?? './dist',
  // Separate caches let several builds (tests, benchmarks) run side by side.
  cacheDir: process.env.CASEFILE_CACHE_DIR ?? './node_modules/.astro',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [mdx(), sitemap()],
  devToolbar: { enabled: false },
  scopedStyleStrategy: 'where',
});
