/**
 * The HTTP headers every page is served with, in one place: the build writes them as a `_headers` file (read by Netlify
 * and Cloudflare Pages), the test server applies the same values, and docs/deploying.md shows them for nginx. The file
 * also lets browsers keep the files named by their content for a year (`immutable`). A deployer's own `public/_headers`
 * (which Astro copies into the output) is kept, the generated rules added after it.
 *
 * The Content-Security-Policy allows nothing inline and nothing from another host: pages carry no script but the
 * search page's, which is a file from the same origin; styles are files too (`inlineStylesheets: 'never'`).
 * `'wasm-unsafe-eval'` lets the search page compile Pagefind's WebAssembly module (Chromium and Safari refuse to
 * compile WebAssembly under a `script-src` without it); it does not allow JavaScript `eval`.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PostBuildStep } from './steps.ts';
import { readIfPresent } from './read-if-present.ts';
import { isPreview } from '../lib/visibility.ts';
import { CheckError } from './checks/check-error.ts';
import { basePath } from '../site.config.ts';

/** The Content-Security-Policy directives, in the order they are written. */
export const contentSecurityPolicyDirectives: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/** The policy as one header value. */
export const contentSecurityPolicy = Object.entries(contentSecurityPolicyDirectives)
  .map(([name, sources]) => `${name} ${sources.join(' ')}`)
  .join('; ');

/** Header name -> value, applied to every path of the site. */
export const securityHeaders: Record<string, string> = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  // For browsers that predate frame-ancestors.
  'X-Frame-Options': 'DENY',
};

/**
 * The headers of this build's site: a preview's (PREVIEW=1) also keep every file out of search engines, its feed,
 * social cards and downloads included, which a page's robots meta does not reach.
 */
export function buildHeaders(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  return isPreview(env) ? { ...securityHeaders, 'X-Robots-Tag': 'noindex, nofollow' } : securityHeaders;
}

/**
 * The comment the generated rules open with. It also marks a folder as a site a build made, one the next build may
 * replace whole (src/build/output-folder.ts): a `_headers` file alone is in many folders no build made.
 */
export const generatedRuleComment =
  '# The security headers of every page and the cache lifetime of files named by content, written by the build (src/build/security-headers.ts)';

/**
 * How long a browser may keep a file whose name changes with its content (Astro's `/_astro/` stylesheets, fonts and
 * images; Pagefind's index, filter and fragment files and each language's `pagefind.en_<hash>.pf_meta`): a year,
 * without asking again. Every other file (pages, `pagefind.js`, `pagefind-entry.json`, Pagefind's `wasm.*.pagefind`,
 * named by language alone, the feeds, downloads) keeps the host's default, which asks whether it changed.
 */
export const immutable = 'public, max-age=31536000, immutable';

/**
 * The paths of files named by their content: four folders, and Pagefind's metadata beside `pagefind.js`, whose hash is
 * inside the file name. Netlify and Cloudflare Pages both take a `*` inside a file name (Cloudflare's `/*.jpg`; Netlify
 * reads `hello*world` as any text between). Below a path (`base`, "/investigations/"), written both ways: a host that
 * serves the built folder at its root sees `/_astro/…`, one that serves it below the path the addresses carry.
 */
export function hashedPaths(base = '/'): string[] {
  const paths = [
    '_astro/*',
    'pagefind/fragment/*',
    'pagefind/index/*',
    'pagefind/filter/*',
    'pagefind/pagefind.*.pf_meta',
  ];
  return [...new Set([base, '/'])].flatMap((prefix) => paths.map((path) => `${prefix}${path}`));
}

/** A rule of a `_headers` file: a path and the headers sent with what it matches. */
export interface HeadersRule {
  path: string;
  headers: Record<string, string>;
}

/** The rules the build writes: the security headers for every path, the cache lifetime of files named by content. */
export function generatedRules(headers: Record<string, string> = securityHeaders, base = '/'): HeadersRule[] {
  return [
    { path: '/*', headers },
    ...hashedPaths(base).map((path) => ({ path, headers: { 'Cache-Control': immutable } })),
  ];
}

/** The `_headers` file of Netlify and Cloudflare Pages: the build's rules. */
export function headersFile(headers: Record<string, string> = securityHeaders, base = '/'): string {
  const rules = generatedRules(headers, base).map(
    ({ path, headers: set }) =>
      `${path}\n${Object.entries(set)
        .map(([name, value]) => `  ${name}: ${value}`)
        .join('\n')}\n`,
  );
  return `${generatedRuleComment}\n${rules.join('')}`;
}

/** The same headers as nginx `add_header` lines, for a server block (`always` sends them on error pages too). */
export function nginxSnippet(headers: Record<string, string> = securityHeaders): string {
  return Object.entries(headers)
    .map(([name, value]) => `add_header ${name} "${value}" always;`)
    .join('\n');
}

/** One header a rule of a `_headers` file sets: the rule's path, the header's name as written, and its line. */
interface RuleHeader {
  path: string;
  name: string;
  line: number;
}

/**
 * The headers the rules of a `_headers` file set, as written. A rule is a path (a line starting with `/`, or an
 * `https://` address), its headers the `Name: value` lines below it; `#` starts a comment. Headers are written
 * indented, but Netlify and Cloudflare Pages read a line by its first character, not its indent: an unindented
 * `X-Frame-Options: SAMEORIGIN` under `/*` is a header to them.
 */
export function ruleHeaders(text: string): RuleHeader[] {
  const found: RuleHeader[] = [];
  let path: string | undefined;
  text.split(/\r?\n/).forEach((line, i) => {
    const written = line.trim();
    if (written === '' || written.startsWith('#')) return;
    if (/^(\/|[a-z][a-z0-9+.-]*:\/\/)/i.test(written)) path = written;
    else if (path !== undefined && written.includes(':'))
      found.push({ path, name: written.slice(0, written.indexOf(':')).trim(), line: i + 1 });
  });
  return found;
}

/** A `_headers` path as a pattern of addresses: a host (absolute URL) dropped, `*` any text, `:name` one segment. */
export function pathPattern(path: string): RegExp {
  const local = path.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '') || '/';
  const source = local
    .split(/(\*|:[A-Za-z_]\w*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`);
}

/** Addresses of each kind of file below a folder the build caches, to try a deployer's pattern on. */
const sampleFiles = [
  'x',
  'x.css',
  'x.js',
  'x.woff2',
  'x.webp',
  'x.avif',
  'x.png',
  'x.jpg',
  'x.svg',
  'en_1.pf_fragment',
  'en_1.pf_index',
  'en_1.pf_filter',
];

/**
 * Whether a deployer's rule path can match an address a generated rule matches: every path for `/*`; for a folder
 * (`/_astro/*`), a path inside it, or a pattern that matches a file there (`/*.css`, `/:folder/*`, a host's URL); for
 * a file pattern (`/pagefind/pagefind.*.pf_meta`), a file it matches, or a pattern matching such a file.
 */
function overlap(generated: string, path: string): boolean {
  if (generated === '/*') return true;
  const local = path.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '');
  const pattern = pathPattern(path);
  if (!generated.endsWith('/*'))
    return pathPattern(generated).test(local) || pattern.test(generated.replace('*', 'en_1'));
  const folder = generated.slice(0, -1);
  const literal = local.split(/[*:]/)[0]!;
  if (literal.startsWith(folder)) return true;
  return sampleFiles.some((file) => pattern.test(`${folder}${file}`));
}

/**
 * The problems of a deployer's `public/_headers` (its text) beside the rules the build writes: a rule that sets one
 * of their headers for an address one of them matches too (the security headers for every page; Cache-Control for
 * `/_astro/*` and Pagefind's files). Netlify and Cloudflare Pages apply every rule that matches a path: Cloudflare
 * sends both values (two policies, the stricter one winning; "SAMEORIGIN, DENY", which browsers reject), Netlify one
 * of them, by the rules' order. A header the build writes is changed where it is written.
 */
export function headersFileProblems(
  deployers: string,
  headers: Record<string, string> = securityHeaders,
  base = '/',
): string[] {
  const rules = generatedRules(headers, base);
  return ruleHeaders(deployers).flatMap(({ path, name, line }) => {
    const clash = rules.find(
      (rule) =>
        overlap(rule.path, path) && Object.keys(rule.headers).some((set) => set.toLowerCase() === name.toLowerCase()),
    );
    if (!clash) return [];
    const header = Object.keys(clash.headers).find((set) => set.toLowerCase() === name.toLowerCase())!;
    const where = clash.path === '/*' ? 'every page' : clash.path;
    const remedy =
      clash.path === '/*'
        ? 'Remove the line; to change the header, change it there, for the whole site'
        : "The build's rule is for files named by their content, which never change: keep your rule to other paths";
    return [
      `public/_headers: line ${line}: the rule for ${path} sets ${header}, which the build writes for ${where} (src/build/security-headers.ts): the host would send both values, or either one. ${remedy}`,
    ];
  });
}

/** The problems of the project's public/_headers, if it has one: the build checks them before it renders (main.ts). */
export function projectHeadersProblems(projectRoot: string, base = basePath()): string[] {
  const file = join(projectRoot, 'public', '_headers');
  return existsSync(file) ? headersFileProblems(readFileSync(file, 'utf8'), securityHeaders, base) : [];
}

/**
 * The `_headers` file to publish: the deployer's rules (`deployers`, the text of public/_headers, if any), then the
 * generated rule. A deployer's rule that sets one of the generated headers is refused (`headersFileProblems`; the
 * build checks public/_headers before it renders, src/build/main.ts).
 */
export function mergedHeadersFile(
  deployers: string | undefined,
  headers: Record<string, string> = securityHeaders,
  base = '/',
): string {
  if (deployers === undefined || deployers.trim() === '') return headersFile(headers, base);
  // Against the headers of the published site: a preview's X-Robots-Tag only adds to a deployer's own.
  const problems = headersFileProblems(deployers, securityHeaders, base);
  if (problems.length > 0) throw new CheckError('security headers', problems);
  return `${deployers.replace(/\s*$/, '\n')}\n${headersFile(headers, base)}`;
}

/** The post-build step that writes `_headers` into the staging folder, after the deployer's rules if there are any. */
export const securityHeadersStep: PostBuildStep = {
  name: 'security headers',
  run({ outDir, log }) {
    const file = join(outDir, '_headers');
    const deployers = readIfPresent(file);
    const headers = buildHeaders();
    writeFileSync(file, mergedHeadersFile(deployers, headers, basePath()));
    const kept = deployers?.trim() ? ', after the rules of public/_headers' : '';
    log(
      `security headers: _headers written (${Object.keys(headers).length} headers, files named by content cached for a year${kept})`,
    );
  },
};
