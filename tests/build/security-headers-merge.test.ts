/**
 * A deployer's own public/_headers (copied into the output by Astro) is kept: the build adds its `/*` rule of
 * security headers to it instead of replacing the file, and refuses, naming the file and the header, when the
 * deployer's `/*` rule sets one of the headers the build writes (Netlify and Cloudflare Pages would send both).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headersFile, securityHeadersStep } from '../../src/build/security-headers.ts';
import type { BuildContext } from '../../src/build/steps.ts';

async function runStep(deployers: string | undefined): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'casefile-headers-merge-'));
  if (deployers !== undefined) writeFileSync(join(outDir, '_headers'), deployers);
  await securityHeadersStep.run({ outDir, log: () => {} } as unknown as BuildContext);
  return readFileSync(join(outDir, '_headers'), 'utf8');
}

describe("the deployer's public/_headers", () => {
  it("keeps the deployer's rules, and adds the generated rule for every path after them", async () => {
    const deployers = '# Downloads are attachments\n/data/*\n  Content-Disposition: attachment\n  Cache-Control: max-age=3600\n';
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

  it("refuses a `/*` rule of the deployer's that sets a header the build writes, naming the file and the header", async () => {
    const deployers = '/data/*\n  Cache-Control: no-cache\n/*\n  content-security-policy: default-src *\n';
    await expect(runStep(deployers)).rejects.toThrow(/public\/_headers: .*Content-Security-Policy.*\/\*/);
  });

  it('is written as before when there is none', async () => {
    expect(await runStep(undefined)).toBe(headersFile());
  });
});
