/**
 * A citation number sits against the word it supports: "extradited[1]." rather than "extradited [1].". Editors
 * write `extradited <Cite id="…" />.` (or put the tag on the next line, as a formatter wraps it), and MDX keeps that
 * space before the superscript. This Sätteri plugin (Astro's Markdown and MDX processor) removes it from the MDX
 * tree, so that the page reads as a printed footnote does and the search index, which leaves citations out, does not
 * get "extradited ." in its excerpts.
 *
 * Only whitespace directly before a `<Cite>` in running text is touched; a Cite that opens a paragraph or follows
 * another element is left as written.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin } from 'satteri';

/**
 * A fingerprint of this file, in the plugin's name. Astro's incremental build copies a page whose content, code and
 * configuration are unchanged, and the configuration it hashes holds the plugin's name but not its code: with the
 * fingerprint, a change here typesets every story again instead of copying them from the last build.
 */
const code = createHash('sha256')
  .update(readFileSync(fileURLToPath(import.meta.url)))
  .digest('hex')
  .slice(0, 12);

/**
 * `text` without the spaces, tabs and line breaks at its end. A no-break space is kept: an editor who typed one
 * before the note (Article&nbsp;3&nbsp;<Cite />) meant it.
 */
export function withoutTrailingSpace(text: string): string {
  return text.replace(/[ \t\r\n]+$/, '');
}

export const attachCitations = defineMdastPlugin({
  name: `casefile-attach-citations-${code}`,
  mdxJsxTextElement(node, context) {
    if (node.name !== 'Cite') return;
    const index = context.indexOf(node);
    const before = index ? context.parent(node)?.children[index - 1] : undefined;
    if (before?.type !== 'text') return;
    const value = withoutTrailingSpace(before.value);
    if (value !== before.value) context.setProperty(before, 'value', value);
  },
});
