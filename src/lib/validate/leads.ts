/** The home page's lead story. */
import { ContentError } from '../content-error.ts';
import type { Project } from '../load-project.ts';
import { withheld } from '../visibility.ts';

/** Stories published by this build (or all, in preview) that say lead: true: only one can be. */
export function checkLeads(errors: ContentError[], project: Project, now: Date, preview: boolean): void {
  const leads = project.stories.filter((s) => s.data.lead && (preview || withheld(s.data, now) === null));
  // Every one is reported, naming the others: which of them should stay the lead is the editor's choice, not the
  // order of the files.
  if (leads.length > 1) {
    for (const lead of leads) {
      const others = leads.filter((other) => other !== lead).map((other) => other.file);
      errors.push(
        new ContentError(
          lead.file,
          'lead',
          `only one story can be the lead, and ${others.join(', ')} ${others.length === 1 ? 'says' : 'say'} lead: true too: keep it on one`,
        ),
      );
    }
  }
}
