import { describe, expect, it } from 'vitest';
import { measureWorstCase, worstCases, type WorstCase } from '../../src/bench/worst-cases.ts';

describe('the worst-case benchmark', () => {
  it('times a case that finds what it expects, run after run, as the median of its runs', () => {
    let runs = 0;
    const bench: WorstCase = { name: 'n', goalMs: 10, run: () => (runs++, 'found'), expected: 'found' };
    // A clock read before and after each timed run: runs of 9, 4 and 2 ms (the untimed first run reads none).
    const readings = [0, 9, 9, 13, 13, 15];
    const result = measureWorstCase(bench, 3, () => readings.shift()!);
    expect(runs).toBe(4);
    expect(readings).toEqual([]);
    expect(result).toEqual({ name: 'n', goalMs: 10, medianMs: 4 });
  });

  it('reports what a case found instead of a time when it finds something else, on its first run or a later one', () => {
    const wrongFirst: WorstCase = { name: 'n', goalMs: 10, run: () => 'no problem found', expected: 'found' };
    expect(measureWorstCase(wrongFirst, 3)).toMatchObject({ wrong: 'no problem found', medianMs: NaN });
    let runs = 0;
    const wrongLater: WorstCase = {
      name: 'n',
      goalMs: 10,
      run: () => (runs++ < 2 ? 'found' : 'lost'),
      expected: 'found',
    };
    expect(measureWorstCase(wrongLater, 3)).toMatchObject({ wrong: 'lost', medianMs: NaN });
  });

  it('names each case once, with a goal of its own', () => {
    const cases = worstCases();
    expect(cases.map((bench) => bench.name)).toEqual([
      'rehearsal plan, 20,000 pages lifting at one moment',
      'JSON error after 20,000 figures',
    ]);
    expect(cases.map((bench) => bench.goalMs)).toEqual([3_000, 500]);
  });
});
