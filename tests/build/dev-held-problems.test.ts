/**
 * What the dev server holds between edits: each page's problems until the page is fixed, and the site's problems,
 * printed once each (src/build/dev-page-problems.ts, src/build/dev-site-problems.ts). The dev server's own tests
 * (dev-server.test.ts) start a server; these read the two stores alone.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ContentError } from '../../src/lib/content-error.ts';
import { hasPageProblems, holdPageProblems, pageProblemsHeld } from '../../src/build/dev-page-problems.ts';
import { holdSiteProblems, siteProblemsHeld } from '../../src/build/dev-site-problems.ts';

const story = 'content/stories/the-files.mdx';
const missing = new ContentError(story, 'link', '/methodolgy/: the site has no such page');
const typo = new ContentError('content/stories/other.mdx', 'date', 'expected YYYY-MM-DD');

describe('problems the dev server holds', () => {
  afterEach(() => {
    holdPageProblems(story, []);
    holdPageProblems('content/stories/other.mdx', []);
    holdSiteProblems([]);
  });

  it("shows a page's problems, with every other page's, until that page is fixed", () => {
    expect(pageProblemsHeld()).toBeUndefined();
    holdPageProblems(story, [missing]);
    holdPageProblems('content/stories/other.mdx', [typo]);
    expect(hasPageProblems(story)).toBe(true);
    expect(pageProblemsHeld()?.message).toBe(`${missing.message}\n${typo.message}`);
    holdPageProblems(story, []);
    expect(hasPageProblems(story)).toBe(false);
    expect(pageProblemsHeld()?.message).toBe(typo.message);
    expect(pageProblemsHeld()?.stack).toBe(`ContentError: ${typo.message}`);
  });

  it("hands back only the site's problems it did not hold before, to be printed once each, and none once fixed", () => {
    expect(holdSiteProblems([missing]).map((problem) => problem.message)).toEqual([missing.message]);
    expect(holdSiteProblems([missing, typo]).map((problem) => problem.message)).toEqual([typo.message]);
    expect(siteProblemsHeld()?.message).toBe(`${missing.message}\n${typo.message}`);
    expect(holdSiteProblems([])).toEqual([]);
    expect(siteProblemsHeld()).toBeUndefined();
  });
});
