/**
 * A dataset whose rows are a CSV beside its JSON (`"rows": "red-notices-issued.csv"`, src/lib/dataset-rows.ts) is
 * published as one written in JSON: its page draws its chart and lists its rows, and its downloads hold the typed rows.
 * An edited CSV, and nothing else, redraws the chart in the next build: Astro's content layer keeps an entry while its
 * digest is unchanged, and the incremental build copies the pages whose keys are.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { afterAll, describe, expect, it } from 'vitest';
import { runBuild } from '../helpers/build.ts';
import { page, readBuilt } from '../helpers/site.ts';
import { fixtureRoot, outputDir, removeOutput } from './fixture-site.ts';

// The fixture's own figures (tests/pages/fixture/data/red-notices-issued.json), moved to a CSV as Excel writes one.
const root = mkdtempSync(join(tmpdir(), 'casefile-csv-rows-'));
cpSync(fixtureRoot, root, { recursive: true });
const jsonFile = join(root, 'data/red-notices-issued.json');
const written = JSON.parse(readFileSync(jsonFile, 'utf8')) as { rows: unknown };
writeFileSync(jsonFile, JSON.stringify({ ...written, rows: 'red-notices-issued.csv' }, null, 2));
const csvFile = join(root, 'data/red-notices-issued.csv');
writeFileSync(csvFile, '\uFEFFyear,issued,source\r\n2016,12787,pace-14277\r\n2023,,\r\n2024,15548,monitor-numbers\r\n');

const dist = outputDir();
const first = runBuild({ dist, contentRoot: root });
const firstPage = first.status === 0 ? readBuilt('/data/red-notices-issued/', dist) : '';
const chartOf = (html: string) => /<svg[^>]*class="chart-svg"[\s\S]*?<\/svg>/.exec(html)?.[0];

describe('a dataset whose rows are a CSV file', () => {
  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
    removeOutput(dist);
  });

  it('builds', () => {
    expect(first.output).not.toMatch(/not read/);
    expect(first.status, first.output).toBe(0);
  });

  it('draws its chart and lists its rows on its page, gaps as gaps', () => {
    const doc = page('/data/red-notices-issued/', dist);
    expect(chartOf(firstPage)).toBeDefined();
    expect(doc.querySelector('#row-2024 td.num')?.textContent).toBe('15,548');
    expect(doc.querySelector('#row-2016 td.num')?.textContent).toBe('12,787');
    // 2023's empty cell is a gap, said as one, not a figure such as 0.
    const gap = doc.querySelector('#row-2023 td.num');
    expect(gap?.classList.contains('missing'), gap?.outerHTML).toBe(true);
    expect(gap?.textContent).toBe('no data');
  });

  it('publishes the typed rows in its downloads, not the name of the CSV', () => {
    const json = JSON.parse(readBuilt('/data/red-notices-issued.json', dist)) as { rows: unknown };
    expect(json.rows).toEqual([
      { year: 2016, issued: 12787, source: 'pace-14277' },
      { year: 2023, issued: null, source: null },
      { year: 2024, issued: 15548, source: 'monitor-numbers' },
    ]);
    expect(csvParse(readBuilt('/data/red-notices-issued.csv', dist)).map((row) => row.issued)).toEqual([
      '12787',
      '',
      '15548',
    ]);
  });

  it('redraws the chart and the table in the next build when only the CSV changes', () => {
    // A figure changed for the test alone, in a copy of the fixture.
    writeFileSync(
      csvFile,
      '\uFEFFyear,issued,source\r\n2016,12787,pace-14277\r\n2023,,\r\n2024,13000,monitor-numbers\r\n',
    );
    const second = runBuild({ dist, contentRoot: root });
    expect(second.status, second.output).toBe(0);
    const html = readBuilt('/data/red-notices-issued/', dist);
    expect(page('/data/red-notices-issued/', dist).querySelector('#row-2024 td.num')?.textContent).toBe('13,000');
    expect(chartOf(html)).toBeDefined();
    expect(chartOf(html)).not.toBe(chartOf(firstPage));
  });
});
