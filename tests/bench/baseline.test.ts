/** Baseline B: a plain Astro + MDX project over the generated stories, with no charts and no search. */
import { lstatSync, mkdtempSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { baselineFiles, writeBaseline } from '../../src/bench/baseline.ts';

describe('baselineFiles', () => {
  const files = baselineFiles('/tmp/site/content/stories');

  it('loads the stories with a glob loader from the generated folder', () => {
    expect(files.get('src/content.config.ts')).toContain(
      `glob({ pattern: '**/*.mdx', base: "/tmp/site/content/stories" })`,
    );
  });

  it('builds with MDX only: no search, no sitemap, no other integration', () => {
    expect(files.get('astro.config.mjs')).toContain('integrations: [mdx()],');
    expect([...files.values()].join('\n')).not.toMatch(/pagefind|sitemap|@observablehq/);
  });

  it('renders <Chart> as an empty component and <Cite> as a bare note', () => {
    expect(files.get('src/pages/stories/[slug].astro')).toContain('components={{ Chart: Empty, Cite }}');
    expect(files.get('src/components/Empty.astro')).toBe('---\n---\n');
  });
});

describe('writeBaseline', () => {
  it('links the given node_modules instead of installing anything', () => {
    const dir = mkdtempSync(join(tmpdir(), 'casefile-baseline-test-'));
    try {
      writeBaseline(dir, '/tmp/site/content/stories', '/work/main/node_modules');
      expect(lstatSync(join(dir, 'node_modules')).isSymbolicLink()).toBe(true);
      expect(readlinkSync(join(dir, 'node_modules'))).toBe('/work/main/node_modules');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
