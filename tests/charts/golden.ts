/**
 * Golden SVGs, as Plot tests its own charts: the expected SVG lives in tests/charts/output/<name>.svg; on a
 * mismatch the new rendering is written beside it as <name>-changed.svg (git-ignored) and the test fails, so a
 * reviewer can open both. Goldens are rewritten only with CASEFILE_UPDATE_GOLDENS=1, which is refused in CI.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { renderPlot } from '../../src/charts/render.ts';
import type { ChartKind, Column, Row } from '../../src/charts/types.ts';

export const outputDir = join(import.meta.dirname, 'output');

/** Compares `svg` with the golden `name`.svg, writing `name`-changed.svg on a mismatch. */
export function expectGolden(name: string, svg: string): void {
  const golden = join(outputDir, `${name}.svg`);
  const changed = join(outputDir, `${name}-changed.svg`);
  if (process.env.CASEFILE_UPDATE_GOLDENS === '1') {
    if (process.env.CI)
      throw new Error('CASEFILE_UPDATE_GOLDENS is refused in CI: goldens are reviewed changes, not regenerated');
    writeFileSync(golden, svg);
    rmSync(changed, { force: true });
    return;
  }
  if (!existsSync(golden)) {
    writeFileSync(changed, svg);
    throw new Error(
      `no golden ${name}.svg: review ${name}-changed.svg and run the test with CASEFILE_UPDATE_GOLDENS=1`,
    );
  }
  if (readFileSync(golden, 'utf8') !== svg) {
    writeFileSync(changed, svg);
    expect(svg, `${name}.svg differs: see ${name}-changed.svg beside it`).toBe(readFileSync(golden, 'utf8'));
  }
  rmSync(changed, { force: true });
}

/** Draws a kind at the narrow and wide widths, as the figure does, and checks both against their goldens. */
export function expectKindGoldens(
  name: string,
  kind: ChartKind,
  rows: Row[],
  options: { columns: Record<string, Column>; x?: string; y?: string; series?: string; label?: string; end?: string },
): void {
  for (const [variant, width] of [
    ['narrow', 340],
    ['wide', 680],
  ] as const) {
    const svg = renderPlot(kind(rows, { lang: 'en', width, ...options }), `golden-${variant}`);
    expectGolden(variant === 'wide' ? name : `${name}-narrow`, svg);
  }
}

/** A column declaration for tests. */
export function column(type: Column['type'], extra: Partial<Column> = {}): Column {
  return { type, description: 'A test column.', ...extra };
}
