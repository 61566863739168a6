/**
 * Calendar dates written YYYY-MM-DD: the field, and what a date written otherwise (05/12/2026, "5 December
 * 2026", a day the calendar lacks) is told.
 */
import { z } from 'astro/zod';
import { locales } from '../../i18n/locales.ts';

/** A calendar date written as YYYY-MM-DD (YAML may already have parsed it to a Date). Stored as a UTC Date. */
export const dateField = z.preprocess(
  // A day the calendar lacks (2026-02-30) stays text, so that the message can quote it.
  (value) => {
    if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
    const date = calendarDate(value);
    return Number.isNaN(date.getTime()) ? value : date;
  },
  // Tell a day that does not exist from text that is not a date, quoting what was written.
  z.date({
    error: (issue) => {
      const input = issue.input;
      if (typeof input === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(input))
        return `expected a real calendar date written as YYYY-MM-DD, got "${input}" (${dateHint(input)})`;
      if (input instanceof Date) return 'expected a real calendar date written as YYYY-MM-DD';
      // Nothing, or YAML's empty value: the loader says which was written (see issueMessage in load-project.ts).
      const hint = typeof input === 'string' ? dateHint(input) : undefined;
      return `expected a date written as YYYY-MM-DD${input === undefined || input === null ? '' : `, got ${JSON.stringify(input)}`}${hint ? `: ${hint}` : ''}`;
    },
  }),
);

/**
 * What is wrong with `input`, text written where a date was expected, in the words every date field uses: why a
 * YYYY-MM-DD day is none ("no such day", "no month 13: … did you mean …?"), how to write a date written otherwise
 * ("write 2026-12-05 if the day comes first, …"), or undefined when there is nothing to say beyond what was expected.
 * `coarse`: a month or a year alone is a date too, as in a dataset's date columns, so "2019-13" is a month that does
 * not exist and "2019-3" a month to write with two digits.
 */
export function dateHint(input: string, { coarse = false } = {}): string | undefined {
  // ۲۰۲۶-۰۵-۰۳, typed on a Persian keyboard, is 2026-05-03 in other digits: read it as such, then ask for 0–9.
  const text = asciiDigits(input.trim());
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    if (Number.isNaN(calendarDate(text).getTime())) return noSuchDay(text);
    return text === input.trim() ? undefined : `write ${text}`;
  }
  if (coarse) {
    const yearFirst =
      /^(\d{4})-(\d{2})$/.exec(text) ?? /^(\d{4})[/.-](\d{1})$/.exec(text) ?? /^(\d{4})[/.](\d{2})$/.exec(text);
    const monthFirst = /^(\d{1,2})[/.](\d{4})$/.exec(text);
    const [year, month] = yearFirst
      ? [yearFirst[1]!, yearFirst[2]!]
      : monthFirst
        ? [monthFirst[2]!, monthFirst[1]!]
        : [];
    const inMonth = year && month ? `${year}-${month.padStart(2, '0')}` : undefined;
    if (inMonth) {
      const [, number] = inMonth.split('-');
      if (Number(number) < 1 || Number(number) > 12) return `no month ${number}: months run from 01 to 12`;
      return inMonth === input.trim() ? undefined : `write ${inMonth}`;
    }
  }
  return dateWrittenOtherwise(text);
}

/**
 * How to write as YYYY-MM-DD a date written with slashes or dots (05/12/2026, 25.11.2026, 2026/12/05) or in words
 * ("5 December 2026", "1er décembre 2026"), or undefined
 * when it is not one. A date whose day comes first in Paris and second in New York gets both readings: the build
 * cannot tell which was meant, the editor can.
 */
export function dateWrittenOtherwise(input: string): string | undefined {
  const day = (year: string, month: string, date: string) => {
    const written = `${year}-${month.padStart(2, '0')}-${date.padStart(2, '0')}`;
    return Number.isNaN(calendarDate(written).getTime()) ? undefined : written;
  };
  // A moment (2026-12-05T10:00:00Z, 2026-12-05 10:00) where the field takes a day: the day it falls on, as written.
  input = asciiDigits(input);
  const moment = /^(\d{4}-\d{2}-\d{2})[T ]\d{1,2}:\d{2}/.exec(input.trim());
  if (moment)
    return Number.isNaN(calendarDate(moment[1]!).getTime())
      ? undefined
      : `write ${moment[1]}, the day without its time`;
  // 2026/12/05, 2026.12.05, and 2026-1-26 (a month or a day with one digit, as a sheet or a person may type it).
  const yearFirst = /^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})$/.exec(input.trim());
  if (yearFirst) {
    const written = day(yearFirst[1]!, yearFirst[2]!, yearFirst[3]!);
    return written && `write ${written}`;
  }
  const inWords = dateInWords(input.trim());
  if (inWords !== undefined) return inWords ? `write ${inWords}` : undefined;
  const yearLast = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(input.trim());
  if (!yearLast) return undefined;
  const [, first, second, year] = yearLast as unknown as [string, string, string, string];
  const dayFirst = day(year, second, first);
  const monthFirst = day(year, first, second);
  if (dayFirst && monthFirst && dayFirst !== monthFirst)
    return `write ${dayFirst} if the day comes first, ${monthFirst} if the month does`;
  const either = dayFirst ?? monthFirst;
  return either && `write ${either}`;
}

/**
 * Month names, long and short, in the site's languages and English, lower case without a final dot → 1–12. The
 * Gregorian months, whatever Intl's default calendar for the language: the date an editor wrote is told as
 * YYYY-MM-DD, a Gregorian day, and the pages print Gregorian names (ژانویه, not the Solar Hijri دی, in Persian).
 * Both the name alone and the name within a date, where languages inflect it: Persian مه and «۳ مهٔ», Russian май and
 * «3 мая», Polish maj and «3 maja».
 */
let monthNumbers: Map<string, number> | undefined;

function monthNumber(word: string): number | undefined {
  if (!monthNumbers) {
    monthNumbers = new Map();
    const key = (name: string, code: string) => name.toLocaleLowerCase(code).normalize('NFC').replace(/\.$/, '');
    for (const code of new Set(['en', ...locales])) {
      for (const month of ['long', 'short'] as const) {
        const alone = new Intl.DateTimeFormat(code, { month, calendar: 'gregory', timeZone: 'UTC' });
        const inDate = new Intl.DateTimeFormat(code, {
          day: 'numeric',
          month,
          year: 'numeric',
          calendar: 'gregory',
          timeZone: 'UTC',
        });
        for (let index = 0; index < 12; index++) {
          const first = new Date(Date.UTC(2026, index, 1));
          monthNumbers.set(key(alone.format(first), code), index + 1);
          const name = inDate.formatToParts(first).find((part) => part.type === 'month')?.value;
          if (name) monthNumbers.set(key(name, code), index + 1);
        }
      }
    }
  }
  return monthNumbers.get(word.toLowerCase().normalize('NFC').replace(/\.$/, ''));
}

/**
 * Digits 0–9 for the decimal digits of every numbering system Intl knows (۰–۹, ٠–٩, ०–९ …), built when a date is
 * first misread: an editor on a Persian or Arabic keyboard types their own.
 */
let digitValues: Map<string, string> | undefined;

function asciiDigits(text: string): string {
  // Only digits other than 0–9 send for the table.
  if (!/[^\P{Nd}0-9]/u.test(text)) return text;
  if (!digitValues) {
    digitValues = new Map();
    for (const system of Intl.supportedValuesOf('numberingSystem')) {
      const format = new Intl.NumberFormat(`en-u-nu-${system}`, { useGrouping: false });
      // Algorithmic systems (roman, hebr) and those Intl falls back from write other than one digit a figure.
      if (format.resolvedOptions().numberingSystem !== system) continue;
      for (let digit = 0; digit <= 9; digit++) {
        const written = format.format(digit);
        if ([...written].length === 1 && /\p{Nd}/u.test(written)) digitValues.set(written, String(digit));
      }
    }
  }
  return text.replace(/\p{Nd}/gu, (digit) => digitValues!.get(digit) ?? digit);
}

/**
 * The YYYY-MM-DD of a date written in words ("5 December 2026", "December 5, 2026", "1er décembre 2026", German
 * "3. Mai 2026", Spanish "3 de mayo de 2026", Russian "3 мая 2026 г.", Persian "۳ مهٔ ۲۰۲۶" once its digits are
 * read): undefined when the text is not shaped so, '' when it is but names no day (31 February, a word that is no
 * month). A month's name may carry combining marks (the hamza of مهٔ).
 */
function dateInWords(input: string): string | undefined {
  const dayFirst =
    /^(\d{1,2})(?:\.|er|st|nd|rd|th)?\s+(?:de\s+)?([\p{L}\p{M}.]+)\s+(?:de\s+)?(\d{4})(?:\s*[гр]\.)?$/u.exec(input);
  const monthFirst = /^([\p{L}\p{M}.]+)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/u.exec(input);
  const [date, word, year] = dayFirst
    ? [dayFirst[1]!, dayFirst[2]!, dayFirst[3]!]
    : monthFirst
      ? [monthFirst[2]!, monthFirst[1]!, monthFirst[3]!]
      : [];
  if (!date || !word || !year) return undefined;
  const month = monthNumber(word);
  if (month === undefined) return '';
  const written = `${year}-${String(month).padStart(2, '0')}-${date.padStart(2, '0')}`;
  return Number.isNaN(calendarDate(written).getTime()) ? '' : written;
}

/** The UTC midnight of a YYYY-MM-DD day, or an invalid Date when no such day exists (2026-02-31). */
export function calendarDate(value: string): Date {
  const date = new Date(`${value}T00:00:00Z`);
  // A month past 12 is no date at all (Invalid Date, whose toISOString throws); 2026-02-31 rolls over to March.
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value ? date : new Date(Number.NaN);
}

/**
 * Why a YYYY-MM-DD day is none. A month past 12 (or 00) is said to be the month, with the date it would be with day
 * and month swapped when that is one (2026-25-11: did you mean 2026-11-25?): "no such day" sent an editor who had
 * written the day before the month to check a day that was right. When the swap is no day either, the months' range.
 */
export function noSuchDay(day: string): string {
  const [year, month, date] = day.split('-');
  if (Number(month) >= 1 && Number(month) <= 12) return 'no such day';
  const swapped = `${year}-${date}-${month}`;
  // "The month comes second" only where the day came first: in 2026-13-32 or 2026-00-10 the month is second already.
  if (Number.isNaN(calendarDate(swapped).getTime())) return `no month ${month}: months run from 01 to 12`;
  return `no month ${month}: the month comes second: did you mean ${swapped}?`;
}

/** What is wrong with a `<Response date>` (a day written YYYY-MM-DD, or none), or undefined when nothing is. */
export function responseDateProblem(date: unknown): string | undefined {
  if (date === undefined) return undefined;
  const shaped = typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date);
  if (shaped && !Number.isNaN(calendarDate(date).getTime())) return undefined;
  // 2026-02-31 is written the right way and is no day: say so rather than ask for the way it is written.
  if (shaped) return `expected a real calendar date, got ${JSON.stringify(date)} (${noSuchDay(date)})`;
  const hint = typeof date === 'string' ? dateHint(date) : undefined;
  return `expected a date written as YYYY-MM-DD, got ${JSON.stringify(date)}${hint ? `: ${hint}` : ''}`;
}
