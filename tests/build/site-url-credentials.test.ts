/**
 * A site address with a user name or password (https://user:pw@example.org) would put the credentials into every
 * canonical link, feed and sitemap entry of the published site: the build refuses it before writing anything.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteUrlProblem } from '../../src/site.config.ts';
import { runBuild } from '../helpers/build.ts';

describe('CASEFILE_SITE_URL with credentials', () => {
  it('is refused, with a message that names the variable and the address to give instead, without the password', () => {
    for (const value of ['https://user:pw@example.org', 'https://user@example.org/', 'http://:secret@127.0.0.1:8080']) {
      const problem = siteUrlProblem(value);
      expect(problem, value).toMatch(/^CASEFILE_SITE_URL: /);
      expect(problem, value).toMatch(/user name or password/);
      expect(problem, value).not.toMatch(/pw|secret/);
    }
    expect(siteUrlProblem('https://user:pw@example.org')).toContain('https://example.org');
  });

  it('stops the build before it writes anything', () => {
    const dist = join(mkdtempSync(join(tmpdir(), 'casefile-site-url-')), 'out');
    const build = runBuild({ dist, env: { CASEFILE_SITE_URL: 'https://user:pw@example.org' } });
    expect(build.status, build.output).toBe(1);
    expect(build.output).toContain('The build stopped: CASEFILE_SITE_URL:');
    expect(build.output).not.toContain('pw@');
    expect(existsSync(dist)).toBe(false);
  });
});
