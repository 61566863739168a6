/**
 * A page kept aside under a "_" name is neither checked nor published by the real build (Astro's collections agree
 * with the preflight), and the build's last lines repeat the content's notes, which name it.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeFixture, runBuild } from '../helpers/build.ts';
import { story } from '../helpers/preflight.ts';

describe('files and folders named "_…"', () => {
  it('are left out of the built site, and named again at the end of the build', () => {
    const fixture = makeFixture();
    // Data Astro would refuse with a stack trace, were it read.
    fixture.write('content/stories/_drafts/half-done.mdx', story('title: 12\nsummary: S\ndate: someday'));
    fixture.write('content/stories/_aside.mdx', story('title: Aside\nsummary: Kept aside.\ndate: 2026-01-26'));
    const result = runBuild({ dist: join(fixture.root, 'out'), contentRoot: fixture.root });
    expect(result.status, result.output).toBe(0);
    expect(existsSync(join(result.dist, 'stories/the-interpol-files/index.html'))).toBe(true);
    expect(existsSync(join(result.dist, 'stories/_aside'))).toBe(false);
    expect(existsSync(join(result.dist, 'stories/aside'))).toBe(false);
    expect(existsSync(join(result.dist, 'stories/_drafts'))).toBe(false);
    expect(existsSync(join(result.dist, 'stories/drafts'))).toBe(false);
    const lines = result.stdout.split('\n');
    const built = lines.findIndex((line) => line.includes('[casefile] built '));
    expect(lines.slice(built + 1).filter((line) => line.includes('not published, nor checked'))).toEqual([
      '[casefile] note: content/stories/_aside.mdx: not published, nor checked: a name starting with "_" keeps a file out of the site; remove the "_" to publish it',
      '[casefile] note: content/stories/_drafts/: not published, nor checked: a name starting with "_" keeps a folder out of the site; remove the "_" to publish it',
    ]);
  }, 300_000);
});
