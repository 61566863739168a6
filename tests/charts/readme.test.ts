/**
 * The README's reference of chart kinds and options ("Charts: every kind and option") against the code: an editor
 * coming from Datawrapper reads the README alone, so a kind, a custom chart or an option it leaves out, or one it
 * names that the schema does not take, is a wrong manual.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chartKinds, chartOptions } from '../../src/schemas/chart.ts';
import { customCharts } from '../../src/charts/custom/index.ts';
import { seriesColors } from '../../src/charts/palette.ts';
import { repoRoot } from '../helpers/build.ts';

const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
const section = readme.split('\n### Charts: every kind and option\n')[1]?.split(/\n#{2,4} /)[0] ?? '';

describe("the README's charts reference", () => {
  it('lists every chart kind and custom chart the schema takes, and no other', () => {
    const listed = [...section.matchAll(/^\| `([^`]+)`/gm)].map((match) => match[1]);
    expect(listed).toEqual([...chartKinds, ...Object.keys(customCharts).map((name) => `spec="${name}"`)]);
  });

  it('names every option, and the number of series a chart tells apart', () => {
    const options = section.split('Options, on `<Chart>`')[1]?.split('\n\n')[0] ?? '';
    const named = [...options.matchAll(/`([a-z]+)`/g)].map((match) => match[1]);
    expect(new Set(named)).toEqual(new Set([...chartOptions, 'dataset']));
    const words = ['none', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight'];
    expect(section).toContain(`at most ${words[seriesColors.length]} series`);
  });
});
