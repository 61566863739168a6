/**
 * A correction to a dataset was a correction to every page that showed its figures: it appears at the top of each
 * page that uses the dataset (a chart, a fact, or frontmatter `datasets`), on the dataset page, and on /corrections/.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeFixture, runBuild, type BuildResult } from '../helpers/build.ts';
import { page } from '../helpers/site.ts';
import { loadProject } from '../../src/lib/load-project.ts';
import { datasetsUsed } from '../../src/lib/dataset-usage.ts';
import { withheld } from '../../src/lib/visibility.ts';
import { outputDir, removeOutput } from './fixture-site.ts';

const text = 'The 2024 figure was 2,462, not 2,642, as an earlier version of this dataset said.';
const dataset = 'headline-figures';
let result: BuildResult;
let users: string[];
let fixtureRoot: string;

beforeAll(() => {
  const fixture = makeFixture();
  fixtureRoot = fixture.root;
  const file = join(fixture.root, `data/${dataset}.json`);
  const json = JSON.parse(readFileSync(file, 'utf8'));
  json.corrections = [...(json.corrections ?? []), { date: '2026-03-02', text }];
  writeFileSync(file, JSON.stringify(json, null, 2));
  const { project } = loadProject(fixture.root);
  const now = new Date('2026-11-22T12:00:00Z');
  users = [
    ...project.stories
      .filter((e) => !withheld(e.data, now) && datasetsUsed(e.body, e.data.datasets).includes(dataset))
      .map((e) => `/stories/${e.id}/`),
    ...project.cases
      .filter((e) => !withheld(e.data, now) && datasetsUsed(e.body, e.data.datasets).includes(dataset))
      .map((e) => `/cases/${e.id}/`),
  ];
  result = runBuild({ dist: outputDir(), contentRoot: fixture.root });
  if (result.status !== 0) throw new Error(`the fixture did not build:\n${result.output}`);
});

afterAll(() => {
  rmSync(fixtureRoot, { recursive: true, force: true });
  if (result) removeOutput(result.dist);
});

const correctionsOn = (path: string) =>
  [...page(path, result.dist).querySelectorAll('.corrections li')].map((li) =>
    li.textContent?.replace(/\s+/g, ' ').trim(),
  );

describe('a dataset correction', () => {
  it('appears at the top of every story and case file that uses the dataset, naming and linking it', () => {
    expect(users.length).toBeGreaterThan(0);
    for (const path of users) {
      expect(correctionsOn(path), path).toContain(`2 March 2026 In the data The Interpol Files in figures: ${text}`);
      const link = page(path, result.dist).querySelector('.corrections li a');
      expect(link?.getAttribute('href'), path).toBe(`/data/${dataset}/`);
    }
  });

  it('appears on the home page, whose key figures come from the dataset, and on the dataset page', () => {
    expect(correctionsOn('/')).toContain(`2 March 2026 In the data The Interpol Files in figures: ${text}`);
    expect(correctionsOn(`/data/${dataset}/`)).toEqual([`2 March 2026 ${text}`]);
  });

  it('moves the updated date of the pages using it and is listed on /corrections/', () => {
    for (const path of users) {
      const updated = page(path, result.dist).querySelectorAll('.byline time')[1]?.getAttribute('datetime');
      expect(updated, path).toBe('2026-03-02');
    }
    const listed = [...page('/corrections/', result.dist).querySelectorAll('.correction-list li')].map((li) =>
      li.querySelector('a')?.getAttribute('href'),
    );
    expect(listed).toContain(`/data/${dataset}/`);
  });
});
