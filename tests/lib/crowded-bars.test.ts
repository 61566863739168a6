import { describe, expect, it } from 'vitest';
import { dataset, goodFrontmatter, preflight, story } from '../helpers/preflight.ts';

/** `count` rows, one per year from 1500, each with a value and its source. */
const years = (count: number) =>
  Array.from({ length: count }, (_, i) => ({ year: 1500 + i, issued: i + 1, source: 'rnm-numbers' }));

const page = (chart: string) => ({
  'content/stories/the-files.mdx': story(goodFrontmatter, `Text.\n\n${chart}\n`),
});

describe('bar charts with more bars than a reader scans', () => {
  it('notes a bar chart of 500 rows, with the page, the line, the count and what to write instead, and builds', () => {
    const { errors, notes } = preflight({
      'data/issued.json': dataset(years(500)),
      ...page('<Chart type="bar" dataset="issued" x="year" y="issued" title="Issued" />'),
    });
    expect(errors).toEqual([]);
    const note = notes.find((n) => n.includes('bars'));
    expect(note).toMatch(/content\/stories\/the-files\.mdx: line \d+: <Chart> "Issued": draws 500 bars/);
    expect(note).toContain('17,000 px tall');
    expect(note).toContain('type="line"');
    expect(note).toContain('top={20}');
  });

  it('says nothing of 60 bars, nor of 500 rows cut to 20 by top, nor of a line of 500 points', () => {
    for (const chart of [
      '<Chart type="bar" dataset="issued" x="year" y="issued" title="Issued" top={20} />',
      '<Chart type="line" dataset="issued" x="year" y="issued" title="Issued" />',
    ]) {
      const { errors, notes } = preflight({ 'data/issued.json': dataset(years(500)), ...page(chart) });
      expect(errors).toEqual([]);
      expect(notes.filter((n) => n.includes('bars'))).toEqual([]);
    }
    const { notes } = preflight({
      'data/issued.json': dataset(years(60)),
      ...page('<Chart type="bar" dataset="issued" x="year" y="issued" title="Issued" />'),
    });
    expect(notes.filter((n) => n.includes('bars'))).toEqual([]);
  });

  it("notes a dataset's own bar chart in the JSON's words", () => {
    const { notes } = preflight({
      'data/issued.json': dataset(years(61), { chart: { type: 'bar', x: 'year', y: 'issued', title: 'Issued' } }),
    });
    const note = notes.find((n) => n.includes('bars'));
    expect(note).toMatch(/data\/issued\.json: chart "Issued": draws 61 bars/);
    expect(note).toContain('"top": 20');
  });
});
