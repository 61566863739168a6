/**
 * Inputs that once took a time quadratic in their size, timed by `npm run bench:worst-cases`
 * (scripts/bench-worst-cases.ts) against a goal. Their results are checked by tests (tests/build/rehearse-plan.test.ts,
 * tests/lib/load-project.test.ts); their speed is measured here, where a busy machine makes a slow run, not a failed
 * test.
 */
import { rehearsals } from '../build/rehearse.ts';
import { jsonProblem } from '../lib/load/json.ts';

export interface WorstCase {
  name: string;
  /** The goal for one run, in milliseconds: well under what the quadratic version took on a 2-core machine. */
  goalMs: number;
  /** Runs the case once and says what it found, which `expected` must equal (a fast wrong answer is no result). */
  run: () => string;
  expected: string;
}

/** `count` pages whose embargoes all lift at one moment, as their files and frontmatter. */
export function pagesLiftingAtOnce(count: number): { file: string; data: { embargo: Date } }[] {
  const embargo = new Date('2027-01-01T06:00:00Z');
  return Array.from({ length: count }, (_, i) => ({
    file: `content/stories/s${String(i).padStart(5, '0')}.mdx`,
    data: { embargo },
  }));
}

/** A JSON dataset whose error, a figure typed with commas, comes after a list of `count` figures. */
export function commaFigureAfter(count: number): string {
  return `{ "a": [${Array.from({ length: count }, () => '100').join(',')}], "b": 1,200 }`;
}

export function worstCases(): WorstCase[] {
  const pages = pagesLiftingAtOnce(20_000);
  const now = new Date('2026-11-22T12:00:00Z');
  const json = commaFigureAfter(20_000);
  return [
    {
      // Each page copied its moment's list so far: 23 s for 20,000 pages (250 s for 50,000).
      name: 'rehearsal plan, 20,000 pages lifting at one moment',
      goalMs: 3_000,
      run: () => {
        const planned = rehearsals(pages, now);
        return `${planned.length} rehearsal of ${planned[0]?.files.length} pages`;
      },
      expected: '1 rehearsal of 20000 pages',
    },
    {
      // Each figure of the list began a match that ran to its end: 2.4 s (7 s with the decimal comma's pattern).
      name: 'JSON error after 20,000 figures',
      goalMs: 500,
      run: () => jsonProblem(json) ?? 'no problem found',
      expected:
        ' at line 1, column 80016: 1,200 is a figure with thousands separators, which JSON cannot read: write it without them, 1200',
    },
  ];
}

export interface WorstCaseResult {
  name: string;
  goalMs: number;
  medianMs: number;
  /** What a run found when it was not what the case expects; undefined when every run found it. */
  wrong?: string;
}

/** Runs `bench` `runs` times after one untimed run, checking each run's result; `clock` reads milliseconds. */
export function measureWorstCase(
  bench: WorstCase,
  runs = 5,
  clock: () => number = () => performance.now(),
): WorstCaseResult {
  const first = bench.run();
  if (first !== bench.expected) return { name: bench.name, goalMs: bench.goalMs, medianMs: NaN, wrong: first };
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = clock();
    const found = bench.run();
    times.push(clock() - started);
    if (found !== bench.expected) return { name: bench.name, goalMs: bench.goalMs, medianMs: NaN, wrong: found };
  }
  times.sort((a, b) => a - b);
  return { name: bench.name, goalMs: bench.goalMs, medianMs: times[Math.floor(times.length / 2)]! };
}
