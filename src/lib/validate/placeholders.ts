/** new:story's stand-in text left in a page about to be published. */
import { ContentError } from '../content-error.ts';
import type { Entry } from '../load-project.ts';
import { findComponentUses, optionLine, textLines } from '../mdx-usage.ts';
import type { Publishable } from '../visibility.ts';
import { placeholders } from '../new-story.ts';
import { locales } from '../../i18n/locales.ts';

type StandIns = ReturnType<typeof placeholders>;

/**
 * new:story's stand-ins in each of the site's languages and in English, which it wrote in before it wrote the default
 * language's: each set once.
 */
function standIns(): StandIns[] {
  const sets = new Map<string, StandIns>();
  for (const lang of ['en', ...locales]) {
    const set = placeholders(lang);
    sets.set(set.summary, set);
  }
  return [...sets.values()];
}

/** A page about to be published with new:story's stand-in text in it (src/lib/new-story.ts), in any of the site's languages. */
export function checkPlaceholders(errors: ContentError[], entry: Entry<Publishable & { summary: string }>): void {
  if (entry.data.draft) return;
  for (const standIn of standIns()) checkStandIns(errors, entry, standIn);
}

function checkStandIns(
  errors: ContentError[],
  entry: Entry<Publishable & { summary: string }>,
  {
    summary: placeholderSummary,
    body: placeholderBody,
    note: placeholderNote,
    chartTitle: placeholderChartTitle,
  }: StandIns,
): void {
  if (entry.data.summary.trim() === placeholderSummary) {
    errors.push(
      new ContentError(
        entry.file,
        'summary',
        "still new:story's stand-in: write what the story found (it is the dek, and what lists, search and social cards show)",
      ),
    );
  }
  const at = entry.body.indexOf(placeholderBody);
  if (at >= 0) {
    const line = entry.bodyLine + 1 + (entry.body.slice(0, at).match(/\n/g)?.length ?? 0);
    errors.push(
      new ContentError(
        entry.file,
        `line ${line}`,
        `still new:story's stand-in "${placeholderBody}": write the story, or keep draft: true`,
      ),
    );
  }
  // The scaffold's notes on writing and its example components sit in an MDX comment: with its markers removed, the
  // notes would be printed as a paragraph of the story.
  for (const line of textLines(entry.body, placeholderNote, entry.bodyLine)) {
    errors.push(
      new ContentError(
        entry.file,
        `line ${line}`,
        `new:story's notes on writing ("${placeholderNote} …") are no longer in a comment, and would be published as text: delete them, or put them back between {/* and */}`,
      ),
    );
  }
  // Only a body holding the example's title can hold the example: reading every component of every page took ~40 ms of
  // the preflight at 1,000 stories, and of the dev server's start (src/lib/dev-link-check.ts).
  if (!entry.body.includes(placeholderChartTitle)) return;
  for (const use of findComponentUses(entry.body, entry.bodyLine)) {
    if (use.component === 'Chart' && use.props.title === placeholderChartTitle) {
      errors.push(
        new ContentError(
          entry.file,
          `line ${optionLine(use, 'title')}: <Chart> title`,
          `still new:story's example "${placeholderChartTitle}": write what this chart shows, the finding a reader takes from it`,
        ),
      );
    }
  }
}
