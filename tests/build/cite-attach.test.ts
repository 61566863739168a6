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
import { mdxToJs } from 'satteri';

describe('the citation plugin', () => {
  it("is in the configuration Astro's incremental build hashes, under a name that changes with its code", () => {
    const code = createHash('sha256')
      .update(readFileSync(join(repoRoot, 'src/build/cite-attach.ts')))
      .digest('hex')
      .slice(0, 12);
    expect(attachCitations.name).toBe(`casefile-attach-citations-${code}`);
    // Astro hashes `markdown` as JSON (getConfigHashInput in astro/dist/core/build/config-hash): functions drop out,
    // the plugin's name stays.
    expect(JSON.stringify(config.markdown)).toContain(`"casefile-attach-citations-${code}"`);
  });

  it('removes the spaces, tabs and line breaks MDX keeps before a citation, and nothing else', () => {
    const compile = (mdx: string) => mdxToJs(mdx, { mdastPlugins: [attachCitations] }).code;
    // MDX compiles text to string literals: the one before the Cite loses its trailing space or line break.
    expect(compile('They can be extradited <Cite id="a" />.')).toContain('"They can be extradited"');
    expect(compile('politiquement\nmotivée\n<Cite id="a" />.')).toContain('"politiquement\\nmotivée"');
    // A no-break space the editor typed, text after the Cite, and a Cite opening a paragraph are left as written.
    expect(compile('Article\u00a03\u00a0<Cite id="a" /> and more.')).toContain('"Article\\xA03\\xA0"');
    expect(compile('Word <Cite id="a" /> and more.')).toContain('" and more."');
    expect(compile('<Cite id="a" /> opens it.')).toContain('" opens it."');
    // Another component before a space is not a citation.
    expect(compile('A <Fact dataset="d" row="r" column="c" /> figure.')).toContain('"A "');
    expect(withoutTrailingSpace('ends here')).toBe('ends here');
  });
});
