/**
 * The Casefile components an MDX body uses (<Chart>, <Cite>, <Fact>, <Response>) with their literal attributes and
 * line numbers, so references can be checked before Astro renders anything and errors can point at a line.
 * Attributes written as expressions that are not JSON literals are kept as `undefined` (checked again when the
 * component renders).
 */
import { parseAttributes } from './attributes.ts';
import { maskCode } from './masks.ts';

export interface ComponentUse {
  component: string;
  /** 1-based line of the opening `<` in the file (frontmatter included). */
  line: number;
  /** Attribute name -> literal value; `true` for a bare attribute. */
  props: Record<string, unknown>;
  /**
   * Set when the tag is left open. `blank line`: it runs past a blank line into text that is no option, without its
   * `/>` or `>`, and the prose after it would read as options; `text`: the same within its paragraph
   * (`<Cite id="a" and more.`), or to the end; `closing tag`: it ends with ">" where "/>" was meant, and no
   * `</Cite>` follows where MDX looks for one (before the end of the paragraph, for a tag in the text).
   */
  unclosed?: 'blank line' | 'text' | 'closing tag';
  /** Set when the tag spreads an object into its options ({...common}): which ones it sets is known only at render. */
  spread?: true;
  /**
   * What is wrong with how the options are written, option by option: a value without quotes or braces
   * (`row=2024`, which MDX cannot read), an option given twice (the last one would win, silently).
   */
  syntax?: { option: string; message: string }[];
  /**
   * Options whose value is a bare name in braces (row={AE}): a variable, which the page must define (an export or an
   * import) or rendering stops on a ReferenceError that names neither the file nor the line; mostly, text meant.
   */
  names?: { option: string; name: string }[];
  /**
   * Options whose braces hold a date or a code outside quotes (row={2025-01}, filter={{ snapshot: 2023-05 }}), which
   * MDX reads as JavaScript, and the option as it should be written (src/lib/mdx/text-in-braces.ts).
   */
  unquoted?: { option: string; values: string[]; meant: string }[];
  /**
   * Options written as an expression that is no literal, as the editor wrote it between the braces (row={2020 + 4}:
   * "2020 + 4"), so that a message can quote it; its value, known only when the page renders, is not in `props`.
   */
  expressions?: Record<string, string>;
  /** What follows a self-closed <Fact /> on its line, up to a dozen characters: "% of them" where "%" is printed twice. */
  after?: string;
  /**
   * The words before a <Fact> in its paragraph, since the tag before it, up to 40 characters: "the CCF removed at
   * least", where a figure its source gives as a floor says so.
   */
  before?: string;
  /**
   * For a tag written over several lines, the line of each option that is not on the tag's first line, so that a
   * message about an option names the line the editor has to change (see optionLine).
   */
  optionLines?: Record<string, number>;
}

/** The line of `option` in the tag of `use`: where it is written, or the tag's line. */
export function optionLine(use: ComponentUse, option: string): number {
  return use.optionLines?.[option] ?? use.line;
}

export const COMPONENTS = ['Chart', 'Cite', 'Fact', 'Response'];

/**
 * Bodies already read, with their uses by line offset: the preflight, the citations, the card's key figure and
 * dataset usage each ask per page. Keyed by the body itself, not by a string built from it: V8 keeps a string's hash
 * once computed, so asking again with the same body costs no pass over its text.
 */
export const memo = new Map<string, Map<string, readonly ComponentUse[]>>();

/**
 * Lists the component uses in `body`; `lineOffset` is the number of lines before the body (the frontmatter). With
 * `inComments`, uses inside MDX comments count too (what a page mentions, for withholding: see dataset-usage.ts).
 */
export function findComponentUses(
  body: string,
  lineOffset = 0,
  options: { inComments?: boolean } = {},
): readonly ComponentUse[] {
  let byOffset = memo.get(body);
  if (!byOffset) {
    // Bounded: a build reads each page a few times in a row, not the whole archive again.
    if (memo.size >= 500) memo.clear();
    byOffset = new Map();
    memo.set(body, byOffset);
  }
  const key = `${lineOffset}${options.inComments ? ' comments' : ''}`;
  let uses = byOffset.get(key);
  if (!uses) {
    uses = Object.freeze(scanUses(body, lineOffset, options.inComments ?? false));
    byOffset.set(key, uses);
  }
  return uses;
}

function scanUses(body: string, lineOffset: number, inComments: boolean): ComponentUse[] {
  const uses: ComponentUse[] = [];
  // An escaped tag (\<Cite>) is text.
  const tagStart = new RegExp(`(?<!\\\\)<(${COMPONENTS.join('|')})(?=[\\s/>])`, 'g');
  // Code blocks and inline code are prose about components, and MDX comments ({/* … */}) are not rendered: neither
  // holds a use.
  const masked = maskCode(body, inComments);
  // Lines are counted from the last use on, not from the start of the body for each use.
  let line = lineOffset + 1;
  let counted = 0;
  for (const match of masked.matchAll(tagStart)) {
    const start = match.index ?? 0;
    const component = match[1] ?? '';
    const { props, end, spread, syntax, names, unquoted, expressions, at, ...parsed } = parseAttributes(
      body,
      start + match[0].length,
    );
    // A <Response> holds text, and responseProblems says where its closing tag is missing.
    const unclosed =
      parsed.unclosed ??
      (component !== 'Response' && body[end] === '>' && !closedAfter(masked, component, start, end)
        ? 'closing tag'
        : undefined);
    for (
      let newline = body.indexOf('\n', counted);
      newline !== -1 && newline < start;
      newline = body.indexOf('\n', newline + 1)
    )
      line++;
    counted = start;
    const optionLines = linesBelow(body, start, line, at);
    uses.push({
      component,
      line,
      props,
      ...(unclosed ? { unclosed } : {}),
      ...(spread ? { spread } : {}),
      ...(syntax.length > 0 ? { syntax } : {}),
      ...(names.length > 0 ? { names } : {}),
      ...(unquoted.length > 0 ? { unquoted } : {}),
      ...(Object.keys(expressions).length > 0 ? { expressions } : {}),
      ...(optionLines ? { optionLines } : {}),
      ...(component === 'Fact' && !unclosed && body.startsWith('/>', end)
        ? { after: body.slice(end + 2, end + 14).split('\n')[0] }
        : {}),
      ...(component === 'Fact' ? { before: wordsBefore(body, start) } : {}),
    });
  }
  return uses;
}

/**
 * The words before `start` in its paragraph and since the tag before it (a figure's "about" is not the one of the
 * Fact before), line breaks as spaces, up to 40 characters.
 */
function wordsBefore(body: string, start: number): string {
  const paragraph = body.lastIndexOf('\n\n', start) + 1;
  const text = body.slice(Math.max(paragraph, start - 200), start);
  const lastTag = [...text.matchAll(/<[^>]*>/g)].at(-1);
  return text
    .slice(lastTag ? lastTag.index + lastTag[0].length : 0)
    .replace(/\s+/g, ' ')
    .trim()
    .slice(-40);
}

/**
 * The lines of the options written below the first line of the tag opening at `start` (on `line`), from their
 * offsets `at`; undefined when every option is on its first line, as in most tags.
 */
function linesBelow(
  body: string,
  start: number,
  line: number,
  at: Record<string, number>,
): Record<string, number> | undefined {
  let lines: Record<string, number> | undefined;
  for (const [option, offset] of Object.entries(at)) {
    let below = 0;
    for (
      let newline = body.indexOf('\n', start);
      newline !== -1 && newline < offset;
      newline = body.indexOf('\n', newline + 1)
    )
      below++;
    if (below > 0) (lines ??= {})[option] = line + below;
  }
  return lines;
}

/**
 * Whether the tag of `component` opening at `start` and ending with the ">" at `end` is closed where MDX looks for its
 * closing tag: before the end of its paragraph for a tag in the text (text before or after it on its line, or on the
 * line before), else anywhere before the component's next tag.
 */
function closedAfter(masked: string, component: string, start: number, end: number): boolean {
  const lineStart = masked.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = masked.indexOf('\n', end) < 0 ? masked.length : masked.indexOf('\n', end);
  const previous = lineStart === 0 ? '' : masked.slice(masked.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 1);
  const inText =
    masked.slice(lineStart, start).trim() !== '' ||
    masked.slice(end + 1, lineEnd).trim() !== '' ||
    previous.trim() !== '';
  const after = masked.slice(end + 1);
  const close = after.search(new RegExp(`</${component}\\s*>`));
  const next = after.search(new RegExp(`(?<!\\\\)<${component}(?=[\\s/>])`));
  const paragraphEnd = inText ? after.search(/\n[^\S\n]*\n/) : -1;
  return close >= 0 && (next < 0 || close < next) && (paragraphEnd < 0 || close < paragraphEnd);
}

/** The components an MDX body can use without importing them (src/pages' MDX components map). */
export const componentNames: readonly string[] = COMPONENTS;
