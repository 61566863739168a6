/**
 * Astro hands its content store to the prerendered pages as one module, `export default JSON.parse("…")`, whose one
 * string literal holds every entry, bodies included: 6.5 MB for 1,000 stories, 63 MB for 10,000. As code, that text
 * is paid for three times: V8 compiles the literal (a 40 MB store took 6.4 s as one literal, 1.3 s cut into 1 MiB
 * pieces), Node's compile cache writes and reads it back as a code cache as large as the store (62 MB at 10,000
 * stories, slower to read back than to compile the pieces: 3.4–4.3 s against 2.7–3.4 s to import the store), and
 * the module's source stays in the heap for as long as the module lives.
 *
 * This Vite plugin writes the store's JSON into a file beside the module's chunk and has the module read and parse it
 * when it runs: `export default JSON.parse(readFileSync(<that file>))`, the same value. Importing the 10,000-story
 * store: 1.9–2.4 s, 315 MB resident against 530–540 MB. The file is in Astro's prerender folder, which Astro removes
 * once the pages are written; it is never published. Only the prerender environment's module is rewritten: a server
 * bundle (server islands, an adapter) stays in the server's output folder, which is deployed, and the store holds
 * unpublished and embargoed entries. Any other shape of the module (Astro's chunked storage, an empty store) is left
 * as it is.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

/** The content store's module as Astro resolves it (astro/dist/content/consts.js, RESOLVED_DATA_STORE_VIRTUAL_ID). */
export const contentStoreModuleId = '\0astro:data-layer-content';

/** The Vite environment Astro prerenders pages in (astro/dist/core/constants.js, ASTRO_VITE_ENVIRONMENT_NAMES). */
export const prerenderEnvironment = 'prerender';

/** The store's JSON, beside the chunk that reads it. */
export const contentStoreFileName = '_casefile-content-store.json';

const prefix = 'export default JSON.parse(';
const suffix = ')';

/**
 * The JSON text that Astro's module parses, or null when `code` is not `export default JSON.parse(<one string
 * literal>)`. Astro writes the literal with JSON.stringify, so it is itself JSON.
 */
export function storeText(code: string): string | null {
  const source = code.trimEnd().replace(/;$/, '');
  if (!source.startsWith(prefix) || !source.endsWith(suffix)) return null;
  const literal = source.slice(prefix.length, -suffix.length);
  if (!literal.startsWith('"')) return null;
  try {
    const text: unknown = JSON.parse(literal);
    return typeof text === 'string' ? text : null;
  } catch {
    return null;
  }
}

/** The module that replaces Astro's: it reads the store's JSON from beside its own chunk. */
export const storeReader = `import { readFileSync } from "node:fs";
export default JSON.parse(readFileSync(new URL(${JSON.stringify(`./${contentStoreFileName}`)}, import.meta.url), "utf8"));
`;

interface BundleChunk {
  type: 'chunk' | 'asset';
  fileName: string;
  moduleIds?: string[];
}

export function contentStoreFromFile(): Plugin {
  /** The store's text per Vite environment (prerender, ssr), from its transform to its bundle's writing. */
  const texts = new Map<string, string>();
  return {
    name: 'casefile:content-store-from-file',
    apply: 'build',
    transform: {
      filter: { id: /^\0astro:data-layer-content$/ },
      handler(code, id) {
        if (id !== contentStoreModuleId || this.environment?.name !== prerenderEnvironment) return null;
        const text = storeText(code);
        if (text === null) return null;
        texts.set(this.environment?.name ?? '', text);
        return { code: storeReader, map: null };
      },
    },
    writeBundle(options, bundle) {
      const key = this.environment?.name ?? '';
      const text = texts.get(key);
      if (text === undefined) return;
      texts.delete(key);
      const chunk = Object.values(bundle as Record<string, BundleChunk>).find(
        (output) => output.type === 'chunk' && output.moduleIds?.includes(contentStoreModuleId),
      );
      if (!chunk || !options.dir) {
        this.error(
          `the content store's module was rewritten to read ${contentStoreFileName}, but no chunk of the bundle holds it`,
        );
      }
      const file = join(options.dir, dirname(chunk.fileName), contentStoreFileName);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
    },
  };
}
