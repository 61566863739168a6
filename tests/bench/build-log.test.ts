/** The figures the benchmark reads from a build's output. */
import { describe, expect, it } from 'vitest';
import { parseBuildLog } from '../../src/bench/build-log.ts';

describe('parseBuildLog', () => {
  it('reads the charts, social cards and pages lines and every step timing, ignoring other lines and terminal colours', () => {
    const log = parseBuildLog([
      '[casefile] content ok: 1000 stories, 0 cases, 100 datasets, 50 sources',
      '\x1b[32m[casefile] charts: 1980 rendered, 120 from cache\x1b[39m',
      '[casefile] social cards: 3 drawn, 997 from cache (median 150 ms, slowest 300 ms per card)',
      '02:29:32 [WARN] [vite] something: 12 ms',
      "[casefile] pages: 14 rendered, 1086 unchanged since the last build (copied from Astro's incremental cache)",
      '[casefile] search index: 1000 pages indexed',
      '[casefile] html-validate: 1100 HTML files, 0 problems (2 validated, 1098 unchanged since they passed)',
      '[casefile] search index: 8123 ms',
      '[casefile] leak check: 0 withheld pages, not found in the output',
      '[casefile] leak check: 310 ms',
      '[casefile] built /tmp/x/dist in 93.1 s',
    ]);
    expect(log).toEqual({
      charts: { rendered: 1980, cached: 120 },
      cards: { drawn: 3, cached: 997 },
      html: { validated: 2, cached: 1098 },
      pages: { rendered: 14, copied: 1086 },
      steps: { 'search index': 8123, 'leak check': 310 },
    });
  });

  it('reads how many pages went to Pagefind ahead, by either prediction, and how many it read from disk after Astro', () => {
    const log = parseBuildLog([
      '[casefile] search index: 1000 published pages handed to Pagefind ahead of Astro (the text of 1 entry changed)',
      '[casefile] search index: 110 more published pages handed to Pagefind as Astro began generating (their cache keys are unchanged since they were published)',
      '[casefile] search index: 1213 pages indexed (1203 handed while Astro rendered, 10 read from disk)',
    ]);
    expect(log.search).toEqual({ ahead: 1110, readFromDisk: 10 });
    // A page handed ahead differed: the whole site was read again.
    expect(
      parseBuildLog([
        '[casefile] search index: 1 published page handed to Pagefind as Astro began generating (their cache keys are unchanged since they were published)',
        '[casefile] search index: 1 page(s) differ from what Astro rendered (a/index.html): indexing from disk',
        '[casefile] search index: 1213 pages indexed (1213 read from disk)',
      ]).search,
    ).toEqual({ ahead: 1, readFromDisk: 1213 });
    expect(parseBuildLog(['[casefile] search index: 5 ms']).search).toBeUndefined();
  });

  it('has no charts figures when the build printed no charts line', () => {
    expect(parseBuildLog(['[casefile] search index: 5 ms']).charts).toBeUndefined();
  });

  it('takes the last charts line when there are several', () => {
    expect(parseBuildLog(['charts: 3 rendered, 0 from cache', 'charts: 0 rendered, 3 from cache']).charts).toEqual({
      rendered: 0,
      cached: 3,
    });
  });
});
