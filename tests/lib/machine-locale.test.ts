/**
 * The site a build writes does not depend on the machine's locale (LANG, LC_ALL): Node takes its default collation
 * from it, and a Swedish machine sorts "Ärende" after "Zebra" where an English one sorts it first. Orders that reach
 * the output (the feed, the data catalog, the corrections page) compare in a language of their own.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/build.ts';

/** The feed's item titles, as `feedItems` orders two pages of one date, in a Node started with `LC_ALL=locale`. */
function feedOrder(locale: string): string[] {
  const script = `
    const { feedItems } = await import(${JSON.stringify(join(repoRoot, 'src/lib/feed.ts'))});
    const page = (title) => ({ href: '/stories/' + title.length + '/', title, summary: '', date: new Date('2026-01-26'), authors: [], tags: [], corrections: [] });
    console.log(JSON.stringify(feedItems([page('Zebra'), page('Ärende')], 'https://example.org', (t) => t).map((item) => item.title)));
  `;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, LC_ALL: locale, LANG: locale },
  });
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout.trim().split('\n').at(-1)!) as string[];
}

describe("the machine's locale", () => {
  it('does not change the order of the feed', () => {
    // A Swedish machine collates "Ä" after "Z" by default: the build's order must not follow it.
    const swedish = spawnSync(
      process.execPath,
      ['-e', "console.log(['Ärende', 'Zebra'].sort((a, b) => a.localeCompare(b)).join())"],
      {
        encoding: 'utf8',
        env: { ...process.env, LC_ALL: 'sv_SE.UTF-8', LANG: 'sv_SE.UTF-8' },
      },
    );
    expect(swedish.stdout.trim(), 'this machine does not take its collation from LC_ALL: the test shows nothing').toBe(
      'Zebra,Ärende',
    );
    expect(feedOrder('sv_SE.UTF-8')).toEqual(['Ärende', 'Zebra']);
    expect(feedOrder('C.UTF-8')).toEqual(['Ärende', 'Zebra']);
  });
});
