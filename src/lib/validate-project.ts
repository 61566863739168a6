/**
 * The preflight check: loads every editor file, validates it, and checks every cross reference (datasets,
 * sources, cases, components used in MDX bodies) before Astro builds anything. Every problem names its file,
 * its field (or line and component) and what was expected.
 */
import { basePath, projectRoot, site } from '../site.config.ts';
import { ContentError } from './content-error.ts';
import { fieldLine, loadProject, type Entry, type Project } from './load-project.ts';
import { findComponentUses } from './mdx-usage.ts';
import { nearestName } from './edit-distance.ts';
import { identifierPattern, responseDateProblem } from '../schemas/fields.ts';
import { keyColumn } from './facts.ts';
import { buildTime, isPreview, withheld, type Publishable } from './visibility.ts';
import { entryHref, entryLocale, type Translatable } from './translations.ts';
import { defaultLocale } from '../i18n/locales.ts';
import { siteDictionaryProblems } from '../i18n/check.ts';
import { datasetsMentioned, publishedDatasetIds, sitePagesUsage } from './dataset-usage.ts';
import { datasetMarkup, sourcesMarkup } from './data-text-markup.ts';
import { checkBody } from './validate/body.ts';
import { checkChart } from './validate/chart.ts';
import { type Dated, checkDates } from './validate/dates.ts';
import { checkFileName, twinNames } from './validate/file-names.ts';
import { languageFolders } from './validate/language-folders.ts';
import { type LinkTargets, release } from './validate/link-targets.ts';
import { percentFractions } from './validate/percent-fractions.ts';
import { checkPlaceholders } from './validate/placeholders.ts';
import { checkPlainText } from './validate/plain-text.ts';
import { unknownRowSources, unlistedRowSources } from './validate/row-sources.ts';
import { checkSameFacts } from './validate/same-facts.ts';
import { sameDatasetTitles, sameTitles } from './validate/same-titles.ts';
import { knownSource, unknownSource } from './validate/sources.ts';
import { checkTagLabels, nearTags } from './validate/tags.ts';
import { checkTranslations, translationsInTheOtherKind } from './validate/translations.ts';
import { unknownDataset } from './validate/unknown-dataset.ts';
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

  for (const [id, dataset] of project.datasets) {
    dataset.sources.forEach((source, i) => {
      if (!knownSource(project, source)) errors.push(unknownSource(dataset.file, `sources[${i}]`, source, project));
    });
    unknownRowSources(errors, dataset.file, dataset.columns, dataset.rows, keyColumn(dataset), project, dataset.rowsFile);
    unlistedRowSources(errors, dataset.file, dataset.columns, dataset.rows, keyColumn(dataset), dataset.sources, project, dataset.rowsFile);
    // A dataset's own chart is written in JSON: its hints say "filter": { … }, not MDX's filter={{ … }}.
    if (dataset.chart) checkChart(errors, dataset.file, 'chart', { ...dataset.chart, dataset: id }, project, 'json');
    errors.push(...datasetMarkup(dataset));
  }
  errors.push(...sourcesMarkup(project.sources));
  // A dataset with another problem in its rows (a misspelt column): its source ids are checked in the same build.
  for (const [id, columns] of project.declaredColumns) {
    const declared = project.declaredRows.get(id);
    if (!declared) continue;
    const rows = declared.rows.filter((row): row is Record<string, unknown> => row !== null && typeof row === 'object' && !Array.isArray(row));
    if (rows.length === declared.rows.length) unknownRowSources(errors, `data/${id}.json`, columns, rows, keyColumn({ key: declared.key, columns }), project, declared.rowsFile);
  }

  errors.push(...siteDictionaryProblems(projectRoot));
  errors.push(...languageFolders(project));
  errors.push(...sameDatasetTitles(project));
  for (const note of unreadDataFiles(project)) notes.push(note);
  errors.push(...unreadContentFiles(project));
  for (const note of translationsInTheOtherKind(project)) notes.push(note);
  for (const note of percentFractions(project)) notes.push(note);
  for (const name of project.leftOut) notes.push(leftOutNote(name));
  for (const [id, source] of project.sources) {
    // A source dated after the build: a typo in the year, mostly (2027 for 2026).
    if (!source.date) continue;
    const [year = 0, month = 1, day = 1] = source.date.split('-').map(Number);
    if (Date.UTC(year, month - 1, day) - now.getTime() > 86_400_000) {
      notes.push(new ContentError('data/sources.json', `${id}.date`, `${source.date} is after this build's moment: the bibliography prints it as the source's date`));
    }
  }
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
  for (const [translation, original] of originals) checkSameFacts(errors, notes, translation as Entry<Record<string, unknown>>, original as unknown as Entry<Record<string, unknown>>);

  // The addresses of stories and case files, for the links between them (see checkLinks).
  const targets: LinkTargets = new Map();
  for (const [kind, entries] of [['story', project.stories], ['case', project.cases]] as const) {
    for (const entry of entries) {
      if (!locales.has(entry)) continue;
      targets.set(entryHref(kind, entry), { file: entry.file, held: preview ? null : withheld(entry.data, now), release: preview ? 0 : release(entry.data, now) });
    }
  }
  // The datasets this build publishes: one only withheld pages use is withheld with them (src/lib/dataset-usage.ts).
  const publishedDatasets = publishedDatasetIds(
    project.datasets.keys(),
    [
      ...[...project.stories, ...project.cases].map((entry) => ({
        datasets: datasetsMentioned(entry.body, entry.data.datasets),
        published: preview || withheld(entry.data, now) === null,
      })),
      ...sitePagesUsage(),
    ],
  );
  targets.datasets = publishedDatasets;
  targets.base = basePath(siteUrl);
  errors.push(...sameTitles(project, locales, errors.filter((error) => error.file.endsWith('/')).map((error) => error.file)));
  const caseIds = new Set(project.cases.map((c) => c.id));
  // What `cases:` accepts: the ids of originals (a translation shares its original's).
  const caseSlugs = project.cases.filter((c) => locales.get(c) === defaultLocale).map((c) => c.id);
  const entries: Entry<{ datasets: string[]; cases?: string[]; tags?: string[]; title: string; summary: string } & Dated & Publishable>[] = [...project.stories, ...project.cases];
  for (const entry of entries) {
    checkDates(errors, entry, originals.get(entry));
    checkTagLabels(errors, entry);
    checkPlaceholders(errors, entry);
    checkPlainText(errors, entry);
    if (!entry.data.draft && entry.body.trim() === '') {
      errors.push(new ContentError(entry.file, 'body', 'no text below the frontmatter: write the page, or keep it out of the build with draft: true'));
    }
    // An update or a correction dated after the build is printed as if it had happened: a typo in the year, mostly.
    const later = (date: Date | undefined) => date !== undefined && date.getTime() - now.getTime() > 86_400_000;
    if (later(entry.data.updated)) notes.push(new ContentError(entry.file, 'updated', `${entry.data.updated!.toISOString().slice(0, 10)} is after this build's moment, and the page says it was updated then`));
    entry.data.corrections.forEach((correction, i) => {
      if (later(correction.date)) notes.push(new ContentError(entry.file, `corrections[${i}].date`, `${correction.date.toISOString().slice(0, 10)} is after this build's moment, and the page dates its correction then`));
    });
    // A date ahead of the moment the page is published (this build's, or its embargo's while that is ahead) by more
    // than a day (a newsroom ahead of UTC dates its stories "today") is printed as the publication date of a page
    // published before it: probably meant as an embargo, or a typo. An embargo that has passed holds nothing back.
    if (!entry.data.draft) {
      const embargo = entry.data.embargo && entry.data.embargo.getTime() > now.getTime() ? entry.data.embargo : undefined;
      const ahead = entry.data.date.getTime() - (embargo ?? now).getTime();
      const date = entry.data.date.toISOString().slice(0, 10);
      const lifted = embargo ? `its embargo (${embargo.toISOString()})` : "this build's moment";
      const passed = entry.data.embargo && !embargo ? entry.data.embargo : undefined;
      // More than a year ahead, it is a typo in the year, not a page dated today in a zone ahead of UTC: it stops.
      if (ahead > 366 * 86_400_000) {
        const fix = embargo ? 'correct the year' : `correct the year, or to hold the page until then, write embargo: ${date}T06:00:00Z (with the hour and offset you mean)`;
        errors.push(new ContentError(entry.file, 'date', `${date} is more than a year after ${lifted}, and the page would be published ${embargo ? 'then' : 'now'} with that date: ${fix}`));
      } else if (entry.data.embargo && entry.data.date.getTime() - entry.data.embargo.getTime() > 28 * 86_400_000) {
        // An embargo more than four weeks before the day the page is dated is a typo, mostly (2025 for 2026, a month
        // early). Once passed it holds nothing back, and the page it was written to hold is published at once (the
        // note below told such a page to write an embargo, which it had). It stops the build whether it has passed or
        // not, the moment aside, so that the unattended build that lifts an embargo never meets a problem the builds
        // before it did not report.
        const written = (moment: Date) => moment.toISOString().replace('.000Z', 'Z');
        const set = entry.data.embargo;
        const meant = new Date(`${date}T${written(set).slice(11)}`);
        const fix = meant.getTime() > now.getTime() ? `correct it (embargo: ${written(meant)}, on the page's date?), or remove it` : 'correct it, or remove it';
        const effect = passed ? 'has passed, and lies more than four weeks before the page\'s date (' + date + '): it holds nothing back, and the page would be published now' : 'lies more than four weeks before the page\'s date (' + date + '): the page would be published then, weeks before the day it is dated';
        errors.push(new ContentError(entry.file, 'embargo', `${written(set)} ${effect}; ${fix}`));
      } else if (ahead > 86_400_000) {
        const fix = embargo
          ? 'date it the day its embargo lifts, or move the embargo'
          : passed
            ? `its embargo (${passed.toISOString().replace('.000Z', 'Z')}) has passed and holds nothing back: correct it if it was to hold the page until then`
            : `to hold it until then, write embargo: ${date}T06:00:00Z (with the hour and offset you mean)`;
        notes.push(new ContentError(entry.file, 'date', `${date} is after ${lifted}, and the page is published ${embargo ? 'then' : 'now'} with that date: ${fix}`));
      }
    }
    // A draft with an embargo still ahead: the embargo publishes nothing while draft: true is there (new:story writes
    // it), and a story meant to go out at its moment would stay withheld with no other word. A passed embargo on a
    // draft is a story pulled after it went out, which says nothing new.
    if (entry.data.draft && entry.data.embargo && entry.data.embargo.getTime() > now.getTime()) {
      notes.push(
        new ContentError(
          entry.file,
          'draft',
          `true holds the page back whatever its embargo: the build at ${entry.data.embargo.toISOString().replace('.000Z', 'Z')} will not publish it; remove draft: true for the embargo to publish it then`,
        ),
      );
    }
    // An embargo years ahead of the build and of the page's own date is a typo in the year, mostly (2062 for 2026):
    // the page would stay withheld, with nothing else to say so.
    if (entry.data.embargo && entry.data.embargo.getTime() - Math.max(now.getTime(), entry.data.date.getTime()) > 366 * 86_400_000) {
      notes.push(
        new ContentError(
          entry.file,
          'embargo',
          `${entry.data.embargo.toISOString().replace('.000Z', 'Z')} is more than a year after this build's moment and the page's date (${entry.data.date.toISOString().slice(0, 10)}): the page stays withheld until then; correct the year if that is not meant`,
        ),
      );
    }
    entry.data.cases?.forEach((id, i) => {
      const linked = project.cases.find((c) => c.id === id);
      const held = linked && withheld(linked.data, now);
      if (held && !preview && !withheld(entry.data, now)) {
        notes.push(new ContentError(entry.file, `cases[${i}]`, `"${id}" is ${held === 'draft' ? 'a draft' : 'embargoed'}: the page does not list it until it is published`));
      }
    });
    entry.data.datasets.forEach((id, i) => {
      if (!project.datasets.has(id) && !project.invalid.has(`dataset:${id}`)) errors.push(new ContentError(entry.file, `datasets[${i}]`, unknownDataset(id, project)));
    });
    entry.data.cases?.forEach((id, i) => {
      if (!caseIds.has(id) && !project.invalid.has(`cases:${id}`)) {
        // A case file named with underscores (kloop_media.mdx) is refused for its name (checkFileName), and cases:
        // takes identifiers: "did you mean kloop_media?" sent the editor to a name cases: refuses in turn.
        const underscored = caseSlugs.find((slug) => slug.includes('_') && slug.replaceAll('_', '-') === id);
        const near = nearestName(id, caseSlugs);
        const hint = underscored ? `: content/cases/${underscored}.mdx is named with underscores, which no cases: can list: rename it to ${id}.mdx` : `${near ? `: did you mean "${near}"?` : ''}; known: ${caseSlugs.join(', ')}`;
        errors.push(new ContentError(entry.file, `cases[${i}]`, `no case file "${id}" (content/cases/${id}.mdx)${hint}`));
      }
    });
    checkBody(errors, entry, project, targets, preview ? 0 : release(entry.data, now));
    for (const use of findComponentUses(entry.body, entry.bodyLine)) {
      const date = use.component === 'Response' && typeof use.props.date === 'string' ? use.props.date : undefined;
      if (date && responseDateProblem(date) === undefined && Date.parse(`${date}T00:00:00Z`) - now.getTime() > 86_400_000) {
        notes.push(new ContentError(entry.file, `line ${use.line}: <Response> date`, `${date} is after this build's moment: the page says the response was given then`));
      }
    }
  }
  // A page whose frontmatter is invalid: when it would be published is unknown, so links to withheld pages are not judged.
  for (const entry of project.unlisted) checkBody(errors, entry, project, targets, Number.POSITIVE_INFINITY);
  const pageFiles = [...entries, ...project.unlisted].map(({ file }) => file);
  const twins = twinNames(pageFiles);
  errors.push(...twins);
  // A twin is told about its twin, not to rename itself to the twin's name.
  for (const file of pageFiles) if (!twins.some((twin) => twin.file === file)) checkFileName(errors, file);

  // new:story writes authors: [] for the editor to fill in: left empty, the story is published without a byline. A
  // story without the field at all is unsigned on purpose.
  const noByline = 'empty: the story would be published without a byline: write who wrote it, authors: ["A. Reporter"] (or remove the line for a story signed by no one)';
  for (const story of project.stories) {
    if (story.data.draft || story.data.authors.length > 0 || fieldLine(project, story.file, 'authors') === undefined) continue;
    errors.push(new ContentError(story.file, 'authors', noByline));
  }
  // A page whose frontmatter has another problem: new:story's stand-ins are reported with it, in the same build,
  // rather than in the next one once the frontmatter is fixed.
  for (const { file, body, bodyLine, frontmatter } of project.unlisted) {
    if (frontmatter.draft === true) continue;
    const summary = typeof frontmatter.summary === 'string' ? frontmatter.summary : '';
    checkPlaceholders(errors, { id: file, file, body, bodyLine, data: { draft: false, summary } });
    if (file.startsWith('content/stories/') && Array.isArray(frontmatter.authors) && frontmatter.authors.length === 0) errors.push(new ContentError(file, 'authors', noByline));
    // A tag written as a label ("notificaciones-rojas" for red-notices), beside another tag the schema refused: one
    // that is no identifier ("metodología") has its own message, with the tag meant.
    if (Array.isArray(frontmatter.tags)) {
      const tags = frontmatter.tags.map((tag) => (typeof tag === 'string' && identifierPattern.test(tag) ? tag : ''));
      checkTagLabels(errors, { id: file, file, body, bodyLine, data: { tags } });
    }
  }

  const leads = project.stories.filter((s) => s.data.lead && (preview || withheld(s.data, now) === null));
  // Every one is reported, naming the others: which of them should stay the lead is the editor's choice, not the
  // order of the files.
  if (leads.length > 1) {
    for (const lead of leads) {
      const others = leads.filter((other) => other !== lead).map((other) => other.file);
      errors.push(new ContentError(lead.file, 'lead', `only one story can be the lead, and ${others.join(', ')} ${others.length === 1 ? 'says' : 'say'} lead: true too: keep it on one`));
    }
  }
  return { project, errors: inReadingOrder(withFieldLines(errors, project)), notes: withFieldLines(notes, project) };
}

/** A frontmatter field a check names gets its line in the file, as the schema's messages give it (load-project.ts). */
function withFieldLines(errors: ContentError[], project: Project): ContentError[] {
  return errors.map((error) => {
    const line = fieldLine(project, error.file, error.field);
    if (line === undefined) return error;
    return new ContentError(error.file, `line ${line}: ${error.field}`, error.detail);
  });
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

export { mdxSyntaxProblem } from './validate/mdx-syntax.ts';
