/** The levels of an MDX body's headings: the title is the only first-level one, and no level is skipped. */
import { ContentError } from '../content-error.ts';
import { firstLevelHeadings, skippedHeadingLevels } from '../mdx-usage.ts';

/** A first-level heading in an MDX body (the title is the page's), and a heading level skipped. */
export function checkHeadingLevels(errors: ContentError[], file: string, body: string, bodyLine: number): void {
  for (const { line, text } of firstLevelHeadings(body, bodyLine)) {
    errors.push(
      new ContentError(
        file,
        `line ${line}: # ${text}`,
        "the title is the page's only first-level heading: write ## for a section",
      ),
    );
  }
  for (const { line, text, level, previous } of skippedHeadingLevels(body, bodyLine)) {
    const marks = (n: number) => '#'.repeat(n);
    errors.push(
      new ContentError(
        file,
        `line ${line}: ${marks(level)} ${text}`,
        `a heading level skipped (${previous === 1 ? 'the title' : marks(previous)}, then ${marks(level)}): screen readers list a page's headings by level, and this one reads as part of a section that is not there: write ${marks(previous + 1)} ${text}`,
      ),
    );
  }
}
