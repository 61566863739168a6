import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentStoreChunk, contentStoreInPieces, contentStoreModuleId, inPieces } from '../../src/build/content-store-chunks.ts';

/** What a module's `export default` evaluates to. */
async function evaluate(code: string): Promise<unknown> {
  const url = `data:text/javascript;base64,${Buffer.from(code, 'utf8').toString('base64')}`;
  return ((await import(url)) as { default: unknown }).default;
}

/** The module as Astro writes it (astro/dist/content/vite-plugin-content-virtual-mod.js). */
function astroModule(value: unknown): string {
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(value))})`;
}

// Every kind of escape JSON.stringify writes twice over (the JSON text, then the literal holding it), Latin-1,
// other scripts, an emoji (a surrogate pair written raw) and a lone surrogate (written as \udXXX).
const store = [
  ['synthetic-story-1', { title: 'Türkiye — “Interpol’s” files', body: 'Ω ∑ 中文 😀 عربي\u2028 and plain ASCII' }],
  ['synthetic-story-2', { note: 'line\nbreak\ttab "quoted" \\ backslash \\\\ two \u0001 control \ud800 lone', n: 3.5 }],
];

describe('the content store module, in pieces', () => {
  it('holds the same value however its literal is cut (every piece length from 1 to 40)', async () => {
    const code = astroModule(store);
    for (let length = 1; length <= 40; length++) {
      const rewritten = inPieces(code, length);
      expect(rewritten, `piece length ${length}`).not.toBeNull();
      expect(await evaluate(rewritten as string), `piece length ${length}`).toEqual(store);
    }
  });

  it('cuts the literal into pieces of at most the given length', () => {
    const rewritten = inPieces(astroModule({ body: 'x'.repeat(1000) }), 100) as string;
    const pieces = rewritten.split('\n').filter((line) => line.startsWith('"'));
    expect(pieces.length).toBe(Math.ceil(JSON.stringify(JSON.stringify({ body: 'x'.repeat(1000) })).slice(1, -1).length / 100));
    for (const piece of pieces) expect(piece.replace(/,$/, '').length - 2).toBeLessThanOrEqual(100);
  });

  it('never writes half a surrogate pair into a piece', () => {
    const rewritten = inPieces(astroModule('😀'.repeat(50)), 7) as string;
    expect(rewritten).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
  });

  it("matches how the installed Astro writes the module (an Astro that writes it otherwise fails here, not silently)", () => {
    const astroDist = dirname(createRequire(import.meta.url).resolve('astro/package.json'));
    const plugin = readFileSync(join(astroDist, 'dist/content/vite-plugin-content-virtual-mod.js'), 'utf8');
    expect(plugin).toContain('code: `export default JSON.parse(${JSON.stringify(jsonData)})`');
    expect(plugin).toContain('RESOLVED_DATA_STORE_VIRTUAL_ID');
    const consts = readFileSync(join(astroDist, 'dist/content/consts.js'), 'utf8');
    expect(consts).toContain('const DATA_STORE_VIRTUAL_ID = "astro:data-layer-content"');
    expect(consts).toContain('const RESOLVED_DATA_STORE_VIRTUAL_ID = "\\0" + DATA_STORE_VIRTUAL_ID');
  });

  it('leaves a short store, and any other shape of module, as it is', () => {
    expect(inPieces(astroModule(store))).toBeNull();
    expect(inPieces('export default new Map()', 1)).toBeNull();
    expect(inPieces(`${astroModule(store)};\n`, 10)).toBe(inPieces(astroModule(store), 10));
    expect(inPieces('export default JSON.parse("[1]") + JSON.parse("[2]")', 1)).toBeNull();
    expect(inPieces('export default{"stories":[(await import("astro:data-layer-content-chunk:0.json"))]}', 1)).toBeNull();
  });

  it('is a build-only Vite plugin that rewrites only the content store module', () => {
    const plugin = contentStoreInPieces();
    expect(plugin.apply).toBe('build');
    const transform = plugin.transform as { filter: { id: RegExp }; handler: (code: string, id: string) => { code: string } | null };
    expect(transform.filter.id.test(contentStoreModuleId)).toBe(true);
    expect(transform.filter.id.test('/src/content.config.ts')).toBe(false);
    const big = astroModule({ body: 'x'.repeat(3_000_000) });
    expect(transform.handler(big, contentStoreModuleId)?.code).toBe(inPieces(big));
    expect(transform.handler(big, '/src/pages/index.astro')).toBeNull();
  });

  it("names the store's chunk without a content hash and leaves Astro's naming of every other chunk", () => {
    const astros = (chunk: { name: string }) => `chunks/${chunk.name}_HASH.mjs`;
    const plugin = contentStoreInPieces();
    const config = plugin.config as (config: object) => { build: { rolldownOptions: { output: { chunkFileNames: typeof astros } } } } | null;
    const names = config({ build: { rolldownOptions: { output: { chunkFileNames: astros } } } })?.build.rolldownOptions.output.chunkFileNames;
    expect(names?.({ name: '_astro_data-layer-content', moduleIds: [contentStoreModuleId] } as never)).toBe(contentStoreChunk);
    expect(names?.({ name: 'Chart', moduleIds: ['/src/components/Chart.astro'] } as never)).toBe('chunks/Chart_HASH.mjs');
    // No naming function to wrap (a pattern, or none): nothing is changed.
    expect(config({ build: { rolldownOptions: { output: { chunkFileNames: 'chunks/[name].mjs' } } } })).toBeNull();
    expect(config({})).toBeNull();
  });
});
