import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runBuild, type BuildResult } from '../helpers/build.ts';
import { editorialFixture, markers } from './fixture.ts';
import { allFiles, filesMentioning, treeHash } from '../build/tree.ts';

describe('drafts and embargoed stories in the built site', () => {
  const fixture = editorialFixture();
  let normal: BuildResult;
  let preview: BuildResult;

  beforeAll(() => {
    normal = runBuild({ dist: join(fixture.root, 'normal'), contentRoot: fixture.root });
    preview = runBuild({ dist: join(fixture.root, 'preview'), contentRoot: fixture.root, env: { PREVIEW: '1' } });
  });

  it('a normal build succeeds and runs the leak check over the withheld pages', () => {
    expect(normal.status, normal.output).toBe(0);
    expect(normal.output).toContain(
      '[casefile] leak check: 2 withheld pages and 1 withheld dataset, not found in the output',
    );
  });

  it('no file of a normal build mentions a marker word of a draft or an embargoed story, Pagefind fragments included', () => {
    const files = allFiles(normal.dist);
    // The walk reads the search index too: decompressed fragments hold the public stories' text.
    expect(
      files.some(({ path, text }) => path.includes('pagefind/fragment/') && text.includes('Public fixture story')),
    ).toBe(true);
    for (const marker of Object.values(markers))
      expect({ marker, files: filesMentioning(normal.dist, marker) }).toEqual({ marker, files: [] });
  });

  it('a preview build includes them, with a banner and noindex', () => {
    expect(preview.status, preview.output).toBe(0);
    expect(readFileSync(join(preview.dist, `data/${markers.draftDataset}/index.html`), 'utf8')).toContain(
      markers.draftDatasetTitle,
    );
    for (const [slug, title, word, banner] of [
      [markers.draftSlug, markers.draftTitle, markers.draftWord, 'Draft'],
      [markers.embargoSlug, markers.embargoTitle, markers.embargoWord, 'Embargoed'],
    ] as const) {
      const html = readFileSync(join(preview.dist, `stories/${slug}/index.html`), 'utf8');
      expect(html).toContain(title);
      expect(html).toContain(word);
      expect(html).toMatch(new RegExp(`<p class="preview-banner"[^>]*>${banner}`));
      expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    }
  });

  it('a preview says so on every page, in its feed and in its headers, which keep search engines off its other files', () => {
    const pages = (dist: string) => allFiles(dist).filter(({ path }) => path.endsWith('.html'));
    const site = 'Preview build: this site includes drafts and embargoed pages. It is not the published site.';
    const previewPages = pages(preview.dist);
    expect(previewPages.length).toBeGreaterThan(10);
    // Each page in its own language: the French pages in French, the others in English.
    const french = 'Aperçu\u00a0: ce site comprend des brouillons';
    expect(previewPages.filter(({ path }) => path.startsWith('fr/')).length).toBeGreaterThan(5);
    for (const { path, text } of previewPages)
      expect([path, text.includes(path.startsWith('fr/') ? french : site)]).toEqual([path, true]);
    expect(pages(normal.dist).filter(({ text }) => text.includes('preview-site'))).toEqual([]);
    expect(readFileSync(join(preview.dist, '_headers'), 'utf8')).toContain('  X-Robots-Tag: noindex, nofollow\n');
    expect(readFileSync(join(normal.dist, '_headers'), 'utf8')).not.toContain('X-Robots-Tag');
    expect(readFileSync(join(preview.dist, 'rss.xml'), 'utf8')).toContain('<title>Casefile (preview)</title>');
    expect(readFileSync(join(normal.dist, 'rss.xml'), 'utf8')).toMatch(/<channel><title>Casefile<\/title>/);
  });

  it('a public page that names a draft fails the build with the file and the page, and leaves the previous output as it was', () => {
    const before = treeHash(normal.dist);
    fixture.write(
      'content/stories/second-story.mdx',
      readFileSync(join(fixture.root, 'content/stories/second-story.mdx'), 'utf8') +
        `\nSee also ${markers.draftTitle}.\n`,
    );
    const leaked = runBuild({ dist: normal.dist, contentRoot: fixture.root });
    expect(leaked.status).toBe(1);
    expect(leaked.stderr).toContain('The build stopped: a check of the output failed.');
    expect(leaked.stderr).toContain(
      `  stories/second-story/index.html mentions "${markers.draftTitle}", the title of content/stories/${markers.draftSlug}.mdx (a draft)`,
    );
    expect(leaked.output).not.toMatch(/\n\s+at /);
    expect(treeHash(normal.dist)).toBe(before);
  });

  it('a dataset whose text names an embargoed story by its slug fails the build', () => {
    const file = join(fixture.root, 'data/fixture-counts.json');
    const dataset = JSON.parse(readFileSync(file, 'utf8'));
    fixture.write(
      'data/fixture-counts.json',
      JSON.stringify({ ...dataset, description: `Background for ${markers.embargoSlug}.` }),
    );
    const leaked = runBuild({ dist: join(fixture.root, 'leak-2'), contentRoot: fixture.root });
    expect(leaked.status).toBe(1);
    expect(leaked.stderr).toContain('The build stopped: a check of the output failed.');
    for (const file of ['data/fixture-counts/index.html', 'data/fixture-counts.json']) {
      expect(leaked.stderr).toContain(
        `  ${file} mentions "${markers.embargoSlug}", the slug of content/stories/${markers.embargoSlug}.mdx (embargoed)`,
      );
    }
  });

  it('a public page that names a dataset only a draft uses fails the build', () => {
    const fresh = editorialFixture();
    fresh.write(
      'content/cases/public-case.mdx',
      readFileSync(join(fresh.root, 'content/cases/public-case.mdx'), 'utf8') +
        `\nCompare ${markers.draftDatasetTitle}.\n`,
    );
    const leaked = runBuild({ dist: join(fresh.root, 'out'), contentRoot: fresh.root });
    expect(leaked.status).toBe(1);
    expect(leaked.stderr).toContain(
      `  cases/public-case/index.html mentions "${markers.draftDatasetTitle}", the title of data/${markers.draftDataset}.json (a dataset only withheld pages use)`,
    );
  });
});
