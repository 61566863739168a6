/** A page's dates against each other. */
import { ContentError } from '../content-error.ts';
import type { Entry } from '../load-project.ts';

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
  if (entry.data.updated && entry.data.updated.getTime() < published.getTime()) {
    errors.push(new ContentError(entry.file, 'updated', `${day(entry.data.updated)} is before the page's date, ${day(published)}: expected a day on or after it`));
  }
  const since = original && original.data.date.getTime() < published.getTime() ? original.data.date : published;
  const whose = since === published ? "the page's date" : `the date of its original ${original!.file}`;
  entry.data.corrections.forEach((correction, i) => {
    if (correction.date.getTime() < since.getTime()) {
      errors.push(new ContentError(entry.file, `corrections[${i}].date`, `${day(correction.date)} is before ${whose}, ${day(since)}: expected a day on or after it`));
    }
  });
}
