/**
 * `npm run new:story` writes a story an editor can build at once: a draft whose frontmatter and body pass the
 * preflight, with the components shown as examples in a comment that is neither published nor checked.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { newStory } from '../../src/lib/new-story.ts';
import { findComponentUses } from '../../src/lib/mdx-usage.ts';
import { validateProject } from '../../src/lib/validate-project.ts';
import { makeFixture, repoRoot } from '../helpers/build.ts';
import { copyProject } from '../helpers/project-copy.ts';

const now = new Date('2026-11-22T12:00:00Z');

describe('a new story', () => {
  it('is named after its title and dated today, as a draft', () => {
    const story = newStory('  How the watchdog works ', now);
    expect(story.slug).toBe('how-the-watchdog-works');
    expect(story.path).toBe('content/stories/how-the-watchdog-works.mdx');
    expect(story.text).toMatch(/^---\ntitle: "How the watchdog works"\n/);
    expect(story.text).toContain('date: 2026-11-22\n');
    expect(story.text).toContain('\ndraft: true\n');
    expect(() => newStory('  ', now)).toThrow('expected a title');
  });

  // Uncommented as written, an example embargo already past withheld nothing: the story went out at its first build.
  it("suggests an embargo at the next day's 06:00 UTC, never a moment already past", () => {
    for (const [today, embargo] of [
      ['2026-11-22T12:00:00Z', '2026-11-23T06:00:00Z'],
      ['2026-12-07T03:30:00Z', '2026-12-08T06:00:00Z'],
      ['2026-12-31T23:59:00Z', '2027-01-01T06:00:00Z'],
    ] as const) {
      expect(newStory('How the watchdog works', new Date(today)).text).toContain(
        `\n# embargo: ${embargo}  # not public before this moment\n`,
      );
    }
  });

  it('is named in plain ASCII with single hyphens for a Latin title, whatever its accents and punctuation; other scripts kept', () => {
    expect(newStory('Qu’est-ce qu’une « notice rouge » ? Ça se discute', now).slug).toBe(
      'qu-est-ce-qu-une-notice-rouge-ca-se-discute',
    );
    expect(newStory("Interpol's files — 2026: what's new?", now).slug).toBe('interpols-files-2026-whats-new');
    expect(newStory('Łódź and Straße', now).slug).toBe('lodz-and-strasse');
    expect(newStory('Kılıçdaroğlu and Interpol', now).slug).toBe('kilicdaroglu-and-interpol');
    expect(newStory('İstanbul: Işık', now).slug).toBe('istanbul-isik');
    // An underscore is punctuation too: the preflight refuses a page named with one.
    expect(newStory('The red_notice files, _draft_', now).slug).toBe('the-red-notice-files-draft');
    // Other scripts keep their letters, mixed with Latin ones or not.
    expect(newStory('Красные уведомления', now).slug).toBe('красные-уведомления');
    expect(newStory('Турция и Interpol, 2026', now).slug).toBe('турция-и-interpol-2026');
    expect(newStory('Россия 2026', now).slug).toBe('россия-2026');
  });

  it('is named in at most 100 bytes, cut after a whole word, so a long title in another script still makes a file', () => {
    // 28 words of Cyrillic, 2 bytes a letter: 405 bytes of slug, beyond the 255 a file name may hold.
    const title =
      'Как Интерпол стал инструментом преследования журналистов и оппозиционеров за рубежом: ' +
      'история красных уведомлений, которые годами оставались в базе данных организации, ' +
      'несмотря на решения комиссии по контролю за файлами';
    const { slug, path } = newStory(title, now);
    expect(slug).toBe('как-интерпол-стал-инструментом-преследования');
    expect(Buffer.byteLength(slug)).toBeLessThanOrEqual(100);
    // A file can be made with that name (without the cap: ENAMETOOLONG).
    const dir = mkdtempSync(join(tmpdir(), 'casefile-new-story-'));
    writeFileSync(join(dir, path.split('/').at(-1)!), '');
    rmSync(dir, { recursive: true });
    // One word longer than the cap is cut at a letter, never inside one (a letter with its accent).
    expect(newStory('x'.repeat(300), now).slug).toBe('x'.repeat(100));
    expect(newStory('ж'.repeat(80), now).slug).toBe('ж'.repeat(50));
    expect(newStory(`${'x'.repeat(99)}\u0928\u093f`, now).slug).toBe('x'.repeat(99));
    // A title within the cap is left whole.
    expect(newStory('How the watchdog works', now).slug).toBe('how-the-watchdog-works');
  });

  it('is named with a hyphen where French elides a word before an apostrophe, and without the apostrophe in English', () => {
    // A French elision (l', d', qu', jusqu') joins two words: "largent" would read as one word that does not exist.
    expect(newStory("Où va l'argent d’Interpol", now).slug).toBe('ou-va-l-argent-d-interpol');
    expect(newStory('Jusqu’où ira-t-on ? L’État et l’habeas corpus', now).slug).toBe(
      'jusqu-ou-ira-t-on-l-etat-et-l-habeas-corpus',
    );
    expect(newStory("Aujourd'hui, c'est la CCF qui s'en charge", now).slug).toBe(
      'aujourdhui-c-est-la-ccf-qui-s-en-charge',
    );
    // English apostrophes mark a possessive or a contraction inside one word: they go, the word stays whole.
    expect(newStory("The state's reach: don't count on O'Brien's files", now).slug).toBe(
      'the-states-reach-dont-count-on-obriens-files',
    );
    expect(newStory("It's the states' notices, and we'll see", now).slug).toBe('its-the-states-notices-and-well-see');
  });

  it("passes the build's checks as written, in the demo site", () => {
    const fixture = makeFixture({ copyDemo: true });
    const story = newStory('How the watchdog works', now);
    fixture.write(story.path, story.text);
    expect(validateProject(fixture.root, now, false).errors.map((e) => e.message)).toEqual([]);
    // The examples are there for the editor, in a comment the check leaves alone.
    expect(story.text).toContain('<Chart dataset="a-dataset-id"');
  });
});

describe('component uses', () => {
  it('are not found in MDX comments, on one line or several', () => {
    const body =
      'A {/* <Cite id="x" /> */} b.\n\n{/*\n<Chart dataset="nope" />\n*/}\n\n<Fact dataset="d" row="r" column="c" />';
    expect(findComponentUses(body).map((use) => [use.component, use.line])).toEqual([['Fact', 7]]);
  });
});

describe('npm run new:story', () => {
  const run = (args: string[], fixture = makeFixture({ copyDemo: false })) => {
    const result = spawnSync(process.execPath, [join(repoRoot, 'scripts/new-story.ts'), ...args], {
      encoding: 'utf8',
      env: { ...process.env, CASEFILE_CONTENT_ROOT: fixture.root, CASEFILE_NOW: '2026-11-22T12:00:00Z' },
    });
    const written = existsSync(join(fixture.root, 'content/stories'))
      ? readdirSync(join(fixture.root, 'content/stories'))
      : [];
    return { status: result.status, out: `${result.stdout}${result.stderr}`, written };
  };

  it('prints its usage for --help and writes nothing, and refuses another option as a title', () => {
    const help = run(['--help']);
    expect([help.status, help.written]).toEqual([0, []]);
    expect(help.out).toMatch(/^Usage: npm run new:story -- "Title of the story"/);
    const other = run(['--title', 'X']);
    expect([other.status, other.written]).toEqual([1, []]);
    expect(other.out).toContain('new:story: unknown option --title: expected a title');
  });

  it('writes the draft, and refuses to write over a story with the same address', () => {
    const fixture = makeFixture({ copyDemo: false });
    const first = run(['How', 'the', 'watchdog', 'works'], fixture);
    expect([first.status, first.written]).toEqual([0, ['how-the-watchdog-works.mdx']]);
    expect(first.out).toBe(
      'Created content/stories/how-the-watchdog-works.mdx (a draft). Edit it, then set draft: false to publish.\n',
    );
    const path = join(fixture.root, 'content/stories/how-the-watchdog-works.mdx');
    expect(readFileSync(path, 'utf8')).toBe(newStory('How the watchdog works', new Date('2026-11-22T12:00:00Z')).text);
    // The editor's work since: kept byte for byte.
    writeFileSync(path, 'The editor has written here.');
    const again = run(['How the watchdog works'], fixture);
    expect([again.status, again.written]).toEqual([1, ['how-the-watchdog-works.mdx']]);
    expect(again.out).toBe(
      'new:story: content/stories/how-the-watchdog-works.mdx already exists: choose another title or edit that file\n',
    );
    expect(readFileSync(path, 'utf8')).toBe('The editor has written here.');
  });
});

describe('npm run new:story on a French-default site', () => {
  // A French newsroom's site, as README.md ("Your own site") sets it up: its stories' root is French.
  const project = copyProject();
  project.edit('src/site.config.ts', (text) => text.replace("defaultLocale: 'en'", "defaultLocale: 'fr'"));
  afterAll(() => project.remove());

  it('writes the stand-ins in French, with French typography, and no English one', () => {
    const fixture = makeFixture({ copyDemo: false });
    const result = spawnSync(process.execPath, [join(project.root, 'scripts/new-story.ts'), 'Où va l’argent'], {
      encoding: 'utf8',
      env: { ...process.env, CASEFILE_CONTENT_ROOT: fixture.root, CASEFILE_NOW: '2026-11-22T12:00:00Z' },
    });
    expect(result.status, result.stderr).toBe(0);
    const text = readFileSync(join(fixture.root, 'content/stories/ou-va-l-argent.mdx'), 'utf8');
    expect(text).toContain('\nsummary: "Une ou deux phrases qui disent ce que l’enquête a trouvé."\n');
    expect(text).toContain('\n\nÉcrivez l’article ici.\n\n');
    expect(text).toContain(
      '\n  Un commentaire, non publié. Citez chaque affirmation sourcée (identifiants de data/sources.json), montrez un chiffre d’un jeu de données (data/<id>.json\u00a0: la clé de sa ligne et sa colonne), tracez un graphique (les jeux de données des graphiques et des Facts s’ajoutent à «\u00a0datasets\u00a0» ci-dessus sans y être listés)\u00a0:\n',
    );
    expect(text).toContain('title="Ce que montre le graphique" />');
    for (const english of [
      'One or two sentences',
      'Write the story here',
      'A comment, not published',
      'What the chart shows',
    ])
      expect(text).not.toContain(english);
  });
});

describe("new:story's stand-ins in another language than English", () => {
  it('are refused in a story to be published, as the English ones are', () => {
    const fixture = makeFixture({ copyDemo: false });
    const scaffold = newStory('Où va l’argent', now, 'fr');
    const published = scaffold.text
      .replace('draft: true', 'draft: false')
      .replace('authors: []', 'authors: ["La rédaction"]')
      .replace('{/*', '')
      .replace('*/}', '');
    fixture.write(scaffold.path, published);
    // The examples uncommented name no source or dataset of this fixture: those are other checks' errors.
    const standIns = validateProject(fixture.root, now, false)
      .errors.map((error) => error.message)
      .filter((message) => message.includes("new:story's"));
    expect(standIns).toEqual([
      `${scaffold.path}: line 3: summary: still new:story's stand-in: write what the story found (it is the dek, and what lists, search and social cards show)`,
      `${scaffold.path}: line 14: still new:story's stand-in "Écrivez l’article ici.": write the story, or keep draft: true`,
      `${scaffold.path}: line 17: new:story's notes on writing ("Un commentaire, non publié. Citez chaque affirmation …") are no longer in a comment, and would be published as text: delete them, or put them back between {/* and */}`,
      `${scaffold.path}: line 21: <Chart> title: still new:story's example "Ce que montre le graphique": write what this chart shows, the finding a reader takes from it`,
    ]);
  });

  // The note's first sentence alone is a sentence a reporter may write: only the scaffold's notes are refused.
  it("leave an editor's own words alone that happen to say the note's first sentence", () => {
    const fixture = makeFixture({ copyDemo: false });
    fixture.write(
      'content/stories/fr/reactions.mdx',
      "---\ntitle: 'Les réactions'\nsummary: 'Ce que le ministère a répondu.'\ndate: 2026-02-06\nauthors: ['La rédaction']\n---\n\nNous avons demandé au ministère de réagir. Un commentaire, non publié. Voilà ce qu’il a dit.\n",
    );
    const standIns = validateProject(fixture.root, now, false)
      .errors.map((error) => error.message)
      .filter((message) => message.includes("new:story's"));
    expect(standIns).toEqual([]);
  });
});
