import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  contentStoreFileName,
  contentStoreFromFile,
  contentStoreModuleId,
  storeReader,
  storeText,
} from '../../src/build/content-store-file.ts';

/** The module as Astro writes it (astro/dist/content/vite-plugin-content-virtual-mod.js). */
function astroModule(value: unknown): string {
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(value))})`;
}

// Every kind of escape JSON.stringify writes twice over (the JSON text, then the literal holding it), Latin-1,
// other scripts, an emoji (a surrogate pair), a lone surrogate and the line separators JavaScript once rejected.
const store = [
  [
    'synthetic-story-1',
    { title: 'Türkiye — “Interpol’s” files', body: 'Ω ∑ 中文 😀 عربي\u2028\u2029 and plain ASCII' },
  ],
  ['synthetic-story-2', { note: 'line\nbreak\ttab "quoted" \\ backslash \\\\ two \u0001 control \ud800 lone', n: 3.5 }],
];

type Transform = {
  filter: { id: RegExp };
  handler: (this: object, code: string, id: string) => { code: string } | null;
};
type WriteBundle = (this: object, options: { dir?: string }, bundle: Record<string, object>) => void;

/** Runs the plugin as Vite would for one environment: transform the store's module, then write the bundle. */
function runPlugin(code: string, dir: string, chunkFileName: string) {
  const plugin = contentStoreFromFile();
  const context = {
    environment: { name: 'prerender' },
    error: (message: string) => {
      throw new Error(message);
    },
  };
  const transformed = (plugin.transform as Transform).handler.call(context, code, contentStoreModuleId);
  (plugin.writeBundle as WriteBundle).call(
    context,
    { dir },
    {
      [chunkFileName]: { type: 'chunk', fileName: chunkFileName, moduleIds: [contentStoreModuleId] },
      'chunks/other.mjs': { type: 'chunk', fileName: 'chunks/other.mjs', moduleIds: ['/src/pages/index.astro'] },
    },
  );
  return transformed;
}

describe('the content store, read from a file', () => {
  it("the module Vite bundles reads the same value as Astro's, from a file beside its chunk", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'casefile-store-'));
    const transformed = runPlugin(astroModule(store), dir, 'chunks/_astro_data-layer-content_AbC123.mjs');
    expect(transformed?.code).toBe(storeReader);
    // The chunk as rolldown would write it: the rewritten module's code.
    const chunk = join(dir, 'chunks/_astro_data-layer-content_AbC123.mjs');
    writeFileSync(chunk, storeReader);
    expect(existsSync(join(dir, 'chunks', contentStoreFileName))).toBe(true);
    const { default: value } = (await import(pathToFileURL(chunk).href)) as { default: unknown };
    expect(value).toEqual(store);
    // No copy of the content in the code: the store's text never reaches Node's compile cache.
    expect(storeReader).not.toContain('Interpol');
  });

  it('reads the JSON text out of the module Astro writes, and leaves any other shape of module alone', () => {
    expect(JSON.parse(storeText(astroModule(store)) as string)).toEqual(store);
    expect(storeText(`${astroModule(store)};\n`)).toBe(storeText(astroModule(store)));
    expect(storeText('export default new Map()')).toBeNull();
    expect(storeText('export default JSON.parse("[1]") + JSON.parse("[2]")')).toBeNull();
    expect(storeText('export default{"stories":[(await import("astro:data-layer-content-chunk:0.json"))]}')).toBeNull();
    const plugin = contentStoreFromFile();
    const handler = (plugin.transform as Transform).handler.bind({ environment: { name: 'prerender' } });
    expect(handler('export default new Map()', contentStoreModuleId)).toBeNull();
    expect(handler(astroModule(store), '/src/pages/index.astro')).toBeNull();
    // A server bundle's store (server islands, an adapter) would be deployed with the file beside it: left alone.
    const inServer = (plugin.transform as Transform).handler.bind({ environment: { name: 'ssr' } });
    expect(inServer(astroModule(store), contentStoreModuleId)).toBeNull();
    expect((plugin.transform as Transform).filter.id.test(contentStoreModuleId)).toBe(true);
    expect((plugin.transform as Transform).filter.id.test('/src/content.config.ts')).toBe(false);
    expect(plugin.apply).toBe('build');
  });

  it('fails the build, naming the file, when no chunk holds the rewritten module', () => {
    const plugin = contentStoreFromFile();
    const context = {
      environment: { name: 'prerender' },
      error: (message: string) => {
        throw new Error(message);
      },
    };
    (plugin.transform as Transform).handler.call(context, astroModule(store), contentStoreModuleId);
    expect(() => (plugin.writeBundle as WriteBundle).call(context, { dir: tmpdir() }, {})).toThrow(
      contentStoreFileName,
    );
  });

  it('matches how the installed Astro writes the module (an Astro that writes it otherwise fails here, not silently)', () => {
    const astroDist = dirname(createRequire(import.meta.url).resolve('astro/package.json'));
    const plugin = readFileSync(join(astroDist, 'dist/content/vite-plugin-content-virtual-mod.js'), 'utf8');
    expect(plugin).toContain('code: `export default JSON.parse(${JSON.stringify(jsonData)})`');
    expect(plugin).toContain('RESOLVED_DATA_STORE_VIRTUAL_ID');
    const consts = readFileSync(join(astroDist, 'dist/content/consts.js'), 'utf8');
    expect(consts).toContain('const DATA_STORE_VIRTUAL_ID = "astro:data-layer-content"');
    expect(consts).toContain('const RESOLVED_DATA_STORE_VIRTUAL_ID = "\\0" + DATA_STORE_VIRTUAL_ID');
    const constants = readFileSync(join(astroDist, 'dist/core/constants.js'), 'utf8');
    expect(constants).toContain('prerender: "prerender"');
    // Astro removes its prerender folder, where the store's file is written, once the pages are written.
    const staticBuild = readFileSync(join(astroDist, 'dist/core/build/static-build.js'), 'utf8');
    expect(staticBuild).toContain('await fs.promises.rm(prerenderOutputDir, { recursive: true, force: true });');
  });
});
