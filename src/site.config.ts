/**
 * Site-wide settings an installation changes: its name, its public URL (for canonical links, RSS, sitemap and
 * social cards) and its languages. Environment variables let tests and deployments override them:
 * - CASEFILE_SITE_URL: the public address, an origin or a folder of one (a GitHub project page);
 * - CASEFILE_CONTENT_ROOT: the folder holding content/ and data/ (default: the project itself), so a test can
 *   build a fixture site with this project's code.
 */
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The project's folder. From source this file sits in src/; inside Astro's bundled build chunks its URL points into
 * the output folder, so there the build script's CASEFILE_PROJECT_ROOT (or the working folder) is used instead.
 */
export const projectRoot = findProjectRoot();

function findProjectRoot(): string {
  if (process.env.CASEFILE_PROJECT_ROOT) return resolve(process.env.CASEFILE_PROJECT_ROOT);
  const fromSource = resolve(fileURLToPath(new URL('..', import.meta.url)));
  return existsSync(join(fromSource, 'astro.config.mjs')) ? fromSource : process.cwd();
}

/** The public origin a build uses when CASEFILE_SITE_URL is not set: a placeholder, not an address to deploy. */
export const placeholderUrl = 'https://casefile.example.org';

export const site = {
  /** The publication's name, shown in the header and in titles. */
  name: 'Casefile',
  /**
   * The public address the site is served from: an origin, or a folder of one ending in "/"
   * (https://user.github.io/repo/). Canonical URLs, RSS and the sitemap are built from it (`absoluteUrl`).
   */
  url: siteAddress(process.env.CASEFILE_SITE_URL) ?? placeholderUrl,
  /** The default language, served at the root; its pages are the originals that translations link to. */
  defaultLocale: 'en',
  /**
   * The site's languages: BCP 47 code (also the URL prefix: /fr/) and the language's name in itself, for the language
   * switcher. Adding a language = an entry here, a dictionary in src/i18n/<code>.ts (registered in
   * src/i18n/index.ts; a missing one is a type error) and translated content in content/<collection>/<code>/.
   * Astro's i18n routing and the sitemap's alternates are derived from this list (astro.config.mjs). `intl`, where
   * given, is the locale the language's pages are written in when the code alone does not say it: dates, figures, lists and
   * og:locale follow it (British English: "2 February 2026", en_GB; Intl reads "en" alone as American English).
   */
  locales: [
    { code: 'en', label: 'English', intl: 'en-GB' },
    { code: 'fr', label: 'Français' },
  ],
  /**
   * Stories per page of the story list (/stories/, then /stories/page/2/ …): an archive of thousands of stories on
   * one page would weigh megabytes on a reader's phone (10,000 stories: 3.8 MB of HTML).
   */
  storiesPerPage: 48,
  /** Datasets per page of the data catalog (/data/, then /data/page/2/ …), for the same reason. */
  datasetsPerPage: 48,
  /**
   * Items in each language's RSS feed (/rss.xml, /fr/rss.xml): the newest, stories, case files and corrections
   * together. Feed readers fetch the whole file every time they poll (hourly, for many), and read only what is new
   * since the last time: a feed of every page an archive holds weighed megabytes at 1,000 stories. A correction is
   * dated when it was made, so a correction of an old story is among the newest items and reaches subscribers.
   */
  itemsPerFeed: 50,
  /**
   * Country names the house style writes otherwise than Intl (CLDR) does, per language and ISO code: on pages, in
   * charts, filters and cards. The demo writes "Turkey", as its sources and prose do, where CLDR says "Türkiye"; the
   * country page lists the other name under its title, so a search for either finds it.
   */
  countryNames: { en: { TR: 'Turkey' } } as Readonly<Partial<Record<string, Readonly<Record<string, string>>>>>,
  /**
   * How tags read where a reader chooses them (the search page's tag filter), per language. A tag with no label in a
   * language reads as its default-language label, or as its identifier without hyphens ("red-notices" → "red
   * notices"), marked as in the default language.
   */
  tagLabels: {
    en: {
      ccf: 'CCF',
      'el-salvador': 'El Salvador',
      interpol: 'Interpol',
      kyrgyzstan: 'Kyrgyzstan',
      russia: 'Russia',
      turkey: 'Turkey',
    },
    fr: {
      ccf: 'CCF',
      data: 'données',
      'el-salvador': 'Salvador',
      'human-rights-defenders': 'défenseurs des droits humains',
      'international-justice': 'justice internationale',
      interpol: 'Interpol',
      kyrgyzstan: 'Kirghizstan',
      leak: 'fuite',
      methodology: 'méthodologie',
      oversight: 'contrôle',
      'press-freedom': 'liberté de la presse',
      'red-diffusion': 'diffusion rouge',
      'red-notices': 'notices rouges',
      russia: 'Russie',
      safeguards: 'garde-fous',
      'transnational-repression': 'répression transnationale',
      turkey: 'Turquie',
    },
  } as Readonly<Partial<Record<string, Readonly<Record<string, string>>>>>,
} as const;

/** A configured language code. */
export type Locale = (typeof site.locales)[number]['code'];

/** Where content/ and data/ are read from. */
export const contentRoot = resolve(process.env.CASEFILE_CONTENT_ROOT ?? projectRoot);

/**
 * CASEFILE_SITE_URL as the site's address: a folder gets its trailing slash ("https://user.github.io/repo" is
 * "https://user.github.io/repo/"), so that addresses resolved against it stay inside it. Undefined when unset; a value
 * that is no URL is returned as given, for `siteUrlProblem` to report.
 */
function siteAddress(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  try {
    const url = new URL(value);
    return url.pathname === '/' || url.pathname.endsWith('/') ? value : `${value}/`;
  } catch {
    return value;
  }
}

/**
 * The path the site is served below, "/" at the root of its host or "/repo/" for https://user.github.io/repo/. Pages
 * are written and link to each other as if at the root ("/stories/x/"); a build below a path prefixes every address
 * in what it writes (src/build/base-path.ts), and the dev server serves at the root.
 */
export function basePath(url: string = site.url): string {
  try {
    const { pathname } = new URL(url);
    return pathname.endsWith('/') ? pathname : `${pathname}/`;
  } catch {
    return '/';
  }
}

/**
 * The public address of `path`, a path from the site's root ("/stories/x/", "/og/x.png"), on the site at `siteUrl`:
 * "https://user.github.io/repo/stories/x/" for a site below a path. (`new URL(path, siteUrl)` would drop the folder.)
 */
export function absoluteUrl(path: string, siteUrl: string | URL = site.url): string {
  const base = new URL(siteUrl);
  if (!base.pathname.endsWith('/')) base.pathname += '/';
  return new URL(path.replace(/^\/+/, ''), base).href;
}

/**
 * What the build says at its end when the site's address is the placeholder: canonical links, feeds, the sitemap
 * and social cards would point at it once deployed. Undefined for any other address.
 */
export function siteUrlWarning(url: string = site.url): string | undefined {
  if (url !== placeholderUrl) return undefined;
  return `the site's address is the placeholder ${placeholderUrl}: canonical links, feeds, the sitemap and social cards point there. Set CASEFILE_SITE_URL to the address you deploy to (README, "Deploying").`;
}

/**
 * The address `value` means when it was given without its scheme (user.github.io/casefile/, localhost:4321): with
 * https:// (http:// for this machine), if that makes an address with a host; undefined otherwise.
 */
function withScheme(value: string): string | undefined {
  const written = value.trim().replace(/^\/\//, '');
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(written)) return undefined;
  try {
    const { hostname } = new URL(`https://${written}`);
    const local = hostname === 'localhost' || hostname === '127.0.0.1';
    if (!local && !/\.[a-z]{2,}$/i.test(hostname)) return undefined;
    const meant = `${local ? 'http' : 'https'}://${written}`;
    // Only an address the build would take (not one with a user name, a query or a backslash, refused below).
    return siteUrlProblem(meant) === undefined ? meant : undefined;
  } catch {
    return undefined;
  }
}

/**
 * What is wrong with a site address given in CASEFILE_SITE_URL, or undefined when it is an http(s) origin or a folder
 * of one (https://user.github.io/repo/), with no user name or password, which every absolute link of the site would
 * otherwise carry, and no query or fragment, which no page address can be below.
 */
export function siteUrlProblem(value: string | undefined = process.env.CASEFILE_SITE_URL): string | undefined {
  if (value === undefined) return undefined;
  const example = 'such as https://news.example.org';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    const meant = withScheme(value);
    return `CASEFILE_SITE_URL: expected the address the site is served at, ${meant ? `with its ${meant.split('//')[0]}//: give ${meant}` : example}, got ${JSON.stringify(value)}`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    // "news.example.org:8080" reads as an address whose scheme is "news.example.org".
    const meant = withScheme(value);
    return `CASEFILE_SITE_URL: expected an http or https address, ${meant ? `give ${meant}` : example}, got ${JSON.stringify(value)}`;
  }
  // Every canonical link, feed entry and sitemap entry would carry them; the message leaves the password out.
  if (url.username || url.password) {
    return `CASEFILE_SITE_URL: expected the public address readers use, with no user name or password in it; give ${url.origin}`;
  }
  if (url.search || url.hash || value.includes('?') || value.includes('#')) {
    return `CASEFILE_SITE_URL: expected the address the site is served at, with no query (?) or fragment (#), such as ${url.origin}${url.pathname}; got ${JSON.stringify(value)}`;
  }
  // The URL parser reads "\\" as "/" and keeps "//": either would give the site a folder other than the one meant.
  // (The path as typed: `url.host` is the host in punycode, longer than a host typed in other scripts.)
  const written = value.replace(/^\s*[a-z][a-z0-9+.-]*:[\/\\]{2}[^/\\?#]*/i, '');
  if (value.includes('\\') || /\/\//.test(written)) {
    return `CASEFILE_SITE_URL: expected the site's folder written with single forward slashes, such as https://user.github.io/casefile/; got ${JSON.stringify(value)}`;
  }
  // Each folder name is written into every address of the site: plain characters only, so that the same path needs no
  // escaping in HTML, CSS, feeds and Pagefind's index.
  const folders = url.pathname.split('/').filter(Boolean);
  const odd = folders.find((folder) => !/^[A-Za-z0-9._~-]+$/.test(folder) || folder === '.' || folder === '..');
  if (odd !== undefined) {
    return `CASEFILE_SITE_URL: the folder the site is served below may hold letters, digits and . _ ~ - only, such as https://user.github.io/casefile/; got ${JSON.stringify(decodeURIComponent(odd))} in ${JSON.stringify(value)}`;
  }
  // The address of the home page (…/index.html) is not a folder: the site would be built below a folder of that name.
  const last = url.pathname.endsWith('/') ? undefined : folders.at(-1);
  if (last !== undefined && /\.(?:html?|php|xml)$/i.test(last)) {
    return `CASEFILE_SITE_URL: expected the folder the site is served below, not a page in it; give ${url.origin}${url.pathname.slice(0, -last.length)}`;
  }
  return undefined;
}
