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
import { entryHref, entryLocale } from '../../src/lib/translations.ts';

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
  // Dated the build's own day, so it is the newest correction on every page, whatever the demo's own corrections.
  json.corrections = [...(json.corrections ?? []), { date: '2026-11-22', text }];
  writeFileSync(file, JSON.stringify(json, null, 2));
  const { project } = loadProject(fixture.root);
  const now = new Date('2026-11-22T12:00:00Z');
  // The pages in the dataset's language (the originals): the assertions read English text.
  users = [
    ...project.stories
      .filter(
        (e) =>
          !withheld(e.data, now) && entryLocale(e) === 'en' && datasetsUsed(e.body, e.data.datasets).includes(dataset),
      )
      .map((e) => entryHref('story', e)),
    ...project.cases
      .filter(
        (e) =>
          !withheld(e.data, now) && entryLocale(e) === 'en' && datasetsUsed(e.body, e.data.datasets).includes(dataset),
      )
      .map((e) => entryHref('case', e)),
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
      expect(correctionsOn(path), path).toContain(
        `22 November 2026 In the dataset “The Interpol Files in figures”. ${text}`,
      );
      const item = [...page(path, result.dist).querySelectorAll('.corrections li')].find((li) =>
        li.textContent?.includes(text),
      );
      const link = item?.querySelector('a');
      expect(link?.getAttribute('href'), path).toBe(`/data/${dataset}/`);
      // The dataset is named on a line of its own (a div), ended by a full stop for screen readers only: the
      // correction's capital follows no colon, neither seen nor heard.
      expect(item?.querySelector('div.correction-dataset > .visually-hidden:last-child')?.textContent, path).toBe('. ');
    }
  });

  it('appears on the home page, whose key figures come from the dataset, and on the dataset page', () => {
    expect(correctionsOn('/')).toContain(`22 November 2026 In the dataset “The Interpol Files in figures”. ${text}`);
    expect(correctionsOn(`/data/${dataset}/`)).toEqual([`22 November 2026 ${text}`]);
  });

  it('moves the updated date of the pages using it and is listed on /corrections/', () => {
    for (const path of users) {
      const updated = page(path, result.dist).querySelectorAll('.byline time')[1]?.getAttribute('datetime');
      expect(updated, path).toBe('2026-11-22');
    }
    const listed = [...page('/corrections/', result.dist).querySelectorAll('.correction-list li')].map((li) =>
      li.querySelector('a')?.getAttribute('href'),
    );
    expect(listed).toContain(`/data/${dataset}/`);
  });
});
