/**
 * The MDX plugin that sets citation numbers against their word (src/build/cite-attach.ts). What it does to the demo
 * site is tested on the built pages (tests/pages/demo.test.ts); here, that a change to its code reaches every page.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/build.ts';
import { attachCitations, withoutTrailingSpace } from '../../src/build/cite-attach.ts';
import config from '../../astro.config.mjs';

describe('the citation plugin', () => {
  it("is in the configuration Astro's incremental build hashes, under a name that changes with its code", () => {
    const code = createHash('sha256').update(readFileSync(join(repoRoot, 'src/build/cite-attach.ts'))).digest('hex').slice(0, 12);
    expect(attachCitations.name).toBe(`casefile-attach-citations-${code}`);
    // Astro hashes `markdown` as JSON (getConfigHashInput in astro/dist/core/build/config-hash): functions drop out,
    // the plugin's name stays.
    expect(JSON.stringify(config.markdown)).toContain(`"casefile-attach-citations-${code}"`);
  });

  it('removes spaces, tabs and line breaks before a citation, and nothing else', () => {
    expect(withoutTrailingSpace('can be extradited ')).toBe('can be extradited');
    expect(withoutTrailingSpace('politiquement motivée\n')).toBe('politiquement motivée');
    expect(withoutTrailingSpace('a\u00a0')).toBe('a');
    expect(withoutTrailingSpace('ends here')).toBe('ends here');
  });
});
