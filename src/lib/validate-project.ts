/**
 * The preflight check: loads every editor file, validates it, and checks every cross reference (datasets,
 * sources, cases, components used in MDX bodies) before Astro builds anything. Every problem names its file,
 * its field (or line and component) and what was expected.
 */
import { existsSync, readdirSync } from 'node:fs';
import { dirname, extname, join, posix, relative } from 'node:path';
import { basePath, projectRoot, site } from '../site.config.ts';
import { ContentError } from './content-error.ts';
import { fieldLine, loadProject, type Entry, type Project } from './load-project.ts';
import {
  componentNames,
  findComponentUses,
  firstLevelHeadings,
  skippedHeadingLevels,
  footnoteReferences,
  imageReferences,
  imagesWithoutAlt,
  internalLinks,
  misnamedComponents,
  proseExpressions,
  relativeLinks,
  responseProblems,
  scriptsAndEmbeds,
  strayAngleBrackets,
  styleAttributes,
  unclosedTags,
  type ComponentUse,
} from './mdx-usage.ts';
import { looseName, nearestName } from './edit-distance.ts';
import { citeIdExpected, citedIds, splitIds } from './citations.ts';
import { identifierPattern, languageName, responseDateProblem } from '../schemas/fields.ts';
import { factColumn, factValue, hasColumn, keyColumn, sourceIdColumnMessage, unknownColumnMessage } from './facts.ts';
import { buildTime, isPreview, withheld, type Publishable } from './visibility.ts';
import { entryHref, entryLocale, type Translatable } from './translations.ts';
import { defaultLocale, isLocale, locales, splitLocalePath } from '../i18n/locales.ts';
import { siteDictionaryProblems } from '../i18n/check.ts';
import { datasetsMentioned, publishedDatasetIds, sitePagesUsage } from './dataset-usage.ts';
import { datasetMarkup, sourcesMarkup } from './data-text-markup.ts';
import { slugFromPath } from './slug.ts';
import { mdxToMdast } from 'satteri';
import type { DatasetWithId } from '../schemas/dataset.ts';
import { checkChart } from './validate/chart.ts';
import { type Dated, checkDates } from './validate/dates.ts';
import { checkFileName, twinNames } from './validate/file-names.ts';
import { languageFolders } from './validate/language-folders.ts';
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

/** The options each component other than <Chart> takes (see its Props). */
const componentOptions: Record<string, string[]> = {
  Fact: ['dataset', 'row', 'column', 'format'],
  Cite: ['id'],
  Response: ['from', 'date'],
};

function checkUse(errors: ContentError[], file: string, use: ComponentUse, project: Project): void {
  const where = `line ${use.line}: <${use.component}>`;
  if (use.unclosed === 'closing tag') {
    errors.push(new ContentError(file, where, `not closed: expected "/>" at the end of the tag (with ">" alone, MDX looks for </${use.component}>, and stops the build)`));
    return;
  }
  if (use.unclosed) {
    const after = use.unclosed === 'blank line' ? 'the text after the blank line' : 'the text after them';
    errors.push(new ContentError(file, where, `not closed: expected "/>" after its options (or ">" and </${use.component}>); ${after} reads as options`));
    return;
  }
  if (use.syntax) {
    for (const { option, message } of use.syntax) errors.push(new ContentError(file, `${where} ${option}`, message));
    return;
  }
  // Options spread from an object ({...common}) are known only when the page renders, where they are checked.
  if (use.spread) return;
  const props = use.props;
  // <Chart>'s options are checked by its schema, which lists them; the other components' here.
  const known = componentOptions[use.component];
  const unknown = known ? Object.keys(props).filter((name) => !known.includes(name)) : [];
  if (unknown.length > 0) {
    const names = unknown.map((name) => `"${name}"`).join(', ');
    errors.push(new ContentError(file, where, `unknown option${unknown.length === 1 ? '' : 's'} ${names}: expected ${known!.join(', ')}`));
    return;
  }
  if (use.component === 'Chart') {
    checkChart(errors, file, where, props, project);
  } else if (use.component === 'Fact') {
    const dataset = typeof props.dataset === 'string' ? project.datasets.get(props.dataset) : undefined;
    if (typeof props.dataset !== 'string') {
      errors.push(new ContentError(file, `${where} dataset`, 'expected a dataset id, e.g. dataset="red-notices-issued"'));
      return;
    }
    if (!dataset) {
      const declared = project.declaredColumns.get(props.dataset);
      if (!project.invalid.has(`dataset:${props.dataset}`)) {
        errors.push(new ContentError(file, `${where} dataset`, unknownDataset(props.dataset, project)));
      } else if (declared && typeof props.column === 'string' && !Object.hasOwn(declared, props.column)) {
        // A dataset whose rows are invalid: the column is checked against those it declares, the row waits.
        errors.push(new ContentError(file, `${where} column`, unknownColumnMessage(props.dataset, { columns: declared }, props.column)));
      }
      return;
    }
    checkFact(errors, file, where, props, dataset);
    const sign = use.after === undefined ? null : /^\s?(%|per ?cent\b|pour ?cent\b)/i.exec(use.after);
    if (sign && printsPercent(dataset, props)) {
      errors.push(new ContentError(file, where, `the Fact prints the figure with its "%" sign already: remove the "${sign[1]}" after it`));
    }
  } else if (use.component === 'Response') {
    if (typeof props.from !== 'string' || !props.from.trim()) {
      errors.push(new ContentError(file, `${where} from`, 'expected who responded, e.g. from="Interpol"'));
    }
    const date = responseDateProblem(props.date);
    if (date) errors.push(new ContentError(file, `${where} date`, date));
  } else if (use.component === 'Cite') {
    // id={…} that is not a literal is known only when the page renders.
    if (!('id' in props) || (props.id !== undefined && splitIds(props.id).length === 0)) {
      errors.push(new ContentError(file, `${where} id`, citeIdExpected));
    } else if (props.id !== undefined) {
      const ids = splitIds(props.id);
      const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
      if (twice.length > 0) errors.push(new ContentError(file, `${where} id`, `"${twice[0]}" is cited twice in one note (it would print [1, 1]): name each source once`));
    }
  }
}

/** Whether a <Fact> prints its figure as a percentage (a "%" column, or a row whose unit says "%"). */
function printsPercent(dataset: DatasetWithId & { file: string }, props: Record<string, unknown>): boolean {
  if (typeof props.column !== 'string' || !hasColumn(dataset, props.column)) return false;
  try {
    const { row } = factValue(dataset.file, dataset.id, dataset, props.row, props.column);
    return factColumn(dataset, props.column, row).unit === '%';
  } catch {
    return false; // a missing row or an empty cell: reported by checkFact
  }
}

function checkFact(errors: ContentError[], file: string, where: string, props: Record<string, unknown>, dataset: DatasetWithId & { file: string }): void {
  // A column written as an expression (column={name}) is known only when the page renders, where it is checked.
  if ('column' in props && props.column === undefined) return;
  // A row written as an expression (row={year}) is known only when the page renders: its column is checked now.
  if ('row' in props && props.row === undefined) {
    if (!hasColumn(dataset, props.column)) errors.push(new ContentError(file, `${where} column`, unknownColumnMessage(dataset.id, dataset, props.column)));
    else if (dataset.columns[props.column]!.ref === 'source') errors.push(new ContentError(file, `${where} column`, sourceIdColumnMessage(props.column)));
    return;
  }
  // What <Fact> would stop on when the page renders (src/lib/facts.ts), reported now with its line. factValue stops
  // at a missing column; the row is then looked up by the key column, so that one build reports both.
  const report = (column: unknown) => {
    try {
      factValue(file, dataset.id, dataset, props.row, column);
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      errors.push(new ContentError(file, `${where} ${error.field.split(' ').at(-1)}`, error.detail));
    }
  };
  report(props.column);
  if (!hasColumn(dataset, props.column)) report(keyColumn(dataset));
}

/** The pages a story or case file can link to: address -> its file, and whether it is withheld from this build. */
interface LinkTargets extends Map<string, { file: string; held: 'draft' | 'embargo' | null; release: number }> {
  /** The datasets this build publishes. */
  datasets?: ReadonlySet<string>;
  /** The folder the site is served below: "/", or "/repo/" (basePath). */
  base?: string;
}

/** When a page is published: 0 if it is now, its embargo's moment, or never (a draft) until an editor says so. */
function release(data: Publishable, now: Date): number {
  if (data.draft) return Number.POSITIVE_INFINITY;
  return data.embargo && data.embargo.getTime() > now.getTime() ? data.embargo.getTime() : 0;
}

/**
 * The components an MDX body uses, each where it stands: known sources, rows, columns and options; its images; its
 * links to other stories, case files and datasets (`released`: when the page itself is published, 0 for now; a link to
 * a page published later would leak its address, or stop the scheduled build that publishes this one).
 */
function checkBody(
  errors: ContentError[],
  { file, body, bodyLine }: { file: string; body: string; bodyLine: number },
  project: Project,
  targets: LinkTargets,
  released: number,
): void {
  const reported = errors.length;
  checkLinks(errors, file, body, bodyLine, project, targets, released);
  checkRelativeLinks(errors, file, body, bodyLine, project, targets);
  const defined = definedNames(body);
  for (const use of findComponentUses(body, bodyLine)) {
    for (const { option, name } of use.names ?? []) {
      if (defined.has(name)) continue;
      errors.push(new ContentError(file, `line ${use.line}: <${use.component}> ${option}={${name}}`, `text goes in quotes: ${option}="${name}" (in braces, ${name} names a variable, which this page does not define)`));
    }
    checkUse(errors, file, use, project);
  }
  for (const { line, text } of proseExpressions(body, bodyLine)) {
    if (!text.endsWith('}')) {
      errors.push(new ContentError(file, `line ${line}: {`, 'a brace never closed: MDX reads braces in the text as code, and stops the build: to print a brace, write \\{'));
      continue;
    }
    const escaped = `\\${text.slice(0, -1)}\\}`;
    errors.push(new ContentError(file, `line ${line}: ${text.length > 40 ? `${text.slice(0, 37)}…}` : text}`, `MDX reads braces in the text as code, which changes the sentence or stops the build: to print braces, write ${escaped.length > 44 || text.includes('\n') ? '\\{ and \\}' : escaped}; or use ( ) or [ ]`));
  }
  for (const { line, text, comment } of strayAngleBrackets(body, bodyLine)) {
    const message = comment
      ? 'MDX has no HTML comments, and stops the build: write a comment as {/* … */}'
      : 'MDX reads "<" as the start of a tag, and stops the build: write \\< (or "less than", "fewer than"; a "<" followed by a space is text)';
    errors.push(new ContentError(file, `line ${line}: ${comment ? '<!--' : text}`, message));
  }
  for (const { line, name, kind, block } of unclosedTags(body, bodyLine)) {
    const message =
      kind === 'void'
        ? `MDX needs "/>" at the end of an element that holds nothing, and stops the build without it: write ${name === 'br' ? '<br /> (or end the line with a backslash \\ for a line break)' : `<${name} … />`}`
        : kind === 'element'
          ? `not closed: MDX closes no element by itself, and stops the build: write </${name}> ${block ? 'after what it holds' : 'before the paragraph ends (an element that holds paragraphs opens on a line of its own)'}, or leave the tag out`
          : `MDX reads a word in angle brackets as a tag, and stops the build: to print the brackets, write \\<${name}>`;
    errors.push(new ContentError(file, `line ${line}: <${name}>`, message));
  }
  for (const { line, what } of scriptsAndEmbeds(body, bodyLine)) {
    errors.push(new ContentError(file, `line ${line}: ${what}`, 'pages run no scripts and embed no other site (the budgets check would stop the build after rendering): link to it instead'));
  }
  for (const { line, label } of footnoteReferences(body, bodyLine)) {
    errors.push(new ContentError(file, `line ${line}: [^${label}]`, 'Markdown footnotes number themselves apart from the page\'s source notes, and would read as a second [1]: cite a source with <Cite id="…" />, or write the aside in the text'));
  }
  for (const { line, text } of firstLevelHeadings(body, bodyLine)) {
    errors.push(new ContentError(file, `line ${line}: # ${text}`, 'the title is the page\'s only first-level heading: write ## for a section'));
  }
  for (const { line, text, level, previous } of skippedHeadingLevels(body, bodyLine)) {
    const marks = (n: number) => '#'.repeat(n);
    errors.push(
      new ContentError(
        file,
        `line ${line}: ${marks(level)} ${text}`,
        `a heading level skipped (${previous === 1 ? 'the title' : marks(previous)}, then ${marks(level)}): screen readers list a page's headings by level, and this one reads as part of a section that is not there: write ${marks(previous + 1)} ${text}`,
      ),
    );
  }
  for (const { line, kind } of responseProblems(body, bodyLine)) {
    const message =
      kind === 'unclosed'
        ? 'not closed: expected </Response> after what was said (or "/>" at the end of the tag)'
        : 'expected a block of its own: leave a blank line before and after it (a Response inside a paragraph breaks the page)';
    errors.push(new ContentError(file, `line ${line}: <Response>`, message));
  }
  for (const { line, written, meant } of misnamedComponents(body, bodyLine)) {
    const message = meant
      ? meant.toLowerCase() === written
        ? `components start with a capital letter: write <${meant}>${meant === 'Cite' ? ' (lowercase <cite> is HTML\'s own element: the note would not appear)' : ''}`
        : `no such component: did you mean <${meant}>?`
      : `no such component: expected one of ${componentNames.map((name) => `<${name}>`).join(', ')}`;
    errors.push(new ContentError(file, `line ${line}: <${written}>`, message));
  }
  // A source's id written as its title ("PACE Doc 14277") reads as several ids, since spaces separate them: one
  // problem, with the id meant, rather than one unknown source per word.
  const asTitle = new Set<string>();
  for (const use of findComponentUses(body, bodyLine)) {
    if (use.component !== 'Cite' || typeof use.props.id !== 'string' || splitIds(use.props.id).length < 2) continue;
    const near = nearestName(use.props.id.trim(), project.sources.keys());
    if (near && looseName(near) === looseName(use.props.id)) {
      for (const id of splitIds(use.props.id)) asTitle.add(`${use.line}\n${id}`);
      errors.push(new ContentError(file, `line ${use.line}: <Cite id>`, `unknown source "${use.props.id.trim()}": write "${near}" (an id is written in lower case, with hyphens; spaces and commas separate several ids)`));
    }
  }
  for (const { id, line } of citedIds(body, bodyLine)) {
    if (!knownSource(project, id) && !asTitle.has(`${line}\n${id}`)) errors.push(unknownSource(file, `line ${line}: <Cite id>`, id, project));
  }
  for (const line of imagesWithoutAlt(body, bodyLine)) {
    errors.push(new ContentError(file, `line ${line}: <img>`, 'expected alt="…", what a screen reader says instead of the image: describe what it shows, or write alt="" for a purely decorative one'));
  }
  for (const { line, tag } of styleAttributes(body, bodyLine)) {
    errors.push(new ContentError(file, `line ${line}: <${tag} style>`, "the site's security policy (Content-Security-Policy: style-src 'self') stops browsers applying a style attribute: remove it; the site's stylesheet sets the page"));
  }
  // An image beside the story (./photo.jpg) is bundled by Astro, which fails on a missing one with a bundler trace;
  // one from the site's root (/images/map.png) is copied from public/, and a missing one is a broken image.
  for (const { line, src } of imageReferences(body, bodyLine)) {
    const path = decoded(src.split(/[?#]/)[0]!);
    if (path === undefined) {
      errors.push(new ContentError(file, `line ${line}: image`, `${src}: a "%" that is no escape: write it as %25`));
      continue;
    }
    const absolute = path.startsWith('/');
    const below = absolute ? withoutFolder(path, targets.base) : undefined;
    if (below !== undefined) {
      // Both mistakes at once, rather than the second at the next build.
      const missing = existsSync(join(projectRoot, 'public', below)) ? '' : `, and check its name: there is no file public${below}`;
      errors.push(new ContentError(file, `line ${line}: image`, `${folderWritten(src, below, targets.base!)}${missing}`));
      continue;
    }
    const extension = extname(path).toLowerCase();
    if (!absolute && !imageExtensions.includes(extension)) {
      errors.push(new ContentError(file, `line ${line}: image`, `${src}: ${extension ? `a ${extension} file` : 'a file without an extension'} cannot be published as an image: export it as JPEG, PNG or WebP (${imageExtensions.join(', ')})`));
      continue;
    }
    const full = absolute ? join(projectRoot, 'public', path) : join(project.root, dirname(file), path);
    if (!existsSync(full)) {
      const where = absolute ? `public${path}` : relative(project.root, full);
      const beside = absolute ? undefined : besideOriginal(file, path, project.root);
      const expected = beside
        ? `the image is beside the original, ${beside.file}, and a translation's links start from its own folder: write ${beside.src}`
        : `expected the image ${absolute ? 'in public/' : 'beside the page'} (check the name and its case)`;
      errors.push(new ContentError(file, `line ${line}: image`, `no file ${where}: ${expected}`));
    }
  }
  // A page published now is rendered by this build, which reports MDX that does not parse. An embargoed one is
  // rendered first by the build that lifts its embargo, unattended at its moment (an hourly schedule, 06:00): that
  // build would stop on it and publish nothing, neither the page nor anything else. So it is parsed now, as Astro's
  // MDX (Sätteri) will parse it then, unless the checks above have named a problem of its body in their own words.
  if (released > 0 && Number.isFinite(released) && !errors.slice(reported).some((error) => error.file === file)) {
    const syntax = mdxSyntaxProblem(body, bodyLine);
    if (syntax) {
      const until = new Date(released).toISOString().replace('.000Z', 'Z');
      errors.push(new ContentError(file, `line ${syntax.line}, column ${syntax.column}`, `MDX syntax: ${syntax.reason}: the page is embargoed until ${until}, and the build that lifts its embargo would stop on this, publishing nothing`));
    }
  }
}

/**
 * The image a translation (content/stories/fr/x.mdx) means by a path written as its original's is (./photo.jpg, for
 * the photo beside content/stories/x.mdx): the file, and the path that reaches it from the translation's folder.
 */
function besideOriginal(file: string, path: string, root: string): { file: string; src: string } | undefined {
  const parts = file.split('/');
  if (parts.length !== 4 || !isLocale(parts[2]!) || parts[2] === defaultLocale) return undefined;
  const original = posix.join(parts.slice(0, 2).join('/'), path);
  if (!original.startsWith(`${parts.slice(0, 2).join('/')}/`) || !existsSync(join(root, original))) return undefined;
  return { file: original, src: posix.relative(posix.dirname(file), original) };
}

/** The names an MDX body defines for its expressions: on its lines `export …` and `import …`. */
function definedNames(body: string): Set<string> {
  const names = new Set<string>();
  for (const [statement] of body.matchAll(/^(?:export|import)\s[^\n]*(?:\n[ \t]+[^\n]*)*/gm)) {
    for (const [name] of statement.matchAll(/[A-Za-z_$][\w$]*/g)) names.add(name);
  }
  return names;
}

/**
 * A link to a story, case file or dataset that is not there (a typo, a renamed file) is a broken link on the built
 * page; one to a draft or embargoed page would publish its address (the leak check stops the build on it, after
 * rendering, without a line). Both are reported here, with the line. Other addresses are left to the link check.
 */
function checkLinks(errors: ContentError[], file: string, body: string, bodyLine: number, project: Project, targets: LinkTargets, released: number): void {
  for (const { line, href } of internalLinks(body, bodyLine)) {
    const field = `line ${line}: link`;
    const path = decoded(href.split(/[?#]/)[0]!);
    if (path === undefined) {
      errors.push(new ContentError(file, field, `${href}: a "%" that is no escape: write it as %25`));
      continue;
    }
    const below = withoutFolder(path, targets.base);
    if (below !== undefined) {
      errors.push(new ContentError(file, field, folderWritten(href, below, targets.base!)));
      continue;
    }
    // The page's file from the site's root (/content/cases/x.mdx, /cases/x.mdx): the address meant is the page's.
    const linked = linkedFile(path);
    if (linked) {
      const meant = linked.href;
      const fix = targets.has(meant) ? `write ${meant}${href.slice(href.split(/[?#]/)[0]!.length)}` : `write the page's address from the site's root, e.g. /${linked.kind}/<file name>/`;
      errors.push(new ContentError(file, field, `${href}: links go to pages, not to their files: ${fix}`));
      continue;
    }
    // /fr/data/x/: a dataset's page is in the default language only (the /fr/data/ catalog lists them there).
    const translatedData = /^\/([a-z]{2,3}(?:-[A-Za-z]{2,4})?)\/data\/([^/]+?)\/?$/.exec(path);
    if (translatedData && isLocale(translatedData[1]) && translatedData[1] !== defaultLocale && translatedData[2] !== 'page') {
      const id = translatedData[2]!;
      const known = project.datasets.has(id) || project.invalid.has(`dataset:${id}`);
      errors.push(
        new ContentError(file, field, `${href}: a dataset's page is in ${languageName(defaultLocale)} only, at /data/<id>/: ${known ? `write /data/${id}/` : unknownDataset(id, project)}`),
      );
      continue;
    }
    const data = /^\/data\/([^/]+?)(?:\/|\.csv|\.json)$/.exec(path);
    if (data) {
      const id = data[1]!;
      if (!project.datasets.has(id) && !project.invalid.has(`dataset:${id}`)) errors.push(new ContentError(file, field, `${href}: ${unknownDataset(id, project)}`));
      else if (released === 0 && targets.datasets && project.datasets.has(id) && !targets.datasets.has(id)) {
        errors.push(new ContentError(file, field, `${href}: only draft or embargoed pages use dataset "${id}", so it is withheld with them and the link would be broken: add ${id} to this page's datasets to publish it with this page`));
      }
      continue;
    }
    // /methodology, /methodolgy/, /fr/methodology: one of the site's own pages without its slash, or misspelt.
    const single = /^(?:\/([a-z]{2,3}(?:-[A-Za-z]{2,4})?))?\/([^/]+?)(\/?)$/.exec(path);
    const prefix = single?.[1];
    if (single && !isLocale(single[2]!) && (prefix === undefined || (isLocale(prefix) && prefix !== defaultLocale))) {
      const [, , name = '', slash] = single;
      const pages = ownPages(prefix);
      if (pages.has(name)) {
        if (!slash) errors.push(new ContentError(file, field, `${href}: a page's address ends with "/": write ${prefix ? `/${prefix}` : ''}/${name}/${href.slice(href.split(/[?#]/)[0]!.length)}`));
      } else if (!ownFolders().has(name)) {
        const near = nearestName(name, pages);
        if (near) errors.push(new ContentError(file, field, `${href}: the site has no such page: did you mean ${prefix ? `/${prefix}` : ''}/${near}/?`));
      }
      continue;
    }
    const page = /^(?:\/[a-z]{2,3}(?:-[A-Za-z]{2,4})?)?\/(stories|cases)\/([^/]+)\/?$/.exec(path);
    if (!page) {
      // /case/x/, /story/x/: a section of the site misspelt.
      const section = /^((?:\/[a-z]{2,3})?)\/([^/]+)\/([^/]+\/?)$/.exec(path);
      const meant = section && !sections.includes(section[2]!) && nearestName(section[2]!, sections);
      if (meant) errors.push(new ContentError(file, field, `${href}: the site has no /${section![2]}/: did you mean ${section![1]}/${meant}/${section![3]}?`));
      continue;
    }
    if (page[2] === 'page') continue;
    const target = targets.get(path.endsWith('/') ? path : `${path}/`);
    // A page whose file failed its checks is reported there, not as missing here.
    if (!target && project.invalid.has(`${page[1]}:${page[2]}`)) continue;
    if (!target) {
      const kind = page[1] === 'stories' ? 'story' : 'case file';
      // /fr/stories/x/ for a story that exists in the default language only.
      const { lang: linkLang, path: original } = splitLocalePath(path.endsWith('/') ? path : `${path}/`);
      if (linkLang !== defaultLocale && targets.has(original)) {
        errors.push(new ContentError(file, field, `${href}: this ${kind} has no ${languageName(linkLang)} translation; it is at ${original}, in ${languageName(defaultLocale)}: link there, and say that it is in ${languageName(defaultLocale)}`));
        continue;
      }
      // A typo in the page's name (/cases/igor-pestrikow/): the page of that kind and language a typo away from it.
      const folder = path.slice(0, path.lastIndexOf(`/${page[1]}/`) + page[1]!.length + 2);
      const names = [...targets.keys()].filter((address) => address.startsWith(folder) && !address.slice(folder.length, -1).includes('/')).map((address) => address.slice(folder.length, -1));
      const near = nearestName(page[2]!, names);
      const meant = near ? `: did you mean ${folder}${near}/?` : '';
      errors.push(new ContentError(file, field, `${href}: no ${kind} has this address${meant} (it is content/${page[1]}/<file name>.mdx, in /<language>/ for a translation)`));
    } else if (target.held && target.release > released) {
      const when = target.held === 'draft' ? 'a draft' : `embargoed until ${new Date(target.release).toISOString().replace('.000Z', 'Z')}`;
      const mine = released === 0 ? '' : ', after this page is published';
      errors.push(new ContentError(file, field, `${href} is ${when}${mine} (${target.file}): the link would publish its address before the page; link to it once it is published`));
    }
  }
}

/**
 * The address of the page whose file a root-relative link names, from the project's root (/content/cases/x.mdx,
 * /content/stories/fr/x) or from the site's (/cases/x.mdx, /fr/stories/x.mdx), with the kind of page; undefined for
 * any other path.
 */
function linkedFile(path: string): { kind: 'stories' | 'cases'; href: string } | undefined {
  let lang = '';
  let kind: string;
  let name: string;
  const inContent = /^\/content\/(stories|cases)\/(.+?)(?:\.mdx?)?\/?$/i.exec(path);
  const atAddress = /^(?:\/([a-z]{2,3}(?:-[A-Za-z]{2,4})?))?\/(stories|cases)\/(.+)\.mdx?$/i.exec(path);
  if (inContent) {
    [, kind = '', name = ''] = inContent;
    // content/stories/fr/x.mdx is /fr/stories/x/; another folder (a desk, a year) is part of the address.
    const [folder = '', ...rest] = name.split('/');
    if (rest.length > 0 && isLocale(folder) && folder !== defaultLocale) [lang, name] = [folder, rest.join('/')];
  } else if (atAddress) {
    [, lang = '', kind = '', name = ''] = atAddress;
  } else {
    return undefined;
  }
  const lower = kind.toLowerCase() as 'stories' | 'cases';
  return { kind: lower, href: `${lang && lang !== defaultLocale ? `/${lang}` : ''}/${lower}/${slugFromPath(name)}/` };
}

/**
 * The path from the site's root that a root-relative `path` written with the site's folder means: on a site served
 * below /red-notices/, /red-notices/cases/x/ means /cases/x/ and /red-notices means /. Pages link from the site's root
 * and the build adds the folder to every address, so a folder written too would be there twice. Undefined for any
 * other path, and on a site served below a folder named as one of its own addresses (/stories/, /fr/), where the path
 * may mean what it says (the link check reports it after the build if it does not).
 */
function withoutFolder(path: string, base: string | undefined): string | undefined {
  if (base === undefined || base === '/') return undefined;
  if (path !== base.slice(0, -1) && !path.startsWith(base)) return undefined;
  if (ownFolders().has(base.split('/')[1]!)) return undefined;
  return path.slice(base.length - 1) || '/';
}

/** What to say of `written` (a link or an image's address, query and anchor kept), which holds the folder `base`. */
function folderWritten(written: string, meant: string, base: string): string {
  const [address = ''] = written.split(/[?#]/);
  const rest = withoutFolder(address, base) ?? meant;
  return `${written}: the site is served below ${base}, and the build adds that folder to every address written from the site's root: write ${rest}${written.slice(address.length)}`;
}

let ownFolderNames: Set<string> | undefined;

/**
 * The first segments of the site's own addresses: its pages' (src/pages, a language's prefix for [locale]), public/'s
 * files and folders, and the build's own (_astro, pagefind).
 */
/**
 * The site's own pages with an address of one segment (/methodology/, /stories/), in the default language or, for a
 * `locale`, below its prefix (/fr/methodology/): src/pages' pages and folders with an index, src/pages/[locale]'s for
 * every other language and src/pages/<locale>'s for that one.
 */
function ownPages(locale?: string): Set<string> {
  const cached = ownPageNames.get(locale ?? '');
  if (cached) return cached;
  const names = new Set<string>();
  for (const dir of locale ? ['src/pages/[locale]', `src/pages/${locale}`] : ['src/pages']) {
    const full = join(projectRoot, dir);
    if (!existsSync(full)) continue;
    for (const entry of readdirSync(full, { withFileTypes: true })) {
      if (entry.name.startsWith('[') || entry.name.startsWith('_')) continue;
      const folderPage = entry.isDirectory() && ['index.astro', 'index.mdx', 'index.md'].some((index) => existsSync(join(full, entry.name, index)));
      const page = folderPage ? entry.name : /^(.+)\.(?:astro|mdx|md)$/.exec(entry.name)?.[1];
      if (page && page !== 'index' && page !== '404' && !isLocale(page)) names.add(page);
    }
  }
  ownPageNames.set(locale ?? '', names);
  return names;
}
const ownPageNames = new Map<string, Set<string>>();

function ownFolders(): Set<string> {
  if (ownFolderNames) return ownFolderNames;
  const names = new Set<string>(['_astro', 'pagefind', ...locales]);
  for (const dir of ['src/pages', 'public']) {
    const full = join(projectRoot, dir);
    if (!existsSync(full)) continue;
    for (const name of readdirSync(full)) {
      if (!name.startsWith('[')) names.add(dir === 'public' ? name : name.replace(/\.(?:astro|mdx?|[jt]s)$/, ''));
    }
  }
  ownFolderNames = names;
  return names;
}

/** A root-relative path with its %-escapes decoded (/stories/caf%C3%A9/ is café's), or undefined for a malformed one. */
function decoded(path: string): string | undefined {
  try {
    return decodeURI(path);
  } catch {
    return undefined;
  }
}

/** What an image beside a page can be: the formats Astro's image pipeline reads. */
const imageExtensions = ['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif', '.svg', '.tiff'];

/** The site's sections with pages below them, for a misspelt one in a link. */
const sections = ['stories', 'cases', 'data', 'countries'];

/**
 * A link relative to the page (../cases/x, ./other.mdx) resolves from the page's address, /stories/<slug>/, not from
 * its file: one to the file itself, or one that reaches a story or case file only when read from the file's folder,
 * is a broken link the link check would report after rendering, against the built page. Reported here with its line
 * and the address meant. Any other relative link is left to the link check.
 */
function checkRelativeLinks(errors: ContentError[], file: string, body: string, bodyLine: number, project: Project, targets: LinkTargets): void {
  const links = relativeLinks(body, bodyLine);
  if (links.length === 0) return;
  const parts = file.split('/');
  const kind = parts[1] === 'cases' ? 'cases' : 'stories';
  const language = parts.length > 3 && isLocale(parts[2]!) ? parts[2]! : defaultLocale;
  const pageHref = `${language === defaultLocale ? '' : `/${language}`}/${kind}/${slugFromPath(parts.slice(language === defaultLocale ? 2 : 3).join('/'))}/`;
  const known = (path: string) => targets.has(path) || /^\/data\/([^/]+)\/$/.test(path) && project.datasets.has(path.split('/')[2]!);
  for (const { line, href } of links) {
    const [target = ''] = href.split(/[?#]/);
    const fromPage = new URL(target, `https://site.invalid${pageHref}`).pathname;
    if (known(fromPage.endsWith('/') ? fromPage : `${fromPage}/`) && !/\.mdx?$/i.test(target)) continue;
    // What the editor meant, reading the link from the file's folder: content/cases/x(.mdx) is /cases/x/.
    const fromFile = posix.normalize(posix.join(posix.dirname(file), target)).replace(/\.mdx?$/i, '');
    const page = /^content\/(stories|cases)\/(?:([a-z]{2,3})\/)?([^/]+?)\/?$/.exec(fromFile);
    const lang = page?.[2] && isLocale(page[2]) ? page[2] : undefined;
    const meant = page && `${lang ? `/${lang}` : ''}/${page[1]}/${slugFromPath(page[3]!)}/`;
    const toFile = /\.mdx?$/i.test(target);
    // Other relative links (../, ../../about/) may be right: the link check after rendering judges them.
    if (!toFile && !(meant && targets.has(meant))) continue;
    const fix = meant && targets.has(meant) ? `write ${meant}` : "write the page's address from the site's root, e.g. /stories/<file name>/";
    const why = toFile ? 'links go to pages, not to their files' : `a relative link is read from the page's address, ${pageHref}, not from its file`;
    errors.push(new ContentError(file, `line ${line}: link`, `${href}: ${why}: ${fix}`));
  }
}

/**
 * Where MDX stops reading a body, as Sätteri (Astro's MDX) reports it, with the lines of the file: "3:21: Unexpected
 * closing tag `</b>`, expected corresponding closing tag for `<i>` (3:14) (mdx-jsx:unexpected-character)" in a body
 * that starts on the file's line 8 is line 10, column 21, with "(10:14)". Undefined when the body parses.
 */
export function mdxSyntaxProblem(body: string, bodyLine: number): { line: number; column: number; reason: string } | undefined {
  try {
    mdxToMdast(body);
    return undefined;
  } catch (error) {
    const message = (error as Error).message;
    const match = /^(\d+):(\d+)(?:-\d+:\d+)?: ([\s\S]+?)(?: \([\w:-]+\))?\s*$/.exec(message);
    if (!match) return { line: bodyLine + 1, column: 1, reason: message };
    const reason = match[3]!.replace(/\((\d+):(\d+)\)/g, (_, line: string, column: string) => `(${bodyLine + Number(line)}:${column})`);
    return { line: bodyLine + Number(match[1]), column: Number(match[2]), reason };
  }
}
