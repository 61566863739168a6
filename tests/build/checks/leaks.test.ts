import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  findLeaks,
  formatLeaks,
  leakCheckStep,
  withheldPages,
  type WithheldPage,
} from '../../../src/build/checks/leaks.ts';
import type { BuildContext } from '../../../src/build/steps.ts';
import type { Project } from '../../../src/lib/load-project.ts';

const draft: WithheldPage = {
  file: 'content/stories/zebra-plan.mdx',
  slug: 'zebra-plan',
  title: 'The Quartz & Heron Files',
  reason: 'draft',
};
const oneWord: WithheldPage = {
  file: 'content/cases/harbour.mdx',
  slug: 'harbour',
  title: 'Harbour Lights Affair',
  reason: 'embargo',
};

function site(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'casefile-leaks-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

describe('the leak check', () => {
  it('finds a withheld title written with HTML entities in a page', () => {
    const dir = site({ 'stories/public/index.html': '<p>See &quot;The Quartz &amp; Heron Files&quot;.</p>' });
    expect(findLeaks(dir, [draft])).toEqual([{ path: 'stories/public/index.html', page: draft, found: 'title' }]);
  });

  it('finds a withheld slug inside a gzip-compressed Pagefind fragment', () => {
    const fragment = gzipSync(Buffer.from('pagefind_dcd{"url":"/stories/zebra-plan/","content":"x"}'));
    const dir = site({ 'pagefind/fragment/en_0a1b.pf_fragment': fragment });
    expect(findLeaks(dir, [draft])).toEqual([
      { path: 'pagefind/fragment/en_0a1b.pf_fragment', page: draft, found: 'slug' },
    ]);
  });

  it('finds a file whose path names a withheld page, even an image it cannot read', () => {
    const dir = site({ 'og/stories/zebra-plan.png': Buffer.from([0x89, 0x50]), 'cases/harbour/index.html': '<p></p>' });
    expect(findLeaks(dir, [draft, oneWord]).map((l) => l.path)).toEqual([
      'cases/harbour/index.html',
      'og/stories/zebra-plan.png',
    ]);
  });

  it('treats a one-word slug as a leak only as a path segment, not as an ordinary word in prose', () => {
    const dir = site({
      'a.html': '<p>The harbour was quiet.</p>',
      'b.xml': '<link>https://x.org/cases/harbour/</link>',
    });
    expect(findLeaks(dir, [oneWord]).map((l) => l.path)).toEqual(['b.xml']);
  });

  it('finds a title only as whole words', () => {
    const short: WithheldPage = { ...draft, slug: 'x-y', title: 'Red Files' };
    const dir = site({ 'a.html': '<p>Red Filesystems.</p>', 'b.html': '<p>The red files.</p>' });
    expect(findLeaks(dir, [short]).map((l) => l.path)).toEqual(['b.html']);
  });

  it('does not mistake a longer slug for a withheld one', () => {
    const dir = site({ 'a.html': '<a href="/stories/zebra-plan-b/">x</a> <a href="/stories/old-zebra-plan/">y</a>' });
    expect(findLeaks(dir, [draft])).toEqual([]);
  });

  it('names the output file and the withheld page in its message', () => {
    const dir = site({ 'rss.xml': '<title>The Quartz &amp; Heron Files</title>' });
    expect(formatLeaks(findLeaks(dir, [draft]))).toBe(
      'leak check: 1 file of the output mentions a withheld page:\n' +
        '  rss.xml mentions "The Quartz & Heron Files", the title of content/stories/zebra-plan.mdx (a draft)\n' +
        'Remove the mention (or publish the page) and build again.',
    );
  });

  it("names a dataset's id once per file, though it is searched for under each of its titles", () => {
    const english: WithheldPage = {
      file: 'data/kestrel-counts.json',
      slug: 'kestrel-counts',
      title: 'Kestrel counts',
      reason: 'withheld-data',
    };
    const french: WithheldPage = { ...english, title: 'Comptes de crécerelles' };
    const dir = site({
      'a.html': '<a href="/data/kestrel-counts/">x</a>',
      'fr/a.html': '<a href="/data/kestrel-counts/">x</a>',
    });
    expect(findLeaks(dir, [english, french]).length).toBe(4);
    expect(formatLeaks(findLeaks(dir, [english, french]))).toBe(
      'leak check: 2 files of the output mention a withheld page:\n' +
        '  a.html mentions "kestrel-counts", the id of data/kestrel-counts.json (a dataset only withheld pages use)\n' +
        '  fr/a.html mentions "kestrel-counts", the id of data/kestrel-counts.json (a dataset only withheld pages use)\n' +
        'Remove the mention (or publish the page) and build again.',
    );
  });

  it('withholds drafts and pages embargoed after the build time, and only those', () => {
    const entry = (id: string, data: object) => ({
      id,
      file: `content/stories/${id}.mdx`,
      body: '',
      data: { title: id.toUpperCase(), datasets: [], ...data },
    });
    const project = {
      stories: [
        entry('a', { draft: true }),
        entry('b', { embargo: new Date('2026-12-01T00:00:00Z') }),
        entry('c', { embargo: new Date('2026-11-01T00:00:00Z') }),
      ],
      cases: [],
      datasets: new Map([
        ['only-draft', { file: 'data/only-draft.json', title: 'Only draft' }],
        ['shared', { file: 'data/shared.json', title: 'Shared' }],
        ['unused', { file: 'data/unused.json', title: 'Unused' }],
      ]),
    } as unknown as Project;
    (project.stories[0] as unknown as { body: string }).body =
      '<Chart dataset="only-draft" type="bar" x="a" y="b" /> <Fact dataset="shared" row={1} column="x" />';
    (project.stories[2] as unknown as { body: string }).body = '<Fact dataset="shared" row={1} column="x" />';
    expect(withheldPages(project, new Date('2026-11-22T12:00:00Z')).map((p) => [p.slug, p.reason])).toEqual([
      ['a', 'draft'],
      ['b', 'embargo'],
      ['only-draft', 'withheld-data'],
    ]);
  });

  it('withholds a dataset a withheld draft only sketches in an MDX comment, and searches for its translated titles too', () => {
    const project = {
      stories: [
        {
          id: 'a',
          file: 'content/stories/a.mdx',
          body: '{/*\n<Chart dataset="sketched" type="bar" x="a" y="b" />\n*/}',
          data: { title: 'A', datasets: [], draft: true },
        },
      ],
      cases: [],
      datasets: new Map([
        ['sketched', { file: 'data/sketched.json', title: 'Sketched', translations: { fr: { title: 'Esquissé' } } }],
      ]),
    } as unknown as Project;
    expect(withheldPages(project, new Date('2026-11-22T12:00:00Z')).map((p) => [p.slug, p.title, p.reason])).toEqual([
      ['a', 'A', 'draft'],
      ['sketched', 'Sketched', 'withheld-data'],
      ['sketched', 'Esquissé', 'withheld-data'],
    ]);
  });

  it("searches by slug only for a withheld title that is a published page's title or the site's own words, and says so", async () => {
    const entry = (id: string, title: string, body = '', draft = true) => ({
      id,
      file: `content/stories/${id}.mdx`,
      body,
      data: { title, draft, datasets: [] },
    });
    const project = {
      stories: [
        // Teased by three public pages: three leaks, however often it is written.
        entry('part-four', 'How Ankara used the system'),
        entry('one', 'One', 'Next: How Ankara used the system.', false),
        entry('two', 'Two', 'Next: How Ankara used the system.', false),
        entry('three', 'Three', 'Next: How Ankara used the system.', false),
        // The site's own word, and a published page's own title.
        entry('list-draft', 'Corrections'),
        entry('again', 'One'),
      ],
      cases: [],
      datasets: new Map(),
      sources: new Map(),
    } as unknown as Project;
    const now = new Date('2026-11-22T12:00:00Z');
    const pages = withheldPages(project, now);
    expect(pages.map((p) => [p.slug, p.titleIsCommon ?? false])).toEqual([
      ['part-four', false],
      ['list-draft', true],
      ['again', true],
    ]);
    const dir = site({
      'stories/one/index.html': '<h1>One</h1><p>Next: How Ankara used the system. See the corrections.</p>',
      'rss.xml': '<link>https://x.org/stories/list-draft/</link>',
    });
    expect(findLeaks(dir, pages).map((l) => [l.path, l.page.slug, l.found])).toEqual([
      ['rss.xml', 'list-draft', 'slug'],
      ['stories/one/index.html', 'part-four', 'title'],
    ]);
    const log: string[] = [];
    const clean = site({ 'stories/one/index.html': '<h1>One</h1><p>Corrections.</p>' });
    await leakCheckStep.run({
      outDir: clean,
      project,
      now,
      preview: false,
      log: (line: string) => log.push(line),
    } as unknown as BuildContext);
    expect(log).toEqual([
      'leak check: the title of content/stories/list-draft.mdx, "Corrections", is a phrase the published site writes anyway: searched for by its slug only',
      'leak check: the title of content/stories/again.mdx, "One", is a phrase the published site writes anyway: searched for by its slug only',
      'leak check: 3 withheld pages and 0 withheld datasets, not found in the output',
    ]);
  });

  it("searches a withheld slug that the published site names something else by (a dataset's id, a page's slug) only after its section's folder, and says so", async () => {
    const entry = (id: string, title: string, data: object, body = '') => ({
      id,
      file: `content/stories/${id}.mdx`,
      body,
      data: { title, datasets: [], ...data },
    });
    const project = {
      stories: [
        // The story and the dataset it draws on share a name, as a reporter names them; another story publishes the data.
        entry(
          'harbour-fees',
          'Where the harbour money went',
          { embargo: new Date('2026-12-20T06:00:00Z') },
          '<Fact dataset="harbour-fees" row={2024} column="fees" />',
        ),
        entry('port-news', 'Port news', {}, '<Fact dataset="harbour-fees" row={2024} column="fees" />'),
        // A published story, and a dataset of its name that only a draft draws on.
        entry('kestrel-counts', 'Counting the kestrels', {}),
        entry(
          'follow-up',
          'The kestrels, a year on',
          { draft: true },
          '<Chart dataset="kestrel-counts" type="bar" x="a" y="b" title="t" />',
        ),
      ],
      cases: [],
      datasets: new Map([
        ['harbour-fees', { file: 'data/harbour-fees.json', title: 'Harbour fees per year' }],
        ['kestrel-counts', { file: 'data/kestrel-counts.json', title: 'Kestrels counted per year' }],
      ]),
      sources: new Map(),
    } as unknown as Project;
    const now = new Date('2026-12-06T12:00:00Z');
    const pages = withheldPages(project, now);
    const dir = site({
      // The published dataset and the published story, at their own addresses and linked: no leak.
      'data/harbour-fees/index.html': '<h1>Harbour fees per year</h1><a href="/data/harbour-fees.csv">CSV</a>',
      'stories/port-news/index.html': '<a href="/data/harbour-fees/#row-2024">1,720</a>',
      'stories/kestrel-counts/index.html': '<h1>Counting the kestrels</h1>',
      // The withheld story and dataset, named where only they can be.
      'rss.xml': '<link>https://x.org/stories/harbour-fees/</link>',
      'og/stories/harbour-fees.png': Buffer.from([0x89, 0x50]),
      'stories/index.html': '<a href="/data/kestrel-counts.csv">CSV</a>',
    });
    expect(findLeaks(dir, pages).map((l) => [l.path, l.page.file])).toEqual([
      ['og/stories/harbour-fees.png', 'content/stories/harbour-fees.mdx'],
      ['rss.xml', 'content/stories/harbour-fees.mdx'],
      ['stories/index.html', 'data/kestrel-counts.json'],
    ]);
    const log: string[] = [];
    const clean = site({
      'data/harbour-fees/index.html': '<h1>Harbour fees per year</h1>',
      'stories/kestrel-counts/index.html': '<h1>Counting the kestrels</h1>',
    });
    await leakCheckStep.run({
      outDir: clean,
      project,
      now,
      preview: false,
      log: (line: string) => log.push(line),
    } as unknown as BuildContext);
    expect(log).toEqual([
      'leak check: "harbour-fees", the slug of content/stories/harbour-fees.mdx, also names a published dataset or page: searched for after /stories/ only',
      'leak check: "kestrel-counts", the id of data/kestrel-counts.json, also names a published dataset or page: searched for after /data/ only',
      'leak check: 2 withheld pages and 1 withheld dataset, not found in the output',
    ]);
  });

  it('finds a one-word withheld slug that a published dataset shares after its folder, however the link is written', () => {
    const pages: WithheldPage[] = [
      {
        file: 'content/stories/kestrels.mdx',
        slug: 'kestrels',
        title: 'Where the kestrels went',
        reason: 'embargo',
        slugSection: 'stories',
      },
    ];
    const dir = site({
      // The published dataset of that name: no leak.
      'data/kestrels/index.html': '<a href="kestrels.csv">CSV</a>',
      // Links to the story relative to the page, which the bare one-word slug (a path segment) used to find.
      'index.html': '<a href="stories/kestrels/">Read</a>',
      'search.json': '{"url":"stories\\/kestrels\\/"}',
    });
    expect(findLeaks(dir, pages).map((l) => l.path)).toEqual(['index.html', 'search.json']);
  });

  it('counts a withheld dataset once, though it is searched for by its title in each language', async () => {
    const project = {
      stories: [
        {
          id: 'kestrels',
          file: 'content/stories/kestrels.mdx',
          body: '',
          data: { title: 'Kestrels', draft: true, datasets: ['kestrel-counts'] },
        },
      ],
      cases: [],
      datasets: new Map([
        [
          'kestrel-counts',
          {
            file: 'data/kestrel-counts.json',
            title: 'Kestrel counts',
            translations: { fr: { title: 'Comptes de crécerelles' } },
          },
        ],
      ]),
      sources: new Map(),
    } as unknown as Project;
    const now = new Date('2026-11-22T12:00:00Z');
    expect(withheldPages(project, now).map((p) => p.title)).toEqual([
      'Kestrels',
      'Kestrel counts',
      'Comptes de crécerelles',
    ]);
    const log: string[] = [];
    const clean = site({ 'stories/one/index.html': '<h1>One</h1>' });
    await leakCheckStep.run({
      outDir: clean,
      project,
      now,
      preview: false,
      log: (line: string) => log.push(line),
    } as unknown as BuildContext);
    expect(log).toEqual(['leak check: 1 withheld page and 1 withheld dataset, not found in the output']);
  });

  it('suggests a more distinctive title when a withheld title is found all over the site, and still fails', () => {
    const generic: WithheldPage = {
      file: 'content/stories/notes.mdx',
      slug: 'notes',
      title: 'Red notices',
      reason: 'draft',
    };
    const files = Object.fromEntries(
      Array.from({ length: 10 }, (_, i) => [`p${i}.html`, '<p>Red notices, again.</p>']),
    );
    const message = formatLeaks(findLeaks(site(files), [generic]));
    expect(message.split('\n').at(-1)).toBe(
      '"Red notices" (content/stories/notes.mdx) is found in 10 files: if it is a phrase the site uses anyway rather than a leak, give the withheld page a more distinctive title while it is withheld.',
    );
    expect(formatLeaks(findLeaks(site({ 'a.html': '<p>Red notices.</p>' }), [generic]))).not.toContain('distinctive');
  });

  it("names the line of a published story's MDX that mentions a withheld page, as the dev server does", async () => {
    const published = {
      id: 'one',
      file: 'content/stories/one.mdx',
      body: '\nWhat we found.\n\nSee our coming story, The Quartz & Heron Files.\n',
      bodyLine: 6,
      data: { title: 'One', draft: false, datasets: [] },
    };
    const project = {
      stories: [
        {
          id: 'zebra-plan',
          file: draft.file,
          body: '',
          bodyLine: 6,
          data: { title: draft.title, draft: true, datasets: [] },
        },
        published,
      ],
      cases: [],
      datasets: new Map(),
    } as unknown as Project;
    const outDir = site({
      'stories/one/index.html': '<p>See our coming story, The Quartz &amp; Heron Files.</p>',
      'index.html': '<p>The Quartz &amp; Heron Files</p>',
    });
    const context = {
      outDir,
      project,
      now: new Date('2026-11-22T12:00:00Z'),
      preview: false,
      log: () => {},
    } as unknown as BuildContext;
    await expect(async () => leakCheckStep.run(context)).rejects.toMatchObject({
      message: [
        'leak check: 2 files of the output mention a withheld page:',
        '  index.html mentions "The Quartz & Heron Files", the title of content/stories/zebra-plan.mdx (a draft)',
        '  stories/one/index.html mentions "The Quartz & Heron Files", the title of content/stories/zebra-plan.mdx (a draft); written in content/stories/one.mdx:10',
        'Remove the mention (or publish the page) and build again.',
      ].join('\n'),
    });
  });

  it('fails the build step with a CheckError, and skips preview builds', async () => {
    const outDir = site({ 'index.html': '<a href="/stories/zebra-plan/">x</a>' });
    const project = {
      stories: [
        { id: 'zebra-plan', file: draft.file, body: '', data: { title: draft.title, draft: true, datasets: [] } },
      ],
      cases: [],
      datasets: new Map(),
    } as unknown as Project;
    const context = {
      outDir,
      project,
      now: new Date('2026-11-22T12:00:00Z'),
      preview: false,
      log: () => {},
    } as unknown as BuildContext;
    await expect(async () => leakCheckStep.run(context)).rejects.toMatchObject({
      name: 'CheckError',
      message: expect.stringContaining(
        '  index.html mentions "zebra-plan", the slug of content/stories/zebra-plan.mdx (a draft)',
      ),
    });
    await expect(Promise.resolve(leakCheckStep.run({ ...context, preview: true }))).resolves.toBeUndefined();
  });
});
