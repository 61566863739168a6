/** A page published with nothing below its frontmatter. */
import { ContentError } from '../content-error.ts';
import type { Entry } from '../load-project.ts';
import type { Publishable } from '../visibility.ts';
import { maskEsm } from '../mdx/masks.ts';

/** A page about to be published with no text: a draft may be empty, a published page would be a title alone. */
export function checkBodyWritten(errors: ContentError[], entry: Entry<Publishable>): void {
  if (entry.data.draft) return;
  // Comments ({/* to write */}) and imports print nothing: a page of them alone is a title alone too.
  const printed = maskEsm(entry.body).replace(/\{\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*\}/g, '');
  if (printed.trim() === '') {
    const only = entry.body.trim() === '' ? '' : ' (comments and imports print nothing)';
    errors.push(
      new ContentError(
        entry.file,
        'body',
        `no text below the frontmatter${only}: write the page, or keep it out of the build with draft: true`,
      ),
    );
  }
}
