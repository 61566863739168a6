import { describe, expect, it } from 'vitest';
import {
  emptyCollections,
  pagesModified,
  searchPaths,
  sitemapFilter,
  sitemapLastmod,
  withheldExclusions,
  withheldPaths,
  withheldUsage,
  shareValidatedProject,
} from '../../src/build/sitemap-filter.ts';
import type { Project } from '../../src/lib/load-project.ts';

const now = new Date('2026-03-01T09:00:00Z');
const entry = (id: string, data: Record<string, unknown>) => ({ id, file: `${id}.mdx`, data, body: '', bodyLine: 1 });
const project = {
  root: '/nowhere/casefile-sitemap-test',
  stories: [
    entry('public', {}),
    entry('draft', { draft: true }),
    entry('fr/brouillon', { draft: true }),
    entry('embargoed', { embargo: new Date('2026-03-02T00:00:00Z') }),
  ],
  cases: [entry('fr/dossier', { embargo: new Date('2026-03-02T00:00:00Z') })],
  datasets: new Map(),
  sources: new Map(),
  invalid: new Set(),
} as unknown as Project;

describe('the sitemap filter', () => {
  it('leaves out withheld stories and case files at their own addresses, translations under their language', () => {
    expect([...withheldPaths(project, now)].sort()).toEqual([
      '/fr/cases/dossier/',
      '/fr/stories/brouillon/',
      '/stories/draft/',
      '/stories/embargoed/',
    ]);
  });

  it("uses the content the build's preflight validated, and leaves out the 404 pages", () => {
    shareValidatedProject(project);
    try {
      const filter = sitemapFilter(project.root, now);
      expect(filter('https://example.org/stories/public/')).toBe(true);
      expect(filter('https://example.org/fr/stories/brouillon/')).toBe(false);
      expect(filter('https://example.org/404.html')).toBe(false);
      expect(filter('https://example.org/fr/404/')).toBe(false);
      expect(filter('https://example.org/stories/404/')).toBe(true);
    } finally {
      shareValidatedProject(undefined);
    }
  });

  it("leaves out each language's search page, below the site's folder too, and keeps the pages beside it", () => {
    expect([...searchPaths()].sort()).toEqual(['/fr/search/', '/search/']);
    shareValidatedProject(project);
    try {
      const filter = sitemapFilter(project.root, now);
      expect(filter('https://example.org/search/')).toBe(false);
      expect(filter('https://example.org/fr/search/')).toBe(false);
      expect(filter('https://example.org/stories/search/')).toBe(true);
      expect(filter('https://example.org/sources/')).toBe(true);
      const below = sitemapFilter(project.root, now, '/casefile/');
      expect(below('https://user.github.io/casefile/search/')).toBe(false);
      expect(below('https://user.github.io/casefile/fr/search/')).toBe(false);
      expect(below('https://user.github.io/casefile/fr/')).toBe(true);
    } finally {
      shareValidatedProject(undefined);
    }
  });
});

describe("the sitemap's <lastmod>", () => {
  const day = (date: string) => new Date(`${date}T00:00:00Z`);
  const page = (id: string, data: Record<string, unknown>, body = '') => ({
    ...entry(id, { datasets: [], corrections: [], ...data }),
    body,
  });
  const dated = {
    root: '/nowhere/casefile-lastmod-test',
    stories: [
      page('plain', { date: day('2026-01-05') }),
      page('updated', { date: day('2026-01-05'), updated: day('2026-02-10') }),
      page('corrected', {
        date: day('2026-01-05'),
        updated: day('2026-01-20'),
        corrections: [{ date: day('2026-03-01'), text: 'An earlier version named the wrong year.' }],
      }),
      // A dataset its chart uses was corrected after it was published.
      page('charted', { date: day('2026-01-05') }, '<Chart dataset="counts" type="bar" x="year" y="count" />'),
      page('fr/updated', { date: day('2026-01-06'), updated: day('2026-02-11') }),
    ],
    cases: [page('older-data', { date: day('2026-02-01'), datasets: ['early'] })],
    datasets: new Map([
      ['counts', { corrections: [{ date: day('2026-04-02'), text: 'The 2023 count was first given as 210.' }] }],
      ['early', { corrections: [{ date: day('2026-01-28'), text: 'A row was counted twice.' }] }],
    ]),
    sources: new Map(),
    invalid: new Set(),
  } as unknown as Project;

  it("is each story's and case file's last change as its header prints it: its updated, its own or its datasets' newest correction, else its date", () => {
    expect(Object.fromEntries([...pagesModified(dated)].map(([path, date]) => [path, date.toISOString()]))).toEqual({
      '/stories/plain/': '2026-01-05T00:00:00.000Z',
      '/stories/updated/': '2026-02-10T00:00:00.000Z',
      '/stories/corrected/': '2026-03-01T00:00:00.000Z',
      '/stories/charted/': '2026-04-02T00:00:00.000Z',
      '/fr/stories/updated/': '2026-02-11T00:00:00.000Z',
      // Its dataset's correction is older than the case file: it says when it was published.
      '/cases/older-data/': '2026-02-01T00:00:00.000Z',
    });
  });

  it('is given to the sitemap entries of stories and case files, below the folder the site is served from, and to no other page', () => {
    shareValidatedProject(dated);
    try {
      const item = (url: string) => ({ url, links: [], lastmod: undefined });
      const serialize = sitemapLastmod(dated.root);
      expect(serialize(item('https://example.org/stories/updated/'))).toEqual({
        ...item('https://example.org/stories/updated/'),
        lastmod: '2026-02-10T00:00:00.000Z',
      });
      expect(serialize(item('https://example.org/fr/stories/updated/')).lastmod).toBe('2026-02-11T00:00:00.000Z');
      expect(serialize(item('https://example.org/stories/')).lastmod).toBeUndefined();
      expect(serialize(item('https://example.org/data/counts/')).lastmod).toBeUndefined();
      const below = sitemapLastmod(dated.root, '/casefile/');
      expect(below(item('https://user.github.io/casefile/cases/older-data/')).lastmod).toBe('2026-02-01T00:00:00.000Z');
    } finally {
      shareValidatedProject(undefined);
    }
  });
});

describe("the collections' exclusions", () => {
  /** Stories as the loader gives them: files under content/, one with glob characters in its name. */
  const withFiles = {
    ...project,
    stories: [
      { ...entry('public', {}), file: 'content/stories/public.mdx' },
      {
        ...entry('draft-1', { draft: true }),
        file: 'content/stories/draft [v2] (old)!.mdx',
        body: '<Fact dataset="d" />',
      },
      { ...entry('fr/brouillon', { draft: true }), file: 'content/stories/fr/brouillon.mdx' },
    ],
    cases: [{ ...entry('fr/dossier', { draft: true }), file: 'content/cases/fr/dossier.mdx' }],
  } as unknown as Project;

  it("name each withheld file from its collection's folder, its glob characters escaped", () => {
    shareValidatedProject(withFiles);
    try {
      expect(withheldExclusions(withFiles.root, now, false)).toEqual({
        stories: ['!draft \\[v2\\] \\(old\\)\\!.mdx', '!fr/brouillon.mdx'],
        cases: ['!fr/dossier.mdx'],
      });
      expect(withheldExclusions(withFiles.root, now, true)).toEqual({ stories: [], cases: [] });
    } finally {
      shareValidatedProject(undefined);
    }
  });

  it('count a collection empty only when every entry is withheld from a build that is no preview, and only with the validated content', () => {
    expect([...emptyCollections(withFiles.root, now, false)]).toEqual([]);
    shareValidatedProject(withFiles);
    try {
      expect([...emptyCollections(withFiles.root, now, false)]).toEqual(['cases']);
      expect([...emptyCollections(withFiles.root, now, true)]).toEqual([]);
      // A preview publishes the withheld pages: their datasets are not held back for them.
      expect(withheldUsage(withFiles.root, now, false)).toHaveLength(3);
      expect(withheldUsage(withFiles.root, now, true)).toEqual([]);
    } finally {
      shareValidatedProject(undefined);
    }
  });
});
