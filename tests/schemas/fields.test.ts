import { describe, expect, it, vi } from 'vitest';
import {
  asIdentifier,
  booleanField,
  countryCode,
  dateField,
  dateHint,
  datetimeField,
  identifier,
  oneOfMessage,
  responseDateProblem,
  tag,
} from '../../src/schemas/fields.ts';

const problem = (code: unknown) => countryCode.safeParse(code).error?.issues[0]?.message;

describe('countryCode', () => {
  it('accepts a code in capitals; says how to write one in lower case, and the code of a country often written otherwise ("UK" is GB)', () => {
    expect([problem('RU'), problem('GB'), problem('XK')]).toEqual([undefined, undefined, undefined]);
    expect(problem('tr')).toBe(
      'expected an ISO 3166-1 alpha-2 country code such as "RU", got "tr": write it in capitals, "TR"',
    );
    expect([problem('UK'), problem('uk')]).toEqual([
      'expected an ISO 3166-1 alpha-2 country code such as "RU", got "UK": the United Kingdom\'s code is "GB"',
      'expected an ISO 3166-1 alpha-2 country code such as "RU", got "uk": the United Kingdom\'s code is "GB"',
    ]);
    expect(problem('ZZ')).toBe('expected an ISO 3166-1 alpha-2 country code such as "RU", got "ZZ"');
  });

  it('gives the two-letter code of a three-letter one (RUS, usa), and nothing for three letters that are no code', () => {
    expect([problem('RUS'), problem('usa'), problem('ZZZ')]).toEqual([
      'expected an ISO 3166-1 alpha-2 country code such as "RU", got "RUS": that is the three-letter code; write the two-letter one, "RU"',
      'expected an ISO 3166-1 alpha-2 country code such as "RU", got "usa": that is the three-letter code; write the two-letter one, "US"',
      'expected an ISO 3166-1 alpha-2 country code such as "RU", got "ZZZ"',
    ]);
  });

  it("gives the code of a country written by its name, in the site's own words too (Turkey, where Intl says Türkiye)", () => {
    expect([problem('Turkey'), problem('Türkiye'), problem('Russie')]).toEqual([
      'expected an ISO 3166-1 alpha-2 country code such as "RU", got "Turkey": Turkey\'s code is "TR"',
      'expected an ISO 3166-1 alpha-2 country code such as "RU", got "Türkiye": Türkiye\'s code is "TR"',
      'expected an ISO 3166-1 alpha-2 country code such as "RU", got "Russie": Russie\'s code is "RU"',
    ]);
  });

  it('writes the name of a country English names with "the" with it, and a name ending in s without a second s', () => {
    expect(
      [
        'Netherlands',
        'the Netherlands',
        'United States',
        'Marshall Islands',
        'Gambia',
        'Dominican Republic',
        'Laos',
      ].map(problem),
    ).toEqual([
      'expected an ISO 3166-1 alpha-2 country code such as "RU", got "Netherlands": the Netherlands\' code is "NL"',
      'expected an ISO 3166-1 alpha-2 country code such as "RU", got "the Netherlands": the Netherlands\' code is "NL"',
      'expected an ISO 3166-1 alpha-2 country code such as "RU", got "United States": the United States\' code is "US"',
      'expected an ISO 3166-1 alpha-2 country code such as "RU", got "Marshall Islands": the Marshall Islands\' code is "MH"',
      'expected an ISO 3166-1 alpha-2 country code such as "RU", got "Gambia": the Gambia\'s code is "GM"',
      'expected an ISO 3166-1 alpha-2 country code such as "RU", got "Dominican Republic": the Dominican Republic\'s code is "DO"',
      'expected an ISO 3166-1 alpha-2 country code such as "RU", got "Laos": Laos\' code is "LA"',
    ]);
  });

  it('writes "the" with a plural name the country data does not mark (Philippines), and not with a singular in s', () => {
    expect(
      ['Philippines', 'Bahamas', 'maldives', 'Seychelles', 'Comoros', 'Belarus', 'Cayman Islands'].map(problem),
    ).toEqual([
      'expected an ISO 3166-1 alpha-2 country code such as "RU", got "Philippines": the Philippines\' code is "PH"',
      'expected an ISO 3166-1 alpha-2 country code such as "RU", got "Bahamas": the Bahamas\' code is "BS"',
      'expected an ISO 3166-1 alpha-2 country code such as "RU", got "maldives": the maldives\' code is "MV"',
      'expected an ISO 3166-1 alpha-2 country code such as "RU", got "Seychelles": the Seychelles\' code is "SC"',
      'expected an ISO 3166-1 alpha-2 country code such as "RU", got "Comoros": the Comoros\' code is "KM"',
      'expected an ISO 3166-1 alpha-2 country code such as "RU", got "Belarus": Belarus\' code is "BY"',
      'expected an ISO 3166-1 alpha-2 country code such as "RU", got "Cayman Islands": the Cayman Islands\' code is "KY"',
    ]);
  });
});

describe('dates that are no day', () => {
  const dateProblem = (value: unknown) => dateField.safeParse(value).error?.issues[0]?.message;
  const momentProblem = (value: unknown) => datetimeField.safeParse(value).error?.issues[0]?.message;

  it('says a month past 12 is no month, and gives the date with day and month swapped when that is one', () => {
    // "no such day" sent an editor who wrote the day before the month (2026-25-11) to check a day that was right.
    expect(dateProblem('2026-25-11')).toBe(
      'expected a real calendar date written as YYYY-MM-DD, got "2026-25-11" (no month 25: the month comes second: did you mean 2026-11-25?)',
    );
    // Swapped, no day either: the month is second already, and is no month ("the month comes second" said it was not).
    expect(dateProblem('2026-13-32')).toBe(
      'expected a real calendar date written as YYYY-MM-DD, got "2026-13-32" (no month 13: months run from 01 to 12)',
    );
    expect(dateProblem('2026-00-10')).toBe(
      'expected a real calendar date written as YYYY-MM-DD, got "2026-00-10" (no month 00: months run from 01 to 12)',
    );
    expect(dateProblem('2026-02-30')).toBe(
      'expected a real calendar date written as YYYY-MM-DD, got "2026-02-30" (no such day)',
    );
    expect(responseDateProblem('2026-14-03')).toBe(
      'expected a real calendar date, got "2026-14-03" (no month 14: the month comes second: did you mean 2026-03-14?)',
    );
    expect(momentProblem('2026-20-12T06:00:00Z')).toMatch(
      /, got "2026-20-12T06:00:00Z" \(no month 20: the month comes second: did you mean 2026-12-20\?\)$/,
    );
  });

  // A French editor writes an embargo as the day and hour a French calendar does: it was quoted back with the two
  // examples alone, as a day without an hour is told the moments to write.
  it('tells a moment written as a day and an hour, 12/03/2027 06:00 or 6h30, the moments to write', () => {
    const expected =
      'expected an ISO 8601 datetime with its offset, such as 2026-01-26T06:00:00Z or 2026-01-26T07:00:00+01:00';
    expect(momentProblem('12/03/2027 06:00')).toBe(
      `${expected}, got "12/03/2027 06:00": write 2027-03-12T06:00:00 if the day comes first, 2027-12-03T06:00:00 if the month does, followed by the zone's offset from UTC that day (+01:00 for Paris in winter, Z for UTC)`,
    );
    expect(momentProblem('20/12/2026 à 6h30')).toBe(
      `${expected}, got "20/12/2026 à 6h30": write 2026-12-20T06:30:00, followed by the zone's offset from UTC that day (+01:00 for Paris in winter, Z for UTC)`,
    );
  });
});

describe('a date written the way a newsroom writes it', () => {
  const dateProblem = (value: unknown) => dateField.safeParse(value).error?.issues[0]?.message;
  const expected = 'expected a date written as YYYY-MM-DD';

  it('gives the YYYY-MM-DD of a date written with slashes or dots, both readings when the day and month could be either', () => {
    // "05/12/2026" is 5 December in Paris and 12 May in New York: the build cannot choose, the editor can.
    expect(dateProblem('05/12/2026')).toBe(
      `${expected}, got "05/12/2026": write 2026-12-05 if the day comes first, 2026-05-12 if the month does`,
    );
    expect(dateProblem('25.11.2026')).toBe(`${expected}, got "25.11.2026": write 2026-11-25`);
    expect(dateProblem('11/25/2026')).toBe(`${expected}, got "11/25/2026": write 2026-11-25`);
    expect(dateProblem('5/5/2026')).toBe(`${expected}, got "5/5/2026": write 2026-05-05`);
    expect(dateProblem('2026/12/05')).toBe(`${expected}, got "2026/12/05": write 2026-12-05`);
    // A moment where a day is expected: the day, without its time.
    expect(dateProblem('2026-12-05T10:00:00Z')).toBe(
      `${expected}, got "2026-12-05T10:00:00Z": write 2026-12-05, the day without its time`,
    );
    expect(dateProblem('2026-12-05 10:00')).toBe(
      `${expected}, got "2026-12-05 10:00": write 2026-12-05, the day without its time`,
    );
    expect(dateProblem('2026-02-30T10:00:00Z')).toBe(`${expected}, got "2026-02-30T10:00:00Z"`);
    // No reading is a day: nothing is suggested.
    expect(dateProblem('31/31/2026')).toBe(`${expected}, got "31/31/2026"`);
    expect(dateProblem('last week')).toBe(`${expected}, got "last week"`);
  });
});

describe('a date written in words', () => {
  const dateProblem = (value: unknown) => dateField.safeParse(value).error?.issues[0]?.message;
  const expected = 'expected a date written as YYYY-MM-DD';

  it("gives the YYYY-MM-DD of a date written in words, in the site's languages", () => {
    expect(dateProblem('5 December 2026')).toBe(`${expected}, got "5 December 2026": write 2026-12-05`);
    expect(dateProblem('December 5, 2026')).toBe(`${expected}, got "December 5, 2026": write 2026-12-05`);
    expect(dateProblem('Dec 5th 2026')).toBe(`${expected}, got "Dec 5th 2026": write 2026-12-05`);
    expect(dateProblem('1er décembre 2026')).toBe(`${expected}, got "1er décembre 2026": write 2026-12-01`);
    expect(dateProblem('12 févr. 2026')).toBe(`${expected}, got "12 févr. 2026": write 2026-02-12`);
    // A day the month does not have, and a word that is no month: nothing is suggested.
    expect(dateProblem('31 February 2026')).toBe(`${expected}, got "31 February 2026"`);
    expect(dateProblem('5 Brumaire 2026')).toBe(`${expected}, got "5 Brumaire 2026"`);
  });

  it("reads a Persian site's month names in the Gregorian calendar its pages print: ژانویه is January, دی no month", async () => {
    // A site that publishes in Persian (site.locales), whose month names Intl gives in the Solar Hijri calendar.
    vi.resetModules();
    vi.doMock('../../src/i18n/locales.ts', async (original) => ({
      ...(await original<typeof import('../../src/i18n/locales.ts')>()),
      locales: ['en', 'fa'],
    }));
    const { dateField: persianSite } = await import('../../src/schemas/fields.ts');
    vi.doUnmock('../../src/i18n/locales.ts');
    const persianProblem = (value: string) => persianSite.safeParse(value).error?.issues[0]?.message;
    expect(persianProblem('5 ژانویه 2026')).toBe(`${expected}, got "5 ژانویه 2026": write 2026-01-05`);
    expect(persianProblem('5 دسامبر 2026')).toBe(`${expected}, got "5 دسامبر 2026": write 2026-12-05`);
    // دی is the Solar Hijri month that 1 January falls in: a Gregorian year with it is no date to suggest.
    expect(persianProblem('5 دی 2026')).toBe(`${expected}, got "5 دی 2026"`);
    // Within a date Persian writes May مهٔ (with a hamza, a combining mark), and a Persian keyboard types ۰–۹.
    expect(persianProblem('۳ مهٔ ۲۰۲۶')).toBe(`${expected}, got "۳ مهٔ ۲۰۲۶": write 2026-05-03`);
    expect(persianProblem('3 مه 2026')).toBe(`${expected}, got "3 مه 2026": write 2026-05-03`);
  });

  it('reads the month as a language writes it within a date, and the particles around it', async () => {
    vi.resetModules();
    vi.doMock('../../src/i18n/locales.ts', async (original) => ({
      ...(await original<typeof import('../../src/i18n/locales.ts')>()),
      locales: ['ru', 'es', 'de'],
    }));
    const { dateField: site } = await import('../../src/schemas/fields.ts');
    vi.doUnmock('../../src/i18n/locales.ts');
    const problem = (value: string) => site.safeParse(value).error?.issues[0]?.message;
    // Russian May is май alone and мая in a date, which Intl ends with г. (year).
    expect(problem('3 мая 2026 г.')).toBe(`${expected}, got "3 мая 2026 г.": write 2026-05-03`);
    expect(problem('3 de mayo de 2026')).toBe(`${expected}, got "3 de mayo de 2026": write 2026-05-03`);
    expect(problem('3. März 2026')).toBe(`${expected}, got "3. März 2026": write 2026-03-03`);
  });
});

describe('a date written in other digits', () => {
  const dateProblem = (value: unknown) => dateField.safeParse(value).error?.issues[0]?.message;
  const expected = 'expected a date written as YYYY-MM-DD';

  it('asks for 0–9 where a date was typed in Persian or Arabic digits, and says which day it is', () => {
    expect(dateProblem('۲۰۲۶-۰۵-۰۳')).toBe(`${expected}, got "۲۰۲۶-۰۵-۰۳": write 2026-05-03`);
    expect(dateProblem('٢٠٢٦/١٢/٠٥')).toBe(`${expected}, got "٢٠٢٦/١٢/٠٥": write 2026-12-05`);
    // A day that does not exist is none in any digits.
    expect(dateProblem('۲۰۲۶-۰۲-۳۰')).toBe(`${expected}, got "۲۰۲۶-۰۲-۳۰": no such day`);
    expect(dateHint('۲۰۱۹-۰۳', { coarse: true })).toBe('write 2019-03');
    expect(dateHint('2019-03', { coarse: true })).toBeUndefined();
  });
});

describe('booleanField', () => {
  const problem = (value: unknown) => booleanField.safeParse(value).error?.issues[0]?.message;

  it('says how to write true or false when it was written in quotes or as yes/no, which YAML reads as text', () => {
    expect([problem(true), problem(false)]).toEqual([undefined, undefined]);
    expect(problem('false')).toBe('expected true or false, got "false": write it without quotes, false');
    expect(problem('True')).toBe('expected true or false, got "True": write it without quotes, true');
    expect(problem('no')).toBe('expected true or false, got "no": write false');
    expect(problem('Yes')).toBe('expected true or false, got "Yes": write true');
    expect(problem('maybe')).toBe('expected true or false, got "maybe"');
    // A French newsroom's yes and no, and true and false.
    expect([problem('oui'), problem('Non'), problem('vrai'), problem('faux')]).toEqual([
      'expected true or false, got "oui": write true',
      'expected true or false, got "Non": write false',
      'expected true or false, got "vrai": write true',
      'expected true or false, got "faux": write false',
    ]);
    // Anything else is quoted back by the loader, as YAML read it (issueMessage in load-project.ts).
    expect(problem(1)).toBe('expected true or false');
  });
});

describe('field messages at their edges', () => {
  it('calls a day past the end of December no such day, not a wrong month', () => {
    expect(responseDateProblem('2026-12-32')).toBe('expected a real calendar date, got "2026-12-32" (no such day)');
  });

  it('tells "EU" written with a space that the European Union is no country', () => {
    expect(problem('EU ')).toBe(
      'expected an ISO 3166-1 alpha-2 country code such as "RU", got "EU ": the European Union is no country, and has no country page: list the member states the page is about',
    );
  });

  it('says which value is meant when written with spaces or underscores', () => {
    const notices = ['red-notice', 'red-diffusion'];
    expect([oneOfMessage(notices, 'red notice'), oneOfMessage(notices, 'Red_Notice')]).toEqual([
      'expected one of red-notice, red-diffusion, got "red notice": write "red-notice"',
      'expected one of red-notice, red-diffusion, got "Red_Notice": write "red-notice"',
    ]);
  });

  it('makes an identifier of a title without its accents and without a hyphen at either end', () => {
    expect([asIdentifier('Enquête à Kyiv'), asIdentifier('«Interpol Files!»')]).toEqual([
      'enquete-a-kyiv',
      'interpol-files',
    ]);
  });

  // "main-d’œuvre" was told to write "main-d-uvre": œ has no accent to drop, and was taken for punctuation.
  it('spells out the letters that carry no separable accent, as new:story names a file', () => {
    expect([asIdentifier('main-d’œuvre'), asIdentifier('Cœur'), asIdentifier('Straße'), asIdentifier('Æsir')]).toEqual([
      'main-d-oeuvre',
      'coeur',
      'strasse',
      'aesir',
    ]);
  });

  // A French newsroom tags a story "société" and, told to write "societe", did: its readers then chose "societe",
  // unaccented, in the search page's filter, which shows an unlabelled tag as its identifier.
  it('tells a tag written with accents the identifier to write and the label that keeps them for readers', () => {
    const said = (input: string) => tag.safeParse(input).error?.issues[0]?.message;
    expect([said('société'), said('main-d’œuvre')]).toEqual([
      'expected an identifier of lower-case letters, digits and hyphens, got "société": write "societe", and give it its label, "société", in tagLabels (src/site.config.ts): readers see a tag by its label, or as its identifier',
      'expected an identifier of lower-case letters, digits and hyphens, got "main-d’œuvre": write "main-d-oeuvre", and give it its label, "main-d’œuvre", in tagLabels (src/site.config.ts): readers see a tag by its label, or as its identifier',
    ]);
    // Capitals alone lose nothing a reader reads: the tag is told its identifier, no label.
    expect(said('INTERPOL')).toBe(
      'expected an identifier of lower-case letters, digits and hyphens, got "INTERPOL": write "interpol"',
    );
  });

  it("tells an id written as a file's name or address to write the name alone", () => {
    const said = (input: string) => identifier.safeParse(input).error?.issues[0]?.message;
    expect([said('issued.json'), said('/stories/the-files/')]).toEqual([
      'expected an identifier of lower-case letters, digits and hyphens, got "issued.json": write "issued", the file\'s name without its folder or extension',
      'expected an identifier of lower-case letters, digits and hyphens, got "/stories/the-files/": write "the-files", the file\'s name without its folder or extension',
    ]);
  });
});
