import { spawnSync } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cacheKey,
  chartStats,
  clearMemoryCache,
  codeDrawnFrom,
  rendererVersionOf,
  resetChartStats,
} from '../../src/charts/cache.ts';
import { projectRoot } from '../../src/site.config.ts';
import { chartFigure } from '../../src/charts/figure.ts';
import { column } from './golden.ts';

const dataset = {
  columns: { year: column('integer', { label: 'Year' }), issued: column('integer', { label: 'Issued' }) },
  rows: [
    { year: 2005, issued: 2343 },
    { year: 2006, issued: null },
    { year: 2007, issued: 3126 },
  ],
};
const request = { spec: { type: 'line' as const, x: 'year', y: 'issued', title: 'T' }, dataset, lang: 'en' };
let previous: string | undefined;

describe('chart cache', () => {
  beforeAll(() => {
    previous = process.env.CASEFILE_CHART_CACHE;
    process.env.CASEFILE_CHART_CACHE = mkdtempSync(join(tmpdir(), 'casefile-chart-cache-'));
    resetChartStats();
    clearMemoryCache();
  });
  afterAll(() => {
    if (previous === undefined) delete process.env.CASEFILE_CHART_CACHE;
    else process.env.CASEFILE_CHART_CACHE = previous;
  });

  it('renders a chart once; the same input again is a cache hit with byte-identical SVG', () => {
    const first = chartFigure(request);
    expect(chartStats()).toMatchObject({ rendered: 1, cached: 0 });
    const second = chartFigure(request);
    expect(chartStats()).toMatchObject({ rendered: 1, cached: 1 });
    expect(second.wide).toBe(first.wide);
    expect(second.narrow).toBe(first.narrow);
  });

  it('reads the disk cache in a fresh process (memory cleared), written atomically with no temp file left', () => {
    clearMemoryCache();
    resetChartStats();
    chartFigure(request);
    expect(chartStats()).toMatchObject({ rendered: 0, cached: 1 });
    const files = readdirSync(process.env.CASEFILE_CHART_CACHE!);
    expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(files.filter((f) => f.endsWith('.json'))).toHaveLength(1);
  });

  it('a new title or column description reuses the drawing; new data, options or language draw again', () => {
    resetChartStats();
    chartFigure({ ...request, spec: { ...request.spec, title: 'Another title' } });
    chartFigure({
      ...request,
      dataset: {
        ...dataset,
        columns: { ...dataset.columns, issued: { ...dataset.columns.issued, description: 'Reworded.' } },
      },
    });
    expect(chartStats()).toMatchObject({ rendered: 0, cached: 2 });
    chartFigure({ ...request, lang: 'fr' });
    chartFigure({ ...request, dataset: { ...dataset, rows: [...dataset.rows, { year: 2008, issued: 1 }] } });
    chartFigure({ ...request, spec: { ...request.spec, type: 'area' as const } });
    expect(chartStats()).toMatchObject({ rendered: 3, cached: 2 });
  });

  it('keys are stable for equal inputs', () => {
    expect(cacheKey({ a: 1, rows: [1, null] })).toBe(cacheKey({ a: 1, rows: [1, null] }));
    expect(cacheKey({ a: 1 })).not.toBe(cacheKey({ a: 2 }));
  });

  it('marks a drawing read from disk as used, so that pruning the cache keeps it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'casefile-chart-cache-'));
    process.env.CASEFILE_CHART_CACHE = dir;
    clearMemoryCache();
    chartFigure(request);
    clearMemoryCache();
    expect(readdirSync(dir)).toHaveLength(1);
    const old = new Date('2025-01-01T00:00:00Z');
    for (const name of readdirSync(dir)) utimesSync(join(dir, name), old, old);
    chartFigure(request);
    for (const name of readdirSync(dir)) expect(statSync(join(dir, name)).mtimeMs).toBeGreaterThan(Date.now() - 60_000);
    resetChartStats();
    clearMemoryCache();
  });
});

describe("the chart renderer's version", () => {
  /** A copy of what draws this project's charts, to edit without touching the project. */
  function copyOfProject(): string {
    const dir = mkdtempSync(join(tmpdir(), 'casefile-renderer-'));
    for (const path of [...codeDrawnFrom, 'package-lock.json']) {
      cpSync(join(projectRoot, path), join(dir, path), { recursive: true });
    }
    return dir;
  }

  it('is stable for the same code, and changes with the chart code, the dictionaries, the site config and the lock file', () => {
    const dir = copyOfProject();
    const before = rendererVersionOf(dir);
    expect(rendererVersionOf(dir)).toBe(before);
    const seen = new Set([before]);
    for (const file of ['src/charts/bar.ts', 'src/i18n/fr.ts', 'src/site.config.ts', 'package-lock.json']) {
      const path = join(dir, file);
      const original = readFileSync(path, 'utf8');
      // A dictionary's "missing value" wording, for one, is printed inside bar charts' SVG.
      writeFileSync(path, `${original}\n// edited\n`);
      const edited = rendererVersionOf(dir);
      expect(seen.has(edited), `${file} edited`).toBe(false);
      seen.add(edited);
      writeFileSync(path, original);
      expect(rendererVersionOf(dir)).toBe(before);
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('is part of every cache key: a chart drawn before the chart code changed is drawn again after', () => {
    const dir = copyOfProject();
    // What src/charts/cache.ts imports besides the chart code, and the file that marks the project's root.
    cpSync(join(projectRoot, 'src/build/cache-prune.ts'), join(dir, 'src/build/cache-prune.ts'));
    cpSync(join(projectRoot, 'package.json'), join(dir, 'package.json'));
    /** The key of one chart's input, as a build of the copy computes it (the version is read once per process). */
    const key = () => {
      const script = `const { cacheKey } = await import(${JSON.stringify(join(dir, 'src/charts/cache.ts'))});
        console.log(cacheKey({ kind: 'bar', rows: [[2024, 15548]] }));`;
      const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, CASEFILE_PROJECT_ROOT: dir },
      });
      expect(result.status, result.stderr).toBe(0);
      return result.stdout.trim();
    };
    const before = key();
    expect(before).toMatch(/^[\w-]{22}$/);
    expect(key()).toBe(before);
    appendFileSync(join(dir, 'src/charts/bar.ts'), '\n// edited\n');
    expect(key()).not.toBe(before);
    rmSync(dir, { recursive: true, force: true });
  });

  it('covers every file of the project the chart code imports, so that editing one draws the charts again', () => {
    // The chart code's build plumbing and its error messages' suggestions draw nothing, nor does a correction's
    // wording, by which the schemas find one listed twice.
    const drawNothing = new Set([
      'src/build/cache-prune.ts',
      'src/build/steps.ts',
      'src/lib/edit-distance.ts',
      'src/lib/corrections.ts',
    ]);
    const covered = (file: string) => codeDrawnFrom.some((path) => file === path || file.startsWith(`${path}/`));
    const seen = new Set<string>();
    const queue = readdirSync(join(projectRoot, 'src/charts'), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
      .map((entry) => relative(projectRoot, join(entry.parentPath, entry.name)));
    while (queue.length > 0) {
      const file = queue.pop()!;
      if (seen.has(file) || drawNothing.has(file)) continue;
      seen.add(file);
      // Imports of values: a type-only import draws nothing.
      for (const [, specifier] of readFileSync(join(projectRoot, file), 'utf8').matchAll(
        /^import (?!type )[^;]*?from '(\.\.?\/[^']+)';/gms,
      )) {
        queue.push(relative(projectRoot, join(projectRoot, dirname(file), specifier!)));
      }
    }
    expect(seen.size).toBeGreaterThan(30);
    expect([...seen].filter((file) => !covered(file))).toEqual([]);
  });
});
