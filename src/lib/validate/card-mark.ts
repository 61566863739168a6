/** The `card` mark on a <Fact>, which picks the figure the page's social card shows: written alone, once a page. */
import { ContentError } from '../content-error.ts';
import { type ComponentUse, optionLine } from '../mdx-usage.ts';

/**
 * `card` on a <Fact> marks the figure the page's social card shows (src/lib/social-card-figure.ts). It takes no value,
 * and the card is drawn from the MDX before the page renders, so the figure's row and column must be written as values.
 */
export function checkCardMark(
  errors: ContentError[],
  file: string,
  where: string,
  props: Record<string, unknown>,
): void {
  if (!('card' in props)) return;
  if (props.card !== true) {
    errors.push(
      new ContentError(
        file,
        `${where} card`,
        "write card alone, with no value (<Fact card dataset=… />): it marks the figure the page's social card shows",
      ),
    );
  } else if (props.row === undefined || typeof props.column !== 'string') {
    errors.push(
      new ContentError(
        file,
        `${where} card`,
        'the social card\'s figure is read before the page renders: write the row and the column of the Fact marked card as values, e.g. row={2024} column="issued"',
      ),
    );
  }
}

/** A page's social card shows one figure: one <Fact> a page may be marked `card`. */
export function checkOneCardMark(errors: ContentError[], file: string, uses: readonly ComponentUse[]): void {
  const marked = uses.filter((use) => use.component === 'Fact' && use.props.card === true);
  for (const use of marked.slice(1)) {
    errors.push(
      new ContentError(
        file,
        `line ${optionLine(use, 'card')}: <Fact> card`,
        `the page's social card shows one figure, and the <Fact> of line ${marked[0]!.line} is marked card already: keep the mark on one`,
      ),
    );
  }
}
