/**
 * Marks the language of a chart's SVG labels that are not in the page's language: a French page's bar chart of a
 * dataset that leaves a category untranslated draws "Other grounds" as an SVG `<text>`, which gets `lang="en"` as
 * its summary and legend mark it (WCAG 3.1.2). SVG 2 defines `lang` on every element (`xml:lang` is SVG 1.1's, kept
 * for compatibility), and browsers inherit it as they do in HTML (Chromium matches `:lang(en)` either way). The
 * chart's SVG is `role="img"`, so a screen reader speaks its name and description (the title and the summary, both
 * marked) rather than these labels; the mark is for everything else that reads the text's language: translation,
 * hyphenation and fonts, copying, reading modes.
 */

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** The text an SVG fragment shows: tags dropped (a wrapped label's lines joined by a space), entities decoded. */
function shownText(markup: string): string {
  return markup
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(?:#(\d+)|#x([\da-f]+)|(\w+));/gi, (entity, dec?: string, hex?: string, name?: string) =>
      dec
        ? String.fromCodePoint(Number(dec))
        : hex
          ? String.fromCodePoint(parseInt(hex, 16))
          : (entities[name!.toLowerCase()] ?? entity),
    );
}

/** Spaces of every kind (a French no-break one, a line break between wrapped lines) as one plain space. */
function comparable(text: string): string {
  return text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

/** `text` without its words that have no letter: "roughly 12" is "roughly", a figure in no language. */
function lettered(text: string): string {
  return text
    .split(' ')
    .filter((word) => /\p{L}/u.test(word))
    .join(' ');
}

/**
 * `svg` with `lang="<phraseLang>"` on each `<text>` that shows exactly one of `phrases` (texts left in `phraseLang`,
 * as untranslatedTexts lists them), whole or wrapped over several lines, or with figures beside it (a value labelled
 * with a qualifier left untranslated: "roughly 12"). Texts without a letter (a figure, a year) are in no language
 * and are left alone, as are texts that already say their language.
 */
export function markSvgText(svg: string, phrases: readonly string[], phraseLang: string): string {
  const wanted = new Set(phrases.filter((phrase) => /\p{L}/u.test(phrase)).map(comparable));
  if (wanted.size === 0) return svg;
  const marked = (text: string) => wanted.has(text) || wanted.has(lettered(text));
  return svg.replace(/<text\b([^>]*)>([\s\S]*?)<\/text>/g, (element, attributes: string, content: string) =>
    /\s(?:xml:)?lang=/.test(attributes) || !marked(comparable(shownText(content)))
      ? element
      : `<text lang="${phraseLang}"${attributes}>${content}</text>`,
  );
}
