/**
 * runRehearsal with a stand-in for scripts/build.mjs: what it keeps of a build's output, shown when the build fails.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runRehearsal } from '../../src/build/rehearse.ts';

const dir = mkdtempSync(join(tmpdir(), 'casefile-rehearse-run-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const rehearsal = { moment: new Date('2027-01-01T06:00:00Z'), files: ['content/stories/x.mdx'] };

describe('a rehearsal’s build output', () => {
  it('is kept as written, characters of several bytes included, wherever the pipe cuts it', async () => {
    // 300,000 bytes of "€" (3 bytes each) and « » (2 each): a pipe hands them over in pieces of 64 KiB, which cut
    // characters in two.
    const text = '€'.repeat(50_000) + '«\u00a0»'.repeat(25_000);
    const script = join(dir, 'build.mjs');
    writeFileSync(script, `process.stderr.write(${JSON.stringify(text)}, () => process.exit(1));\n`);
    const result = await runRehearsal(rehearsal, dir, script, { PATH: process.env.PATH, TMPDIR: dir });
    expect(result.status).toBe(1);
    expect(result.log).not.toContain('\ufffd');
    expect(result.log).toBe(text);
  });
});
