/**
 * Astro hands its content store to the prerendered pages as one module, `export default JSON.parse("…")`, whose
 * string literal holds every entry's body: 63 MB for 10,000 stories. V8 reads a literal of ASCII characters fast, but
 * one character outside Latin-1 anywhere in it (a "—" in a dataset's note, the "ü" of Türkiye) makes it read the
 * whole literal as two-byte text: measured on the 10,000-story benchmark's store, importing the module took 44.6 s
 * with its 14 non-ASCII characters and 11.4 s with them written as \u escapes. Real content is full of them (quotes,
 * dashes, accented names), so every page route that reads a collection paid it, at the start of page generation.
 *
 * This plugin writes the non-ASCII characters of that one chunk as \u escapes after bundling: the same string
 * value, read at ASCII speed. It touches a chunk only when the content store is its one module (the chunk is then
 * a single string literal and its export, so an escape cannot land outside a string).
 */
import type { Plugin } from 'vite';

/** The content store's module as Astro resolves it (astro/dist/content/consts.js, RESOLVED_DATA_STORE_VIRTUAL_ID). */
export const dataStoreModuleId = '\0astro:data-layer-content';

/** `code` with each UTF-16 unit outside ASCII written as a \uXXXX escape (surrogate pairs as two escapes). */
export function escapeNonAscii(code: string): string {
  return code.replace(/[^\x00-\x7f]/g, (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The Vite plugin: see above. */
export function asciiDataStore(): Plugin {
  return {
    name: 'casefile:ascii-data-store',
    apply: 'build',
    renderChunk(code, chunk) {
      if (chunk.moduleIds.length !== 1 || chunk.moduleIds[0] !== dataStoreModuleId) return null;
      // eslint-disable-next-line no-control-regex
      if (!/[^\x00-\x7f]/.test(code)) return null;
      return { code: escapeNonAscii(code), map: null };
    },
  };
}
