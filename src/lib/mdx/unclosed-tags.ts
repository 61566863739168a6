/**
 * Lowercase tags MDX will not close.
 */
import { parseAttributes } from './attributes.ts';
import { COMPONENTS } from './component-uses.ts';
import { lineCounter } from './line-counter.ts';
import { markupOf, withoutExpressions } from './masks.ts';

export interface UnclosedTag {
  line: number;
  name: string;
  /**
   * `void`: an element that holds nothing, without its slash; `element`: one left open; `word`: not HTML's; `text`: a
   * "<" before words that end no tag (`<half of them.`, `if a <b then`), written as "less than".
   */
  kind: 'void' | 'element' | 'word' | 'text';
  /** For `text`: the words from the "<" on, as the line writes them. */
  written?: string;
  /** Opened alone on its line: its closing tag may come after the paragraph. */
  block?: boolean;
}

/** HTML's elements that hold nothing: in MDX they must close themselves (`<br />`). */
const VOID_ELEMENTS = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

/** Lowercase tags other checks report: the components written in lowercase, scripts and embeds. */
const NOT_JUDGED = new Set([...COMPONENTS.map((name) => name.toLowerCase()), 'script', 'iframe', 'object', 'embed']);

/** HTML's elements an editor might write in prose (for telling them from a word in angle brackets, `<id>`). */
const HTML_ELEMENTS = new Set([
  ...VOID_ELEMENTS,
  ...'a abbr address article aside audio b bdi bdo big blockquote body button caption center cite code data dd del details dfn div dl dt em figcaption figure font footer form h1 h2 h3 h4 h5 h6 header i ins kbd label legend li main mark math nav ol p picture pre q s samp section small span strike strong sub summary sup svg table tbody td tfoot th thead time tr tt u ul var video'.split(
    ' ',
  ),
]);

/**
 * Lowercase tags MDX will not close, with their lines: an element that holds nothing written as HTML writes it
 * (`<br>`, `<img …>`: MDX wants `<br />`), an element whose closing tag is missing, or comes after the paragraph ends
 * (MDX closes nothing by itself, as a browser would), and a word in angle brackets (`data/<id>.json`), which MDX reads
 * as a tag. MDX stops on each with "Expected a closing tag for `<br>`", at the built file's line. An element opened
 * alone on its line is a block: its closing tag may come paragraphs later.
 */
export function unclosedTags(body: string, lineOffset = 0): UnclosedTag[] {
  if (!/<[a-z]/.test(body)) return [];
  // Expressions are code, not tags: their text is blanked ({"<br>"} is how MDX prints one), their braces kept.
  const masked = withoutExpressions(markupOf(body));
  const lineAt = lineCounter(masked, lineOffset);
  const found: UnclosedTag[] = [];
  /** Tags, expressions and spaces only, and a list's or a quotation's marker: what may stand beside a block's tag. */
  const onlyTags = (text: string) =>
    text
      .replace(/^[ \t]*(?:(?:[-*+]|\d+[.)])[ \t]+|>[ \t]?)*/, '')
      .replace(/<[^<>]*>|\{\s*\}/g, '')
      .trim() === '';
  // Every tag in turn, each scanned past its end, so that a "<" inside a quoted option (title="a <b> c") is no tag.
  const tags = /(?<!\\)<(\/?)([A-Za-z][\w.:-]*)/g;
  for (let match = tags.exec(masked); match; match = tags.exec(masked)) {
    const [, closing, name = ''] = match;
    const start = match.index;
    const parsed = parseAttributes(masked, start + match[0].length);
    const selfClosed = masked.startsWith('/>', parsed.end);
    tags.lastIndex = Math.max(tags.lastIndex, selfClosed ? parsed.end + 2 : parsed.end + 1);
    // Components, and what other checks report (<cite id>, <iframe>), are not this check's; nor a tag left open
    // into the text (the component checks say so for theirs).
    // A lowercase word after "<" whose words end no tag (a link in angle brackets is reported as such): "<" meant as "less than", which MDX reads as a tag.
    if (!closing && /^[a-z][\w-]*$/.test(name) && !NOT_JUDGED.has(name) && parsed.unclosed) {
      const lineEnd = masked.indexOf('\n', start);
      const rest = body.slice(start, lineEnd < 0 ? body.length : lineEnd);
      if (!/^<[^\s<>]*>/.test(rest)) {
        found.push({
          line: lineAt(start),
          name,
          kind: 'text',
          written: rest.length > 16 ? `${rest.slice(0, 15)}…` : rest,
        });
        continue;
      }
    }
    if (closing || !/^[a-z][\w-]*$/.test(name) || NOT_JUDGED.has(name) || parsed.unclosed || selfClosed) continue;
    const after = parsed.end + 1;
    if (VOID_ELEMENTS.has(name)) {
      // <br></br> is closed, as JSX writes it.
      if (!masked.slice(after).trimStart().startsWith(`</${name}>`))
        found.push({ line: lineAt(start), name, kind: 'void' });
      continue;
    }
    const lineStart = masked.lastIndexOf('\n', start - 1) + 1;
    const lineEnd = masked.indexOf('\n', after);
    const block =
      onlyTags(masked.slice(lineStart, start)) && onlyTags(masked.slice(after, lineEnd < 0 ? masked.length : lineEnd));
    const paragraphEnd = masked.slice(after).search(/\n[^\S\n]*\n/);
    const regionEnd = block || paragraphEnd < 0 ? masked.length : after + paragraphEnd;
    // Its closing tag, counting the same elements opened inside it, each read to its end as above.
    let depth = 1;
    const same = new RegExp(`(?<!\\\\)<(/?)${name}(?=[\\s/>])`, 'g');
    same.lastIndex = after;
    for (let tag = same.exec(masked); tag && tag.index < regionEnd && depth > 0; tag = same.exec(masked)) {
      const inner = parseAttributes(masked, tag.index + tag[0].length);
      const innerSelfClosed = masked.startsWith('/>', inner.end);
      same.lastIndex = innerSelfClosed ? inner.end + 2 : inner.end + 1;
      if (tag[1]) depth--;
      else if (!innerSelfClosed) depth++;
    }
    if (depth > 0) found.push({ line: lineAt(start), name, kind: HTML_ELEMENTS.has(name) ? 'element' : 'word', block });
  }
  return found;
}
