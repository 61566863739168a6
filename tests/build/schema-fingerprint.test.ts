/**
 * Astro's content layer keeps parsed entries between builds and starts again only when src/content.config.ts's own
 * text changes: a schema edit left entries in their old shape. The build drops them when the schemas change.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { forgetEntriesOnSchemaChange } from '../../src/build/schema-fingerprint.ts';
import { storySchema } from '../../src/schemas/story.ts';
import { findLeaks } from '../../src/build/checks/leaks.ts';

/**
 * A project holding the files the fingerprint reads (each with its own name as its text) and `schemas`, with the
 * folder where Astro keeps its entries.
 */
function projectWith(schemas: string[]): { project: string; cache: string; store: string } {
  const project = mkdtempSync(join(tmpdir(), 'schemas-'));
  for (const file of [
    ...schemas,
    'src/lib/typography.ts',
    'src/i18n/locales.ts',
    'src/site.config.ts',
    'src/lib/dataset-rows.ts',
    'src/lib/csv-text.ts',
    'src/lib/csv-rows.ts',
    'src/lib/csv-header.ts',
    'src/lib/cell-value.ts',
    'src/lib/dataset-loader.ts',
  ]) {
    mkdirSync(join(project, file, '..'), { recursive: true });
    writeFileSync(join(project, file), `// ${file}\n`);
  }
  const cache = join(project, 'node_modules/.astro');
  mkdirSync(cache, { recursive: true });
  return { project, cache, store: join(cache, 'data-store.json') };
}

describe("the content schemas' fingerprint", () => {
  it("drops Astro's stored entries when a schema changes, and only then", () => {
    const { project, cache, store } = projectWith(['src/schemas/story.ts']);
    writeFileSync(store, '[]');
    // A store from before the check: its schemas are unknown.
    expect(forgetEntriesOnSchemaChange(project, cache)).toBe(true);
    expect(existsSync(store)).toBe(false);
    writeFileSync(store, '[]');
    expect(forgetEntriesOnSchemaChange(project, cache)).toBe(false);
    expect(existsSync(store)).toBe(true);
    writeFileSync(join(project, 'src/schemas/story.ts'), '// a new field\n');
    expect(forgetEntriesOnSchemaChange(project, cache)).toBe(true);
    expect(existsSync(store)).toBe(false);
    // How a dataset's CSV is read shapes its entry as a schema does.
    writeFileSync(store, '[]');
    writeFileSync(join(project, 'src/lib/cell-value.ts'), '// cells read another way\n');
    expect(forgetEntriesOnSchemaChange(project, cache)).toBe(true);
    expect(existsSync(store)).toBe(false);
    expect(readFileSync(join(cache, 'casefile-schemas.txt'), 'utf8')).toMatch(/^[0-9a-f]{16}\n$/);
  });

  it('drops them when a schema module in a folder of src/schemas/ changes (src/schemas/dataset/column.ts)', () => {
    const { project, cache, store } = projectWith(['src/schemas/dataset.ts', 'src/schemas/dataset/column.ts']);
    forgetEntriesOnSchemaChange(project, cache);
    writeFileSync(store, '[]');
    writeFileSync(join(project, 'src/schemas/dataset/column.ts'), '// a unit read another way\n');
    expect(forgetEntriesOnSchemaChange(project, cache)).toBe(true);
    expect(existsSync(store)).toBe(false);
  });
});

describe('typeset titles', () => {
  it('sets straight apostrophes in a title and summary as typographic ones, as the prose around them is', () => {
    const data = storySchema.parse({
      title: "Interpol's watchdog",
      summary: "The CCF's caseload, 'quoted'",
      date: '2026-01-26',
    });
    expect([data.title, data.summary]).toEqual(['Interpol’s watchdog', "The CCF’s caseload, 'quoted'"]);
  });

  it('still finds a withheld title in the output whichever apostrophe it is written with', () => {
    const dist = mkdtempSync(join(tmpdir(), 'leaks-'));
    writeFileSync(join(dist, 'a.html'), "<p>Interpol's secret files, soon.</p>");
    writeFileSync(join(dist, 'b.html'), '<p>Interpol’s secret files, soon.</p>');
    const leaks = findLeaks(dist, [
      { file: 'content/stories/x.mdx', slug: 'x', title: 'Interpol’s secret files', reason: 'embargo' },
    ]);
    expect(leaks.map((leak) => leak.path).sort()).toEqual(['a.html', 'b.html']);
  });
});
