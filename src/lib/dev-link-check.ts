/**
 * The build's checks of the links between pages, for the dev server (src/build/dev-link-problems.ts): the preflight
 * (validateProject) run on the whole project, of which the links' problems are kept, each by the address of the page
 * that has it. The preflight, not the links' checks alone: whether a link is broken depends on every page, their
 * languages and whether they are withheld, which it works out. Tens of milliseconds for the demo, about half a
 * second at 1,000 stories (docs/performance.md).
 */
import type { ContentError } from './content-error.ts';
import { entryHref } from './translations.ts';
import { validateProject } from './validate-project.ts';
import { buildTime, isPreview } from './visibility.ts';

/**
 * A problem the build's link checks report: the line of a link in a page's body ("line 12: link"), or of a case file a
 * story lists in its frontmatter, which the story links to ("line 6: cases[0]").
 */
const linkField = /^line \d+: (?:link|cases\[\d+\])$/;

/** The problems of the links in the pages of the site at `contentRoot`, by the address of the page that has them. */
export function linkProblems(contentRoot: string): Map<string, ContentError[]> {
  const { project, errors } = validateProject(contentRoot, buildTime(), isPreview());
  const addresses = new Map<string, string>();
  for (const [kind, entries] of [['story', project.stories], ['case', project.cases]] as const) {
    for (const entry of entries) {
      try {
        addresses.set(entry.file, entryHref(kind, entry));
      } catch {
        // A `lang` that contradicts the page's folder: the frontmatter's check shows it on every page.
      }
    }
  }
  const byAddress = new Map<string, ContentError[]>();
  for (const error of errors) {
    const address = addresses.get(error.file);
    if (!address || !linkField.test(error.field)) continue;
    byAddress.set(address, [...(byAddress.get(address) ?? []), error]);
  }
  return byAddress;
}
