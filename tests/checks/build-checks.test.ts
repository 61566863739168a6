/**
 * The output checks inside a real build: content that would put executable JavaScript on a story page fails the
 * build with the budget message, and nothing is published.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeFixture, runBuild } from '../helpers/build.ts';

describe('a build whose output breaks a budget', () => {
  it('stops with the budget check naming the page, and leaves the previous output in place', () => {
    const fixture = makeFixture();
    const story = 'content/stories/safeguards-added-and-quietly-dropped.mdx';
    const text = readFileSync(join(fixture.root, story), 'utf8');
    // Written as an expression, which the checks before rendering cannot read (a literal javascript: link stops
    // there, with its line: tests/lib/preflight-prose.test.ts): the budget check after rendering is the backstop.
    fixture.write(story, `${text}\n\n<a href={"javascript:alert(1)"}>Click</a>\n`);
    mkdirSync(fixture.dist, { recursive: true });
    writeFileSync(join(fixture.dist, 'previous.txt'), 'the last good build');

    const result = runBuild({ dist: fixture.dist, contentRoot: fixture.root });
    expect(result.status).toBe(1);
    expect(result.output).toContain('The build stopped: a check of the output failed.');
    expect(result.output).toContain(
      'budgets exceeded: 1 problem\n  /stories/safeguards-added-and-quietly-dropped/: executable JavaScript 19 B (limit 0 B)',
    );
    expect(result.output).toMatch(/budgets: page kind +pages +JS max/);
    expect(readFileSync(join(fixture.dist, 'previous.txt'), 'utf8')).toBe('the last good build');
    expect(existsSync(join(fixture.dist, 'index.html'))).toBe(false);
  });
});
