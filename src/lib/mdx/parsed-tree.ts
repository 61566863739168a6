/** An MDX body's tree as Sätteri, Astro's MDX parser, reads it, for the checks that look at what the page will be. */
import { mdxToMdast } from 'satteri';

/**
 * `body`'s tree, its nodes as the caller's `Node` declares the fields it reads; undefined when the body does not
 * parse, which the checks of MDX syntax report as such (src/lib/validate/mdx-syntax.ts).
 */
export function parsedTree<Node>(body: string): Node | undefined {
  try {
    return mdxToMdast(body) as Node;
  } catch {
    return undefined;
  }
}
