/** The case files and datasets a page's frontmatter lists (`cases:`, `datasets:`). */
import { ContentError } from '../content-error.ts';
import type { Entry, Project } from '../load-project.ts';
import { nearestName } from '../edit-distance.ts';
import { withheld, type Publishable } from '../visibility.ts';
import { unknownDataset } from './unknown-dataset.ts';

/**
 * A case listed that is withheld (a note), a dataset or a case file listed that is not there. `caseIds`: every case
 * file's id; `caseSlugs`: what `cases:` accepts, the ids of originals.
 */
export function checkListedIds(
  errors: ContentError[],
  notes: ContentError[],
  entry: Entry<{ datasets: string[]; cases?: string[] } & Publishable>,
  project: Project,
  caseIds: ReadonlySet<string>,
  caseSlugs: readonly string[],
  now: Date,
  preview: boolean,
): void {
  entry.data.cases?.forEach((id, i) => {
    const linked = project.cases.find((c) => c.id === id);
    const held = linked && withheld(linked.data, now);
    if (held && !preview && !withheld(entry.data, now)) {
      notes.push(
        new ContentError(
          entry.file,
          `cases[${i}]`,
          `"${id}" is ${held === 'draft' ? 'a draft' : 'embargoed'}: the page does not list it until it is published`,
        ),
      );
    }
  });
  entry.data.datasets.forEach((id, i) => {
    if (!project.datasets.has(id) && !project.invalid.has(`dataset:${id}`))
      errors.push(new ContentError(entry.file, `datasets[${i}]`, unknownDataset(id, project)));
  });
  entry.data.cases?.forEach((id, i) => {
    if (!caseIds.has(id) && !project.invalid.has(`cases:${id}`)) {
      // A case file named with underscores (kloop_media.mdx) is refused for its name (checkFileName), and cases:
      // takes identifiers: "did you mean kloop_media?" sent the editor to a name cases: refuses in turn.
      const underscored = caseSlugs.find((slug) => slug.includes('_') && slug.replaceAll('_', '-') === id);
      const near = nearestName(id, caseSlugs);
      const hint = underscored
        ? `: content/cases/${underscored}.mdx is named with underscores, which no cases: can list: rename it to ${id}.mdx`
        : caseSlugs.length === 0
          ? `: there is no case file in content/cases/ yet: write it, or take "${id}" off the list`
          : `${near ? `: did you mean "${near}"?` : ''}; known: ${caseSlugs.join(', ')}`;
      errors.push(new ContentError(entry.file, `cases[${i}]`, `no case file "${id}" (content/cases/${id}.mdx)${hint}`));
    }
  });
}
