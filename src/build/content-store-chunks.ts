/**
 * Astro hands its content store to the prerendered pages as one module, `export default JSON.parse("…")`, whose one
 * string literal holds every entry, bodies included: 6.5 MB for 1,000 stories, 63 MB for 10,000. V8 compiles a
 * string literal that large far more slowly than the same text in pieces: a 40 MB store took 6.4 s to import as
 * one literal and 1.3 s as 1 MiB literals joined at run time (Node 24, measured on the store's shape; 64 KiB pieces
 * took 1.4 s, 8 KiB 1.8 s). Every build pays it when page generation first reads a collection: in a warm
 * 10,000-story build the store took ~34 s of CPU to compile; in pieces the build went from 147.9 s to 100.6 s.
 *
 * This Vite plugin rewrites that one module into `export default JSON.parse(["…", "…", …].join(""))`: the same
 * value, compiled in pieces. A literal with a character outside Latin-1 is read as two-byte text by V8; in pieces,
 * only the pieces holding one are. Any other shape of the module (Astro's chunked storage, an empty store) is left
 * as it is.
 */
import type { Plugin } from 'vite';

/** The content store's module as Astro resolves it (astro/dist/content/consts.js, RESOLVED_DATA_STORE_VIRTUAL_ID). */
export const contentStoreModuleId = '\0astro:data-layer-content';

/** UTF-16 units per string literal. */
export const pieceLength = 1 << 20;

const prefix = 'export default JSON.parse("';
const suffix = '")';

/**
 * `code` with its one string literal cut into literals of at most about `length` characters of source, joined at
 * run time; null when `code` is not `export default JSON.parse(<one double-quoted string literal>)` or is short
 * enough to stay whole. The literal's source is cut as it is, never inside an escape sequence, so no piece is
 * decoded and encoded again (at 10,000 stories, 63 MB of it).
 */
export function inPieces(code: string, length = pieceLength): string | null {
  const source = code.trimEnd().replace(/;$/, '');
  if (!source.startsWith(prefix) || !source.endsWith(suffix)) return null;
  const body = source.slice(prefix.length, -suffix.length);
  if (body.length <= length || !isOneLiteral(body)) return null;
  const pieces: string[] = [];
  for (let start = 0; start < body.length; ) {
    let end = Math.min(start + length, body.length);
    let back = end;
    while (back < body.length && back > start && splits(body, back)) back -= 1;
    // No place to cut within `length` (only when it is shorter than an escape): the piece runs past the escape.
    if (back > start) end = back;
    else while (end < body.length && splits(body, end)) end += 1;
    pieces.push(body.slice(start, end));
    start = end;
  }
  return `export default JSON.parse([\n"${pieces.join('",\n"')}"\n].join(""))\n`;
}

/** The number of backslashes right before `index`. */
function backslashesBefore(text: string, index: number): number {
  let count = 0;
  while (index - count - 1 >= 0 && text.charCodeAt(index - count - 1) === 0x5c) count += 1;
  return count;
}

/** Whether `body` (the inside of a double-quoted literal) has no unescaped double quote. */
function isOneLiteral(body: string): boolean {
  for (let quote = body.indexOf('"'); quote !== -1; quote = body.indexOf('"', quote + 1)) {
    if (backslashesBefore(body, quote) % 2 === 0) return false;
  }
  return backslashesBefore(body, body.length) % 2 === 0;
}

/**
 * Whether cutting `body` before `index` would split an escape sequence (`\n`, `\"`, `\\`, `\u00e9`…) or a surrogate
 * pair (an emoji, say: each half alone cannot be written to the chunk's UTF-8 file).
 */
function splits(body: string, index: number): boolean {
  const before = body.charCodeAt(index - 1);
  if (before >= 0xd800 && before <= 0xdbff) return true;
  if (backslashesBefore(body, index) % 2 === 1) return true;
  // Within the four hex digits of a \uXXXX escape: a "\u" whose backslash is itself unescaped, 2 to 5 units back.
  for (let back = 2; back <= 5 && index - back >= 0; back++) {
    const at = index - back;
    if (body.charCodeAt(at) === 0x5c && body.charCodeAt(at + 1) === 0x75 && backslashesBefore(body, at) % 2 === 0) return true;
  }
  return false;
}

/** The Vite plugin: see above. */
/**
 * The content store's chunk in Astro's prerendered chunks, named without a content hash. Node's compile cache keys its
 * entries by file path (src/build/compile-cache.mjs): under a name that changes with the content, every edit of a
 * story added an entry the size of the whole store (6.3 MB at 1,000 stories, ten times that at 10,000), never read
 * again. Under one name, the entry is replaced.
 */
export const contentStoreChunk = 'chunks/_astro_data-layer-content.mjs';

type ChunkNames = (chunk: { moduleIds: string[] }) => string;

/** Astro's chunk naming (`names`), but for the chunk that holds the content store, which gets `contentStoreChunk`. */
export function withFixedStoreName(names: ChunkNames): ChunkNames {
  return (chunk) => (chunk.moduleIds.includes(contentStoreModuleId) ? contentStoreChunk : names(chunk));
}

export function contentStoreInPieces(): Plugin {
  return {
    name: 'casefile:content-store-in-pieces',
    apply: 'build',
    // After Astro has set its chunk naming for the server-side chunks (astro/dist/core/build/vite-build-config.js).
    enforce: 'post',
    config(config) {
      const output = config.build?.rolldownOptions?.output;
      if (!output || Array.isArray(output) || typeof output.chunkFileNames !== 'function') return null;
      const names = output.chunkFileNames as unknown as ChunkNames;
      return { build: { rolldownOptions: { output: { chunkFileNames: withFixedStoreName(names) as never } } } };
    },
    transform: {
      filter: { id: /^\0astro:data-layer-content$/ },
      handler(code, id) {
        if (id !== contentStoreModuleId) return null;
        const rewritten = inPieces(code);
        return rewritten === null ? null : { code: rewritten, map: null };
      },
    },
  };
}
