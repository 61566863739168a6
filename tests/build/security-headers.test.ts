import { describe, expect, it, vi } from 'vitest';
import { type Dirent, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import {
  contentSecurityPolicy,
  generatedRuleComment,
  generatedRules,
  headersFile,
  immutable,
  nginxSnippet,
  pathPattern,
  securityHeaders,
  securityHeadersStep,
} from '../../src/build/security-headers.ts';
import type { BuildContext } from '../../src/build/steps.ts';
import { repoRoot } from '../helpers/build.ts';
import { demoDist } from '../helpers/site.ts';

describe('security headers', () => {
  it('allow no inline or third-party script or style, no plugins, no framing', () => {
    const directives = new Map(contentSecurityPolicy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(directives.get('style-src')).toEqual(["'self'"]);
    expect(directives.get('img-src')).toEqual(["'self'", 'data:']);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'self'"]);
    expect(directives.get('form-action')).toEqual(["'self'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(contentSecurityPolicy).not.toMatch(/unsafe-inline|'unsafe-eval'|https?:|\*/);
    expect(securityHeaders['X-Content-Type-Options']).toBe('nosniff');
    expect(securityHeaders['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
  });

  it('are written into the staging folder as a _headers file for every path', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'casefile-headers-'));
    // A published build's, whatever the shell running the tests exported: a preview's adds X-Robots-Tag.
    vi.stubEnv('PREVIEW', undefined);
    try {
      await securityHeadersStep.run({ outDir, log: () => {} } as unknown as BuildContext);
    } finally {
      vi.unstubAllEnvs();
    }
    const text = readFileSync(join(outDir, '_headers'), 'utf8');
    expect(text).toBe(headersFile());
    // The rule for every path, under the comment that marks the folder as a site a build made.
    expect(text.split('\n').slice(0, 2)).toEqual([generatedRuleComment, '/*']);
    expect(text).toContain(`  Content-Security-Policy: ${contentSecurityPolicy}\n`);
  });

  it('let browsers keep the files named by their content for a year, below the folder the site is served from', () => {
    const rules = (text: string) => text.split('\n').filter((line) => line.startsWith('/'));
    expect(rules(headersFile())).toEqual([
      '/*',
      '/_astro/*',
      '/pagefind/fragment/*',
      '/pagefind/index/*',
      '/pagefind/filter/*',
      '/pagefind/pagefind.*.pf_meta',
    ]);
    expect(headersFile()).toContain('/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n');
    expect(headersFile()).toContain(
      '/pagefind/pagefind.*.pf_meta\n  Cache-Control: public, max-age=31536000, immutable\n',
    );
    // Below a path, for the folder and for the host's root: which one a host sees depends on how it serves the folder.
    expect(rules(headersFile(securityHeaders, '/investigations/'))).toEqual([
      '/*',
      '/investigations/_astro/*',
      '/investigations/pagefind/fragment/*',
      '/investigations/pagefind/index/*',
      '/investigations/pagefind/filter/*',
      '/investigations/pagefind/pagefind.*.pf_meta',
      '/_astro/*',
      '/pagefind/fragment/*',
      '/pagefind/index/*',
      '/pagefind/filter/*',
      '/pagefind/pagefind.*.pf_meta',
    ]);
  });

  it("cache for a year every file of the built site named by its content: in the four folders, and Pagefind's metadata", () => {
    const yearLong = generatedRules()
      .filter((rule) => rule.headers['Cache-Control'] === immutable)
      .map((rule) => pathPattern(rule.path));
    const cached = (path: string) => yearLong.some((pattern) => pattern.test(path));
    const paths = (readdirSync(demoDist, { recursive: true, withFileTypes: true }) as Dirent[])
      .filter((entry) => entry.isFile())
      .map((entry) => `/${relative(demoDist, join(entry.parentPath, entry.name)).split(sep).join('/')}`);
    // A hash in a name: Pagefind's hex (`en_d2b2e5fff4.pf_meta`), Astro's files all in /_astro/.
    const hashed = paths.filter((path) => /[._][0-9a-f]{7,}\.\w+$/.test(path) || path.startsWith('/_astro/'));
    expect(hashed.length).toBeGreaterThan(10);
    expect(hashed.filter((path) => !cached(path))).toEqual([]);
    // Outside the four folders, only each language's metadata: pagefind.js, its entry file and its wasm.<lang>.pagefind
    // are named the same from one build to the next, and keep the host's default.
    const beside = paths.filter(
      (path) => cached(path) && !/^\/(_astro|pagefind\/(fragment|index|filter))\//.test(path),
    );
    expect(beside.map((path) => path.replace(/_[0-9a-f]+\./, '_<hash>.')).sort()).toEqual([
      '/pagefind/pagefind.en_<hash>.pf_meta',
      '/pagefind/pagefind.fr_<hash>.pf_meta',
    ]);
    expect(
      ['/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/pagefind/wasm.en.pagefind'].filter(cached),
    ).toEqual([]);
    // The deploying guide's nginx snippet caches the same files: its `location ~ … { expires max; }` pattern, at the
    // root.
    const guide = readFileSync(join(repoRoot, 'docs/deploying.md'), 'utf8');
    const nginxCached = /^\s*location ~ (\S+) \{ expires max; \}$/m.exec(guide);
    expect(nginxCached, 'docs/deploying.md shows an nginx location for files named by their content').not.toBeNull();
    const nginxPattern = new RegExp(nginxCached![1]!);
    expect(paths.filter((path) => nginxPattern.test(path) !== cached(path))).toEqual([]);
  });

  it('are the same values in the nginx snippet, and the deploying guide shows that snippet', () => {
    const lines = nginxSnippet().split('\n');
    expect(lines).toHaveLength(Object.keys(securityHeaders).length);
    for (const [name, value] of Object.entries(securityHeaders))
      expect(lines).toContain(`add_header ${name} "${value}" always;`);
    // What operators copy is the block in docs/deploying.md, which the README links for nginx.
    const guide = readFileSync(join(repoRoot, 'docs/deploying.md'), 'utf8');
    for (const line of lines) expect(guide).toContain(line);
  });
});
