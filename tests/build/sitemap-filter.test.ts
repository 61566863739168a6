import { describe, expect, it } from 'vitest';
import {
  emptyCollections,
  sitemapFilter,
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
