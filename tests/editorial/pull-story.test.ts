/**
 * Pulling a published story (a takedown: `draft: true`, or an embargo set again) must always be possible without
 * touching the site's code. The site's own pages (the methodology) link the datasets some stories use: those datasets
 * stay published when the stories are withheld, and the build publishes the site without them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeFixture, runBuild } from '../helpers/build.ts';

describe('a story pulled from the demo site', () => {
  it('leaves the site without it, the datasets the methodology links still published', () => {
    const fixture = makeFixture({ copyDemo: true });
    const pulled = ['two-decades-of-red-notices', 'the-watchdog-and-its-caseload'];
    for (const slug of pulled) {
      const path = `content/stories/${slug}.mdx`;
      const text = readFileSync(join(fixture.root, path), 'utf8');
      fixture.write(path, text.replace(/^date:/m, 'draft: true\ndate:'));
    }
    const result = runBuild({ dist: fixture.dist, contentRoot: fixture.root });
    expect(result.status, result.output).toBe(0);
    for (const slug of pulled) expect(existsSync(join(fixture.dist, `stories/${slug}/index.html`)), slug).toBe(false);
    // The methodology links both datasets, which only the pulled stories draw from.
    const methodology = readFileSync(join(fixture.dist, 'methodology/index.html'), 'utf8');
    for (const id of ['red-notices-issued', 'ccf-decisions']) {
      expect(methodology).toContain(`href="/data/${id}/"`);
      expect(existsSync(join(fixture.dist, `data/${id}/index.html`)), id).toBe(true);
    }
  });
});
