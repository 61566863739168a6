/** A column a <Chart> or a <Fact> names that its dataset lacks, and another dataset has. */
import { ContentError } from '../content-error.ts';
import type { Project } from '../load-project.ts';
import { listed } from '../../schemas/dataset.ts';

/**
 * `error` with the datasets that have the column it says the named one lacks: a chart or a Fact copied from another
 * story keeps the columns of the dataset it was written for ("refused" is refusals', not issued's). No typo is near,
 * so the message had no hint, and the editor went looking for a misspelling.
 */
export function withColumnElsewhere(error: ContentError, project: Project, own: unknown): ContentError {
  const found = /has no column ("(?:[^"\\]|\\.)*") \(columns: .*\)$/.exec(error.detail);
  if (!found || typeof own !== 'string') return error;
  const column = JSON.parse(found[1]!) as string;
  const others = [...project.datasets]
    .filter(([id, dataset]) => id !== own && Object.hasOwn(dataset.columns, column))
    .map(([id]) => id);
  if (others.length === 0) return error;
  const hint =
    others.length === 1
      ? `: dataset "${others[0]}" has it: write dataset="${others[0]}"`
      : `: datasets ${listed(others.map((id) => `"${id}"`))} have it`;
  // After the named dataset's own columns: before them, "(columns: …)" read as the other datasets' columns.
  return new ContentError(error.file, error.field, `${error.detail}${hint}`);
}
