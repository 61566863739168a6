/** Headings of an MDX body that name nothing, or whose address the page's layout already uses. */
import { ContentError } from '../content-error.ts';
import { headingAnchors, wordlessHeadings } from '../mdx-usage.ts';
import { layoutIdUse } from '../../layouts/layout-ids.ts';

/**
 * A heading with no words (`## 🔎`, `## —`, `## `) is a section of no name in a screen reader's list of headings, and
 * its anchor is empty: the HTML check stopped the build after rendering on `Attribute "id" is missing value`, at a
 * line of the built page, which told the editor neither the heading nor what to write.
 */
export function checkHeadingWords(errors: ContentError[], file: string, body: string, bodyLine: number): void {
  for (const { line, level, text } of wordlessHeadings(body, bodyLine)) {
    const marks = '#'.repeat(level);
    const why =
      "screen readers list a page's sections by their headings, and the section gets no address to link to: write what the section is about";
    errors.push(
      text === ''
        ? new ContentError(file, `line ${line}: ${marks}`, `an empty heading: ${why}, or remove the ${marks}`)
        : new ContentError(file, `line ${line}: ${marks} ${text}`, `a heading with no words: ${why}`),
    );
  }
}

/**
 * A heading whose address is an id the page's layout gives one of its own elements (`## Main` is #main, the page's
 * text) makes two elements with one id, and a link to the heading may land on the other: the HTML check stopped the
 * build after rendering, at a line of the built page. Reported here at the heading's line.
 */
export function checkHeadingIds(errors: ContentError[], file: string, body: string, bodyLine: number): void {
  for (const { line, level, text, id } of headingAnchors(body, bodyLine)) {
    const use = layoutIdUse(id);
    if (!use) continue;
    errors.push(
      new ContentError(
        file,
        `line ${line}: ${'#'.repeat(level)} ${text}`,
        `its address, #${id}, is taken on the page by ${use}: reword the heading (its address is its words, in small letters joined by hyphens), e.g. with a word more`,
      ),
    );
  }
}
