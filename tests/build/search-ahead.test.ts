/**
 * Indexing ahead after an edit (src/build/search-ahead.ts): which edits let the published pages go to Pagefind while
 * Astro works, which pages go, and how the index treats a page handed over ahead and then rendered.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { close } from 'pagefind';
import {
  bodiesChanged,
  contentRecord,
  pagesExpectedSame,
  readRecord,
  writeRecord,
} from '../../src/build/search-ahead.ts';
import { LiveSearchIndex } from '../../src/build/search-index.ts';
import { pageHash } from '../../src/build/rendered-pages.ts';
import type { Project } from '../../src/lib/load-project.ts';

const now = new Date('2026-11-22T12:00:00Z');

function project(
  changes: { body?: string; title?: string; embargo?: string; rows?: number; extra?: boolean } = {},
): Project {
  const story = (id: string, body: string, title = `Story ${id}`) => ({
    id,
    file: `content/stories/${id}.mdx`,
    data: { title, ...(changes.embargo && id === 'a' ? { embargo: new Date(changes.embargo) } : {}) },
    body,
    bodyLine: 4,
  });
  return {
    root: '/site',
    stories: [
      story('a', changes.body ?? 'First body.', changes.title),
      story('fr/b', 'Deuxième texte.'),
      ...(changes.extra ? [story('c', 'A new story.')] : []),
    ],
    cases: [],
    datasets: new Map([
      ['d', { id: 'd', file: 'data/d.json', rows: Array.from({ length: changes.rows ?? 2 }, (_, i) => ({ n: i })) }],
    ]),
    sources: new Map([['s', { id: 's', title: 'A source' }]]),
    invalid: new Set(),
  } as unknown as Project;
}

describe('which edits let published pages be indexed ahead', () => {
  const before = contentRecord(project(), now, false);

  it('names the entries whose body alone changed', () => {
    expect(bodiesChanged(before, contentRecord(project({ body: 'First body, edited.' }), now, false))).toEqual(['a']);
  });

  it('none when a body edit changes the datasets the entry draws on (and so which dataset pages are published)', () => {
    const drawing = contentRecord(project({ body: 'A figure: <Fact dataset="d" column="n" row={0} />.' }), now, false);
    expect(bodiesChanged(drawing, contentRecord(project({ body: 'No figure any more.' }), now, false))).toBeUndefined();
    expect(
      bodiesChanged(
        drawing,
        contentRecord(project({ body: 'Another: <Fact dataset="d" column="n" row={1} />.' }), now, false),
      ),
    ).toEqual(['a']);
  });

  it('none when nothing changed, or anything but bodies changed, or there is no record of the published site', () => {
    expect(bodiesChanged(before, contentRecord(project(), now, false))).toBeUndefined();
    expect(bodiesChanged(undefined, contentRecord(project({ body: 'x' }), now, false))).toBeUndefined();
    const other = [
      project({ body: 'x', title: 'Another title' }),
      project({ body: 'x', rows: 3 }),
      project({ body: 'x', extra: true }),
    ];
    for (const changed of other) expect(bodiesChanged(before, contentRecord(changed, now, false))).toBeUndefined();
    // The same embargoed project built before and after its embargo ends: what is published changed, not only a body.
    const embargoed = (body: string) => project({ body, embargo: '2026-11-22T18:00:00Z' });
    const afterEmbargo = new Date('2026-11-23T00:00:00Z');
    expect(bodiesChanged(contentRecord(embargoed('x'), now, false), contentRecord(embargoed('y'), now, false))).toEqual(
      ['a'],
    );
    expect(
      bodiesChanged(contentRecord(embargoed('x'), now, false), contentRecord(embargoed('y'), afterEmbargo, false)),
    ).toBeUndefined();
    expect(bodiesChanged(before, contentRecord(project({ body: 'x' }), now, true))).toBeUndefined();
  });

  it('keeps one record per published folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'casefile-ahead-'));
    const record = contentRecord(project(), now, false);
    writeRecord(dir, '/site/dist', record);
    expect(readRecord(dir, '/site/dist')).toEqual(record);
    expect(readRecord(dir, '/site/other-dist')).toBeUndefined();
  });
});

describe('the pages expected to come out the same', () => {
  it("are every published page but the search index's and those in a folder named after a changed entry", () => {
    const site = mkdtempSync(join(tmpdir(), 'casefile-ahead-site-'));
    for (const file of [
      'index.html',
      'stories/a/index.html',
      'stories/b/index.html',
      'fr/stories/b/index.html',
      'stories/ab/index.html',
      'pagefind/x.html',
      'og/stories/b.png',
    ]) {
      mkdirSync(join(site, file, '..'), { recursive: true });
      writeFileSync(join(site, file), '<p>x</p>');
    }
    expect(pagesExpectedSame(site, ['fr/b'])).toEqual(['index.html', 'stories/a/index.html', 'stories/ab/index.html']);
  });
});

describe('a search index given pages ahead', () => {
  afterAll(() => close());
  const page = (title: string) =>
    `<!DOCTYPE html><html lang="en"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1></main></body></html>`;

  it('takes a page rendered with the same bytes as already indexed, and one rendered with other bytes as a difference', async () => {
    const published = mkdtempSync(join(tmpdir(), 'casefile-ahead-published-'));
    mkdirSync(join(published, 'same'));
    mkdirSync(join(published, 'edited'));
    writeFileSync(join(published, 'same/index.html'), page('Same'));
    writeFileSync(join(published, 'edited/index.html'), page('Before'));
    const index = new LiveSearchIndex();
    index.addAheadFromDisk(published, ['same/index.html', 'edited/index.html', 'gone/index.html']);
    await index.aheadDone();
    index.add('same/index.html', page('Same'), pageHash(page('Same')));
    const onDisk = new Map([
      ['same/index.html', pageHash(page('Same'))],
      ['gone/index.html', pageHash(page('Gone'))],
    ]);
    // An unreadable published file is not handed over: it is missing, to be read from the output.
    expect(index.missing(onDisk)).toEqual(['gone/index.html']);
    expect(index.differences(new Map([...onDisk, ['edited/index.html', pageHash(page('Before'))]]))).toEqual([]);
    index.add('edited/index.html', page('After'), pageHash(page('After')));
    expect(index.differences(new Map([...onDisk, ['edited/index.html', pageHash(page('After'))]]))).toEqual([
      'edited/index.html',
    ]);
  });

  it('counts a page handed over ahead that Astro did not write, or wrote with other bytes without it being handed over again, as a difference', async () => {
    const published = mkdtempSync(join(tmpdir(), 'casefile-ahead-published-'));
    for (const name of ['kept', 'gone', 'changed']) {
      mkdirSync(join(published, name));
      writeFileSync(join(published, name, 'index.html'), page(name));
    }
    const index = new LiveSearchIndex();
    index.addAheadFromDisk(published, ['kept/index.html', 'gone/index.html', 'changed/index.html']);
    await index.aheadDone();
    const kept: [string, string] = ['kept/index.html', pageHash(page('kept'))];
    expect(
      index.differences(
        new Map([kept, ['changed/index.html', pageHash(page('changed'))], ['gone/index.html', pageHash(page('gone'))]]),
      ),
    ).toEqual([]);
    expect(index.differences(new Map([kept, ['changed/index.html', pageHash(page('changed, on disk'))]]))).toEqual([
      'changed/index.html',
      'gone/index.html',
    ]);
  });

  it('stops handing pages over when told to, leaving the rest missing', async () => {
    const published = mkdtempSync(join(tmpdir(), 'casefile-ahead-published-'));
    const files = Array.from({ length: 40 }, (_, i) => `p${String(i).padStart(2, '0')}.html`);
    for (const file of files) writeFileSync(join(published, file), page(file));
    const index = new LiveSearchIndex();
    index.addAheadFromDisk(published, files);
    index.stopAhead();
    await index.aheadDone();
    // The batch under way (32 pages) is finished; the next is not started.
    expect(index.missing(new Map(files.map((file) => [file, pageHash(page(file))])))).toEqual(files.slice(32));
  });

  it('waits, when told the pages ahead are done, for every set of pages it was handed ahead', async () => {
    const published = mkdtempSync(join(tmpdir(), 'casefile-ahead-published-'));
    const files = Array.from({ length: 70 }, (_, i) => `p${String(i).padStart(2, '0')}.html`);
    for (const file of files) writeFileSync(join(published, file), page(file));
    const index = new LiveSearchIndex();
    index.addAheadFromDisk(published, files.slice(0, 69));
    index.addAheadFromDisk(published, files.slice(69));
    await index.aheadDone();
    expect(index.missing(new Map(files.map((file) => [file, pageHash(page(file))])))).toEqual([]);
  });

  it('counts a page rendered before its published copy was read, with other bytes, as a difference', async () => {
    const published = mkdtempSync(join(tmpdir(), 'casefile-ahead-published-'));
    writeFileSync(join(published, 'index.html'), page('Published'));
    const index = new LiveSearchIndex();
    index.add('index.html', page('Rendered'), pageHash(page('Rendered')));
    index.addAheadFromDisk(published, ['index.html']);
    await index.aheadDone();
    expect(index.differences(new Map([['index.html', pageHash(page('Rendered'))]]))).toEqual(['index.html']);
  });
});
