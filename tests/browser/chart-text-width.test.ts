/**
 * The chart text width table (src/charts/text-width.ts) against Chromium: every text value of the demo's datasets,
 * in English and French, and figures as both languages write them, set as a chart sets its text (the SVG's
 * system-ui at 12px, regular and bold). Layouts make room by the estimate, so it must never be narrower than the
 * browser's text; and it must stay close, or labels wrap and margins grow for nothing (the 4 px are for a short text of
 * letters far narrower in DejaVu Sans than on macOS, "JP").
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { textWidth, type TextWeight } from '../../src/charts/text-width.ts';
import { describeBrowser, launchBrowser } from '../helpers/browser.ts';
import { repoRoot } from '../helpers/build.ts';

/** The texts the demo's charts may draw: string cells, their French translations, and figures in both languages. */
function demoTexts(): string[] {
  const texts = new Set<string>();
  const dataDir = join(repoRoot, 'data');
  for (const file of readdirSync(dataDir).filter((name) => name.endsWith('.json') && name !== 'sources.json')) {
    const dataset = JSON.parse(readFileSync(join(dataDir, file), 'utf8'));
    for (const row of dataset.rows ?? [])
      for (const value of Object.values(row)) if (typeof value === 'string') texts.add(value);
    for (const translation of Object.values(dataset.translations ?? {}) as { columns?: object }[])
      for (const column of Object.values(translation.columns ?? {}) as { values?: Record<string, string> }[])
        for (const value of Object.values(column.values ?? {})) texts.add(value);
  }
  for (const lang of ['en', 'fr'])
    for (const n of [0, 917, 4817, 86_000, 1_000_000, -15, 2.5]) texts.add(new Intl.NumberFormat(lang).format(n));
  return [...texts].filter((text) => text.length <= 120);
}

describeBrowser('chart text widths against Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(['normal', 'bold'] as TextWeight[])(
    'estimates every demo label in %s at least as wide as Chromium sets it, and at most a sixth and 4 px wider',
    async (weight) => {
      const texts = demoTexts();
      expect(texts.length).toBeGreaterThan(50);
      const page = await browser.newPage();
      // As Plot writes the chart's SVG, at the size ChartSvg.astro gives it.
      await page.setContent(
        '<svg xmlns="http://www.w3.org/2000/svg" font-family="system-ui, sans-serif" style="font-size: 12px"><text></text></svg>',
      );
      const measured = await page.evaluate(
        ([texts, weight]) => {
          const text = document.querySelector('text')!;
          text.setAttribute('font-weight', weight);
          return texts.map((value) => {
            text.textContent = value;
            return text.getComputedTextLength();
          });
        },
        [texts, weight] as const,
      );
      await page.close();
      const wrong = texts.flatMap((text, i) => {
        const [estimate, actual] = [textWidth(text, weight), measured[i]!];
        return estimate < actual - 0.01 || estimate > actual * (7 / 6) + 4
          ? [`"${text}": ${estimate.toFixed(1)} px estimated, ${actual.toFixed(1)} drawn`]
          : [];
      });
      expect(wrong).toEqual([]);
    },
  );
});
