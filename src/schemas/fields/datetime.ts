/**
 * Moments written as ISO 8601 datetimes with their offset (an embargo), and what one written as a newsroom writes it
 * is told.
 */
import { z } from 'astro/zod';
import { calendarDate, dateWrittenOtherwise, noSuchDay } from './dates.ts';

/** The shape of a datetime with its offset: 2026-01-26T06:00, with seconds and their fractions or not, Z or ±hh:mm. */
const datetimeShape = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-](\d{2}):(\d{2}))$/;

/** What makes text shaped as a datetime no moment at all: the day (30 February), the time (25:00) or the offset. */
function impossibleDatetime(value: string): string | undefined {
  const [, day, hour, minute, second = '0', zone, offsetHours = '0', offsetMinutes = '0'] =
    datetimeShape.exec(value) ?? [];
  if (!day) return undefined;
  if (Number.isNaN(calendarDate(day).getTime())) return noSuchDay(day);
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) return 'no such time of day';
  // ISO 8601 and JavaScript allow offsets to ±23:59; real ones run from -12:00 to +14:00.
  if (zone !== 'Z' && (Number(offsetHours) > 23 || Number(offsetMinutes) > 59)) return 'no such offset from UTC';
  return undefined;
}

/** What an editor is told about a datetime that is not one: the value written back, and what is wrong with it. */
function datetimeExpected(input: unknown): string {
  const expected =
    'expected an ISO 8601 datetime with its offset, such as 2026-01-26T06:00:00Z or 2026-01-26T07:00:00+01:00';
  // Nothing, or YAML's empty value: the loader says which was written (see issueMessage in load-project.ts).
  if (input === undefined || input === null || (input instanceof Date && !Number.isNaN(input.getTime())))
    return expected;
  const problem = typeof input === 'string' ? impossibleDatetime(input) : undefined;
  const hint = typeof input === 'string' && !problem ? datetimeHint(input) : undefined;
  return `${expected}, got ${JSON.stringify(input)}${problem ? ` (${problem})` : ''}${hint ? `: ${hint}` : ''}`;
}

/**
 * What to write for a moment written as a newsroom writes it: a day alone, an hour without its offset (which Astro
 * would read in the building machine's zone), a zone by its name (CET, Europe/Paris), a space for the T or before the
 * offset, an offset without its colon (+0100). The message
 * quoted the two examples only, and an editor who had written 2026-12-08T06:00:00 could not tell what was missing.
 */
function datetimeHint(value: string): string | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})(?:([T ])(\d{2}):(\d{2})(?::(\d{2}))?)?([^\S\n]*)(.*)$/.exec(value.trim());
  if (!match) return momentOnDayWrittenOtherwise(value);
  const [, day, separator, hour, minute, second = '00', space, rest = ''] = match;
  if (hour === undefined)
    return rest === ''
      ? `an embargo is a moment, not a day: write ${day}T06:00:00Z, with the hour and offset you mean`
      : undefined;
  const local = `${day}T${hour}:${minute}:${second}`;
  if (rest === '')
    return `without an offset, the hour is no moment: write ${local}Z if it is UTC's, or add the zone's offset from UTC that day (${local}+01:00 for Paris in winter)`;
  const offset = /^(?:Z|([+-]\d{2}):?(\d{2})?)$/.exec(rest);
  if (offset) {
    const written = offset[1] ? `${offset[1]}:${offset[2] ?? '00'}` : 'Z';
    const amiss = [
      separator === ' ' && 'a T between the day and the hour',
      space !== '' && 'no space before the offset',
      written !== rest && `the offset as ${written}`,
    ].filter((text): text is string => Boolean(text));
    const listed = amiss.length > 1 ? `${amiss.slice(0, -1).join(', ')} and ${amiss.at(-1)}` : amiss[0];
    return `write ${local}${written}, with ${listed}`;
  }
  if (/^(?:UTC|GMT)$/i.test(rest)) return `write ${local}Z (Z is UTC)`;
  if (/^[A-Za-z][A-Za-z_/+-]*$/.test(rest))
    return `a zone is written as its offset from UTC, not its name: write ${local} followed by the zone's offset that day (${local}+01:00 for Paris in winter, Z for UTC)`;
  return undefined;
}

/**
 * What to write for a day written as a date is written otherwise (20/12/2026, 3 December 2026; dateWrittenOtherwise)
 * where a moment is expected: the moment on that day, or on each of its two readings, at the hour written after it.
 */
function momentOnDayWrittenOtherwise(value: string): string | undefined {
  // A day followed by its hour, as a French calendar writes it too: "12/03/2027 06:00", "20/12/2026 à 6h30".
  const time = /^(.*?\S)\s+(?:à\s+|at\s+)?(\d{1,2})[:h](\d{2})$/i.exec(value.trim());
  const hour = time && Number(time[2]) < 24 && Number(time[3]) < 60 ? time : undefined;
  const day = dateWrittenOtherwise(hour ? hour[1]! : value.trim());
  if (!day || day.endsWith('the day without its time')) return undefined;
  if (hour) {
    const at = `T${hour[2]!.padStart(2, '0')}:${hour[3]}:00`;
    return `${day.replace(/\d{4}-\d{2}-\d{2}/g, `$&${at}`)}, followed by the zone's offset from UTC that day (+01:00 for Paris in winter, Z for UTC)`;
  }
  const moments = day.replace(/\d{4}-\d{2}-\d{2}/g, '$&T06:00:00Z');
  return `an embargo is a moment, not a day: ${moments}, with the hour and offset you mean`;
}

/** A moment in time, written as an ISO 8601 datetime with its offset, e.g. 2026-01-26T06:00:00+01:00. */
export const datetimeField = z.preprocess(
  // Text that is not a datetime with its offset, or names a moment that does not exist (30 February, 25:00, which V8
  // would roll over or refuse), stays text, so that the message can quote it.
  (value) =>
    typeof value === 'string' && datetimeShape.test(value) && impossibleDatetime(value) === undefined
      ? new Date(value)
      : value,
  z
    .date({ error: (issue) => datetimeExpected(issue.input) })
    .refine((d) => !Number.isNaN(d.getTime()), { error: (issue) => datetimeExpected(issue.input) }),
);
