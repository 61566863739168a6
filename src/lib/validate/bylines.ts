/** Stories about to be published with new:story's empty byline. */
import { ContentError } from '../content-error.ts';
import { fieldLine, type Project } from '../load-project.ts';

/**
 * new:story writes authors: [] for the editor to fill in: left empty, the story is published without a byline. A
 * story without the field at all is unsigned on purpose.
 */
export const noByline =
  'empty: the story would be published without a byline: write who wrote it, authors: ["A. Reporter"] (or remove the line for a story signed by no one)';

/** Each story whose `authors:` is written and empty, drafts aside. */
export function checkBylines(errors: ContentError[], project: Project): void {
  for (const story of project.stories) {
    if (story.data.draft || story.data.authors.length > 0 || fieldLine(project, story.file, 'authors') === undefined)
      continue;
    errors.push(new ContentError(story.file, 'authors', noByline));
  }
}
