/**
 * The counts of src/site.config.ts (src/lib/validate/site-settings.ts): one that is no whole number of 1 or more stops
 * the build's preflight and the dev server, naming the file, the setting and what to write.
 */
import { describe, expect, it } from 'vitest';
import { siteSettingProblems } from '../../src/lib/validate/site-settings.ts';
import { siteConfigProblem } from '../../src/build/dev-settings.ts';
import { site } from '../../src/site.config.ts';

describe("the site's count settings", () => {
  it('pass as the project ships them, and the feed holds 50 items', () => {
    expect(siteSettingProblems()).toEqual([]);
    expect(siteConfigProblem()).toBeUndefined();
    expect(site.itemsPerFeed).toBe(50);
  });

  it.each([
    [0, '0'],
    [-5, '-5'],
    [12.5, '12.5'],
    ['50', '"50"'],
    [undefined, 'undefined'],
    [Number.POSITIVE_INFINITY, 'Infinity'],
  ])('name the file and the setting when itemsPerFeed is %s', (value, shown) => {
    const problems = siteSettingProblems({ ...site, itemsPerFeed: value });
    expect(problems.map((problem) => problem.message)).toEqual([
      `src/site.config.ts: site.itemsPerFeed: expected a whole number of 1 or more, written without quotation marks (itemsPerFeed: 50), got ${shown}`,
    ]);
  });

  it('name each list size that is no whole number of 1 or more, in the order the file declares them', () => {
    const problems = siteSettingProblems({ ...site, storiesPerPage: 0, datasetsPerPage: '48' });
    expect(problems.map((problem) => [problem.file, problem.field, problem.detail])).toEqual([
      [
        'src/site.config.ts',
        'site.storiesPerPage',
        'expected a whole number of 1 or more, written without quotation marks (storiesPerPage: 48), got 0',
      ],
      [
        'src/site.config.ts',
        'site.datasetsPerPage',
        'expected a whole number of 1 or more, written without quotation marks (datasetsPerPage: 48), got "48"',
      ],
    ]);
  });
});
