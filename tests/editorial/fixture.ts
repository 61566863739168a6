/**
 * A small fixture site for the publishing tests: two public stories (one with corrections and a key figure), a
 * public case file, a draft and an embargoed story whose slugs, titles and bodies carry marker words found nowhere
 * else. Its content is made up for tests and never published.
 */
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeFixture, repoRoot } from '../helpers/build.ts';

/** Words that exist only in withheld pages: none may appear in a normal build. */
export const markers = {
  draftSlug: 'quokka-ledger',
  draftTitle: 'Marzipan Quokka Ledger',
  draftWord: 'zanzibarquill',
  embargoSlug: 'walrus-dossier',
  embargoTitle: 'Tangerine Walrus Dossier',
  embargoWord: 'obsidianfjord',
  /** A dataset only the draft uses: withheld with it. */
  draftDataset: 'quokka-numbers',
  draftDatasetTitle: 'Pelican Harbour Numbers',
};

export const publicPages = ['/stories/public-story/', '/stories/second-story/', '/cases/public-case/'];

/**
 * Copies the demo's datasets and bibliography into a fixture, with `sources` added: the site's own pages
 * (methodology) link to demo datasets, so a site without them fails the link check.
 */
export function withDemoData(fixture: ReturnType<typeof makeFixture>, sources: Record<string, unknown>): void {
  for (const name of readdirSync(join(repoRoot, 'data'))) {
    if (name.endsWith('.json') && name !== 'sources.json')
      cpSync(join(repoRoot, 'data', name), join(fixture.root, 'data', name));
  }
  const demoSources = JSON.parse(readFileSync(join(repoRoot, 'data/sources.json'), 'utf8'));
  fixture.write('data/sources.json', JSON.stringify({ ...demoSources, ...sources }));
}

/** The ids of the datasets in a fixture, in the order the build lists them. */
export function datasetIds(root: string): string[] {
  return readdirSync(join(root, 'data'))
    .filter((name) => name.endsWith('.json') && name !== 'sources.json')
    .sort()
    .map((name) => name.slice(0, -5));
}

export function editorialFixture(): ReturnType<typeof makeFixture> {
  const fixture = makeFixture({ copyDemo: false });
  const { write } = fixture;
  withDemoData(fixture, {
    'fixture-source': {
      publisher: 'Fixture Publisher',
      title: 'Fixture report',
      url: 'https://example.org/report',
      date: '2025',
      kind: 'ngo-report',
    },
    // Cited by the embargoed story alone: listing it anywhere would say what the story is about.
    'embargo-only-source': {
      publisher: 'Fixture Publisher',
      title: 'Report only the embargoed story cites',
      url: 'https://example.org/embargoed',
      date: '2025',
      kind: 'news',
    },
  });
  write(
    'data/fixture-counts.json',
    JSON.stringify({
      title: 'Fixture counts per year',
      description: 'Made-up counts for tests.',
      sources: ['fixture-source'],
      license: 'CC0',
      updated: '2026-02-01',
      columns: {
        year: { type: 'integer', description: 'Year' },
        count: { type: 'integer', unit: 'requests', description: 'Requests counted' },
      },
      rows: [
        { year: 2023, count: 120 },
        { year: 2024, count: 150 },
      ],
      corrections: [{ date: '2026-03-01', text: 'The 2023 count was first given as 210.' }],
    }),
  );
  write(
    `data/${markers.draftDataset}.json`,
    JSON.stringify({
      title: markers.draftDatasetTitle,
      description: 'Made-up figures only the draft uses.',
      sources: ['fixture-source'],
      license: 'CC0',
      updated: '2026-02-01',
      columns: { year: { type: 'integer', description: 'Year' }, count: { type: 'integer', description: 'Count' } },
      rows: [{ year: 2024, count: 7 }],
    }),
  );
  write(
    'content/stories/public-story.mdx',
    `---
title: Public fixture story
summary: A public story that uses the fixture dataset.
date: 2026-01-10
authors: [Ada Writer, Ben Editor]
countries: [RU]
tags: [fixture]
datasets: [fixture-counts]
corrections:
  - date: 2026-02-01
    text: An earlier version named the wrong year.
---

In 2024 the fixture counted <Fact dataset="fixture-counts" row={2024} column="count" /> requests <Cite id="fixture-source" />.
`,
  );
  write(
    'content/stories/second-story.mdx',
    `---
title: Second fixture story
summary: Another public story, without figures.
date: 2026-01-05
updated: 2026-01-20
authors: [Ada Writer]
countries: [TR]
tags: [fixture]
---

Plain prose <Cite id="fixture-source" />.
`,
  );
  write(
    'content/cases/public-case.mdx',
    `---
title: Public fixture case
summary: A public case file.
subject: A. Person
country: RU
status: active
notice: red-notice
date: 2025-12-01
---

Case prose <Cite id="fixture-source" />.
`,
  );
  write(
    `content/stories/${markers.draftSlug}.mdx`,
    `---
title: ${markers.draftTitle}
summary: A draft about ${markers.draftWord}.
date: 2026-01-12
countries: [RU]
tags: [fixture]
datasets: [${markers.draftDataset}]
draft: true
---

The draft mentions ${markers.draftWord} <Cite id="fixture-source" />.
`,
  );
  write(
    `content/stories/${markers.embargoSlug}.mdx`,
    `---
title: ${markers.embargoTitle}
summary: An embargoed story about ${markers.embargoWord}.
date: 2026-01-12
countries: [RU]
tags: [fixture]
embargo: 2027-01-01T00:00:00Z
---

The embargoed story mentions ${markers.embargoWord} <Cite id="fixture-source" /><Cite id="embargo-only-source" />.
`,
  );
  return fixture;
}
