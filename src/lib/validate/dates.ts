/** A page's dates, against each other, the build's moment and its embargo; a source's, and a <Response>'s. */
import { ContentError } from '../content-error.ts';
import type { Entry, Project } from '../load-project.ts';
import { findComponentUses, optionLine } from '../mdx-usage.ts';
import { dateField, responseDateProblem } from '../../schemas/fields.ts';
import type { Publishable } from '../visibility.ts';
import { writtenMoment } from './moment.ts';
import { writtenDatetime } from '../load/written-moment.ts';

export interface Dated {
  date: Date;
  updated?: Date | undefined;
  corrections: { date: Date }[];
}

/**
 * An update dated before the page was published is a typo in the year or the month, and so is a correction dated
 * before the page, or before its original for a translation (which may list the corrections its original had).
 */
export function checkDates(errors: ContentError[], entry: Entry<Dated>, original?: Entry<Dated>): void {
  const day = (date: Date) => date.toISOString().slice(0, 10);
  const published = entry.data.date;
  checkUpdated(errors, entry.file, published, entry.data.updated);
  const since = original && original.data.date.getTime() < published.getTime() ? original.data.date : published;
  const whose = since === published ? "the page's date" : `the date of its original ${original!.file}`;
  entry.data.corrections.forEach((correction, i) => {
    if (correction.date.getTime() < since.getTime()) {
      errors.push(
        new ContentError(
          entry.file,
          `corrections[${i}].date`,
          `${day(correction.date)} is before ${whose}, ${day(since)}: expected a day on or after it`,
        ),
      );
    }
  });
}

function checkUpdated(errors: ContentError[], file: string, published: Date, updated: Date | undefined): void {
  const day = (date: Date) => date.toISOString().slice(0, 10);
  if (updated && updated.getTime() < published.getTime()) {
    errors.push(
      new ContentError(
        file,
        'updated',
        `${day(updated)} is before the page's date, ${day(published)}: expected a day on or after it`,
      ),
    );
  }
}

/**
 * An update dated before the page, on a page whose frontmatter fails its schema for another field (which leaves it out
 * of the project until fixed): said with that field's problem, not in the build after it is fixed. Each of the two
 * dates read on its own, as the schema reads it; one that fails is the schema's to report. The corrections wait for the
 * page to be read: a translation's may predate its own date, and which original it has is not known yet.
 */
export function checkUnreadDates(
  errors: ContentError[],
  pages: readonly { file: string; frontmatter: unknown }[],
): void {
  for (const { file, frontmatter } of pages) {
    const fields = (frontmatter ?? {}) as { date?: unknown; updated?: unknown };
    const date = dateField.safeParse(fields.date);
    const updated = dateField.safeParse(fields.updated);
    if (date.success && updated.success) checkUpdated(errors, file, date.data, updated.data);
  }
}

/**
 * A dataset's update or correction dated after the build: a typo in the year, mostly. Its page says it was checked
 * against its sources then, and the pages using it date the correction then.
 */
export function checkDatasetDates(notes: ContentError[], project: Project, now: Date): void {
  const later = (date: Date) => date.getTime() - now.getTime() > 86_400_000;
  const day = (date: Date) => date.toISOString().slice(0, 10);
  for (const dataset of project.datasets.values()) {
    if (later(dataset.updated))
      notes.push(
        new ContentError(
          dataset.file,
          'updated',
          `${day(dataset.updated)} is after this build's moment, and the dataset's page says it was checked against its sources then`,
        ),
      );
    dataset.corrections.forEach((correction, i) => {
      if (later(correction.date))
        notes.push(
          new ContentError(
            dataset.file,
            `corrections[${i}].date`,
            `${day(correction.date)} is after this build's moment, and the pages using the dataset date its correction then`,
          ),
        );
    });
  }
}

/** A source dated after the build: a typo in the year, mostly (2027 for 2026). */
export function checkSourceDates(notes: ContentError[], project: Project, now: Date): void {
  for (const [id, source] of project.sources) {
    if (!source.date) continue;
    const [year = 0, month = 1, day = 1] = source.date.split('-').map(Number);
    if (Date.UTC(year, month - 1, day) - now.getTime() > 86_400_000) {
      notes.push(
        new ContentError(
          'data/sources.json',
          `${id}.date`,
          `${source.date} is after this build's moment: the bibliography prints it as the source's date`,
        ),
      );
    }
  }
}

/**
 * Dates after the build, or ahead of the moment the page is published, and embargoes that cannot be meant. `project`
 * gives the frontmatter as written, for the day an embargo lifts where it was written.
 */
export function checkPublicationDates(
  errors: ContentError[],
  notes: ContentError[],
  entry: Entry<Dated & Publishable>,
  now: Date,
  project?: Pick<Project, 'frontmatter'>,
): void {
  // An update or a correction dated after the build is printed as if it had happened: a typo in the year, mostly.
  const later = (date: Date | undefined) => date !== undefined && date.getTime() - now.getTime() > 86_400_000;
  if (later(entry.data.updated))
    notes.push(
      new ContentError(
        entry.file,
        'updated',
        `${entry.data.updated!.toISOString().slice(0, 10)} is after this build's moment, and the page says it was updated then`,
      ),
    );
  entry.data.corrections.forEach((correction, i) => {
    if (later(correction.date))
      notes.push(
        new ContentError(
          entry.file,
          `corrections[${i}].date`,
          `${correction.date.toISOString().slice(0, 10)} is after this build's moment, and the page dates its correction then`,
        ),
      );
  });
  // A date ahead of the moment the page is published (this build's, or its embargo's while that is ahead) by more
  // than a day (a newsroom ahead of UTC dates its stories "today") is printed as the publication date of a page
  // published before it: probably meant as an embargo, or a typo. An embargo that has passed holds nothing back.
  if (!entry.data.draft) {
    const embargo = entry.data.embargo && entry.data.embargo.getTime() > now.getTime() ? entry.data.embargo : undefined;
    const ahead = entry.data.date.getTime() - (embargo ?? now).getTime();
    const date = entry.data.date.toISOString().slice(0, 10);
    const lifted = embargo ? `its embargo (${writtenMoment(embargo)})` : "this build's moment";
    const passed = entry.data.embargo && !embargo ? entry.data.embargo : undefined;
    // More than a year ahead, it is a typo in the year, not a page dated today in a zone ahead of UTC: it stops.
    if (ahead > 366 * 86_400_000) {
      const fix = embargo
        ? 'correct the year'
        : `correct the year, or to hold the page until then, write embargo: ${date}T06:00:00Z (with the hour and offset you mean)`;
      errors.push(
        new ContentError(
          entry.file,
          'date',
          `${date} is more than a year after ${lifted}, and the page would be published ${embargo ? 'then' : 'now'} with that date: ${fix}`,
        ),
      );
    } else if (entry.data.embargo && entry.data.date.getTime() - entry.data.embargo.getTime() > 28 * 86_400_000) {
      // An embargo more than four weeks before the day the page is dated is a typo, mostly (2025 for 2026, a month
      // early). Once passed it holds nothing back, and the page it was written to hold is published at once (the
      // note below told such a page to write an embargo, which it had). It stops the build whether it has passed or
      // not, the moment aside, so that the unattended build that lifts an embargo never meets a problem the builds
      // before it did not report.
      const set = entry.data.embargo;
      const meant = new Date(`${date}T${writtenMoment(set).slice(11)}`);
      const fix =
        meant.getTime() > now.getTime()
          ? `correct it (embargo: ${writtenMoment(meant)}, on the page's date?), or remove it`
          : 'correct it, or remove it';
      const effect = passed
        ? "has passed, and lies more than four weeks before the page's date (" +
          date +
          '): it holds nothing back, and the page would be published now'
        : "lies more than four weeks before the page's date (" +
          date +
          '): the page would be published then, weeks before the day it is dated';
      errors.push(new ContentError(entry.file, 'embargo', `${writtenMoment(set)} ${effect}; ${fix}`));
    } else if (ahead > 86_400_000) {
      const fix = embargo
        ? 'date it the day its embargo lifts, or move the embargo'
        : passed
          ? `its embargo (${writtenMoment(passed)}) has passed and holds nothing back: correct it if it was to hold the page until then`
          : `to hold it until then, write embargo: ${date}T06:00:00Z (with the hour and offset you mean)`;
      notes.push(
        new ContentError(
          entry.file,
          'date',
          `${date} is after ${lifted}, and the page is published ${embargo ? 'then' : 'now'} with that date: ${fix}`,
        ),
      );
    }
  }
  // A date more than a day before the day its embargo lifts (a day: a newsroom behind UTC dates the evening before)
  // is printed as the publication date of a page no one could read until then, and the feed dates it so too: mostly
  // new:story's "today", written weeks before the embargo was set. A note, as a date a day to a year after the embargo
  // is: said from the save that sets the embargo, so that the date is corrected before it lifts, and the same in the
  // build that lifts it, which it does not stop. A draft is told once draft: true goes, as for the dates above. An
  // embargo more than a year ahead is a typo in its year, mostly, noted below: not a day to date the page.
  const embargo = entry.data.embargo;
  const yearsAhead = (moment: Date) =>
    moment.getTime() - Math.max(now.getTime(), entry.data.date.getTime()) > 366 * 86_400_000;
  if (embargo && !entry.data.draft && !yearsAhead(embargo)) {
    // The day it lifts where the embargo was written (midnight in Paris is 23:00 UTC the day before).
    const written = writtenDatetime(project, entry.file, 'embargo', embargo);
    const lifts = written?.slice(0, 10) ?? embargo.toISOString().slice(0, 10);
    if (Date.parse(lifts) - entry.data.date.getTime() > 86_400_000) {
      const ahead = embargo.getTime() > now.getTime();
      notes.push(
        new ContentError(
          entry.file,
          'date',
          `${entry.data.date.toISOString().slice(0, 10)} is before its embargo (${written ?? writtenMoment(embargo)}), and the page ${ahead ? 'will be' : 'was'} published then with that date, in its feed too, as if it had been out since: write date: ${lifts}, the day its embargo ${ahead ? 'lifts' : 'lifted'}`,
        ),
      );
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
        `true holds the page back whatever its embargo: the build at ${writtenMoment(entry.data.embargo)} will not publish it; remove draft: true for the embargo to publish it then`,
      ),
    );
  }
  // An embargo years ahead of the build and of the page's own date is a typo in the year, mostly (2062 for 2026):
  // the page would stay withheld, with nothing else to say so.
  if (entry.data.embargo && yearsAhead(entry.data.embargo)) {
    notes.push(
      new ContentError(
        entry.file,
        'embargo',
        `${writtenMoment(entry.data.embargo)} is more than a year after this build's moment and the page's date (${entry.data.date.toISOString().slice(0, 10)}): the page stays withheld until then; correct the year if that is not meant`,
      ),
    );
  }
}

/** A <Response> dated after the build: the page says it was given then. */
export function checkResponseDates(
  notes: ContentError[],
  entry: { file: string; body: string; bodyLine: number },
  now: Date,
): void {
  for (const use of findComponentUses(entry.body, entry.bodyLine)) {
    const date = use.component === 'Response' && typeof use.props.date === 'string' ? use.props.date : undefined;
    if (
      date &&
      responseDateProblem(date) === undefined &&
      Date.parse(`${date}T00:00:00Z`) - now.getTime() > 86_400_000
    ) {
      notes.push(
        new ContentError(
          entry.file,
          `line ${optionLine(use, 'date')}: <Response> date`,
          `${date} is after this build's moment: the page says the response was given then`,
        ),
      );
    }
  }
}
