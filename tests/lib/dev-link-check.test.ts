/**
 * The dev server's link checks (src/lib/dev-link-check.ts) read the project once and then check again only what a
 * change can change: after each change, what they hold must be what the whole preflight (validateProject) says of the
 * links, case files and datasets the pages name, word for word, by the linking page.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeFixture, repoRoot } from '../helpers/build.ts';
import { linkCheck } from '../../src/lib/dev-link-check.ts';
import { validateProject } from '../../src/lib/validate-project.ts';
import { entryHref } from '../../src/lib/translations.ts';
import { newStory } from '../../src/lib/new-story.ts';
import type { ContentError } from '../../src/lib/content-error.ts';

/** The preflight's problems of the links between pages and of the components naming a dataset, by the linking page's address. */
function preflight(root: string): Record<string, string[]> {
  const { project, errors } = validateProject(root);
  const addresses = new Map<string, string>();
  for (const [kind, entries] of [
    ['story', project.stories],
    ['case', project.cases],
  ] as const) {
    for (const entry of entries) addresses.set(entry.file, entryHref(kind, entry));
  }
  const found: Record<string, string[]> = {};
  for (const error of errors) {
    const address = addresses.get(error.file);
    if (!address || !/^line \d+: (?:link|cases\[\d+\]|datasets\[\d+\]|<(?:Fact|Chart)>.*)$/.test(error.field)) continue;
    (found[address] ??= []).push(error.message);
  }
  return sorted(found);
}

const sorted = (found: Record<string, string[]>) =>
  Object.fromEntries(
    Object.entries(found)
      .sort()
      .map(([address, messages]) => [address, messages.toSorted()]),
  );
const held = (problems: Map<string, ContentError[]>) =>
  sorted(Object.fromEntries([...problems].map(([address, list]) => [address, list.map((one) => one.message)])));

describe('the dev server’s link checks', () => {
  const fixture = makeFixture();
  afterAll(() => rmSync(fixture.root, { recursive: true, force: true }));
  const at = (file: string) => join(fixture.root, file);

  // The pages naming an address that came or went are found by its name in their text, which a link may escape.
  it('check again a link written with %-escapes to a page renamed', () => {
    const story = `---\ntitle: 'A café'\nsummary: 'A page with an accent in its name.'\ndate: 2026-02-06\nauthors: ['Casefile demo desk']\n---\n\nText.\n`;
    fixture.write('content/stories/café.mdx', story);
    fixture.write(
      'content/stories/to-the-cafe.mdx',
      story.replace('A café', 'To the place').replace('Text.', 'See [the place](/stories/caf%C3%A9/).'),
    );
    try {
      const check = linkCheck(fixture.root);
      expect(check.problems().size).toBe(0);
      renameSync(at('content/stories/café.mdx'), at('content/stories/cafe-renamed.mdx'));
      check.pageChanged('content/stories/café.mdx');
      check.pageChanged('content/stories/cafe-renamed.mdx');
      expect(held(check.problems())['/stories/to-the-cafe/']?.join('\n')).toContain(
        '/stories/caf%C3%A9/: no story has this address',
      );
      expect(held(check.problems())).toEqual(preflight(fixture.root));
    } finally {
      for (const name of ['café', 'cafe-renamed', 'to-the-cafe'])
        rmSync(at(`content/stories/${name}.mdx`), { force: true });
    }
  });

  it('say what the preflight says after each page or dataset renamed, drafted and restored', () => {
    const check = linkCheck(fixture.root);
    expect(held(check.problems())).toEqual(preflight(fixture.root));
    const moves: [string, string][] = [
      ['content/cases/igor-pestrikov.mdx', 'content/cases/igor-pestrikow.mdx'],
      ['content/stories/safeguards-added-and-quietly-dropped.mdx', 'content/stories/safeguards-added.mdx'],
    ];
    for (const [from, to] of moves) {
      renameSync(at(from), at(to));
      check.pageChanged(from);
      check.pageChanged(to);
      expect(held(check.problems())).toEqual(preflight(fixture.root));
    }
    expect(Object.keys(held(check.problems())).length).toBeGreaterThan(2);
    renameSync(at('data/red-notices-issued.json'), at('data/red-notices-issue.json'));
    check.datasetsChanged();
    const broken = held(check.problems())['/stories/two-decades-of-red-notices/'] ?? [];
    expect(broken.join('\n')).toContain('/data/red-notices-issued/: unknown dataset "red-notices-issued"');
    expect(broken.join('\n')).toContain('datasets[0]: unknown dataset "red-notices-issued"');
    expect(held(check.problems())).toEqual(preflight(fixture.root));
    // Put back, one by one; then a page linked to becomes a draft.
    renameSync(at('data/red-notices-issue.json'), at('data/red-notices-issued.json'));
    check.datasetsChanged();
    expect(held(check.problems())).toEqual(preflight(fixture.root));
    for (const [from, to] of moves.toReversed()) {
      renameSync(at(to), at(from));
      check.pageChanged(to);
      check.pageChanged(from);
      expect(held(check.problems())).toEqual(preflight(fixture.root));
    }
    expect(check.problems().size).toBe(0);
    const linked = 'content/stories/safeguards-added-and-quietly-dropped.mdx';
    const text = readFileSync(at(linked), 'utf8');
    writeFileSync(at(linked), text.replace(/^---\n/, '---\ndraft: true\n'));
    check.pageChanged(linked);
    expect(held(check.problems())['/stories/the-interpol-files/']?.join('\n')).toContain(
      '/stories/safeguards-added-and-quietly-dropped/ is a draft',
    );
    expect(held(check.problems())).toEqual(preflight(fixture.root));
    writeFileSync(at(linked), text);
    check.pageChanged(linked);
    expect(check.problems().size).toBe(0);
  });

  // No file changes when an embargo lifts: the link to the page, an error until then, must go at that moment.
  it('say what the preflight says once the clock has passed the embargo of a page linked to', () => {
    const linked = 'content/stories/safeguards-added-and-quietly-dropped.mdx';
    const text = readFileSync(at(linked), 'utf8');
    const pinned = process.env.CASEFILE_NOW;
    writeFileSync(at(linked), text.replace(/^---\n/, '---\nembargo: 2026-11-22T12:00:05Z\n'));
    try {
      process.env.CASEFILE_NOW = '2026-11-22T12:00:00Z';
      const check = linkCheck(fixture.root);
      expect(held(check.problems())['/stories/the-interpol-files/']?.join('\n')).toContain(
        '/stories/safeguards-added-and-quietly-dropped/ is embargoed until 2026-11-22T12:00:05Z',
      );
      expect(held(check.problems())).toEqual(preflight(fixture.root));
      expect(check.embargoes()).toEqual([{ file: linked, lifts: new Date('2026-11-22T12:00:05Z') }]);
      process.env.CASEFILE_NOW = '2026-11-22T12:00:05Z';
      check.timePassed();
      expect(held(check.problems())).toEqual(preflight(fixture.root));
      expect(check.problems().size).toBe(0);
    } finally {
      process.env.CASEFILE_NOW = pinned;
      writeFileSync(at(linked), text);
    }
  });

  // A French page linking an English story is told to link its French translation once there is one: the translation
  // is found by its key, under a name the French page's text does not hold.
  it('say what the preflight says of a French link to an English story, once the story is translated and until the translation goes', () => {
    const original = readFileSync(at('content/stories/safeguards-added-and-quietly-dropped.mdx'), 'utf8');
    const translation = 'content/stories/fr/protections-levees.mdx';
    const check = linkCheck(fixture.root);
    try {
      expect(check.problems().size).toBe(0);
      writeFileSync(
        at(translation),
        original
          .replace(/^title: .*$/m, "title: 'Des garde-fous ajoutés, puis assouplis'")
          .replace(/^summary: .*$/m, "summary: 'Interpol a renforcé ses contrôles, puis les a assouplis.'")
          .replace(/^---\n/, '---\ntranslationKey: safeguards-added-and-quietly-dropped\n'),
      );
      check.pageChanged(translation);
      // The line of the French story's link, wherever an edit of its prose has moved it.
      const line =
        readFileSync(at('content/stories/fr/the-interpol-files.mdx'), 'utf8')
          .split('\n')
          .findIndex((text) => text.includes('](/stories/safeguards-added-and-quietly-dropped/')) + 1;
      expect(line).toBeGreaterThan(0);
      expect(held(check.problems())['/fr/stories/the-interpol-files/']).toEqual([
        `content/stories/fr/the-interpol-files.mdx: line ${line}: link: /stories/safeguards-added-and-quietly-dropped/ is the story's English page, and this page is in French: its French page is /fr/stories/protections-levees/: write that, so that the reader stays in French`,
      ]);
      expect(held(check.problems())).toEqual(preflight(fixture.root));
    } finally {
      rmSync(at(translation), { force: true });
    }
    check.pageChanged(translation);
    expect(held(check.problems())['/fr/stories/the-interpol-files/']).toBeUndefined();
    expect(held(check.problems())).toEqual(preflight(fixture.root));
  });

  // The build stops on two translations of one original into one language; the dev server served both without a word.
  it('say what the preflight says of two translations of one original into one language, until one goes', () => {
    const translation = readFileSync(at('content/stories/fr/the-interpol-files.mdx'), 'utf8');
    const second = 'content/stories/fr/une-autre-version.mdx';
    const twice = () =>
      validateProject(fixture.root)
        .errors.filter((error) => / translations of /.test(error.detail))
        .map((error) => error.message);
    const check = linkCheck(fixture.root);
    try {
      expect(check.translationProblems()).toEqual([]);
      writeFileSync(at(second), translation.replace(/^---\n/, '---\ntranslationKey: the-interpol-files\n'));
      check.pageChanged(second);
      const said = check.translationProblems().map((problem) => problem.message);
      expect(said).toEqual([
        'content/stories/fr/une-autre-version.mdx: file name: two French translations of content/stories/the-interpol-files.mdx: content/stories/fr/the-interpol-files.mdx and content/stories/fr/une-autre-version.mdx; keep one',
      ]);
      expect(said).toEqual(twice());
    } finally {
      rmSync(at(second), { force: true });
    }
    check.pageChanged(second);
    expect(check.translationProblems()).toEqual([]);
  });

  // The build stops on a translation linked to no original, published before its original, or stating other facts
  // of a case; the dev server showed only two translations of one original.
  it('say what the preflight says of every translation it stops on, each until it is fixed', () => {
    /** The preflight's errors in the translation checks' fields, in its order. */
    const translationErrors = () =>
      validateProject(fixture.root)
        .errors.filter((error) =>
          /^(?:line \d+: )?(?:translationKey|file name|draft|embargo|country|status|notice)$/.test(error.field),
        )
        .map((error) => error.message);
    const edits: [file: string, from: RegExp, to: string, said: string][] = [
      [
        'content/stories/fr/the-interpol-files.mdx',
        /^---\n/,
        '---\ntranslationKey: the-interpol-file\n',
        'content/stories/fr/the-interpol-files.mdx: line 2: translationKey: no original has the key "the-interpol-file" (an original\'s key is its translationKey, else its file name): did you mean "the-interpol-files"? known: safeguards-added-and-quietly-dropped, the-interpol-files, the-watchdog-and-its-caseload, two-decades-of-red-notices',
      ],
      [
        'content/stories/the-interpol-files.mdx',
        /^---\n/,
        '---\ndraft: true\n',
        'content/stories/fr/the-interpol-files.mdx: draft: would be published while its original content/stories/the-interpol-files.mdx is a draft: write draft: true here too',
      ],
      [
        'content/stories/the-interpol-files.mdx',
        /^---\n/,
        '---\nembargo: 2026-11-23T08:00:00Z\n',
        'content/stories/fr/the-interpol-files.mdx: embargo: would be published while its original content/stories/the-interpol-files.mdx is embargoed until 2026-11-23T08:00:00Z: give it the same embargo (embargo: 2026-11-23T08:00:00Z)',
      ],
      [
        'content/cases/fr/igor-pestrikov.mdx',
        /^country: RU$/m,
        'country: KG',
        'content/cases/fr/igor-pestrikov.mdx: line 7: country: KG, where its original content/cases/igor-pestrikov.mdx says RU: a translation states the same facts; update the one that is out of date',
      ],
    ];
    const check = linkCheck(fixture.root);
    expect(check.translationProblems()).toEqual([]);
    for (const [file, from, to, said] of edits) {
      const text = readFileSync(at(file), 'utf8');
      try {
        writeFileSync(at(file), text.replace(from, to));
        check.pageChanged(file);
        const messages = check.translationProblems().map((problem) => problem.message);
        expect(messages).toEqual(said ? [said] : []);
        expect(messages).toEqual(translationErrors());
      } finally {
        writeFileSync(at(file), text);
      }
      check.pageChanged(file);
      expect(check.translationProblems()).toEqual([]);
    }
    // An original whose frontmatter fails its checks is said to be wrong, as such (on every page): its translation is
    // not also told that no original has its key.
    const translation = 'content/stories/fr/vingt-ans.mdx';
    const original = 'content/stories/two-decades-of-red-notices.mdx';
    const text = readFileSync(at(original), 'utf8');
    try {
      fixture.write(
        translation,
        readFileSync(at('content/stories/fr/the-interpol-files.mdx'), 'utf8').replace(
          /^---\n/,
          '---\ntranslationKey: two-decades-of-red-notices\n',
        ),
      );
      writeFileSync(at(original), text.replace(/^title: .*$/m, 'title: 42'));
      check.pageChanged(translation);
      check.pageChanged(original);
      expect(check.translationProblems()).toEqual([]);
      expect(translationErrors()).toEqual([]);
    } finally {
      rmSync(at(translation), { force: true });
      writeFileSync(at(original), text);
    }
    check.pageChanged(translation);
    check.pageChanged(original);
    expect(check.translationProblems()).toEqual([]);
  });
});

describe('the dev server’s checks of dates and titles', () => {
  const fixture = makeFixture();
  afterAll(() => rmSync(fixture.root, { recursive: true, force: true }));
  const at = (file: string) => join(fixture.root, file);
  /** The preflight's errors in `fields`, in its order. */
  const preflightErrors = (fields: RegExp) =>
    validateProject(fixture.root)
      .errors.filter((error) => fields.test(error.field.replace(/^line \d+: /, '')))
      .map((error) => error.message);
  const dateFields = /^(?:updated|corrections\[\d+\]\.date)$/;

  // The build stops on an update or a correction dated before the page (or its original); the dev server did not say.
  it('say what the preflight says of a page dated after its update or correction, or a translation’s correction dated before a change of its original’s date, until fixed', () => {
    const check = linkCheck(fixture.root);
    expect(check.dateProblems()).toEqual([]);
    const watchdog = 'content/stories/the-watchdog-and-its-caseload.mdx';
    const edits: [from: RegExp, to: string, said: string][] = [
      [
        /^date: 2026-02-27$/m,
        'date: 2026-02-27\nupdated: 2026-02-20',
        "content/stories/the-watchdog-and-its-caseload.mdx: line 5: updated: 2026-02-20 is before the page's date, 2026-02-27: expected a day on or after it",
      ],
      // With a field misspelt, which leaves the page unread until fixed: said with it, not after it.
      [
        /^date: 2026-02-27$/m,
        'date: 2026-02-27\nupdated: 2026-02-20\ntagz: [ccf]',
        "content/stories/the-watchdog-and-its-caseload.mdx: line 5: updated: 2026-02-20 is before the page's date, 2026-02-27: expected a day on or after it",
      ],
      [
        /- date: 2026-11-22$/m,
        '- date: 2026-01-22',
        "content/stories/the-watchdog-and-its-caseload.mdx: line 11: corrections[0].date: 2026-01-22 is before the page's date, 2026-02-27: expected a day on or after it",
      ],
    ];
    const text = readFileSync(at(watchdog), 'utf8');
    for (const [from, to, said] of edits) {
      try {
        writeFileSync(at(watchdog), text.replace(from, to));
        check.pageChanged(watchdog);
        const messages = check.dateProblems().map((problem) => problem.message);
        expect(messages).toEqual([said]);
        expect(messages).toEqual(preflightErrors(dateFields));
      } finally {
        writeFileSync(at(watchdog), text);
      }
      check.pageChanged(watchdog);
      expect(check.dateProblems()).toEqual([]);
    }
    // A translation dated after its original may list a correction made between the two dates; once the original's
    // date moves past that correction, the translation is wrong, though it was not saved.
    const translation = 'content/stories/fr/the-interpol-files.mdx';
    const original = 'content/stories/the-interpol-files.mdx';
    const [translated, originalText] = [readFileSync(at(translation), 'utf8'), readFileSync(at(original), 'utf8')];
    try {
      writeFileSync(
        at(translation),
        translated.replace(
          /^date: 2026-02-02$/m,
          "date: 2026-02-10\ncorrections:\n  - date: 2026-02-05\n    text: 'Une version antérieure se trompait.'",
        ),
      );
      check.pageChanged(translation);
      expect(check.dateProblems()).toEqual([]);
      writeFileSync(at(original), originalText.replace(/^date: 2026-02-02$/m, 'date: 2026-02-08'));
      check.pageChanged(original);
      const messages = check.dateProblems().map((problem) => problem.message);
      expect(messages).toEqual([
        'content/stories/fr/the-interpol-files.mdx: line 6: corrections[0].date: 2026-02-05 is before the date of its original content/stories/the-interpol-files.mdx, 2026-02-08: expected a day on or after it',
      ]);
      expect(messages).toEqual(preflightErrors(dateFields));
      writeFileSync(at(original), originalText);
      check.pageChanged(original);
      expect(check.dateProblems()).toEqual([]);
    } finally {
      writeFileSync(at(translation), translated);
      writeFileSync(at(original), originalText);
    }
    check.pageChanged(translation);
    check.pageChanged(original);
    expect(check.dateProblems()).toEqual([]);
  });

  // The build stops on two pages of one language under one title (a copy published beside its original); the dev
  // server served both.
  it('say what the preflight says of two pages under one title, until one is retitled or removed', () => {
    const check = linkCheck(fixture.root);
    expect(check.titleProblems()).toEqual([]);
    const original = 'content/stories/the-interpol-files.mdx';
    const copy = 'content/stories/the-interpol-files-copy.mdx';
    const text = readFileSync(at(original), 'utf8');
    const said =
      'content/stories/the-interpol-files-copy.mdx: line 2: title: "The Interpol Files: how governments use the world police network to hunt critics abroad" is also the title of content/stories/the-interpol-files.mdx: lists, search and feeds would show two stories under one headline, which readers could not tell apart: give each its own, or remove the copy';
    try {
      fixture.write(copy, text.replace(/^lead: true\n/m, ''));
      check.pageChanged(copy);
      expect(check.titleProblems().map((problem) => problem.message)).toEqual([said]);
      expect(check.titleProblems().map((problem) => problem.message)).toEqual(preflightErrors(/^title$/));
      writeFileSync(
        at(copy),
        text.replace(/^title: .*$/m, "title: 'The Interpol Files, a copy retitled'").replace(/^lead: true\n/m, ''),
      );
      check.pageChanged(copy);
      expect(check.titleProblems()).toEqual([]);
      // Another page retitled as the first, in other capitals: the one with the longer file name is the copy.
      const other = 'content/stories/two-decades-of-red-notices.mdx';
      const otherText = readFileSync(at(other), 'utf8');
      try {
        writeFileSync(
          at(other),
          otherText.replace(
            /^title: .*$/m,
            "title: 'THE INTERPOL FILES: how governments use the world police network to hunt critics abroad'",
          ),
        );
        check.pageChanged(other);
        expect(check.titleProblems().map((problem) => problem.message)).toEqual(preflightErrors(/^title$/));
        expect(check.titleProblems()).toHaveLength(1);
      } finally {
        writeFileSync(at(other), otherText);
      }
      check.pageChanged(other);
      expect(check.titleProblems()).toEqual([]);
      // A page in a folder that is no language's is told so by the build, not also that its title is taken.
      rmSync(at(copy));
      check.pageChanged(copy);
      fixture.write('content/stories/archive/the-interpol-files.mdx', text.replace(/^lead: true\n/m, ''));
      check.pageChanged('content/stories/archive/the-interpol-files.mdx');
      expect(check.titleProblems()).toEqual([]);
      expect(preflightErrors(/^title$/)).toEqual([]);
    } finally {
      rmSync(at(copy), { force: true });
      rmSync(at('content/stories/archive'), { recursive: true, force: true });
    }
    check.pageChanged(copy);
    check.pageChanged('content/stories/archive/the-interpol-files.mdx');
    expect(check.titleProblems()).toEqual([]);
  });
});

describe('the dev server’s checks of the lead story and of folders', () => {
  const fixture = makeFixture();
  afterAll(() => rmSync(fixture.root, { recursive: true, force: true }));
  const at = (file: string) => join(fixture.root, file);
  const preflightErrors = (field: string) =>
    validateProject(fixture.root)
      .errors.filter((error) => error.field.replace(/^line \d+: /, '') === field)
      .map((error) => error.message);

  // The build stops on two published stories saying lead: true (the home page shows one); the dev server showed one.
  it('say what the preflight says of a second lead story, published or not, until one is left', () => {
    const check = linkCheck(fixture.root);
    expect(check.leadProblems()).toEqual([]);
    const story = 'content/stories/two-decades-of-red-notices.mdx';
    const text = readFileSync(at(story), 'utf8');
    try {
      writeFileSync(at(story), text.replace(/^---\n/, '---\nlead: true\n'));
      check.pageChanged(story);
      const messages = check.leadProblems().map((problem) => problem.message);
      expect(messages).toEqual([
        'content/stories/the-interpol-files.mdx: line 10: lead: only one story can be the lead, and content/stories/two-decades-of-red-notices.mdx says lead: true too: keep it on one',
        'content/stories/two-decades-of-red-notices.mdx: line 2: lead: only one story can be the lead, and content/stories/the-interpol-files.mdx says lead: true too: keep it on one',
      ]);
      expect(messages).toEqual(preflightErrors('lead'));
      // A draft is not published: it can be the next lead.
      writeFileSync(at(story), text.replace(/^---\n/, '---\nlead: true\ndraft: true\n'));
      check.pageChanged(story);
      expect(check.leadProblems()).toEqual([]);
      expect(preflightErrors('lead')).toEqual([]);
    } finally {
      writeFileSync(at(story), text);
    }
    check.pageChanged(story);
    expect(check.leadProblems()).toEqual([]);
  });

  // The build stops on a folder that is no language's (its pages would be published in the default language's lists).
  it('say what the preflight says of a folder of pages that is no language’s, until it goes', () => {
    const check = linkCheck(fixture.root);
    expect(check.folderProblems()).toEqual([]);
    const page = 'content/stories/archive/old-story.mdx';
    try {
      fixture.write(
        page,
        readFileSync(at('content/stories/two-decades-of-red-notices.mdx'), 'utf8').replace(
          /^title: .*$/m,
          "title: 'An old story'",
        ),
      );
      check.pageChanged(page);
      const messages = check.folderProblems().map((problem) => problem.message);
      expect(messages).toHaveLength(1);
      expect(messages[0]).toMatch(/^content\/stories\/archive\/: folder: /);
      expect(messages).toEqual(preflightErrors('folder'));
    } finally {
      rmSync(at('content/stories/archive'), { recursive: true, force: true });
    }
    check.pageChanged(page);
    expect(check.folderProblems()).toEqual([]);
  });
});

describe('the dev server’s checks of new:story’s stand-ins', () => {
  const fixture = makeFixture();
  afterAll(() => rmSync(fixture.root, { recursive: true, force: true }));

  // The build stops on a story published with new:story's stand-ins and empty byline; the dev server showed the page.
  it('say on the page what the preflight says of a story published with new:story’s stand-ins, until it is written', () => {
    const { path, text } = newStory('A story to write', new Date('2026-02-06T00:00:00Z'));
    const check = linkCheck(fixture.root);
    /** The preflight's errors of the new story, as the page shows them. */
    const preflightOfStory = () =>
      validateProject(fixture.root)
        .errors.filter((error) => error.file === path)
        .map((error) => error.message)
        .toSorted();
    const onPage = () => held(check.problems())['/stories/a-story-to-write/'] ?? [];
    fixture.write(path, text);
    check.pageChanged(path);
    expect(onPage()).toEqual([]);
    fixture.write(path, text.replace('draft: true', 'draft: false'));
    check.pageChanged(path);
    expect(onPage()).toEqual([
      'content/stories/a-story-to-write.mdx: line 14: still new:story\'s stand-in "Write the story here.": write the story, or keep draft: true',
      "content/stories/a-story-to-write.mdx: line 3: summary: still new:story's stand-in: write what the story found (it is the dek, and what lists, search and social cards show)",
      'content/stories/a-story-to-write.mdx: line 5: authors: empty: the story would be published without a byline: write who wrote it, authors: ["A. Reporter"] (or remove the line for a story signed by no one)',
    ]);
    expect(onPage()).toEqual(preflightOfStory());
    fixture.write(
      path,
      text
        .replace('draft: true', 'draft: false')
        .replace(/^summary: .*$/m, "summary: 'What the desk found.'")
        .replace('authors: []', "authors: ['Casefile demo desk']")
        .replace('Write the story here.', 'The story, written.'),
    );
    check.pageChanged(path);
    expect(onPage()).toEqual([]);
    expect(preflightOfStory()).toEqual([]);
  });
});

describe('the dev server’s checks of publication dates', () => {
  const fixture = makeFixture();
  afterAll(() => rmSync(fixture.root, { recursive: true, force: true }));
  const at = (file: string) => join(fixture.root, file);

  // The build stops on a date more than a year after its moment (a typo in the year) and on an embargo more than four
  // weeks before the page's date; the dev server showed the page with that date.
  it('say what the preflight says of a date a year ahead or an embargo weeks before the page’s date, until fixed', () => {
    const story = 'content/stories/two-decades-of-red-notices.mdx';
    const text = readFileSync(at(story), 'utf8');
    const check = linkCheck(fixture.root);
    const preflightErrors = () =>
      validateProject(fixture.root)
        .errors.filter((error) => /^(?:line \d+: )?(?:date|embargo)$/.test(error.field))
        .map((error) => error.message);
    const edits: [from: RegExp, to: string, said: string][] = [
      [
        /^date: 2026-02-06$/m,
        'date: 2028-02-06',
        "content/stories/two-decades-of-red-notices.mdx: line 4: date: 2028-02-06 is more than a year after this build's moment, and the page would be published now with that date: correct the year, or to hold the page until then, write embargo: 2028-02-06T06:00:00Z (with the hour and offset you mean)",
      ],
      [
        /^date: 2026-02-06$/m,
        'date: 2026-02-06\nembargo: 2025-02-06T06:00:00Z',
        "content/stories/two-decades-of-red-notices.mdx: line 5: embargo: 2025-02-06T06:00:00Z has passed, and lies more than four weeks before the page's date (2026-02-06): it holds nothing back, and the page would be published now; correct it, or remove it",
      ],
    ];
    expect(check.dateProblems()).toEqual([]);
    for (const [from, to, said] of edits) {
      try {
        writeFileSync(at(story), text.replace(from, to));
        check.pageChanged(story);
        const messages = check.dateProblems().map((problem) => problem.message);
        expect(messages).toEqual([said]);
        expect(messages).toEqual(preflightErrors());
      } finally {
        writeFileSync(at(story), text);
      }
      check.pageChanged(story);
      expect(check.dateProblems()).toEqual([]);
    }
  });
});

describe('the dev server’s checks of a page’s own text', () => {
  const fixture = makeFixture();
  afterAll(() => rmSync(fixture.root, { recursive: true, force: true }));
  const at = (file: string) => join(fixture.root, file);

  // The build stops on a tag written as its label, markup in a title or summary, and a page published with no text;
  // the dev server showed the page.
  it('say on the page what the preflight says of a tag written as its label, markup in a title, or no text, until fixed', () => {
    const story = 'content/stories/fr/the-interpol-files.mdx';
    const text = readFileSync(at(story), 'utf8');
    const check = linkCheck(fixture.root);
    const onPage = () => held(check.problems())['/fr/stories/the-interpol-files/'] ?? [];
    const preflightOfPage = () =>
      validateProject(fixture.root)
        .errors.filter((error) => error.file === story)
        .map((error) => error.message)
        .toSorted();
    const edits: [from: RegExp, to: string, field: string][] = [
      [/^tags: \[interpol, /m, 'tags: [interpol, salvador, ', 'line 7: tags[1]'],
      [/^title: '/m, "title: '*Interpol Files* ", 'line 2: title'],
      [/\n---\n[\s\S]*$/, '\n---\n', 'body'],
    ];
    expect(onPage()).toEqual([]);
    for (const [from, to, field] of edits) {
      try {
        writeFileSync(at(story), text.replace(from, to));
        check.pageChanged(story);
        expect(onPage().filter((message) => message.startsWith(`${story}: ${field}: `))).toHaveLength(1);
        expect(onPage()).toEqual(preflightOfPage());
      } finally {
        writeFileSync(at(story), text);
      }
      check.pageChanged(story);
      expect(onPage()).toEqual([]);
    }
  });
});

describe('the dev server’s checks of file names', () => {
  const fixture = makeFixture();
  afterAll(() => rmSync(fixture.root, { recursive: true, force: true }));
  const at = (file: string) => join(fixture.root, file);

  // The build stops on a page named with underscores (its address would keep them) and on two pages whose names differ
  // only by "_" for "-" or by accents (published twice); the dev server served them.
  it('say what the preflight says of a page’s file name, or of two names alike, until renamed', () => {
    const check = linkCheck(fixture.root);
    const preflightErrors = () =>
      validateProject(fixture.root)
        .errors.filter((error) => error.field === 'file name')
        .map((error) => error.message);
    expect(check.fileNameProblems()).toEqual([]);
    const story = readFileSync(at('content/stories/two-decades-of-red-notices.mdx'), 'utf8');
    const added = ['content/stories/how_it_works.mdx', 'content/stories/two_decades-of-red-notices.mdx'];
    try {
      fixture.write(added[0]!, story.replace(/^title: .*$/m, "title: 'How it works'"));
      check.pageChanged(added[0]!);
      expect(check.fileNameProblems().map((problem) => problem.message)).toEqual(preflightErrors());
      expect(check.fileNameProblems()).toHaveLength(1);
      fixture.write(added[1]!, story.replace(/^title: .*$/m, "title: 'Two decades, again'"));
      check.pageChanged(added[1]!);
      const messages = check.fileNameProblems().map((problem) => problem.message);
      expect(messages.filter((message) => message.includes('only by "_" for "-"'))).toHaveLength(1);
      expect(messages).toEqual(preflightErrors());
      // A page whose frontmatter fails its checks is named too, as the build names it (which puts it first, with its
      // frontmatter's problem).
      writeFileSync(at(added[0]!), story.replace(/^title: .*$/m, 'title: 42'));
      check.pageChanged(added[0]!);
      expect(
        check
          .fileNameProblems()
          .map((problem) => problem.message)
          .toSorted(),
      ).toEqual(preflightErrors().toSorted());
      expect(check.fileNameProblems()).toHaveLength(2);
    } finally {
      for (const file of added) rmSync(at(file), { force: true });
    }
    for (const file of added) check.pageChanged(file);
    expect(check.fileNameProblems()).toEqual([]);
  });
});

describe('the dev server’s checks of a page’s body', () => {
  const fixture = makeFixture();
  afterAll(() => rmSync(fixture.root, { recursive: true, force: true }));
  const at = (file: string) => join(fixture.root, file);

  // The build stops on what its preflight finds in a page's body (src/lib/validate/body.ts); the dev server showed only
  // a component that threw while rendering, and rendered the rest: a skipped heading, an image without alt text, …
  it('say on the page what the preflight says of its body, from the save that causes it to the one that fixes it', () => {
    const story = 'content/stories/two-decades-of-red-notices.mdx';
    const text = readFileSync(at(story), 'utf8');
    const check = linkCheck(fixture.root);
    const onPage = () => held(check.problems())['/stories/two-decades-of-red-notices/'] ?? [];
    const preflightOfPage = () =>
      validateProject(fixture.root)
        .errors.filter((error) => error.file === story)
        .map((error) => error.message)
        .toSorted();
    const paragraph = 'This site rebuilt the curve';
    const edits: [written: string, field: string][] = [
      ["import Map from './map.astro';\n\n", 'line 16: import'],
      ['#### Too deep\n\n', 'line 16: #### Too deep'],
      ['<img src="/favicon.svg" />\n\n', 'line 16: <img>'],
      ['A note.[^1]\n\n', 'line 16: [^1]'],
      ['<script src="https://example.org/x.js"></script>\n\n', 'line 16: <script>'],
      ['<p style="color: red">Red.</p>\n\n', 'line 16: <p style>'],
      ['<details>Open\n\n', 'line 16: <details>'],
      ['Fewer than <10 notices.\n\n', 'line 16: <10'],
      ['See [the report](https://example.org/a report).\n\n', 'line 16: [the report](https://example.org/a report)'],
      [
        'See [the figure <Fact dataset="red-notices-issued" row={2005} column="issued" />](/data/red-notices-issued/).\n\n',
        'line 16: <Fact>',
      ],
      ['As <Cites id="pace-doc-14277" /> says.\n\n', 'line 16: <Cites>'],
      ['As <Cite id="no-such-source" /> says.\n\n', 'line 16: <Cite id>'],
      ['<!-- a comment -->\n\n', 'line 16: <!--'],
    ];
    expect(onPage()).toEqual([]);
    for (const [written, field] of edits) {
      try {
        writeFileSync(at(story), text.replace(paragraph, `${written}${paragraph}`));
        check.pageChanged(story);
        expect(
          onPage().filter((message) => message.startsWith(`${story}: ${field}`)),
          `${written}: ${onPage().join('\n')}`,
        ).toHaveLength(1);
        expect(onPage().toSorted(), written).toEqual(preflightOfPage());
      } finally {
        writeFileSync(at(story), text);
      }
      check.pageChanged(story);
      expect(onPage(), written).toEqual([]);
    }
  });
  // A source cited before it is in data/sources.json: the problem held goes with the save of the sources that adds it.
  it('say on the page that a source is unknown until data/sources.json has it', () => {
    const story = 'content/stories/two-decades-of-red-notices.mdx';
    const text = readFileSync(at(story), 'utf8');
    const sources = readFileSync(at('data/sources.json'), 'utf8');
    const check = linkCheck(fixture.root);
    const onPage = () => held(check.problems())['/stories/two-decades-of-red-notices/'] ?? [];
    try {
      writeFileSync(at(story), text.replace('<Cite id="pace-doc-14277" />', '<Cite id="pace-doc-14277-copy" />'));
      check.pageChanged(story);
      expect(onPage().join('\n')).toContain('line 11: <Cite id>: unknown source "pace-doc-14277-copy"');
      const known = JSON.parse(sources) as Record<string, unknown>;
      writeFileSync(
        at('data/sources.json'),
        JSON.stringify({ ...known, 'pace-doc-14277-copy': known['pace-doc-14277'] }),
      );
      check.datasetsChanged();
      expect(onPage()).toEqual([]);
      expect(validateProject(fixture.root).errors.filter((error) => error.file === story)).toEqual([]);
    } finally {
      writeFileSync(at(story), text);
      writeFileSync(at('data/sources.json'), sources);
    }
  });
});

describe('the dev server’s checks of the datasets against the sources', () => {
  const fixture = makeFixture();
  afterAll(() => rmSync(fixture.root, { recursive: true, force: true }));
  const at = (file: string) => join(fixture.root, file);
  /** The preflight's errors in data/, in its order. */
  const preflightOfData = () =>
    validateProject(fixture.root)
      .errors.filter((error) => error.file.startsWith('data/'))
      .map((error) => error.message);

  // The build stops on a dataset naming a source data/sources.json lacks, on rows using a source the dataset's own list
  // leaves out, and on two datasets under one title; the dev server served them without a word.
  it('say what the preflight says of a dataset’s sources and of two datasets under one title, until fixed', () => {
    const issued = 'data/red-notices-issued.json';
    const text = readFileSync(at(issued), 'utf8');
    const dataset = JSON.parse(text) as { title: string; sources: string[]; rows: Record<string, unknown>[] };
    const sourceColumn = Object.entries(
      (JSON.parse(text) as { columns: Record<string, { ref?: string }> }).columns,
    ).find(([, column]) => column.ref === 'source')![0];
    const used = dataset.rows.map((row) => row[sourceColumn]).find((id) => typeof id === 'string');
    const check = linkCheck(fixture.root);
    expect(check.datasetProblems()).toEqual([]);
    const edits: [change: () => void, said: string][] = [
      [
        () =>
          writeFileSync(at(issued), JSON.stringify({ ...dataset, sources: [...dataset.sources, 'no-such-source'] })),
        'data/red-notices-issued.json: sources[',
      ],
      [
        () =>
          writeFileSync(
            at(issued),
            JSON.stringify({
              ...dataset,
              sources: dataset.sources.filter((id) => id !== used),
            }),
          ),
        'data/red-notices-issued.json: sources: the rows use a source this list leaves out',
      ],
      [
        () => writeFileSync(at('data/red-notices-issued-copy.json'), text),
        `data/red-notices-issued.json: title: "${dataset.title}" is also the title of data/red-notices-issued-copy.json`,
      ],
    ];
    for (const [change, said] of edits) {
      try {
        change();
        check.datasetsChanged();
        const messages = check.datasetProblems().map((problem) => problem.message);
        expect(messages.join('\n')).toContain(said);
        expect(messages).toEqual(preflightOfData());
      } finally {
        writeFileSync(at(issued), text);
        rmSync(at('data/red-notices-issued-copy.json'), { force: true });
      }
      check.datasetsChanged();
      expect(check.datasetProblems()).toEqual([]);
    }
  });
});

describe('the dev server’s checks of the datasets’ file names', () => {
  const fixture = makeFixture();
  afterAll(() => rmSync(fixture.root, { recursive: true, force: true }));
  const at = (file: string) => join(fixture.root, file);

  // The build stops on a dataset in a folder of data/ (Astro does not read it) and on one whose file name is not an
  // id; the dev server read neither, and said nothing.
  it('say what the preflight says of a dataset in a folder of data/ or named otherwise than an id, until it goes', () => {
    const text = readFileSync(at('data/red-notices-issued.json'), 'utf8');
    const retitled = (title: string) => JSON.stringify({ ...(JSON.parse(text) as object), title });
    const check = linkCheck(fixture.root);
    const preflightOfData = () =>
      validateProject(fixture.root)
        .errors.filter((error) => error.file.startsWith('data/'))
        .map((error) => error.message);
    const added: [file: string, said: string][] = [
      [
        'data/archive/old-figures.json',
        'data/archive/old-figures.json: file name: datasets are read from data/ itself',
      ],
      ['data/Old_Figures.json', 'data/Old_Figures.json: file name: '],
    ];
    for (const [file, said] of added) {
      try {
        mkdirSync(at('data/archive'), { recursive: true });
        writeFileSync(at(file), retitled(`Figures kept in ${file}`));
        check.datasetsChanged();
        const messages = check.datasetProblems().map((problem) => problem.message);
        expect(
          messages.filter((message) => message.startsWith(said)),
          messages.join('\n'),
        ).toHaveLength(1);
        expect(messages).toEqual(preflightOfData());
      } finally {
        rmSync(at('data/archive'), { recursive: true, force: true });
        rmSync(at(file), { force: true });
      }
      check.datasetsChanged();
      expect(check.datasetProblems()).toEqual([]);
    }
  });
});

describe('the dev server’s checks of pages outside stories/ and cases/', () => {
  const fixture = makeFixture();
  afterAll(() => rmSync(fixture.root, { recursive: true, force: true }));
  const at = (file: string) => join(fixture.root, file);

  // The build stops on an MDX file in content/ outside stories/ and cases/ (content/fr/stories/x.mdx), which it would
  // not publish; the dev server watched those two folders only, and said nothing.
  it('say what the preflight says of a page in content/ outside stories/ and cases/, until it goes', () => {
    const page = 'content/fr/stories/hors-de-sa-place.mdx';
    const check = linkCheck(fixture.root);
    expect(check.folderProblems()).toEqual([]);
    try {
      mkdirSync(at('content/fr/stories'), { recursive: true });
      writeFileSync(at(page), readFileSync(at('content/stories/fr/the-interpol-files.mdx'), 'utf8'));
      check.contentChanged();
      const messages = check.folderProblems().map((problem) => problem.message);
      expect(messages).toEqual([
        `${page}: not read: stories are read from content/stories/, case files from content/cases/ (translations in a language folder inside them, content/stories/fr/): move it to content/stories/fr/hors-de-sa-place.mdx, or prefix its name or its folder's with _ to keep it out of the site`,
      ]);
      expect(messages).toEqual(
        validateProject(fixture.root)
          .errors.filter((error) => error.file === page)
          .map((error) => error.message),
      );
    } finally {
      rmSync(at('content/fr'), { recursive: true, force: true });
    }
    check.contentChanged();
    expect(check.folderProblems()).toEqual([]);
  });
});

describe('the dev server’s notes', () => {
  const fixture = makeFixture();
  afterAll(() => rmSync(fixture.root, { recursive: true, force: true }));
  const at = (file: string) => join(fixture.root, file);
  /** The preflight's notes, in its order, but those of files left out for their "_" name (the dev server's 404 says so). */
  const preflightNotes = () =>
    validateProject(fixture.root)
      .notes.filter((note) => !note.detail.startsWith('not published, nor checked: a name starting with "_"'))
      .map((note) => note.message);
  const messages = (notes: ContentError[]) => notes.map((note) => note.message);

  // The build prints notes (what does not stop it, but an editor should read); the dev server printed none.
  it('say what the preflight notes, after each change that causes a note and the one that ends it', () => {
    const check = linkCheck(fixture.root);
    expect(messages(check.notes())).toEqual(preflightNotes());
    const watchdog = 'content/stories/the-watchdog-and-its-caseload.mdx';
    const igor = 'content/cases/igor-pestrikov.mdx';
    const [watchdogText, igorText] = [readFileSync(at(watchdog), 'utf8'), readFileSync(at(igor), 'utf8')];
    const edits: [change: () => string[], said: RegExp][] = [
      // A tag a letter from a more common one.
      [
        () => {
          writeFileSync(
            at(watchdog),
            watchdogText.replace('tags: [interpol, ccf,', 'tags: [interpol, ccf, red-notice,'),
          );
          return [watchdog];
        },
        /^content\/stories\/the-watchdog-and-its-caseload\.mdx: line 7: tags\[2\]: .*red-notices/,
      ],
      // A date a month ahead of the checks' moment (2026-11-22).
      [
        () => {
          writeFileSync(at(watchdog), watchdogText.replace('date: 2026-02-27', 'date: 2026-12-20'));
          return [watchdog];
        },
        /^content\/stories\/the-watchdog-and-its-caseload\.mdx: line 4: date: 2026-12-20/,
      ],
      // An embargo set weeks after the day the page is dated (new:story's "today"): said while it is ahead.
      [
        () => {
          writeFileSync(
            at(watchdog),
            watchdogText.replace('date: 2026-02-27', 'date: 2026-02-27\nembargo: 2026-12-15T06:00:00Z'),
          );
          return [watchdog];
        },
        /^content\/stories\/the-watchdog-and-its-caseload\.mdx: line 4: date: 2026-02-27 is before its embargo \(2026-12-15T06:00:00Z\).*write date: 2026-12-15, the day its embargo lifts$/,
      ],
      // A case file the story lists, made a draft.
      [
        () => {
          writeFileSync(at(igor), igorText.replace(/^---\n/, '---\ndraft: true\n'));
          return [igor];
        },
        /^content\/stories\/the-watchdog-and-its-caseload\.mdx: line 9: cases\[0\]: "igor-pestrikov" is a draft/,
      ],
      // A translation that matches no original.
      [
        () => {
          writeFileSync(
            at('content/stories/fr/sans-original.mdx'),
            watchdogText.replace(/^title: .*$/m, "title: 'Sans original'"),
          );
          return ['content/stories/fr/sans-original.mdx'];
        },
        /^content\/stories\/fr\/sans-original\.mdx: /,
      ],
    ];
    for (const [change, said] of edits) {
      let changed: string[] = [];
      try {
        changed = change();
        for (const file of changed) check.pageChanged(file);
        const notes = messages(check.notes());
        expect(
          notes.filter((note) => said.test(note)),
          `${String(said)}: ${notes.join('\n')}`,
        ).toHaveLength(1);
        expect(notes).toEqual(preflightNotes());
      } finally {
        writeFileSync(at(watchdog), watchdogText);
        writeFileSync(at(igor), igorText);
        rmSync(at('content/stories/fr/sans-original.mdx'), { force: true });
      }
      for (const file of changed) check.pageChanged(file);
      expect(messages(check.notes())).toEqual(preflightNotes());
    }
    // In data/: a file the build does not read.
    try {
      writeFileSync(at('data/figures.csv.txt'), 'year,issued\n');
      check.datasetsChanged();
      const notes = messages(check.notes());
      expect(
        notes.filter((note) => note.startsWith('data/figures.csv.txt')),
        notes.join('\n'),
      ).toHaveLength(1);
      expect(notes).toEqual(preflightNotes());
    } finally {
      rmSync(at('data/figures.csv.txt'), { force: true });
    }
    check.datasetsChanged();
    expect(messages(check.notes())).toEqual(preflightNotes());
    // A dataset no page uses, published on its own; then listed by a story, which a save of that story says.
    try {
      const copied = JSON.parse(readFileSync(at('data/ccf-requests.json'), 'utf8'));
      writeFileSync(at('data/staged-figures.json'), JSON.stringify({ ...copied, title: 'Staged figures' }));
      check.datasetsChanged();
      const notes = messages(check.notes());
      expect(notes.filter((note) => note.startsWith('data/staged-figures.json: no page uses it'))).toHaveLength(1);
      expect(notes).toEqual(preflightNotes());
      writeFileSync(
        at('content/stories/the-watchdog-and-its-caseload.mdx'),
        watchdogText.replace('datasets: [', 'datasets: [staged-figures, '),
      );
      check.pageChanged('content/stories/the-watchdog-and-its-caseload.mdx');
      expect(messages(check.notes()).filter((note) => note.startsWith('data/staged-figures.json'))).toEqual([]);
      expect(messages(check.notes())).toEqual(preflightNotes());
    } finally {
      rmSync(at('data/staged-figures.json'), { force: true });
      writeFileSync(at('content/stories/the-watchdog-and-its-caseload.mdx'), watchdogText);
    }
    check.datasetsChanged();
    check.pageChanged('content/stories/the-watchdog-and-its-caseload.mdx');
    expect(messages(check.notes())).toEqual(preflightNotes());
  });
});

describe('the dev server’s checks of the images beside a page', () => {
  const fixture = makeFixture();
  afterAll(() => rmSync(fixture.root, { recursive: true, force: true }));
  const at = (file: string) => join(fixture.root, file);

  // The build stops on an image beside the page that is not there; one removed while the server ran went unsaid until
  // the page was saved (one added was seen, as the pages holding a problem are checked again at every change).
  it('say on the page that an image beside it is missing once it is removed, and no more once it is back', () => {
    const story = 'content/stories/two-decades-of-red-notices.mdx';
    const text = readFileSync(at(story), 'utf8');
    const image = 'content/stories/a-photo-beside.png';
    const onPage = () => held(check.problems())['/stories/two-decades-of-red-notices/'] ?? [];
    const preflightOfPage = () =>
      validateProject(fixture.root)
        .errors.filter((error) => error.file === story)
        .map((error) => error.message);
    writeFileSync(at(image), readFileSync(join(import.meta.dirname, '../screenshots/story-1280.png')));
    writeFileSync(at(story), `${text}\n![A photo beside the story](./a-photo-beside.png)\n`);
    const check = linkCheck(fixture.root);
    try {
      expect(onPage()).toEqual([]);
      rmSync(at(image));
      check.pageChanged(image);
      expect(onPage().join('\n')).toContain(`${story}: line `);
      expect(onPage()).toEqual(preflightOfPage());
      writeFileSync(at(image), readFileSync(join(import.meta.dirname, '../screenshots/story-1280.png')));
      check.pageChanged(image);
      expect(onPage()).toEqual([]);
    } finally {
      writeFileSync(at(story), text);
      rmSync(at(image), { force: true });
    }
  });
});

describe('the dev server’s checks of links to files of public/', () => {
  const fixture = makeFixture();
  afterAll(() => rmSync(fixture.root, { recursive: true, force: true }));
  const at = (file: string) => join(fixture.root, file);

  // A link to a folder of public/ is to a file the site serves, not a misspelt page: the build reads public/'s names
  // when it starts, and the dev server read them once, so a folder added while it ran was taken for a page misspelt.
  it('take a link to a folder of public/ added while it runs for one, as the build does', () => {
    // A name a letter from the site's /sources/ page, in the project's own public/ folder: removed after the test.
    const folder = join(repoRoot, 'public', 'sourcez');
    const story = 'content/stories/two-decades-of-red-notices.mdx';
    const text = readFileSync(at(story), 'utf8');
    const onPage = () => held(check.problems())['/stories/two-decades-of-red-notices/'] ?? [];
    writeFileSync(at(story), `${text}\nSee [the scans](/sourcez/).\n`);
    const check = linkCheck(fixture.root);
    try {
      expect(onPage().join('\n')).toContain('/sourcez/: the site has no such page: did you mean /sources/?');
      mkdirSync(folder);
      writeFileSync(join(folder, 'scan.pdf'), '%PDF-1.4\n');
      check.publicChanged('sourcez');
      check.publicChanged('sourcez/scan.pdf');
      expect(onPage()).toEqual([]);
      expect(validateProject(fixture.root).errors.filter((error) => error.file === story)).toEqual([]);
    } finally {
      writeFileSync(at(story), text);
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
