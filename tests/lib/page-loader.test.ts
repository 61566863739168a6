/**
 * The dev server's loader of stories and case files (src/lib/page-loader.ts) holds what the build would stop on for
 * each page (src/build/dev-page-problems.ts) while the editor works: a problem is held until the save, rename or
 * removal that ends it. Astro's glob() is stood in for: what is tested is the loader's watch, not Astro's reading.
 */
import { EventEmitter } from 'node:events';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import type { LoaderContext } from 'astro/loaders';
import { makeFixture, repoRoot } from '../helpers/build.ts';
import { hasPageProblems, pageProblemsHeld } from '../../src/build/dev-page-problems.ts';
import { linkProblemsAt } from '../../src/build/dev-link-problems.ts';
import { siteProblemsHeld } from '../../src/build/dev-site-problems.ts';
import { validateProject } from '../../src/lib/validate-project.ts';

// glob() warns of a folder that is not there, as Astro's does.
vi.mock('astro/loaders', async () => {
  const { existsSync } = await import('node:fs');
  return {
    glob: ({ base }: { base: string }) => ({
      name: 'glob-loader',
      load: async (context: LoaderContext) => {
        if (!existsSync(base)) context.logger.warn(`The base directory "${base}/" does not exist.`);
      },
    }),
  };
});
const { pageLoader } = await import('../../src/lib/page-loader.ts');

const story = `---
title: A fixture story
summary: A story for the loader.
date: 2026-01-05
authors: [Ada Writer]
countries: [TR]
tags: [fixture]
---

Prose.
`;

/**
 * Starts the loader of content/stories in the project at `root`, as the dev server does; returns its watcher. `seen`
 * stands in for the loader's logger and its collection's meta store.
 */
async function startLoader(
  root: string,
  seen: { logger?: Partial<LoaderContext['logger']>; meta?: Map<string, string> } = {},
): Promise<EventEmitter> {
  // Its add() asks the dev server's watcher to watch a folder too: every event is emitted by the test.
  const watcher = Object.assign(new EventEmitter(), { add: () => {} });
  const logger = { error: () => {}, warn: () => {}, info: () => {}, debug: () => {}, ...seen.logger };
  const context = {
    watcher,
    logger,
    meta: seen.meta ?? new Map(),
    config: { root: pathToFileURL(`${root}/`) },
    parseData: async ({ data }: { data: unknown }) => data,
  };
  await pageLoader(root, 'content/stories', ['**/*.mdx']).load(context as unknown as LoaderContext);
  return watcher;
}

describe('the dev server’s page loader', () => {
  const fixture = makeFixture({ copyDemo: false });
  afterAll(() => rmSync(fixture.root, { recursive: true, force: true }));

  const start = () => startLoader(fixture.root);

  // A newsroom that deleted the demo's content/cases/ as README's "Your own site" reads, with no case file of its own
  // yet: the dev server warned at every start that the folder "does not exist", as if something were broken.
  it('says nothing of a folder of pages that is not there', async () => {
    const empty = makeFixture({ copyDemo: false });
    const warnings: string[] = [];
    try {
      rmSync(join(empty.root, 'content/stories'), { recursive: true });
      await startLoader(empty.root, { logger: { warn: (message: string) => warnings.push(message) } });
      expect(warnings).toEqual([]);
    } finally {
      rmSync(empty.root, { recursive: true, force: true });
    }
  });

  // A page whose `lang` its folder contradicts stopped its own render with the build's message, without the line the
  // build gives it ("content/stories/x.mdx: lang: …" where the build says "line 4: lang: …"), and the loader held
  // nothing for it.
  it("holds a page whose lang contradicts its folder, naming the field's line, as the build does", async () => {
    fixture.write('content/stories/en-francais.mdx', story.replace('date: 2026-01-05', 'lang: fr\ndate: 2026-01-05'));
    const watcher = await start();
    try {
      expect(pageProblemsHeld()?.message).toBe(
        'content/stories/en-francais.mdx: line 4: lang: "fr" does not match the file\'s folder (content/stories/ holds en pages): move the file to content/stories/fr/',
      );
    } finally {
      rmSync(join(fixture.root, 'content/stories/en-francais.mdx'), { force: true });
      watcher.emit('unlink', join(fixture.root, 'content/stories/en-francais.mdx'));
      watcher.removeAllListeners();
    }
  });

  it('lets go of a slug used twice once the page named in the message is renamed', async () => {
    fixture.write('content/stories/twice.mdx', story);
    fixture.write('content/stories/twice/index.mdx', story);
    const watcher = await start();
    try {
      const said = pageProblemsHeld()?.message ?? '';
      const held = /^(content\/stories\/\S+): slug: "twice" is already used by (content\/stories\/\S+):/.exec(said);
      expect(held, said).not.toBeNull();
      // The editor renames the other page, the one the message names.
      const other = held![2]!;
      renameSync(join(fixture.root, other), join(fixture.root, 'content/stories/twice-again.mdx'));
      watcher.emit('unlink', join(fixture.root, other));
      watcher.emit('add', join(fixture.root, 'content/stories/twice-again.mdx'));
      expect(pageProblemsHeld()?.message).toBeUndefined();
    } finally {
      for (const file of [
        'content/stories/twice/index.mdx',
        'content/stories/twice.mdx',
        'content/stories/twice-again.mdx',
      ]) {
        rmSync(join(fixture.root, file), { force: true });
        watcher.emit('unlink', join(fixture.root, file));
      }
      watcher.removeAllListeners();
    }
  });

  it('lets go of a Markdown page’s problem once it is renamed to .mdx or removed', async () => {
    fixture.write('content/stories/written.md', story);
    const watcher = await start();
    try {
      expect(hasPageProblems('content/stories/written.md')).toBe(true);
      expect(pageProblemsHeld()?.message).toContain('rename it to written.mdx');
      renameSync(join(fixture.root, 'content/stories/written.md'), join(fixture.root, 'content/stories/written.mdx'));
      watcher.emit('unlink', join(fixture.root, 'content/stories/written.md'));
      watcher.emit('add', join(fixture.root, 'content/stories/written.mdx'));
      expect(pageProblemsHeld()?.message).toBeUndefined();

      // One added while the server runs is shown, as the build would stop on it, and goes with the file.
      fixture.write('content/stories/other.markdown', story);
      watcher.emit('add', join(fixture.root, 'content/stories/other.markdown'));
      expect(pageProblemsHeld()?.message).toContain('rename it to other.mdx');
      rmSync(join(fixture.root, 'content/stories/other.markdown'));
      watcher.emit('unlink', join(fixture.root, 'content/stories/other.markdown'));
      expect(pageProblemsHeld()).toBeUndefined();
    } finally {
      // A failed step leaves no page behind for the next test, nor its listeners.
      for (const file of [
        'content/stories/written.md',
        'content/stories/written.mdx',
        'content/stories/other.markdown',
      ]) {
        rmSync(join(fixture.root, file), { force: true });
        watcher.emit('unlink', join(fixture.root, file));
      }
      watcher.removeAllListeners();
    }
  });
});

describe('the dev server’s page loader, for the datasets pages name', () => {
  const fixture = makeFixture({ copyDemo: false });
  afterAll(() => rmSync(fixture.root, { recursive: true, force: true }));

  // The build stops on a page whose datasets: or a link names a dataset that is not there; the dev server checked the
  // pages' links only when a page changed, and not datasets:, so a dataset renamed while it ran went unsaid.
  it('shows a dataset renamed while it runs on the page naming it in datasets: and in a link, until it is named back', async () => {
    fixture.write(
      'data/figures.json',
      readFileSync(join(import.meta.dirname, '../../data/headline-figures.json'), 'utf8'),
    );
    fixture.write(
      'content/stories/uses-figures.mdx',
      story
        .replace('tags: [fixture]', 'tags: [fixture]\ndatasets: [figures]')
        .replace('Prose.', 'See [the figures](/data/figures/).'),
    );
    const watcher = await startLoader(fixture.root);
    const page = '/stories/uses-figures/';
    try {
      expect(linkProblemsAt(page)).toBeUndefined();
      renameSync(join(fixture.root, 'data/figures.json'), join(fixture.root, 'data/figure.json'));
      watcher.emit('unlink', join(fixture.root, 'data/figures.json'));
      watcher.emit('add', join(fixture.root, 'data/figure.json'));
      const said = linkProblemsAt(page)?.message ?? '';
      expect(said).toContain(
        'content/stories/uses-figures.mdx: line 8: datasets[0]: unknown dataset "figures": did you mean "figure"?',
      );
      expect(said).toContain(
        'content/stories/uses-figures.mdx: line 11: link: /data/figures/: unknown dataset "figures": did you mean "figure"?',
      );
      renameSync(join(fixture.root, 'data/figure.json'), join(fixture.root, 'data/figures.json'));
      watcher.emit('unlink', join(fixture.root, 'data/figure.json'));
      watcher.emit('add', join(fixture.root, 'data/figures.json'));
      expect(linkProblemsAt(page)).toBeUndefined();
    } finally {
      watcher.removeAllListeners();
    }
  });
});

describe('the dev server’s page loader, for the sources pages cite', () => {
  const fixture = makeFixture({ copyDemo: false });
  afterAll(() => rmSync(fixture.root, { recursive: true, force: true }));

  // The build stops on a citation of a source data/sources.json lacks; the dev server shows it on the page, and must
  // let go of it when the source is added, a save of data/sources.json alone.
  it('shows a source cited before data/sources.json has it, until it is saved with it', async () => {
    fixture.write('content/stories/cites.mdx', story.replace('Prose.', 'Prose <Cite id="fixture-report" />.'));
    const watcher = await startLoader(fixture.root);
    const page = '/stories/cites/';
    try {
      expect(linkProblemsAt(page)?.message).toContain(
        'content/stories/cites.mdx: line 10: <Cite id>: unknown source "fixture-report"',
      );
      const source = {
        publisher: 'Fixture publisher',
        title: 'A fixture report',
        url: 'https://example.org/fixture-report',
        date: '2026-01-01',
        kind: 'ngo-report',
      };
      fixture.write('data/sources.json', JSON.stringify({ 'fixture-report': source }));
      watcher.emit('change', join(fixture.root, 'data/sources.json'));
      expect(linkProblemsAt(page)).toBeUndefined();
    } finally {
      watcher.removeAllListeners();
      fixture.write('data/sources.json', '{}');
      rmSync(join(fixture.root, 'content/stories/cites.mdx'), { force: true });
    }
  });
});

describe('the dev server’s page loader, for the datasets against the sources', () => {
  const fixture = makeFixture({ copyDemo: false });
  afterAll(() => rmSync(fixture.root, { recursive: true, force: true }));

  // The build stops on a dataset naming a source data/sources.json lacks, and on two datasets under one title; the
  // dev server served them without a word.
  it('shows a dataset naming a source not listed, a second dataset under its title and one in a folder of data/, on every page until fixed', async () => {
    const figures = JSON.parse(
      readFileSync(join(import.meta.dirname, '../../data/headline-figures.json'), 'utf8'),
    ) as Record<string, unknown>;
    const sources = readFileSync(join(import.meta.dirname, '../../data/sources.json'), 'utf8');
    fixture.write('data/sources.json', sources);
    fixture.write('data/figures.json', JSON.stringify(figures));
    fixture.write('content/stories/a-story.mdx', story);
    const said: string[] = [];
    const watcher = await startLoader(fixture.root, { logger: { error: (message: string) => said.push(message) } });
    try {
      expect(siteProblemsHeld()).toBeUndefined();
      fixture.write('data/figures.json', JSON.stringify({ ...figures, sources: ['no-such-report'] }));
      watcher.emit('change', join(fixture.root, 'data/figures.json'));
      const unknown =
        'data/figures.json: sources[0]: unknown source "no-such-report": add it to data/sources.json or fix the id';
      expect(siteProblemsHeld()?.message).toBe(unknown);
      fixture.write('data/figures.json', JSON.stringify(figures));
      watcher.emit('change', join(fixture.root, 'data/figures.json'));
      expect(siteProblemsHeld()).toBeUndefined();
      fixture.write('data/figures-again.json', JSON.stringify(figures));
      watcher.emit('add', join(fixture.root, 'data/figures-again.json'));
      const twice = `data/figures.json: title: "${figures.title as string}" is also the title of data/figures-again.json: lists and search name a dataset by its title, so readers could not tell the two apart; give each its own title`;
      expect(siteProblemsHeld()?.message).toBe(twice);
      // Printed once each, as they came.
      watcher.emit('change', join(fixture.root, 'content/stories/a-story.mdx'));
      expect(said).toEqual([unknown, twice]);
      rmSync(join(fixture.root, 'data/figures-again.json'));
      watcher.emit('unlink', join(fixture.root, 'data/figures-again.json'));
      expect(siteProblemsHeld()).toBeUndefined();
      // One in a folder of data/, which Astro does not read.
      fixture.write('data/archive/figures-old.json', JSON.stringify({ ...figures, title: 'Older figures' }));
      watcher.emit('add', join(fixture.root, 'data/archive/figures-old.json'));
      expect(siteProblemsHeld()?.message).toMatch(
        /^data\/archive\/figures-old\.json: file name: datasets are read from data\/ itself, not from its folders/,
      );
      rmSync(join(fixture.root, 'data/archive'), { recursive: true });
      watcher.emit('unlinkDir', join(fixture.root, 'data/archive'));
      expect(siteProblemsHeld()).toBeUndefined();
    } finally {
      watcher.removeAllListeners();
      rmSync(join(fixture.root, 'data/figures-again.json'), { force: true });
      rmSync(join(fixture.root, 'data/archive'), { recursive: true, force: true });
      rmSync(join(fixture.root, 'content/stories/a-story.mdx'), { force: true });
    }
  });
});

describe('the dev server’s page loader, for the images of public/', () => {
  const fixture = makeFixture({ copyDemo: false });
  afterAll(() => rmSync(fixture.root, { recursive: true, force: true }));

  // The build stops on an image from public/ that is not there; the dev server read public/ only when the page was
  // saved, so an image added after the story (the usual order) was said to be missing until then, and one removed
  // went unsaid.
  it('shows an image of public/ missing from the page showing it, until it is added, and again once it is removed', async () => {
    // The checks look in the project's own public/ folder: a file of this run's, removed after it.
    const name = `casefile-page-loader-test-${process.pid}.svg`;
    const image = join(repoRoot, 'public', name);
    fixture.write('content/stories/a-map.mdx', story.replace('Prose.', `![A map drawn for the test](/${name})`));
    const watcher = await startLoader(fixture.root);
    const page = '/stories/a-map/';
    const missing = `content/stories/a-map.mdx: line 10: image: no file public/${name}: expected the image in public/ (check the name and its case)`;
    try {
      expect(linkProblemsAt(page)?.message).toBe(missing);
      writeFileSync(image, '<svg xmlns="http://www.w3.org/2000/svg" width="2" height="1"></svg>');
      watcher.emit('add', image);
      expect(linkProblemsAt(page)).toBeUndefined();
      rmSync(image);
      watcher.emit('unlink', image);
      expect(linkProblemsAt(page)?.message).toBe(missing);
    } finally {
      watcher.removeAllListeners();
      rmSync(image, { force: true });
      rmSync(join(fixture.root, 'content/stories/a-map.mdx'), { force: true });
    }
  });
});

describe('the dev server’s page loader, for the build’s notes', () => {
  const fixture = makeFixture({ copyDemo: false });
  afterAll(() => rmSync(fixture.root, { recursive: true, force: true }));

  // The build prints notes (what does not stop it, but an editor should read) at every build; the dev server printed
  // none. Printed once each, as the build words them, not again at each save while they last.
  it('prints each of the build’s notes once, in its words, as the change that causes it comes', async () => {
    const lone = 'content/stories/fr/sans-original.mdx';
    fixture.write('content/stories/a-story.mdx', story);
    const said: string[] = [];
    const watcher = await startLoader(fixture.root, { logger: { warn: (message: string) => said.push(message) } });
    try {
      expect(said).toEqual([]);
      fixture.write(lone, story.replace('title: A fixture story', 'title: Une histoire sans original'));
      watcher.emit('add', join(fixture.root, lone));
      const notes = validateProject(fixture.root).notes.map((note) => `note: ${note.message}`);
      expect(notes).toEqual([expect.stringMatching(/^note: content\/stories\/fr\/sans-original\.mdx: /)]);
      expect(said).toEqual(notes);
      watcher.emit('change', join(fixture.root, lone));
      watcher.emit('change', join(fixture.root, 'content/stories/a-story.mdx'));
      expect(said).toEqual(notes);
    } finally {
      watcher.removeAllListeners();
      for (const file of [lone, 'content/stories/a-story.mdx']) rmSync(join(fixture.root, file), { force: true });
    }
  });
});

describe('the dev server’s page loader, for a page added at an address in use', () => {
  const fixture = makeFixture({ copyDemo: false });
  afterAll(() => rmSync(fixture.root, { recursive: true, force: true }));

  // The build stops on two pages with one address; one added while the server ran was read alone, and went unsaid.
  it.each([
    [
      'content/stories/twice/index.mdx',
      'content/stories/twice.mdx',
      'content/stories/twice/index.mdx: slug: "twice" is already used by content/stories/twice.mdx',
    ],
    [
      'content/stories/twice.mdx',
      'content/stories/twice/index.mdx',
      'content/stories/twice/index.mdx: slug: "twice" is already used by content/stories/twice.mdx',
    ],
    [
      'content/stories/fr/deux/index.mdx',
      'content/stories/fr/deux.mdx',
      'content/stories/fr/deux/index.mdx: slug: "fr/deux" is already used by content/stories/fr/deux.mdx',
    ],
  ])('shows %s beside %s, added while it runs, until the page added goes', async (there, added, said) => {
    fixture.write(there, story);
    const watcher = await startLoader(fixture.root);
    try {
      expect(pageProblemsHeld()).toBeUndefined();
      fixture.write(added, story);
      watcher.emit('add', join(fixture.root, added));
      expect(pageProblemsHeld()?.message).toContain(said);
      rmSync(join(fixture.root, added));
      watcher.emit('unlink', join(fixture.root, added));
      expect(pageProblemsHeld()).toBeUndefined();
    } finally {
      for (const file of [there, added]) {
        rmSync(join(fixture.root, file), { force: true });
        watcher.emit('unlink', join(fixture.root, file));
      }
      watcher.removeAllListeners();
    }
  });
});

describe('the dev server’s page loader, at an embargo’s moment', () => {
  const fixture = makeFixture({ copyDemo: false });
  const pinned = process.env.CASEFILE_NOW;
  afterAll(() => rmSync(fixture.root, { recursive: true, force: true }));
  afterEach(() => {
    vi.useRealTimers();
    process.env.CASEFILE_NOW = pinned;
  });

  // What is public was decided when the content changed: a page whose embargo lifted while the server ran stayed
  // withheld, and a link to it an error, until the next save.
  it('looks at what is public again when an embargo lifts, without a change, and has Astro read it again', async () => {
    // The machine's clock, which the dev server reads (CASEFILE_NOW pins it, and no embargo lifts), faked.
    delete process.env.CASEFILE_NOW;
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    vi.setSystemTime(new Date('2026-11-22T12:00:00Z'));
    fixture.write(
      'content/stories/soon.mdx',
      story.replace('tags: [fixture]', 'tags: [fixture]\nembargo: 2026-11-22T12:00:05Z'),
    );
    fixture.write('content/stories/linking.mdx', story.replace('Prose.', 'See [the next story](/stories/soon/).'));
    const said: string[] = [];
    const meta = new Map<string, string>();
    const watcher = await startLoader(fixture.root, {
      logger: { info: (message: string) => said.push(message) },
      meta,
    });
    try {
      expect(linkProblemsAt('/stories/linking/')?.message).toContain(
        '/stories/soon/ is embargoed until 2026-11-22T12:00:05Z',
      );
      vi.advanceTimersByTime(4_999);
      expect(meta.size).toBe(0);
      vi.advanceTimersByTime(1);
      expect(linkProblemsAt('/stories/linking/')).toBeUndefined();
      expect(said).toEqual([
        'content/stories/soon.mdx: embargo lifted at 2026-11-22T12:00:05Z: shown as published from now on',
      ]);
      // A change in Astro's content store, which has it drop the routes' lists and reload the pages, as a save does.
      expect([...meta]).toEqual([['embargo-lifted', '2026-11-22T12:00:05Z']]);
    } finally {
      for (const file of ['content/stories/soon.mdx', 'content/stories/linking.mdx']) {
        rmSync(join(fixture.root, file), { force: true });
        watcher.emit('unlink', join(fixture.root, file));
      }
      watcher.removeAllListeners();
    }
  });
});

describe('the dev server’s page loader, for the translations of a page', () => {
  const fixture = makeFixture({ copyDemo: false });
  afterAll(() => rmSync(fixture.root, { recursive: true, force: true }));

  // The build stops on two translations of one original into one language; the dev server served both without a word.
  it('shows a second French translation of one original, added while it runs, until it goes', async () => {
    const translation = story.replace('title: A fixture story', 'title: Une histoire');
    fixture.write('content/stories/original.mdx', story);
    fixture.write('content/stories/fr/original.mdx', translation);
    const second = 'content/stories/fr/une-autre.mdx';
    const said: string[] = [];
    const watcher = await startLoader(fixture.root, { logger: { error: (message: string) => said.push(message) } });
    try {
      expect(siteProblemsHeld()).toBeUndefined();
      fixture.write(second, translation.replace(/^---\n/, '---\ntranslationKey: original\n'));
      watcher.emit('add', join(fixture.root, second));
      const problem =
        'content/stories/fr/une-autre.mdx: file name: two French translations of content/stories/original.mdx: content/stories/fr/original.mdx and content/stories/fr/une-autre.mdx; keep one';
      expect(siteProblemsHeld()?.message).toBe(problem);
      // Printed once, not at each change after.
      watcher.emit('change', join(fixture.root, 'content/stories/original.mdx'));
      expect(said).toEqual([problem]);
      rmSync(join(fixture.root, second));
      watcher.emit('unlink', join(fixture.root, second));
      expect(siteProblemsHeld()).toBeUndefined();
    } finally {
      for (const file of ['content/stories/original.mdx', 'content/stories/fr/original.mdx', second]) {
        rmSync(join(fixture.root, file), { force: true });
        watcher.emit('unlink', join(fixture.root, file));
      }
      watcher.removeAllListeners();
    }
  });

  // The build stops on two pages of one language under one title and on an update dated before its page; the dev
  // server served them without a word.
  it('shows a copy under the same title and an update dated before its page, added while it runs, until they are fixed', async () => {
    const copy = 'content/stories/original-copy.mdx';
    fixture.write('content/stories/original.mdx', story);
    const said: string[] = [];
    const watcher = await startLoader(fixture.root, { logger: { error: (message: string) => said.push(message) } });
    try {
      expect(siteProblemsHeld()).toBeUndefined();
      fixture.write(copy, story.replace('date: 2026-01-05', 'date: 2026-01-05\nupdated: 2026-01-04'));
      watcher.emit('add', join(fixture.root, copy));
      const problems = [
        "content/stories/original-copy.mdx: line 5: updated: 2026-01-04 is before the page's date, 2026-01-05: expected a day on or after it",
        'content/stories/original-copy.mdx: line 2: title: "A fixture story" is also the title of content/stories/original.mdx: lists, search and feeds would show two stories under one headline, which readers could not tell apart: give each its own, or remove the copy',
      ];
      expect(siteProblemsHeld()?.message).toBe(problems.join('\n'));
      expect(said).toEqual(problems);
      fixture.write(copy, story.replace('title: A fixture story', 'title: Another fixture story'));
      watcher.emit('change', join(fixture.root, copy));
      expect(siteProblemsHeld()).toBeUndefined();
    } finally {
      for (const file of ['content/stories/original.mdx', copy]) {
        rmSync(join(fixture.root, file), { force: true });
        watcher.emit('unlink', join(fixture.root, file));
      }
      watcher.removeAllListeners();
    }
  });

  // The build stops on a page in content/ outside stories/ and cases/, which it would not publish; the dev server
  // watched those two folders only.
  it('shows a page added in content/ outside stories/ and cases/, until its folder goes', async () => {
    const page = 'content/fr/stories/hors-de-sa-place.mdx';
    const watcher = await startLoader(fixture.root);
    try {
      expect(siteProblemsHeld()).toBeUndefined();
      fixture.write(page, story.replace('title: A fixture story', 'title: Une histoire'));
      watcher.emit('add', join(fixture.root, page));
      expect(siteProblemsHeld()?.message).toMatch(/^content\/fr\/stories\/hors-de-sa-place\.mdx: not read: /);
      rmSync(join(fixture.root, 'content/fr'), { recursive: true });
      watcher.emit('unlinkDir', join(fixture.root, 'content/fr'));
      expect(siteProblemsHeld()).toBeUndefined();
    } finally {
      rmSync(join(fixture.root, 'content/fr'), { recursive: true, force: true });
      watcher.removeAllListeners();
    }
  });

  // The build stops on two lead stories, a folder that is no language's and a page named with underscores; the dev
  // server served them.
  it('shows a second lead story, a folder that is no language’s and a file name with underscores, added while it runs, until they go', async () => {
    const lead = story.replace(/^---\n/, '---\nlead: true\n');
    fixture.write('content/stories/first-lead.mdx', lead);
    const said: string[] = [];
    const watcher = await startLoader(fixture.root, { logger: { error: (message: string) => said.push(message) } });
    const added = [
      'content/stories/second-lead.mdx',
      'content/stories/archive/old.mdx',
      'content/stories/how_it_works.mdx',
    ];
    try {
      expect(siteProblemsHeld()).toBeUndefined();
      fixture.write(added[0]!, lead.replace('title: A fixture story', 'title: A second lead'));
      fixture.write(added[1]!, story.replace('title: A fixture story', 'title: An old story'));
      fixture.write(added[2]!, story.replace('title: A fixture story', 'title: How it works'));
      for (const file of added) watcher.emit('add', join(fixture.root, file));
      const held = siteProblemsHeld()?.message.split('\n') ?? [];
      expect(held).toEqual([
        expect.stringMatching(/^content\/stories\/archive\/: folder: /),
        "content/stories/how_it_works.mdx: file name: it is the page's address: use lower-case letters, digits and hyphens, e.g. rename it to how-it-works.mdx",
        'content/stories/first-lead.mdx: line 2: lead: only one story can be the lead, and content/stories/second-lead.mdx says lead: true too: keep it on one',
        'content/stories/second-lead.mdx: line 2: lead: only one story can be the lead, and content/stories/first-lead.mdx says lead: true too: keep it on one',
      ]);
      // Each printed once, as its page came: the second lead first.
      expect(said).toEqual([held[2], held[3], held[0], held[1]]);
      for (const file of added) {
        rmSync(join(fixture.root, file));
        watcher.emit('unlink', join(fixture.root, file));
      }
      expect(siteProblemsHeld()).toBeUndefined();
    } finally {
      for (const file of ['content/stories/first-lead.mdx', ...added]) {
        rmSync(join(fixture.root, file), { force: true });
        watcher.emit('unlink', join(fixture.root, file));
      }
      rmSync(join(fixture.root, 'content/stories/archive'), { recursive: true, force: true });
      watcher.removeAllListeners();
    }
  });
});
