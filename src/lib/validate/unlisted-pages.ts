/** What the preflight still checks in a page whose frontmatter is invalid. */
import { ContentError } from '../content-error.ts';
import type { Project } from '../load-project.ts';
import { identifierPattern } from '../../schemas/fields.ts';
import { noByline } from './bylines.ts';
import { checkPlaceholders } from './placeholders.ts';
import { checkTagLabels } from './tags.ts';

/**
 * A page whose frontmatter has another problem: new:story's stand-ins are reported with it, in the same build,
 * rather than in the next one once the frontmatter is fixed.
 */
export function checkUnlistedPages(errors: ContentError[], project: Project): void {
  for (const { file, body, bodyLine, frontmatter } of project.unlisted) {
    if (frontmatter.draft === true) continue;
    const summary = typeof frontmatter.summary === 'string' ? frontmatter.summary : '';
    checkPlaceholders(errors, { id: file, file, body, bodyLine, data: { draft: false, summary } });
    if (file.startsWith('content/stories/') && Array.isArray(frontmatter.authors) && frontmatter.authors.length === 0)
      errors.push(new ContentError(file, 'authors', noByline));
    // A tag written as a label ("notificaciones-rojas" for red-notices), beside another tag the schema refused: one
    // that is no identifier ("metodología") has its own message, with the tag meant.
    if (Array.isArray(frontmatter.tags)) {
      const tags = frontmatter.tags.map((tag) => (typeof tag === 'string' && identifierPattern.test(tag) ? tag : ''));
      checkTagLabels(errors, { id: file, file, body, bodyLine, data: { tags } });
    }
  }
}
