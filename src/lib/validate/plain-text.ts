/** Markup in a title or summary, which are printed as plain text. */
import { ContentError } from '../content-error.ts';
import type { Entry } from '../load-project.ts';
import { plainTextMarkup } from '../plain-text-markup.ts';

/**
 * A title or summary is plain text wherever it goes (lists, search results, feeds, social cards, the page's head):
 * a component, a link, code, Markdown emphasis, pasted HTML or a character reference in it (src/lib/plain-text-markup.ts)
 * would be printed as written.
 */
export function checkPlainText(errors: ContentError[], entry: Entry<{ title: string; summary: string }>): void {
  for (const field of ['title', 'summary'] as const) {
    const text = entry.data[field];
    const found = plainTextMarkup(text);
    if (found) {
      errors.push(
        new ContentError(
          entry.file,
          field,
          `${found.markup} would be printed as written: a ${field} is plain text (lists, search, feeds and social cards show it as it is); ${found.fix}`,
        ),
      );
    }
  }
}
