/**
 * A deployer's own public/_headers (copied into the output by Astro) is kept: the build adds its `/*` rule of
 * security headers to it instead of replacing the file, and refuses, naming the line and the header, when a rule of the
 * deployer's, for every path or a narrower one, sets one of the headers the build writes (Cloudflare Pages would send
 * both values, Netlify one of them by the rules' order).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  headersFile,
  headersFileProblems,
  projectHeadersProblems,
  securityHeadersStep,
} from '../../src/build/security-headers.ts';
import { repoRoot } from '../helpers/build.ts';
import { CheckError } from '../../src/build/checks/check-error.ts';
import type { BuildContext } from '../../src/build/steps.ts';

async function runStep(deployers: string | undefined): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'casefile-headers-merge-'));
  if (deployers !== undefined) writeFileSync(join(outDir, '_headers'), deployers);
  await securityHeadersStep.run({ outDir, log: () => {} } as unknown as BuildContext);
  return readFileSync(join(outDir, '_headers'), 'utf8');
}

describe("the deployer's public/_headers", () => {
  // The step writes a preview's headers when PREVIEW is set: each test says which build it is, whatever the shell
  // running the tests exported (a published build's unless it sets PREVIEW itself).
  beforeEach(() => {
    vi.stubEnv('PREVIEW', undefined);
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("keeps the deployer's rules, and adds the generated rule for every path after them", async () => {
    const deployers =
      '# Downloads are attachments\n/data/*\n  Content-Disposition: attachment\n  Cache-Control: max-age=3600\n';
    const text = await runStep(deployers);
    expect(text.startsWith(deployers)).toBe(true);
    expect(text.endsWith(headersFile())).toBe(true);
  });

  it("keeps a `/*` rule of the deployer's that sets other headers than the build's", async () => {
    const deployers = '/*\n  Strict-Transport-Security: max-age=63072000\n';
    const text = await runStep(deployers);
    expect(text).toContain('  Strict-Transport-Security: max-age=63072000\n');
    expect(text.endsWith(headersFile())).toBe(true);
  });

  it("refuses a rule of the deployer's, for every path or a narrower one, that sets a header the build writes, naming the line and the header", async () => {
    const deployers =
      '/data/*\n  Cache-Control: no-cache\n/*\n  content-security-policy: default-src *\n/stories/*\n  X-Frame-Options: SAMEORIGIN\n';
    const remedy =
      'which the build writes for every page (src/build/security-headers.ts): the host would send both values, or either one. Remove the line; to change the header, change it there, for the whole site';
    expect(headersFileProblems(deployers)).toEqual([
      `public/_headers: line 4: the rule for /* sets Content-Security-Policy, ${remedy}`,
      `public/_headers: line 6: the rule for /stories/* sets X-Frame-Options, ${remedy}`,
    ]);
    // The step says so as a check's failure, without a stack.
    const failure = await runStep(deployers).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(CheckError);
    expect((failure as Error).message).toContain('line 6: the rule for /stories/* sets X-Frame-Options');
  });

  it('reads a header line as Netlify and Cloudflare Pages do, indented or not: only a line starting with / or an https:// address is a path', () => {
    const deployers =
      '/*\nX-Frame-Options: SAMEORIGIN\n/data/*\n\tReferrer-Policy: no-referrer\nhttps://example.org/stories/*\nX-Content-Type-Options: nosniff\n';
    const remedy =
      'which the build writes for every page (src/build/security-headers.ts): the host would send both values, or either one. Remove the line; to change the header, change it there, for the whole site';
    expect(headersFileProblems(deployers)).toEqual([
      `public/_headers: line 2: the rule for /* sets X-Frame-Options, ${remedy}`,
      `public/_headers: line 4: the rule for /data/* sets Referrer-Policy, ${remedy}`,
      `public/_headers: line 6: the rule for https://example.org/stories/* sets X-Content-Type-Options, ${remedy}`,
    ]);
  });

  it("finds such a rule in the project's public/_headers, which the build checks before it renders anything", () => {
    const root = mkdtempSync(join(tmpdir(), 'casefile-headers-early-'));
    try {
      expect(projectHeadersProblems(root)).toEqual([]);
      mkdirSync(join(root, 'public'));
      writeFileSync(
        join(root, 'public/_headers'),
        '/about/*\n  Referrer-Policy: no-referrer\n  Cache-Control: no-cache\n',
      );
      expect(projectHeadersProblems(root)).toEqual([
        expect.stringMatching(/^public\/_headers: line 2: the rule for \/about\/\* sets Referrer-Policy, /),
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
    // main.ts stops on them before anything else is done.
    const main = readFileSync(join(repoRoot, 'src/build/main.ts'), 'utf8');
    expect(main.indexOf('projectHeadersProblems(projectRoot)')).toBeGreaterThan(0);
    expect(main.indexOf('projectHeadersProblems(projectRoot)')).toBeLessThan(main.indexOf('validateProject('));
  });

  it('refuses a rule that sets Cache-Control where the build does (files named by content), and keeps one elsewhere', () => {
    expect(
      headersFileProblems(
        '/*\n  Cache-Control: max-age=600\n/_astro/fonts/*\n  cache-control: no-store\n/data/*\n  Cache-Control: no-cache\n',
      ),
    ).toEqual([
      expect.stringMatching(
        /^public\/_headers: line 2: the rule for \/\* sets Cache-Control, which the build writes for \/_astro\/\* /,
      ),
      expect.stringMatching(
        /^public\/_headers: line 4: the rule for \/_astro\/fonts\/\* sets Cache-Control, which the build writes for \/_astro\/\* /,
      ),
    ]);
    // The patterns hosts take: a placeholder, a * within the path, a host's address.
    for (const path of ['/:section/*', '/*.css', '/_ast*', 'https://example.org/_astro/*']) {
      expect(headersFileProblems(`${path}\n  Cache-Control: no-store\n`), path).toHaveLength(1);
    }
    expect(headersFileProblems('/*.csv\n  Cache-Control: no-store\n/data/:file\n  Cache-Control: no-store\n')).toEqual(
      [],
    );
    expect(headersFileProblems('https://:project.pages.dev/*\n  X-Frame-Options: SAMEORIGIN\n')).toHaveLength(1);
    // Below a path, the rules are written for the folder and for the host's root: a rule for either meets them.
    expect(
      headersFileProblems('/investigations/_astro/*\n  Cache-Control: no-store\n', undefined, '/investigations/'),
    ).toHaveLength(1);
    expect(headersFileProblems('/_astro/*\n  Cache-Control: no-store\n', undefined, '/investigations/')).toHaveLength(
      1,
    );
    expect(headersFileProblems('/other/*\n  Cache-Control: no-store\n', undefined, '/investigations/')).toEqual([]);
  });

  it("refuses a Cache-Control of the deployer's for Pagefind's metadata, named by content, and keeps one for pagefind.js", () => {
    for (const path of ['/pagefind/pagefind.en_d2b2e5fff4.pf_meta', '/pagefind/*.pf_meta', '/pagefind/*']) {
      expect(headersFileProblems(`${path}\n  Cache-Control: no-store\n`), path).toEqual([
        expect.stringMatching(/which the build writes for \/pagefind\/(pagefind\.\*\.pf_meta|\w+\/\*) /),
      ]);
    }
    expect(headersFileProblems('/pagefind/pagefind.js\n  Cache-Control: no-cache\n')).toEqual([]);
  });

  it("takes a preview's X-Robots-Tag as an addition to a deployer's own, not a clash", async () => {
    // Put back as the runner set it after the test (afterEach): deleted, a PREVIEW=1 run went on as a published build.
    vi.stubEnv('PREVIEW', '1');
    expect(await runStep('/*\n  X-Robots-Tag: noindex\n')).toContain('X-Robots-Tag: noindex, nofollow');
  });

  it('is written as before when there is none, or only blank lines', async () => {
    expect(await runStep(undefined)).toBe(headersFile());
    expect(await runStep('  \n\n')).toBe(headersFile());
  });

  it("sets the deployer's rules apart from the generated ones by one blank line, however their file ends", async () => {
    const rule = '/data/*\n  Content-Disposition: attachment';
    for (const ending of ['', '\n', '\n\n\n', '  \n'])
      expect(await runStep(`${rule}${ending}`)).toBe(`${rule}\n\n${headersFile()}`);
  });

  it('reads a header name written with a space before its colon, and a :placeholder as one part of a path', () => {
    expect(headersFileProblems('/*\n  X-Frame-Options : SAMEORIGIN\n')).toHaveLength(1);
    // "/:page" matches /about, never a file below /_astro/.
    expect(headersFileProblems('/:page\n  Cache-Control: no-cache\n')).toEqual([]);
  });
});
