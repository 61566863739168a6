/**
 * `<Fact>` and `<Cite>` inside a link's text: `[<Fact … /> notices](/data/x/)`. Each is a link itself (to its dataset's
 * row, to its note), and a link cannot hold another: the HTML check stopped the build after rendering, on "<a> element
 * is not permitted as a descendant of <a>" at a line of the built page, naming neither the component nor its line.
 */
import { parsedTree } from './mdx/parsed-tree.ts';

interface Node {
  type: string;
  name?: string | null;
  children?: Node[];
  position?: { start: { line: number } };
}

/** The components that print a link of their own. */
const LINKING = new Set(['Fact', 'Cite']);

/** The `<Fact>` and `<Cite>` tags of an MDX body that stand inside a link, with their lines (`lineOffset` as elsewhere). */
export function componentsInLinks(body: string, lineOffset = 0): { line: number; component: string }[] {
  // Parsed only when a tag stands after a "[" before its "]", or the page writes an <a>: most pages never do.
  if (!/\[[^\]]*<(?:Fact|Cite)\b/.test(body) && !(/<a\b/.test(body) && /<(?:Fact|Cite)\b/.test(body))) return [];
  const tree = parsedTree<Node>(body);
  if (!tree) return [];
  const found: { line: number; component: string }[] = [];
  const visit = (node: Node, inLink: boolean): void => {
    const jsx = node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement';
    if (inLink && jsx && LINKING.has(node.name ?? ''))
      found.push({ line: lineOffset + node.position!.start.line, component: node.name! });
    const link = node.type === 'link' || node.type === 'linkReference' || (jsx && node.name === 'a');
    for (const child of node.children ?? []) visit(child, inLink || link);
  };
  visit(tree, false);
  return found;
}
