/**
 * The preflight and Astro read the same files: a page the checks leave out for its "_" name must not be published
 * by Astro's glob loader (src/content.config.ts), which reads the patterns with tinyglobby as asserted here.
 */
import { describe, expect, it } from 'vitest';
import { glob } from 'tinyglobby';
import { leftOutPatterns, listContent } from '../../src/lib/content-files.ts';
import { makeFixture } from '../helpers/build.ts';

describe('the files the site reads', () => {
  it('leaves out "_" files and folders at any depth, for the checks and for Astro alike', async () => {
    const fixture = makeFixture({ copyDemo: false });
    for (const name of ['a.mdx', 'fr/b.mdx', '_c.mdx', '_drafts/d.mdx', '_drafts/deep/e.mdx', 'fr/_f.mdx', 'fr/_old/g.mdx', 'h_i.mdx', '.j.mdx']) {
      fixture.write(`content/stories/${name}`, 'x');
    }
    const dir = `${fixture.root}/content/stories`;
    const listed = listContent(dir);
    expect(listed.files).toEqual(['a.mdx', 'fr/b.mdx', 'h_i.mdx']);
    expect(listed.leftOut).toEqual(['_c.mdx', '_drafts/', 'fr/_f.mdx', 'fr/_old/']);
    // As Astro's glob() loader calls tinyglobby (astro/dist/content/loaders/glob.js).
    const astro = await glob(['**/*.mdx', ...leftOutPatterns], { cwd: dir, expandDirectories: false });
    expect(astro.sort()).toEqual(listed.files);
  });
});
