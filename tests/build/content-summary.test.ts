import { describe, expect, it } from 'vitest';
import { contentSummary } from '../../src/build/content-summary.ts';

describe("the build's content line", () => {
  // A newsroom's first build, with its first story, read "content ok: 1 stories, 0 cases, 1 datasets, 2 sources".
  it('counts each kind in the form English gives the count', () => {
    expect(contentSummary({ stories: 1, cases: 0, datasets: 1, sources: 2 }, false)).toBe(
      'content ok: 1 story, 0 cases, 1 dataset, 2 sources',
    );
    expect(contentSummary({ stories: 5, cases: 1, datasets: 10, sources: 1 }, true)).toBe(
      'content ok: 5 stories, 1 case, 10 datasets, 1 source (preview: drafts and embargoed pages included)',
    );
  });
});
