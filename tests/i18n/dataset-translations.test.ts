/**
 * A French page showing a dataset that is translated only in part: what the translation gives is French and
 * unmarked, what it leaves out stays English and is marked with lang="en" down to the words of a chart's summary.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildFixture } from '../pages/fixture-site.ts';

const site = buildFixture({
  edit: (root) => {
    const file = join(root, 'data/red-notices-issued.json');
    const dataset = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    // The title and the year column are translated; the "issued" column only by its unit.
    dataset.translations = { fr: { title: 'Notices rouges émises', columns: { year: { label: 'Année' }, issued: { unit: 'notices rouges' } } } };
    writeFileSync(file, JSON.stringify(dataset));
    mkdirSync(join(root, 'content/stories/fr'), { recursive: true });
    writeFileSync(
      join(root, 'content/stories/fr/the-files.mdx'),
      '---\ntitle: Les fichiers\nsummary: Ce que montrent les fichiers.\ndate: 2026-01-27\n---\n\n' +
        '<Chart dataset="red-notices-issued" type="line" x="year" y="issued" title="Notices émises par an" />\n',
    );
  },
});
afterAll(() => site.remove());

describe('a dataset translated in part, on a French page', () => {
  it('builds', () => {
    expect(site.result.status, site.result.output).toBe(0);
  });

  it("marks in the chart's summary and table only the label left in English", () => {
    const chart = site.page('/fr/stories/the-files/').querySelector('figure.chart')!;
    const summary = chart.querySelector('.chart-summary')!;
    expect([...summary.querySelectorAll('[lang]')].map((span) => [span.textContent, span.getAttribute('lang')])).toEqual([['issued', 'en']]);
    expect(summary.textContent?.replace(/[\u00a0\u202f]/g, " ")).toMatch(/^Courbe : issued, par année/);
    const headers = [...chart.querySelectorAll('thead th')].map((th) => [th.textContent?.trim(), th.getAttribute('lang')]);
    expect(headers).toEqual([['Année', null], ['issued (notices rouges)', 'en']]);
    expect(chart.querySelector('thead .unit')?.getAttribute('lang')).toBe('fr');
  });

  it('names the dataset in French where the page lists it', () => {
    const link = site.page('/fr/stories/the-files/').querySelector('a[href="/data/red-notices-issued/"]:not(.chart a)');
    expect([link?.textContent, link?.getAttribute('lang'), link?.getAttribute('hreflang')]).toEqual(['Notices rouges émises', null, 'en']);
  });
});
