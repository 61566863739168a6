/**
 * Charts drawn for a French page: dates, numbers and the generated summary in French, from the demo's own datasets,
 * with the same dataset charts the English pages draw.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chartFigure } from '../../src/charts/figure.ts';
import { chartSpecSchema } from '../../src/schemas/chart.ts';
import { loadProject } from '../../src/lib/load-project.ts';
import { repoRoot } from '../helpers/build.ts';
import { localiseDataset, markPhrases, untranslatedTexts } from '../../src/lib/dataset-locale.ts';
import type { Row } from '../../src/charts/types.ts';

const cache = mkdtempSync(join(tmpdir(), 'casefile-i18n-charts-'));
process.env.CASEFILE_CHART_CACHE = cache;
afterAll(() => rmSync(cache, { recursive: true, force: true }));

const { project } = loadProject(repoRoot);
/** The dataset's own chart, drawn for `lang`. */
function datasetChart(id: string, lang: string) {
  const dataset = project.datasets.get(id)!;
  return chartFigure({ spec: chartSpecSchema.parse(dataset.chart), dataset, lang });
}
const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);

describe('charts in French', () => {
  it('mark a value left in English as English in the summary, an apostrophe in it included', () => {
    const dataset = structuredClone(project.datasets.get('ccf-decisions')!);
    const row = { period: '2024', value: 3, unit: null, qualifier: null, note: null, source: dataset.rows[0]!.source };
    dataset.rows = [
      { ...row, measure: "Interpol's own count" },
      { ...row, measure: 'Other count', value: 2 },
    ];
    const spec = chartSpecSchema.parse({ type: 'bar', x: 'measure', y: 'value', title: 'T' });
    const local = localiseDataset(dataset, 'fr');
    const figure = chartFigure({ spec, dataset: local.data, lang: 'fr', localiseRows: local.rows });
    const marked = markPhrases(
      figure.summary,
      untranslatedTexts(local, 'fr', figure.table, dataset.rows as Row[]),
      'en',
    );
    // Typeset alike in the summary and in what the page marks (and in the table: formatValue).
    expect(marked).toContainEqual({ text: 'Interpol’s own count', lang: 'en' });
    expect(figure.summary).not.toContain("Interpol's");
  });

  it('a timeline writes its dates in French: month ticks and full dates in the summary', () => {
    const figure = datasetChart('investigation-timeline', 'fr');
    expect(figure.summary).toMatch(/^Chronologie de \d+\u00a0événements, de .* au 28\u00a0janvier 2026\./);
    expect(figure.summary).toContain('Dernier événement\u00a0: Disclose’s follow-up on Turkey (28\u00a0janvier 2026).');
    expect(texts(figure.wide).join(' ')).not.toMatch(/January|Jan\b/);
  });

  it('a line chart groups thousands with a narrow no-break space and summarises in French', () => {
    const figure = datasetChart('red-notices-issued', 'fr');
    expect(figure.summary).toMatch(/^Courbe\u00a0: .*, de 2005 à 2024\. Maximum\u00a0: \d{2}\u202f\d{3} en \d{4}\./);
    expect(texts(figure.wide)).toEqual(expect.arrayContaining([expect.stringMatching(/^\d{1,2}\u202f\d{3}$/)]));
    // Years stay ungrouped: 2024, not 2 024.
    expect(texts(figure.wide)).toContain('2024');
  });

  it("the demo's rounded and minimum figures keep their qualifier in French: summary and bar labels", () => {
    expect(datasetChart('red-notices-in-circulation', 'fr').summary).toContain(
      'Maximum\u00a0: environ 86\u202f000 en janvier 2026',
    );
    expect(datasetChart('red-notices-in-circulation', 'en').summary).toContain('Highest: about 86,000 in January 2026');
    expect(texts(datasetChart('ccf-decisions', 'fr').wide)).toEqual(
      expect.arrayContaining(['environ 170', 'au moins 322', '594']),
    );
  });

  it('the same chart in English keeps English formats', () => {
    expect(datasetChart('red-notices-issued', 'en').summary).toMatch(
      /^Line chart of .*Highest: \d{2},\d{3} in \d{4}\./,
    );
  });
});
