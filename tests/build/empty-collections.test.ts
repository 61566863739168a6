/**
 * A site with no case file to publish yet (none written, or the only one under embargo) builds without Astro's
 * warnings that its collection "does not exist or is empty. Please check your content config file for errors": a
 * deployer reads a fault into them (src/build/sitemap-filter.ts, emptyCollections).
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { makeFixture, runBuild, type BuildResult } from '../helpers/build.ts';
import { copyProject } from '../helpers/project-copy.ts';
import { describeBrowser, launchBrowser, viewport, watchPage } from '../helpers/browser.ts';
import { searchDone } from '../helpers/search-page.ts';
import { serveSite, type SiteServer } from '../../scripts/serve.ts';
import { withDemoData } from '../editorial/fixture.ts';
import { page } from '../helpers/site.ts';

// Two builds of a small site, one after the other.
describe('a site whose only case file is under embargo', { timeout: 600_000 }, () => {
  const fixture = makeFixture({ copyDemo: false });
  afterAll(() => rmSync(fixture.root, { recursive: true, force: true }));
  withDemoData(fixture, {
    'fixture-source': {
      publisher: 'Fixture Publisher',
      title: 'Fixture report',
      url: 'https://example.org/report',
      date: '2025',
      kind: 'ngo-report',
    },
  });
  fixture.write(
    'content/stories/only-story.mdx',
    `---
title: The only fixture story
summary: A public story on a site with no public case file.
date: 2026-01-05
authors: [Ada Writer]
countries: [TR]
tags: [fixture]
---

Plain prose <Cite id="fixture-source" />.
`,
  );
  fixture.write(
    'content/cases/held-case.mdx',
    `---
title: Held fixture case
summary: A case file under embargo.
subject: A. Person
country: RU
status: active
notice: red-notice
date: 2025-12-01
embargo: 2027-01-01T00:00:00Z
---

Case prose <Cite id="fixture-source" />.
`,
  );

  it('builds with no warning about the empty collection, and lists no case file', () => {
    const result = runBuild({ dist: fixture.dist, contentRoot: fixture.root });
    expect(result.status, result.output).toBe(0);
    expect(result.output).not.toMatch(/does not exist or is empty|No files found matching/);
    expect(existsSync(join(fixture.dist, 'cases/held-case/index.html'))).toBe(false);
    const list = readFileSync(join(fixture.dist, 'cases/index.html'), 'utf8');
    expect(list).not.toContain('held-case');
    // Said so, rather than a table of headings over no row.
    expect(list).toContain('No case file has been published yet.');
    expect(list).not.toContain('<table');
    expect(readFileSync(join(fixture.dist, 'fr/cases/index.html'), 'utf8')).toContain(
      'Aucun dossier n’a encore été publié.',
    );
    expect(readFileSync(join(fixture.dist, 'stories/only-story/index.html'), 'utf8')).toContain(
      'The only fixture story',
    );
  });

  it('publishes the case file in the first build after its embargo, from the same caches', () => {
    const result = runBuild({
      dist: fixture.dist,
      contentRoot: fixture.root,
      env: { CASEFILE_NOW: '2027-01-02T00:00:00Z' },
    });
    expect(result.status, result.output).toBe(0);
    expect(readFileSync(join(fixture.dist, 'cases/held-case/index.html'), 'utf8')).toContain('Held fixture case');
    // The table names a case file by its subject, and links to it.
    const list = readFileSync(join(fixture.dist, 'cases/index.html'), 'utf8');
    expect(list).toContain('href="/cases/held-case/"');
    expect(list).not.toContain('No case file has been published yet.');
  });
});

// The site in the default language lists originals only (translations.ts, edition): a story written in French alone is
// listed on the French site, and the English list, empty, must not say that no story has been published at all.
describe('a site whose only story is written in French alone', { timeout: 600_000 }, () => {
  const fixture = makeFixture({ copyDemo: false });
  afterAll(() => rmSync(fixture.root, { recursive: true, force: true }));
  withDemoData(fixture, {
    'fixture-source': {
      publisher: 'Fixture Publisher',
      title: 'Fixture report',
      url: 'https://example.org/report',
      date: '2025',
      kind: 'ngo-report',
    },
  });
  fixture.write(
    'content/stories/fr/enquete-seule.mdx',
    `---
title: La seule enquête du site
summary: Une enquête publiée en français seulement.
date: 2026-01-05
authors: [Ada Writer]
countries: [TR]
tags: [fixture]
---

Texte <Cite id="fixture-source" />.
`,
  );
  fixture.write(
    'content/cases/open-case.mdx',
    `---
title: Open fixture case
summary: A public case file.
subject: A. Person
country: RU
status: active
notice: red-notice
date: 2025-12-01
---

Case prose <Cite id="fixture-source" />.
`,
  );

  it('says on the English list that none is in English yet, and links the French list that has it', () => {
    const result = runBuild({ dist: fixture.dist, contentRoot: fixture.root });
    expect(result.status, result.output).toBe(0);
    expect(readFileSync(join(fixture.dist, 'fr/stories/index.html'), 'utf8')).toContain(
      'href="/fr/stories/enquete-seule/"',
    );
    const list = readFileSync(join(fixture.dist, 'stories/index.html'), 'utf8');
    expect(list).not.toContain('No story has been published yet.');
    expect(list).toContain('No story has been published in English yet.');
    expect(list).toMatch(/<a href="\/fr\/stories\/" hreflang="fr">French<\/a>/);
  });
});

// A newsroom on day two: the demo's stories, case files and datasets deleted (README, "Your own site"), its own pages
// rewritten, and its first story still a draft. Nothing carries data-pagefind-body, and Pagefind, handed every page,
// indexed them all whole (menus, the 404 page), so a search answered with the site's chrome.
describe('a site with nothing published yet', { timeout: 600_000 }, () => {
  const project = copyProject();
  const fixture = makeFixture({ copyDemo: false });
  afterAll(() => {
    project.remove();
    rmSync(fixture.root, { recursive: true, force: true });
  });
  // The site's own pages, rewritten: the demo's link its datasets.
  for (const [path, layout, title] of [
    ['src/pages/about.mdx', '../layouts/Page.astro', 'About'],
    ['src/pages/methodology.mdx', '../layouts/Page.astro', 'Methodology'],
    ['src/pages/fr/about.mdx', '../../layouts/Page.astro', 'À propos'],
    ['src/pages/fr/methodology.mdx', '../../layouts/Page.astro', 'Méthodologie'],
  ])
    project.write(
      path!,
      `---\nlayout: ${layout}\ntitle: ${title}\ndescription: ${title} of the newsroom.\n---\n\nNewsroom text.\n`,
    );
  fixture.write(
    'content/stories/first-story.mdx',
    `---
title: The first fixture story
summary: A story not published yet.
date: 2026-01-05
authors: [Ada Writer]
countries: [TR]
tags: [fixture]
draft: true
---

Plain prose.
`,
  );
  let result: BuildResult;
  beforeAll(() => {
    result = runBuild({ dist: fixture.dist, contentRoot: fixture.root, project: project.root });
  });

  it('builds a search index holding no page, not every page whole', () => {
    expect(result.status, result.output).toBe(0);
    expect(result.output).toContain('search index: 0 pages indexed');
    const entry = join(fixture.dist, 'pagefind/pagefind-entry.json');
    const languages = existsSync(entry)
      ? (JSON.parse(readFileSync(entry, 'utf8')) as { languages: Record<string, { page_count: number }> }).languages
      : {};
    expect(Object.values(languages).map((language) => language.page_count)).toEqual([]);
  });

  it('says on the home page, in each language, that nothing is published yet', () => {
    expect(readFileSync(join(fixture.dist, 'index.html'), 'utf8')).toContain(
      'Nothing has been published yet: the stories, case files and datasets will appear here.',
    );
    expect(readFileSync(join(fixture.dist, 'fr/index.html'), 'utf8')).toContain(
      'Rien n’a encore été publié\u00a0: les enquêtes, les dossiers et les jeux de données paraîtront ici.',
    );
  });

  // The data catalog, the sources and the countries showed their heading and introduction over nothing.
  it('says on the data catalog, the sources and the countries page, in each language, that none is there yet', () => {
    const paragraphs = (path: string) =>
      [...page(path, fixture.dist).querySelectorAll('main p')].map((p) => p.textContent?.trim());
    for (const [path, line] of [
      ['/data/', 'No dataset has been published yet.'],
      ['/sources/', 'No source is cited yet: each is listed here once a published page or dataset cites it.'],
      ['/countries/', 'No country is named yet: each is listed here once a published page or dataset names it.'],
      ['/fr/data/', 'Aucun jeu de données n’a encore été publié.'],
      [
        '/fr/sources/',
        'Aucune source n’est encore citée\u00a0: chacune figurera ici dès qu’une page ou un jeu de données publié la citera.',
      ],
      [
        '/fr/countries/',
        'Aucun pays n’est encore cité\u00a0: chacun figurera ici dès qu’une page ou un jeu de données publié le nommera.',
      ],
    ])
      expect(paragraphs(path!), path).toContain(line);
  });

  describeBrowser('its search page in Chromium', () => {
    let browser: Browser;
    let server: SiteServer;
    beforeAll(async () => {
      [browser, server] = await Promise.all([launchBrowser(), serveSite(fixture.dist)]);
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('answers a query, in each language, by saying nothing is published yet, without an error', async () => {
      const context = await browser.newContext(viewport(360));
      try {
        const tab = await context.newPage();
        const watch = await watchPage(tab, server.origin);
        for (const [path, line] of [
          ['/search/', 'Nothing has been published yet, so there is nothing to search.'],
          ['/fr/search/', 'Rien n’a encore été publié\u00a0: il n’y a rien à rechercher.'],
        ]) {
          await tab.goto(`${server.origin}${path}?q=search`);
          await searchDone(tab, 'q=search');
          expect(await tab.locator('#search-status').textContent()).toBe(line);
          expect(await tab.locator('#search-list li').count()).toBe(0);
        }
        expect(watch.problems).toEqual([]);
      } finally {
        await context.close();
      }
    });

    // A search page cached from before the site's last page was withdrawn does not know its index holds no page:
    // Pagefind, loaded, finds no language in it.
    it('says so too from a search page that does not know the index is empty', async () => {
      const stale = mkdtempSync(join(tmpdir(), 'casefile-stale-search-'));
      const staleServer = await serveSite(stale);
      const context = await browser.newContext(viewport(360));
      try {
        cpSync(fixture.dist, stale, { recursive: true });
        const page = join(stale, 'search/index.html');
        writeFileSync(page, readFileSync(page, 'utf8').replace(' data-nothing-published', ''));
        const tab = await context.newPage();
        const watch = await watchPage(tab, staleServer.origin);
        await tab.goto(`${staleServer.origin}/search/?q=search`);
        await searchDone(tab, 'q=search');
        expect(await tab.locator('#search-status').textContent()).toBe(
          'Nothing has been published yet, so there is nothing to search.',
        );
        expect(watch.problems).toEqual([]);
      } finally {
        await context.close();
        await staleServer.close();
        rmSync(stale, { recursive: true, force: true });
      }
    });
  });
});
