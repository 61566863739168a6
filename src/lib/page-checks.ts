/**
 * What the preflight says of one page alone, for the dev server's checks (src/lib/dev-link-check.ts): its body (links,
 * components, citations, images, headings, Markdown), the case files and datasets its frontmatter lists, a tag written
 * as its label, markup in its title or summary, no text, and new:story's stand-ins and empty byline.
 */
import type { ContentError } from './content-error.ts';
import type { Entry, Project } from './load-project.ts';
import { defaultLocale } from '../i18n/locales.ts';
import { release, type LinkTargets } from './validate/link-targets.ts';
import { checkBody } from './validate/body.ts';
import { checkListedIds } from './validate/listed-ids.ts';
import { checkPlaceholders } from './validate/placeholders.ts';
import { checkPlainText } from './validate/plain-text.ts';
import { checkTagLabels } from './validate/tags.ts';
import { checkBodyWritten } from './validate/empty-body.ts';
import { checkBylines } from './validate/bylines.ts';
import { checkResponseDates } from './validate/dates.ts';
import { checkDecorativeImages } from './validate/decorative-images.ts';

/** A story or case file as the dev server's checks read it. */
export type Page = Entry<{ datasets: string[]; cases?: string[]; draft?: boolean; embargo?: Date }>;

/**
 * What the build stops on and notes in `page` alone, as the preflight finds it, with the site's addresses as
 * `targets`, each page's language in `locales`, at the checks' moment `now`.
 */
export function pageChecks(
  page: Page,
  project: Project,
  targets: LinkTargets,
  locales: ReadonlyMap<Entry<unknown>, string>,
  now: Date,
  preview: boolean,
): { errors: ContentError[]; notes: ContentError[] } {
  const errors: ContentError[] = [];
  // Its body as the preflight reads it: its links, and its components, citations, images, headings and Markdown.
  checkBody(errors, page, project, targets, preview ? 0 : release(page.data, now));
  const caseIds = new Set(project.cases.map((c) => c.id));
  const caseSlugs = project.cases.filter((c) => locales.get(c) === defaultLocale).map((c) => c.id);
  const notes: ContentError[] = [];
  checkListedIds(
    errors,
    notes,
    page as Parameters<typeof checkListedIds>[2],
    project,
    caseIds,
    caseSlugs,
    now,
    preview,
  );
  checkResponseDates(notes, page, now);
  checkDecorativeImages(notes, page);
  // What depends on the page alone: a tag written as its label, markup in its title or summary, no text, and
  // new:story's stand-ins and empty byline left in a page about to be published.
  const own = page as unknown as Project['stories'][number];
  checkTagLabels(errors, own);
  checkPlainText(errors, own);
  checkBodyWritten(errors, own);
  checkPlaceholders(errors, own);
  if (page.file.startsWith('content/stories/')) checkBylines(errors, { ...project, stories: [own] });
  return { errors, notes };
}
