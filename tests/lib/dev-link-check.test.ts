/**
 * The dev server's link checks (src/lib/dev-link-check.ts) read the project once and then check again only what a
 * change can change: after each change, what they hold must be what the whole preflight (validateProject) says of the
 * links, case files and datasets the pages name, word for word, by the linking page.
 */
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeFixture } from '../helpers/build.ts';
import { linkCheck } from '../../src/lib/dev-link-check.ts';
import { validateProject } from '../../src/lib/validate-project.ts';
import { entryHref } from '../../src/lib/translations.ts';
import type { ContentError } from '../../src/lib/content-error.ts';

/** The preflight's problems of the links between pages, by the linking page's address. */
function preflight(root: string): Record<string, string[]> {
  const { project, errors } = validateProject(root);
  const addresses = new Map<string, string>();
  for (const [kind, entries] of [['story', project.stories], ['case', project.cases]] as const) {
    for (const entry of entries) addresses.set(entry.file, entryHref(kind, entry));
  }
  const found: Record<string, string[]> = {};
  for (const error of errors) {
    const address = addresses.get(error.file);
    if (!address || !/^line \d+: (?:link|cases\[\d+\]|datasets\[\d+\])$/.test(error.field)) continue;
    (found[address] ??= []).push(error.message);
  }
  return sorted(found);
}

const sorted = (found: Record<string, string[]>) => Object.fromEntries(Object.entries(found).sort().map(([address, messages]) => [address, messages.toSorted()]));
const held = (problems: Map<string, ContentError[]>) => sorted(Object.fromEntries([...problems].map(([address, list]) => [address, list.map((one) => one.message)])));

describe('the dev server’s link checks', () => {
  const fixture = makeFixture();
  afterAll(() => rmSync(fixture.root, { recursive: true, force: true }));
  const at = (file: string) => join(fixture.root, file);

  // The pages naming an address that came or went are found by its name in their text, which a link may escape.
  it('check again a link written with %-escapes to a page renamed', () => {
    const story = `---\ntitle: 'A café'\nsummary: 'A page with an accent in its name.'\ndate: 2026-02-06\nauthors: ['Casefile demo desk']\n---\n\nText.\n`;
    fixture.write('content/stories/café.mdx', story);
    fixture.write('content/stories/to-the-cafe.mdx', story.replace('A café', 'To the place').replace('Text.', 'See [the place](/stories/caf%C3%A9/).'));
    try {
      const check = linkCheck(fixture.root);
      expect(check.problems().size).toBe(0);
      renameSync(at('content/stories/café.mdx'), at('content/stories/cafe-renamed.mdx'));
      check.pageChanged('content/stories/café.mdx');
      check.pageChanged('content/stories/cafe-renamed.mdx');
      expect(held(check.problems())['/stories/to-the-cafe/']?.join('\n')).toContain('/stories/caf%C3%A9/: no story has this address');
      expect(held(check.problems())).toEqual(preflight(fixture.root));
    } finally {
      for (const name of ['café', 'cafe-renamed', 'to-the-cafe']) rmSync(at(`content/stories/${name}.mdx`), { force: true });
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
    expect(held(check.problems())['/stories/the-interpol-files/']?.join('\n')).toContain('/stories/safeguards-added-and-quietly-dropped/ is a draft');
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
      expect(held(check.problems())['/stories/the-interpol-files/']?.join('\n')).toContain('/stories/safeguards-added-and-quietly-dropped/ is embargoed until 2026-11-22T12:00:05Z');
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
});
