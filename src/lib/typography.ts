/**
 * Typesetting for text that editors write outside MDX prose (which Astro's smartypants already typesets): a chart's
 * title, subtitle and note are MDX attributes, printed as written.
 */

/**
 * Straight apostrophes between letters (Interpol's, l'enquête, don't) as typographic ones (’). Quotation marks and
 * apostrophes elsewhere ('90s, a quoted 'word') are left as written: telling them apart needs more than the
 * neighbouring letters.
 */
export function curlyApostrophes(text: string): string {
  return text.replace(/(?<=[\p{L}\p{N}])'(?=\p{L})/gu, '’');
}
