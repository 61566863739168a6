/** Headings of an MDX body that name nothing. */
import { ContentError } from '../content-error.ts';
import { wordlessHeadings } from '../mdx-usage.ts';

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
