/**
 * The leak check's blind spots: a withheld translation named by its address (/fr/stories/<slug>/, not its id
 * fr/<slug>), a title broken by inline markup, JSON-escaped or written with HTML's named entities, a title typed with
 * the other apostrophe (' for ’), an address with percent-encoded characters, and a file of public/ only withheld
 * pages use.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { findLeaks, formatLeaks, withheldPages, type WithheldPage } from '../../../src/build/checks/leaks.ts';
import type { Project } from '../../../src/lib/load-project.ts';

function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'casefile-leaks-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

const now = new Date('2026-11-22T12:00:00Z');
const embargo = new Date('2099-01-01T06:00:00Z');

/** A project with a published original, its embargoed French translation and an embargoed story using a public file. */
function project(): Project {
  const entry = (id: string, title: string, body = '', withheld = false) => ({
    id,
    file: `content/stories/${id}.mdx`,
    data: { title, summary: 'x', date: new Date('2026-01-01'), ...(withheld ? { embargo } : {}) },
    body,
    bodyLine: 4,
  });
  return {
    root: '/nowhere',
    stories: [
      entry('the-interpol-files', 'The Interpol Files'),
      entry('fr/the-interpol-files', 'Les dossiers Interpol', '', true),
      entry(
        'operation-bluefin-kestrel',
        'Operation Bluefin Kestrel',
        '![A secret map](/kestrel-secret-map.png)\n',
        true,
      ),
      entry('public-story', 'A public story', '![Shared](/shared-chart.png)\n'),
      entry('other-embargo', 'Zircon Teal Ledger', '![Shared](/shared-chart.png)\n', true),
    ],
    cases: [],
    datasets: new Map(),
    sources: new Map(),
    invalid: new Set(),
  } as unknown as Project;
}

function publicFolder(): string {
  return site({ 'kestrel-secret-map.png': 'png', 'shared-chart.png': 'png', 'favicon.svg': '<svg/>' });
}

describe('the leak check, reading the output as readers and programs do', () => {
  const pages = withheldPages(project(), now);
  const translation = pages.find((page) => page.slug === 'fr/the-interpol-files')!;
  const kestrel = pages.find((page) => page.slug === 'operation-bluefin-kestrel')!;

  it('finds an embargoed translation by its address, /fr/stories/<slug>/, which its id is not part of', () => {
    expect(translation.addresses).toEqual(['/fr/stories/the-interpol-files/']);
    const dir = site({
      'stories/the-interpol-files/index.html': '<a href="/fr/stories/the-interpol-files/" hreflang="fr">Français</a>',
      'rss.xml': '<link>https://casefile.example.org/fr/stories/the-interpol-files/</link>',
      // Another site's page at the same path is not this site's.
      'stories/elsewhere/index.html': '<a href="https://www.example.net/fr/stories/the-interpol-files/">x</a>',
      'stories/other/index.html':
        '<a href="/stories/the-interpol-files/">The Interpol Files</a> <a href="/fr/stories/the-interpol-files-2/">x</a>',
    });
    expect(findLeaks(dir, [translation])).toEqual([
      { path: 'rss.xml', page: translation, found: 'address', address: '/fr/stories/the-interpol-files/' },
      {
        path: 'stories/the-interpol-files/index.html',
        page: translation,
        found: 'address',
        address: '/fr/stories/the-interpol-files/',
      },
    ]);
    expect(formatLeaks(findLeaks(dir, [translation]))).toContain(
      '  rss.xml mentions "/fr/stories/the-interpol-files/", the address of content/stories/fr/the-interpol-files.mdx (embargoed)',
    );
  });

  // An address matches in any case (hosts that serve from case-insensitive disks answer /FR/Stories/… with the page),
  // as addressPattern says; the one pass that picks the files to look at closely must not be stricter than it.
  it('finds an embargoed translation by its address written in other letter case', () => {
    const dir = site({ 'stories/other/index.html': '<a href="/FR/Stories/The-Interpol-Files/">Lire</a>' });
    expect(findLeaks(dir, [translation]).map((leak) => [leak.path, leak.found])).toEqual([
      ['stories/other/index.html', 'address'],
    ]);
  });

  it('finds an embargoed translation by its address below the folder a site below a path is served from', () => {
    const dir = site({
      'stories/the-interpol-files/index.html':
        '<a href="/casefile/fr/stories/the-interpol-files/" hreflang="fr">Français</a>',
      'rss.xml': '<link>https://user.github.io/casefile/fr/stories/the-interpol-files/</link>',
      // The same path in another folder of the host, or on another host, is not this site's page.
      'stories/other/index.html':
        '<a href="https://user.github.io/other/fr/stories/the-interpol-files/">x</a> <a href="/casefiles/fr/stories/the-interpol-files/">y</a>',
    });
    expect(
      findLeaks(dir, [translation], 'https://user.github.io/casefile/').map((leak) => [leak.path, leak.found]),
    ).toEqual([
      ['rss.xml', 'address'],
      ['stories/the-interpol-files/index.html', 'address'],
    ]);
  });

  it('finds a title broken by inline markup, escaped in JSON, or written with named entities', () => {
    const dir = site({
      'a/index.html': '<h2>Operation Bluefin <em>Kestrel</em></h2>',
      'b.json': '{"teaser":"Operation Bluefin\\nKestrel"}',
      'c/index.html': '<p>Operation&nbsp;Blue<span class="x">fin</span>\n   <strong>Kestrel</strong>.</p>',
      'd.json': '{"t":"Operation Bluefin \\u004bestrel"}',
      'e/index.html': '<p>Nothing here: Operation Bluefin Kestrels.</p>',
    });
    expect(findLeaks(dir, [kestrel]).map((leak) => [leak.path, leak.found])).toEqual([
      ['a/index.html', 'title'],
      ['b.json', 'title'],
      ['c/index.html', 'title'],
      ['d.json', 'title'],
    ]);
    const accented: WithheldPage = {
      file: 'content/stories/fr/operation.mdx',
      slug: 'fr/operation',
      title: 'Opération Bluefin Kestrel',
      reason: 'embargo',
    };
    const entities = site({
      'fr/index.html': '<p>Op&eacute;ration Bluefin Kestrel</p>',
      'x.xml': '<d>Op&amp;eacute;ration Bluefin Kestrel</d>',
    });
    expect(findLeaks(entities, [accented]).map((leak) => leak.path)).toEqual(['fr/index.html', 'x.xml']);
  });

  it('finds a title whose apostrophe is typed straight where the title is typeset curly, and the reverse', () => {
    const straight: WithheldPage = {
      file: 'content/stories/files.mdx',
      slug: 'x-files',
      title: "Interpol's files",
      reason: 'embargo',
    };
    const curly: WithheldPage = { ...straight, title: 'Interpol’s files' };
    const dir = site({
      'curly/index.html': '<h2>Interpol’s files</h2>',
      'straight/index.html': "<h2>Interpol's files</h2>",
      'entity/index.html': '<h2>Interpol&rsquo;s files</h2>',
      'numeric.xml': '<title>Interpol&#39;s files</title>',
      'other/index.html': '<p>Interpol files, Interpol’s archive.</p>',
    });
    const found = ['curly/index.html', 'entity/index.html', 'numeric.xml', 'straight/index.html'];
    expect(findLeaks(dir, [straight]).map((leak) => leak.path)).toEqual(found);
    expect(findLeaks(dir, [curly]).map((leak) => leak.path)).toEqual(found);
  });

  it('finds a slug whose characters are percent-encoded', () => {
    const dir = site({
      'a/index.html': '<a href="/stories/operation%2Dbluefin%2Dkestrel/">read</a>',
      'b/index.html': '<a href="/stories/operation%2dbluefin-kestrel-2/">x</a>',
    });
    expect(findLeaks(dir, [{ ...kestrel, titleIsCommon: true }]).map((leak) => [leak.path, leak.found])).toEqual([
      ['a/index.html', 'slug'],
    ]);
  });

  it('searches for a file of public/ only withheld pages use, by its address, naming the file', () => {
    const all = withheldPages(project(), now, publicFolder());
    const file = all.find((page) => page.reason === 'withheld-file')!;
    expect(all.filter((page) => page.reason === 'withheld-file').map((page) => page.file)).toEqual([
      'public/kestrel-secret-map.png',
    ]);
    const dir = site({
      'stories/public-story/index.html': '<img src="/kestrel-secret-map.png" alt="">',
      'stories/other/index.html':
        '<img src="/img/kestrel-secret-map.png" alt=""><img src="/shared-chart.png" alt=""><a href="https://www.interpol.int/kestrel-secret-map.png">x</a>',
    });
    const leaks = findLeaks(dir, [file]);
    expect(formatLeaks(leaks)).toBe(
      'leak check: 1 file of the output mentions a withheld page:\n' +
        '  stories/public-story/index.html mentions "/kestrel-secret-map.png", the address of public/kestrel-secret-map.png (a file of public/ only withheld pages use)\n' +
        'Remove the mention (or publish the page) and build again.',
    );
  });
});
