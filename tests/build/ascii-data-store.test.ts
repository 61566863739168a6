import { describe, expect, it } from 'vitest';
import { asciiDataStore, dataStoreModuleId, escapeNonAscii } from '../../src/build/ascii-data-store.ts';

/** What a module's `export default` evaluates to. */
async function evaluate(code: string): Promise<unknown> {
  const module = (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as { default: unknown };
  return module.default;
}

const store = [{ title: 'Türkiye — “Interpol’s” files', body: 'Ω ∑ 中文 😀 and plain ASCII', note: 'line\nbreak "quoted" \\ backslash' }];
const chunk = `// \\0astro:data-layer-content\nvar data_layer_content_default = JSON.parse(${JSON.stringify(JSON.stringify(store))});\nexport { data_layer_content_default as default };\n`;

type RenderChunk = (code: string, chunk: { moduleIds: string[] }) => { code: string } | null;
const renderChunk = asciiDataStore().renderChunk as unknown as RenderChunk;

describe('the content store module, written in ASCII', () => {
  it('holds the same value, Latin-1, other scripts and emoji (surrogate pairs) included', async () => {
    const escaped = escapeNonAscii(chunk);
    expect(/[^\x00-\x7f]/.test(escaped)).toBe(false);
    expect(escaped).toContain('T\\u00fcrkiye \\u2014');
    expect(escaped).toContain('\\ud83d\\ude00');
    expect(await evaluate(escaped)).toEqual(store);
    expect(await evaluate(escaped)).toEqual(await evaluate(chunk));
  });

  it('rewrites only a chunk whose one module is the content store, and only when it has non-ASCII text', () => {
    expect(renderChunk(chunk, { moduleIds: [dataStoreModuleId] })?.code).toBe(escapeNonAscii(chunk));
    expect(renderChunk(chunk, { moduleIds: [dataStoreModuleId, '/src/pages/index.astro'] })).toBeNull();
    expect(renderChunk(chunk, { moduleIds: ['/src/pages/index.astro'] })).toBeNull();
    expect(renderChunk('export default JSON.parse("[]")', { moduleIds: [dataStoreModuleId] })).toBeNull();
  });
});

describe('the build', () => {
  it('uses the plugin', async () => {
    const { default: config } = (await import('../../astro.config.mjs')) as { default: { vite?: { plugins?: { name: string }[] } } };
    expect(config.vite?.plugins?.map((plugin) => plugin.name)).toContain('casefile:ascii-data-store');
  });
});
