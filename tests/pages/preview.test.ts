/**
 * A preview build (PREVIEW=1) shows withheld pages with a visible banner and keeps them out of search engines;
 * public pages look as they do in a normal build.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildFixture, outputDir } from './fixture-site.ts';
import { headersFile } from '../../src/build/security-headers.ts';
import { allFiles } from '../build/tree.ts';

// Built as a newsroom builds a preview, without CASEFILE_PREVIEW_DIST, beside a site already published in `dist`.
const dist = outputDir();
const marker = 'the site as published';
let site: ReturnType<typeof buildFixture>;
beforeAll(() => {
  mkdirSync(dist, { recursive: true });
  writeFileSync(join(dist, 'marker.txt'), marker);
  // What every site a build published holds: a build may replace this folder (src/build/output-folder.ts).
  writeFileSync(join(dist, '_headers'), headersFile());
  site = buildFixture({ env: { PREVIEW: '1' }, dist, previewBeside: true });
  if (site.result.status !== 0) throw new Error(`the fixture did not build:\n${site.result.output}`);
});
afterAll(() => site?.remove());

const robots = (path: string) => site.page(path).querySelector('meta[name="robots"]')?.getAttribute('content');
// The page's own banner (a draft, an embargo), and the one every page of a preview carries.
const banner = (path: string) =>
  site.page(path).querySelector('.preview-banner:not(.preview-site)')?.textContent ?? null;
const siteBanner = (path: string) => site.page(path).querySelector('.preview-site')?.textContent ?? null;

describe('a preview build', () => {
  it('writes into <dist>-preview when CASEFILE_PREVIEW_DIST is not set, and leaves the published site in <dist> untouched', () => {
    expect(site.published).toBe(`${dist}-preview`);
    expect(existsSync(join(site.published, 'index.html'))).toBe(true);
    expect(site.result.output).toContain(`built ${dist}-preview for `);
    expect(readdirSync(dist).sort()).toEqual(['_headers', 'marker.txt']);
    expect(readFileSync(join(dist, 'marker.txt'), 'utf8')).toBe(marker);
  });

  it('tells git to ignore its folder whole, wherever it is written: it holds drafts and embargoed pages', () => {
    expect(
      readFileSync(join(site.published, '.gitignore'), 'utf8')
        .split('\n')
        .filter((line) => line && !line.startsWith('#')),
    ).toEqual(['*']);
  });

  it('keeps every crawler off the whole site in its robots.txt, pointing at no sitemap', () => {
    expect(
      site
        .read('/robots.txt')
        .split('\n')
        .filter((line) => line && !line.startsWith('#')),
    ).toEqual(['User-agent: *', 'Disallow: /']);
  });

  it('shows a draft with a "Draft" banner and noindex', () => {
    expect(banner('/stories/secret-plan/')).toBe('Draft: not published. This preview is not public.');
    expect(robots('/stories/secret-plan/')).toBe('noindex, nofollow');
  });

  it('shows an embargoed story with its embargo moment and noindex', () => {
    expect(banner('/stories/embargoed/')).toBe('Embargoed until 1 January 2027 00:00 UTC. This preview is not public.');
    expect(robots('/stories/embargoed/')).toBe('noindex, nofollow');
  });

  it('publishes the dataset only the draft uses, and leaves public pages without a banner of their own', () => {
    expect(site.page('/data/draft-only/').querySelector('h1')?.textContent).toBe('Zanzibar quokka tallies');
    expect(banner('/stories/the-files/')).toBeNull();
  });

  it('says on every page, public ones included, that it is a preview, not the published site', () => {
    for (const path of ['/', '/stories/the-files/', '/stories/secret-plan/', '/data/'])
      expect(siteBanner(path), path).toBe(
        'Preview build: this site includes drafts and embargoed pages. It is not the published site.',
      );
  });

  it('keeps every page of a preview from search engines: its lists name the withheld pages too', () => {
    for (const path of ['/', '/stories/', '/stories/the-files/', '/data/'])
      expect(robots(path), path).toBe('noindex, nofollow');
    // Every page, in every language: a French list names the withheld pages as the English one does.
    const pages = allFiles(site.published).filter(({ path }) => path.endsWith('.html'));
    expect(pages.filter(({ path }) => path.startsWith('fr/')).length).toBeGreaterThan(5);
    for (const { path, text } of pages)
      expect(text, path).toContain('<meta name="robots" content="noindex, nofollow">');
  });
});
