/** The benchmark's table and A/B ratios. */
import { describe, expect, it } from 'vitest';
import {
  formatFirstSearch,
  formatMedians,
  formatPublish,
  formatSteps,
  formatTable,
  medianRatios,
  ratios,
} from '../../src/bench/report.ts';
import type { RunResult } from '../../src/bench/runs.ts';

const run = (over: Partial<RunResult>): RunResult => ({
  site: 'A',
  cache: 'cold',
  repeat: 1,
  exitCode: 0,
  wallMs: 10_000,
  pages: 100,
  pagesPerSecond: 10,
  peakRssBytes: 512 * 1024 ** 2,
  cpuMs: 20_000,
  ...over,
});

describe('ratios', () => {
  it('divides A by B for the same cache state and repetition, skipping failed builds and the edit and publish runs', () => {
    const runs = [
      run({ site: 'A', cache: 'cold', wallMs: 13_000, cpuMs: 30_000 }),
      run({ site: 'B', cache: 'cold', wallMs: 10_000, cpuMs: 20_000 }),
      run({ site: 'A', cache: 'warm', wallMs: 9_000 }),
      run({ site: 'B', cache: 'warm', wallMs: 10_000, exitCode: 1 }),
      run({ site: 'A', cache: 'edit', wallMs: 9_000 }),
      run({ site: 'A', cache: 'publish', wallMs: 9_000 }),
    ];
    expect(ratios(runs)).toEqual([{ repeat: 1, cache: 'cold', ratio: 1.3, cpuRatio: 1.5 }]);
  });

  it('divides an A build that renders every page again by the warm B build', () => {
    const runs = [
      run({ site: 'A', cache: 'warm', wallMs: 9_000, cpuMs: 20_000 }),
      run({ site: 'B', cache: 'warm', wallMs: 10_000, cpuMs: 20_000 }),
      run({ site: 'A', cache: 'rerender', wallMs: 15_000, cpuMs: 30_000 }),
    ];
    expect(ratios(runs)).toEqual([
      { repeat: 1, cache: 'warm', ratio: 0.9, cpuRatio: 1 },
      { repeat: 1, cache: 'rerender', ratio: 1.5, cpuRatio: 1.5 },
    ]);
  });
});

describe('formatTable', () => {
  it('prints one row per build with its figures, the ratio on the A row, and FAILED for a failed build', () => {
    const table = formatTable([
      run({
        charts: { rendered: 2000, cached: 0 },
        cards: { drawn: 1000, cached: 0 },
        pagesRendered: { rendered: 90, copied: 10 },
        pagefindMs: 8100,
        indexBytes: 3 * 1024 ** 2,
        wallMs: 12_000,
      }),
      run({ site: 'B', wallMs: 10_000, cpuMs: 16_000 }),
      run({ site: 'A', cache: 'warm', exitCode: 1 }),
    ]);
    const lines = table.split('\n');
    expect(lines[0]).toMatch(
      /^run\s+wall\s+CPU\s+pages\s+pages\/s\s+peak RSS\s+pages rendered\/copied\s+charts rendered\/cached\s+cards drawn\/cached\s+Pagefind\s+index\s+A\/B\s+A\/B CPU$/,
    );
    expect(lines[2]?.split(/\s{2,}/)).toEqual([
      'A cold #1',
      '12.0 s',
      '20.0 s',
      '100',
      '10.0',
      '512 MiB',
      '90 / 10',
      '2000 / 0',
      '1000 / 0',
      '8.1 s',
      '3 MiB',
      '1.20',
      '1.25',
    ]);
    expect(lines[3]?.split(/\s{2,}/)).toEqual(['B cold #1', '10.0 s', '16.0 s', '100', '10.0', '512 MiB']);
    expect(lines[4]).toContain('FAILED (exit 1)');
  });

  it('shows n/a for the CPU time and peak RSS of builds measured without /proc (macOS), and no CPU ratio', () => {
    const runs = [
      run({ wallMs: 12_000, cpuMs: undefined, peakRssBytes: undefined }),
      run({ site: 'B', cpuMs: undefined, peakRssBytes: undefined }),
    ];
    expect(ratios(runs)).toEqual([{ repeat: 1, cache: 'cold', ratio: 1.2 }]);
    const lines = formatTable(runs).split('\n');
    expect(lines[2]?.split(/\s{2,}/)).toEqual([
      'A cold #1',
      '12.0 s',
      'n/a',
      '100',
      '10.0',
      'n/a',
      'no charts line',
      '1.20',
    ]);
    expect(lines[3]?.split(/\s{2,}/)).toEqual(['B cold #1', '10.0 s', 'n/a', '100', '10.0', 'n/a']);
  });

  it('says so when an A build printed no charts line', () => {
    expect(formatTable([run({})])).toContain('no charts line');
  });
});

describe('formatSteps', () => {
  it('lists an A build steps, largest first, with the longest and their sum (they run side by side)', () => {
    expect(formatSteps([run({ steps: { 'leak check': 300, 'search index': 8000 } }), run({ site: 'B' })])).toBe(
      'A cold #1 (10000 ms): post-build steps side by side, longest 8000 ms, adding up to 8300 ms (search index 8000 ms, leak check 300 ms)',
    );
  });
});

describe('median ratios', () => {
  it('takes the median of each kind over its repetitions, with the range, and nothing for a kind run once', () => {
    const found = [
      { repeat: 1, cache: 'warm' as const, ratio: 1.3, cpuRatio: 1 },
      { repeat: 2, cache: 'warm' as const, ratio: 0.9, cpuRatio: 1 },
      { repeat: 3, cache: 'warm' as const, ratio: 1.1, cpuRatio: 1 },
      { repeat: 1, cache: 'cold' as const, ratio: 6, cpuRatio: 1 },
      { repeat: 2, cache: 'cold' as const, ratio: 5, cpuRatio: 1 },
      { repeat: 3, cache: 'rerender' as const, ratio: 2, cpuRatio: 1 },
    ];
    const medians = medianRatios(found);
    expect(medians).toEqual([
      { cache: 'warm', runs: 3, median: 1.1, low: 0.9, high: 1.3 },
      { cache: 'cold', runs: 2, median: 5.5, low: 5, high: 6 },
    ]);
    expect(formatMedians(medians)).toBe(
      'A/B median over repetitions: warm 1.1 (3 runs, 0.9–1.3); cold 5.5 (2 runs, 5–6)',
    );
    expect(formatMedians(medianRatios(found.filter((r) => r.repeat === 1)))).toBe('');
  });
});

describe('formatFirstSearch', () => {
  it('prints each term with its gzipped bytes in kB, as bench:search does, its files and the results shown', () => {
    const line = formatFirstSearch([
      { term: 'registry', results: 10, requests: 19, gzipBytes: 163_021 },
      { term: 'velkaron', results: 3, requests: 12, gzipBytes: 120_115 },
    ]);
    expect(line).toBe(
      'First search on A\'s site (downloaded, gzip; the demo\'s budget is 150 kB): "registry" 159.2 kB in 19 files (10 results shown); "velkaron" 117.3 kB in 12 files (3 results shown)',
    );
  });
});

describe('formatPublish', () => {
  it("gives the publish build's time and the pages it rendered and copied", () => {
    const publish = run({
      cache: 'publish',
      wallMs: 12_340,
      cpuMs: 15_000,
      pagesRendered: { rendered: 160, copied: 1043 },
    });
    expect(formatPublish(publish)).toBe(
      'After publishing one story: 12.3 s (CPU 15.0 s), pages: 160 rendered, 1043 copied',
    );
    expect(formatPublish({ ...publish, cpuMs: undefined })).toContain('(CPU n/a)');
  });

  it('says how many pages went to Pagefind ahead of Astro and how many it read from disk after', () => {
    const publish = run({
      cache: 'publish',
      wallMs: 12_340,
      cpuMs: 15_000,
      pagesRendered: { rendered: 160, copied: 1043 },
      search: { ahead: 1043, readFromDisk: 0 },
      pagefindMs: 2_345,
    });
    expect(formatPublish(publish)).toBe(
      'After publishing one story: 12.3 s (CPU 15.0 s), pages: 160 rendered, 1043 copied; search index: 1043 pages handed ahead, 0 read from disk after Astro, 2.3 s after Astro',
    );
  });
});
