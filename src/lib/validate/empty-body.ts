/** A page published with nothing below its frontmatter. */
import { ContentError } from '../content-error.ts';
import type { Entry } from '../load-project.ts';
import type { Publishable } from '../visibility.ts';

/** A page about to be published with no text: a draft may be empty, a published page would be a title alone. */
export function checkBodyWritten(errors: ContentError[], entry: Entry<Publishable>): void {
  if (!entry.data.draft && entry.body.trim() === '') {
    errors.push(
      new ContentError(
        entry.file,
        'body',
        'no text below the frontmatter: write the page, or keep it out of the build with draft: true',
      ),
    );
  }
}
