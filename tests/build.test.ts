import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { demoBuildLog, demoDist, page } from './helpers/site.ts';
import { absoluteUrl, basePath, placeholderUrl, siteUrlProblem, siteUrlWarning } from '../src/site.config.ts';
import { contentStoreFileName } from '../src/build/content-store-file.ts';

describe('the demo build', () => {
  it('writes a home page in English with a main landmark and a skip link to it', () => {
    const doc = page('/');
    expect(doc.documentElement.getAttribute('lang')).toBe('en');
    expect(doc.querySelector('main#main')).not.toBeNull();
    expect(doc.querySelector('a.skip-link')?.getAttribute('href')).toBe('#main');
  });

  it("says at its end when the site's address is the placeholder, and only then", () => {
    // The last line the build prints, after every step's; a build given the address prints none (tests/build/site-url.test.ts).
    const lines = readFileSync(demoBuildLog, 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('[casefile] '));
    expect(lines.at(-1)).toBe(`[casefile] note: ${siteUrlWarning(placeholderUrl)}`);
    expect(lines.at(-2)).toMatch(/^\[casefile\] built .* for https:\/\/casefile\.example\.org in [\d.]+ s$/);
    expect(siteUrlWarning(placeholderUrl)).toMatch(
      /^the site's address is the placeholder https:\/\/casefile\.example\.org: .*Set CASEFILE_SITE_URL/,
    );
    expect(siteUrlWarning('https://news.example.com')).toBeUndefined();
  });

  it('refuses a site address that is not an http(s) origin or a folder of one, naming the variable', () => {
    expect(siteUrlProblem(undefined)).toBeUndefined();
    expect(siteUrlProblem('https://news.example.com')).toBeUndefined();
    expect(siteUrlProblem('https://news.example.com/')).toBeUndefined();
    expect(siteUrlProblem('http://127.0.0.1:8080')).toBeUndefined();
    // Given without its scheme, as a browser's address bar shows it: the address meant, ready to copy.
    expect(siteUrlProblem('example.org')).toBe(
      'CASEFILE_SITE_URL: expected the address the site is served at, with its https://: give https://example.org, got "example.org"',
    );
    expect(siteUrlProblem('user.github.io/casefile/')).toBe(
      'CASEFILE_SITE_URL: expected the address the site is served at, with its https://: give https://user.github.io/casefile/, got "user.github.io/casefile/"',
    );
    expect(siteUrlProblem('localhost:4321')).toBe(
      'CASEFILE_SITE_URL: expected an http or https address, give http://localhost:4321, got "localhost:4321"',
    );
    expect(siteUrlProblem('news.example.org:8080')).toBe(
      'CASEFILE_SITE_URL: expected an http or https address, give https://news.example.org:8080, got "news.example.org:8080"',
    );
    expect(siteUrlProblem('127.0.0.1/casefile/')).toBe(
      'CASEFILE_SITE_URL: expected the address the site is served at, with its http://: give http://127.0.0.1/casefile/, got "127.0.0.1/casefile/"',
    );
    expect(siteUrlProblem('//example.org/repo/')).toBe(
      'CASEFILE_SITE_URL: expected the address the site is served at, with its https://: give https://example.org/repo/, got "//example.org/repo/"',
    );
    // No suggestion the build would refuse next: a user name, a query.
    for (const value of ['user@example.org', 'mailto:x@example.org', 'www.example.org/repo?x=1']) {
      expect(siteUrlProblem(value), value).not.toContain('give https://');
    }
    expect(siteUrlProblem('our site')).toBe(
      'CASEFILE_SITE_URL: expected the address the site is served at, such as https://news.example.org, got "our site"',
    );
    expect(siteUrlProblem('ftp://example.org')).toMatch(/^CASEFILE_SITE_URL: expected an http or https address/);
    // A folder of a host (a GitHub project page) is an address: src/build/base-path.ts moves the site below it.
    expect(siteUrlProblem('https://user.github.io/casefile')).toBeUndefined();
    expect(siteUrlProblem('https://example.org/news/investigations/')).toBeUndefined();
    expect(siteUrlProblem('https://example.org/news/?edition=1')).toBe(
      'CASEFILE_SITE_URL: expected the address the site is served at, with no query (?) or fragment (#), such as https://example.org/news/; got "https://example.org/news/?edition=1"',
    );
    expect(siteUrlProblem('https://example.org/#top')).toMatch(
      /^CASEFILE_SITE_URL: expected the address the site is served at, with no query/,
    );
    expect(siteUrlProblem('https://example.org/our news/')).toBe(
      'CASEFILE_SITE_URL: the folder the site is served below may hold letters, digits and . _ ~ - only, such as https://user.github.io/casefile/; got "our news" in "https://example.org/our news/"',
    );
    // A folder named like a file is a folder (GitHub serves a repository called site.v2 at /site.v2/); a page is not.
    expect(siteUrlProblem('https://user.github.io/site.v2')).toBeUndefined();
    expect(siteUrlProblem('https://example.org/red-notices/index.html')).toBe(
      'CASEFILE_SITE_URL: expected the folder the site is served below, not a page in it; give https://example.org/red-notices/',
    );
    for (const doubled of [
      'https://example.org/red-notices//',
      'https://example.org//red-notices/',
      'https://example.org\\red-notices\\',
      'https://bücher.example//red-notices/',
    ]) {
      expect(siteUrlProblem(doubled), doubled).toBe(
        `CASEFILE_SITE_URL: expected the site's folder written with single forward slashes, such as https://user.github.io/casefile/; got ${JSON.stringify(doubled)}`,
      );
    }
  });

  it("gives a site's folder and the public address of each page from its root", () => {
    expect(basePath('https://news.example.com')).toBe('/');
    expect(basePath('https://user.github.io/casefile/')).toBe('/casefile/');
    expect(absoluteUrl('/stories/x/', 'https://news.example.com')).toBe('https://news.example.com/stories/x/');
    expect(absoluteUrl('/stories/x/', 'https://user.github.io/casefile/')).toBe(
      'https://user.github.io/casefile/stories/x/',
    );
    expect(absoluteUrl('/', new URL('https://user.github.io/casefile/'))).toBe('https://user.github.io/casefile/');
    expect(absoluteUrl('/og/x.png', 'https://user.github.io/a/b')).toBe('https://user.github.io/a/b/og/x.png');
  });

  it("publishes no copy of the content store (its file stays in Astro's prerender folder, removed with it)", () => {
    const files = readdirSync(demoDist, { recursive: true, encoding: 'utf8' });
    expect(files.length).toBeGreaterThan(100);
    expect(files.filter((file) => file.endsWith(contentStoreFileName) || file.includes('.prerender'))).toEqual([]);
  });
});
