/**
 * Rows of a Markdown table with more or fewer cells than its header: Markdown leaves a missing cell empty and drops a
 * cell past the header's last, without a word, so a figure typed in the wrong column or a cell forgotten is published
 * as an empty cell, or not at all. Only the preflight can say so.
 */
import { parsedTree } from './mdx/parsed-tree.ts';

export interface UnevenRow {
  line: number;
  cells: number;
  header: number;
}

interface Node {
  type: string;
  children?: Node[];
  position?: { start: { offset: number; line: number } };
}

/** A table's delimiter row (`| --- | ---: |`): worth parsing for. */
const delimiter = /^[ \t>]*\|?[ \t]*:?-+:?[ \t]*\|/m;

/** The rows of `body`'s tables whose cells are not as many as the header's, with their lines in the file. */
export function unevenTableRows(body: string, lineOffset = 0): UnevenRow[] {
  if (!delimiter.test(body)) return [];
  const tree = parsedTree<Node>(body);
  if (!tree) return [];
  const found: UnevenRow[] = [];
  const visit = (node: Node): void => {
    if (node.type !== 'table') {
      for (const child of node.children ?? []) visit(child);
      return;
    }
    const [head, ...rows] = node.children ?? [];
    const header = head?.children?.length ?? 0;
    for (const row of rows) {
      const cells = row.children?.length ?? 0;
      if (cells !== header && row.position) found.push({ line: lineOffset + row.position.start.line, cells, header });
    }
  };
  visit(tree);
  return found;
}
