/**
 * Markdown links and images that Markdown does not read as such: `![A photo](./my photo.jpg)` (an address ends at a
 * space), `[the files][files]` with no `[files]: …` line on the page. Neither stops MDX: the page prints them as typed,
 * brackets and all, and the image is not published, so only the preflight can say so.
 */
import { parsedTree } from './mdx/parsed-tree.ts';

export interface LiteralLink {
  line: number;
  /** As typed, from its `[` (or `![`) to its closing bracket. */
  written: string;
  kind: 'image' | 'link' | 'reference';
  /** The address has a space in it (for an image or a link). */
  space: boolean;
}

interface Node {
  type: string;
  children?: Node[];
  position?: { start: { offset: number }; end: { offset: number } };
}

/** Blocks whose raw text is the phrasing Markdown prints: links are read (or not) within each. */
const PHRASING_BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

/** Inline nodes that are no prose: what they hold is not a link typed and left as text. */
const NOT_PROSE = new Set([
  'inlineCode',
  'link',
  'image',
  'linkReference',
  'imageReference',
  'mdxTextExpression',
  'html',
]);

/** `[text](address)` or `![alt](address)`, the text holding brackets in pairs; not after a backslash. */
const inline = /(?<!\\)(!?)\[((?:[^[\]]|\[[^[\]]*\])*)\]\(((?:[^()\n]|\([^()\n]*\))*)\)/g;

/** `[text][label]` or `[text][]`, not a footnote's `[^1]`. */
const reference = /(?<![\\\]])\[((?:[^[\]]|\[[^[\]]*\])+)\]\[(?!\^)([^[\]]*)\]/g;

/** Worth parsing for: an address with a space before something that is no title, or `][`. */
const suspect = /\]\(\s*[^\s)]+\s+[^\s"'(]|\]\[/;

/**
 * The links and images of an MDX `body` that Markdown leaves as text, with their lines in the file (`lineOffset`: the
 * lines above the body). Read by Sätteri, Astro's MDX parser, as the page will be: what it takes as a link is one.
 */
export function literalLinks(body: string, lineOffset = 0): LiteralLink[] {
  if (!suspect.test(body)) return [];
  const tree = parsedTree<Node>(body);
  if (!tree) return [];
  const found: { at: number; written: string; kind: LiteralLink['kind']; space: boolean }[] = [];
  const visit = (node: Node): void => {
    if (!PHRASING_BLOCKS.has(node.type)) {
      for (const child of node.children ?? []) visit(child);
      return;
    }
    const { start, end } = node.position!;
    // Matched with what is no prose blanked, quoted as typed (an address Markdown links by itself, https://…, is blanked).
    const text = proseOf(body, node, start.offset, end.offset);
    const typed = (match: RegExpExecArray) =>
      body.slice(start.offset + match.index, start.offset + match.index + match[0].length);
    for (const match of text.matchAll(inline)) {
      const written = typed(match);
      const address = /\]\(([\s\S]*)\)$/.exec(written)![1]!.trim();
      // A space after the address starts its title ("…"), which may be what is wrong; else the address goes on.
      const space = /^\S+\s+(?!["'(])\S/.test(address);
      found.push({ at: start.offset + match.index, written, kind: match[1] ? 'image' : 'link', space });
    }
    for (const match of text.matchAll(reference)) {
      found.push({ at: start.offset + match.index, written: typed(match), kind: 'reference', space: false });
    }
  };
  visit(tree);
  return found.sort((a, b) => a.at - b.at).map(({ at, ...link }) => ({ line: lineOffset + lineOf(body, at), ...link }));
}

/** The raw text of a block from `start` to `end`, the inline nodes that are no prose blanked (lines kept). */
function proseOf(body: string, block: Node, start: number, end: number): string {
  let text = body.slice(start, end);
  const blank = (node: Node): void => {
    if (NOT_PROSE.has(node.type) && node.position) {
      const from = node.position.start.offset - start;
      const to = node.position.end.offset - start;
      text = text.slice(0, from) + text.slice(from, to).replace(/[^\n]/g, ' ') + text.slice(to);
      return;
    }
    for (const child of node.children ?? []) blank(child);
  };
  for (const child of block.children ?? []) blank(child);
  return text;
}

/** The 1-based line of an offset in `text`. */
function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) line++;
  return line;
}
