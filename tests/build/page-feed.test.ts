/**
 * Pages handed over while Astro renders (src/build/rendered-pages.ts, page-feed.ts): the file each URL is written
 * to, html-validate in worker threads on the pages as they come, the search index's comparison with the files on
 * disk, and the demo build using all of it.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { close } from 'pagefind';
import { pageHash, renderedFile } from '../../src/build/rendered-pages.ts';
import { LiveHtmlValidator } from '../../src/build/checks/html-live.ts';
import { LiveSearchIndex, marksIndexedText } from '../../src/build/search-index.ts';
import { siteFiles } from '../../src/build/checks/site-files.ts';
import { PageFeed } from '../../src/build/page-feed.ts';
import { outputFiles } from '../../src/build/output-memo.ts';
import { demoBuildLog, demoDist } from '../helpers/site.ts';

const valid =
  '<!DOCTYPE html><html lang="en"><head><title>Fine</title></head><body><main><p>Fine.</p></main></body></html>';
const invalid =
  '<!DOCTYPE html><html lang="en"><head><title>Broken</title></head><body><main><p><div>x</div></p></main></body></html>';

describe('the file a rendered page is written to', () => {
  it.each([
    ['/', 'index.html'],
    ['/stories/the-interpol-files/', 'stories/the-interpol-files/index.html'],
    ['/fr/stories/', 'fr/stories/index.html'],
    ['/404/', '404.html'],
    ['/404', '404.html'],
    ['/500/', '500.html'],
    ['/fr/404/', 'fr/404.html'],
    ['/stories/404/', 'stories/404/index.html'],
    ['/countries/t%C3%BCrkiye/', 'countries/türkiye/index.html'],
  ])('%s is %s', (pathname, file) => {
    expect(renderedFile(pathname)).toBe(file);
  });
});

describe('html-validate on pages as they are rendered', () => {
  it('validates each page in a worker and names the file, line and rule of each problem', async () => {
    const validator = new LiveHtmlValidator({ cacheDir: mkdtempSync(join(tmpdir(), 'casefile-live-html-')) });
    validator.add('a/index.html', valid);
    validator.add('b/index.html', invalid);
    const results = await validator.finish();
    expect(results.get('a/index.html')).toEqual({
      file: 'a/index.html',
      hash: pageHash(valid),
      problems: [],
      cached: false,
    });
    const broken = results.get('b/index.html');
    expect(broken?.hash).toBe(pageHash(invalid));
    expect(broken?.problems.length).toBeGreaterThan(0);
    expect(broken?.problems[0]).toMatch(/^b\/index\.html:1:\d+ [a-z-]+: /);
  });

  it('remembers a page that passed, and does not validate the same bytes again', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'casefile-live-html-'));
    const first = new LiveHtmlValidator({ cacheDir });
    first.add('a/index.html', valid);
    expect((await first.finish()).get('a/index.html')?.cached).toBe(false);
    const second = new LiveHtmlValidator({ cacheDir, workers: 2 });
    for (let i = 0; i < 20; i++) second.add(`p${i}/index.html`, i === 7 ? invalid : valid);
    const results = await second.finish();
    expect(results.size).toBe(20);
    expect([...results.values()].filter((result) => result.cached)).toHaveLength(19);
    expect(results.get('p7/index.html')?.problems.length).toBeGreaterThan(0);
  });
});

describe('the search index fed while Astro renders', () => {
  afterAll(() => close());

  it('lists the pages it was handed with other bytes than on disk, the pages it was handed that are gone, and the pages on disk it was never handed', () => {
    const index = new LiveSearchIndex();
    index.add('index.html', valid, pageHash(valid));
    index.add('stories/x/index.html', valid, pageHash(valid));
    index.add('stories/gone/index.html', valid, pageHash(valid));
    const onDisk = new Map([
      ['index.html', pageHash(valid)],
      ['stories/x/index.html', pageHash(invalid)],
      ['stories/new/index.html', pageHash(valid)],
    ]);
    expect(index.differences(onDisk)).toEqual(['stories/x/index.html', 'stories/gone/index.html']);
    expect(index.missing(onDisk)).toEqual(['stories/new/index.html']);
    const same = ['index.html', 'stories/x/index.html', 'stories/gone/index.html'].map(
      (file) => [file, pageHash(valid)] as const,
    );
    expect(index.differences(new Map(same))).toEqual([]);
  });

  it('indexes the pages on disk it was never handed (pages Astro copied) before writing the index', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'casefile-live-index-'));
    const page = (title: string) =>
      `<!DOCTYPE html><html lang="en"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1></main></body></html>`;
    mkdirSync(join(outDir, 'copied'));
    writeFileSync(join(outDir, 'copied/index.html'), page('Copied'));
    writeFileSync(join(outDir, 'index.html'), page('Rendered'));
    const index = new LiveSearchIndex();
    index.add('index.html', page('Rendered'), pageHash(page('Rendered')));
    const onDisk = new Map(
      siteFiles(outDir, ['.html']).map((file) => [file, pageHash(readFileSync(join(outDir, file)))]),
    );
    expect(index.differences(onDisk)).toEqual([]);
    expect(index.missing(onDisk)).toEqual(['copied/index.html']);
    await index.addFromDisk(outDir, index.missing(onDisk));
    expect(index.missing(onDisk)).toEqual([]);
    expect(await index.finish(outDir)).toBe(2);
  });

  it('hands Pagefind only pages that mark their text, so a site where none does gets an index holding no page', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'casefile-live-index-'));
    // A page that marks nothing (a menu, a list, the 404 page), though its text names the attribute.
    const unmarked =
      '<!DOCTYPE html><html lang="en"><head><title>Menu</title></head><body><nav>Stories</nav><main><p>data-pagefind-body</p></main></body></html>';
    expect(marksIndexedText(unmarked)).toBe(false);
    expect(marksIndexedText('<main id="main" data-pagefind-body>')).toBe(true);
    expect(marksIndexedText('<main data-pagefind-body="">')).toBe(true);
    const index = new LiveSearchIndex();
    index.add('index.html', unmarked, pageHash(unmarked));
    // Pagefind itself indexes every page whole on a site in which no page is marked.
    expect(await index.finish(outDir)).toBe(0);
  });

  it('counts a page rendered twice as a difference', () => {
    const index = new LiveSearchIndex();
    index.add('index.html', valid, pageHash(valid));
    index.add('index.html', valid, pageHash(valid));
    expect(index.differences(new Map([['index.html', pageHash(valid)]]))).toEqual(['index.html']);
  });
});

describe("the pages' hashes on disk", () => {
  it('are read from disk once when no hashes were given, and taken from the output digest (HTML files only) when they were', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'casefile-feed-'));
    mkdirSync(join(outDir, 'stories/x'), { recursive: true });
    mkdirSync(join(outDir, 'og'));
    writeFileSync(join(outDir, 'index.html'), valid);
    writeFileSync(join(outDir, 'stories/x/index.html'), invalid);
    writeFileSync(join(outDir, 'og/x.png'), 'PNG');
    const expected = new Map([
      ['index.html', pageHash(valid)],
      ['stories/x/index.html', pageHash(invalid)],
    ]);
    const fromDisk = new PageFeed({ htmlCacheDir: mkdtempSync(join(tmpdir(), 'casefile-feed-html-')) });
    const given = new PageFeed({ htmlCacheDir: mkdtempSync(join(tmpdir(), 'casefile-feed-html-')) });
    try {
      const { hashes } = outputFiles(outDir);
      given.useHashesOnDisk(hashes);
      // A change after the hashes were taken is not seen by the feed given them: it does not read the pages again.
      writeFileSync(join(outDir, 'index.html'), invalid);
      expect(await given.hashesOnDisk(outDir)).toEqual(expected);
      const read = new Map([...expected, ['index.html', pageHash(invalid)]]);
      expect(await fromDisk.hashesOnDisk(outDir)).toEqual(read);
      // Read once: asking again after another change gives what was read the first time.
      writeFileSync(join(outDir, 'stories/x/index.html'), valid);
      expect(await fromDisk.hashesOnDisk(outDir)).toEqual(read);
    } finally {
      await Promise.all([fromDisk.dispose(), given.dispose()]);
    }
  });
});

describe('the demo build', () => {
  const log = readFileSync(demoBuildLog, 'utf8');
  const pages = siteFiles(demoDist, ['.html']).length;

  it('validated every page as Astro rendered it', () => {
    // Its store of pages that passed starts empty (tests/setup/build-demo.ts): none is found unchanged.
    expect(log).toContain(
      `html-validate: ${pages} HTML files, 0 problems (${pages} validated, 0 unchanged since they passed; ${pages} while Astro rendered)`,
    );
  });

  it('indexed the pages Pagefind was handed while Astro rendered, without reading them again from disk', () => {
    expect(log).toMatch(
      new RegExp(`search index: \\d+ pages indexed \\(${pages} handed while Astro rendered, 0 read from disk\\)`),
    );
    expect(log).not.toContain('indexing from disk');
  });
});
