/** A minimal site for the preflight's tests (src/lib/validate-project.ts): one source, one dataset, one story. */
import { validateProject } from '../../src/lib/validate-project.ts';
import { makeFixture } from './build.ts';

export const now = new Date('2026-11-22T12:00:00Z');

export const sources = JSON.stringify({
  'rnm-numbers': {
    publisher: 'Red Notice Monitor',
    title: 'A numbers game, part 2',
    url: 'https://example.org/numbers',
    date: '2025',
    kind: 'ngo-report',
  },
});

export const dataset = (rows: unknown[] = [{ year: 2024, issued: 15548, source: 'rnm-numbers' }], extra = {}) =>
  JSON.stringify({
    title: 'Red notices issued per year',
    description: 'Red notices Interpol issued each year, as quoted by its sources.',
    sources: ['rnm-numbers'],
    license: 'CC BY 4.0',
    updated: '2026-02-01',
    columns: {
      year: { type: 'integer', description: 'Year' },
      issued: { type: 'integer', unit: 'notices', description: 'Red notices issued' },
      source: { type: 'string', ref: 'source', description: 'Source of the figure' },
    },
    rows,
    ...extra,
  });

export const story = (frontmatter: string, body = 'Text.') => `---\n${frontmatter}\n---\n\n${body}\n`;
export const goodFrontmatter = 'title: The files\nsummary: What they show.\ndate: 2026-01-26\ndatasets: [issued]';

/** A site with one source and one dataset, and no page yet. */
export function minimalSite() {
  const fixture = makeFixture({ copyDemo: false });
  fixture.write('data/sources.json', sources);
  fixture.write('data/issued.json', dataset());
  return fixture;
}

/** A minimal valid site (content/stories/the-files.mdx) plus the given files: the preflight's errors and notes. */
export function preflight(files: Record<string, string>): { errors: string[]; notes: string[] } {
  const fixture = minimalSite();
  fixture.write('content/stories/the-files.mdx', story(goodFrontmatter));
  for (const [path, text] of Object.entries(files)) fixture.write(path, text);
  const { errors, notes } = validateProject(fixture.root, now, false);
  return { errors: errors.map((e) => e.message), notes: notes.map((n) => n.message) };
}
