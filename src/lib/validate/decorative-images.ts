/** Images published as decorative, said in a note: an empty alt may be meant, or an image left undescribed. */
import { ContentError } from '../content-error.ts';
import { decorativeMark, imagesWithEmptyAlt } from '../mdx/images.ts';

/**
 * A note for each Markdown image `body` shows with empty brackets (`![](./photo.jpg)`), not marked decorative on
 * purpose: it is published with `alt=""`, and a screen reader passes over it. Only the editor can tell a decorative
 * image from one left undescribed, so the build goes on, and says how to do either.
 */
export function checkDecorativeImages(
  notes: ContentError[],
  { file, body, bodyLine }: { file: string; body: string; bodyLine: number },
): void {
  for (const { line, src } of imagesWithEmptyAlt(body, bodyLine)) {
    notes.push(
      new ContentError(
        file,
        `line ${line}: image`,
        `${src} has empty brackets, so it is published as decorative, and a screen reader passes over it: if it shows what a reader should know, describe it in the brackets, ![What it shows](${src}); if it is decorative on purpose, write ${decorativeMark} after it on its line`,
      ),
    );
  }
}
