import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { passOverPages } from '../../src/build/checks/page-pass.ts';
import { budgetCheck, measurePages } from '../../src/build/checks/budgets.ts';
import { findBrokenLinks, linkCheck } from '../../src/build/checks/links.ts';
import { runPostBuildSteps, type BuildContext } from '../../src/build/steps.ts';
import { htmlPage, tempSite } from '../helpers/temp-site.ts';

const origin = 'https://casefile.example.org';
const sheet = '<link rel="stylesheet" href="/_astro/site.css">';

/** Three pages with a broken link, an empty address, a script that runs, a stylesheet and another host's image. */
const site = {
  '_astro/site.css': 'body{background:url(https://fonts.example.com/x.png)}',
  'index.html': htmlPage('<a href="/stories/one/">One</a> <a href="/gone/">Gone</a>', sheet),
  'stories/one/index.html': htmlPage(
    '<h2 id="sources">Sources</h2><a href="">The report</a> <img src="https://cdn.example.com/y.png" alt="">',
    `${sheet}<script>go()</script>`,
  ),
  'about/index.html': htmlPage('<a href="/stories/one/#notes">Notes</a>', sheet),
};

describe('the pass over the pages shared by the link and budget checks', () => {
  it("gives each check what it finds reading the pages itself, and fills each check's own cache as it would", () => {
    const dir = tempSite(site);
    const caches = tempSite({});
    const linksCache = join(caches, 'links');
    const budgetsCache = join(caches, 'budgets');
    const pass = passOverPages(dir, origin, { links: { cacheDir: linksCache }, budgets: { cacheDir: budgetsCache } });

    expect(pass.brokenLinks).toEqual([
      'about/index.html: /stories/one/#notes (no element with id "notes")',
      'index.html: /gone/ (no such file)',
      'stories/one/index.html: <a href=""> "The report", line 10 (empty URL)',
    ]);
    expect(pass.brokenLinks).toEqual(findBrokenLinks(dir, origin));
    const alone = measurePages(dir, origin);
    expect(measurePages(dir, origin, { scans: pass.budgetScans! })).toEqual(alone);
    expect(alone.find((page) => page.path === '/stories/one/')).toMatchObject({
      javascript: 'go()'.length,
      thirdParty: ['https://fonts.example.com/x.png', 'https://cdn.example.com/y.png'],
    });

    // What the pass remembered is what each check looks up: reading from the caches writes nothing new.
    expect(readdirSync(linksCache)).toHaveLength(3);
    expect(readdirSync(budgetsCache)).toHaveLength(3);
    expect(findBrokenLinks(dir, origin, { cacheDir: linksCache })).toEqual(pass.brokenLinks);
    expect(measurePages(dir, origin, { cacheDir: budgetsCache })).toEqual(alone);
    expect(readdirSync(linksCache)).toHaveLength(3);
    expect(readdirSync(budgetsCache)).toHaveLength(3);
  });

  it('runs for the checks it is asked for only', () => {
    const dir = tempSite(site);
    expect(passOverPages(dir, origin, { budgets: {} })).toEqual({ budgetScans: expect.any(Map) });
    expect(passOverPages(dir, origin, { links: {} })).toEqual({ brokenLinks: expect.any(Array) });
  });

  it('as the build runs the two checks, in one pass, each fails with its own problems', async () => {
    // Served at the configured origin, as the steps read it (src/site.config.ts).
    const dir = tempSite({
      '_astro/site.css': 'body{margin:0}',
      'index.html': htmlPage('<a href="/gone/">Gone</a>', sheet),
      'stories/one/index.html': htmlPage('<p>One</p>', `${sheet}<script>go()</script>`),
      'about/index.html': htmlPage('<p>About</p>', sheet),
    });
    const root = tempSite({});
    const lines: string[] = [];
    const context = { root, outDir: dir, log: (line: string) => lines.push(line) } as unknown as BuildContext;
    const run = runPostBuildSteps(context, [linkCheck, { ...budgetCheck, after: [] }]);
    await expect(run).rejects.toThrowError(
      expect.objectContaining({
        name: 'CheckError',
        message:
          'broken links: 1 problem\n  index.html: /gone/ (no such file)\n\n' +
          'budgets exceeded: 1 problem\n  /stories/one/: executable JavaScript 4 B (limit 0 B)',
      }),
    );
    expect(lines.filter((line) => line.startsWith('budgets: page kind'))).toHaveLength(1);
  });
});
