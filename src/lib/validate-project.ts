/**
 * The preflight check: loads every editor file, validates it, and checks every cross reference (datasets,
 * sources, cases, components used in MDX bodies) before Astro builds anything. Every problem names its file,
 * its field (or line and component) and what was expected.
 */
import { projectRoot, site } from '../site.config.ts';
import { ContentError } from './content-error.ts';
import { loadProject, withFieldLine, type Entry, type Project } from './load-project.ts';
import { buildTime, isPreview, type Publishable } from './visibility.ts';
import { entryLocale, type Translatable } from './translations.ts';
import { defaultLocale } from '../i18n/locales.ts';
import { siteDictionaryProblems } from '../i18n/check.ts';
import { checkBody } from './validate/body.ts';
import { checkBylines } from './validate/bylines.ts';
import { checkDatasets } from './validate/datasets.ts';
import { defaultLanguagePages } from './validate/default-language-pages.ts';
import { pageLanguageFolders } from './validate/page-language-folders.ts';
import { checkBodyWritten } from './validate/empty-body.ts';
import { checkDecorativeImages } from './validate/decorative-images.ts';
import {
  checkDatasetDates,
  checkDates,
  checkPublicationDates,
  checkResponseDates,
  checkSourceDates,
  checkUnreadDates,
  type Dated,
} from './validate/dates.ts';
import { checkFileNames } from './validate/file-names.ts';
import { languageFolders } from './validate/language-folders.ts';
import { checkLeads } from './validate/leads.ts';
import { linkTargets, release } from './validate/link-targets.ts';
import { checkListedIds } from './validate/listed-ids.ts';
import { percentFractions } from './validate/percent-fractions.ts';
import { crowdedBarCharts } from './validate/crowded-bars.ts';
import { checkPlaceholders } from './validate/placeholders.ts';
import { checkPlainText } from './validate/plain-text.ts';
import { proseFrontmatter } from './validate/prose-frontmatter.ts';
import { checkTranslatedFacts } from './validate/same-facts.ts';
import { sameDatasetTitles, sameTitles } from './validate/same-titles.ts';
import { checkTagLabels, nearTags } from './validate/tags.ts';
import { checkTranslations } from './validate/translations.ts';
import { translationsInTheOtherKind } from './validate/translations-in-the-other-kind.ts';
import { checkUnlistedPages } from './validate/unlisted-pages.ts';
import { siteSettingProblems } from './validate/site-settings.ts';
import { unusedDatasets } from './validate/unused-datasets.ts';
import { leftOutNote, unreadContentFiles, unreadDataFiles } from './validate/unread-files.ts';

/**
 * The project at `root`, what stops its build (`errors`) and what an editor should look at without stopping it
 * (`notes`: a translation that is probably not linked to its original), for a site published at `siteUrl`.
 */
export function validateProject(
  root: string,
  now: Date = buildTime(),
  preview = isPreview(),
  siteUrl: string = site.url,
): { project: Project; errors: ContentError[]; notes: ContentError[] } {
  const { project, errors } = loadProject(root);
  const notes: ContentError[] = [];

  errors.push(...checkDatasets(project));

  errors.push(...siteDictionaryProblems(projectRoot));
  errors.push(...siteSettingProblems());
  errors.push(...defaultLanguagePages());
  errors.push(...pageLanguageFolders());
  errors.push(...proseFrontmatter());
  errors.push(...languageFolders(project));
  errors.push(...sameDatasetTitles(project));
  for (const note of unreadDataFiles(project)) notes.push(note);
  errors.push(...unreadContentFiles(project));
  for (const note of translationsInTheOtherKind(project)) notes.push(note);
  for (const note of percentFractions(project)) notes.push(note);
  for (const note of crowdedBarCharts(project)) notes.push(note);
  for (const name of project.leftOut) notes.push(leftOutNote(name));
  checkSourceDates(notes, project, now);
  checkDatasetDates(notes, project, now);
  for (const note of unusedDatasets(project, undefined, now, preview)) notes.push(note);
  for (const note of nearTags(project)) notes.push(note);
  // Each page's language, from its folder; a `lang` that contradicts the folder is reported here, before rendering.
  const locales = new Map<Entry<unknown>, string>();
  for (const entry of [...project.stories, ...project.cases]) {
    try {
      locales.set(entry, entryLocale(entry, entry.file));
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      errors.push(error);
    }
  }
  /** A translation's original: the page in the default language with the same key, in the same collection. */
  const originals = new Map<Entry<unknown>, Entry<Publishable & Dated>>();
  for (const entries of [project.stories, project.cases] as Entry<Publishable & Dated & Translatable['data']>[][]) {
    checkTranslations(errors, notes, entries, locales, originals, now);
  }
  checkTranslatedFacts(errors, notes, originals);

  const targets = linkTargets(project, locales, now, preview, siteUrl);
  errors.push(
    ...sameTitles(
      project,
      locales,
      errors.filter((error) => error.file.endsWith('/')).map((error) => error.file),
    ),
  );
  const caseIds = new Set(project.cases.map((c) => c.id));
  // What `cases:` accepts: the ids of originals (a translation shares its original's).
  const caseSlugs = project.cases.filter((c) => locales.get(c) === defaultLocale).map((c) => c.id);
  const entries: Entry<
    { datasets: string[]; cases?: string[]; tags?: string[]; title: string; summary: string } & Dated & Publishable
  >[] = [...project.stories, ...project.cases];
  for (const entry of entries) {
    checkDates(errors, entry, originals.get(entry));
    checkTagLabels(errors, entry);
    checkPlaceholders(errors, entry);
    checkPlainText(errors, entry);
    checkBodyWritten(errors, entry);
    checkPublicationDates(errors, notes, entry, now, project);
    checkListedIds(errors, notes, entry, project, caseIds, caseSlugs, now, preview);
    checkBody(errors, entry, project, targets, preview ? 0 : release(entry.data, now));
    checkResponseDates(notes, entry, now);
    checkDecorativeImages(notes, entry);
  }
  // A page whose frontmatter is invalid: when it would be published is unknown, so links to withheld pages are not judged.
  for (const entry of project.unlisted) checkBody(errors, entry, project, targets, Number.POSITIVE_INFINITY);
  checkUnreadDates(errors, project.unlisted);
  checkFileNames(
    errors,
    [...entries, ...project.unlisted].map(({ file }) => file),
  );

  checkBylines(errors, project);
  checkUnlistedPages(errors, project);
  checkLeads(errors, project, now, preview);
  return { project, errors: inReadingOrder(withFieldLines(errors, project)), notes: withFieldLines(notes, project) };
}

/** A frontmatter field a check names gets its line in the file, as the schema's messages give it (load-project.ts). */
function withFieldLines(errors: ContentError[], project: Project): ContentError[] {
  return errors.map((error) => withFieldLine(project, error));
}

/**
 * Errors grouped by file (in the order files were first reported) and, within a file, in line order: frontmatter and
 * fields without a line first, then each component use where it stands. Otherwise ties keep the order of the checks.
 */
function inReadingOrder(errors: ContentError[]): ContentError[] {
  const files = new Map<string, number>();
  for (const error of errors) if (!files.has(error.file)) files.set(error.file, files.size);
  // "lines 1–7": a field missing from the frontmatter, which starts on line 1.
  const line = (error: ContentError) => Number(/^lines? (\d+)(?:[:–]|$)/.exec(error.field)?.[1] ?? 0);
  return errors.toSorted((a, b) => files.get(a.file)! - files.get(b.file)! || line(a) - line(b));
}
