/** What the preflight says of a source id data/sources.json does not have. */
import { ContentError } from '../content-error.ts';
import type { Project } from '../load-project.ts';
import { looseName, nearestName } from '../edit-distance.ts';
import { quotedValue, withoutUnseen } from '../../schemas/dataset/alike-values.ts';

/** Whether `id` names a source, valid or not (a faulty entry is reported once, where it is written). */
export function knownSource(project: Project, id: string): boolean {
  return project.sources.has(id) || project.invalid.has(`source:${id}`) || project.invalid.has('source:*');
}

export function unknownSource(file: string, field: string, id: string, project: Project): ContentError {
  return new ContentError(file, field, unknownSourceMessage(id, project));
}

/** What to write for an id written as a title or in capitals (Red_Notices_Issued) whose known id is `near`, if it is one. */
export function writtenAsTitle(id: string, near: string | undefined): string | undefined {
  if (near === undefined || looseName(near) !== looseName(id)) return undefined;
  // Pasted with a character that does not show (a zero-width space), the id reads right: the quoted id names it.
  return quotedValue(id) !== JSON.stringify(id) && withoutUnseen(id) === near
    ? `write "${near}", without the character that does not show`
    : `write "${near}" (an id is written in lower case, with hyphens)`;
}

/**
 * The source a <Cite id> names by its address (copied from the browser: http or https, with or without www. or a
 * final /) or by its title, case and punctuation aside; undefined when none is named so.
 */
export function sourceNamedBy(written: string, project: Project): { id: string; by: 'address' | 'title' } | undefined {
  const address = (url: string) =>
    url
      .trim()
      .replace(/^https?:\/\/(?:www\.)?/i, '')
      .replace(/\/$/, '')
      .toLowerCase();
  const isAddress = /^https?:\/\//i.test(written.trim());
  for (const [id, source] of project.sources) {
    if (isAddress && address(source.url) === address(written)) return { id, by: 'address' };
    if (!isAddress && looseName(source.title) !== '' && looseName(source.title) === looseName(written))
      return { id, by: 'title' };
  }
  return undefined;
}

export function unknownSourceMessage(id: string, project: Project): string {
  const named = sourceNamedBy(id, project);
  if (named)
    return `unknown source ${quotedValue(id)}: that is the ${named.by} of source "${named.id}": write "${named.id}"`;
  const near = nearestName(id, project.sources.keys());
  const title = writtenAsTitle(id, near);
  if (title) return `unknown source ${quotedValue(id)}: ${title}`;
  const hint = near ? `did you mean "${near}"? ` : '';
  return `unknown source ${quotedValue(id)}: ${hint}add it to data/sources.json or fix the id`;
}
