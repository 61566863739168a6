/**
 * Closing tags that close nothing.
 */
import { parseAttributes } from './attributes.ts';
import { lineCounter } from './line-counter.ts';
import { markupOf, withoutExpressions } from './masks.ts';

export interface StrayClosingTag {
  line: number;
  /** The tag's name as written: `Chart`, `div`. */
  name: string;
  /** The line of a tag of that name just before it that closes itself (`<Chart … />`), when there is one. */
  selfClosedOn?: number;
}

/**
 * Closing tags with no tag of their name open before them, with their lines: a `</Chart>` left after `<Chart … />`
 * (which closes itself), or after its opening tag was deleted. MDX stops on each ("Unexpected closing tag"), at the
 * built file's line and without a fix. A closing tag that closes past another tag still open (`<b><i></b></i>`) is
 * MDX's to say, in its words, which name both; an element left open is unclosedTags'.
 */
export function strayClosingTags(body: string, lineOffset = 0): StrayClosingTag[] {
  if (!body.includes('</')) return [];
  // Code, comments and expressions hold no tags: their text is blanked, their braces kept.
  const masked = withoutExpressions(markupOf(body));
  const lineAt = lineCounter(masked, lineOffset);
  const found: StrayClosingTag[] = [];
  /** The tags open, innermost last. */
  const open: string[] = [];
  /** The line of each name's last tag, when that tag closed itself. */
  const selfClosed = new Map<string, number>();
  const tags = /(?<!\\)<(\/?)([A-Za-z][\w.:-]*)/g;
  for (let match = tags.exec(masked); match; match = tags.exec(masked)) {
    const [, closing, name = ''] = match;
    const parsed = parseAttributes(masked, match.index + match[0].length);
    const closes = masked.startsWith('/>', parsed.end);
    tags.lastIndex = Math.max(tags.lastIndex, closes ? parsed.end + 2 : parsed.end + 1);
    // A tag left open into the text is the component checks' and unclosedTags' to say.
    if (parsed.unclosed) continue;
    if (!closing) {
      if (closes) selfClosed.set(name, lineAt(match.index));
      else {
        open.push(name);
        selfClosed.delete(name);
      }
      continue;
    }
    if (open.at(-1) === name) {
      open.pop();
      continue;
    }
    // One that closes past another (`<b><i></b>`): MDX names both tags, and what follows is read no further here.
    if (open.includes(name)) break;
    const before = selfClosed.get(name);
    found.push({ line: lineAt(match.index), name, ...(before === undefined ? {} : { selfClosedOn: before }) });
    selfClosed.delete(name);
  }
  return found;
}
