/**
 * How a tag reads where a reader chooses it (the search page's tag filter): its words, without the hyphens of the
 * identifier ("red-notices" -> "red notices"). public/search/search.js writes the tags it adds from the index the same
 * way (a test holds the two together: that script cannot import this module).
 */
export function tagLabel(tag: string): string {
  return tag.replaceAll('-', ' ');
}
