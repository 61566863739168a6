/** The benchmark's synthetic site: the same seed gives the same files, and the build's preflight accepts them. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { csvFormat } from 'd3-dsv';
import {
  bodyWords,
  editStory,
  generateSite,
  includeProjectData,
  publishStory,
  writeSite,
} from '../../src/bench/generate.ts';
import { findComponentUses } from '../../src/lib/mdx-usage.ts';
import { validateProject } from '../../src/lib/validate-project.ts';

const now = new Date('2026-11-22T12:00:00Z');
const roots: string[] = [];
const tempRoot = () => {
  const root = mkdtempSync(join(tmpdir(), 'casefile-bench-test-'));
  roots.push(root);
  return root;
};
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

describe('generateSite', () => {
  it('gives the same files for the same seed', () => {
    const a = generateSite({ stories: 12, seed: 7 });
    const b = generateSite({ stories: 12, seed: 7 });
    expect([...a.files]).toEqual([...b.files]);
  });

  it('gives different stories for another seed', () => {
    const a = generateSite({ stories: 12, seed: 7 });
    const b = generateSite({ stories: 12, seed: 8 });
    expect(a.files.get(a.stories[0] as string)).not.toBe(b.files.get(b.stories[0] as string));
  });

  it('sizes the site from the story count: N/10 datasets, N/20 sources, two charts a story', () => {
    const site = generateSite({ stories: 100 });
    expect(site.stories).toHaveLength(100);
    expect(site.datasets).toBe(10);
    expect(site.sources).toBe(5);
    expect(site.charts).toBe(200);
    // Editors vary a chart's options: most story charts are their own drawing, some repeat another's.
    expect(site.distinctCharts).toBeGreaterThan(80);
    expect(site.distinctCharts).toBeLessThan(200);
    expect([...site.files.keys()].filter((path) => /^data\/synthetic-series-\d+\.json$/.test(path))).toHaveLength(10);
  });

  it('writes stories of about 800 words with two charts each, one line and one bar kind among the datasets', () => {
    const site = generateSite({ stories: 40 });
    const counts = site.stories.map((path) => bodyWords(site.files.get(path) ?? ''));
    const mean = counts.reduce((a, b) => a + b, 0) / counts.length;
    expect(mean).toBeGreaterThan(750);
    expect(mean).toBeLessThan(850);
    for (const path of site.stories) {
      const charts = findComponentUses(site.files.get(path) ?? '').filter((use) => use.component === 'Chart');
      expect(charts, path).toHaveLength(2);
    }
    const kinds = new Set(
      [...site.files]
        .filter(([path]) => path.startsWith('data/synthetic-series-'))
        .map(([, text]) => JSON.parse(text).chart.type),
    );
    expect(kinds).toEqual(new Set(['line', 'bar']));
  });

  it('names nothing real: synthetic titles and example.org sources', () => {
    const site = generateSite({ stories: 20 });
    const sources = JSON.parse(site.files.get('data/sources.json') ?? '{}') as Record<string, { url: string }>;
    expect(Object.values(sources).every((source) => source.url.startsWith('https://example.org/'))).toBe(true);
    const dataset = JSON.parse(site.files.get('data/synthetic-series-1.json') ?? '{}') as { title: string };
    expect(dataset.title).toBe('Synthetic series 1');
  });
});

describe('writeSite', () => {
  it('writes a content root the preflight check accepts without a single error', () => {
    const root = tempRoot();
    const site = generateSite({ stories: 30, seed: 3 });
    writeSite(root, site);
    const { project, errors } = validateProject(root, now, false);
    expect(errors.map((error) => error.message)).toEqual([]);
    expect(project.stories).toHaveLength(30);
    expect(project.datasets.size).toBe(3);
    expect(project.sources.size).toBe(2);
  });

  it("includeProjectData adds the project's datasets and sources, and the site stays valid", () => {
    const root = tempRoot();
    writeSite(root, generateSite({ stories: 10 }));
    const project = tempRoot();
    mkdirSync(join(project, 'data'));
    const source = { publisher: 'P', title: 'T', url: 'https://example.org/p', date: '2025', kind: 'data' };
    writeFileSync(join(project, 'data/sources.json'), JSON.stringify({ 'project-source': source }));
    const dataset = JSON.parse(readFileSync(join(root, 'data/synthetic-series-1.json'), 'utf8'));
    writeFileSync(
      join(project, 'data/project-series.json'),
      JSON.stringify({ ...dataset, title: 'Project series', sources: ['project-source'] }),
    );
    includeProjectData(root, join(project, 'data'));
    const { project: loaded, errors } = validateProject(root, now, false);
    expect(errors.map((error) => error.message)).toEqual([]);
    expect(loaded.datasets.has('project-series')).toBe(true);
    expect(loaded.sources.has('project-source')).toBe(true);
    expect(loaded.sources.has('synthetic-source-1')).toBe(true);
  });

  it("includeProjectData adds a project's dataset whose rows are a CSV with its CSV", () => {
    const root = tempRoot();
    writeSite(root, generateSite({ stories: 2 }));
    const project = tempRoot();
    mkdirSync(join(project, 'data'));
    writeFileSync(join(project, 'data/sources.json'), '{}');
    const dataset = JSON.parse(readFileSync(join(root, 'data/synthetic-series-1.json'), 'utf8')) as {
      columns: Record<string, unknown>;
      rows: Record<string, unknown>[];
    };
    writeFileSync(
      join(project, 'data/project-series.json'),
      JSON.stringify({ ...dataset, title: 'Project series', rows: 'project-series.csv' }),
    );
    writeFileSync(join(project, 'data/project-series.csv'), csvFormat(dataset.rows, Object.keys(dataset.columns)));
    includeProjectData(root, join(project, 'data'));
    const { project: loaded, errors } = validateProject(root, now, false);
    expect(errors.map((error) => error.message)).toEqual([]);
    expect(loaded.datasets.get('project-series')?.rows).toEqual(dataset.rows);
  });

  it('editStory changes the text of one story and leaves its charts as they were', () => {
    const root = tempRoot();
    const site = generateSite({ stories: 3 });
    writeSite(root, site);
    const path = site.stories[1] as string;
    const before = readFileSync(join(root, path), 'utf8');
    editStory(root, path, 1);
    const after = readFileSync(join(root, path), 'utf8');
    expect(after).not.toBe(before);
    expect(findComponentUses(after)).toEqual(findComponentUses(before));
    expect(validateProject(root, now, false).errors).toEqual([]);
  });

  it('publishStory adds the newest story, with charts of its own, and leaves the generated ones as they were', () => {
    const root = tempRoot();
    const site = generateSite({ stories: 12, seed: 7 });
    writeSite(root, site);
    const path = publishStory(root, { stories: 12, seed: 7 });
    expect(path).toBe('content/stories/synthetic-story-13.mdx');
    expect(site.files.has(path)).toBe(false);
    const text = readFileSync(join(root, path), 'utf8');
    expect(text).toMatch(/^title: "Synthetic story 13: /m);
    // After every generated story, before the bench's clock (2026-11-22).
    expect(text).toMatch(/^date: 2026-11-21$/m);
    const dates = site.stories.map((story) => /^date: (.*)$/m.exec(site.files.get(story) ?? '')?.[1] ?? '');
    expect(dates.every((date) => date < '2026-11-21')).toBe(true);
    expect(findComponentUses(text).filter((use) => use.component === 'Chart')).toHaveLength(2);
    for (const story of site.stories) expect(readFileSync(join(root, story), 'utf8')).toBe(site.files.get(story));
    expect(validateProject(root, now, false).errors).toEqual([]);
  });
});
