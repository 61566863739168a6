/**
 * A frontmatter datetime as its page writes it. The schema turns `embargo: 2026-12-09T00:00:00+01:00` into a Date, and
 * its offset goes: the day it names is 2026-12-09 where it was written, 2026-12-08 in UTC. A check that tells an editor
 * which day to write quotes the moment and its day as they wrote them.
 */
import type { Project } from './project.ts';

/** The text of `field` in the frontmatter of `file`, when it writes a datetime with its offset naming `moment`. */
export function writtenDatetime(
  project: Pick<Project, 'frontmatter'> | undefined,
  file: string,
  field: string,
  moment: Date,
): string | undefined {
  const yaml = project?.frontmatter.get(file)?.yaml;
  if (!yaml) return undefined;
  const written = new RegExp(
    `^${field}:[ \\t]*(["']?)(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:\\d{2}))\\1[ \\t]*(?:#.*)?$`,
    'm',
  ).exec(yaml)?.[2];
  // The same moment, or the text is not what the schema read (a field written twice, YAML's other forms).
  return written && new Date(written).getTime() === moment.getTime() ? written : undefined;
}
