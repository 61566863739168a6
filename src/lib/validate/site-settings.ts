/**
 * The counts of src/site.config.ts, checked before anything is built (the build's preflight) and before the dev server
 * starts: a feed of 0 items, or of "50" written in quotation marks, or of a fraction, was published without a word,
 * and a list of 0 stories a page stopped the build on "Invalid array length".
 */
import { ContentError } from '../content-error.ts';
import { site } from '../../site.config.ts';

/** The settings that count something, with the value the project ships, named in the message as an example. */
const counts = { storiesPerPage: 48, datasetsPerPage: 48, itemsPerFeed: 50 } as const;

type Counts = { readonly [name in keyof typeof counts]: unknown };

/** A problem for each count setting of `settings` that is not a whole number of 1 or more. */
export function siteSettingProblems(settings: Counts = site): ContentError[] {
  return (Object.keys(counts) as (keyof typeof counts)[]).flatMap((name) => {
    const value = settings[name];
    if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 1) return [];
    return [
      new ContentError(
        'src/site.config.ts',
        `site.${name}`,
        `expected a whole number of 1 or more, written without quotation marks (${name}: ${counts[name]}), got ${typeof value === 'string' ? JSON.stringify(value) : String(value)}`,
      ),
    ];
  });
}
