/**
 * The HTTP headers every page is served with, in one place: the build writes them as a `_headers` file (read by
 * Netlify and Cloudflare Pages), the test server applies the same values, and the README shows them for nginx.
 *
 * The Content-Security-Policy allows nothing inline and nothing from another host: pages carry no script but the
 * search page's, which is a file from the same origin; styles are files too (`inlineStylesheets: 'never'`).
 * `'wasm-unsafe-eval'` lets the search page compile Pagefind's WebAssembly module (Chromium and Safari refuse to
 * compile WebAssembly under a `script-src` without it); it does not allow JavaScript `eval`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PostBuildStep } from './steps.ts';

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

/** The `_headers` file of Netlify and Cloudflare Pages: one rule for every path. */
export function headersFile(headers: Record<string, string> = securityHeaders): string {
  return `/*\n${Object.entries(headers)
    .map(([name, value]) => `  ${name}: ${value}`)
    .join('\n')}\n`;
}

/** The same headers as nginx `add_header` lines, for a server block (`always` sends them on error pages too). */
export function nginxSnippet(headers: Record<string, string> = securityHeaders): string {
  return Object.entries(headers)
    .map(([name, value]) => `add_header ${name} "${value}" always;`)
    .join('\n');
}

/** The post-build step that writes `_headers` into the staging folder. */
export const securityHeadersStep: PostBuildStep = {
  name: 'security headers',
  run({ outDir, log }) {
    writeFileSync(join(outDir, '_headers'), headersFile());
    log(`security headers: _headers written (${Object.keys(securityHeaders).length} headers)`);
  },
};
