/**
 * A French newsroom starts its own site as README.md ("Your own site") says, French first: `defaultLocale: 'fr'`,
 * French served at the root, English under /en/ or not at all, its own prose pages, one story with a dataset and a
 * chart. Every other test builds a site whose default language is English; this one reads what a French-default
 * site's readers get: French pages, feed and 404 page at the root, no English word marked as French.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { makeFixture, runBuild, type BuildResult } from '../helpers/build.ts';
import { copyProject, type ProjectCopy } from '../helpers/project-copy.ts';
import { page, readBuilt } from '../helpers/site.ts';

const frenchFirst = "    { code: 'fr', label: 'Français' },\n    { code: 'en', label: 'English', intl: 'en-GB' },\n";

/** A prose page of the site's own (about, methodology), laid out by `layout`. */
const prose = (title: string, layout: string, text: string) =>
  `---\nlayout: ${layout}\ntitle: ${title}\ndescription: ${text}\n---\n\n${text}\n`;

/**
 * The project with French as its default language: `languages` are the entries of site.locales, French's first; the
 * site's own pages rewritten, French's at the root of src/pages/ and English's in src/pages/en/.
 */
function frenchProject(languages: string): ProjectCopy {
  const project = copyProject();
  project.edit('src/site.config.ts', (text) =>
    text
      .replace("defaultLocale: 'en'", "defaultLocale: 'fr'")
      .replace(
        "    { code: 'en', label: 'English', intl: 'en-GB' },\n    { code: 'fr', label: 'Français' },\n",
        languages,
      ),
  );
  rmSync(join(project.root, 'src/pages/fr'), { recursive: true });
  project.write('src/pages/about.mdx', prose('À propos', '../layouts/Page.astro', 'Qui nous sommes.'));
  project.write('src/pages/methodology.mdx', prose('Méthodologie', '../layouts/Page.astro', 'Nos méthodes.'));
  if (languages.includes("code: 'en'")) {
    project.write('src/pages/en/about.mdx', prose('About', '../../layouts/Page.astro', 'Who we are.'));
    project.write('src/pages/en/methodology.mdx', prose('Methodology', '../../layouts/Page.astro', 'How we work.'));
  }
  return project;
}

/** The story, in French. */
const story = `---
title: "Les notices rouges actives"
summary: "Le Pérou et le Tadjikistan parmi les premiers demandeurs."
date: 2026-02-02
authors: ["La rédaction"]
countries: [PE, TJ]
tags: [interpol]
---

Le Pérou avait demandé <Fact dataset="notices-actives-2024" row="PE" column="notices" /> notices rouges actives.<Cite id="jurist-interpol-files" />

<Chart dataset="notices-actives-2024" type="bar" x="pays" y="notices" title="Notices rouges actives, septembre 2024" />
`;

/** One French story, its dataset and its source, written in French, the site's default language. */
function frenchContent(): ReturnType<typeof makeFixture> {
  const fixture = makeFixture({ copyDemo: false });
  fixture.write(
    'data/sources.json',
    JSON.stringify({
      'jurist-interpol-files': {
        publisher: 'JURIST',
        title: 'Interpol leaked files reveal states abuse red notices to target dissidents',
        lang: 'en',
        url: 'https://www.jurist.org/news/2026/01/interpol-leaked-files-reveal-states-abuse-red-notices-to-target-dissidents',
        date: '2026-01',
        kind: 'news',
      },
    }),
  );
  fixture.write(
    'data/notices-actives-2024.json',
    JSON.stringify({
      title: 'Notices rouges actives par pays demandeur, septembre 2024',
      description: 'Les pays qui avaient demandé le plus de notices rouges encore actives en septembre 2024.',
      sources: ['jurist-interpol-files'],
      license: 'CC BY 4.0',
      updated: '2026-02-01',
      key: 'pays',
      columns: {
        pays: { type: 'string', ref: 'country', description: 'Pays demandeur', label: 'Pays' },
        notices: { type: 'integer', unit: 'notices', description: 'Notices actives', label: 'Notices actives' },
        source: { type: 'string', ref: 'source', description: 'Source du chiffre', label: 'Source' },
      },
      rows: [
        { pays: 'PE', notices: 4457, source: 'jurist-interpol-files' },
        { pays: 'TJ', notices: 3493, source: 'jurist-interpol-files' },
      ],
    }),
  );
  fixture.write('content/stories/les-notices-actives.mdx', story);
  return fixture;
}

describe('a site whose default language is French, with English second', { timeout: 600_000 }, () => {
  let project: ProjectCopy;
  let content: ReturnType<typeof makeFixture>;
  let build: BuildResult;
  const doc = (path: string) => page(path, build.dist);
  beforeAll(() => {
    project = frenchProject(frenchFirst);
    content = frenchContent();
    build = runBuild({ project: project.root, dist: content.dist, contentRoot: content.root });
  });
  afterAll(() => {
    project?.remove();
    if (content) rmSync(content.root, { recursive: true, force: true });
  });

  // The dictionary check held every language but the default to having translated English's strings: English itself,
  // second, was "312 of 312 strings are the English ones", and no French-default site with English could build.
  it('builds', () => {
    expect(build.status, build.output).toBe(0);
  });

  it('serves French at the root, its story, feed and 404 page in French, and English under /en/', () => {
    const home = doc('/');
    expect(home.documentElement.getAttribute('lang')).toBe('fr');
    expect(home.querySelector('meta[property="og:locale"]')?.getAttribute('content')).toBe('fr_FR');
    const story = doc('/stories/les-notices-actives/');
    expect(story.documentElement.getAttribute('lang')).toBe('fr');
    expect(story.querySelector('time[datetime="2026-02-02"]')?.textContent).toBe('2\u00a0février 2026');
    expect(readBuilt('/rss.xml', build.dist)).toContain('<language>fr</language>');
    expect(doc('/404.html').querySelector('h1')?.textContent?.trim()).toBe('Page introuvable');
    expect(doc('/en/').documentElement.getAttribute('lang')).toBe('en');
    expect(readBuilt('/en/rss.xml', build.dist)).toContain('<language>en</language>');
    expect(doc('/en/about/').querySelector('h1')?.textContent?.trim()).toBe('About');
  });

  it('lists the French story on the English site in French, marked as such', () => {
    const link = doc('/en/stories/').querySelector('main a[href="/stories/les-notices-actives/"]');
    expect(link?.getAttribute('hreflang')).toBe('fr');
    expect(link?.closest('[lang]')?.getAttribute('lang')).toBe('fr');
  });
});

describe('a site in French alone', { timeout: 600_000 }, () => {
  let project: ProjectCopy;
  let content: ReturnType<typeof makeFixture>;
  let build: BuildResult;
  const doc = (path: string) => page(path, build.dist);
  beforeAll(() => {
    project = frenchProject("    { code: 'fr', label: 'Français' },\n");
    content = frenchContent();
    build = runBuild({ project: project.root, dist: content.dist, contentRoot: content.root });
  });
  afterAll(() => {
    project?.remove();
    if (content) rmSync(content.root, { recursive: true, force: true });
  });

  it('builds French pages at the root, with no language switcher and no English site', () => {
    expect(build.status, build.output).toBe(0);
    const story = doc('/stories/les-notices-actives/');
    expect(story.documentElement.getAttribute('lang')).toBe('fr');
    expect(story.querySelector('nav.language-switcher')).toBeNull();
    expect(story.querySelector('link[hreflang]')).toBeNull();
    expect(existsSync(join(build.dist, 'en'))).toBe(false);
  });

  // The demo keeps its French pages in src/pages/fr/. On a site whose default language is French, served at the root,
  // such a page was published a second time, at /fr/about/, beside the /about/ the menus link.
  it("refuses the site's own pages in a folder named for the default language, naming where they go", () => {
    project.write(
      'src/pages/fr/about.mdx',
      '---\nlayout: ../../layouts/Page.astro\ntitle: À propos\ndescription: Qui nous sommes.\n---\n\nTexte.\n',
    );
    try {
      const stopped = runBuild({ project: project.root, dist: content.dist, contentRoot: content.root });
      expect(stopped.status, stopped.output).toBe(1);
      expect(stopped.output).toContain(
        "src/pages/fr/about.mdx: French is the site's default language, served at the root: this page would be published a second time, at /fr/about/; move it to src/pages/about.mdx (another language's pages go in src/pages/<its code>/)",
      );
    } finally {
      rmSync(join(project.root, 'src/pages/fr'), { recursive: true });
    }
  });

  // Typeset on a French page, a description left out stopped the build on "TypeError: Cannot read properties of
  // undefined (reading 'length')", rendering /about, naming no file.
  it("names a prose page's missing description, before rendering", () => {
    project.write('src/pages/about.mdx', '---\nlayout: ../layouts/Page.astro\ntitle: À propos\n---\n\nTexte.\n');
    try {
      const stopped = runBuild({ project: project.root, dist: content.dist, contentRoot: content.root });
      expect(stopped.status, stopped.output).toBe(1);
      expect(stopped.output).toContain(
        'src/pages/about.mdx: description: missing: a sentence saying what the page holds, shown by search engines and on social cards',
      );
      expect(stopped.output).not.toContain('TypeError');
    } finally {
      project.write('src/pages/about.mdx', prose('À propos', '../layouts/Page.astro', 'Qui nous sommes.'));
    }
  });

  // Build messages are in English: they named French in French, "the français label of the tag red-notices".
  it('names a language in English in its messages', () => {
    content.write(
      'content/stories/les-notices-actives.mdx',
      story.replace('tags: [interpol]', 'tags: [notices-rouges]'),
    );
    const stopped = runBuild({ project: project.root, dist: content.dist, contentRoot: content.root });
    expect(stopped.status).toBe(1);
    expect(stopped.output).toContain(
      'tags[0]: "notices-rouges" is the French label of the tag red-notices (tagLabels in src/site.config.ts)',
    );
  });
});
