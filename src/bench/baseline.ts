/**
 * Baseline B of the benchmark: a plain Astro + MDX site that builds the same story files with nothing else (no
 * charts, no citations list, no search, no checks). It is written into a temporary folder on each run, using this
 * project's node_modules through a symlink, so that nothing is installed and no second project is committed.
 * `<Chart>` renders nothing; `<Cite>` renders a bare superscript, so the prose is the same text as in A.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The files of the baseline project, path -> text; `storiesDir` is the absolute folder holding the .mdx files. */
export function baselineFiles(storiesDir: string): Map<string, string> {
  return new Map([
    // The same entry point as A's scripts/build.mjs (Astro's JS API, warnings only, Node's compile cache turned on
    // first, as \`astro build\` does), without anything around it.
    [
      'build.mjs',
      [
        `import module from 'node:module';`,
        ``,
        `module.enableCompileCache?.(process.env.BASELINE_COMPILE_CACHE);`,
        `const { build } = await import('astro');`,
        `await build({ root: import.meta.dirname, logLevel: 'warn' });`,
        ``,
      ].join('\n'),
    ],
    [
      'package.json',
      `${JSON.stringify({ name: 'casefile-bench-baseline', private: true, type: 'module' }, null, 2)}\n`,
    ],
    [
      'astro.config.mjs',
      [
        `import { defineConfig } from 'astro/config';`,
        `import mdx from '@astrojs/mdx';`,
        ``,
        `export default defineConfig({`,
        `  site: 'https://baseline.example.org',`,
        `  trailingSlash: 'always',`,
        `  outDir: process.env.BASELINE_OUT_DIR ?? './dist',`,
        `  cacheDir: process.env.BASELINE_CACHE_DIR ?? './node_modules/.astro',`,
        `  build: { format: 'directory' },`,
        `  integrations: [mdx()],`,
        `  devToolbar: { enabled: false },`,
        `});`,
        ``,
      ].join('\n'),
    ],
    [
      'src/content.config.ts',
      [
        `import { defineCollection } from 'astro:content';`,
        `import { glob } from 'astro/loaders';`,
        ``,
        `export const collections = {`,
        `  stories: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: ${JSON.stringify(storiesDir)} }) }),`,
        `};`,
        ``,
      ].join('\n'),
    ],
    [
      'src/layouts/Layout.astro',
      [
        `---`,
        `const { title } = Astro.props;`,
        `---`,
        `<!doctype html>`,
        `<html lang="en">`,
        `  <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width" /><title>{title}</title></head>`,
        `  <body><main><slot /></main></body>`,
        `</html>`,
        ``,
      ].join('\n'),
    ],
    ['src/components/Empty.astro', `---\n---\n`],
    [
      'src/components/Cite.astro',
      `---\nconst { id } = Astro.props;\n---\n<sup><a href={\`#source-\${id}\`}>*</a></sup>\n`,
    ],
    [
      'src/pages/stories/[slug].astro',
      [
        `---`,
        `import { getCollection, render } from 'astro:content';`,
        `import Layout from '../../layouts/Layout.astro';`,
        `import Empty from '../../components/Empty.astro';`,
        `import Cite from '../../components/Cite.astro';`,
        `export async function getStaticPaths() {`,
        `  return (await getCollection('stories')).map((story) => ({ params: { slug: story.id }, props: { story } }));`,
        `}`,
        `const { story } = Astro.props;`,
        `const { Content } = await render(story);`,
        `---`,
        `<Layout title={story.data.title}><article><h1>{story.data.title}</h1><p>{story.data.summary}</p><Content components={{ Chart: Empty, Cite }} /></article></Layout>`,
        ``,
      ].join('\n'),
    ],
    [
      'src/pages/index.astro',
      [
        `---`,
        `import { getCollection } from 'astro:content';`,
        `import Layout from '../layouts/Layout.astro';`,
        `const stories = await getCollection('stories');`,
        `---`,
        `<Layout title="Stories"><ul>{stories.map((s) => <li><a href={\`/stories/\${s.id}/\`}>{s.data.title}</a></li>)}</ul></Layout>`,
        ``,
      ].join('\n'),
    ],
  ]);
}

/** Writes the baseline project into `dir`, linking `nodeModules` (this project's) as its node_modules. */
export function writeBaseline(dir: string, storiesDir: string, nodeModules: string): void {
  for (const [path, text] of baselineFiles(storiesDir)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  symlinkSync(nodeModules, join(dir, 'node_modules'), 'dir');
}
