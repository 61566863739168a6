/**
 * The scripts of `public/` (today one: `search/search.js`, the search page's only script) are written for their
 * readers in the repository: documented, named for what they hold. Astro copies them into the output as they are,
 * so every reader of the search page downloaded the comments too: 45.4 kB, 14.8 kB gzipped, for 5.5 kB of code once
 * minified. This step minifies each of them in the staging folder with esbuild (Astro's own minifier for the scripts
 * it bundles). The dev server still serves them as written, and so do the tests that import their functions.
 *
 * Minified, a script keeps its exports and its `import.meta.url`, from which search.js finds Pagefind below a path
 * too. The same source always gives the same bytes, so the published site's file keeps its time (src/build/keep-times.ts).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { globSync } from 'tinyglobby';
import type { PostBuildStep } from './steps.ts';

/** `source` minified as a module: comments, whitespace and long local names gone; exports and behaviour kept. */
export async function minifyScript(source: string): Promise<string> {
  // Loaded here, once the site is built: at the top it cost every build's start 15-25 ms.
  const { transform } = await import('esbuild');
  const { code } = await transform(source, { format: 'esm', minify: true, legalComments: 'none', charset: 'utf8' });
  return code;
}

/** The scripts `public/` holds under `root`, by their path in the output (POSIX, from the site's root). */
export function publicScripts(root: string): string[] {
  const publicDir = join(root, 'public');
  return globSync('**/*.js', { cwd: publicDir, absolute: true })
    .map((file) => relative(publicDir, file).split(sep).join('/'))
    .sort();
}

/** The post-build step: each script of public/ in the staging folder replaced by its minified form, with its size. */
export const minifyScriptsStep: PostBuildStep = {
  name: 'scripts minified',
  async run({ root, outDir, log }) {
    const sizes: string[] = [];
    for (const path of publicScripts(root)) {
      const file = join(outDir, path);
      // A file of public/ the build held back (src/build/withheld-public.ts) is not in the output.
      if (!existsSync(file)) continue;
      const source = readFileSync(file, 'utf8');
      const minified = await minifyScript(source);
      writeFileSync(file, minified);
      sizes.push(`${path} ${Buffer.byteLength(source)} → ${Buffer.byteLength(minified)} B`);
    }
    log(`scripts minified: ${sizes.length > 0 ? sizes.join(', ') : 'none in public/'}`);
  },
};
