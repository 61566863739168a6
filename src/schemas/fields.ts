/**
 * Field types shared by the content schemas. Each one carries the message an editor sees when a value is wrong, so
 * that a build error says what was expected, not how zod works.
 */
import { z } from 'astro/zod';
import countries from 'i18n-iso-countries';
import { nearestName } from '../lib/edit-distance.ts';
import { curlyApostrophes } from '../lib/typography.ts';
import { correctionWording } from '../lib/corrections.ts';
import { locales, prefixedLocales } from '../i18n/locales.ts';
import { site } from '../site.config.ts';

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
  const text = input.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return Number.isNaN(calendarDate(text).getTime()) ? noSuchDay(text) : undefined;
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
      return inMonth === text ? undefined : `write ${inMonth}`;
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

/** Month names, long and short, in the site's languages and English, lower case without a final dot → 1–12. */
let monthNumbers: Map<string, number> | undefined;
function monthNumber(word: string): number | undefined {
  if (!monthNumbers) {
    monthNumbers = new Map();
    for (const code of new Set(['en', ...locales])) {
      for (const month of ['long', 'short'] as const) {
        const names = new Intl.DateTimeFormat(code, { month, timeZone: 'UTC' });
        for (let index = 0; index < 12; index++) {
          monthNumbers.set(
            names
              .format(new Date(Date.UTC(2026, index, 1)))
              .toLocaleLowerCase(code)
              .replace(/\.$/, ''),
            index + 1,
          );
        }
      }
    }
  }
  return monthNumbers.get(word.toLowerCase().normalize('NFC').replace(/\.$/, ''));
}

/**
 * The YYYY-MM-DD of a date written in words ("5 December 2026", "December 5, 2026", "1er décembre 2026"): undefined
 * when the text is not shaped so, '' when it is but names no day (31 February, a word that is no month).
 */
function dateInWords(input: string): string | undefined {
  const dayFirst = /^(\d{1,2})(?:er|st|nd|rd|th)?\s+([\p{L}.]+)\s+(\d{4})$/u.exec(input);
  const monthFirst = /^([\p{L}.]+)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/u.exec(input);
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

/**
 * true or false. YAML reads "false" in quotes as text, and (as YAML 1.2) yes, no, on and off as words: the message
 * says what to write, where "expected true or false" left an editor who had written `draft: "false"` to look for
 * the difference.
 */
export const booleanField = z.boolean({
  error: (issue) => {
    const input = issue.input;
    // Anything else is quoted back by the loader as YAML read it (issueMessage in load-project.ts).
    if (typeof input !== 'string') return 'expected true or false';
    const meant = booleanHint(input);
    return `expected true or false, got ${JSON.stringify(input)}${meant ? `: ${meant}` : ''}`;
  },
});

/** What to write for text meant as true or false ("yes", "false" in quotes), in every field that takes one; or undefined. */
export function booleanHint(input: string): string | undefined {
  const word = input.trim().toLowerCase();
  if (word === 'true' || word === 'false') return `write it without quotes, ${word}`;
  return ['yes', 'y', 'on'].includes(word)
    ? 'write true'
    : ['no', 'n', 'off'].includes(word)
      ? 'write false'
      : undefined;
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
  if (!match) return undefined;
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

/**
 * Codes editors write for a country whose ISO code is another: the United Kingdom is GB in ISO 3166-1 ("UK" is only
 * reserved, and a second "UK" page would split the country's stories).
 */
const usualCodes: Record<string, { code: string; country: string }> = {
  UK: { code: 'GB', country: 'the United Kingdom' },
};

let codesByName: Map<string, string> | undefined;

/**
 * The ISO code of a country written by its name, in any of the site's languages ("Russia", "Russie"), as Intl or the
 * site itself (`countryNames` in src/site.config.ts: "Turkey", where Intl says "Türkiye") names it, if it is one.
 */
function codeByName(name: string): string | undefined {
  if (!codesByName) {
    codesByName = new Map();
    for (const locale of locales) {
      const names = new Intl.DisplayNames([locale], { type: 'region' });
      for (const code of Object.keys(countries.getAlpha2Codes())) codesByName.set(names.of(code)!.toLowerCase(), code);
    }
    for (const names of Object.values(site.countryNames)) {
      for (const [code, written] of Object.entries(names ?? {})) codesByName.set(written.toLowerCase(), code);
    }
  }
  return codesByName.get(name.trim().toLowerCase());
}

/**
 * What an editor most likely meant by `value`, written where an ISO 3166-1 alpha-2 code is expected, as a hint to
 * follow an error: ': Türkiye's code is "TR"' for a country's name, the capitals of a code written in lower case, the
 * two-letter code of a three-letter one, GB for "UK"; '' when the value is none of those.
 */
export function countryCodeHint(value: unknown): string {
  const capitals = typeof value === 'string' ? value.toUpperCase() : '';
  const usual = usualCodes[capitals];
  const named = typeof value === 'string' && value.length > 2 ? codeByName(value) : undefined;
  // The three-letter code (RUS, USA) that passports and many datasets use.
  const alpha3 = /^[A-Z]{3}$/.test(capitals) ? countries.alpha3ToAlpha2(capitals) : undefined;
  const trimmed = typeof value === 'string' ? value.trim() : '';
  // ISO reserves EU for the European Union, which has no country page: its states do.
  if (capitals.trim() === 'EU')
    return ': the European Union is no country, and has no country page: list the member states the page is about';
  return trimmed !== value && /^[A-Z]{2}$/.test(trimmed) && countries.isValid(trimmed)
    ? `: write it without spaces, "${trimmed}"`
    : usual
      ? `: ${usual.country}'s code is "${usual.code}"`
      : /^[A-Z]{2}$/.test(capitals) && countries.isValid(capitals)
        ? `: write it in capitals, "${capitals}"`
        : named
          ? `: ${String(value).trim()}'s code is "${named}"`
          : alpha3
            ? `: that is the three-letter code; write the two-letter one, "${alpha3}"`
            : '';
}

/**
 * What is wrong with `value` as an ISO 3166-1 alpha-2 country code in capitals, in an editor's words, or undefined when
 * nothing is: frontmatter `countries` and dataset columns with `ref: "country"` say the same.
 */
export function countryCodeProblem(value: unknown): string | undefined {
  if (typeof value === 'string' && /^[A-Z]{2}$/.test(value) && countries.isValid(value)) return undefined;
  return `expected an ISO 3166-1 alpha-2 country code such as "RU", got ${JSON.stringify(value)}${countryCodeHint(value)}`;
}

/** An ISO 3166-1 alpha-2 country code in capitals, e.g. RU, SV. */
export const countryCode = z
  .string({ error: 'expected an ISO 3166-1 alpha-2 country code such as "RU"' })
  .refine((code) => countryCodeProblem(code) === undefined, { error: (issue) => countryCodeProblem(issue.input) });

/**
 * The message for a value outside `values`: what was written, and the value meant when it is the same word written
 * another way ("Active", "red notice", "red_notice") or a letter or two off ("cancelld"). A missing value gets the
 * list alone (the caller says it is missing).
 */
export function oneOfMessage(values: readonly string[], input: unknown): string {
  const expected = `expected one of ${values.join(', ')}`;
  if (input === undefined) return expected;
  const written = typeof input === 'string' ? input : '';
  const plain = written
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  const same = values.find((value) => value === plain);
  const near = same ? undefined : nearestName(plain, values);
  const hint = same ? `: write "${same}"` : near ? `: did you mean "${near}"?` : '';
  return `${expected}, got ${JSON.stringify(input)}${hint}`;
}

/**
 * The identifier a name written as a title or a constant means: "Interpol Files", "Interpol_files" and "INTERPOL"
 * are interpol-files and interpol (accents dropped, every other run of characters a hyphen); empty when nothing is left.
 */
export function asIdentifier(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * What a value that is no identifier is told: what to write, when the value is one written as a title or in capitals
 * (or `meant`, when the caller knows better: the tag a label names).
 */
function identifierMessage(input: unknown, meant?: string): string {
  const written = `expected an identifier of lower-case letters, digits and hyphens, got ${JSON.stringify(input)}`;
  if (meant) return `${written}: write "${meant}"`;
  if (typeof input !== 'string') return written;
  // An id is a file's name: "data/issued.json" is the dataset issued, not "data-issued-json".
  const named = fileNamed(input);
  if (named) return `${written}: write "${named}", the file's name without its folder or extension`;
  const id = asIdentifier(input);
  return id ? `${written}: write "${id}"` : written;
}

const fileExtension = /\.(?:json|csv|mdx?|html?)$/i;

/** The id a file's path or name stands for ("data/issued.json", "/cases/x/", "x.mdx": issued, x), or undefined. */
function fileNamed(input: string): string | undefined {
  const path = input.trim();
  // A file's extension or one of the project's folders, not any slash: "red/notices" is no file.
  if (!fileExtension.test(path) && !/^\/?(?:data|content|stories|cases)\//.test(path)) return undefined;
  const name =
    path
      .split(/[/\\]+/)
      .filter(Boolean)
      .at(-1) ?? '';
  return asIdentifier(name.replace(fileExtension, '')) || undefined;
}

export const identifierPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A lower-case, hyphenated identifier, as used for dataset ids, source ids, case files and slugs. */
export const identifier = z
  .string({ error: 'expected an identifier (lower-case letters, digits and hyphens)' })
  .regex(identifierPattern, { error: (issue) => identifierMessage(issue.input) });

/**
 * A page's translationKey (frontmatter.ts): an identifier, and one written as a file in a language folder
 * ("fr/les-dossiers.mdx") is told that it names the translation, not the original it translates.
 */
export const translationKeyField = z
  .string({ error: 'expected an identifier (lower-case letters, digits and hyphens)' })
  .regex(identifierPattern, {
    error: (issue) => {
      const input = issue.input;
      const inLanguageFolder =
        typeof input === 'string' &&
        input.split(/[/\\]+/).some((folder) => (prefixedLocales as readonly string[]).includes(folder));
      return inLanguageFolder
        ? `expected an identifier of lower-case letters, digits and hyphens, got ${JSON.stringify(input)}, a file in a language folder: write the file name of the original it translates, without its folder or ".mdx" (x for content/stories/x.mdx)`
        : identifierMessage(input);
    },
  });

let tagsByLabel: Map<string, { tag: string; lang: string }> | undefined;

/**
 * The tag whose label (`tagLabels` in src/site.config.ts) `written` is, in any of the site's languages, case, accents
 * and punctuation aside: a translator who writes "répression transnationale" means transnational-repression.
 */
export function tagByLabel(written: string): { tag: string; lang: string } | undefined {
  if (!tagsByLabel) {
    tagsByLabel = new Map();
    for (const [lang, labels] of Object.entries(site.tagLabels)) {
      for (const [tag, label] of Object.entries(labels ?? {}))
        if (!tagsByLabel.has(asIdentifier(label))) tagsByLabel.set(asIdentifier(label), { tag, lang });
    }
  }
  const found = tagsByLabel.get(asIdentifier(written));
  return found && found.tag !== written ? found : undefined;
}

/**
 * A tag: an identifier, the same in every language (tagLabels says how it reads in each). One written as a label, in
 * any language, is told the tag it is the label of.
 */
export const tag = z
  .string({ error: 'expected an identifier (lower-case letters, digits and hyphens)' })
  .regex(identifierPattern, {
    error: (issue) => {
      const label = typeof issue.input === 'string' ? tagByLabel(issue.input) : undefined;
      // "INTERPOL" is interpol written in capitals, whatever its label: said as such.
      const meant = typeof issue.input === 'string' ? asIdentifier(issue.input) : '';
      return label && label.tag !== meant
        ? `${identifierMessage(issue.input, label.tag)} (tags are identifiers, the same in every language: this is its ${languageName(label.lang)} label, from tagLabels in src/site.config.ts)`
        : identifierMessage(issue.input);
    },
  });

/** A language's name in the site's default language: "French" for fr. */
export function languageName(code: string): string {
  return new Intl.DisplayNames([site.defaultLocale], { type: 'language' }).of(code) ?? code;
}

/** A non-empty line of text for a reader (titles, names). */
export const text = z.string({ error: 'expected text' }).trim().min(1, { error: 'expected text, got an empty string' });

/**
 * Text a reader reads as prose (a title, a description, a note), typeset as the MDX prose around it is: straight
 * apostrophes between letters become typographic ones (Interpol's -> Interpol’s). JSON and frontmatter are not
 * typeset by the Markdown processor, and without this the site's sources, datasets and notes printed "Interpol's"
 * beside the stories' "Interpol’s".
 */
export const prose = text.transform(curlyApostrophes);

/** An optional short text a reader reads (a column's label, a source's note), typeset as `prose` is. */
export const optionalProse = z.string().transform(curlyApostrophes).optional();

/** A public correction: when it was made and what it says. Shown at the top of the page and on /corrections/. */
export const correction = z.strictObject(
  {
    /** The day the correction was published. */
    date: dateField,
    /** What was wrong and what is right now, in one or two sentences. */
    text: prose,
  },
  { error: (issue) => (issue.code === 'invalid_type' ? correctionAsText(issue.input) : undefined) },
);

/**
 * What a correction written as one line of text ("2026-02-01: Fixed the year.") is told: its date and its text as
 * the two fields they are, the date it starts with taken as the correction's.
 */
function correctionAsText(input: unknown): string | undefined {
  if (typeof input !== 'string') return undefined;
  const dated = /^\s*(\d{4}-\d{2}-\d{2})\s*[:,–—-]?\s*([\s\S]*)$/.exec(input);
  const date = dated ? dated[1] : 'YYYY-MM-DD (the day it was published)';
  const text = (dated ? dated[2]! : input).trim();
  return `expected a correction with its date and its text, got ${JSON.stringify(input)}: write them as two fields, date: ${date} and text: ${JSON.stringify(text)}`;
}

/**
 * A page's or a dataset's corrections, each written once: one pasted twice was printed twice, and the feeds gave both
 * one guid (a correction's is its date and wording, src/lib/feed.ts), which feed readers show once or not at all.
 */
export function correctionList(error: string) {
  return z.array(correction, { error }).superRefine((list, ctx) => {
    const keys = list.map(({ date, text }) => `${date.toISOString().slice(0, 10)}\n${correctionWording(text)}`);
    keys.forEach((key, i) => {
      const first = keys.indexOf(key);
      if (first !== i)
        ctx.addIssue({
          code: 'custom',
          path: [i],
          message: `the same correction as corrections[${first}] (${key.slice(0, 10)}, ${JSON.stringify(list[first]!.text)}): keep one`,
        });
    });
  });
}

/**
 * A list whose items are each written once: `countries: [RU, TJ, RU]` printed "Russia" twice under "Countries in this
 * story", `authors: ['A. Reporter', 'A. Reporter ']` the byline "A. Reporter and A. Reporter". Each repeat is an
 * issue at its own index, naming the first.
 */
/**
 * What a list written as one line of text is told ("tags: red notices, CCF", "sources": "pace-doc-14277"): `error`,
 * what was written and the list it means, as YAML writes it after `field:` (or as JSON, without a field): names in
 * quotes, ids as ids ("red notices" is red-notices), codes as written.
 */
export function listMessage(error: string, input: unknown, field?: string): string {
  if (typeof input !== 'string' || input.trim() === '') return error;
  const items = input.split(/\s*[,;]\s*/).filter((item) => item.trim() !== '');
  const written = items.map((item) =>
    field === undefined || field === 'authors'
      ? JSON.stringify(item.trim())
      : field === 'countries'
        ? item.trim()
        : asIdentifier(item) || item.trim(),
  );
  const list = `${field === undefined ? '' : `${field}: `}[${written.join(', ')}]`;
  // "Smith, John" may be one name written surname first, as a library or a byline database writes it.
  const surnameFirst = field === 'authors' && items.length === 2 && items.every((item) => !/\s/.test(item.trim()));
  return surnameFirst
    ? `${error}, got ${JSON.stringify(input)}: write ${list} for two people, or ${field}: [${JSON.stringify(input.trim())}] for one`
    : `${error}, got ${JSON.stringify(input)}: write ${list}`;
}

export function listedOnce<Item extends z.ZodType>(field: string, item: Item, error: string) {
  return z.array(item, { error: (issue) => listMessage(error, issue.input, field) }).superRefine((list, ctx) => {
    list.forEach((value, i) => {
      const first = list.indexOf(value);
      if (first !== i)
        ctx.addIssue({
          code: 'custom',
          path: [i],
          message: `${JSON.stringify(value)} is listed twice (as ${field}[${first}] too): keep one`,
        });
    });
  });
}
