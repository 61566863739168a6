/**
 * Indexing ahead after an edit (src/build/search-ahead.ts): which edits let the published pages go to Pagefind while
 * Astro works, which pages go, and how the index treats a page handed over ahead and then rendered.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { close } from 'pagefind';
import {
  bodiesChanged,
  codeDigest,
  contentRecord,
  indexAheadByKeys,
  pagesExpectedSame,
  pagesWithSameKeys,
  readKeyRecord,
  readRecord,
  writeKeyRecord,
  writeRecord,
  type KeyRecord,
} from '../../src/build/search-ahead.ts';
import { keyedPages } from '../../src/build/page-keys-reported.ts';
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

describe('the pages predicted by their cache keys', () => {
  const code = 'code-1';
  const published: KeyRecord = {
    code,
    keys: { 'index.html': 'site-1', 'stories/a/index.html': 'a-1', 'stories/b/index.html': 'b-1' },
  };

  it('are the published pages whose key is the same, none of a new page or a page whose key changed', () => {
    const now: KeyRecord = {
      code,
      keys: {
        'index.html': 'site-2',
        'stories/b/index.html': 'b-1',
        'stories/a/index.html': 'a-1',
        'new/index.html': 'n',
      },
    };
    expect(pagesWithSameKeys(published, now)).toEqual(['stories/a/index.html', 'stories/b/index.html']);
  });

  it('are none when the code changed or the published site left no record', () => {
    expect(pagesWithSameKeys(published, { ...published, code: 'code-2' })).toEqual([]);
    expect(pagesWithSameKeys(undefined, published)).toEqual([]);
    // A page named like an Object property is a page, not a key every record has.
    expect(pagesWithSameKeys(published, { code, keys: { constructor: String(Object.prototype.constructor) } })).toEqual(
      [],
    );
  });

  // An unchanged rebuild (a scheduled build with no embargo passing): Astro copies every page, the search index cache
  // holds their index, and Pagefind was handed every page for nothing.
  it('are none when every page keeps its key, and the unchanged ones when a page goes', () => {
    expect(pagesWithSameKeys(published, { code, keys: { ...published.keys } })).toEqual([]);
    const { 'stories/b/index.html': _gone, ...rest } = published.keys;
    expect(pagesWithSameKeys(published, { code, keys: rest })).toEqual(['index.html', 'stories/a/index.html']);
  });

  it('are the HTML pages with a key in the list of paths Astro is about to generate, by the file each is written to', () => {
    const page = { type: 'page' };
    expect(
      keyedPages([
        { pathname: '/stories/a/', route: page, cacheKey: 'a-1' },
        { pathname: '/fr/stories/b/', route: page, cacheKey: 'b-1' },
        { pathname: '/fr/404/', route: page, cacheKey: 'site-1' },
        { pathname: '/about/', route: page },
        { pathname: '/og/stories/a.png', route: { type: 'endpoint' }, cacheKey: 'a-card' },
      ]),
    ).toEqual(
      new Map([
        ['stories/a/index.html', 'a-1'],
        ['fr/stories/b/index.html', 'b-1'],
        ['fr/404.html', 'site-1'],
      ]),
    );
  });

  it('are kept per published folder, written whole, and a record cut short or of another shape is no record', () => {
    const dir = mkdtempSync(join(tmpdir(), 'casefile-ahead-keys-'));
    writeKeyRecord(dir, '/site/dist', published);
    expect(readKeyRecord(dir, '/site/dist')).toEqual(published);
    expect(readKeyRecord(dir, '/site/other-dist')).toBeUndefined();
    // Beside the content record, with no temporary file left behind.
    writeRecord(dir, '/site/dist', contentRecord(project(), now, false));
    const files = readdirSync(dir).sort();
    expect(files).toHaveLength(2);
    expect(files.some((file) => file.endsWith('.tmp'))).toBe(false);
    const keyFile = join(
      dir,
      files.find((file) => file.startsWith('page-keys-'))!,
    );
    writeFileSync(keyFile, JSON.stringify(published).slice(0, 40));
    expect(readKeyRecord(dir, '/site/dist')).toBeUndefined();
    writeFileSync(keyFile, JSON.stringify({ code }));
    expect(readKeyRecord(dir, '/site/dist')).toBeUndefined();
  });

  it("a change to the code, the configuration, the lock file or the site's address changes the code digest", () => {
    const root = mkdtempSync(join(tmpdir(), 'casefile-ahead-code-'));
    mkdirSync(join(root, 'src/lib'), { recursive: true });
    writeFileSync(join(root, 'src/lib/page.ts'), 'export const a = 1;');
    writeFileSync(join(root, 'astro.config.mjs'), 'export default {};');
    writeFileSync(join(root, 'package-lock.json'), '{}');
    const url = 'https://example.org/';
    const before = codeDigest(root, url);
    expect(codeDigest(root, url)).toBe(before);
    const changed = (file: string, text: string) => {
      const copy = mkdtempSync(join(tmpdir(), 'casefile-ahead-code-'));
      cpSync(root, copy, { recursive: true });
      writeFileSync(join(copy, file), text);
      return codeDigest(copy, url);
    };
    expect(changed('src/lib/page.ts', 'export const a = 2;')).not.toBe(before);
    expect(changed('src/lib/new.ts', '')).not.toBe(before);
    expect(changed('astro.config.mjs', 'export default { trailingSlash: "never" };')).not.toBe(before);
    expect(changed('package-lock.json', '{"lockfileVersion":3}')).not.toBe(before);
    expect(codeDigest(root, 'https://example.org/repo/')).not.toBe(before);
    // So the pages of a build by other code are predicted none.
    expect(
      pagesWithSameKeys({ ...published, code: before }, { ...published, code: changed('src/lib/page.ts', '') }),
    ).toEqual([]);
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

  it('is handed the pages predicted by their keys but those already handed from the content', async () => {
    const published = mkdtempSync(join(tmpdir(), 'casefile-ahead-published-'));
    for (const file of ['a.html', 'b.html', 'c.html']) writeFileSync(join(published, file), page(file));
    const index = new LiveSearchIndex();
    index.addAheadFromDisk(published, ['a.html']);
    const keys = { 'a.html': '1', 'b.html': '2', 'c.html': '3' };
    expect(
      indexAheadByKeys(
        index,
        published,
        { code: 'x', keys },
        { code: 'x', keys: { ...keys, 'c.html': '4' } },
        new Set(['a.html']),
      ),
    ).toBe(1);
    await index.aheadDone();
    expect(index.missing(new Map(['a.html', 'b.html', 'c.html'].map((file) => [file, pageHash(page(file))])))).toEqual([
      'c.html',
    ]);
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
