/**
 * Bad input, through the real build: each mistake stops it with exit code 1 and one line naming the file, the field
 * and what was expected, with no stack trace, in bounded time, and the previous output stays byte-identical.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { datasetIds, editorialFixture } from '../editorial/fixture.ts';
import { treeHash } from '../build/tree.ts';
import { build, hasStackTrace } from './run.ts';

type Fixture = ReturnType<typeof editorialFixture>;

const second = 'content/stories/second-story.mdx';
const counts = 'data/fixture-counts.json';

function edit(fixture: Fixture, path: string, change: (text: string) => string): void {
  fixture.write(path, change(readFileSync(join(fixture.root, path), 'utf8')));
}

function editJson(fixture: Fixture, path: string, change: (json: Record<string, unknown>) => void): void {
  edit(fixture, path, (text) => {
    const json = JSON.parse(text);
    change(json);
    return JSON.stringify(json);
  });
}

/** The list the "unknown dataset" message gives: every dataset of the fixture. */
const known = datasetIds(editorialFixture().root).join(', ');

const cases: [name: string, mutate: (f: Fixture) => void, line: string | RegExp][] = [
  [
    'malformed YAML frontmatter',
    (f) => edit(f, second, (t) => t.replace('title: Second fixture story', 'title: [Second fixture story')),
    /^ {2}content\/stories\/second-story\.mdx: frontmatter: malformed YAML at line \d+: .+$/m,
  ],
  [
    'a wrong type',
    (f) => edit(f, second, (t) => t.replace('tags: [fixture]', 'tags: [fixture]\ndraft: "yes"')),
    'content/stories/second-story.mdx: line 9: draft: expected true or false, got "yes": write true',
  ],
  [
    'a missing required field',
    (f) => edit(f, 'content/cases/public-case.mdx', (t) => t.replace('status: active\n', '')),
    'content/cases/public-case.mdx: lines 1–8: status: missing: expected one of active, cancelled, refused, unknown',
  ],
  [
    'an unknown dataset',
    (f) => edit(f, second, (t) => t.replace('tags: [fixture]', 'tags: [fixture]\ndatasets: [fixture-counts, nope]')),
    `content/stories/second-story.mdx: line 9: datasets[1]: unknown dataset "nope": expected one of ${known} (data/<id>.json)`,
  ],
  [
    'an unknown cited source',
    (f) => edit(f, second, (t) => t.replace('<Cite id="fixture-source" />', '<Cite id="nope" />')),
    'content/stories/second-story.mdx: line 11: <Cite id>: unknown source "nope": add it to data/sources.json or fix the id',
  ],
  [
    'a cited source id pasted with a zero-width space, which the message showed as the id itself',
    (f) => edit(f, second, (t) => t.replace('<Cite id="fixture-source" />', '<Cite id="fixture-source\u200b" />')),
    'content/stories/second-story.mdx: line 11: <Cite id>: unknown source "fixture-source\\u200b" (a zero-width space): write "fixture-source", without the character that does not show',
  ],
  [
    'a link to a download the site does not make (.CSV), found only by the check of the output',
    (f) => edit(f, second, (t) => t.replace('Plain prose', 'Plain prose, with [the counts](/data/fixture-counts.CSV)')),
    "content/stories/second-story.mdx: line 11: link: /data/fixture-counts.CSV: the site makes no such file: a dataset's downloads are /data/fixture-counts.csv and /data/fixture-counts.json, in lower case: write /data/fixture-counts.csv",
  ],
  [
    'an unknown case file',
    (f) => edit(f, second, (t) => t.replace('tags: [fixture]', 'tags: [fixture]\ncases: [ghost]')),
    'content/stories/second-story.mdx: line 9: cases[0]: no case file "ghost" (content/cases/ghost.mdx); known: public-case',
  ],
  [
    'an unknown country code',
    (f) => edit(f, 'content/cases/public-case.mdx', (t) => t.replace('country: RU', 'country: ZZ')),
    'content/cases/public-case.mdx: line 5: country: expected an ISO 3166-1 alpha-2 country code such as "RU", got "ZZ"',
  ],
  [
    "a case file's country written as a list, as a story's countries: is",
    (f) => edit(f, 'content/cases/public-case.mdx', (t) => t.replace('country: RU', 'country: [RU]')),
    'content/cases/public-case.mdx: line 5: country: expected an ISO 3166-1 alpha-2 country code such as "RU", got a list, [RU]: it takes one value, without brackets: write country: RU',
  ],
  [
    'an unknown dataset in a <Fact>',
    (f) =>
      edit(f, second, (t) => t.replace('Plain prose', 'Plain <Fact dataset="nope" row={2024} column="count" /> prose')),
    `content/stories/second-story.mdx: line 11: <Fact> dataset: unknown dataset "nope": expected one of ${known} (data/<id>.json)`,
  ],
  [
    'an invalid date',
    (f) => edit(f, second, (t) => t.replace('date: 2026-01-05', 'date: 2026-02-31')),
    'content/stories/second-story.mdx: line 4: date: expected a real calendar date written as YYYY-MM-DD, got "2026-02-31" (no such day)',
  ],
  [
    'invalid JSON',
    (f) => f.write(counts, '{ "title": "x", }'),
    'data/fixture-counts.json: invalid JSON at line 1, column 17: a comma with nothing after it: remove the comma before "}"',
  ],
  [
    'a row that does not match its columns',
    (f) => editJson(f, counts, (d) => ((d.rows as object[])[1] = { year: 2024, count: 'many' })),
    'data/fixture-counts.json: rows[1].count: expected a whole number or null, got "many" (the row where year is 2024)',
  ],
  [
    'a number too large for an integer column',
    (f) => editJson(f, counts, (d) => ((d.rows as object[])[1] = { year: 2024, count: 1e308 })),
    'data/fixture-counts.json: rows[1].count: expected a whole number or null, got 1e+308 (the row where year is 2024)',
  ],
  [
    'a column of an unknown type',
    (f) =>
      editJson(f, counts, (d) => ((d.columns as Record<string, object>).count = { type: 'float', description: 'x' })),
    'data/fixture-counts.json: columns.count.type: expected one of string, number, integer, date, boolean, got "float": write "number"',
  ],
  [
    'a row pasted twice, every cell alike',
    (f) => editJson(f, counts, (d) => (d.rows as object[]).push({ year: 2024, count: 150 })),
    'data/fixture-counts.json: rows[2]: the same row as rows[1], every cell alike (the row where year is 2024): the table, the downloads and the charts would show it twice; remove one, or write in a column what sets them apart',
  ],
  [
    'an empty dataset',
    (f) => editJson(f, counts, (d) => (d.rows = [])),
    'data/fixture-counts.json: rows: expected at least one row',
  ],
  [
    'a duplicate slug',
    (f) => f.write('content/stories/Second Story.mdx', readFileSync(join(f.root, second), 'utf8')),
    'content/stories/second-story.mdx: slug: "second-story" is already used by content/stories/Second Story.mdx: rename one of the files',
  ],
  [
    'a <Fact> whose row, written as an expression, does not exist (caught while rendering)',
    (f) =>
      edit(f, second, (t) =>
        t.replace('Plain prose', 'Plain <Fact dataset="fixture-counts" row={2000 + 99} column="count" /> prose'),
      ),
    // Found while rendering, and placed on the tag's line (the eleventh of the file, after the frontmatter).
    'content/stories/second-story.mdx: line 11: <Fact dataset="fixture-counts"> row: dataset "fixture-counts" has no row with year = 2099 (rows: 2023, 2024)',
  ],
  [
    'a <Fact> whose format, written as an expression, Intl refuses (caught while rendering)',
    (f) =>
      edit(f, second, (t) =>
        t.replace(
          'Plain prose',
          // Computed, so that only the render can know it: an object written literally is checked before rendering.
          'Plain <Fact dataset="fixture-counts" row={2024} column="count" format={{ notation: "sh" + "ort" }} /> prose',
        ),
      ),
    'content/stories/second-story.mdx: line 11: <Fact dataset="fixture-counts"> format: Intl.NumberFormat does not take these options (Value short out of range for Intl.NumberFormat options property notation)',
  ],
];

/** Settings that cannot be right stop the build before it writes anything: [name, environment, message]. */
const settings: [string, Record<string, string>, string][] = [
  [
    'a site address that is no URL',
    { CASEFILE_SITE_URL: 'example.org' },
    'CASEFILE_SITE_URL: expected the address the site is served at',
  ],
  [
    'a site address with a query',
    { CASEFILE_SITE_URL: 'https://example.org/news/?edition=1' },
    'CASEFILE_SITE_URL: expected the address the site is served at, with no query (?) or fragment (#)',
  ],
  [
    'a build moment that is no datetime',
    { CASEFILE_NOW: 'tomorrow' },
    'CASEFILE_NOW: expected an ISO 8601 datetime with its offset',
  ],
  [
    'a preview asked for with another word',
    { PREVIEW: 'yes' },
    'PREVIEW: expected 1 (a preview, drafts and embargoed pages included, into its own folder) or nothing (the site to publish), got "yes"',
  ],
];

describe('bad content stops the build with one clear line', () => {
  const good = editorialFixture();
  const dist = join(good.root, 'published');
  let before: string;

  beforeAll(() => {
    const first = build(good.root, dist);
    expect(first.status, first.output).toBe(0);
    before = treeHash(dist);
  });

  it.each(cases)('%s', (_name, mutate, line) => {
    const fixture = editorialFixture();
    mutate(fixture);
    const run = build(fixture.root, dist);
    rmSync(fixture.root, { recursive: true, force: true });
    expect(run.signal, 'the build hung').toBeNull();
    expect(run.status, run.output).toBe(1);
    if (typeof line === 'string') {
      // Headed by where the problems are, and how many, whether the preflight or rendering found them.
      expect(run.stderr).toMatch(/^The build stopped: \d+ problems? in the content\.$/m);
      expect(run.stderr.split('\n')).toContain(`  ${line}`);
      // Once: not also as the raw lines Astro logs for an error a page raised while rendering.
      const said = line.replace(/^[^\s:]+: (?:line \d+: )?/, '');
      expect(run.output.split(said).length - 1, run.output).toBe(1);
    } else expect(run.stderr).toMatch(line);
    expect(hasStackTrace(run.output), run.output).toBe(false);
    expect(run.stderr).toMatch(/(Nothing was written|Nothing was published); .+ is unchanged\.$/m);
    expect(treeHash(dist)).toBe(before);
  });

  it.each(settings)('%s', (_name, env, message) => {
    const run = build(good.root, dist, env);
    expect(run.signal, 'the build hung').toBeNull();
    expect(run.status, run.output).toBe(1);
    expect(run.stderr).toContain(`The build stopped: ${message}`);
    expect(hasStackTrace(run.output), run.output).toBe(false);
    expect(run.stderr).toMatch(/Nothing was written; .+ is unchanged\.$/m);
    expect(treeHash(dist)).toBe(before);
  });
});
