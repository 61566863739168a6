import { describe, expect, it, vi } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  contentSecurityPolicy,
  generatedRuleComment,
  headersFile,
  nginxSnippet,
  securityHeaders,
  securityHeadersStep,
} from '../../src/build/security-headers.ts';
import type { BuildContext } from '../../src/build/steps.ts';
import { repoRoot } from '../helpers/build.ts';

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
    ]);
    expect(headersFile()).toContain('/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n');
    // Below a path, for the folder and for the host's root: which one a host sees depends on how it serves the folder.
    expect(rules(headersFile(securityHeaders, '/investigations/'))).toEqual([
      '/*',
      '/investigations/_astro/*',
      '/investigations/pagefind/fragment/*',
      '/investigations/pagefind/index/*',
      '/investigations/pagefind/filter/*',
      '/_astro/*',
      '/pagefind/fragment/*',
      '/pagefind/index/*',
      '/pagefind/filter/*',
    ]);
  });

  it('are the same values in the nginx snippet, and the README shows that snippet', () => {
    const lines = nginxSnippet().split('\n');
    expect(lines).toHaveLength(Object.keys(securityHeaders).length);
    for (const [name, value] of Object.entries(securityHeaders))
      expect(lines).toContain(`add_header ${name} "${value}" always;`);
    // What operators copy is the README's block.
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    for (const line of lines) expect(readme).toContain(line);
  });
});
