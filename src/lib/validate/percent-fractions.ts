/** A "%" column written as fractions. */
import { ContentError } from '../content-error.ts';
import type { Project } from '../load-project.ts';
import type { Row } from '../../schemas/dataset.ts';

/**
 * A "%" column whose figures are all fractions (0.05 for 5%): unit "%" prints the value as written, "0.05%", a
 * hundred times too small. Legitimate for very small rates, so a note, not an error.
 */
export function percentFractions(project: Project): ContentError[] {
  const notes: ContentError[] = [];
  for (const dataset of project.datasets.values()) {
    for (const [name, column] of Object.entries(dataset.columns)) {
      if (column.unit !== '%') continue;
      const values = (dataset.rows as Row[])
        .map((row) => row[name])
        .filter((value): value is number => typeof value === 'number');
      if (
        values.length >= 2 &&
        values.every((value) => Math.abs(value) <= 1) &&
        values.some((value) => value !== 0 && !Number.isInteger(value))
      ) {
        const example = values.find((value) => !Number.isInteger(value));
        notes.push(
          new ContentError(
            dataset.file,
            `columns.${name}`,
            `every value is between 0 and 1, and unit "%" prints ${example} as "${example}%": write percentages (5.3 for 5.3%), not fractions, unless these rates are that small`,
          ),
        );
      }
    }
  }
  return notes;
}
