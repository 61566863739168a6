/**
 * The preflight check names the file, the field and what was expected for each kind of bad input an editor can
 * make. Messages are pinned: they are the user interface of the build.
 */
import { describe, expect, it } from 'vitest';
import { validateProject } from '../../src/lib/validate-project.ts';
import { editDistance, nearestName } from '../../src/lib/edit-distance.ts';
import { newStory } from '../../src/lib/new-story.ts';
import { makeFixture } from '../helpers/build.ts';
import { dataset, goodFrontmatter, minimalSite, now, preflight, sources, story } from '../helpers/preflight.ts';

/** A minimal valid site plus the given files; returns the preflight's messages. */
const messages = (files: Record<string, string>): string[] => preflight(files).errors;

describe('the preflight check', () => {
  it('accepts a valid minimal site', () => {
    expect(messages({})).toEqual([]);
  });

  it('reports malformed YAML frontmatter with the file and the line', () => {
    const out = messages({ 'content/stories/the-files.mdx': '---\ntitle: [unclosed\nsummary: x\n---\nText.\n' });
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/^content\/stories\/the-files\.mdx: frontmatter: malformed YAML at line \d+: /);
  });

  it('names the line of the file where the YAML goes wrong', () => {
    const out = messages({
      'content/stories/the-files.mdx': '---\ntitle: How it works: the watchdog\nsummary: x\n---\nText.\n',
    });
    expect(out).toEqual([
      'content/stories/the-files.mdx: frontmatter: malformed YAML at line 2: the value of title has ": " in it: put it in quotes, title: "How it works: the watchdog"',
    ]);
  });

  it('says what in the layout of a line stopped YAML, in words, with the line to write', () => {
    const at = (file: string, text: string) =>
      `content/stories/${file}.mdx: frontmatter: malformed YAML at line ${text}`;
    expect(
      messages({
        'content/stories/bracket.mdx': story('title: [Leak] the files\nsummary: S\ndate: 2026-01-26'),
        'content/stories/at.mdx': story('title: @interpol and its critics\nsummary: S\ndate: 2026-01-26'),
        'content/stories/dash.mdx': story('title: - the files\nsummary: S\ndate: 2026-01-26'),
        'content/stories/glued.mdx': story('title:The files\nsummary: S\ndate: 2026-01-26'),
        'content/stories/indented.mdx': story('title: The files\n summary: S\ndate: 2026-01-26'),
        'content/stories/dashes.mdx': story(
          'title: The files\nsummary: S\ndate: 2026-01-26\ntags:\n  - interpol\n - leak',
        ),
      }),
    ).toEqual([
      at(
        'at',
        `2: the value of title starts with "@", which YAML keeps for itself: put the whole value in quotes, title: '@interpol and its critics'`,
      ),
      at(
        'bracket',
        `2: the value of title starts with [Leak], which YAML reads as a list, and the text after it cannot be read: put the whole value in quotes, title: '[Leak] the files'`,
      ),
      at(
        'dash',
        `2: the value of title starts with "- ", which YAML reads as a list: put the whole value in quotes, title: '- the files'`,
      ),
      at('dashes', '7: this "-" is indented by 1 space, the one on line 6 by 2 spaces: line up the dashes of a list'),
      at('glued', '2: YAML needs a space after the colon of title: write title: The files'),
      at(
        'indented',
        '3: summary is indented further than title on line 2, so YAML reads it as part of that value: line it up with title',
      ),
    ]);
  });

  it('stops on a "#" in an unquoted title, summary or subject, which YAML reads as a comment that cuts the text', () => {
    expect(
      messages({
        'content/stories/the-files.mdx': story(
          "title: Russia's #1 target\nsummary: #MeToo, abroad\ndate: 2026-01-26 # the day of the leak\ntags: [interpol] # to check\n# a comment of its own",
        ),
        'content/stories/quoted.mdx': story(
          'title: \'Russia’s #1 target\'\nsummary: "#MeToo, abroad"\ndate: 2026-01-26',
        ),
      }),
    ).toEqual([
      `content/stories/the-files.mdx: line 2: title: YAML reads "#" after a space as the start of a comment, so title would be "Russia's": put the whole value in quotes, title: "Russia's #1 target" (a comment of your own goes on a line of its own)`,
      `content/stories/the-files.mdx: line 3: summary: YAML reads "#" after a space as the start of a comment, so summary is empty: put the whole value in quotes, summary: '#MeToo, abroad' (a comment of your own goes on a line of its own)`,
    ]);
  });

  it('stops on curly quotes or guillemets written as YAML quotes, with a fix in straight quotes; marks inside straight quotes are text', () => {
    const out = messages({
      'content/stories/the-files.mdx': story(
        "title: ‘Extradition, the files’\nsummary: « Ce qu’ils montrent »\ndate: 2026-01-26\nauthors: [“A. Reporter”, 'B. Reporter']\ntags:\n  - ”red-notices”",
      ),
      'content/stories/quoted.mdx': story(
        "title: '“We knew nothing”'\nsummary: '« Nous ne savions pas »'\ndate: 2026-01-26\nauthors: [It’s me]",
      ),
      'content/stories/colon.mdx': story('title: “How it works: the watchdog”\nsummary: S\ndate: 2026-01-26'),
    });
    expect(out).toEqual([
      'content/stories/colon.mdx: frontmatter: malformed YAML at line 2: the value of title has ": " in it, and curly quotes are text, not quotation marks: write title: \'How it works: the watchdog\' with straight quotes',
      "content/stories/the-files.mdx: line 2: title: curly quotes are text, not quotation marks: write title: 'Extradition, the files' with straight quotes (to print the marks, put the whole value in straight quotes: title: '‘Extradition, the files’')",
      "content/stories/the-files.mdx: line 3: summary: curly quotes are text, not quotation marks: write summary: 'Ce qu’ils montrent' with straight quotes (to print the marks, put the whole value in straight quotes: summary: '« Ce qu’ils montrent »')",
      "content/stories/the-files.mdx: line 5: authors[0]: curly quotes are text, not quotation marks: write 'A. Reporter' with straight quotes (to print the marks, put the whole value in straight quotes: '“A. Reporter”')",
      "content/stories/the-files.mdx: line 7: tags[0]: curly quotes are text, not quotation marks: write 'red-notices' with straight quotes (to print the marks, put the whole value in straight quotes: '”red-notices”')",
    ]);
  });

  it('stops on a value a curly quote opens and a straight one closes, both of which YAML reads as text', () => {
    expect(
      messages({
        'content/stories/the-files.mdx': story(
          'title: “Extradition\'\nsummary: S\ndate: 2026-01-26\nauthors: [“A. Reporter", B. Reporter]',
        ),
      }),
    ).toEqual([
      "content/stories/the-files.mdx: line 2: title: “ opens it and ' closes it, and YAML reads both as text, which the site would print: write title: 'Extradition' with straight quotes at both ends",
      "content/stories/the-files.mdx: line 5: authors[0]: “ opens it and \" closes it, and YAML reads both as text, which the site would print: write 'A. Reporter' with straight quotes at both ends",
    ]);
  });

  it('stops on a bare word in braces as an option, where text in quotes was meant, unless the page defines it', () => {
    const body = [
      'export const year = 2024;',
      'import { kind } from "./kinds.ts";',
      '',
      'In <Fact dataset="issued" row={AE} column={issued} />, then <Fact dataset="issued" row={year} column="issued" />.',
      '',
      '<Chart type="bar" title="Notices" dataset="issued" x="year" y={kind} />',
      '<Cite id={undefined} />',
    ].join('\n');
    // The module it imports is there: one that is not is refused for that (tests/lib/preflight-prose.test.ts).
    expect(
      messages({
        'content/stories/the-files.mdx': story(goodFrontmatter, body),
        'content/stories/kinds.ts': "export const kind = 'line';",
      }),
    ).toEqual([
      'content/stories/the-files.mdx: line 11: <Fact> row={AE}: text goes in quotes: row="AE" (in braces, AE names a variable, which this page does not define)',
      'content/stories/the-files.mdx: line 11: <Fact> column={issued}: text goes in quotes: column="issued" (in braces, issued names a variable, which this page does not define)',
    ]);
  });

  it('stops on a "%" or "per cent" written after a Fact that prints its own "%", and leaves one after a plain figure', () => {
    const rates = JSON.stringify({
      title: 'Refusal rates',
      description: 'Requests refused, as a share of all requests.',
      sources: ['rnm-numbers'],
      license: 'CC BY 4.0',
      updated: '2026-02-01',
      columns: {
        year: { type: 'integer', description: 'Year' },
        rate: { type: 'number', unit: '%', description: 'Refusal rate' },
        refused: { type: 'integer', unit: 'requests', description: 'Requests refused' },
      },
      rows: [{ year: 2021, rate: 5.3, refused: 1270 }],
    });
    const body = [
      'In 2021, <Fact dataset="rates" row={2021} column="rate" />% were refused,',
      'or <Fact dataset="rates" row={2021} column="rate" /> per cent; <Fact dataset="rates" row={2021} column="refused" />% of nothing,',
      'and <Fact dataset="rates" row={2021} column="rate" /> of all requests.',
    ].join('\n');
    const frontmatter = 'title: The files\nsummary: What they show.\ndate: 2026-01-26\ndatasets: [rates]';
    expect(messages({ 'data/rates.json': rates, 'content/stories/the-files.mdx': story(frontmatter, body) })).toEqual([
      'content/stories/the-files.mdx: line 8: <Fact>: the Fact prints the figure with its "%" sign already: remove the "%" after it',
      'content/stories/the-files.mdx: line 9: <Fact>: the Fact prints the figure with its "%" sign already: remove the "per cent" after it',
    ]);
  });

  it('tells a figure written as "n/a" or "—" in JSON to be null, and in a CSV to be an empty cell', () => {
    const columns = {
      year: { type: 'integer', description: 'Year' },
      issued: { type: 'integer', description: 'Issued' },
    };
    const gaps = JSON.stringify({
      title: 'Issued',
      description: 'Red notices issued.',
      sources: ['rnm-numbers'],
      license: 'CC BY 4.0',
      updated: '2026-02-01',
      columns,
      rows: [
        { year: 2021, issued: 'n/a' },
        { year: 2022, issued: '—' },
        { year: 2023, issued: 'not reported' },
      ],
    });
    const sheet = JSON.stringify({
      title: 'Issued',
      description: 'Red notices issued.',
      sources: ['rnm-numbers'],
      license: 'CC BY 4.0',
      updated: '2026-02-01',
      columns,
      rows: 'sheet.csv',
    });
    expect(
      messages({ 'data/gaps.json': gaps, 'data/sheet.json': sheet, 'data/sheet.csv': 'year,issued\n2021,N/A\n' }),
    ).toEqual([
      'data/gaps.json: rows[0].issued: expected a whole number or null, got "n/a": write null, without quotes, where the source gives no figure (the row where year is 2021)',
      'data/gaps.json: rows[1].issued: expected a whole number or null, got "—": write null, without quotes, where the source gives no figure (the row where year is 2022)',
      'data/gaps.json: rows[2].issued: expected a whole number or null, got "not reported": write null, without quotes, where the source gives no figure (the row where year is 2023)',
      'data/sheet.csv: line 2: issued: expected a whole number, got "N/A": leave the cell empty for a gap',
    ]);
  });

  it('reads per cent the same way after a Fact, in a unit, after a figure typed as text and as a format: "pct.", "pour cent" with a no-break space', () => {
    const dataset = (columns: object, rows: object[]) =>
      JSON.stringify({
        title: 'Refusal rates',
        description: 'Requests refused, as a share of all requests.',
        sources: ['rnm-numbers'],
        license: 'CC BY 4.0',
        updated: '2026-02-01',
        columns: { year: { type: 'integer', description: 'Year' }, ...columns },
        rows,
      });
    const rates = dataset({ rate: { type: 'number', unit: '%', description: 'Refusal rate' } }, [
      { year: 2021, rate: 5.3 },
    ]);
    const shares = dataset(
      {
        change: { type: 'number', unit: 'pour\u00a0cent', description: 'Change' },
        share: { type: 'number', unit: '%', description: 'Share' },
      },
      [{ year: 2021, change: 1, share: '12 pct' }],
    );
    const body = [
      'In 2021, <Fact dataset="rates" row={2021} column="rate" /> pct. were refused;',
      'it rose by <Fact dataset="rates" row={2021} column="rate" /> percentage points, the <Fact dataset="rates" row={2021} column="rate" /> percentile,',
      'or <Fact dataset="rates" row={2021} column="year" format="pct" />.',
    ].join('\n');
    const frontmatter = 'title: The files\nsummary: What they show.\ndate: 2026-01-26\ndatasets: [rates]';
    const files = {
      'data/rates.json': rates,
      'data/shares.json': shares,
      'content/stories/the-files.mdx': story(frontmatter, body),
    };
    expect(messages(files)).toEqual([
      'data/shares.json: columns.change.unit: "pour\u00a0cent" is a percentage, which only "%" prints as one (39 as "39%"): write "unit": "%"',
      'data/shares.json: rows[0].share: expected a finite number or null, got "12 pct": write the figure without quotes or the % sign, 12, and give the column "unit": "%" (the row where year is 2021)',
      'content/stories/the-files.mdx: line 8: <Fact>: the Fact prints the figure with its "%" sign already: remove the "pct." after it',
      'content/stories/the-files.mdx: line 10: <Fact> format: expected "compact" (15,548 as 15.5k), "decimal" (as 15,548.0) or Intl.NumberFormat options in double braces (format={{ maximumFractionDigits: 0 }}), got "pct": a column whose "unit" is "%" prints its figures as percentages',
    ]);
  });

  it('notes a "%" column written as fractions (0.053 for 5.3%), and not one of small percentages or whole numbers', () => {
    const rates = (values: number[]) =>
      JSON.stringify({
        title: 'Refusal rates',
        description: 'Requests refused, as a share of all requests.',
        sources: ['rnm-numbers'],
        license: 'CC BY 4.0',
        updated: '2026-02-01',
        columns: {
          year: { type: 'integer', description: 'Year' },
          rate: { type: 'number', unit: '%', description: 'Refusal rate' },
        },
        rows: values.map((rate, i) => ({ year: 2020 + i, rate })),
      });
    // Charted by a story, as a dataset no page uses is noted for that.
    const charted = story('title: R\nsummary: S\ndate: 2026-01-26\ndatasets: [rates]');
    expect(
      preflight({ 'data/rates.json': rates([0.028, 0.061, 0.053]), 'content/stories/r.mdx': charted }).notes,
    ).toEqual([
      'data/rates.json: columns.rate: every value is between 0 and 1, and unit "%" prints 0.028 as "0.028%": write percentages (5.3 for 5.3%), not fractions, unless these rates are that small',
    ]);
    expect(preflight({ 'data/rates.json': rates([2.8, 6.1, 0.5]), 'content/stories/r.mdx': charted }).notes).toEqual(
      [],
    );
    expect(preflight({ 'data/rates.json': rates([0, 1, 1]), 'content/stories/r.mdx': charted }).notes).toEqual([]);
  });

  it('stops on two datasets with one title (case and spacing aside), which lists and search could not tell apart', () => {
    const titled = (title: string) => dataset(undefined, { title });
    expect(
      messages({
        'data/notices.json': titled('Red  notices issued PER year'),
        'data/requests.json': titled('Red notices requested per year'),
      }),
    ).toEqual([
      'data/notices.json: title: "Red  notices issued PER year" is also the title of data/issued.json: lists and search name a dataset by its title, so readers could not tell the two apart; give each its own title',
    ]);
  });

  it("stops on new:story's empty authors in a story about to be published, and on a date more than a year ahead", () => {
    expect(
      messages({
        'content/stories/the-files.mdx': story(`${goodFrontmatter}\nauthors: []`),
        // Unsigned on purpose, or still a draft.
        'content/stories/unsigned.mdx': story('title: U\nsummary: S\ndate: 2026-01-26'),
        'content/stories/drafted.mdx': story('title: D\nsummary: S\ndate: 2026-01-26\nauthors: []\ndraft: true'),
        'content/stories/typo.mdx': story('title: T\nsummary: S\ndate: 2027-11-24'),
        'content/stories/held.mdx': story('title: H\nsummary: S\ndate: 2027-11-24\nembargo: 2027-11-24T06:00:00Z'),
        // An embargo that has passed holds nothing back: the page is published now, dated 2062.
        'content/stories/lifted.mdx': story('title: L\nsummary: S\ndate: 2062-11-22\nembargo: 2026-01-01T06:00:00Z'),
        // An embargo ahead: the page is published when it lifts, dated 2062.
        'content/stories/held-typo.mdx': story(
          'title: HT\nsummary: S\ndate: 2062-12-01\nembargo: 2026-12-01T06:00:00Z',
        ),
      }),
    ).toEqual([
      'content/stories/held-typo.mdx: line 4: date: 2062-12-01 is more than a year after its embargo (2026-12-01T06:00:00Z), and the page would be published then with that date: correct the year',
      "content/stories/lifted.mdx: line 4: date: 2062-11-22 is more than a year after this build's moment, and the page would be published now with that date: correct the year, or to hold the page until then, write embargo: 2062-11-22T06:00:00Z (with the hour and offset you mean)",
      "content/stories/typo.mdx: line 4: date: 2027-11-24 is more than a year after this build's moment, and the page would be published now with that date: correct the year, or to hold the page until then, write embargo: 2027-11-24T06:00:00Z (with the hour and offset you mean)",
      'content/stories/the-files.mdx: line 6: authors: empty: the story would be published without a byline: write who wrote it, authors: ["A. Reporter"] (or remove the line for a story signed by no one)',
    ]);
  });

  it("reports a lang that contradicts the folder before rendering; a translation may list its original's earlier corrections", () => {
    const out = messages({
      'content/stories/french.mdx': story('title: F\nsummary: S\ndate: 2026-01-26\nlang: fr'),
      'content/stories/fr/the-files.mdx': story(
        'title: T\nsummary: S\ndate: 2026-03-20\ncorrections:\n  - { date: 2026-03-05, text: Copied from the original. }\n  - { date: 2026-01-02, text: Before both. }',
      ),
    });
    expect(out).toEqual([
      'content/stories/french.mdx: line 5: lang: "fr" does not match the file\'s folder (content/stories/ holds en pages): move the file to content/stories/fr/',
      'content/stories/fr/the-files.mdx: line 7: corrections[1].date: 2026-01-02 is before the date of its original content/stories/the-files.mdx, 2026-01-26: expected a day on or after it',
    ]);
  });

  it('reports an update or a correction dated before the page, and a source date that is no date', () => {
    const out = messages({
      'content/stories/the-files.mdx': story(
        `${goodFrontmatter}\nupdated: 2026-01-20\ncorrections:\n  - { date: 2026-02-01, text: Fine. }\n  - { date: 2025-02-02, text: A year too early. }`,
      ),
      'data/sources.json': sources.replace('"date":"2025"', '"date":"2025-13"'),
    });
    expect(out).toEqual([
      'data/sources.json: rnm-numbers.date: expected a real date written as YYYY, YYYY-MM or YYYY-MM-DD (a month from 01 to 12, a day the month has), got "2025-13": no month 13: months run from 01 to 12',
      "content/stories/the-files.mdx: line 6: updated: 2026-01-20 is before the page's date, 2026-01-26: expected a day on or after it",
      "content/stories/the-files.mdx: line 9: corrections[1].date: 2025-02-02 is before the page's date, 2026-01-26: expected a day on or after it",
    ]);
  });

  it('reports an update dated before the page in the same round as the other problems of its frontmatter', () => {
    // Three problems the schema finds leave the page out of the project until fixed: the update was said only then.
    const out = messages({
      'content/stories/the-files.mdx': story(
        `${goodFrontmatter.replace('summary: What they show.', 'summary: ""')}\nupdated: 2026-01-20\ncountries: [Russia]\ntagz: [ccf]`,
      ),
      // A date the schema refuses is its to report, not compared.
      'content/stories/other.mdx': story('title: O\nsummary: S\ndate: 2026-02-30\nupdated: 2026-01-20'),
    });
    expect(out.filter((message) => message.includes('updated:'))).toEqual([
      "content/stories/the-files.mdx: line 6: updated: 2026-01-20 is before the page's date, 2026-01-26: expected a day on or after it",
    ]);
    expect(out.filter((message) => message.startsWith('content/stories/the-files.mdx'))).toHaveLength(4);
    expect(out.filter((message) => message.startsWith('content/stories/other.mdx'))).toEqual([
      expect.stringMatching(/^content\/stories\/other\.mdx: line 4: date: expected a real calendar date/),
    ]);
  });

  it("tells a source's date written otherwise the date to write, as a dataset's date is told", () => {
    expect(messages({ 'data/sources.json': sources.replace('"date":"2025"', '"date":"05/2025"') })).toEqual([
      'data/sources.json: rnm-numbers.date: expected a date written as YYYY, YYYY-MM or YYYY-MM-DD, got "05/2025": write 2025-05',
    ]);
  });

  it("tells a page's title, summary or subject left empty what to write there, not only that it is empty", () => {
    const summary =
      'a sentence or two on what the page shows, printed under the headline, in lists and in search results';
    expect(
      messages({
        'content/stories/the-files.mdx': story('title: ""\nsummary: "  "\ndate: 2026-01-26'),
        'content/cases/the-case.mdx': story(
          "title: The case\nsummary:\ndate: 2026-01-26\nsubject: ''\ncountry: RU\nstatus: active\nnotice: red-notice",
        ),
      }),
    ).toEqual([
      "content/stories/the-files.mdx: line 2: title: expected text, got an empty string: write the page's headline",
      'content/stories/the-files.mdx: line 3: summary: expected text, got an empty string: write ' + summary,
      'content/cases/the-case.mdx: line 3: summary: expected text, got nothing (an empty value): write ' + summary,
      'content/cases/the-case.mdx: line 5: subject: expected text, got an empty string: write the name of the person or group the case is about',
    ]);
  });

  it('reports a missing required field, pointing at the frontmatter it is missing from, as other fields name their line', () => {
    expect(messages({ 'content/stories/the-files.mdx': story('title: The files\ndate: 2026-01-26') })).toEqual([
      'content/stories/the-files.mdx: lines 1–4: summary: missing: expected text, a sentence or two on what the page shows, printed under the headline, in lists and in search results',
    ]);
    // Blank lines before the opening "---" (which Astro allows) move the block; errors stay in line order.
    expect(
      messages({ 'content/stories/the-files.mdx': '\n---\ndate: 2026-01-26\ntags: [Red Notices]\n---\n\nText.\n' }),
    ).toEqual([
      "content/stories/the-files.mdx: lines 2–5: title: missing: expected text, the page's headline",
      'content/stories/the-files.mdx: lines 2–5: summary: missing: expected text, a sentence or two on what the page shows, printed under the headline, in lists and in search results',
      'content/stories/the-files.mdx: line 4: tags[0]: expected an identifier of lower-case letters, digits and hyphens, got "Red Notices": write "red-notices"',
    ]);
    // A field missing from a list's item: the item's line.
    expect(
      messages({
        'content/stories/the-files.mdx': story(`${goodFrontmatter}\ncorrections:\n  - text: Fixed a figure.`),
      }),
    ).toEqual([
      'content/stories/the-files.mdx: line 7: corrections[0].date: missing: expected a date written as YYYY-MM-DD',
    ]);
  });

  it("says what a dataset's missing title, description, licence and date are for, as a page's missing fields are", () => {
    const missing = { title: undefined, description: undefined, license: undefined, updated: undefined };
    expect(messages({ 'data/issued.json': dataset(undefined, missing) })).toEqual([
      "data/issued.json: title: missing: expected text, the dataset's name, the heading of its page and its entry in the data catalog and search",
      'data/issued.json: description: missing: expected text, what the dataset counts, how, and its limits, in a paragraph',
      'data/issued.json: license: missing: expected text, the licence of the data as republished here, e.g. "CC BY 4.0"',
      'data/issued.json: updated: missing: expected a date written as YYYY-MM-DD, the day the dataset was last checked against its sources, e.g. "2026-02-01"',
    ]);
  });

  it('says in words what most often breaks frontmatter: a colon in an unquoted value, a quote left open', () => {
    expect(
      messages({
        'content/stories/the-files.mdx':
          '---\ntitle: How the watchdog works: a guide\nsummary: S\ndate: 2026-01-26\n---\n\nText.\n',
      }),
    ).toEqual([
      'content/stories/the-files.mdx: frontmatter: malformed YAML at line 2: the value of title has ": " in it: put it in quotes, title: "How the watchdog works: a guide"',
    ]);
    expect(
      messages({
        'content/stories/the-files.mdx': '---\ntitle: T\nsummary: "It\'s unclosed\ndate: 2026-01-26\n---\n\nText.\n',
      }),
    ).toEqual([
      'content/stories/the-files.mdx: frontmatter: malformed YAML at line 3: the value of summary opens a double quote and never closes it: end it with "',
    ]);
    // A quoted value that spans lines, closed further down, is valid YAML.
    expect(
      messages({
        'content/stories/the-files.mdx':
          '---\ntitle: T\nsummary: "A long\n  summary"\ndate: 2026-01-26\n---\n\nText.\n',
      }),
    ).toEqual([]);
  });

  it('says where a tab is, which YAML does not read as a space: after a colon or a dash, or indenting a line', () => {
    const page = (frontmatter: string) => ({ 'content/stories/the-files.mdx': `---\n${frontmatter}\n---\n\nText.\n` });
    expect(messages(page('title: T\nsummary: S\ndate: 2026-01-26\ncountries:\t[RU, TJ]'))).toEqual([
      'content/stories/the-files.mdx: frontmatter: malformed YAML at line 5: a tab after "countries:": YAML reads spaces only, after a colon or a dash and to indent: replace the tab with a space',
    ]);
    expect(
      messages(page('title: T\nsummary: S\ndate: 2026-01-26\ncorrections:\n\t- { date: 2026-02-01, text: "A fix." }')),
    ).toEqual([
      'content/stories/the-files.mdx: frontmatter: malformed YAML at line 6: a tab indents the line: YAML reads spaces only, after a colon or a dash and to indent: replace the tab with spaces (two)',
    ]);
    // A tab inside a quoted value is text, and valid YAML.
    expect(messages(page('title: "T\tabbed"\nsummary: S\ndate: 2026-01-26'))).toEqual([]);
  });

  it('tells a list written where one value is expected (country: [RU], as a story writes countries:) the value to write', () => {
    expect(
      messages({
        'content/cases/one.mdx':
          '---\ntitle: One\nsummary: S\nsubject: Someone\ncountry: [RU]\nstatus: active\nnotice: red-notice\ndate: 2026-01-01\n---\n\nText.\n',
        'content/cases/two.mdx':
          '---\ntitle: Two\nsummary: S\nsubject: Someone\ncountry: [RU, TR]\nstatus: active\nnotice: red-notice\ndate: 2026-01-01\n---\n\nText.\n',
        'content/stories/bracketed.mdx': story('title: [Update]\nsummary: S\ndate: 2026-01-26'),
      }),
    ).toEqual([
      'content/stories/bracketed.mdx: line 2: title: expected text, got a list, [Update]: it takes one value, without brackets: write title: Update (or, to print the brackets, title: "[Update]")',
      'content/cases/one.mdx: line 5: country: expected an ISO 3166-1 alpha-2 country code such as "RU", got a list, [RU]: it takes one value, without brackets: write country: RU',
      'content/cases/two.mdx: line 5: country: expected an ISO 3166-1 alpha-2 country code such as "RU", got a list, [RU, TR]: it takes one value: write country: RU, or the one meant',
    ]);
  });

  it('reports a wrong type', () => {
    expect(messages({ 'content/stories/the-files.mdx': story(`${goodFrontmatter}\ndraft: "yes"`) })).toEqual([
      'content/stories/the-files.mdx: line 6: draft: expected true or false, got "yes": write true',
    ]);
  });

  it("says a refused request is a case's status, not what was sought", () => {
    const caseFile = story(
      'title: K\nsummary: S\ndate: 2025-06-01\nsubject: A. Person\ncountry: KG\nstatus: refused\nnotice: request-refused',
    );
    expect(messages({ 'content/cases/kloop.mdx': caseFile })).toEqual([
      'content/cases/kloop.mdx: line 8: notice: expected what was sought (red-notice or red-diffusion): a refusal is the status, status: refused',
    ]);
  });

  it('says to write a country code in capitals when that is all that is wrong', () => {
    expect(messages({ 'content/stories/the-files.mdx': story(`${goodFrontmatter}\ncountries: [ru, XX]`) })).toEqual([
      'content/stories/the-files.mdx: line 6: countries[0]: expected an ISO 3166-1 alpha-2 country code such as "RU", got "ru": write it in capitals, "RU"',
      'content/stories/the-files.mdx: line 6: countries[1]: expected an ISO 3166-1 alpha-2 country code such as "RU", got "XX"',
    ]);
  });

  it('refuses a name, country, tag or dataset listed twice, which the page would print twice', () => {
    const frontmatter =
      "title: The files\nsummary: What they show.\ndate: 2026-01-26\ndatasets: [issued, issued]\nauthors: ['A. Reporter', 'B. Writer', 'A. Reporter ']\ncountries: [RU, TJ, RU]\ntags: [leak, leak]";
    expect(messages({ 'content/stories/the-files.mdx': story(frontmatter) })).toEqual([
      'content/stories/the-files.mdx: line 5: datasets[1]: "issued" is listed twice (as datasets[0] too): keep one',
      'content/stories/the-files.mdx: line 6: authors[2]: "A. Reporter" is listed twice (as authors[0] too): keep one',
      'content/stories/the-files.mdx: line 7: countries[2]: "RU" is listed twice (as countries[0] too): keep one',
      'content/stories/the-files.mdx: line 8: tags[1]: "leak" is listed twice (as tags[0] too): keep one',
    ]);
  });

  it('reports an invalid date', () => {
    expect(messages({ 'content/stories/the-files.mdx': story('title: T\nsummary: S\ndate: 2026-02-31') })).toEqual([
      'content/stories/the-files.mdx: line 4: date: expected a real calendar date written as YYYY-MM-DD, got "2026-02-31" (no such day)',
    ]);
    expect(messages({ 'content/stories/the-files.mdx': story('title: T\nsummary: S\ndate: last week') })).toEqual([
      'content/stories/the-files.mdx: line 4: date: expected a date written as YYYY-MM-DD, got "last week"',
    ]);
    expect(messages({ 'content/stories/the-files.mdx': story('title: T\nsummary: S\ndate:') })).toEqual([
      'content/stories/the-files.mdx: line 4: date: expected a date written as YYYY-MM-DD, got nothing (an empty value)',
    ]);
    // A month past 12 (it crashed the check with a RangeError and no file name).
    expect(messages({ 'content/stories/the-files.mdx': story('title: T\nsummary: S\ndate: 2026-13-02') })).toEqual([
      'content/stories/the-files.mdx: line 4: date: expected a real calendar date written as YYYY-MM-DD, got "2026-13-02" (no month 13: the month comes second: did you mean 2026-02-13?)',
    ]);
    expect(messages({ 'data/issued.json': dataset(undefined, { updated: '2026-13-01' }) })).toEqual([
      'data/issued.json: updated: expected a real calendar date written as YYYY-MM-DD, got "2026-13-01" (no month 13: the month comes second: did you mean 2026-01-13?)',
    ]);
  });

  it('reports a date cell that is no date with what is wrong, in the words of a frontmatter date: a day the month does not have, a month past 12', () => {
    const json = JSON.parse(dataset()) as { columns: Record<string, object>; rows: Record<string, unknown>[] };
    json.columns.snapshot = { type: 'date', description: 'When counted' };
    json.rows = ['2019-02-28', '2019-02-30', '2019-13', '2019-00', '2019', '2026-25-11'].map((snapshot, i) => ({
      year: 2019 + i,
      issued: 1,
      source: 'rnm-numbers',
      snapshot,
    }));
    expect(messages({ 'data/issued.json': JSON.stringify(json) })).toEqual([
      'data/issued.json: rows[1].snapshot: expected a real date written YYYY-MM-DD, YYYY-MM or YYYY or null, got "2019-02-30": no such day (the row where year is 2020)',
      'data/issued.json: rows[2].snapshot: expected a real date written YYYY-MM-DD, YYYY-MM or YYYY or null, got "2019-13": no month 13: months run from 01 to 12 (the row where year is 2021)',
      'data/issued.json: rows[3].snapshot: expected a real date written YYYY-MM-DD, YYYY-MM or YYYY or null, got "2019-00": no month 00: months run from 01 to 12 (the row where year is 2022)',
      'data/issued.json: rows[5].snapshot: expected a real date written YYYY-MM-DD, YYYY-MM or YYYY or null, got "2026-25-11": no month 25: the month comes second: did you mean 2026-11-25? (the row where year is 2024)',
    ]);
  });

  it('tells a date cell written otherwise the date to write, as a frontmatter date is told', () => {
    const json = JSON.parse(dataset()) as { columns: Record<string, object>; rows: Record<string, unknown>[] };
    json.columns.snapshot = { type: 'date', description: 'When counted' };
    json.rows = ['05/12/2026', '5 December 2026', '2026-12-05T10:00:00Z', '2019-3', '03/2019', 'last week'].map(
      (snapshot, i) => ({ year: 2019 + i, issued: 1, source: 'rnm-numbers', snapshot }),
    );
    expect(messages({ 'data/issued.json': JSON.stringify(json) })).toEqual([
      'data/issued.json: rows[0].snapshot: expected a real date written YYYY-MM-DD, YYYY-MM or YYYY or null, got "05/12/2026": write 2026-12-05 if the day comes first, 2026-05-12 if the month does (the row where year is 2019)',
      'data/issued.json: rows[1].snapshot: expected a real date written YYYY-MM-DD, YYYY-MM or YYYY or null, got "5 December 2026": write 2026-12-05 (the row where year is 2020)',
      'data/issued.json: rows[2].snapshot: expected a real date written YYYY-MM-DD, YYYY-MM or YYYY or null, got "2026-12-05T10:00:00Z": write 2026-12-05, the day without its time (the row where year is 2021)',
      'data/issued.json: rows[3].snapshot: expected a real date written YYYY-MM-DD, YYYY-MM or YYYY or null, got "2019-3": write 2019-03 (the row where year is 2022)',
      'data/issued.json: rows[4].snapshot: expected a real date written YYYY-MM-DD, YYYY-MM or YYYY or null, got "03/2019": write 2019-03 (the row where year is 2023)',
      'data/issued.json: rows[5].snapshot: expected a real date written YYYY-MM-DD, YYYY-MM or YYYY or null, got "last week" (the row where year is 2024)',
    ]);
  });

  it('tells a cell what to write when a year is written as a number in a date column, or yes and no in a true/false one', () => {
    const json = JSON.parse(dataset()) as { columns: Record<string, object>; rows: Record<string, unknown>[] };
    json.columns.snapshot = { type: 'date', description: 'When counted' };
    json.columns.public = { type: 'boolean', description: 'Published' };
    json.rows = [
      { year: 2023, issued: 1, source: 'rnm-numbers', snapshot: 2019, public: 'yes' },
      { year: 2024, issued: 1, source: 'rnm-numbers', snapshot: '2019', public: 'false' },
    ];
    expect(messages({ 'data/issued.json': JSON.stringify(json) })).toEqual([
      'data/issued.json: rows[0].snapshot: expected a real date written YYYY-MM-DD, YYYY-MM or YYYY or null, got 2019: a date is text: write it in quotes, "2019" (the row where year is 2023)',
      'data/issued.json: rows[0].public: expected true or false or null, got "yes": write true (the row where year is 2023)',
      'data/issued.json: rows[1].public: expected true or false or null, got "false": write it without quotes, false (the row where year is 2024)',
    ]);
  });

  it('reads a figure typed with a minus sign (−5, as word processors write it) and says to type it with a hyphen', () => {
    expect(messages({ 'data/issued.json': dataset([{ year: 2024, issued: '−5', source: 'rnm-numbers' }]) })).toEqual([
      'data/issued.json: rows[0].issued: expected a whole number or null, got "−5": write the figure without quotes, with a hyphen for its minus sign, -5 (the row where year is 2024)',
    ]);
  });

  it('says of a figure too large for a number that it is one, not "got null" as JSON writes infinity', () => {
    expect(messages({ 'data/issued.json': dataset().replace('"issued":15548', '"issued":1e400') })).toEqual([
      'data/issued.json: rows[0].issued: expected a whole number or null, got a number too large to be a figure, which JSON reads as infinity (the row where year is 2024)',
    ]);
  });

  it('names the reference meant by a misspelt "ref"', () => {
    const json = JSON.parse(dataset()) as { columns: Record<string, Record<string, unknown>> };
    json.columns.source!.ref = 'sources';
    expect(messages({ 'data/issued.json': JSON.stringify(json) })).toEqual([
      'data/issued.json: columns.source.ref: expected one of source, country, got "sources": did you mean "source"?',
    ]);
  });

  it('tells a <Fact> without its column which to name, and one with a format it does not know the ones it does', () => {
    const body = [
      'In <Fact dataset="issued" row={2024} />.',
      '',
      'In <Fact dataset="issued" row={2024} column="issued" format="percent" />.',
      '',
      'In <Fact dataset="issued" row={2024} column="issued" format="compact" /> and <Fact dataset="issued" row={2024} column="issued" format={{ "minimumIntegerDigits": 6 }} />.',
    ].join('\n');
    expect(messages({ 'content/stories/the-files.mdx': story(goodFrontmatter, body) })).toEqual([
      'content/stories/the-files.mdx: line 8: <Fact> column: missing: expected the column whose figure to print, e.g. column="issued" (columns: year, issued, source)',
      'content/stories/the-files.mdx: line 10: <Fact> format: expected "compact" (15,548 as 15.5k), "decimal" (as 15,548.0) or Intl.NumberFormat options in double braces (format={{ maximumFractionDigits: 0 }}), got "percent": a column whose "unit" is "%" prints its figures as percentages',
    ]);
  });

  it('tells a <Fact> whose row or column has a space at an end that the dataset has it without the space', () => {
    const body = [
      'In <Fact dataset="issued" row="2024 " column="issued" />.',
      '',
      'In <Fact dataset="issued" row={2024} column=" issued" />.',
      '',
      'In <Fact dataset="issued" row={" 2024 "} column="year " />.',
    ].join('\n');
    expect(messages({ 'content/stories/the-files.mdx': story(goodFrontmatter, body) })).toEqual([
      'content/stories/the-files.mdx: line 8: <Fact> row: dataset "issued" has no row with year = "2024 ": the row is 2024, without the space after it: write row="2024" (rows: 2024)',
      'content/stories/the-files.mdx: line 10: <Fact> column: dataset "issued" has no column " issued": the column is "issued", without the space before it: write "issued" (columns: year, issued, source)',
      'content/stories/the-files.mdx: line 12: <Fact> column: dataset "issued" has no column "year ": the column is "year", without the space after it: write "year" (columns: year, issued, source)',
      'content/stories/the-files.mdx: line 12: <Fact> row: dataset "issued" has no row with year = " 2024 ": the row is 2024, without the spaces around it: write row="2024" (rows: 2024)',
    ]);
  });

  it("tells an id written as its file's path the id, and a translation naming a translation's file its original's", () => {
    const fr = (key: string) => story(`title: Les dossiers\nsummary: S.\ndate: 2026-01-26\ntranslationKey: ${key}`);
    expect(
      messages({
        'content/stories/the-files.mdx': story(goodFrontmatter.replace('[issued]', '[data/issued.json]')),
        'content/stories/fr/les-dossiers.mdx': fr('content/stories/the-files.mdx'),
        'content/stories/fr/dossiers.mdx': fr('fr/les-dossiers.mdx'),
      }),
    ).toEqual([
      'content/stories/fr/dossiers.mdx: line 5: translationKey: expected an identifier of lower-case letters, digits and hyphens, got "fr/les-dossiers.mdx", a file in a language folder: write the file name of the original it translates, without its folder or ".mdx" (x for content/stories/x.mdx)',
      'content/stories/fr/les-dossiers.mdx: line 5: translationKey: expected an identifier of lower-case letters, digits and hyphens, got "content/stories/the-files.mdx": write "the-files", the file\'s name without its folder or extension',
      'content/stories/the-files.mdx: line 5: datasets[0]: expected an identifier of lower-case letters, digits and hyphens, got "data/issued.json": write "issued", the file\'s name without its folder or extension',
    ]);
  });

  it("stops on a link or an image at an address of the writer's computer, which no reader can open, with what to write", () => {
    const body = [
      'See [the draft](http://localhost:4321/stories/the-files/#method) and <http://127.0.0.1:4321/data/issued/>.',
      '',
      '![The hearing](file:///C:/Users/ana/Desktop/hearing.jpg)',
      '',
      '![The court](/Users/ana/Desktop/court.jpg) and [the ruling](file:///home/ana/ruling.pdf).',
      '',
      '<img src="C:\\Users\\ana\\map.png" alt="A map of the requests" />',
      '',
      'In code, `http://localhost:4321/` is the dev server.',
    ].join('\n');
    expect(messages({ 'content/stories/the-files.mdx': story(goodFrontmatter, body) })).toEqual([
      "content/stories/the-files.mdx: line 8: link: http://localhost:4321/stories/the-files/#method is an address of your own computer (the dev server's), which no reader can open: write /stories/the-files/#method",
      "content/stories/the-files.mdx: line 8: link: http://127.0.0.1:4321/data/issued/ is an address of your own computer (the dev server's), which no reader can open: write /data/issued/",
      'content/stories/the-files.mdx: line 8: <http://127.0.0.1:4321/data/issued/>: MDX has no links in angle brackets, and stops the build: write [127.0.0.1:4321/data/issued/](http://127.0.0.1:4321/data/issued/)',
      'content/stories/the-files.mdx: line 10: image: file:///C:/Users/ana/Desktop/hearing.jpg is a file on your computer, which no reader can open: put the image beside the page and write ./hearing.jpg',
      'content/stories/the-files.mdx: line 12: image: /Users/ana/Desktop/court.jpg is a file on your computer, which no reader can open: put the image beside the page and write ./court.jpg',
      'content/stories/the-files.mdx: line 12: link: file:///home/ana/ruling.pdf is a file on your computer, which no reader can open: link the address where it is published, or put it in public/ and write /ruling.pdf',
      'content/stories/the-files.mdx: line 14: image: C:\\Users\\ana\\map.png is a file on your computer, which no reader can open: put the image beside the page and write ./map.png',
    ]);
  });

  it('leaves an address of a computer that a story shows as text alone: in <code>, or a file: URL in a sentence', () => {
    const body = [
      'The panel was at <code>http://localhost:8080/admin</code>, and <pre>curl http://127.0.0.1:9200/_cat</pre>.',
      '',
      'The document names its origin, file:///C:/Users/ana/notice.docx, in its metadata.',
      '',
      'Its index answered at http://localhost:9200, to anyone.',
    ].join('\n');
    expect(messages({ 'content/stories/the-files.mdx': story(goodFrontmatter, body) })).toEqual([
      "content/stories/the-files.mdx: line 12: link: http://localhost:9200 is an address of your own computer (the dev server's), which no reader can open, and an address in the text is published as a link: to show it as text, write it in backquotes, `http://localhost:9200`; to link a page of this site, write /",
    ]);
  });

  it("tells a link to the site's own address, written whole (http or https), the address to write from its root", () => {
    // The site's address is tests' own (site.config.ts: placeholderUrl, https://casefile.example.org).
    const body = [
      'See [the method](http://casefile.example.org/methodology/#sources) and',
      '[the story](https://www.casefile.example.org/stories/nope/), not [another site](https://example.org/).',
    ].join('\n');
    const why = "this site's own address, written whole: a link within the site is written from its root, and checked";
    expect(messages({ 'content/stories/the-files.mdx': story(goodFrontmatter, body) })).toEqual([
      `content/stories/the-files.mdx: line 8: link: http://casefile.example.org/methodology/#sources is ${why}: write /methodology/#sources`,
      `content/stories/the-files.mdx: line 9: link: https://www.casefile.example.org/stories/nope/ is ${why}: write /stories/nope/`,
    ]);
  });

  it("tells the site's own address written in the text, which Markdown links, the path without the sentence's comma", () => {
    const body =
      'Read the method at https://casefile.example.org/methodology/, or the feed at https://casefile.example.org/rss.xml.';
    const why = "this site's own address, written whole: a link within the site is written from its root, and checked";
    expect(messages({ 'content/stories/the-files.mdx': story(goodFrontmatter, body) })).toEqual([
      `content/stories/the-files.mdx: line 8: link: https://casefile.example.org/methodology/ is ${why}: write /methodology/`,
      `content/stories/the-files.mdx: line 8: link: https://casefile.example.org/rss.xml is ${why}: write /rss.xml`,
    ]);
  });

  it("leaves the site's own address alone where a story shows it in <code> or <pre>, as text", () => {
    const body =
      'Our address, <code>https://casefile.example.org/</code>, and <pre>https://casefile.example.org/rss.xml</pre>.';
    expect(messages({ 'content/stories/the-files.mdx': story(goodFrontmatter, body) })).toEqual([]);
  });

  it("on a site served below a folder, leaves a link to another part of its host alone: the newsroom's own site", () => {
    const body = [
      'We reported [in 2024](https://newsroom.example.org/2024/03/interpol/) ([archive](https://www.newsroom.example.org/)).',
      'The [method](https://newsroom.example.org/investigations/methodology/) is ours.',
    ].join('\n');
    const fixture = minimalSite();
    fixture.write('content/stories/the-files.mdx', story(goodFrontmatter, body));
    const below = (url: string) => validateProject(fixture.root, now, false, url).errors.map((error) => error.message);
    const why = "this site's own address, written whole: a link within the site is written from its root, and checked";
    expect(below('https://newsroom.example.org/investigations/')).toEqual([
      `content/stories/the-files.mdx: line 9: link: https://newsroom.example.org/investigations/methodology/ is ${why}: write /methodology/`,
    ]);
  });

  it('tells a link to another site written without https:// that it would be read as a page of this one', () => {
    const body = [
      'See [the report](www.fairtrials.org/report) and <a href="fairtrials.org/campaigns/interpol">the campaign</a>.',
      '',
      'The [method](methodology.md) and [a photo](photo.jpg) are files, not sites.',
    ].join('\n');
    expect(messages({ 'content/stories/the-files.mdx': story(goodFrontmatter, body) })).toEqual([
      'content/stories/the-files.mdx: line 8: link: www.fairtrials.org/report: without https://, an address is read as a page of this site (/stories/the-files/www.fairtrials.org/report): write https://www.fairtrials.org/report',
      'content/stories/the-files.mdx: line 8: link: fairtrials.org/campaigns/interpol: without https://, an address is read as a page of this site (/stories/the-files/fairtrials.org/campaigns/interpol): write https://fairtrials.org/campaigns/interpol',
      "content/stories/the-files.mdx: line 10: link: methodology.md: links go to pages, not to their files: write the page's address from the site's root, e.g. /stories/<file name>/",
    ]);
  });

  it("tells a link to a site at a country's ending (.ua, .kz) written without https:// the address to write", () => {
    const body = [
      'See [the article](pravda.com.ua/news/2024/1/1/) and <a href="tengrinews.kz/kazakhstan_news/1">the report</a>.',
      '',
      'The [notes](README.en.md), [the script](run.sh) and [its usage](run.sh#usage) are files, not sites,',
      'and so is [the method](methodology.md#sources): a file is followed by its anchor or query, a site by its path.',
    ].join('\n');
    expect(messages({ 'content/stories/the-files.mdx': story(goodFrontmatter, body) })).toEqual([
      'content/stories/the-files.mdx: line 8: link: pravda.com.ua/news/2024/1/1/: without https://, an address is read as a page of this site (/stories/the-files/pravda.com.ua/news/2024/1/1/): write https://pravda.com.ua/news/2024/1/1/',
      'content/stories/the-files.mdx: line 8: link: tengrinews.kz/kazakhstan_news/1: without https://, an address is read as a page of this site (/stories/the-files/tengrinews.kz/kazakhstan_news/1): write https://tengrinews.kz/kazakhstan_news/1',
      "content/stories/the-files.mdx: line 10: link: README.en.md: links go to pages, not to their files: write the page's address from the site's root, e.g. /stories/<file name>/",
      "content/stories/the-files.mdx: line 11: link: methodology.md#sources: links go to pages, not to their files: write the page's address from the site's root, e.g. /stories/<file name>/",
    ]);
  });

  it('stops on a heading with no words (an emoji, a dash, nothing), which a screen reader lists as a section of no name', () => {
    const body = [
      'Text.',
      '',
      '## 🔎',
      '',
      'More.',
      '',
      '## ',
      '',
      '### — ###',
      '',
      '## 2024 🔎',
      '',
      '`## code`',
    ].join('\n');
    expect(messages({ 'content/stories/the-files.mdx': story(goodFrontmatter, body) })).toEqual([
      "content/stories/the-files.mdx: line 10: ## 🔎: a heading with no words: screen readers list a page's sections by their headings, and the section gets no address to link to: write what the section is about",
      "content/stories/the-files.mdx: line 14: ##: an empty heading: screen readers list a page's sections by their headings, and the section gets no address to link to: write what the section is about, or remove the ##",
      "content/stories/the-files.mdx: line 16: ### —: a heading with no words: screen readers list a page's sections by their headings, and the section gets no address to link to: write what the section is about",
    ]);
  });

  it("stops on a heading whose address the page's layout uses (## Main is #main), at the heading's line", () => {
    const body = [
      'Text.',
      '',
      '## Main',
      '',
      '## Main findings',
      '',
      '### Related *heading*',
      '',
      '## Source: rnm-numbers',
      '',
      '## Chart 2 summary',
      '',
      '```md',
      '## Main',
      '```',
    ].join('\n');
    const reword =
      'reword the heading (its address is its words, in small letters joined by hyphens), e.g. with a word more';
    expect(messages({ 'content/stories/the-files.mdx': story(goodFrontmatter, body) })).toEqual([
      `content/stories/the-files.mdx: line 10: ## Main: its address, #main, is taken on the page by the page's text, which the link that skips the navigation goes to: ${reword}`,
      `content/stories/the-files.mdx: line 14: ### Related *heading*: its address, #related-heading, is taken on the page by the heading of the related pages: ${reword}`,
      `content/stories/the-files.mdx: line 16: ## Source: rnm-numbers: its address, #source-rnm-numbers, is taken on the page by a source's entry in the page's list of sources (source-<source id>): ${reword}`,
      `content/stories/the-files.mdx: line 18: ## Chart 2 summary: its address, #chart-2-summary, is taken on the page by a chart's title or summary (chart-<n>-title): ${reword}`,
    ]);
  });

  it('tells a chart or a Fact naming a column of another dataset which dataset has it', () => {
    const other = dataset([{ year: 2024, refused: 3, source: 'rnm-numbers' }], {
      title: 'Refusals',
      columns: {
        year: { type: 'integer', description: 'Year' },
        refused: { type: 'integer', unit: 'requests', description: 'Requests refused' },
        source: { type: 'string', ref: 'source', description: 'Source' },
      },
    });
    const body = [
      '<Chart dataset="issued" type="line" x="year" y="refused" title="Refused" />',
      '',
      'In <Fact dataset="issued" row={2024} column="refused" />.',
    ].join('\n');
    expect(
      messages({ 'data/refusals.json': other, 'content/stories/the-files.mdx': story(goodFrontmatter, body) }),
    ).toEqual([
      'content/stories/the-files.mdx: line 8: <Chart> "Refused" y: the dataset has no column "refused" (columns: year, issued, source): dataset "refusals" has it: write dataset="refusals"',
      'content/stories/the-files.mdx: line 10: <Fact> column: dataset "issued" has no column "refused" (columns: year, issued, source): dataset "refusals" has it: write dataset="refusals"',
    ]);
  });

  it("lists a chart's own dataset's columns before the other datasets that have the column it names", () => {
    const withCount = (title: string) =>
      dataset([{ year: 2024, count: 3, source: 'rnm-numbers' }], {
        title,
        columns: {
          year: { type: 'integer', description: 'Year' },
          count: { type: 'integer', unit: 'requests', description: 'Requests' },
          source: { type: 'string', ref: 'source', description: 'Source' },
        },
      });
    const body = '<Chart dataset="issued" type="line" x="year" y="count" title="Counted" />';
    expect(
      messages({
        'data/refusals.json': withCount('Refusals'),
        'data/deletions.json': withCount('Deletions'),
        'content/stories/the-files.mdx': story(goodFrontmatter, body),
      }),
    ).toEqual([
      'content/stories/the-files.mdx: line 8: <Chart> "Counted" y: the dataset has no column "count" (columns: year, issued, source): datasets "deletions" and "refusals" have it',
    ]);
  });

  it('stops on a link whose words name nothing ("click here", "ici"), as prose writes them, not a name in capitals (HERE)', () => {
    const body = [
      'For the method, [click here](/methodology/). The report is [here](https://example.org/report).',
      '',
      'La méthode : <a href="/fr/methodology/">ici</a>. [The methodology](/methodology/) says more.',
      '',
      'Maps by [HERE](https://www.here.com/), the company; [Here](/methodology/) at the start of a sentence.',
    ].join('\n');
    const why =
      "screen readers list a page's links by their words alone, and these name nothing: link the words that say what it opens";
    expect(messages({ 'content/stories/the-files.mdx': story(goodFrontmatter, body) })).toEqual([
      `content/stories/the-files.mdx: line 8: link "click here": ${why}, e.g. [the methodology](/methodology/)`,
      `content/stories/the-files.mdx: line 8: link "here": ${why}, e.g. [the methodology](/methodology/)`,
      `content/stories/the-files.mdx: line 10: link "ici": ${why}, e.g. [the methodology](/methodology/)`,
      `content/stories/the-files.mdx: line 12: link "Here": ${why}, e.g. [the methodology](/methodology/)`,
    ]);
  });

  it('gives a French page an example of link words in French, to its French page', () => {
    const body = 'La méthode est expliquée [ici](/fr/methodology/).';
    const french = story('title: Les dossiers\nsummary: Un résumé.\ndate: 2026-01-26\nlang: fr', body);
    expect(messages({ 'content/stories/fr/the-files.mdx': french })).toEqual([
      `content/stories/fr/the-files.mdx: line 8: link "ici": screen readers list a page's links by their words alone, and these name nothing: link the words that say what it opens, e.g. [la méthodologie](/fr/methodology/)`,
    ]);
  });

  it('names a character that does not show in an id, pasted with it, which the message printed as if it were not there', () => {
    expect(
      messages({
        'content/stories/the-files.mdx': story(
          'title: The files\nsummary: What they show.\ndate: 2026-01-26\ndatasets: [issued\u00a0]',
          'In 2024, <Fact dataset="issued\u200b" row={2024} column="issued" /> notices <Cite id="rnm-numbers\u200b" />.',
        ),
      }),
    ).toEqual([
      'content/stories/the-files.mdx: line 5: datasets[0]: expected an identifier of lower-case letters, digits and hyphens, got "issued\\u00a0" (a no-break space): write "issued"',
      'content/stories/the-files.mdx: line 8: <Fact> dataset: unknown dataset "issued\\u200b" (a zero-width space): write "issued", without the character that does not show',
      'content/stories/the-files.mdx: line 8: <Cite id>: unknown source "rnm-numbers\\u200b" (a zero-width space): write "rnm-numbers", without the character that does not show',
    ]);
  });

  it("tells a <Cite> naming a source by its address or its title the source's id", () => {
    const body = [
      'A claim.<Cite id="https://example.org/numbers" /> Another.<Cite id="http://www.example.org/numbers/" />',
      '',
      'A third.<Cite id="A numbers game, part 2" />',
    ].join('\n');
    expect(messages({ 'content/stories/the-files.mdx': story(goodFrontmatter, body) })).toEqual([
      'content/stories/the-files.mdx: line 8: <Cite id>: unknown source "https://example.org/numbers": that is the address of source "rnm-numbers": write "rnm-numbers"',
      'content/stories/the-files.mdx: line 8: <Cite id>: unknown source "http://www.example.org/numbers/": that is the address of source "rnm-numbers": write "rnm-numbers"',
      'content/stories/the-files.mdx: line 10: <Cite id>: unknown source "A numbers game, part 2": that is the title of source "rnm-numbers": write "rnm-numbers"',
    ]);
  });

  it('tells a component naming a dataset by its file or its address the id to write', () => {
    const body = [
      'In <Fact dataset="data/issued.json" row={2024} column="issued" />.',
      '',
      '<Chart dataset="/data/issued/" type="line" x="year" y="issued" title="T" />',
    ].join('\n');
    expect(messages({ 'content/stories/the-files.mdx': story(goodFrontmatter, body) })).toEqual([
      'content/stories/the-files.mdx: line 8: <Fact> dataset: unknown dataset "data/issued.json": did you mean "issued"? expected one of issued (data/<id>.json)',
      'content/stories/the-files.mdx: line 10: <Chart> "T" dataset: unknown dataset "/data/issued/": did you mean "issued"? expected one of issued (data/<id>.json)',
    ]);
  });

  it('tells a correction written as one line of text to give its date and its text as two fields', () => {
    const corrections = 'corrections:\n  - "2026-02-01: Fixed the year."\n  - Fixed the name.';
    expect(messages({ 'content/stories/the-files.mdx': story(`${goodFrontmatter}\n${corrections}`) })).toEqual([
      'content/stories/the-files.mdx: line 7: corrections[0]: expected a correction with its date and its text, got "2026-02-01: Fixed the year.": write them as two fields, date: 2026-02-01 and text: "Fixed the year."',
      'content/stories/the-files.mdx: line 8: corrections[1]: expected a correction with its date and its text, got "Fixed the name.": write them as two fields, date: YYYY-MM-DD (the day it was published) and text: "Fixed the name."',
    ]);
  });

  it('stops on a correction listed twice, on a page or a dataset, which the feeds would give one guid', () => {
    const twice =
      'corrections:\n  - { date: 2026-02-02, text: "Fixed the year." }\n  - { date: 2026-02-03, text: "Fixed the year." }\n  - { date: 2026-02-02, text: " Fixed  the year." }';
    expect(messages({ 'content/stories/the-files.mdx': story(`${goodFrontmatter}\n${twice}`) })).toEqual([
      'content/stories/the-files.mdx: line 9: corrections[2]: the same correction as corrections[0] (2026-02-02, "Fixed the year."): keep one',
    ]);
    const corrections = [
      { date: '2026-03-01', text: 'Fixed.' },
      { date: '2026-03-01', text: 'Fixed.' },
    ];
    expect(messages({ 'data/issued.json': dataset(undefined, { corrections }) })).toEqual([
      'data/issued.json: corrections[1]: the same correction as corrections[0] (2026-03-01, "Fixed."): keep one',
    ]);
  });

  it('tells a figure typed with its unit what to write, and a country code typed with a space the code', () => {
    const json = JSON.parse(dataset()) as { columns: Record<string, object>; rows: Record<string, unknown>[] };
    json.columns.country = { type: 'string', ref: 'country', description: 'Country' };
    json.columns.share = { type: 'number', unit: '%', description: 'Share' };
    json.rows = [
      { year: 2023, issued: '15,548 notices', source: 'rnm-numbers', country: 'RU ', share: '12 per cent' },
      { year: 2024, issued: 1, source: 'rnm-numbers', country: 'RU', share: 1 },
    ];
    expect(messages({ 'data/issued.json': JSON.stringify(json) })).toEqual([
      'data/issued.json: rows[0].issued: expected a whole number or null, got "15,548 notices": write the figure alone, without quotes, 15548: the column\'s "unit" says what it counts (the row where year is 2023)',
      'data/issued.json: rows[0].country: expected an ISO 3166-1 alpha-2 country code such as "RU", got "RU ": write it without spaces, "RU" (the row where year is 2023)',
      'data/issued.json: rows[0].share: expected a finite number or null, got "12 per cent": write the figure without quotes or the % sign, 12, and give the column "unit": "%" (the row where year is 2023)',
    ]);
  });

  it('tells an empty unit to name the unit or go, and leaves a column without one', () => {
    const json = JSON.parse(dataset()) as { columns: Record<string, object>; rows: Record<string, unknown>[] };
    json.columns.share = { type: 'number', unit: '', description: 'Share' };
    json.columns.rate = { type: 'number', unit: ' ', description: 'Rate' };
    json.columns.rank = { type: 'integer', description: 'Rank' };
    json.rows = [{ year: 2024, issued: 1, source: 'rnm-numbers', share: 12, rate: 3, rank: 1 }];
    expect(messages({ 'data/issued.json': JSON.stringify(json) })).toEqual([
      'data/issued.json: columns.share.unit: expected the unit the figures count, such as "notices" or "%", got an empty one: name the unit, or remove "unit" if the figures have none',
      'data/issued.json: columns.rate.unit: expected the unit the figures count, such as "notices" or "%", got an empty one: name the unit, or remove "unit" if the figures have none',
    ]);
  });

  it('tells a unit written as a word for per cent to write "%", the one unit that prints a percentage, in a column or a row', () => {
    const json = JSON.parse(dataset()) as { columns: Record<string, object>; rows: Record<string, unknown>[] };
    json.columns.share = { type: 'number', unit: 'percent', description: 'Share' };
    json.columns.rate = { type: 'number', unit: ' % ', description: 'Rate' };
    json.columns.points = { type: 'number', unit: 'percentage points', description: 'Change' };
    json.rows = [{ year: 2024, issued: 1, source: 'rnm-numbers', share: 12, rate: 3, points: 2 }];
    // A table of figures whose rows say their unit (headline-figures): the row's unit makes a Fact print "10%".
    const figures = {
      title: 'Headline figures',
      description: 'Single figures.',
      sources: ['rnm-numbers'],
      license: 'CC BY 4.0',
      updated: '2026-02-01',
      columns: {
        id: { type: 'string', description: 'Id' },
        value: { type: 'number', description: 'The figure' },
        unit: { type: 'string', description: 'Its unit' },
        source: { type: 'string', ref: 'source', description: 'Source' },
      },
      rows: [
        { id: 'public-share', value: 10, unit: 'per cent', source: 'rnm-numbers' },
        { id: 'members', value: 196, unit: 'countries', source: 'rnm-numbers' },
      ],
    };
    expect(
      messages({ 'data/issued.json': JSON.stringify(json), 'data/figures.json': JSON.stringify(figures) }),
    ).toEqual([
      'data/figures.json: rows[0].unit: "per cent" is a percentage, which only "%" prints as one (39 as "39%"): write "%" (the row where id is "public-share")',
      'data/issued.json: columns.share.unit: "percent" is a percentage, which only "%" prints as one (39 as "39%"): write "unit": "%"',
      'data/issued.json: columns.rate.unit: expected "%" without spaces around it, got " % ": write "unit": "%"',
    ]);
  });

  it('names the field meant when an unknown one is a typo away from it, in frontmatter and in a dataset', () => {
    expect(
      messages({ 'content/stories/the-files.mdx': story(`${goodFrontmatter}\ndarft: true\ncountires: [RU]`) }),
    ).toEqual([
      'content/stories/the-files.mdx: line 6: frontmatter: unknown fields "darft" (did you mean "draft"?), "countires" (did you mean "countries"?): expected one of title, summary, date, updated, authors, countries, tags, datasets, draft, embargo, corrections, lang, translationKey, lead, cases',
    ]);
    const columns = {
      year: { type: 'integer', description: 'Year', lable: 'Year' },
      issued: { type: 'integer', description: 'Issued' },
      source: { type: 'string', ref: 'source', description: 'Source' },
    };
    expect(messages({ 'data/issued.json': dataset(undefined, { columns }) })).toEqual([
      'data/issued.json: columns.year: unknown field "lable" (did you mean "label"?): expected one of type, unit, description, label, ref, sourceColumn',
    ]);
  });

  it("names the field meant by one another tool names otherwise (Astro's blog template, Hugo, a translator)", () => {
    expect(
      messages({
        'content/stories/the-files.mdx': story(
          'title: The files\ndescription: What they show.\npubDate: 2026-01-26\nlastmod: 2026-02-01',
        ),
        'content/stories/fr/les-dossiers.mdx': story(
          'title: Les dossiers\nsummary: S.\ndate: 2026-01-26\ntranslation_of: the-files',
        ),
      }),
    ).toEqual([
      'content/stories/fr/les-dossiers.mdx: line 5: frontmatter: unknown field "translation_of" (did you mean "translationKey"?): expected one of title, summary, date, updated, authors, countries, tags, datasets, draft, embargo, corrections, lang, translationKey, lead, cases',
      // The fields meant are missing too, as for a typo (sumary:): each line is true.
      'content/stories/the-files.mdx: lines 1–6: summary: missing: expected text, a sentence or two on what the page shows, printed under the headline, in lists and in search results',
      'content/stories/the-files.mdx: lines 1–6: date: missing: expected a date written as YYYY-MM-DD',
      'content/stories/the-files.mdx: line 3: frontmatter: unknown fields "description" (did you mean "summary"?), "pubDate" (did you mean "date"?), "lastmod" (did you mean "updated"?): expected one of title, summary, date, updated, authors, countries, tags, datasets, draft, embargo, corrections, lang, translationKey, lead, cases',
    ]);
  });

  it("says a case file's fields in a story, and a story's in a case file, are the other kind's", () => {
    const caseFile = story(
      'title: C\nsummary: S.\ndate: 2026-01-20\nsubject: X\ncountry: RU\nstatus: active\nnotice: red-notice\nlead: true',
    );
    expect(
      messages({
        'content/stories/the-files.mdx': story(`${goodFrontmatter}\nsubject: A. Person\nstatus: active`),
        'content/cases/a-case.mdx': caseFile,
      }),
    ).toEqual([
      'content/stories/the-files.mdx: line 6: frontmatter: unknown fields "subject" (a case file\'s field), "status" (a case file\'s field): expected one of title, summary, date, updated, authors, countries, tags, datasets, draft, embargo, corrections, lang, translationKey, lead, cases',
      'content/cases/a-case.mdx: line 9: frontmatter: unknown field "lead" (a story\'s field): expected one of title, summary, date, updated, authors, countries, tags, datasets, draft, embargo, corrections, lang, translationKey, subject, country, status, notice',
    ]);
  });

  it("names the column meant by a dataset's key, and the type meant by a column's type written as a programmer would", () => {
    const types = ['int', 'float', 'text', 'bool'];
    const columns = Object.fromEntries(
      ['year', 'issued', 'source', 'flag'].map((name, i) => [name, { type: types[i], description: name }]),
    );
    expect(messages({ 'data/issued.json': dataset(undefined, { key: 'yaer' }) })).toEqual([
      'data/issued.json: key: expected one of the columns (year, issued, source), got "yaer": did you mean "year"?',
    ]);
    expect(
      messages({
        'data/issued.json': dataset([{ year: 2024, issued: 1, source: 'rnm-numbers', flag: true }], { columns }),
      }).filter((line) => line.includes('.type:')),
    ).toEqual([
      'data/issued.json: columns.year.type: expected one of string, number, integer, date, boolean, got "int": write "integer"',
      'data/issued.json: columns.issued.type: expected one of string, number, integer, date, boolean, got "float": write "number"',
      'data/issued.json: columns.source.type: expected one of string, number, integer, date, boolean, got "text": write "string"',
      'data/issued.json: columns.flag.type: expected one of string, number, integer, date, boolean, got "bool": write "boolean"',
    ]);
  });

  it("tells a column's type written as what its values are (percent, year, money, country, source) the type and field meant", () => {
    const columns = {
      year: { type: 'year', description: 'Year' },
      issued: { type: 'count', unit: 'notices', description: 'Issued' },
      share: { type: 'percent', description: 'Share' },
      fine: { type: 'currency', unit: 'EUR', description: 'Fine' },
      country: { type: 'country', description: 'Country' },
      source: { type: 'source', description: 'Source' },
    };
    const row = { year: 2024, issued: 1, share: 3, fine: 5, country: 'RU', source: 'rnm-numbers' };
    expect(
      messages({ 'data/issued.json': dataset([row], { columns }) }).filter((line) => line.includes('.type:')),
    ).toEqual([
      'data/issued.json: columns.year.type: expected one of string, number, integer, date, boolean, got "year": write "integer" (2024), or "date" for years written as text ("2024")',
      'data/issued.json: columns.issued.type: expected one of string, number, integer, date, boolean, got "count": write "integer"',
      'data/issued.json: columns.share.type: expected one of string, number, integer, date, boolean, got "percent": write "number", with "unit": "%"',
      'data/issued.json: columns.fine.type: expected one of string, number, integer, date, boolean, got "currency": write "number", with the currency as its "unit"',
      'data/issued.json: columns.country.type: expected one of string, number, integer, date, boolean, got "country": write "string", with "ref": "country"',
      'data/issued.json: columns.source.type: expected one of string, number, integer, date, boolean, got "source": write "string", with "ref": "source"',
    ]);
  });

  // A French newsroom names its columns' types in French: "entier" was quoted back with the list of types alone.
  it("tells a column's type written in French the type meant", () => {
    const types = ['entier', 'nombre', 'texte', 'booléen'];
    const columns = Object.fromEntries(
      ['year', 'issued', 'source', 'flag'].map((name, i) => [name, { type: types[i], description: name }]),
    );
    expect(
      messages({
        'data/issued.json': dataset([{ year: 2024, issued: 1, source: 'rnm-numbers', flag: true }], { columns }),
      }).filter((line) => line.includes('.type:')),
    ).toEqual([
      'data/issued.json: columns.year.type: expected one of string, number, integer, date, boolean, got "entier": write "integer"',
      'data/issued.json: columns.issued.type: expected one of string, number, integer, date, boolean, got "nombre": write "number"',
      'data/issued.json: columns.source.type: expected one of string, number, integer, date, boolean, got "texte": write "string"',
      'data/issued.json: columns.flag.type: expected one of string, number, integer, date, boolean, got "booléen": write "boolean"',
    ]);
    const meaning = {
      year: { type: 'année', description: 'Année' },
      share: { type: 'pourcentage', description: 'Part' },
    };
    expect(
      messages({ 'data/issued.json': dataset([{ year: 2024, share: 3 }], { columns: meaning }) }).filter((line) =>
        line.includes('.type:'),
      ),
    ).toEqual([
      'data/issued.json: columns.year.type: expected one of string, number, integer, date, boolean, got "année": write "integer" (2024), or "date" for years written as text ("2024")',
      'data/issued.json: columns.share.type: expected one of string, number, integer, date, boolean, got "pourcentage": write "number", with "unit": "%"',
    ]);
  });

  it("tells a source's kind written in French the kind meant", () => {
    const source = (kind: string) => ({
      'rnm-numbers': { publisher: 'Red Notice Monitor', title: 'A numbers game', url: 'https://example.org/', kind },
    });
    const said = (kind: string) =>
      messages({ 'data/sources.json': JSON.stringify(source(kind)) }).filter((line) => line.includes('.kind:'));
    expect([...said('presse'), ...said('Données'), ...said('rapport')]).toEqual([
      'data/sources.json: rnm-numbers.kind: expected one of news, ngo-report, official-statistics, court-or-un-document, legal-commentary, data, got "presse": write "news"',
      'data/sources.json: rnm-numbers.kind: expected one of news, ngo-report, official-statistics, court-or-un-document, legal-commentary, data, got "Données": write "data"',
      'data/sources.json: rnm-numbers.kind: expected one of news, ngo-report, official-statistics, court-or-un-document, legal-commentary, data, got "rapport"',
    ]);
  });

  it('tells a list written as one line of text the list to write', () => {
    const fields = 'tags: red notices, CCF\nauthors: A. Reporter, B. Reporter\ncountries: RU\ncases: igor-pestrikov';
    expect(messages({ 'content/stories/the-files.mdx': story(`${goodFrontmatter}\n${fields}`) })).toEqual([
      'content/stories/the-files.mdx: line 6: tags: expected a list of tags, e.g. [ccf, safeguards], got "red notices, CCF": write tags: [red-notices, ccf]',
      'content/stories/the-files.mdx: line 7: authors: expected a list of names, e.g. ["A. Reporter"], got "A. Reporter, B. Reporter": write authors: ["A. Reporter", "B. Reporter"]',
      'content/stories/the-files.mdx: line 8: countries: expected a list of ISO country codes, e.g. [RU, TJ], got "RU": write countries: [RU]',
      'content/stories/the-files.mdx: line 9: cases: expected a list of case file ids, e.g. [igor-pestrikov], got "igor-pestrikov": write cases: [igor-pestrikov]',
    ]);
  });

  it('offers a name written surname first ("Smith, John") as one author too, not only as two', () => {
    const one = (authors: string) =>
      messages({ 'content/stories/the-files.mdx': story(`${goodFrontmatter}\nauthors: ${authors}`) });
    expect(one('Smith, John')).toEqual([
      'content/stories/the-files.mdx: line 6: authors: expected a list of names, e.g. ["A. Reporter"], got "Smith, John": write authors: ["Smith", "John"] for two people, or authors: ["Smith, John"] for one',
    ]);
  });

  it("tells a source's publisher written as a web address that publisher is the organisation's name", () => {
    const source = (publisher: string) => ({ publisher, title: 'T', url: 'https://example.org/report', kind: 'news' });
    const written = JSON.stringify({
      'rnm-numbers': source('https://www.occrp.org/en/'),
      'rnm-other': source('www.occrp.org'),
      'rnm-path': source('occrp.org/en/investigations'),
      'rnm-named': source('Lenta.ru'),
      'rnm-outlet': source('Znak.com'),
      'rnm-repository': source('AntonTsiklop/interpol_parser (GitHub)'),
    });
    const told = (id: string, publisher: string) =>
      `data/sources.json: ${id}.publisher: expected the publisher's name, such as "OCCRP", got ${JSON.stringify(publisher)}: publisher is the organisation's name, and its address goes in url`;
    expect(messages({ 'data/sources.json': written })).toEqual([
      told('rnm-numbers', 'https://www.occrp.org/en/'),
      told('rnm-other', 'www.occrp.org'),
      told('rnm-path', 'occrp.org/en/investigations'),
    ]);
  });

  it("tells a source's address written without its scheme the address to write", () => {
    const source = (url: string) => ({ publisher: 'P', title: 'T', url, kind: 'news' });
    const written = JSON.stringify({
      'rnm-numbers': source('www.example.org/numbers'),
      'rnm-other': source('example.org/other'),
      'rnm-pdf': source('report.pdf'),
      'rnm-home': source('kyivindependent.com'),
      'rnm-country': source('bbc.co.uk'),
      'rnm-notes': source('index.md'),
    });
    expect(messages({ 'data/sources.json': written })).toEqual([
      'data/sources.json: rnm-numbers.url: expected a web address such as "https://example.org/report", got "www.example.org/numbers": write "https://www.example.org/numbers"',
      'data/sources.json: rnm-other.url: expected a web address such as "https://example.org/report", got "example.org/other": write "https://example.org/other"',
      'data/sources.json: rnm-pdf.url: expected a web address such as "https://example.org/report", got "report.pdf"',
      'data/sources.json: rnm-home.url: expected a web address such as "https://example.org/report", got "kyivindependent.com": write "https://kyivindependent.com"',
      'data/sources.json: rnm-country.url: expected a web address such as "https://example.org/report", got "bbc.co.uk": write "https://bbc.co.uk"',
      'data/sources.json: rnm-notes.url: expected a web address such as "https://example.org/report", got "index.md"',
    ]);
  });

  it('tells a date written with a one-digit month or day the date to write, with two digits', () => {
    expect(
      messages({
        'content/stories/the-files.mdx': story('title: T\nsummary: S.\ndate: 2026-1-26\nupdated: 2026-02-3'),
      }),
    ).toEqual([
      'content/stories/the-files.mdx: line 4: date: expected a date written as YYYY-MM-DD, got "2026-1-26": write 2026-01-26',
      'content/stories/the-files.mdx: line 5: updated: expected a date written as YYYY-MM-DD, got "2026-02-3": write 2026-02-03',
    ]);
  });

  it("tells a dataset's translation keyed by a language written otherwise than its code the code to write, and one the site lacks where to add it", () => {
    const translations = { FR: { title: 'Notices' }, french: { description: 'Notices.' }, 'fr-FR': {}, de: {} };
    expect(messages({ 'data/issued.json': dataset(undefined, { translations }) })).toEqual([
      'data/issued.json: translations.FR: unknown language "FR": expected one of the site\'s other languages (fr): write "fr"',
      'data/issued.json: translations.french: unknown language "french": expected one of the site\'s other languages (fr): write "fr"',
      'data/issued.json: translations.fr-FR: unknown language "fr-FR": expected one of the site\'s other languages (fr): write "fr"',
      'data/issued.json: translations.de: unknown language "de": expected one of the site\'s other languages (fr), or German added to site.locales (src/site.config.ts)',
    ]);
  });

  it('reports a sources.json written as a list, or a source id in capitals, once, not at every citation of it', () => {
    const entry = { publisher: 'P', title: 'T', url: 'https://example.org/numbers', kind: 'news' };
    expect(messages({ 'data/sources.json': JSON.stringify([{ id: 'rnm-numbers', ...entry }]) })).toEqual([
      'data/sources.json: (top level): expected an object naming each source by its id, got a list: write { "rnm-numbers": { "publisher": … }, … }, each source under its id',
    ]);
    expect(messages({ 'data/sources.json': JSON.stringify({ 'RNM-Numbers': entry }) })).toEqual([
      'data/sources.json: RNM-Numbers: expected an identifier of lower-case letters, digits and hyphens, got "RNM-Numbers": write "rnm-numbers"',
    ]);
  });

  it('reports an unknown field by name', () => {
    expect(messages({ 'content/stories/the-files.mdx': story(`${goodFrontmatter}\nautor: Jane`) })).toEqual([
      'content/stories/the-files.mdx: line 6: frontmatter: unknown field "autor": expected one of title, summary, date, updated, authors, countries, tags, datasets, draft, embargo, corrections, lang, translationKey, lead, cases',
    ]);
  });

  it('reports an unknown country code', () => {
    expect(messages({ 'content/stories/the-files.mdx': story(`${goodFrontmatter}\ncountries: [RU, XX]`) })).toEqual([
      'content/stories/the-files.mdx: line 6: countries[1]: expected an ISO 3166-1 alpha-2 country code such as "RU", got "XX"',
    ]);
  });

  it('reports an unknown dataset, case and cited source', () => {
    const out = messages({
      'content/stories/the-files.mdx': story(
        'title: T\nsummary: S\ndate: 2026-01-26\ndatasets: [issued, nope]\ncases: [ghost]',
        'One.\n\nTwo <Cite id="rnm-numbers, no-such-source" />.',
      ),
    });
    expect(out).toEqual([
      'content/stories/the-files.mdx: line 5: datasets[1]: unknown dataset "nope": expected one of issued (data/<id>.json)',
      'content/stories/the-files.mdx: line 6: cases[0]: no case file "ghost" (content/cases/ghost.mdx): there is no case file in content/cases/ yet: write it, or take "ghost" off the list',
      'content/stories/the-files.mdx: line 11: <Cite id>: unknown source "no-such-source": add it to data/sources.json or fix the id',
    ]);
  });

  it('says why a dataset named by a page is unknown when data/ holds it as a CSV, with "_" or with ".json" in its name', () => {
    const out = messages({
      'data/gulf.csv': 'year,value\n2024,1\n',
      'data/_drafts.json': dataset(undefined, { title: 'Drafts' }),
      'content/stories/the-files.mdx': story(
        'title: T\nsummary: S\ndate: 2026-01-26\ndatasets: [issued, gulf, gulf-csv, drafts]',
        'Text.\n\n<Fact dataset="issued.json" row={2024} column="issued" />',
      ),
    });
    expect(out).toEqual([
      'content/stories/the-files.mdx: line 5: datasets[1]: unknown dataset "gulf": data/gulf.csv is not read: a dataset is a JSON file: to publish these rows, add data/gulf.json with its title, sources, columns and "rows": "gulf.csv" (see "A dataset" in the README); expected one of issued (data/<id>.json)',
      'content/stories/the-files.mdx: line 5: datasets[2]: unknown dataset "gulf-csv": data/gulf.csv is not read: a dataset is a JSON file: to publish these rows, add data/gulf.json with its title, sources, columns and "rows": "gulf.csv" (see "A dataset" in the README); expected one of issued (data/<id>.json)',
      'content/stories/the-files.mdx: line 5: datasets[3]: unknown dataset "drafts": data/_drafts.json is left out of the site by the "_" its name starts with: remove the "_" to publish it; expected one of issued (data/<id>.json)',
      'content/stories/the-files.mdx: line 10: <Fact> dataset: unknown dataset "issued.json": did you mean "issued"? expected one of issued (data/<id>.json)',
    ]);
  });

  it('reports a published translation of a withheld original, naming what to write', () => {
    const later = 'embargo: 2026-12-10T06:00:00Z';
    const out = messages({
      'content/stories/the-files.mdx': story(`${goodFrontmatter}\n${later}`),
      'content/stories/fr/the-files.mdx': story(goodFrontmatter),
      'content/stories/sketch.mdx': story('title: D\nsummary: S\ndate: 2026-01-26\ndraft: true'),
      'content/stories/fr/sketch.mdx': story('title: D\nsummary: S\ndate: 2026-01-26'),
      // Withheld as long as their originals: fine.
      'content/stories/held.mdx': story(`title: H\nsummary: S\ndate: 2026-01-26\n${later}`),
      'content/stories/fr/held.mdx': story(`title: H\nsummary: S\ndate: 2026-01-26\n${later}`),
      'content/stories/past.mdx': story('title: P\nsummary: S\ndate: 2026-01-26\nembargo: 2026-01-26T06:00:00Z'),
      'content/stories/fr/past.mdx': story('title: P\nsummary: S\ndate: 2026-01-26'),
      // Withheld today, but its embargo ends first: the scheduled build of 5 December would stop on it.
      'content/stories/later.mdx': story(`title: L\nsummary: S\ndate: 2026-01-26\n${later}`),
      'content/stories/fr/later.mdx': story('title: L\nsummary: S\ndate: 2026-01-26\nembargo: 2026-12-01T06:00:00Z'),
    });
    expect(out).toEqual([
      'content/stories/fr/later.mdx: line 5: embargo: embargoed until 2026-12-01T06:00:00Z, before its original content/stories/later.mdx (2026-12-10T06:00:00Z): give it the same embargo (embargo: 2026-12-10T06:00:00Z)',
      'content/stories/fr/sketch.mdx: draft: would be published while its original content/stories/sketch.mdx is a draft: write draft: true here too',
      'content/stories/fr/the-files.mdx: embargo: would be published while its original content/stories/the-files.mdx is embargoed until 2026-12-10T06:00:00Z: give it the same embargo (embargo: 2026-12-10T06:00:00Z)',
    ]);
  });

  it("stops on a translation named after another original than the one its translationKey names, which would take that original's translated address", () => {
    const out = messages({
      'content/stories/the-files.mdx': story('title: The files\nsummary: S\ndate: 2026-01-26'),
      'content/stories/two-decades.mdx': story('title: Two decades\nsummary: S\ndate: 2026-01-26'),
      'content/stories/fr/two-decades.mdx': story(
        'title: Les fichiers\nsummary: S\ndate: 2026-01-26\ntranslationKey: the-files',
      ),
      // A translation under a name of its own is fine.
      'content/stories/fr/vingt-ans.mdx': story(
        'title: Vingt ans\nsummary: S\ndate: 2026-01-26\ntranslationKey: two-decades',
      ),
    });
    expect(out).toEqual([
      "content/stories/fr/two-decades.mdx: file name: is named after content/stories/two-decades.mdx, but its translationKey makes it the French translation of content/stories/the-files.mdx: it would be published at the address of content/stories/two-decades.mdx's French version; name it the-files.mdx, or correct its translationKey",
    ]);
  });

  it("reports a translationKey no original has, and lists only originals' ids as known case files", () => {
    const caseFile = (title: string) =>
      story(
        `title: ${title}\nsummary: S\ndate: 2025-06-01\nsubject: A. Person\ncountry: KG\nstatus: refused\nnotice: red-notice`,
      );
    const out = messages({
      'content/stories/fr/typo.mdx': story('title: T\nsummary: S\ndate: 2026-01-26\ntranslationKey: the-file'),
      // A translation with no original and no key of its own is a story published in that language only: fine.
      'content/stories/fr/only-in-french.mdx': story('title: F\nsummary: S\ndate: 2026-01-26'),
      'content/stories/fr/renamed.mdx': story('title: R\nsummary: S\ndate: 2026-01-26\ntranslationKey: the-files'),
      'content/cases/kloop.mdx': caseFile('K'),
      'content/cases/fr/kloop.mdx': caseFile('K'),
      'content/stories/ghost.mdx': story('title: G\nsummary: S\ndate: 2026-01-26\ncases: [ghost]'),
    });
    expect(out).toEqual([
      'content/stories/fr/typo.mdx: line 5: translationKey: no original has the key "the-file" (an original\'s key is its translationKey, else its file name): did you mean "the-files"? known: ghost, the-files',
      'content/stories/ghost.mdx: line 5: cases[0]: no case file "ghost" (content/cases/ghost.mdx); known: kloop',
    ]);
  });

  it('stops on a translation whose file name is a letter or two from an untranslated original (the story would be listed twice); notes one far from any', () => {
    const fixture = minimalSite();
    const page = (title: string) => story(`title: ${title}\nsummary: S\ndate: 2026-01-26\ndatasets: [issued]`);
    fixture.write('content/stories/the-interpol-files.mdx', page('The files'));
    fixture.write('content/stories/fr/the-interpol-file.mdx', page('Les fichiers'));
    fixture.write('content/stories/safeguards.mdx', page('Safeguards'));
    fixture.write('content/stories/fr/safeguards.mdx', page('Garde-fous'));
    // A French story of its own near a translated original, or far from every original, is not a typo.
    fixture.write('content/stories/fr/safeguard.mdx', page('Un garde-fou'));
    fixture.write('content/stories/fr/le-dossier.mdx', page('Le dossier'));
    const { errors, notes } = validateProject(fixture.root, now, false);
    expect(errors.map((error) => error.message)).toEqual([
      'content/stories/fr/the-interpol-file.mdx: file name: no original is named "the-interpol-file", so this page would be published in its language only, and its original listed beside it as untranslated; content/stories/the-interpol-files.mdx is named "the-interpol-files": if this is its translation, rename the file or write translationKey: the-interpol-files; if it is a page of its own, write translationKey: the-interpol-file',
    ]);
    expect(notes.map((note) => note.message)).toEqual([
      'content/stories/fr/le-dossier.mdx: file name: no original is named "le-dossier", so this page is published in its language only (it shares its date and a dataset with content/stories/the-interpol-files.mdx: if this is its translation, rename the file or write translationKey: the-interpol-files); if it is a page of its own, write translationKey: le-dossier',
      'content/stories/fr/safeguard.mdx: file name: no original is named "safeguard", so this page is published in its language only (it shares its date and a dataset with content/stories/the-interpol-files.mdx: if this is its translation, rename the file or write translationKey: the-interpol-files); if it is a page of its own, write translationKey: safeguard',
    ]);
    // A draft is not published: noted, as it is.
    fixture.write(
      'content/stories/fr/the-interpol-file.mdx',
      story('title: Les fichiers\nsummary: S\ndate: 2026-01-26\ndatasets: [issued]\ndraft: true'),
    );
    expect(validateProject(fixture.root, now, false).errors).toEqual([]);
    // A page of its own, so named, says so.
    fixture.write(
      'content/stories/fr/the-interpol-file.mdx',
      story('title: Les fichiers\nsummary: S\ndate: 2026-01-26\ndatasets: [issued]\ntranslationKey: the-interpol-file'),
    );
    expect(validateProject(fixture.root, now, false).errors).toEqual([]);
  });

  it('names the original a translation without one shares its date, datasets, sources or case files with, not the nearest name however far; else one a few letters away; else none', () => {
    const fixture = minimalSite();
    fixture.write('data/ports.json', dataset(undefined, { title: 'Port calls' }));
    const chart = (id: string) => `<Chart dataset="${id}" type="line" x="year" y="issued" title="T" />`;
    const page = (title: string, date: string, body: string) =>
      story(`title: ${title}\nsummary: S\ndate: ${date}`, body);
    // The original, and the French translation saved under a French name (far in letters from every original).
    fixture.write(
      'content/stories/harbour-ledger-test.mdx',
      page('The ledger', '2026-03-02', `${chart('ports')}\n\nText <Cite id="rnm-numbers" />.`),
    );
    fixture.write(
      'content/stories/fr/test-du-registre-portuaire.mdx',
      page('Le registre', '2026-03-02', `${chart('ports')}\n\nTexte <Cite id="rnm-numbers" />.`),
    );
    // Nearer in letters, sharing one source only.
    fixture.write(
      'content/stories/two-decades-of-red-notices.mdx',
      page('Two decades', '2026-02-06', `${chart('issued')}\n\nText <Cite id="rnm-numbers" />.`),
    );
    // Sharing nothing, far from every name: none named. A few letters from one (more than a typo): that one.
    fixture.write('content/stories/fr/sans-rapport.mdx', page('Sans rapport', '2025-05-05', 'Texte.'));
    fixture.write('content/stories/the-extradition-files.mdx', page('The files', '2025-01-01', 'Text.'));
    fixture.write('content/stories/fr/les-extradition-files.mdx', page('Les fichiers', '2025-04-04', 'Texte.'));
    const { errors, notes } = validateProject(fixture.root, now, false);
    expect(errors).toEqual([]);
    expect(notes.map((note) => note.message)).toEqual([
      'content/stories/fr/les-extradition-files.mdx: file name: no original is named "les-extradition-files", so this page is published in its language only (the original nearest its name is content/stories/the-extradition-files.mdx: if this is its translation, rename the file or write translationKey: the-extradition-files); if it is a page of its own, write translationKey: les-extradition-files',
      'content/stories/fr/sans-rapport.mdx: file name: no original is named "sans-rapport", so this page is published in its language only; if it is a page of its own, write translationKey: sans-rapport',
      'content/stories/fr/test-du-registre-portuaire.mdx: file name: no original is named "test-du-registre-portuaire", so this page is published in its language only (it shares its date, a dataset and a cited source with content/stories/harbour-ledger-test.mdx: if this is its translation, rename the file or write translationKey: harbour-ledger-test); if it is a page of its own, write translationKey: test-du-registre-portuaire',
    ]);
  });

  it('notes every translation left without its original (an original renamed), naming the nearest original, until it says it is a page of its own', () => {
    const fixture = minimalSite();
    const page = (title: string, extra = '') =>
      story(`title: ${title}\nsummary: S\ndate: 2026-01-26\ndatasets: [issued]${extra}`);
    // the-files.mdx renamed to extradition-files.mdx: its French translation is now a French-only story.
    fixture.write('content/stories/extradition-files.mdx', page('The files'));
    fixture.write('content/stories/fr/the-files.mdx', page('Les fichiers'));
    fixture.write(
      'content/cases/fr/kloop.mdx',
      story(
        'title: K\nsummary: S\ndate: 2025-06-01\nsubject: A. Person\ncountry: KG\nstatus: refused\nnotice: red-notice',
      ),
    );
    const { errors, notes } = validateProject(fixture.root, now, false);
    expect(errors).toEqual([]);
    expect(notes.map((note) => note.message)).toEqual([
      'content/stories/fr/the-files.mdx: file name: no original is named "the-files", so this page is published in its language only (it shares its date and a dataset with content/stories/extradition-files.mdx: if this is its translation, rename the file or write translationKey: extradition-files); if it is a page of its own, write translationKey: the-files',
      'content/cases/fr/kloop.mdx: file name: no original is named "kloop", so this page is published in its language only; if it is a page of its own, write translationKey: kloop',
    ]);
    fixture.write('content/stories/fr/the-files.mdx', page('Les fichiers', '\ntranslationKey: extradition-files'));
    fixture.write(
      'content/cases/fr/kloop.mdx',
      story(
        'title: K\nsummary: S\ndate: 2025-06-01\nsubject: A. Person\ncountry: KG\nstatus: refused\nnotice: red-notice\ntranslationKey: kloop',
      ),
    );
    expect(validateProject(fixture.root, now, false).notes).toEqual([]);
  });

  it('stops on two translations of one original into one language', () => {
    const page = (title: string, extra = '') =>
      story(`title: ${title}\nsummary: S\ndate: 2026-01-26\ndatasets: [issued]${extra}`);
    expect(
      messages({
        'content/stories/fr/the-files.mdx': page('Les fichiers'),
        'content/stories/fr/les-fichiers.mdx': page('Les fichiers', '\ntranslationKey: the-files'),
        'content/stories/fr/fichiers.mdx': page('Fichiers', '\ntranslationKey: the-files'),
      }),
    ).toEqual([
      'content/stories/fr/les-fichiers.mdx: file name: two French translations of content/stories/the-files.mdx: content/stories/fr/fichiers.mdx and content/stories/fr/les-fichiers.mdx; keep one',
      'content/stories/fr/the-files.mdx: file name: two French translations of content/stories/the-files.mdx: content/stories/fr/fichiers.mdx and content/stories/fr/the-files.mdx; keep one',
    ]);
  });

  it('stops on the near-namesake of a draft or embargoed original, which would publish that story early', () => {
    const fixture = minimalSite();
    // Dated the day its embargo lifts, if it has one.
    const page = (title: string, extra = '') =>
      story(
        `title: ${title}\nsummary: S\ndate: ${/embargo: (\S{10})/.exec(extra)?.[1] ?? '2026-01-26'}\ndatasets: [issued]${extra}`,
      );
    fixture.write('content/stories/embargoed-dossier.mdx', page('Held', '\nembargo: 2026-12-01T06:00:00Z'));
    fixture.write('content/stories/fr/embargoed-dosier.mdx', page('Retenu'));
    fixture.write('content/stories/draft-story.mdx', page('Draft', '\ndraft: true'));
    fixture.write('content/stories/fr/draft-stroy.mdx', page('Brouillon'));
    // Held at least as long itself, it publishes nothing early; it would still list the story twice once out.
    fixture.write('content/stories/later-story.mdx', page('Later', '\nembargo: 2026-12-01T06:00:00Z'));
    fixture.write('content/stories/fr/later-stroy.mdx', page('Plus tard', '\nembargo: 2026-12-02T06:00:00Z'));
    const { errors, notes } = validateProject(fixture.root, now, false);
    expect(errors.map((error) => error.message)).toEqual([
      'content/stories/fr/draft-stroy.mdx: file name: no original is named "draft-stroy", so this page would be published now, in its language only; content/stories/draft-story.mdx is named "draft-story" and is a draft: if this is its translation, rename the file or write translationKey: draft-story; if it is a page of its own, write translationKey: draft-stroy',
      'content/stories/fr/embargoed-dosier.mdx: file name: no original is named "embargoed-dosier", so this page would be published now, in its language only; content/stories/embargoed-dossier.mdx is named "embargoed-dossier" and is embargoed: if this is its translation, rename the file or write translationKey: embargoed-dossier; if it is a page of its own, write translationKey: embargoed-dosier',
      'content/stories/fr/later-stroy.mdx: file name: no original is named "later-stroy", so this page would be published in its language only, and its original listed beside it as untranslated; content/stories/later-story.mdx is named "later-story": if this is its translation, rename the file or write translationKey: later-story; if it is a page of its own, write translationKey: later-stroy',
    ]);
    expect(notes).toEqual([]);
    // A page of its own says so with its own name as its key, and is then neither stopped nor noted.
    fixture.write('content/stories/fr/draft-stroy.mdx', page('Brouillon', '\ntranslationKey: draft-stroy'));
    fixture.write('content/stories/fr/ivanova.mdx', page('Ivanova', '\ntranslationKey: ivanova'));
    fixture.write('content/stories/ivanov.mdx', page('Ivanov', '\ndraft: true'));
    const again = validateProject(fixture.root, now, false);
    expect(again.errors.map((error) => error.file)).toEqual([
      'content/stories/fr/embargoed-dosier.mdx',
      'content/stories/fr/later-stroy.mdx',
    ]);
  });

  it('measures how far apart two names are in letters inserted, removed or replaced, or neighbours swapped', () => {
    expect(editDistance('the-interpol-file', 'the-interpol-files')).toBe(1);
    // Two letters swapped are one typo, as an editor makes it.
    expect(editDistance('kloop', 'klopo')).toBe(1);
    expect(editDistance('soruce', 'source')).toBe(1);
    expect(editDistance('kloop', 'klpoo')).toBe(2);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });

  it('suggests the one name a typo is of, and none when no name or several are that close', () => {
    expect(nearestName('rnm-number', ['rnm-numbers', 'pace-doc-14277'])).toBe('rnm-numbers');
    expect(nearestName('issued-2', ['issued-1', 'issued-3'])).toBeUndefined();
    expect(nearestName('nope', ['issued'])).toBeUndefined();
    expect(nearestName('cancelld', ['active', 'cancelled'])).toBe('cancelled');
  });

  it('suggests a name only when it is genuinely near: a typo for its length, or the same name written another way', () => {
    // Two letters from a short name is another name: "pie" is not a misspelt "line", nor "count" of "country".
    expect(nearestName('pie', ['bar', 'line', 'dot'])).toBeUndefined();
    expect(nearestName('count', ['year', 'country'])).toBeUndefined();
    expect(nearestName('donut', ['dot', 'bar'])).toBeUndefined();
    expect(nearestName('note', ['cite', 'fact'])).toBeUndefined();
    expect(nearestName('yr', ['year'])).toBeUndefined();
    // A letter off, or two in a long name, or two letters swapped, is a typo.
    expect(nearestName('isued', ['issued', 'year'])).toBe('issued');
    expect(nearestName('red-notices-isued', ['red-notices-issued', 'ccf-requests'])).toBe('red-notices-issued');
    expect(nearestName('soruce', ['source', 'year'])).toBe('source');
    // Case, spaces and punctuation aside, however far in letters.
    expect(nearestName('Red_Notices_Issued', ['red-notices-issued', 'ccf-requests'])).toBe('red-notices-issued');
    expect(nearestName('PACE Doc 14277', ['pace-doc-14277'])).toBe('pace-doc-14277');
  });

  it('offers no "did you mean" for an unknown id far from every known one', () => {
    const out = messages({
      'content/stories/the-files.mdx': story(
        'title: The files\nsummary: What they show.\ndate: 2026-01-26\ndatasets: [is]',
        'Text.<Cite id="rnm" />\n\n<Chart dataset="issued" type="pie" x="year" y="issued" title="Issued" />\n\n<Note>Aside.</Note>',
      ),
    });
    expect(out).toEqual([
      'content/stories/the-files.mdx: line 5: datasets[0]: unknown dataset "is": expected one of issued (data/<id>.json)',
      'content/stories/the-files.mdx: line 8: <Cite id>: unknown source "rnm": add it to data/sources.json or fix the id',
      // Nor a "did you mean": it is told there is none, and what to draw instead.
      'content/stories/the-files.mdx: line 10: <Chart> "Issued" type: expected one of bar, grouped-bar, stacked-bar, line, dot, area, map, timeline, got "pie": there is no pie chart: a bar chart shows the same parts, easier to compare: write "bar"',
      'content/stories/the-files.mdx: line 12: <Note>: no such component: expected one of <Chart>, <Cite>, <Fact>, <Response>',
    ]);
  });

  it("reports a file's body problems with its frontmatter problems, in one run", () => {
    const out = messages({
      'content/stories/the-files.mdx': story(
        'title: The files\nsummary: What they show.\ndate: 2026-13-01',
        'Text <Cite id="nope" />.\n\n<Fact dataset="issued" row={2023} column="issued" />',
      ),
    });
    expect(out).toHaveLength(3);
    expect(out[0]).toMatch(/^content\/stories\/the-files\.mdx: line 4: date: /);
    expect(out.slice(1)).toEqual([
      'content/stories/the-files.mdx: line 7: <Cite id>: unknown source "nope": add it to data/sources.json or fix the id',
      expect.stringMatching(/^content\/stories\/the-files\.mdx: line 9: <Fact> row: /),
    ]);
  });

  it('stops on a date or a code written in braces, which MDX reads as JavaScript, before the page renders: text goes in quotes', () => {
    const body = [
      'In January 2025: <Fact dataset="issued" row={2025-01} column="issued" />.',
      '',
      'In December 2018: <Fact dataset="issued" row={2018-12} column="issued" />.',
      '',
      '<Chart type="bar" title="Notices" dataset="issued" x="year" y="issued" filter={{ snapshot: 2023-05, from: "2019-01" }} />',
      '',
      // Arithmetic, a decimal and dates already in quotes are left alone.
      'In 2024: <Fact dataset="issued" row={2020 + 4} column="issued" format={{ maximumFractionDigits: 0 }} />.',
    ].join('\n');
    expect(messages({ 'content/stories/the-files.mdx': story(goodFrontmatter, body) })).toEqual([
      'content/stories/the-files.mdx: line 8: <Fact> row={2025-01}: write row="2025-01" (in braces, 2025-01 is read as JavaScript, and is no number it can read: a date or a code is text, in quotes)',
      'content/stories/the-files.mdx: line 10: <Fact> row={2018-12}: write row="2018-12" (in braces, 2018-12 is read as JavaScript, 2018 minus 12, that is 2006: a date or a code is text, in quotes)',
      'content/stories/the-files.mdx: line 12: <Chart> filter={{ snapshot: 2023-05, from: "2019-01" }}: write filter={{ snapshot: "2023-05", from: "2019-01" }} (in braces, 2023-05 is read as JavaScript, and is no number it can read: a date or a code is text, in quotes)',
    ]);
  });

  it('reports, with their lines, a lowercase or misspelt component, an unquoted or repeated option, a Response left open', () => {
    const body = [
      'A note <cite id="rnm-numbers" />, and a title of a work: <cite>A numbers game</cite>.',
      '<Reponse from="Interpol" date="2026-01-26">Text.</Reponse>',
      '<Widget />',
      '<Fact dataset="issued" row=2024 column="issued" />',
      '<Chart dataset="issued" type="line" x="year" x="issued" y="issued" title="T" />',
      '<Response from="Interpol" date="2026-01-26">We do not comment.',
      'More text after.',
    ].join('\n\n');
    expect(messages({ 'content/stories/the-files.mdx': story(goodFrontmatter, body) })).toEqual([
      "content/stories/the-files.mdx: line 8: <cite>: components start with a capital letter: write <Cite> (lowercase <cite> is HTML's own element: the note would not appear)",
      'content/stories/the-files.mdx: line 10: <Reponse>: no such component: did you mean <Response>?',
      'content/stories/the-files.mdx: line 12: <Widget>: no such component: expected one of <Chart>, <Cite>, <Fact>, <Response>',
      'content/stories/the-files.mdx: line 14: <Fact> row: the value 2024 needs quotes or braces: write row={2024}',
      'content/stories/the-files.mdx: line 16: <Chart> x: given twice: keep one (the last would silently win)',
      'content/stories/the-files.mdx: line 18: <Response>: not closed: expected </Response> after what was said (or "/>" at the end of the tag)',
    ]);
  });

  it('names the line of the option at fault in a tag written over several lines, not the line the tag opens on', () => {
    const body = [
      '<Chart',
      '  dataset="issued"',
      '  type="line"',
      '  x="year"',
      '  y="isued"',
      '  title="Red notices issued"',
      '/>',
      '',
      'In 2024 <Fact',
      '  dataset="issued"',
      '  row={2030}',
      '  column="issued" /> notices.<Cite',
      '  id="rnm-numbers, nope" />',
      '',
      '<Fact dataset="issued"',
      '  row=2024 column="issued" />',
      '',
      '<Response from="Interpol"',
      '  date="2026-02-30">We do not comment.</Response>',
    ].join('\n');
    expect(messages({ 'content/stories/the-files.mdx': story(goodFrontmatter, body) })).toEqual([
      'content/stories/the-files.mdx: line 12: <Chart> "Red notices issued" y: the dataset has no column "isued": did you mean "issued"? (columns: year, issued, source)',
      expect.stringMatching(/^content\/stories\/the-files\.mdx: line 18: <Fact> row: dataset "issued" has no row/),
      expect.stringMatching(/^content\/stories\/the-files\.mdx: line 20: <Cite id>: unknown source "nope"/),
      'content/stories/the-files.mdx: line 23: <Fact> row: the value 2024 needs quotes or braces: write row={2024}',
      'content/stories/the-files.mdx: line 26: <Response> date: expected a real calendar date, got "2026-02-30" (no such day)',
    ]);
  });

  it("tells an option between a word processor's curly quotes to be written between straight ones, its spaces included", () => {
    const body = [
      '<Fact dataset=”issued” row={2024} column=“issued” />',
      '<Chart dataset="issued" type="line" x="year" y="issued" title=“Red notices issued” subtitle=‘Interpol’s count’ />',
    ].join('\n\n');
    const curly = 'which MDX does not read as quotes (a word processor\'s or a phone\'s "smart quotes"): write';
    expect(messages({ 'content/stories/the-files.mdx': story(goodFrontmatter, body) })).toEqual([
      `content/stories/the-files.mdx: line 8: <Fact> dataset: the value ”issued” is between curly quotes, ${curly} dataset="issued"`,
      `content/stories/the-files.mdx: line 8: <Fact> column: the value “issued” is between curly quotes, ${curly} column="issued"`,
      `content/stories/the-files.mdx: line 10: <Chart> title: the value “Red notices issued” is between curly quotes, ${curly} title="Red notices issued"`,
      `content/stories/the-files.mdx: line 10: <Chart> subtitle: the value ‘Interpol’s count’ is between curly quotes, ${curly} subtitle="Interpol’s count"`,
    ]);
  });

  it('reports an image that is not there, beside the page or in public/, with its line', () => {
    const body = [
      '![A photo](./missing.jpg)',
      '![The same photo, there](./there.png "a title")',
      '<img src="/no-such-map.png" alt="A map" />',
      '<img src="/favicon.svg" alt="The site\'s icon" />',
      '![From elsewhere](https://example.org/photo.jpg)',
      '`![in code](./not-an-image.jpg)`',
      // A letter away from a file that is there: that one, by name.
      '![The harbour](./harbor-test.png)',
      '<img src="/favicon.svj" alt="The site\'s icon" />',
    ].join('\n\n');
    expect(
      messages({
        'content/stories/the-files.mdx': story(goodFrontmatter, body),
        'content/stories/there.png': 'png',
        'content/stories/harbour-test.png': 'png',
      }),
    ).toEqual([
      'content/stories/the-files.mdx: line 8: image: no file content/stories/missing.jpg: expected the image beside the page (check the name and its case)',
      'content/stories/the-files.mdx: line 12: image: no file public/no-such-map.png: expected the image in public/ (check the name and its case)',
      'content/stories/the-files.mdx: line 20: image: no file content/stories/harbor-test.png: did you mean ./harbour-test.png?',
      'content/stories/the-files.mdx: line 22: image: no file public/favicon.svj: did you mean /favicon.svg?',
    ]);
  });

  it("refuses to publish new:story's stand-in text, and notes a date after the build and a draft case a page lists", () => {
    const fixture = minimalSite();
    const scaffold = newStory('How the watchdog works', now);
    fixture.write(scaffold.path, scaffold.text.replace('draft: true', 'draft: false'));
    fixture.write('content/stories/ahead.mdx', story('title: A\nsummary: S\ndate: 2027-06-01\ncases: [held-case]'));
    fixture.write(
      'content/stories/today-in-tokyo.mdx',
      story('title: T\nsummary: S\ndate: 2026-11-23\ndatasets: [issued]'),
    );
    fixture.write(
      'content/stories/lifted.mdx',
      story('title: L\nsummary: S\ndate: 2026-12-20\nembargo: 2026-01-01T06:00:00Z'),
    );
    fixture.write(
      'content/stories/held.mdx',
      story('title: H\nsummary: S\ndate: 2026-12-20\nembargo: 2026-12-01T06:00:00Z'),
    );
    fixture.write(
      'content/stories/held-today.mdx',
      story('title: HT\nsummary: S\ndate: 2026-12-01\nembargo: 2026-12-01T06:00:00Z'),
    );
    fixture.write(
      'content/cases/held-case.mdx',
      story(
        'title: H\nsummary: S\ndate: 2026-01-01\nsubject: A. Person\ncountry: KG\nstatus: refused\nnotice: red-notice\ndraft: true',
      ),
    );
    const { errors, notes } = validateProject(fixture.root, now, false);
    expect(errors.map((error) => error.message)).toEqual([
      `${scaffold.path}: line 3: summary: still new:story's stand-in: write what the story found (it is the dek, and what lists, search and social cards show)`,
      `${scaffold.path}: line 5: authors: empty: the story would be published without a byline: write who wrote it, authors: ["A. Reporter"] (or remove the line for a story signed by no one)`,
      `${scaffold.path}: line 14: still new:story's stand-in "Write the story here.": write the story, or keep draft: true`,
      // Its embargo was written, with a typo: it is the embargo that is wrong (below, 'an embargo more than four weeks…').
      "content/stories/lifted.mdx: line 5: embargo: 2026-01-01T06:00:00Z has passed, and lies more than four weeks before the page's date (2026-12-20): it holds nothing back, and the page would be published now; correct it (embargo: 2026-12-20T06:00:00Z, on the page's date?), or remove it",
    ]);
    expect(notes.map((note) => note.message)).toEqual([
      "content/stories/ahead.mdx: line 4: date: 2027-06-01 is after this build's moment, and the page is published now with that date: to hold it until then, write embargo: 2027-06-01T06:00:00Z (with the hour and offset you mean)",
      'content/stories/ahead.mdx: line 5: cases[0]: "held-case" is a draft: the page does not list it until it is published',
      'content/stories/held.mdx: line 4: date: 2026-12-20 is after its embargo (2026-12-01T06:00:00Z), and the page is published then with that date: date it the day its embargo lifts, or move the embargo',
    ]);
    // As the scaffold writes it, a draft, it passes.
    fixture.write(scaffold.path, scaffold.text);
    fixture.write(
      'content/stories/lifted.mdx',
      story('title: L\nsummary: S\ndate: 2026-12-20\nembargo: 2026-12-20T06:00:00Z'),
    );
    expect(validateProject(fixture.root, now, false).errors).toEqual([]);
  });

  it("reports new:story's stand-ins in the same build as another problem of the frontmatter, not in the next", () => {
    const fixture = minimalSite();
    const scaffold = newStory('How the watchdog works', now);
    fixture.write(
      scaffold.path,
      scaffold.text.replace('draft: true', 'draft: false').replace('countries: []', 'countries: [Kyrgyzstan]'),
    );
    expect(validateProject(fixture.root, now, false).errors.map((error) => error.message)).toEqual([
      `${scaffold.path}: line 3: summary: still new:story's stand-in: write what the story found (it is the dek, and what lists, search and social cards show)`,
      `${scaffold.path}: line 5: authors: empty: the story would be published without a byline: write who wrote it, authors: ["A. Reporter"] (or remove the line for a story signed by no one)`,
      `${scaffold.path}: line 6: countries[0]: expected an ISO 3166-1 alpha-2 country code such as "RU", got "Kyrgyzstan": Kyrgyzstan's code is "KG"`,
      `${scaffold.path}: line 14: still new:story's stand-in "Write the story here.": write the story, or keep draft: true`,
    ]);
  });

  it("refuses to publish new:story's notes on writing and its example chart title once the comment around them is gone", () => {
    const fixture = minimalSite();
    const scaffold = newStory('How the watchdog works', now);
    // What an editor did: the comment's markers deleted, the example ids and the angle brackets put right, the rest left.
    const edited = scaffold.text
      .replace('draft: true', 'draft: false')
      .replace('authors: []', 'authors: ["A. Reporter"]')
      .replace(/^summary: .*$/m, 'summary: "What the watchdog does."')
      .replace('Write the story here.', 'The watchdog reviews notices.')
      .replace('{/*\n', '')
      .replace('*/}\n', '')
      .replace('data/<id>.json', 'data/issued.json')
      .replace('a-source-id', 'rnm-numbers')
      .replaceAll('a-dataset-id', 'issued')
      .replaceAll('a-column', 'issued');
    fixture.write(scaffold.path, edited);
    expect(validateProject(fixture.root, now, false).errors.map((error) => error.message)).toEqual([
      `${scaffold.path}: line 16: new:story's notes on writing ("A comment, not published. Cite every sourced …") are no longer in a comment, and would be published as text: delete them, or put them back between {/* and */}`,
      `${scaffold.path}: line 20: <Chart> title: still new:story's example "What the chart shows": write what this chart shows, the finding a reader takes from it`,
    ]);
    // In a comment, or in a draft, both are left alone.
    fixture.write(
      scaffold.path,
      scaffold.text
        .replace('draft: true', 'draft: false')
        .replace('authors: []', 'authors: ["A. Reporter"]')
        .replace(/^summary: .*$/m, 'summary: "S."')
        .replace('Write the story here.', 'Text.'),
    );
    expect(validateProject(fixture.root, now, false).errors).toEqual([]);
    fixture.write(scaffold.path, edited.replace('draft: false', 'draft: true'));
    expect(validateProject(fixture.root, now, false).errors).toEqual([]);
  });

  it('refuses two stories or case files of one language under one title, drafts aside', () => {
    const page = (title: string, extra = '') => story(`title: ${title}\nsummary: S\ndate: 2026-01-26${extra}`);
    const caseFile = (title: string) =>
      story(
        `title: ${title}\nsummary: S\ndate: 2026-01-01\nsubject: A. Person\ncountry: KG\nstatus: refused\nnotice: red-notice`,
      );
    expect(
      messages({
        'content/stories/the-files-v2.mdx': page('The  files'),
        'content/stories/the-files-copy.mdx': page('The files', '\ndraft: true'),
        'content/stories/later.mdx': page('Later', '\nembargo: 2026-12-01T06:00:00Z'),
        'content/stories/later-again.mdx': page('later'),
        // Another language, or a case file, may share a story's title.
        'content/stories/fr/the-files.mdx': page('The files'),
        'content/cases/the-files.mdx': caseFile('The files'),
        'content/cases/a-person.mdx': caseFile('A. Person'),
        'content/cases/a-person-2.mdx': caseFile('A. Person'),
        // A copy with another problem is told both in one build.
        'content/stories/other.mdx': page('Other'),
        'content/stories/other-v2.mdx': page('Other').replace('Text.', 'See [it](/stories/nowhere/).'),
      }),
    ).toEqual([
      'content/stories/other-v2.mdx: line 2: title: "Other" is also the title of content/stories/other.mdx: lists, search and feeds would show two stories under one headline, which readers could not tell apart: give each its own, or remove the copy',
      'content/stories/other-v2.mdx: line 7: link: /stories/nowhere/: no story has this address (it is content/stories/<file name>.mdx, in /<language>/ for a translation)',
      'content/stories/later-again.mdx: line 2: title: "later" is also the title of content/stories/later.mdx: lists, search and feeds would show two stories under one headline, which readers could not tell apart: give each its own, or remove the copy',
      'content/stories/the-files-v2.mdx: line 2: title: "The  files" is also the title of content/stories/the-files.mdx: lists, search and feeds would show two stories under one headline, which readers could not tell apart: give each its own, or remove the copy',
      'content/cases/a-person-2.mdx: line 2: title: "A. Person" is also the title of content/cases/a-person.mdx: lists, search and feeds would show two case files under one title, which readers could not tell apart: give each its own, or remove the copy',
    ]);
  });

  it('reports an HTML tag MDX would not close, and a word in angle brackets, with the fix', () => {
    const body = ['A line<br>break.', 'See data/<id>.json.', '<div>', '', 'Held open.'].join('\n\n');
    expect(messages({ 'content/stories/the-files.mdx': story(goodFrontmatter, body) })).toEqual([
      'content/stories/the-files.mdx: line 8: <br>: MDX needs "/>" at the end of an element that holds nothing, and stops the build without it: write <br /> (or end the line with a backslash \\ for a line break)',
      'content/stories/the-files.mdx: line 10: <id>: MDX reads a word in angle brackets as a tag, and stops the build: to print the brackets, write \\<id>',
      'content/stories/the-files.mdx: line 12: <div>: not closed: MDX closes no element by itself, and stops the build: write </div> after what it holds, or leave the tag out',
    ]);
    expect(messages({ 'content/stories/the-files.mdx': story(goodFrontmatter, 'A <b>bold\n\nclaim</b>.') })).toEqual([
      'content/stories/the-files.mdx: line 8: <b>: not closed: MDX closes no element by itself, and stops the build: write </b> before the paragraph ends (an element that holds paragraphs opens on a line of its own), or leave the tag out',
    ]);
  });

  it("reports a link to one of the site's own pages without its slash, or misspelt, with the address meant", () => {
    const body = [
      'See [the method](/methodology), [its notes](/methodolgy/#gaps), [the sources](/sources/?q=x) and [all stories](/stories?page=2).',
      'Not judged here: [the feed](/rss.xml), [the icon](/favicon.svg), [French](/fr/), [a page not near any](/elsewhere/).',
      'In French: [la méthode](/fr/methodology), [ses notes](/fr/methodolgy/), [les sources](/fr/sources/), [the cards](/og/).',
    ].join('\n\n');
    expect(messages({ 'content/stories/the-files.mdx': story(goodFrontmatter, body) })).toEqual([
      'content/stories/the-files.mdx: line 8: link: /methodology: a page\'s address ends with "/": write /methodology/',
      'content/stories/the-files.mdx: line 8: link: /methodolgy/#gaps: the site has no such page: did you mean /methodology/?',
      'content/stories/the-files.mdx: line 8: link: /stories?page=2: a page\'s address ends with "/": write /stories/?page=2',
      'content/stories/the-files.mdx: line 12: link: /fr/methodology: a page\'s address ends with "/": write /fr/methodology/',
      'content/stories/the-files.mdx: line 12: link: /fr/methodolgy/: the site has no such page: did you mean /fr/methodology/?',
    ]);
  });

  it('reports links to stories, case files and datasets that are not there, or withheld, with their lines', () => {
    const body = [
      'See [the other story](/stories/other/), [its French version](/fr/stories/other/#top) and [the data](/data/issued/).',
      'A typo: [the files](/stories/the-file/), <a href="/data/isued.csv">the CSV</a>, [a case](/cases/nobody/).',
      'Too early: [the held story](/stories/held/). Not checked here: [the method](/methodology/), ![a map](/favicon.svg).',
    ].join('\n\n');
    const page = (title: string, extra = '') => story(`title: ${title}\nsummary: S\ndate: 2026-01-26${extra}`);
    const files = {
      'content/stories/the-files.mdx': story(goodFrontmatter, body),
      'content/stories/other.mdx': page('Other'),
      'content/stories/fr/other.mdx': page('Autre'),
      'content/stories/held.mdx': page('Held', '\nembargo: 2026-12-01T06:00:00Z'),
      // A withheld page may link to another: neither is published yet.
      'content/stories/draft-note.mdx': page('Draft', '\ndraft: true').replace('Text.', '[held](/stories/held/)'),
    };
    expect(messages(files)).toEqual([
      'content/stories/the-files.mdx: line 10: link: /stories/the-file/: no story has this address: did you mean /stories/the-files/? (it is content/stories/<file name>.mdx, in /<language>/ for a translation)',
      'content/stories/the-files.mdx: line 10: link: /data/isued.csv: unknown dataset "isued": did you mean "issued"? expected one of issued (data/<id>.json)',
      'content/stories/the-files.mdx: line 10: link: /cases/nobody/: no case file has this address (it is content/cases/<file name>.mdx, in /<language>/ for a translation)',
      'content/stories/the-files.mdx: line 12: link: /stories/held/ is embargoed until 2026-12-01T06:00:00Z (content/stories/held.mdx): the link would publish its address before the page; link to it once it is published',
    ]);
  });

  it('names the story or case file a typo away from a link to none, of the same kind and language', () => {
    const body =
      '[The case](/cases/a-persn/), [l’autre](/fr/stories/othr/), [not a case](/cases/other/), [far](/stories/elsewhere/).';
    const files = {
      'content/stories/the-files.mdx': story(goodFrontmatter, body),
      'content/stories/other.mdx': story('title: Other\nsummary: S\ndate: 2026-01-26'),
      'content/stories/fr/other.mdx': story('title: Autre\nsummary: S\ndate: 2026-01-26'),
      'content/cases/a-person.mdx': story(
        'title: A. Person\nsummary: S\ndate: 2026-01-01\nsubject: A. Person\ncountry: KG\nstatus: refused\nnotice: red-notice',
      ),
    };
    const where = (kind: string) => `(it is content/${kind}/<file name>.mdx, in /<language>/ for a translation)`;
    expect(messages(files)).toEqual([
      `content/stories/the-files.mdx: line 8: link: /cases/a-persn/: no case file has this address: did you mean /cases/a-person/? ${where('cases')}`,
      `content/stories/the-files.mdx: line 8: link: /fr/stories/othr/: no story has this address: did you mean /fr/stories/other/? ${where('stories')}`,
      // A story's name under /cases/ is no case file's: not offered.
      `content/stories/the-files.mdx: line 8: link: /cases/other/: no case file has this address ${where('cases')}`,
      `content/stories/the-files.mdx: line 8: link: /stories/elsewhere/: no story has this address ${where('stories')}`,
    ]);
  });

  it('on a site served below a folder, reports a link or an image written with the folder, which the build would add again', () => {
    const body = [
      'See [the other story](/red-notices/stories/other/#top), [the front page](/red-notices) and [the CSV](/red-notices/data/issued.csv?v=2).',
      '![The icon](/red-notices/favicon.svg) and <img src="/red-notices/maps/none.png" alt="A map" />, beside [a page](/stories/other/).',
    ].join('\n\n');
    const files = {
      'content/stories/the-files.mdx': story(goodFrontmatter, body),
      'content/stories/other.mdx': story('title: Other\nsummary: S\ndate: 2026-01-26'),
    };
    const fixture = minimalSite();
    for (const [path, text] of Object.entries(files)) fixture.write(path, text);
    const below = (url: string) => validateProject(fixture.root, now, false, url).errors.map((error) => error.message);
    const served =
      "the site is served below /red-notices/, and the build adds that folder to every address written from the site's root";
    expect(below('https://user.github.io/red-notices/')).toEqual([
      `content/stories/the-files.mdx: line 8: link: /red-notices/stories/other/#top: ${served}: write /stories/other/#top`,
      `content/stories/the-files.mdx: line 8: link: /red-notices: ${served}: write /`,
      `content/stories/the-files.mdx: line 8: link: /red-notices/data/issued.csv?v=2: ${served}: write /data/issued.csv?v=2`,
      `content/stories/the-files.mdx: line 10: image: /red-notices/favicon.svg: ${served}: write /favicon.svg`,
      `content/stories/the-files.mdx: line 10: image: /red-notices/maps/none.png: ${served}: write /maps/none.png, and check its name: there is no file public/maps/none.png`,
    ]);
    // At the root of the host, the same addresses are a missing image and links the preflight leaves to the link check.
    expect(below('https://casefile.example.org')).toEqual([
      'content/stories/the-files.mdx: line 10: image: no file public/red-notices/favicon.svg: expected the image in public/ (check the name and its case)',
      'content/stories/the-files.mdx: line 10: image: no file public/red-notices/maps/none.png: expected the image in public/ (check the name and its case)',
    ]);
    // Below a folder named as one of the site's own sections, /stories/other/ may mean the story: it is checked as one.
    fixture.write(
      'content/stories/the-files.mdx',
      story(goodFrontmatter, '[Other](/stories/other/), [gone](/stories/gone/).'),
    );
    expect(below('https://user.github.io/stories/')).toEqual([
      'content/stories/the-files.mdx: line 8: link: /stories/gone/: no story has this address (it is content/stories/<file name>.mdx, in /<language>/ for a translation)',
    ]);
  });

  it("says where a translation's link should go: a dataset's downloads, an untranslated story; a dataset's page is in its language", () => {
    const body =
      '[Les données](/fr/data/issued/), [le CSV](/fr/data/issued.csv), [les autres](/fr/data/isued/), [le catalogue](/fr/data/), [l’autre](/fr/stories/other/).';
    const files = {
      'content/stories/the-files.mdx': story(goodFrontmatter),
      'content/stories/fr/the-files.mdx': story(goodFrontmatter, body),
      'content/stories/other.mdx': story('title: Other\nsummary: S\ndate: 2026-01-26'),
    };
    expect(messages(files)).toEqual([
      "content/stories/fr/the-files.mdx: line 8: link: /fr/data/issued.csv: a dataset's downloads are the same for every language, at /data/<id>.csv and /data/<id>.json: write /data/issued.csv",
      'content/stories/fr/the-files.mdx: line 8: link: /fr/data/isued/: unknown dataset "isued": did you mean "issued"? expected one of issued (data/<id>.json)',
      'content/stories/fr/the-files.mdx: line 8: link: /fr/stories/other/: this story has no French translation; it is at /stories/other/, in English: link there, and say that it is in English',
    ]);
  });

  it("tells a translation's link to the English page of a dataset, or of a story translated and published, the French address to write", () => {
    const fr = (title: string, extra = '') => `title: ${title}\nsummary: S\ndate: 2026-01-26${extra}`;
    const body =
      '[Les données](/data/issued/#row-2024), [le CSV](/data/issued.csv), [l’autre](/stories/other/), ' +
      '[la suite](/stories/next/), [le brouillon](/stories/drafted/), [l’original](/stories/the-files/), ' +
      '[le dossier](/cases/pestrikov/).';
    const files = {
      'content/stories/the-files.mdx': story(goodFrontmatter),
      'content/stories/fr/the-files.mdx': story(goodFrontmatter, body),
      // Translated under another name, linked by its key.
      'content/stories/other.mdx': story('title: Other\nsummary: S\ndate: 2026-01-26'),
      'content/stories/fr/autre.mdx': story(fr('Autre', '\ntranslationKey: other')),
      // Not translated.
      'content/stories/next.mdx': story('title: Next\nsummary: S\ndate: 2026-01-26'),
      // Translated, but the translation is a draft: the English page is the one to link for now.
      'content/stories/drafted.mdx': story('title: Drafted\nsummary: S\ndate: 2026-01-26'),
      'content/stories/fr/drafted.mdx': story(fr('Brouillon', '\ndraft: true')),
      'content/cases/pestrikov.mdx': story(
        'title: Igor Pestrikov\nsummary: S\ndate: 2026-01-26\nsubject: Igor Pestrikov\ncountry: RU\nstatus: cancelled\nnotice: red-diffusion',
      ),
      'content/cases/fr/pestrikov.mdx': story(
        'title: Igor Pestrikov (fr)\nsummary: R\ndate: 2026-01-26\nsubject: Igor Pestrikov\ncountry: RU\nstatus: cancelled\nnotice: red-diffusion',
      ),
    };
    const told = (href: string, kind: string, address: string) =>
      `content/stories/fr/the-files.mdx: line 8: link: ${href} is the ${kind}'s English page, and this page is in French: its French page is ${address}: write that, so that the reader stays in French`;
    expect(messages(files)).toEqual([
      told('/data/issued/#row-2024', 'dataset', '/fr/data/issued/#row-2024'),
      told('/stories/other/', 'story', '/fr/stories/autre/'),
      told('/cases/pestrikov/', 'case file', '/fr/cases/pestrikov/'),
    ]);
  });

  it('passes valid MDX that looks like a mistake: escaped or quoted tags, imports, spaced closing tags, ">" in options', () => {
    const body = [
      'import { Image } from "astro:assets";',
      'Editors write \\<Widget> in prose, or ``<Reponse>`` in code, or `<cite id="x" />`.',
      '<Image src="/favicon.svg" alt="Icon" width={16} height={16} /> <Fragment>text</Fragment>',
      '<Response from="Interpol" date="2026-01-26">We do not comment.</Response >',
      '<Response from="A -> B" date="2026-01-26" />',
      '![The logo](./logo_(2019).svg) and [the story](/stories/caf%C3%A9/).',
    ].join('\n\n');
    const files = {
      'content/stories/the-files.mdx': story(goodFrontmatter, body),
      'content/stories/logo_(2019).svg': '<svg/>',
      'content/stories/café.mdx': story('title: C\nsummary: S\ndate: 2026-01-26'),
    };
    expect(messages(files)).toEqual([]);
  });

  it('reports a misspelt component with an accent, a bare "%" in a link, and a link wrapped over two lines', () => {
    const body = [
      '<Réponse from="Interpol" date="2026-01-26">Texte.</Réponse>',
      '![chart](/img/50%-share.png)',
      'See [the held\nstory](/stories/held/).',
    ].join('\n\n');
    const files = {
      'content/stories/the-files.mdx': story(goodFrontmatter, body),
      'content/stories/held.mdx': story('title: H\nsummary: S\ndate: 2026-01-26\nembargo: 2026-12-01T06:00:00Z'),
    };
    expect(messages(files)).toEqual([
      'content/stories/the-files.mdx: line 8: <Réponse>: no such component: did you mean <Response>?',
      'content/stories/the-files.mdx: line 10: image: /img/50%-share.png: a "%" that is no escape: write it as %25',
      'content/stories/the-files.mdx: line 12: link: /stories/held/ is embargoed until 2026-12-01T06:00:00Z (content/stories/held.mdx): the link would publish its address before the page; link to it once it is published',
    ]);
  });

  it('reports a withheld page linking to a page held longer, which would stop the build that publishes it', () => {
    const page = (title: string, embargo: string, text = 'Text.') =>
      story(`title: ${title}\nsummary: S\ndate: 2026-01-26\nembargo: ${embargo}`, text);
    const files = {
      'content/stories/a.mdx': page('A', '2026-12-01T06:00:00Z', 'See [B](/stories/b/).'),
      'content/stories/b.mdx': page('B', '2026-12-05T06:00:00Z', 'See [A](/stories/a/).'),
    };
    expect(messages(files)).toEqual([
      'content/stories/a.mdx: line 8: link: /stories/b/ is embargoed until 2026-12-05T06:00:00Z, after this page is published (content/stories/b.mdx): the link would publish its address before the page; link to it once it is published',
    ]);
  });

  it('does not check a chart against its data when a faulty option decides which rows it draws', () => {
    const rows = [
      { year: 2023, issued: 1, source: 'rnm-numbers' },
      { year: 2023, issued: 2, source: 'rnm-numbers' },
    ];
    const body = '<Chart dataset="issued" type="bar" x="year" y="issued" title="T" filter={{ "source": null }} />';
    const out = messages({
      'data/issued.json': dataset(rows),
      'content/stories/the-files.mdx': story(goodFrontmatter, body),
    });
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/<Chart> "T" filter\.source: /);
  });

  it('tells a link to a download the site does not make (.CSV, .xlsx) of a dataset the downloads it makes', () => {
    expect(
      messages({
        'content/stories/the-files.mdx': story(
          goodFrontmatter,
          'Get [the CSV](/data/issued.CSV), [the sheet](/data/issued.xlsx), [the JSON](/data/issued.JSON) or [the figures](/data/isued.xlsx); [the table](/data/issued.csv) is right.',
        ),
      }),
    ).toEqual([
      "content/stories/the-files.mdx: line 8: link: /data/issued.CSV: the site makes no such file: a dataset's downloads are /data/issued.csv and /data/issued.json, in lower case: write /data/issued.csv",
      "content/stories/the-files.mdx: line 8: link: /data/issued.xlsx: the site makes no such file: a dataset's downloads are /data/issued.csv and /data/issued.json, in lower case: write /data/issued.csv",
      "content/stories/the-files.mdx: line 8: link: /data/issued.JSON: the site makes no such file: a dataset's downloads are /data/issued.csv and /data/issued.json, in lower case: write /data/issued.json",
      'content/stories/the-files.mdx: line 8: link: /data/isued.xlsx: unknown dataset "isued": did you mean "issued"? expected one of issued (data/<id>.json)',
    ]);
  });

  it('reports a link to a dataset only withheld pages use (it is withheld with them)', () => {
    const files = {
      'content/stories/the-files.mdx': story(
        'title: T\nsummary: S\ndate: 2026-01-26',
        'See [the data](/data/issued/).',
      ),
      'content/stories/held.mdx': story(
        'title: H\nsummary: S\ndate: 2026-01-26\ndatasets: [issued]\nembargo: 2026-12-01T06:00:00Z',
      ),
    };
    expect(messages(files)).toEqual([
      'content/stories/the-files.mdx: line 7: link: /data/issued/: only draft or embargoed pages use dataset "issued", so it is withheld with them and the link would be broken: add issued to this page\'s datasets to publish it with this page',
    ]);
  });

  it('reports a duplicate slug', () => {
    const out = messages({ 'content/stories/The Files.mdx': story(goodFrontmatter) });
    expect(out).toEqual([
      'content/stories/the-files.mdx: slug: "the-files" is already used by content/stories/The Files.mdx: rename one of the files',
      'content/stories/The Files.mdx: file name: it is the page\'s address, and would be published as "the-files": use lower-case letters, digits and hyphens, e.g. rename it to the-files.mdx',
    ]);
  });

  it('refuses two pages of one kind and language whose names differ only by "_" for "-", naming both: a copy published at a second address', () => {
    const kase = (title: string) =>
      story(
        `title: ${title}\nsummary: S\ndate: 2025-06-01\nsubject: A. Person\ncountry: KG\nstatus: refused\nnotice: red-notice`,
      );
    const out = messages({
      // The copy's title was edited, so no other check notices it.
      'content/stories/the_files.mdx': story(goodFrontmatter.replace('The files', 'The files, revised')),
      'content/stories/fr/les-dossiers.mdx': story(
        'title: Les dossiers\nsummary: S\ndate: 2026-01-26\ntranslationKey: the-files',
      ),
      'content/stories/fr/les_dossiers.mdx': story(
        'title: Les dossiers, bis\nsummary: S\ndate: 2026-01-26\ntranslationKey: the-files',
      ),
      'content/cases/kloop-media.mdx': kase('K'),
      'content/cases/Kloop_Media.mdx': kase('K2'),
      // One kind's page and the other's, or a page and its translation, are not twins.
      'content/cases/the_files.mdx': kase('K3'),
    });
    expect(out.filter((line) => line.includes('only by'))).toEqual([
      'content/stories/fr/les_dossiers.mdx: file name: its name differs from content/stories/fr/les-dossiers.mdx only by "_" for "-", so the two would be published as two stories, at /fr/stories/les_dossiers/ and /fr/stories/les-dossiers/: if one is a copy of the other, delete it; if not, give them names that differ in words',
      'content/stories/the_files.mdx: file name: its name differs from content/stories/the-files.mdx only by "_" for "-", so the two would be published as two stories, at /stories/the_files/ and /stories/the-files/: if one is a copy of the other, delete it; if not, give them names that differ in words',
      'content/cases/Kloop_Media.mdx: file name: its name differs from content/cases/kloop-media.mdx only by "_" for "-" and in letter case, so the two would be published as two case files, at /cases/kloop_media/ and /cases/kloop-media/: if one is a copy of the other, delete it; if not, give them names that differ in words',
    ]);
  });

  it('refuses two pages of one kind and language whose names differ only by accents, as by "_" for "-": a copy published at a second address', () => {
    const kase = (title: string) =>
      story(
        `title: ${title}\nsummary: S\ndate: 2025-06-01\nsubject: A. Person\ncountry: KG\nstatus: refused\nnotice: red-notice`,
      );
    const out = messages({
      // A copy saved under the name without its accents, its title edited, so no other check notices it.
      'content/stories/fr/les-dossiers-révélés.mdx': story(
        'title: Les dossiers révélés\nsummary: S\ndate: 2026-01-26\ntranslationKey: les-dossiers-révélés',
      ),
      'content/stories/fr/les-dossiers-reveles.mdx': story(
        'title: Les dossiers révélés, bis\nsummary: S\ndate: 2026-01-26\ntranslationKey: les-dossiers-reveles',
      ),
      'content/cases/proces-kloop.mdx': kase('K'),
      'content/cases/procès_kloop.mdx': kase('K2'),
      // A name with accents beside none like it is an address of its own.
      'content/stories/fr/café.mdx': story('title: Café\nsummary: S\ndate: 2026-01-26\ntranslationKey: café'),
    });
    expect(out.filter((line) => line.includes('only by'))).toEqual([
      'content/stories/fr/les-dossiers-révélés.mdx: file name: its name differs from content/stories/fr/les-dossiers-reveles.mdx only by accents, so the two would be published as two stories, at /fr/stories/les-dossiers-révélés/ and /fr/stories/les-dossiers-reveles/: if one is a copy of the other, delete it; if not, give them names that differ in words',
      'content/cases/procès_kloop.mdx: file name: its name differs from content/cases/proces-kloop.mdx only by "_" for "-" and by accents, so the two would be published as two case files, at /cases/procès_kloop/ and /cases/proces-kloop/: if one is a copy of the other, delete it; if not, give them names that differ in words',
    ]);
  });

  it('refuses a page named with underscores, as every other id of the site: a case file kloop_media could be listed by no story', () => {
    const kase = story(
      'title: K\nsummary: S\ndate: 2025-06-01\nsubject: A. Person\ncountry: KG\nstatus: refused\nnotice: red-notice',
    );
    expect(
      messages({
        'content/stories/how_it_works.mdx': story('title: How it works\nsummary: S\ndate: 2026-01-26'),
        'content/cases/kloop_media.mdx': kase,
      }),
    ).toEqual([
      "content/stories/how_it_works.mdx: file name: it is the page's address: use lower-case letters, digits and hyphens, e.g. rename it to how-it-works.mdx",
      "content/cases/kloop_media.mdx: file name: it is the page's address and its id (what a story's cases: lists): use lower-case letters, digits and hyphens, e.g. rename it to kloop-media.mdx",
    ]);
  });

  it('tells a story listing a case file named with underscores to have the file renamed, not to list it by a name cases: refuses', () => {
    const kase = story(
      'title: K\nsummary: S\ndate: 2025-06-01\nsubject: A. Person\ncountry: KG\nstatus: refused\nnotice: red-notice',
    );
    const out = messages({
      'content/cases/kloop_media.mdx': kase,
      'content/stories/listing.mdx': story('title: Listing\nsummary: S\ndate: 2026-01-26\ncases: [kloop-media]'),
    });
    expect(out.filter((line) => line.startsWith('content/stories/listing.mdx'))).toEqual([
      'content/stories/listing.mdx: line 5: cases[0]: no case file "kloop-media" (content/cases/kloop-media.mdx): content/cases/kloop_media.mdx is named with underscores, which no cases: can list: rename it to kloop-media.mdx',
    ]);
  });

  it('refuses a Markdown story, and a story whose name the site does not read as MDX (an original renamed away)', () => {
    const fixture = minimalSite();
    fixture.write('content/stories/notes.md', story(goodFrontmatter, 'Text <Cite id="rnm-numbers" />.'));
    fixture.write('content/stories/old.markdown', story(goodFrontmatter));
    fixture.write('content/stories/loud.MDX', story(goodFrontmatter));
    fixture.write('content/stories/kept.mdx.txt', story(goodFrontmatter));
    fixture.write('content/cases/fr/saved.Mdx.bak', story(goodFrontmatter));
    // Not pages: an image beside a page, an editor's backup and swap files.
    fixture.write('content/stories/photo.jpg', 'JPEG');
    fixture.write('content/stories/x2.mdx~', story(goodFrontmatter));
    fixture.write('content/stories/.x2.mdx.swp', 'swap');
    // Its dataset used by a page the site reads (one no page uses is noted).
    fixture.write('content/stories/the-files.mdx', story(goodFrontmatter));
    const { errors, notes } = validateProject(fixture.root, now, false);
    expect(errors.map((error) => error.message)).toEqual([
      'content/stories/kept.mdx.txt: not read: the site reads files ending in .mdx, in lower case: rename it to kept.mdx, or prefix its name with _ to keep it out of the site',
      'content/stories/loud.MDX: not read: the site reads files ending in .mdx, in lower case: rename it to loud.mdx, or prefix its name with _ to keep it out of the site',
      'content/stories/notes.md: not read: stories and case files are MDX: rename it to notes.mdx (in Markdown, <Chart>, <Cite>, <Fact> and <Response> are not components)',
      'content/stories/old.markdown: not read: stories and case files are MDX: rename it to old.mdx (in Markdown, <Chart>, <Cite>, <Fact> and <Response> are not components)',
      'content/cases/fr/saved.Mdx.bak: not read: the site reads files ending in .mdx, in lower case: rename it to saved.mdx, or prefix its name with _ to keep it out of the site',
    ]);
    expect(notes).toEqual([]);
  });

  it('stops on a folder that is not a language folder, which would publish its pages at addresses with its name in them', () => {
    const fixture = minimalSite();
    fixture.write('content/stories/de/the-files.mdx', story(goodFrontmatter));
    fixture.write('content/stories/de/other.mdx', story(goodFrontmatter));
    fixture.write('content/stories/archive/old.mdx', story(goodFrontmatter));
    fixture.write('content/stories/drafts/x.mdx', story(goodFrontmatter));
    fixture.write('content/stories/drafts/y.mdx', story(goodFrontmatter));
    fixture.write('content/stories/fr/2019/vieux.mdx', story(goodFrontmatter));
    // Checked whether or not the page itself is valid.
    fixture.write('content/cases/en/a-case.mdx', story('title: C'));
    const { errors, notes } = validateProject(fixture.root, now, false);
    expect(errors.map((error) => error.message).filter((message) => message.includes(': folder: '))).toEqual([
      'content/stories/archive/: folder: stories live directly in content/stories/ (or a language folder such as fr/): archive/old.mdx would be published at /stories/archive/old/; move it, or prefix the folder with _ to keep it out of the site',
      'content/stories/de/: folder: "de" is the code of a language (German) the site does not have: its pages would be published as en pages, at /stories/de/…; translations go in fr/ (or add the language to site.locales), or prefix the folder with _ to keep it out of the site',
      'content/stories/drafts/: folder: stories live directly in content/stories/ (or a language folder such as fr/): drafts/x.mdx and 1 other file of the folder would be published at /stories/drafts/x/…; move them, or prefix the folder with _ to keep it out of the site',
      'content/stories/fr/2019/: folder: stories live directly in content/stories/ (translations in content/stories/fr/): 2019/vieux.mdx would be published at /fr/stories/2019/vieux/; move it, or prefix the folder with _ to keep it out of the site',
      'content/cases/en/: folder: "en" means English, the site\'s default language: its pages would be published at /cases/en/…; pages in English go in content/cases/ itself',
    ]);
    expect(notes.map((note) => note.message).filter((message) => message.includes(': folder: '))).toEqual([]);
  });

  it('leaves files and folders named "_…" out of the checks, and notes each, so that an editor knows it is not published', () => {
    const fixture = minimalSite();
    // Invalid, and not reported: not published either (see tests/lib/content-files.test.ts).
    fixture.write('content/stories/_drafts/x.mdx', story('title: [unclosed'));
    fixture.write('content/stories/_drafts/deeper/y.mdx', story('title: [unclosed'));
    fixture.write('content/stories/_x.mdx', story('title: X'));
    fixture.write('content/cases/fr/_brouillon.mdx', story('title: X'));
    fixture.write('data/_old.json', '{');
    fixture.write('content/stories/the-files.mdx', story(goodFrontmatter));
    const { errors, notes } = validateProject(fixture.root, now, false);
    expect(errors).toEqual([]);
    expect(notes.map((note) => note.message)).toEqual([
      'content/stories/_drafts/: not published, nor checked: a name starting with "_" keeps a folder out of the site; remove the "_" to publish it',
      'content/stories/_x.mdx: not published, nor checked: a name starting with "_" keeps a file out of the site; remove the "_" to publish it',
      'content/cases/fr/_brouillon.mdx: not published, nor checked: a name starting with "_" keeps a file out of the site; remove the "_" to publish it',
      'data/_old.json: not published, nor checked: a name starting with "_" keeps a file out of the site; remove the "_" to publish it',
    ]);
  });

  it("refuses a folder named for one of the site's languages otherwise than site.locales writes it, naming the folder meant", () => {
    const fixture = minimalSite();
    const page = story('title: Les fichiers\nsummary: Ce qu’ils montrent.\ndate: 2026-01-20');
    for (const folder of ['fra', 'fre', 'french', 'francais', 'français', 'fr_CA'])
      fixture.write(`content/stories/${folder}/the-files.mdx`, page);
    fixture.write('content/stories/fra/other.mdx', page);
    fixture.write(
      'content/cases/FR/a-case.mdx',
      story(
        'title: C\nsummary: S.\ndate: 2026-01-20\nsubject: A. Person\ncountry: RU\ncountries: [RU]\nstatus: active\nnotice: red-notice',
      ),
    );
    // The default language's pages are published, in their language, under the folder's name: a note.
    fixture.write('content/stories/eng/x1.mdx', story(goodFrontmatter));
    const { errors, notes } = validateProject(fixture.root, now, false);
    // The address is the folder's name as Astro writes it in ids, lowercased.
    const french = (folder: string) =>
      `content/stories/${folder}/: folder: "${folder}" means French, whose pages go in fr/: its pages would be published as en pages, at /stories/${folder.toLowerCase()}/…, in the en lists, feed and search: move them to content/stories/fr/`;
    expect(errors.map((error) => error.message)).toEqual([
      'content/stories/eng/: folder: "eng" means English, the site\'s default language: its pages would be published at /stories/eng/…; pages in English go in content/stories/ itself',
      french('fr_CA'),
      french('fra'),
      french('francais'),
      french('français'),
      french('fre'),
      french('french'),
      'content/cases/FR/: folder: "FR" is not how the site writes French\'s code, fr: rename the folder content/cases/fr/ (a disk that ignores case, as on macOS and Windows, takes FR/ and fr/ for one folder; git and the build\'s machine, for two)',
    ]);
    // The case file in FR/ is read as a French one, and has no original.
    expect(notes.map((note) => note.file)).toEqual(['content/cases/FR/a-case.mdx']);
  });

  it("refuses a folder named by a country's code, not its language's (ua/ for uk/), naming the language's folder", () => {
    const fixture = minimalSite();
    // Monaco's code for French, as Ukraine's (ua) is written for Ukrainian (uk); the United Kingdom's for English.
    fixture.write('content/stories/mc/the-files.mdx', story('title: Les fichiers\nsummary: S.\ndate: 2026-01-20'));
    fixture.write('content/stories/gb/x1.mdx', story(goodFrontmatter));
    const { errors } = validateProject(fixture.root, now, false);
    expect(errors.map((error) => error.message)).toEqual([
      'content/stories/gb/: folder: "gb" is the code of a country (United Kingdom), not of a language: its pages would be published at /stories/gb/…; pages in English, the site\'s default language, go in content/stories/ itself',
      'content/stories/mc/: folder: "mc" is the code of a country (Monaco), not of a language: French\'s pages go in fr/, and these would be published as en pages, at /stories/mc/…, in the en lists, feed and search: move them to content/stories/fr/',
    ]);
  });

  it('reports an unreadable sources.json once, not as an unknown source at every citation', () => {
    expect(
      messages({
        'data/sources.json': '{ "a": 1, }',
        'content/stories/the-files.mdx': story(goodFrontmatter, 'Text <Cite id="rnm-numbers" />.'),
      }),
    ).toEqual([expect.stringMatching(/^data\/sources\.json: invalid JSON at line 1/)]);
  });

  it('reports invalid JSON in a dataset with its line, its column and what is wrong in words', () => {
    expect(messages({ 'data/issued.json': '{\n  "title": "x",\n  "rows": [\n    { "year": 2024 },\n  ]\n}' })).toEqual([
      'data/issued.json: invalid JSON at line 5, column 3: a comma with nothing after it: remove the comma before "]"',
    ]);
    expect(messages({ 'data/issued.json': "{\n  'title': 'x'\n}" })).toEqual([
      'data/issued.json: invalid JSON at line 2, column 3: unexpected "\'" (text goes in double quotes)',
    ]);
    expect(messages({ 'data/issued.json': '{\n  "title": "x"\n  "description": "y"\n}' })).toEqual([
      'data/issued.json: invalid JSON at line 3, column 3: expected a comma between two entries',
    ]);
  });

  it('tells a gap written as another language writes it (NaN, undefined, None, nil) to write null', () => {
    for (const gap of ['NaN', 'undefined', 'None', 'nil', 'NULL']) {
      expect(
        messages({ 'data/issued.json': `{\n  "rows": [\n    { "year": 2024, "issued": ${gap} }\n  ]\n}` }),
      ).toEqual([
        `data/issued.json: invalid JSON at line 3, column 31: ${gap} is no JSON value: write null for a gap (a figure no source gives)`,
      ]);
    }
  });

  it('tells n/a or - written without quotes that a text is written in double quotes, as a gap is null', () => {
    for (const gap of ['n/a', 'N/A', '-']) {
      expect(messages({ 'data/issued.json': `{\n  "rows": [\n    { "year": 2024, "note": ${gap} }\n  ]\n}` })).toEqual([
        `data/issued.json: invalid JSON at line 3, column 29: ${gap} is no JSON value: write null for a gap (a figure no source gives), or "${gap}" in double quotes where it is a text`,
      ]);
    }
  });

  it('reports an empty row ({}) once, as a row to remove, not as a missing value per column', () => {
    const rows = [{ year: 2024, issued: 1, source: 'rnm-numbers' }, {}];
    expect(messages({ 'data/issued.json': dataset(rows) })).toEqual([
      'data/issued.json: rows[1]: an empty row ({}): remove it, or write its values (null for a gap)',
    ]);
  });

  it('reports each row that does not match its columns, with its index', () => {
    const out = messages({
      'data/issued.json': dataset([
        { year: 2024, issued: 15548, source: 'rnm-numbers' },
        { year: 2023, issued: '12,000', source: 'rnm-numbers' },
        { year: 2022, issued: null, source: 'rnm-numbers', comment: 'x' },
        { year: 2021, source: 'rnm-numbers' },
        { year: 2020, issued: 1.5, source: 'rnm-numbers' },
      ]),
    });
    expect(out).toEqual([
      'data/issued.json: rows[1].issued: expected a whole number or null, got "12,000": write the figure without quotes or separators, 12000 (the row where year is 2023)',
      'data/issued.json: rows[2].comment: unknown column "comment": declare it in "columns" or remove it (columns: year, issued, source) (the row where year is 2022)',
      'data/issued.json: rows[3].issued: missing value: write null for a gap (the row where year is 2021)',
      'data/issued.json: rows[4].issued: expected a whole number or null, got 1.5 (the row where year is 2020)',
    ]);
  });

  it('says how to write a figure typed with a decimal comma or a % sign', () => {
    const shares = (rows: Record<string, unknown>[]) =>
      dataset(rows, {
        columns: {
          year: { type: 'integer', description: 'Year' },
          share: { type: 'number', unit: '%', description: 'Share of notices' },
          source: { type: 'string', ref: 'source', description: 'Source of the figure' },
        },
      });
    const out = messages({
      'data/issued.json': shares([
        { year: 2024, share: '13,5', source: 'rnm-numbers' },
        { year: 2023, share: '9.7%', source: 'rnm-numbers' },
        { year: 2022, share: '12,25 %', source: 'rnm-numbers' },
        { year: 2021, share: '1,250', source: 'rnm-numbers' },
      ]),
    });
    expect(out).toEqual([
      'data/issued.json: rows[0].share: expected a finite number or null, got "13,5": write the figure without quotes, with a point before its decimals, 13.5 (the row where year is 2024), and the same problem in the 3 other rows',
    ]);
    // Each alone, with its own hint (the first row's hint stands for a repeated mistake).
    const one = (share: string) =>
      messages({ 'data/issued.json': shares([{ year: 2024, share, source: 'rnm-numbers' }]) })[0];
    expect(one('9.7%')).toBe(
      'data/issued.json: rows[0].share: expected a finite number or null, got "9.7%": write the figure without quotes or the % sign, 9.7, and give the column "unit": "%" (the row where year is 2024)',
    );
    expect(one('12,25 %')).toMatch(/got "12,25 %": write the figure without quotes or the % sign, 12\.25,/);
    // Three digits after a comma read as thousands first, and as decimals too: a French sheet writes 1.25 so.
    expect(one('1,250')).toMatch(
      /got "1,250": write the figure without quotes: 1250, or 1\.25 if the comma is a decimal one /,
    );
    expect(one('n/a')).toBe(
      'data/issued.json: rows[0].share: expected a finite number or null, got "n/a": write null, without quotes, where the source gives no figure (the row where year is 2024)',
    );
    // A figure in words is written in digits; text that is neither a figure nor a gap gets no hint.
    expect(one('twelve')).toBe(
      'data/issued.json: rows[0].share: expected a finite number or null, got "twelve": write the figure in digits, without quotes (the row where year is 2024)',
    );
    expect(one('pending')).toBe(
      'data/issued.json: rows[0].share: expected a finite number or null, got "pending" (the row where year is 2024)',
    );
  });

  it('reports a mistake repeated down a column once, at its first row, with how many other rows and which', () => {
    // Twelve years, as a spreadsheet exports them: every figure typed as text, the source column misspelt in every
    // row, and one source id wrong in three rows. Three mistakes, three lines (there were 39).
    const rows = Array.from({ length: 12 }, (_, i) => ({
      year: 2013 + i,
      issued: (10000 + i * 500).toLocaleString('en'),
      sorce: i % 4 === 1 ? 'rnm-numbrs' : 'rnm-numbers',
    }));
    expect(messages({ 'data/issued.json': dataset(rows) })).toEqual([
      'data/issued.json: rows[0].issued: expected a whole number or null, got "10,000": write the figure without quotes or separators, 10000 (the row where year is 2013), and the same problem in the 11 other rows',
      'data/issued.json: rows[0].sorce: unknown column "sorce": did you mean "source"? (the row where year is 2013), and the same problem in the 11 other rows; or, if the rows are right, rename "source" in "columns"',
    ]);
    const fixedName = rows.map(({ sorce, ...row }) => ({ ...row, issued: 10000, source: sorce }));
    expect(messages({ 'data/issued.json': dataset(fixedName) })).toEqual([
      'data/issued.json: rows[1].source: unknown source "rnm-numbrs": did you mean "rnm-numbers"? add it to data/sources.json or fix the id (the row where year is 2014), and the same in 2 more rows (where year is 2018 and 2022)',
    ]);
    // A column misspelt in one row is one problem, not an unknown column and a missing value.
    expect(
      messages({
        'data/issued.json': dataset([
          { year: 2024, issued: 15548, source: 'rnm-numbers' },
          { year: 2023, isued: 15000, source: 'rnm-numbers' },
        ]),
      }),
    ).toEqual([
      'data/issued.json: rows[1].isued: unknown column "isued": did you mean "issued"? (the row where year is 2023)',
    ]);
    // Both mistakes of one row in one build: the misspelt column, and an unknown source id.
    expect(
      messages({
        'data/issued.json': dataset([
          { year: 2024, issued: 15548, source: 'rnm-numbers' },
          { year: 2023, isued: 15000, source: 'rnm-numbesr' },
        ]),
      }),
    ).toEqual([
      'data/issued.json: rows[1].isued: unknown column "isued": did you mean "issued"? (the row where year is 2023)',
      'data/issued.json: rows[1].source: unknown source "rnm-numbesr": did you mean "rnm-numbers"? add it to data/sources.json or fix the id (the row where year is 2023)',
    ]);
    // A source cell that is no text is the schema's one problem, not also an unknown source.
    expect(messages({ 'data/issued.json': dataset([{ year: 2024, issued: 15548, source: 2024 }]) })).toEqual([
      expect.stringMatching(/^data\/issued\.json: rows\[0\]\.source: /),
    ]);
  });

  it('names the repeated rows by their place when their key does not tell them apart, and keeps different typos apart', () => {
    const json = JSON.parse(dataset()) as { columns: Record<string, object>; rows: Record<string, unknown>[] };
    json.columns.snapshot = { type: 'date', description: 'When counted' };
    json.rows = ['n/a', '2019-02-30', 'n/a', '2019', 'n/a', null].map((snapshot) => ({
      year: 2024,
      issued: 1,
      source: 'rnm-numbers',
      snapshot,
    }));
    expect(messages({ 'data/issued.json': JSON.stringify(json) })).toEqual([
      'data/issued.json: rows[0].snapshot: expected a real date written YYYY-MM-DD, YYYY-MM or YYYY or null, got "n/a" (the row where year is 2024), and the same in 2 more rows (rows[2] and rows[4])',
      'data/issued.json: rows[1].snapshot: expected a real date written YYYY-MM-DD, YYYY-MM or YYYY or null, got "2019-02-30": no such day (the row where year is 2024)',
    ]);
    // Figures without a source in several rows: one line naming them all.
    const unsourced = [2019, 2020, 2021].map((year) => ({ year, issued: 100, source: null }));
    expect(
      messages({ 'data/issued.json': dataset([{ year: 2018, issued: 1, source: 'rnm-numbers' }, ...unsourced]) }),
    ).toEqual([
      'data/issued.json: rows[1].source: the rows where year is 2019, 2020 and 2021 have a figure in "issued" but no source: name their sources, or leave the figures empty (null)',
    ]);
  });

  it("reports a dataset's translations that name another language, a column or a value it does not have, or too few notes or corrections", () => {
    const rows = [
      { year: 2024, issued: 15548, source: 'rnm-numbers', basis: 'issued' },
      { year: 2023, issued: null, source: 'rnm-numbers', basis: 'not published' },
    ];
    const withBasis = (translations: object) =>
      JSON.parse(
        dataset(rows, {
          notes: ['A note.'],
          corrections: [
            { date: '2026-02-02', text: 'Fixed.' },
            { date: '2026-02-03', text: 'Again.' },
            { date: '2026-02-03', text: 'Twice.' },
          ],
          translations,
        }),
      ) as { columns: Record<string, object> };
    const file = (translations: object) => {
      const json = withBasis(translations);
      json.columns.basis = { type: 'string', description: 'How the figure was counted' };
      return JSON.stringify(json);
    };
    const good = {
      fr: {
        title: 'Notices rouges émises par an',
        notes: ['Une note.'],
        corrections: { '2026-02-02': 'Corrigé.' },
        columns: { issued: { label: 'Émises', unit: 'notices' }, basis: { values: { issued: 'émises' } } },
      },
    };
    expect(messages({ 'data/issued.json': file(good) })).toEqual([]);
    expect(
      messages({
        'data/issued.json': file({
          en: { title: 'Red notices' },
          de: { title: 'Rote Ausschreibungen' },
          fr: {
            notes: [],
            corrections: { '2026-02-01': 'Corrigé.', '2026-02-03': 'Deux fois ?' },
            columns: {
              issues: { label: 'Émises' },
              issued: { values: { '15548': '15 548' } },
              basis: { values: { Issued: 'émises' } },
            },
          },
        }),
      }),
    ).toEqual([
      'data/issued.json: translations.en: "en" is the language the dataset is written in: its texts need no translation',
      'data/issued.json: translations.de: unknown language "de": expected one of the site\'s other languages (fr), or German added to site.locales (src/site.config.ts)',
      'data/issued.json: translations.fr.notes: expected 1 note, one for each of "notes" in the same order; got 0',
      'data/issued.json: translations.fr.corrections.2026-02-01: no correction is dated 2026-02-01: expected the date of one of "corrections" (2026-02-02, 2026-02-03, 2026-02-03)',
      'data/issued.json: translations.fr.corrections.2026-02-03: 2 corrections are dated 2026-02-03: a translation names a correction by its date and cannot tell them apart; write them as one correction',
      'data/issued.json: translations.fr.columns.issues: unknown column "issues" (did you mean "issued"?): expected one of year, issued, source, basis',
      'data/issued.json: translations.fr.columns.issued.values: expected values only for a text column (type "string", no "ref")',
      'data/issued.json: translations.fr.columns.basis.values.Issued: no row has the value "Issued" in "basis": expected a value of the column, written exactly',
    ]);
  });

  it("reports a dataset's lang that is none of the site's languages, and a translation into the lang it is written in", () => {
    const expected = `expected the code of one of the site's languages (en, fr; "en" when omitted), the language the dataset's texts are written in`;
    expect(messages({ 'data/issued.json': dataset(undefined, { lang: 'French' }) })).toEqual([
      `data/issued.json: lang: unknown language "French": ${expected}: write "fr"`,
    ]);
    expect(messages({ 'data/issued.json': dataset(undefined, { lang: 'de' }) })).toEqual([
      `data/issued.json: lang: unknown language "de": ${expected}`,
    ]);
    expect(messages({ 'data/issued.json': dataset(undefined, { lang: ['fr'] }) })).toEqual([
      `data/issued.json: lang: ${expected}, got a list, ["fr"]: it takes one value, without brackets: write "fr"`,
    ]);
    // A French dataset is translated into English, not into French.
    expect(
      messages({
        'data/issued.json': dataset(undefined, { lang: 'fr', translations: { en: { title: 'Red notices' } } }),
      }),
    ).toEqual([]);
    expect(
      messages({ 'data/issued.json': dataset(undefined, { lang: 'fr', translations: { fr: { title: 'Notices' } } }) }),
    ).toEqual([
      'data/issued.json: translations.fr: "fr" is the language the dataset is written in (its "lang"): its texts need no translation',
    ]);
  });

  it('lists the fields an object has when one is misspelled, however deep in a dataset', () => {
    const json = JSON.parse(
      dataset(undefined, { translations: { fr: { columns: { issued: { lable: 'Émises' } } } } }),
    ) as { columns: Record<string, Record<string, string>> };
    json.columns.year!.lable = 'Year';
    expect(messages({ 'data/issued.json': JSON.stringify(json) })).toEqual([
      'data/issued.json: columns.year: unknown field "lable" (did you mean "label"?): expected one of type, unit, description, label, ref, sourceColumn',
      'data/issued.json: translations.fr.columns.issued: unknown field "lable" (did you mean "label"?): expected one of label, unit, description, values',
    ]);
  });

  it("translates a dataset's chart by its title, subtitle and note only, each the chart writes, and names a misspelt one", () => {
    const chart = { type: 'bar', x: 'year', y: 'issued', title: 'Red notices issued' };
    const withChart = (fr: object, extra: object = { chart }) =>
      dataset(undefined, { ...extra, translations: { fr: { chart: fr } } });
    expect(messages({ 'data/issued.json': withChart({ title: 'Notices rouges émises' }) })).toEqual([]);
    expect(
      messages({
        'data/issued.json': withChart({ titel: 'Notices rouges émises', x: 'année' }),
      }),
    ).toEqual([
      'data/issued.json: translations.fr.chart: unknown fields "titel" (did you mean "title"?), "x": expected one of title, subtitle, note',
    ]);
    expect(messages({ 'data/issued.json': withChart({ subtitle: 'Par an', note: 'Une note.' }) })).toEqual([
      `data/issued.json: translations.fr.chart.subtitle: the dataset's chart has no "subtitle" to translate: write it under "chart" first, in the dataset's own language`,
      `data/issued.json: translations.fr.chart.note: the dataset's chart has no "note" to translate: write it under "chart" first, in the dataset's own language`,
    ]);
    expect(messages({ 'data/issued.json': withChart({ title: 'Notices rouges émises' }, {}) })).toEqual([
      'data/issued.json: translations.fr.chart: the dataset has no "chart" to translate: give it one first, written in its own language',
    ]);
    // Printed as written, as the chart's own texts are.
    expect(
      messages({ 'data/issued.json': withChart({ title: 'Notices *émises*' }) }).map((m) => m.split(' would be')[0]),
    ).toEqual(['data/issued.json: translations.fr.chart.title: *émises*']);
  });

  it('says what a list field expects when it is given something else', () => {
    expect(
      messages({ 'content/stories/the-files.mdx': story(`${goodFrontmatter}\nauthors: A. Reporter\ncountries: RU`) }),
    ).toEqual([
      'content/stories/the-files.mdx: line 6: authors: expected a list of names, e.g. ["A. Reporter"], got "A. Reporter": write authors: ["A. Reporter"]',
      'content/stories/the-files.mdx: line 7: countries: expected a list of ISO country codes, e.g. [RU, TJ], got "RU": write countries: [RU]',
    ]);
    expect(messages({ 'data/issued.json': dataset(undefined, { sources: 'rnm-numbers', notes: 'A note.' }) })).toEqual([
      'data/issued.json: sources: expected a list of source ids, e.g. ["pace-doc-14277"], got "rnm-numbers": write ["rnm-numbers"]',
      'data/issued.json: notes: expected a list of notes (text), got "A note."',
    ]);
  });

  it("lists a file's problems in line order, whichever check found them", () => {
    const body = [
      '<Chart dataset="issued" type="line" x="year" y="count" title="A" />',
      '',
      'A claim.<Cite id="nowhere" />',
      '',
      '<Fact dataset="issued" row={1990} column="issued" />',
    ].join('\n');
    expect(messages({ 'content/stories/the-files.mdx': story(goodFrontmatter, body) })).toEqual([
      'content/stories/the-files.mdx: line 8: <Chart> "A" y: the dataset has no column "count" (columns: year, issued, source)',
      'content/stories/the-files.mdx: line 10: <Cite id>: unknown source "nowhere": add it to data/sources.json or fix the id',
      'content/stories/the-files.mdx: line 12: <Fact> row: dataset "issued" has no row with year = 1990 (rows: 2024)',
    ]);
  });

  it('reports two values of a column translated to the same text, which charts would merge', () => {
    const rows = [
      { year: 2024, issued: 1, source: 'rnm-numbers', basis: 'requesting country' },
      { year: 2023, issued: 2, source: 'rnm-numbers', basis: 'requesting state' },
    ];
    const json = JSON.parse(
      dataset(rows, {
        translations: {
          fr: {
            columns: {
              basis: { values: { 'requesting country': 'pays demandeur', 'requesting state': 'pays demandeur' } },
            },
          },
        },
      }),
    ) as { columns: Record<string, object> };
    json.columns.basis = { type: 'string', description: 'How counted' };
    expect(messages({ 'data/issued.json': JSON.stringify(json) })).toEqual([
      'data/issued.json: translations.fr.columns.basis.values.requesting state: "requesting country" and "requesting state" would both read "pays demandeur": give each value its own translation (charts would merge them)',
    ]);
  });

  it("reports a column's sourceColumn that is not a source column", () => {
    const json = JSON.parse(dataset()) as { columns: Record<string, Record<string, string>> };
    json.columns.issued!.sourceColumn = 'year';
    expect(messages({ 'data/issued.json': JSON.stringify(json) })).toEqual([
      'data/issued.json: columns.issued.sourceColumn: expected a column with "ref": "source" (source), got "year"',
    ]);
  });

  it('reports a row citing an unknown source, and a dataset listing one', () => {
    const rows = [{ year: 2024, issued: 15548, source: 'elsewhere' }];
    expect(messages({ 'data/issued.json': dataset(rows, { sources: ['rnm-numbers', 'nowhere'] }) })).toEqual([
      'data/issued.json: sources[1]: unknown source "nowhere": add it to data/sources.json or fix the id',
      'data/issued.json: rows[0].source: unknown source "elsewhere": add it to data/sources.json or fix the id (the row where year is 2024)',
    ]);
  });

  it('reports an unknown source in every column of source ids, not only the one named source', () => {
    const columns = {
      year: { type: 'integer', description: 'Year' },
      issued: { type: 'integer', unit: 'notices', description: 'Red notices issued' },
      source: { type: 'string', ref: 'source', description: 'Source of the figure' },
      issued_alt: { type: 'integer', unit: 'notices', description: 'Another figure', sourceColumn: 'alt_source' },
      alt_source: { type: 'string', ref: 'source', description: 'Source of the other figure' },
    };
    const rows = [{ year: 2024, issued: 15548, source: 'rnm-numbers', issued_alt: 15500, alt_source: 'elsewhere' }];
    expect(messages({ 'data/issued.json': dataset(rows, { columns }) })).toEqual([
      'data/issued.json: rows[0].alt_source: unknown source "elsewhere": add it to data/sources.json or fix the id (the row where year is 2024)',
    ]);
  });

  it('tells an id written as a title or in capitals what to write, as the slug it means', () => {
    const json = JSON.parse(dataset()) as { columns: Record<string, unknown> };
    json.columns = {
      year: { type: 'integer', description: 'Year' },
      'Issued Alt': { type: 'integer', description: 'Other figure' },
    };
    const out = messages({
      'content/stories/the-files.mdx': story(
        'title: The files\nsummary: What they show.\ndate: 2026-01-26\ntags: [Interpol Files, Interpol_files, INTERPOL, répression transnationale]\ndatasets: [Red Notices]\ncases: [Igor Pestrikov]',
        'Text.<Cite id="RNM Numbers" />\n\n<Fact dataset="ISSUED" row={2024} column="issued" />',
      ),
      'data/other.json': JSON.stringify(json),
    });
    expect(out).toEqual([
      'content/stories/the-files.mdx: line 5: tags[0]: expected an identifier of lower-case letters, digits and hyphens, got "Interpol Files": write "interpol-files"',
      'content/stories/the-files.mdx: line 5: tags[1]: expected an identifier of lower-case letters, digits and hyphens, got "Interpol_files": write "interpol-files"',
      'content/stories/the-files.mdx: line 5: tags[2]: expected an identifier of lower-case letters, digits and hyphens, got "INTERPOL": write "interpol"',
      // A tag written as its label in another language (tagLabels in src/site.config.ts) is told the tag.
      'content/stories/the-files.mdx: line 5: tags[3]: expected an identifier of lower-case letters, digits and hyphens, got "répression transnationale": write "transnational-repression" (tags are identifiers, the same in every language: this is its French label, from tagLabels in src/site.config.ts)',
      'content/stories/the-files.mdx: line 6: datasets[0]: expected an identifier of lower-case letters, digits and hyphens, got "Red Notices": write "red-notices"',
      'content/stories/the-files.mdx: line 7: cases[0]: expected an identifier of lower-case letters, digits and hyphens, got "Igor Pestrikov": write "igor-pestrikov"',
      // Known ids written otherwise: the id itself, not a list to choose from, nor one unknown source per word.
      'content/stories/the-files.mdx: line 10: <Cite id>: unknown source "RNM Numbers": write "rnm-numbers" (an id is written in lower case, with hyphens; spaces and commas separate several ids)',
      'content/stories/the-files.mdx: line 12: <Fact> dataset: unknown dataset "ISSUED": write "issued" (an id is written in lower case, with hyphens)',
      'data/other.json: columns.Issued Alt: expected a column name of lower-case letters, digits and _, got "Issued Alt": write "issued_alt"',
    ]);
  });

  it('reports a source id that is not an identifier, and a field a source lacks, in words', () => {
    const bad = {
      Bad_Id: JSON.parse(sources)['rnm-numbers'],
      'no-title': { ...JSON.parse(sources)['rnm-numbers'], title: undefined },
    };
    expect(messages({ 'data/sources.json': JSON.stringify({ ...JSON.parse(sources), ...bad }) })).toEqual([
      'data/sources.json: Bad_Id: expected an identifier of lower-case letters, digits and hyphens, got "Bad_Id": write "bad-id"',
      'data/sources.json: no-title.title: missing: expected text',
    ]);
  });

  it('reports a source whose title language is not a language code, naming the source and the field', () => {
    const withLang = (lang: string) =>
      JSON.stringify({ 'rnm-numbers': { ...(JSON.parse(sources) as Record<string, object>)['rnm-numbers'], lang } });
    expect(messages({ 'data/sources.json': withLang('fr') })).toEqual([]);
    const out = messages({ 'data/sources.json': withLang('French') });
    expect(out).toEqual([
      expect.stringMatching(
        /^data\/sources\.json: rnm-numbers\.lang: expected a language code such as "fr" or "pt-BR"/,
      ),
    ]);
  });

  it("reports a source whose publisher's language is not a language code, naming the source and the field", () => {
    const withLang = (publisherLang: string) =>
      JSON.stringify({
        'rnm-numbers': { ...(JSON.parse(sources) as Record<string, object>)['rnm-numbers'], publisherLang },
      });
    expect(messages({ 'data/sources.json': withLang('en') })).toEqual([]);
    expect(messages({ 'data/sources.json': withLang('English') })).toEqual([
      expect.stringMatching(
        /^data\/sources\.json: rnm-numbers\.publisherLang: expected a language code such as "en" or "pt-BR"/,
      ),
    ]);
  });

  it('reports an embargo that is not an ISO datetime with its offset, quoting what was written', () => {
    const expected =
      'expected an ISO 8601 datetime with its offset, such as 2026-01-26T06:00:00Z or 2026-01-26T07:00:00+01:00';
    expect(
      messages({ 'content/stories/the-files.mdx': story(`${goodFrontmatter}\nembargo: tomorrow morning`) }),
    ).toEqual([`content/stories/the-files.mdx: line 6: embargo: ${expected}, got "tomorrow morning"`]);
    // A day, an hour without its offset, a zone by its name: told what to write for the moment meant.
    for (const [written, hint] of [
      [
        '2026-12-03',
        'an embargo is a moment, not a day: write 2026-12-03T06:00:00Z, with the hour and offset you mean',
      ],
      [
        '2026-12-03T06:00:00',
        "without an offset, the hour is no moment: write 2026-12-03T06:00:00Z if it is UTC's, or add the zone's offset from UTC that day (2026-12-03T06:00:00+01:00 for Paris in winter)",
      ],
      [
        '2026-12-03 06:00',
        "without an offset, the hour is no moment: write 2026-12-03T06:00:00Z if it is UTC's, or add the zone's offset from UTC that day (2026-12-03T06:00:00+01:00 for Paris in winter)",
      ],
      [
        '2026-12-03 06:00 CET',
        "a zone is written as its offset from UTC, not its name: write 2026-12-03T06:00:00 followed by the zone's offset that day (2026-12-03T06:00:00+01:00 for Paris in winter, Z for UTC)",
      ],
      [
        '2026-12-03T06:00:00 Europe/Paris',
        "a zone is written as its offset from UTC, not its name: write 2026-12-03T06:00:00 followed by the zone's offset that day (2026-12-03T06:00:00+01:00 for Paris in winter, Z for UTC)",
      ],
      // A day written as a newsroom writes it: the moment on that day, as for a date (both readings when either way
      // round is a day).
      [
        '20/12/2026',
        'an embargo is a moment, not a day: write 2026-12-20T06:00:00Z, with the hour and offset you mean',
      ],
      [
        '05/12/2026',
        'an embargo is a moment, not a day: write 2026-12-05T06:00:00Z if the day comes first, 2026-05-12T06:00:00Z if the month does, with the hour and offset you mean',
      ],
      [
        '3 December 2026',
        'an embargo is a moment, not a day: write 2026-12-03T06:00:00Z, with the hour and offset you mean',
      ],
      ['2026-12-03 06:00:00Z', 'write 2026-12-03T06:00:00Z, with a T between the day and the hour'],
      // The T is there: what is wrong is elsewhere, and said.
      ['2026-12-03T06:00:00 +01:00', 'write 2026-12-03T06:00:00+01:00, with no space before the offset'],
      ['2026-12-03T06:00:00+0100', 'write 2026-12-03T06:00:00+01:00, with the offset as +01:00'],
      [
        '2026-12-03 06:00 +01',
        'write 2026-12-03T06:00:00+01:00, with a T between the day and the hour, no space before the offset and the offset as +01:00',
      ],
    ]) {
      expect(messages({ 'content/stories/the-files.mdx': story(`${goodFrontmatter}\nembargo: ${written}`) })).toEqual([
        `content/stories/the-files.mdx: line 6: embargo: ${expected}, got "${written}": ${hint}`,
      ]);
    }
    // A moment that does not exist, in the right shape: what is wrong with it is said (a day February does not have
    // is not rolled over to 2 March; an hour past 23 was "got an invalid date", without the value).
    for (const [written, problem] of [
      ['2026-02-30T06:00:00Z', 'no such day'],
      ['2026-12-10T25:00:00Z', 'no such time of day'],
      ['2026-12-10T06:60Z', 'no such time of day'],
      ['2026-12-10T06:00:00+25:00', 'no such offset from UTC'],
    ]) {
      expect(messages({ 'content/stories/the-files.mdx': story(`${goodFrontmatter}\nembargo: ${written}`) })).toEqual([
        `content/stories/the-files.mdx: line 6: embargo: ${expected}, got "${written}" (${problem})`,
      ]);
    }
    // Nothing written, or YAML's null: said as for any other field.
    expect(messages({ 'content/stories/the-files.mdx': story(`${goodFrontmatter}\nembargo:`) })).toEqual([
      `content/stories/the-files.mdx: line 6: embargo: ${expected}, got nothing (an empty value)`,
    ]);
    expect(messages({ 'content/stories/the-files.mdx': story(`${goodFrontmatter}\nembargo: ~`) })).toEqual([
      `content/stories/the-files.mdx: line 6: embargo: ${expected}, got ~, which YAML reads as empty (null)`,
    ]);
  });

  it('stops on a row written twice, every cell alike, which every table and chart would show twice; not on rows that differ in one cell', () => {
    const row = { year: 2024, issued: 15548, source: 'rnm-numbers' };
    expect(
      messages({
        'data/issued.json': dataset([{ year: 2023, issued: 13000, source: 'rnm-numbers' }, row, { ...row }]),
        // Alike but for one figure, or keyed by another column: no copy.
        'data/counts.json': dataset([row, { ...row, issued: 15549 }], { title: 'Counts' }),
      }),
    ).toEqual([
      'data/issued.json: rows[2]: the same row as rows[1], every cell alike (the row where year is 2024): the table, the downloads and the charts would show it twice; remove one, or write in a column what sets them apart',
    ]);
  });

  it('reports an empty dataset', () => {
    expect(messages({ 'data/issued.json': dataset([]) })).toEqual([
      'data/issued.json: rows: expected at least one row',
    ]);
  });

  it('reports a chart naming a column the dataset does not have, with the line and the chart title', () => {
    const body = '<Chart dataset="issued" type="line" x="year" y="count" title="Notices per year" />';
    expect(messages({ 'content/stories/the-files.mdx': story(goodFrontmatter, body) })).toEqual([
      'content/stories/the-files.mdx: line 8: <Chart> "Notices per year" y: the dataset has no column "count" (columns: year, issued, source)',
    ]);
  });

  it('checks the columns a chart or a Fact names against a dataset whose rows are invalid, so that one build reports all', () => {
    const body = [
      '<Chart dataset="issued" type="line" x="year" y="count" title="Notices per year" />',
      '',
      'In 2024, <Fact dataset="issued" row={2024} column="isued" /> notices; <Fact dataset="issued" row={2031} column="issued" />.',
      '',
      '<Chart dataset="issued" type="line" x="year" y="issued" filter={{ "year": 1999 }} title="Notices" />',
    ].join('\n');
    const rows = [
      { year: 2024, issued: 15548, source: 'rnm-numbers' },
      { year: 2023, issued: '12,000', source: 'rnm-numbers' },
    ];
    expect(
      messages({ 'data/issued.json': dataset(rows), 'content/stories/the-files.mdx': story(goodFrontmatter, body) }),
    ).toEqual([
      'data/issued.json: rows[1].issued: expected a whole number or null, got "12,000": write the figure without quotes or separators, 12000 (the row where year is 2023)',
      'content/stories/the-files.mdx: line 8: <Chart> "Notices per year" y: the dataset has no column "count" (columns: year, issued, source)',
      'content/stories/the-files.mdx: line 10: <Fact> column: dataset "issued" has no column "isued": did you mean "issued"? (columns: year, issued, source)',
    ]);
    // What depends on the rows (row 2031, the filter's 1999) waits for them to be fixed; declared columns that are
    // invalid themselves check nothing.
    const badColumns = dataset(rows, {
      columns: { year: { type: 'integer', description: 'Year' }, issued: { type: 'count', description: 'Issued' } },
    });
    expect(
      messages({ 'data/issued.json': badColumns, 'content/stories/the-files.mdx': story(goodFrontmatter, body) }),
    ).toEqual([expect.stringMatching(/^data\/issued\.json: columns\.issued\.type: /)]);
  });

  it('reports a chart filter that leaves no row, with the file and line', () => {
    const body = '<Chart dataset="issued" type="line" x="year" y="issued" filter={{ "year": 1999 }} title="Notices" />';
    expect(messages({ 'content/stories/the-files.mdx': story(goodFrontmatter, body) })).toEqual([
      'content/stories/the-files.mdx: line 8: <Chart> "Notices" filter.year: no row has year = 1999 (values: 2024)',
    ]);
  });

  // A Datawrapper editor's list of values was refused with the validator's bare "filter.year: Invalid input".
  it('takes a chart filter given a list of values, checks each, and says what a filter value is when it is neither', () => {
    const chart = (filter: string) =>
      `<Chart dataset="issued" type="line" x="year" y="issued" filter={{ ${filter} }} title="Notices" />`;
    const check = (filter: string) =>
      messages({ 'content/stories/the-files.mdx': story(goodFrontmatter, chart(filter)) });
    expect(check('"year": [2024]')).toEqual([]);
    expect(check('"year": [2024, 1999]')).toEqual([
      'content/stories/the-files.mdx: line 8: <Chart> "Notices" filter.year: no row has year = 1999 (values: 2024)',
    ]);
    expect(check('"year": ["2024", 1999]')).toEqual([
      'content/stories/the-files.mdx: line 8: <Chart> "Notices" filter.year: "year" holds numbers: write filter={{ "year": [2024, 1999] }}',
    ]);
    expect(check('"year": { "from": 2020 }')).toEqual([
      'content/stories/the-files.mdx: line 8: <Chart> "Notices" filter.year: expected a value to keep, such as "Deletions", 2023 or true, or a list of them, such as ["Alpha", "Bravo"], got an object',
    ]);
  });

  // A dataset's "chart" in JSON was told "unknown field "color"" with no hint, where <Chart color> was told one.
  it("hints at an unknown option of a dataset's JSON chart as it does on a <Chart>", () => {
    const chart = { type: 'bar', x: 'year', y: 'issued', title: 'Notices per year', color: '#1f77b4' };
    const [inJson] = messages({ 'data/issued.json': dataset(undefined, { chart }) });
    const [inMdx] = messages({
      'content/stories/the-files.mdx': story(
        goodFrontmatter,
        '<Chart dataset="issued" type="bar" x="year" y="issued" title="Notices per year" color="#1f77b4" />',
      ),
    });
    const hint =
      '"color" (there is no colour option: a chart\'s colours come from the site\'s theme, so that they keep their contrast in the light and the dark theme; to colour lines or bars apart, name the column that tells them apart as series)';
    expect(inJson).toContain(`data/issued.json: chart: unknown field ${hint}`);
    expect(inMdx).toContain(hint);
  });

  it('reports a chart column of the wrong type for its kind', () => {
    const body = '<Chart dataset="issued" type="line" x="source" y="issued" title="Notices" />';
    expect(messages({ 'content/stories/the-files.mdx': story(goodFrontmatter, body) })).toEqual([
      'content/stories/the-files.mdx: line 8: <Chart> "Notices" x: column "source" is string, but a line chart\'s x must be number or integer or date',
    ]);
  });

  it('reports a Fact whose row or column does not exist', () => {
    const body =
      'In 2019 <Fact dataset="issued" row={2019} column="issued" /> and <Fact dataset="issued" row={2024} column="total" />.';
    expect(messages({ 'content/stories/the-files.mdx': story(goodFrontmatter, body) })).toEqual([
      'content/stories/the-files.mdx: line 8: <Fact> row: dataset "issued" has no row with year = 2019 (rows: 2024)',
      'content/stories/the-files.mdx: line 8: <Fact> column: dataset "issued" has no column "total" (columns: year, issued, source)',
    ]);
  });

  it('names the column whose translated label a Fact or a chart in a translated story gave, the label its readers see', () => {
    const labelled = {
      year: { type: 'integer', label: 'Year', description: 'Year' },
      issued: { type: 'integer', unit: 'notices', label: 'Red notices issued', description: 'Red notices issued' },
      source: { type: 'string', ref: 'source', description: 'Source of the figure' },
    };
    const translations = { fr: { columns: { issued: { label: 'Notices rouges émises' } } } };
    const body = [
      '<Fact dataset="issued" row={2024} column="notices rouges emises" />',
      '<Chart dataset="issued" type="bar" x="year" y="Notices rouges émises" title="T" />',
    ].join('\n\n');
    expect(
      messages({
        'data/issued.json': dataset(undefined, { columns: labelled, translations }),
        'content/stories/the-files.mdx': story(goodFrontmatter, body),
      }),
    ).toEqual([
      'content/stories/the-files.mdx: line 8: <Fact> column: dataset "issued" has no column "notices rouges emises": "notices rouges emises" is the fr label of the column "issued"; name the column, "issued" (columns: year, issued, source)',
      'content/stories/the-files.mdx: line 10: <Chart> "T" y: the dataset has no column "Notices rouges émises": "Notices rouges émises" is the fr label of the column "issued"; name the column, "issued" (columns: year, issued, source)',
    ]);
  });

  it("names the column whose label a Fact, a chart or its filter gave instead of the column's name", () => {
    const labelled = {
      year: { type: 'integer', label: 'Year', description: 'Year' },
      issued: { type: 'integer', unit: 'notices', label: 'Red notices issued', description: 'Red notices issued' },
      source: { type: 'string', ref: 'source', description: 'Source of the figure' },
    };
    const body = [
      '<Fact dataset="issued" row={2024} column="red notices issued" />',
      '<Chart dataset="issued" type="bar" x="year" y="Red notices issued" title="T" filter={{ "Year": 2024 }} />',
    ].join('\n\n');
    expect(
      messages({
        'data/issued.json': dataset(undefined, { columns: labelled }),
        'content/stories/the-files.mdx': story(goodFrontmatter, body),
      }),
    ).toEqual([
      'content/stories/the-files.mdx: line 8: <Fact> column: dataset "issued" has no column "red notices issued": "red notices issued" is the label of the column "issued"; name the column, "issued" (columns: year, issued, source)',
      'content/stories/the-files.mdx: line 10: <Chart> "T" filter.Year: the dataset has no column "Year": "Year" is the label of the column "year"; name the column, "year" (columns: year, issued, source)',
      'content/stories/the-files.mdx: line 10: <Chart> "T" y: the dataset has no column "Red notices issued": "Red notices issued" is the label of the column "issued"; name the column, "issued" (columns: year, issued, source)',
    ]);
  });

  it("suggests the column a Fact's or a chart's column is a typo of, and only then", () => {
    const body =
      '<Fact dataset="issued" row={2024} column="Issued" /> and <Fact dataset="issued" row={2024} column="isued" />.\n\n<Chart dataset="issued" type="bar" x="yera" y="issued" title="T" />';
    expect(messages({ 'content/stories/the-files.mdx': story(goodFrontmatter, body) })).toEqual([
      'content/stories/the-files.mdx: line 8: <Fact> column: dataset "issued" has no column "Issued": did you mean "issued"? (columns: year, issued, source)',
      'content/stories/the-files.mdx: line 8: <Fact> column: dataset "issued" has no column "isued": did you mean "issued"? (columns: year, issued, source)',
      'content/stories/the-files.mdx: line 10: <Chart> "T" x: the dataset has no column "yera": did you mean "year"? (columns: year, issued, source)',
    ]);
  });

  it("reports both a Fact's missing row and its missing column in one build", () => {
    const body = 'In 2019 <Fact dataset="issued" row={2019} column="total" />.';
    expect(messages({ 'content/stories/the-files.mdx': story(goodFrontmatter, body) })).toEqual([
      'content/stories/the-files.mdx: line 8: <Fact> column: dataset "issued" has no column "total" (columns: year, issued, source)',
      'content/stories/the-files.mdx: line 8: <Fact> row: dataset "issued" has no row with year = 2019 (rows: 2024)',
    ]);
  });

  it('reports now what a component would stop on when its page renders, with the line', () => {
    const rows = [
      { year: 2024, issued: 15548, source: 'rnm-numbers' },
      { year: 2013, issued: null, source: null },
    ];
    const body = [
      '<Fact dataset="issued" column="issued" />',
      '<Fact dataset="issued" row={2013} column="issued" />',
      '<Fact dataset="issued" row={year} column="total" />',
      '<Fact dataset="issued" row={year} column="issued" />',
      '<Chart dataset="issued" type="line" x="year" y="issued" />',
      '<Chart dataset="issued" type="line" x="yeer" y="issued" title="T" top="10" titel="U" />',
      '<Chart dataset="issued" type="line" x="year" y="issued" title={title} />',
      '<Cite id="" /> <Cite /> <Cite id={ids} />',
      '<Response from="Interpol" date="26 January 2026">Text.</Response>',
      '<Response from="Interpol" date="2026-02-30">Text.</Response>',
      '<Response from="Interpol" date="2026-01-26">Text.</Response>\n\n<Response from="Interpol">Text.</Response>',
      // Expressions known only when the page renders.
      "export const year = 2024, title = 'T', ids = 'rnm-numbers';",
    ].join('\n\n');
    expect(
      messages({ 'data/issued.json': dataset(rows), 'content/stories/the-files.mdx': story(goodFrontmatter, body) }),
    ).toEqual([
      'content/stories/the-files.mdx: line 8: <Fact> row: expected the row, named by its year: e.g. row={2024}',
      'content/stories/the-files.mdx: line 10: <Fact> row: the row where year is 2013 has no issued: the cell is empty, and a Fact prints a figure a source gives',
      'content/stories/the-files.mdx: line 12: <Fact> column: dataset "issued" has no column "total" (columns: year, issued, source)',
      'content/stories/the-files.mdx: line 16: <Chart> title: expected a title: every chart needs one',
      'content/stories/the-files.mdx: line 18: <Chart> "T" top: expected a whole number, written in braces: top={10}',
      'content/stories/the-files.mdx: line 18: <Chart> "T" options: unknown option "titel" (did you mean "title"?): expected type, spec, title, subtitle, x, y, series, top, sort, rank, label, end, zoom, breaks, filter, note (and dataset)',
      // The options left are checked against the dataset in the same run.
      'content/stories/the-files.mdx: line 18: <Chart> "T" x: the dataset has no column "yeer": did you mean "year"? (columns: year, issued, source)',
      'content/stories/the-files.mdx: line 22: <Cite> id: expected a source id, e.g. id="fair-trials-2013" (several: id="a, b")',
      'content/stories/the-files.mdx: line 22: <Cite> id: expected a source id, e.g. id="fair-trials-2013" (several: id="a, b")',
      'content/stories/the-files.mdx: line 24: <Response> date: expected a date written as YYYY-MM-DD, got "26 January 2026": write 2026-01-26',
      'content/stories/the-files.mdx: line 26: <Response> date: expected a real calendar date, got "2026-02-30" (no such day)',
    ]);
  });

  it('reports an empty chart title with the line of its <Chart>, as a title required, not as a chart named ""', () => {
    const rows = [{ year: 2024, issued: 15548, source: 'rnm-numbers' }];
    const body = [
      '<Chart dataset="issued" type="line" x="year" y="issued" title="" />',
      '<Chart dataset="issued" type="line" x="year" y="issued" title="  " />',
    ].join('\n\n');
    const empty =
      'expected a title, got an empty one: every chart needs one, such as title="Red notices issued per year"';
    expect(
      messages({ 'data/issued.json': dataset(rows), 'content/stories/the-files.mdx': story(goodFrontmatter, body) }),
    ).toEqual([
      `content/stories/the-files.mdx: line 8: <Chart> title: ${empty}`,
      `content/stories/the-files.mdx: line 10: <Chart> title: ${empty}`,
    ]);
  });

  it('reports a component left open before a paragraph, not the prose after it as options; a blank line between attributes, or a spread, is fine', () => {
    const body = [
      '<Chart dataset="issued" type="line" x="year" y="issued"',
      '',
      '  title="Spread out" />',
      '',
      '<Chart dataset="issued" type="line" x="year" y="issued"',
      '',
      '  {...common} />',
      '',
      '<Chart dataset="issued" type="line" x="year" y="issued" title="Unclosed"',
      '',
      'More text after it.',
    ].join('\n');
    expect(messages({ 'content/stories/the-files.mdx': story(goodFrontmatter, body) })).toEqual([
      'content/stories/the-files.mdx: line 16: <Chart>: not closed: expected "/>" after its options (or ">" and </Chart>); the text after the blank line reads as options',
    ]);
  });

  it('reports a component left open by ">" instead of "/>", or by text where its options end, with its line; one closed by its closing tag is fine', () => {
    const body = [
      'A claim.<Cite id="rnm-numbers"> More text.', // 8
      '',
      'Issued: <Fact dataset="issued" row={2024} column="issued"> notices.', // 10
      '',
      '<Chart dataset="issued" type="line" x="year" y="issued" title="T">', // 12
      '',
      'A claim.<Cite id="rnm-numbers" and more text.', // 14
      '',
      'Closed: <Cite id="rnm-numbers"></Cite> and more.',
      '',
      '<Cite id="rnm-numbers">',
      '',
      '</Cite>',
      '',
      'Text <Cite id="rnm-numbers">', // 22
      '',
      '</Cite>',
    ].join('\n');
    const open = (component: string) =>
      `not closed: expected "/>" at the end of the tag (with ">" alone, MDX looks for </${component}>, and stops the build)`;
    expect(messages({ 'content/stories/the-files.mdx': story(goodFrontmatter, body) })).toEqual([
      `content/stories/the-files.mdx: line 8: <Cite>: ${open('Cite')}`,
      `content/stories/the-files.mdx: line 10: <Fact>: ${open('Fact')}`,
      `content/stories/the-files.mdx: line 12: <Chart>: ${open('Chart')}`,
      'content/stories/the-files.mdx: line 14: <Cite>: not closed: expected "/>" after its options (or ">" and </Cite>); the text after them reads as options',
      `content/stories/the-files.mdx: line 22: <Cite>: ${open('Cite')}`,
    ]);
  });

  it('refuses a Fact on a column of source ids, which would print the id, and says to cite the source', () => {
    const body =
      'export const year = 2024\n\nIn 2024 <Fact dataset="issued" row={2024} column="source" />, and in {year} <Fact dataset="issued" row={year} column="source" />.';
    expect(messages({ 'content/stories/the-files.mdx': story(goodFrontmatter, body) })).toEqual([
      'content/stories/the-files.mdx: line 10: <Fact> column: "source" names each row\'s source by its id (ref: "source"): a Fact would print the id, rnm-numbers, in the text; cite the source with <Cite id="rnm-numbers" /> instead',
      'content/stories/the-files.mdx: line 10: <Fact> column: "source" names each row\'s source by its id (ref: "source"): a Fact would print the id in the text; cite the source with <Cite id="…" /> instead',
    ]);
  });

  it("refuses Markdown and HTML in the texts of data/ and in a chart's words, which pages print as written, naming each field", () => {
    const columns = {
      status: { type: 'string', label: 'Status<br>now', description: 'What became of the notice' },
      year: { type: 'integer', description: 'Year' },
      issued: { type: 'integer', unit: 'notices', description: 'Red notices issued' },
      source: { type: 'string', ref: 'source', description: 'Source of the figure' },
    };
    const rows = [
      { status: '_unknown_', year: 2023, issued: 4, source: 'rnm-numbers' },
      { status: '_unknown_', year: 2024, issued: 5, source: 'rnm-numbers' },
      { status: 'Deleted', year: 2025, issued: 6, source: 'rnm-numbers' },
    ];
    const files = {
      'data/issued.json': dataset(rows, {
        columns,
        key: 'year',
        description: 'Red notices per year, as *counted* by the monitor.',
        notes: [
          'See [the report](https://example.org/report) for the method.',
          'Plain note with 5 * 3 and snake_case.',
        ],
        chart: { type: 'bar', x: 'year', y: 'issued', title: 'Notices per year', note: 'No data for 2019&nbsp;.' },
        translations: { fr: { notes: ['Voir `rapport`.', 'Note.'] } },
      }),
      'data/sources.json': JSON.stringify({
        'rnm-numbers': {
          publisher: 'Red Notice Monitor',
          title: 'A <em>numbers</em> game',
          url: 'https://example.org/numbers',
          date: '2025',
          kind: 'ngo-report',
        },
      }),
      'content/stories/the-files.mdx': story(
        goodFrontmatter,
        '<Chart dataset="issued" type="bar" x="year" y="issued" title="Issued **per year**" />',
      ),
    };
    const plain = (what: string) => `would be printed as written: ${what} is plain text, not Markdown or HTML;`;
    const words = 'write the figure or the words themselves';
    expect(messages(files)).toEqual([
      `data/issued.json: description: *counted* ${plain('a dataset text')} ${words}`,
      `data/issued.json: notes[0]: [link](…) ${plain('a dataset text')} ${words}`,
      `data/issued.json: columns.status.label: <br> ${plain('a dataset text')} remove it: a line break cannot be shown there`,
      `data/issued.json: chart.note: &nbsp; ${plain('a dataset text')} type the character itself (a no-break space)`,
      `data/issued.json: translations.fr.notes[0]: \`rapport\` ${plain('a dataset text')} ${words}`,
      // Once for a value repeated down its column.
      `data/issued.json: rows[0].status: _unknown_ ${plain('a value of a text column')} ${words}`,
      `data/sources.json: rnm-numbers.title: <em> ${plain("a source's title")} write the words themselves, without the tag`,
      `content/stories/the-files.mdx: line 8: <Chart> "Issued **per year**" title: **per year** ${plain("a chart's title")} ${words}`,
    ]);
  });

  it("refuses Markdown and HTML in a column's unit, which tables and charts print beside its figures, and in its translation", () => {
    const columns = {
      year: { type: 'integer', description: 'Year' },
      area: { type: 'number', unit: 'km&sup2;', description: 'Area searched' },
      source: { type: 'string', ref: 'source', description: 'Source of the figure' },
    };
    const files = {
      'data/area.json': dataset([{ year: 2024, area: 4.5, source: 'rnm-numbers' }], {
        columns,
        key: 'year',
        title: 'Area searched per year',
        translations: { fr: { columns: { area: { unit: 'km<sup>2</sup>' } } } },
      }),
      'data/sources.json': JSON.stringify({
        'rnm-numbers': {
          publisher: 'Red Notice Monitor',
          title: 'A numbers game',
          url: 'https://example.org/numbers',
          date: '2025',
          kind: 'ngo-report',
        },
      }),
    };
    const plain = 'would be printed as written: a dataset text is plain text, not Markdown or HTML;';
    expect(messages(files)).toEqual([
      `data/area.json: columns.area.unit: &sup2; ${plain} type the character itself ("²")`,
      `data/area.json: translations.fr.columns.area.unit: <sup> ${plain} write the words themselves, without the tag`,
    ]);
  });

  it('refuses text values that read alike on the page but are written apart (an apostrophe, spaces), once per spelling, and leaves other columns alone', () => {
    const countries = {
      country: { type: 'string', description: 'Country' },
      year: { type: 'integer', description: 'Year' },
      issued: { type: 'integer', unit: 'notices', description: 'Red notices issued' },
      source: { type: 'string', ref: 'source', description: 'Source of the figure' },
    };
    const rows = [
      { country: "Cote d'Ivoire", year: 2023, issued: 4, source: 'rnm-numbers' },
      { country: 'Cote d’Ivoire', year: 2024, issued: 5, source: 'rnm-numbers' },
      { country: 'Cote d’Ivoire', year: 2025, issued: 6, source: 'rnm-numbers' },
      { country: 'Peru', year: 2023, issued: 7, source: 'rnm-numbers' },
      { country: 'Peru ', year: 2024, issued: 8, source: 'rnm-numbers' },
      { country: 'Costa  Rica', year: 2023, issued: 1, source: 'rnm-numbers' },
      { country: "Costa Rica's", year: 2024, issued: 2, source: 'rnm-numbers' },
      { country: 'costa rica', year: 2025, issued: 3, source: 'rnm-numbers' },
      { country: 'Costa Rica', year: 2026, issued: 4, source: 'rnm-numbers' },
      { country: ' Cote d’Ivoire', year: 2026, issued: 7, source: 'rnm-numbers' },
    ];
    const tail = ': a chart would show them apart under one name; write the value one way in every row';
    expect(messages({ 'data/issued.json': dataset(rows, { columns: countries }) })).toEqual([
      `data/issued.json: rows[1].country: "Cote d’Ivoire" reads the same on the page as "Cote d'Ivoire" in rows[0] (another apostrophe), and the same in 1 more row (rows[2])${tail}`,
      `data/issued.json: rows[4].country: "Peru " reads the same on the page as "Peru" in rows[3] (other spaces)${tail}`,
      `data/issued.json: rows[8].country: "Costa Rica" reads the same on the page as "Costa  Rica" in rows[5] (other spaces)${tail}`,
      `data/issued.json: rows[9].country: " Cote d’Ivoire" reads the same on the page as "Cote d'Ivoire" in rows[0] (another apostrophe and other spaces)${tail}`,
    ]);
  });

  it('writes the spaces a reader cannot see in values that read alike, so that the editor sees how they differ', () => {
    const countries = {
      country: { type: 'string', description: 'Country' },
      year: { type: 'integer', description: 'Year' },
      issued: { type: 'integer', unit: 'notices', description: 'Red notices issued' },
      source: { type: 'string', ref: 'source', description: 'Source of the figure' },
    };
    // A French sheet's no-break space (U+00A0) and narrow one (U+202F): printed as they are, both values looked the same.
    const rows = [
      { country: 'Costa Rica', year: 2023, issued: 1, source: 'rnm-numbers' },
      { country: 'Costa\u00a0Rica', year: 2024, issued: 2, source: 'rnm-numbers' },
      { country: 'Costa\u202fRica', year: 2025, issued: 3, source: 'rnm-numbers' },
    ];
    const tail = ': a chart would show them apart under one name; write the value one way in every row';
    expect(messages({ 'data/issued.json': dataset(rows, { columns: countries }) })).toEqual([
      `data/issued.json: rows[1].country: "Costa\\u00a0Rica" (a no-break space) reads the same on the page as "Costa Rica" in rows[0] (other spaces)${tail}`,
      `data/issued.json: rows[2].country: "Costa\\u202fRica" (a narrow no-break space) reads the same on the page as "Costa Rica" in rows[0] (other spaces)${tail}`,
    ]);
  });

  it('reports an option a Fact, Cite or Response does not take, listing those it does, with the one a typo meant, and a key two rows share', () => {
    const body = [
      '<Fact dataset="issued" row={2024} colum="issued" />',
      '<Cite id="rnm-numbers" page="4" />',
      '<Response from="Interpol" tone="curt">Text.</Response>',
      '<Fact dataset="issued" row={2024} column="issued" format="compact" />',
    ].join('\n\n');
    const rows = [
      { year: 2024, issued: 15548, source: 'rnm-numbers' },
      { year: 2023, issued: 1402, source: 'rnm-numbers' },
      { year: 2023, issued: 1533, source: 'rnm-numbers' },
    ];
    expect(
      messages({
        'data/issued.json': dataset(rows, { key: 'year' }),
        'content/stories/the-files.mdx': story(goodFrontmatter, body),
      }),
    ).toEqual([
      'data/issued.json: rows[2].year: 2023 is already the key of rows[1]: a key names one row',
      'content/stories/the-files.mdx: line 8: <Fact>: unknown option "colum" (did you mean "column"?): expected dataset, row, column, format, card',
      'content/stories/the-files.mdx: line 10: <Cite>: unknown option "page": expected id',
      'content/stories/the-files.mdx: line 12: <Response>: unknown option "tone": expected from, date',
    ]);
    // Without a declared key, a Fact names a row by the first column: two rows there are ambiguous.
    const unkeyed = story(goodFrontmatter, '<Fact dataset="issued" row={2023} column="issued" />');
    expect(messages({ 'data/issued.json': dataset(rows), 'content/stories/the-files.mdx': unkeyed })).toEqual([
      'content/stories/the-files.mdx: line 8: <Fact> row: 2 rows of dataset "issued" have year = 2023: a Fact names one row, so give the dataset a "key" column whose values are unique',
    ]);
  });

  it('takes one Fact a page marked card, alone and with its row and column written as values', () => {
    const rows = [
      { year: 2024, issued: 15548, source: 'rnm-numbers' },
      { year: 2013, issued: 1418, source: 'rnm-numbers' },
    ];
    const files = (body: string) => ({
      'data/issued.json': dataset(rows, { key: 'year' }),
      'content/stories/the-files.mdx': story(goodFrontmatter, body),
    });
    expect(
      messages(
        files(
          '<Fact dataset="issued" row={2013} column="issued" />\n\n<Fact card dataset="issued" row={2024} column="issued" />',
        ),
      ),
    ).toEqual([]);
    const body = [
      '<Fact card dataset="issued" row={2024} column="issued" />',
      '<Fact dataset="issued" row={2013} column="issued"\n  card />',
      '<Fact card="yes" dataset="issued" row={2024} column="issued" />',
      'export const year = 2024;\n\n<Fact card dataset="issued" row={year} column="issued" />',
    ].join('\n\n');
    expect(messages(files(body))).toEqual([
      "content/stories/the-files.mdx: line 11: <Fact> card: the page's social card shows one figure, and the <Fact> of line 8 is marked card already: keep the mark on one",
      "content/stories/the-files.mdx: line 13: <Fact> card: write card alone, with no value (<Fact card dataset=… />): it marks the figure the page's social card shows",
      'content/stories/the-files.mdx: line 17: <Fact> card: the social card\'s figure is read before the page renders: write the row and the column of the Fact marked card as values, e.g. row={2024} column="issued"',
      "content/stories/the-files.mdx: line 17: <Fact> card: the page's social card shows one figure, and the <Fact> of line 8 is marked card already: keep the mark on one",
    ]);
  });

  it('stops on a Fact of a rounded or bounded figure whose words before it do not say so, in the page language', () => {
    const columns = {
      year: { type: 'integer', description: 'Year' },
      issued: { type: 'integer', unit: 'notices', description: 'Red notices issued' },
      qualifier: { type: 'string', description: 'about, at least or under; empty when exact' },
      source: { type: 'string', ref: 'source', description: 'Source of the figure' },
    };
    const rows = [
      { year: 2024, issued: 15548, qualifier: null, source: 'rnm-numbers' },
      { year: 2019, issued: 7000, qualifier: 'about', source: 'rnm-numbers' },
    ];
    const body = [
      'Interpol issued <Fact dataset="issued" row={2024} column="issued" /> in 2024.',
      'Some years earlier it issued about\n<Fact dataset="issued" row={2019} column="issued" />, its report says.',
      'It issued <Cite id="rnm-numbers" /> <Fact dataset="issued" row={2019} column="issued" /> in 2019.',
      'Roughly <Fact dataset="issued" row={2019} column="issued" /> in 2019, about which more below.',
    ].join('\n\n');
    const french = story(
      'title: Les fichiers\nsummary: Ce qu’ils montrent.\ndate: 2026-01-27\ndatasets: [issued]\ntranslationKey: the-files',
      'Environ <Fact dataset="issued" row={2019} column="issued" /> notices, et <Fact dataset="issued" row={2019} column="issued" /> ensuite.',
    );
    expect(
      messages({
        'data/issued.json': dataset(rows, { columns, key: 'year' }),
        'content/stories/the-files.mdx': story(goodFrontmatter, body),
        'content/stories/fr/the-files.mdx': french,
      }),
    ).toEqual([
      'content/stories/fr/the-files.mdx: line 9: <Fact>: its source gives this figure as "environ 7\u202f000", and the Fact prints 7\u202f000 alone: write "environ" before it (environ <Fact … />), or readers take it for exact',
      'content/stories/the-files.mdx: line 13: <Fact>: its source gives this figure as "about 7,000", and the Fact prints 7,000 alone: write "about" before it (about <Fact … />), or readers take it for exact',
      'content/stories/the-files.mdx: line 15: <Fact>: its source gives this figure as "about 7,000", and the Fact prints 7,000 alone: write "about" before it (about <Fact … />), or readers take it for exact',
    ]);
  });

  it("reports a Fact's format that is not one it knows, which would print the figure unformatted", () => {
    const body = [
      '<Fact dataset="issued" row={2024} column="issued" format="compakt" />',
      '<Fact dataset="issued" row={2024} column="issued" format="percent" />',
      '<Fact dataset="issued" row={2024} column="issued" format={{ notation: "compact" }} />',
      '<Fact dataset="issued" row={2024} column="issued" format={{ "notation": "short" }} />',
    ].join('\n\n');
    const rows = [{ year: 2024, issued: 15548, source: 'rnm-numbers' }];
    expect(
      messages({ 'data/issued.json': dataset(rows), 'content/stories/the-files.mdx': story(goodFrontmatter, body) }),
    ).toEqual([
      'content/stories/the-files.mdx: line 8: <Fact> format: expected "compact" (15,548 as 15.5k), "decimal" (as 15,548.0) or Intl.NumberFormat options in double braces (format={{ maximumFractionDigits: 0 }}), got "compakt": did you mean "compact"?',
      'content/stories/the-files.mdx: line 10: <Fact> format: expected "compact" (15,548 as 15.5k), "decimal" (as 15,548.0) or Intl.NumberFormat options in double braces (format={{ maximumFractionDigits: 0 }}), got "percent": a column whose "unit" is "%" prints its figures as percentages',
      'content/stories/the-files.mdx: line 14: <Fact> format: Intl.NumberFormat does not take these options (Value short out of range for Intl.NumberFormat options property notation)',
    ]);
  });

  it("checks a Fact's format written as a string literal in braces, in any quotes, before rendering", () => {
    const body = [
      `<Fact dataset="issued" row={2024} column="issued" format={"compakt"} />`,
      `<Fact dataset="issued" row={2024} column="issued" format={'percent'} />`,
      '<Fact dataset="issued" row={2024} column="issued" format={`decimals`} />',
      `<Fact dataset="issued" row={2024} column="issued" format={'compact'} />`,
    ].join('\n\n');
    expect(messages({ 'content/stories/the-files.mdx': story(goodFrontmatter, body) })).toEqual([
      'content/stories/the-files.mdx: line 8: <Fact> format: expected "compact" (15,548 as 15.5k), "decimal" (as 15,548.0) or Intl.NumberFormat options in double braces (format={{ maximumFractionDigits: 0 }}), got "compakt": did you mean "compact"?',
      'content/stories/the-files.mdx: line 10: <Fact> format: expected "compact" (15,548 as 15.5k), "decimal" (as 15,548.0) or Intl.NumberFormat options in double braces (format={{ maximumFractionDigits: 0 }}), got "percent": a column whose "unit" is "%" prints its figures as percentages',
      'content/stories/the-files.mdx: line 12: <Fact> format: expected "compact" (15,548 as 15.5k), "decimal" (as 15,548.0) or Intl.NumberFormat options in double braces (format={{ maximumFractionDigits: 0 }}), got "decimals": did you mean "decimal"?',
    ]);
  });

  it('refuses a Fact\'s format with style "percent", which multiplies the figure by 100', () => {
    const body = '<Fact dataset="issued" row={2024} column="issued" format={{ "style": "percent" }} />';
    expect(messages({ 'content/stories/the-files.mdx': story(goodFrontmatter, body) })).toEqual([
      'content/stories/the-files.mdx: line 8: <Fact> format: style "percent" multiplies the figure by 100 (39 would print "3,900%"): a percentage is the column\'s to say, with "unit": "%" in the dataset',
    ]);
  });

  it('accepts style "percent" on a figure written as a fraction (0.39 prints "39%"), not on a "%" column\'s', () => {
    const json = JSON.parse(dataset([{ year: 2024, issued: 15548, source: 'rnm-numbers', share: 0.39, rate: 0.5 }]));
    json.columns.share = { type: 'number', description: 'Share of all notices, as a fraction of 1' };
    json.columns.rate = { type: 'number', unit: '%', description: 'Rate, in per cent' };
    const body = [
      '<Fact dataset="issued" row={2024} column="share" format={{ style: "percent" }} />',
      '',
      '<Fact dataset="issued" row={2024} column="rate" format={{ style: "percent" }} />',
    ].join('\n');
    const files = {
      'data/issued.json': JSON.stringify(json),
      'content/stories/the-files.mdx': story(goodFrontmatter, body),
    };
    expect(messages(files)).toEqual([
      'content/stories/the-files.mdx: line 10: <Fact> format: style "percent" multiplies the figure by 100 (39 would print "3,900%"): a percentage is the column\'s to say, with "unit": "%" in the dataset',
    ]);
  });

  it("checks a Fact's format written as docs/writing.md writes it, with bare keys and single quotes, before rendering", () => {
    const body = [
      '<Fact dataset="issued" row={2024} column="issued" format={{ maximumFractionDigits: 0 }} />',
      '',
      '<Fact dataset="issued" row={2024} column="issued" format={{ notation: \'short\' }} />',
      '',
      '<Fact dataset="issued" row={2024} column="issued" format={{ maximumFractionDigits: 0, useGrouping: false }} />',
    ].join('\n');
    expect(messages({ 'content/stories/the-files.mdx': story(goodFrontmatter, body) })).toEqual([
      'content/stories/the-files.mdx: line 10: <Fact> format: Intl.NumberFormat does not take these options (Value short out of range for Intl.NumberFormat options property notation)',
    ]);
  });

  it("names a Fact's format option Intl.NumberFormat does not have, which it would ignore without a word", () => {
    const body = '<Fact dataset="issued" row={2024} column="issued" format={{ maximumFractionDigit: 0 }} />';
    expect(messages({ 'content/stories/the-files.mdx': story(goodFrontmatter, body) })).toEqual([
      'content/stories/the-files.mdx: line 8: <Fact> format: Intl.NumberFormat has no option "maximumFractionDigit", and would ignore it: did you mean "maximumFractionDigits"?',
    ]);
  });

  it('reports a Response that is not a block of its own, which MDX would put inside a paragraph', () => {
    const body = [
      'Intro.',
      '',
      '<Response from="Interpol" date="2026-01-26">Fine: a block of its own.</Response>',
      '',
      '<Response from="Interpol">',
      'Also fine, over several lines.',
      '</Response>',
      '',
      '<Response from="Interpol">Followed at once by text.</Response>',
      'Dup: more text.',
      '',
      'Text before it <Response from="Interpol">on the same line.</Response>',
      '',
      'A line just before it.',
      '<Response from="Interpol">Text.</Response>',
      '',
      '```mdx',
      'Code <Response from="x">is prose about the component.</Response>',
      '```',
    ].join('\n');
    const expected =
      'expected a block of its own: leave a blank line before and after it (a Response inside a paragraph breaks the page)';
    expect(messages({ 'content/stories/the-files.mdx': story(goodFrontmatter, body) })).toEqual([
      `content/stories/the-files.mdx: line 16: <Response>: ${expected}`,
      `content/stories/the-files.mdx: line 19: <Response>: ${expected}`,
      `content/stories/the-files.mdx: line 22: <Response>: ${expected}`,
    ]);
  });

  it('ignores components shown as code in the prose', () => {
    const body = 'Write `<Cite id="anything" />` to cite.\n\n```mdx\n<Chart dataset="nope" />\n```';
    expect(messages({ 'content/stories/the-files.mdx': story(goodFrontmatter, body) })).toEqual([]);
  });

  it('allows only one lead story among the public ones', () => {
    const out = messages({
      'content/stories/a.mdx': story('title: A\nsummary: S\ndate: 2026-01-26\nlead: true'),
      'content/stories/b.mdx': story('title: B\nsummary: S\ndate: 2026-01-27\nlead: true'),
      'content/stories/c.mdx': story('title: C\nsummary: S\ndate: 2026-01-27\nlead: true\ndraft: true'),
    });
    // Each is named, whichever file comes first.
    expect(out).toEqual([
      'content/stories/a.mdx: line 5: lead: only one story can be the lead, and content/stories/b.mdx says lead: true too: keep it on one',
      'content/stories/b.mdx: line 5: lead: only one story can be the lead, and content/stories/a.mdx says lead: true too: keep it on one',
    ]);
  });
});

describe('a translation whose original has a problem', () => {
  it('is not told its original is missing, nor to be renamed after another page: the original is there, with its own problem', () => {
    const fixture = minimalSite();
    const page = (title: string, extra = '') =>
      story(`title: ${title}\nsummary: S\ndate: 2026-01-26\ndatasets: [issued]${extra}`);
    // A problem in an original's frontmatter (a field misspelt, a date no day) keeps it out of the project until fixed.
    fixture.write(
      'content/stories/how-states-chase-critics.mdx',
      page('How states chase critics', '\ncountires: [RU]'),
    );
    fixture.write(
      'content/stories/fr/how-states-chase-critics.mdx',
      page('Comment des États traquent leurs opposants'),
    );
    fixture.write('content/stories/the-watchdog.mdx', story('title: The watchdog\nsummary: S\ndate: 2026-13-01'));
    fixture.write('content/stories/fr/le-gendarme.mdx', page('Le gendarme', '\ntranslationKey: the-watchdog'));
    const { errors, notes } = validateProject(fixture.root, now, false);
    expect(errors.map((error) => error.message)).toEqual([
      'content/stories/how-states-chase-critics.mdx: line 6: frontmatter: unknown field "countires" (did you mean "countries"?): expected one of title, summary, date, updated, authors, countries, tags, datasets, draft, embargo, corrections, lang, translationKey, lead, cases',
      expect.stringMatching(/^content\/stories\/the-watchdog\.mdx: line 4: date: /),
    ]);
    expect(notes).toEqual([]);
  });
});

describe("an embargo more than four weeks before the page's date", () => {
  it('stops the build: a typo in its year or month would publish the page early, now or when it lifts', () => {
    expect(
      preflight({
        // Written for Tuesday 24 November 2026, 06:00, with 2025 typed for 2026: published on the 22nd.
        'content/stories/year.mdx': story('title: Y\nsummary: S\ndate: 2026-11-24\nembargo: 2025-11-24T06:00:00Z'),
        // A month early, on a page dated today.
        'content/stories/month.mdx': story(
          'title: M\nsummary: S\ndate: 2026-11-22\nembargo: 2026-10-22T06:00:00+01:00',
        ),
        // Ahead of the build, but a month before the page's date: said now, not by the build that lifts it.
        'content/stories/ahead.mdx': story('title: A\nsummary: S\ndate: 2027-01-05\nembargo: 2026-12-05T06:00:00Z'),
        // Lifted the evening before the day the page is dated (a newsroom ahead of UTC), or on it: as meant.
        'content/stories/eve.mdx': story('title: E\nsummary: S\ndate: 2026-11-22\nembargo: 2026-11-21T23:00:00Z'),
        'content/stories/lifted.mdx': story('title: L\nsummary: S\ndate: 2026-01-26\nembargo: 2026-01-26T06:00:00Z'),
        // Lifted long after the page's date: dated when it was written, published later (noted below).
        'content/stories/late.mdx': story('title: La\nsummary: S\ndate: 2026-01-26\nembargo: 2026-03-01T06:00:00Z'),
        // Lifted this morning, on a page dated in two days: a note, as before it lifted, not a stop of the build
        // that lifted it.
        'content/stories/days.mdx': story('title: D\nsummary: S\ndate: 2026-11-24\nembargo: 2026-11-22T06:00:00Z'),
      }),
    ).toEqual({
      errors: [
        "content/stories/ahead.mdx: line 5: embargo: 2026-12-05T06:00:00Z lies more than four weeks before the page's date (2027-01-05): the page would be published then, weeks before the day it is dated; correct it (embargo: 2027-01-05T06:00:00Z, on the page's date?), or remove it",
        "content/stories/month.mdx: line 5: embargo: 2026-10-22T05:00:00Z has passed, and lies more than four weeks before the page's date (2026-11-22): it holds nothing back, and the page would be published now; correct it, or remove it",
        "content/stories/year.mdx: line 5: embargo: 2025-11-24T06:00:00Z has passed, and lies more than four weeks before the page's date (2026-11-24): it holds nothing back, and the page would be published now; correct it (embargo: 2026-11-24T06:00:00Z, on the page's date?), or remove it",
      ],
      notes: [
        "content/stories/days.mdx: line 4: date: 2026-11-24 is after this build's moment, and the page is published now with that date: its embargo (2026-11-22T06:00:00Z) has passed and holds nothing back: correct it if it was to hold the page until then",
        'content/stories/late.mdx: line 4: date: 2026-01-26 is before its embargo (2026-03-01T06:00:00Z), and the page was published then with that date, in its feed too, as if it had been out since: write date: 2026-03-01, the day its embargo lifted',
      ],
    });
  });
});

describe('a dataset no page uses', () => {
  it('is noted with what is published of it, and how to hold it back; not one a page of any state uses, mentions or links', () => {
    const titled = (title: string) => dataset(undefined, { title });
    const { errors, notes } = preflight({
      'data/staged.json': titled('Staged figures'),
      'data/held.json': titled('Held figures'),
      'data/sketched.json': titled('Sketched figures'),
      'data/linked.json': titled('Linked figures'),
      'content/stories/held.mdx': story('title: H\nsummary: S\ndate: 2026-01-26\ndraft: true\ndatasets: [held]'),
      'content/stories/sketched.mdx': story(
        'title: S\nsummary: S\ndate: 2026-01-26\ndraft: true',
        '{/* <Chart dataset="sketched" type="line" x="year" y="issued" title="T" /> */}\n\nText.',
      ),
      'content/stories/linked.mdx': story(
        'title: L\nsummary: S\ndate: 2026-01-26',
        'See [the figures](/data/linked/).',
      ),
    });
    expect(errors).toEqual([]);
    expect(notes).toEqual([
      "data/staged.json: no page uses it, so it is published on its own: its page /data/staged/, its downloads /data/staged.csv and /data/staged.json, and its entry in the data catalog; if it is for a story not yet published, list it in that story's datasets: (datasets: [staged]) and it is withheld while the story is a draft or embargoed",
    ]);
  });
});

describe('a dataset that only withheld pages link', () => {
  it('is noted with the pages, what is published of it now, and how to hold it back with them; not in a preview', () => {
    const titled = (title: string) => dataset(undefined, { title });
    const files = {
      'data/linked.json': titled('Linked figures'),
      'data/both.json': titled('Figures both link'),
      'data/shared.json': titled('Shared figures'),
      'content/stories/held.mdx': story(
        'title: H\nsummary: S\ndate: 2026-01-26\ndraft: true',
        'See [the figures](/data/linked/), [the table](/data/both.csv) and [these](/data/shared/).',
      ),
      'content/cases/later.mdx':
        '---\ntitle: L\nsummary: S\nsubject: Someone\ncountry: RU\nstatus: active\nnotice: red-notice\ndate: 2026-12-01\nembargo: 2026-12-01T06:00:00Z\n---\n\nSee [the data](/data/both/).\n',
      // A published page's link publishes it with that page: nothing to say.
      'content/stories/out.mdx': story('title: O\nsummary: S\ndate: 2026-01-26', 'See [them](/data/shared.json).'),
    };
    const { errors, notes } = preflight(files);
    expect(errors).toEqual([]);
    expect(notes).toEqual([
      'data/both.json: only content/stories/held.mdx (a draft) and content/cases/later.mdx (embargoed) link it, and a link does not hold it back, so it is published now, before the pages: its page /data/both/, its downloads /data/both.csv and /data/both.json, and its entry in the data catalog; to hold it back with them, list it in their datasets: (datasets: [both])',
      "data/linked.json: only content/stories/held.mdx (a draft) links it, and a link does not hold it back, so it is published now, before the page: its page /data/linked/, its downloads /data/linked.csv and /data/linked.json, and its entry in the data catalog; to hold it back with the page, list it in the page's datasets: (datasets: [linked])",
    ]);
    // In a preview every page is published, the dataset with them.
    const site = minimalSite();
    site.write('content/stories/the-files.mdx', story(goodFrontmatter));
    for (const [path, text] of Object.entries(files)) site.write(path, text);
    expect(validateProject(site.root, now, true).notes.map((note) => note.message)).toEqual([]);
  });
});

describe("a date more than a day before the page's embargo", () => {
  it('is noted while the embargo is ahead, with the day to write, and again once it has lifted, without stopping the build', () => {
    // new:story wrote "today" (2026-11-20); the editor then set the embargo, eight weeks on.
    const harbour = 'title: H\nsummary: S\ndate: 2026-11-20\nembargo: 2027-01-15T06:00:00Z';
    const files = {
      'content/stories/harbour.mdx': story(harbour),
      // Dated the evening before, as a newsroom behind UTC would, or the day it lifts: as meant.
      'content/stories/eve.mdx': story('title: E\nsummary: S\ndate: 2027-01-14\nembargo: 2027-01-15T06:00:00Z'),
      'content/stories/on-the-day.mdx': story('title: O\nsummary: S\ndate: 2027-01-15\nembargo: 2027-01-15T06:00:00Z'),
      // A draft is told once its draft: true goes (it has the draft's own note meanwhile).
      'content/stories/drafted.mdx': story(`${harbour.replace('title: H', 'title: D')}\ndraft: true`),
    };
    expect(preflight(files)).toEqual({
      errors: [],
      notes: [
        'content/stories/drafted.mdx: line 6: draft: true holds the page back whatever its embargo: the build at 2027-01-15T06:00:00Z will not publish it; remove draft: true for the embargo to publish it then',
        'content/stories/harbour.mdx: line 4: date: 2026-11-20 is before its embargo (2027-01-15T06:00:00Z), and the page will be published then with that date, in its feed too, as if it had been out since: write date: 2027-01-15, the day its embargo lifts',
      ],
    });
    // The build that lifts it, unattended: the same note, not a stop.
    const fixture = minimalSite();
    fixture.write('content/stories/harbour.mdx', story(`${harbour}\ndatasets: [issued]`));
    const lifted = validateProject(fixture.root, new Date('2027-01-15T07:00:00Z'), false);
    expect(lifted.errors).toEqual([]);
    expect(lifted.notes.map((note) => note.message)).toEqual([
      'content/stories/harbour.mdx: line 4: date: 2026-11-20 is before its embargo (2027-01-15T06:00:00Z), and the page was published then with that date, in its feed too, as if it had been out since: write date: 2027-01-15, the day its embargo lifted',
    ]);
  });
  it("names the day the embargo lifts where it was written, and the moment as written: midnight in Paris is the next day's", () => {
    // 2027-01-15T00:00:00+01:00 is 2027-01-14T23:00:00Z: the day to write is the 15th, as the newsroom wrote it.
    const paris = 'title: P\nsummary: S\ndate: 2026-11-20\nembargo: "2027-01-15T00:00:00+01:00"';
    expect(
      preflight({
        'content/stories/paris.mdx': story(paris),
        // The evening before where it was written is within the day the note allows: as meant.
        'content/stories/eve.mdx': story('title: E\nsummary: S\ndate: 2027-01-14\nembargo: 2027-01-15T00:00:00+01:00'),
      }).notes,
    ).toEqual([
      'content/stories/paris.mdx: line 4: date: 2026-11-20 is before its embargo (2027-01-15T00:00:00+01:00), and the page will be published then with that date, in its feed too, as if it had been out since: write date: 2027-01-15, the day its embargo lifts',
    ]);
  });
});

describe('an embargoed page whose MDX does not parse', () => {
  it('stops the build now, with the line, not the build that lifts the embargo at its moment', () => {
    const body = 'Some text.\n\nSome <b>bold <i>text</b></i>.';
    const held = 'title: H\nsummary: S\ndate: 2026-12-08\nembargo: 2026-12-08T06:00:00Z';
    expect(
      preflight({
        'content/stories/held.mdx': story(held, body),
        // Rendering reports it for a page published now; a draft is not published until an editor says so.
        'content/stories/published.mdx': story('title: P\nsummary: S\ndate: 2026-01-26', body),
        'content/stories/drafted.mdx': story('title: D\nsummary: S\ndate: 2026-01-26\ndraft: true', body),
        // A problem the checks before rendering name is said once, in their words.
        'content/stories/held-brace.mdx': story(held.replace('title: H', 'title: HB'), 'Some text {in braces.'),
      }).errors,
    ).toEqual([
      'content/stories/held-brace.mdx: line 8: {: a brace never closed: MDX reads braces in the text as code, and stops the build: to print a brace, write \\{',
      'content/stories/held.mdx: line 10, column 21: MDX syntax: Unexpected closing tag `</b>`, expected corresponding closing tag for `<i>` (10:14): the page is embargoed until 2026-12-08T06:00:00Z, and the build that lifts its embargo would stop on this, publishing nothing',
    ]);
  });
});
