import { describe, expect, it } from 'vitest';
import { sitemapFilter, withheldPaths, shareValidatedProject } from '../../src/build/sitemap-filter.ts';
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
