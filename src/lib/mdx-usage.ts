/**
 * Finds the Casefile components an MDX body uses (<Chart>, <Cite>, <Fact>, <Response>) with their literal
 * attributes and line numbers, so references can be checked before Astro renders anything and errors can point
 * at a line. Attributes written as expressions that are not JSON literals are kept as `undefined` (checked again
 * when the component renders).
 */
import { decodeHTML, decodeHTMLAttribute } from 'entities';
import { nearestName } from './edit-distance.ts';
import { isJavascriptUrl } from './javascript-url.ts';

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
  /** What follows a self-closed <Fact /> on its line, up to a dozen characters: "% of them" where "%" is printed twice. */
  after?: string;
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

const COMPONENTS = ['Chart', 'Cite', 'Fact', 'Response'];

/**
 * Bodies already read, with their uses by line offset: the preflight, the citations, the card's key figure and
 * dataset usage each ask per page. Keyed by the body itself, not by a string built from it: V8 keeps a string's hash
 * once computed, so asking again with the same body costs no pass over its text.
 */
const memo = new Map<string, Map<string, readonly ComponentUse[]>>();

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
    const { props, end, spread, syntax, names, at, ...parsed } = parseAttributes(body, start + match[0].length);
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
      ...(optionLines ? { optionLines } : {}),
      ...(component === 'Fact' && !unclosed && body.startsWith('/>', end)
        ? { after: body.slice(end + 2, end + 14).split('\n')[0] }
        : {}),
    });
  }
  return uses;
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

/**
 * The lines (in the file, from `lineOffset`) of each `<Response>` that does not stand as a block of its own: MDX makes
 * a Response with text on its lines, or on the line just before or after it, part of a paragraph, and a paragraph
 * cannot hold the aside it renders (the browser closes the paragraph early, and the HTML check fails on the page).
 */
export function responsesInParagraphs(body: string, lineOffset = 0): number[] {
  return responseProblems(body, lineOffset)
    .filter((problem) => problem.kind === 'paragraph')
    .map((problem) => problem.line);
}

/**
 * Each `<Response>` that is not a block of its own (above), or that is never closed: no `</Response>` before the
 * next `<Response` or the end (a misspelt `</Respons>` included), where MDX would fail on the whole file.
 */
export function responseProblems(body: string, lineOffset = 0): { line: number; kind: 'paragraph' | 'unclosed' }[] {
  const masked = maskCode(body, false);
  const problems: { line: number; kind: 'paragraph' | 'unclosed' }[] = [];
  const lineAt = lineCounter(masked, lineOffset);
  for (const match of masked.matchAll(/(?<!\\)<Response(?=[\s/>])/g)) {
    const start = match.index ?? 0;
    // The tag's own end, past attributes that may hold ">" ("A -> B"); then its closing tag, spaces allowed.
    const tagEnd = parseAttributes(masked, start + match[0].length).end;
    const selfClosing = masked.startsWith('/>', tagEnd);
    const closing = /<\/Response\s*>/g;
    closing.lastIndex = tagEnd;
    const close = selfClosing ? null : closing.exec(masked);
    const nextOpen = masked.slice(tagEnd).search(/<Response(?=[\s/>])/);
    if (!selfClosing && (!close || (nextOpen >= 0 && tagEnd + nextOpen < close.index))) {
      problems.push({ line: lineAt(start), kind: 'unclosed' });
      continue;
    }
    const end = selfClosing ? tagEnd + 2 : close!.index + close![0].length;
    const lineStart = masked.lastIndexOf('\n', start - 1) + 1;
    const lineEnd = masked.indexOf('\n', end) < 0 ? masked.length : masked.indexOf('\n', end);
    const before = masked.slice(lineStart, start);
    const after = masked.slice(end, lineEnd);
    const previous = masked.slice(masked.lastIndexOf('\n', lineStart - 2) + 1, Math.max(lineStart - 1, 0));
    const next =
      lineEnd >= masked.length
        ? ''
        : masked.slice(
            lineEnd + 1,
            masked.indexOf('\n', lineEnd + 1) < 0 ? masked.length : masked.indexOf('\n', lineEnd + 1),
          );
    const blank = (text: string) => text.trim() === '';
    if (!blank(before) || !blank(after) || (lineStart > 0 && !blank(previous)) || !blank(next))
      problems.push({ line: lineAt(start), kind: 'paragraph' });
  }
  return problems;
}

/**
 * Tags that look meant as one of the components but are not: a misspelt name (`<Reponse>`, `<Charts>`: MDX fails
 * at render with a stack trace) or a lowercase one (`<cite id="…" />` is HTML's own element and prints nothing, so
 * the note would vanish without an error). A lowercase <cite> with neither an id nor a self-closing slash is HTML's
 * title of a work and is left alone.
 */
export function misnamedComponents(body: string, lineOffset = 0): { line: number; written: string; meant?: string }[] {
  const masked = maskCode(body, false);
  const found: { line: number; written: string; meant?: string }[] = [];
  const lineAt = lineCounter(masked, lineOffset);
  // Components the body imports itself (import { Image } from "astro:assets"), and MDX's own Fragment.
  const imported = new Set(['Fragment']);
  for (const statement of masked.matchAll(/^(?:import|export)\s[^\n]*/gm))
    for (const word of statement[0].matchAll(/[\p{Lu}][\p{L}\p{N}_$]*/gu)) imported.add(word[0]);
  const plain = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  // An escaped tag (\<Widget>) is text.
  for (const match of masked.matchAll(/(?<!\\)<([\p{L}_$][\p{L}\p{N}_$.]*)(?=[\s/>])([^>]*)>/gu)) {
    const [, name = '', rest = ''] = match;
    if (COMPONENTS.includes(name) || imported.has(name.split('.')[0]!)) continue;
    const lower = COMPONENTS.find((component) => component.toLowerCase() === name.toLowerCase());
    if (lower) {
      if (name === 'cite' && !/\bid\s*=/.test(rest) && !rest.trimEnd().endsWith('/')) continue;
      found.push({ line: lineAt(match.index ?? 0), written: name, meant: lower });
    } else if (/^\p{Lu}/u.test(name)) {
      const near = nearestName(
        plain(name),
        COMPONENTS.map((component) => component.toLowerCase()),
      );
      const meant = COMPONENTS.find((component) => component.toLowerCase() === near);
      found.push({ line: lineAt(match.index ?? 0), written: name, ...(meant ? { meant } : {}) });
    }
  }
  return found;
}

/**
 * The images an MDX body shows, with their lines and their text for screen readers (`alt`, when written as text):
 * Markdown images (`![alt](./photo.jpg)`) and `<img src>`. Addresses with a scheme (https:, data:) are left out: the
 * build cannot check them.
 */
export function imageReferences(body: string, lineOffset = 0): { line: number; src: string; alt?: string }[] {
  const masked = maskCode(body, false);
  const lineAt = lineCounter(masked, lineOffset);
  const found: { line: number; src: string; alt?: string }[] = [];
  for (const match of masked.matchAll(
    /!\[([^\]]*)\]\(\s*<?((?:[^()\s>]|\([^()\s]*\))+)>?(?:\s+["'][^)]*)?\)|<img\b[^>]*?\ssrc\s*=\s*["']([^"']+)["']/g,
  )) {
    const src = match[2] ?? match[3] ?? '';
    if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('//')) continue;
    const alt =
      match[2] !== undefined ? match[1] : parseAttributes(masked, (match.index ?? 0) + '<img'.length).props.alt;
    found.push({ line: lineAt(match.index ?? 0), src, ...(typeof alt === 'string' ? { alt } : {}) });
  }
  return found;
}

/**
 * The lines of the `<img>` tags an MDX body writes without `alt`: a screen reader then reads out the file's name, and
 * the HTML check stops the build after rendering, at the built page's line. (A Markdown image always has one: the
 * text in its brackets, empty for a decorative image.)
 */
export function imagesWithoutAlt(body: string, lineOffset = 0): number[] {
  if (!body.includes('<img')) return [];
  const masked = maskCode(body, false);
  const lineAt = lineCounter(masked, lineOffset);
  const lines: number[] = [];
  for (const match of masked.matchAll(/(?<!\\)<img(?=[\s/>])/g)) {
    const { props, spread } = parseAttributes(masked, (match.index ?? 0) + match[0].length);
    if (!('alt' in props) && !spread) lines.push(lineAt(match.index ?? 0));
  }
  return lines;
}

/**
 * The lines of the HTML elements an MDX body gives a `style` attribute (`<span style={{ color: 'red' }}>`): the site's
 * Content-Security-Policy (style-src 'self') stops browsers applying one, and the HTML check stops the build after
 * rendering, at the built page's line. A component's props are its own.
 */
export function styleAttributes(body: string, lineOffset = 0): { line: number; tag: string }[] {
  if (!body.includes('style')) return [];
  const masked = maskCode(body, false);
  const lineAt = lineCounter(masked, lineOffset);
  const found: { line: number; tag: string }[] = [];
  for (const match of masked.matchAll(/(?<!\\)<([a-z][\w-]*)(?=[\s/>])/g)) {
    const { props } = parseAttributes(masked, (match.index ?? 0) + match[0].length);
    if ('style' in props) found.push({ line: lineAt(match.index ?? 0), tag: match[1]! });
  }
  return found;
}

/**
 * The links to the site's own pages an MDX body makes, with their lines: Markdown links (`[text](/stories/x/)`, not
 * images) and `<a href="/…">`. Only root-relative addresses: the site's pages link from its root.
 */
export function internalLinks(body: string, lineOffset = 0): { line: number; href: string }[] {
  const masked = maskCode(body, false);
  const lineAt = lineCounter(masked, lineOffset);
  const found: { line: number; href: string }[] = [];
  // Link text may wrap onto the next line (not past a blank one).
  for (const match of masked.matchAll(
    /(?<!!)\[(?:[^\]\n]|\n(?![ \t]*\n))*\]\(\s*<?(\/(?!\/)(?:[^()\s>]|\([^()\s]*\))*)>?(?:\s+["'][^)]*)?\)|<a\b[^>]*?\shref\s*=\s*["'](\/(?!\/)[^"']*)["']/g,
  )) {
    found.push({ line: lineAt(match.index ?? 0), href: match[1] ?? match[2] ?? '' });
  }
  return found;
}

/**
 * The web addresses (http: and https:) an MDX body writes outside code, `<code>`, `<pre>` and comments, with their
 * lines.
 */
export function webAddresses(body: string, lineOffset = 0): { line: number; address: string }[] {
  if (!/https?:\/\//i.test(body)) return [];
  const masked = maskCode(body, false);
  const lineAt = lineCounter(masked, lineOffset);
  return [...masked.matchAll(/\bhttps?:\/\/[^\s)>\]"'<]+/gi)]
    .filter((match) => !inCodeElement(masked, match.index))
    .map((match) => ({ line: lineAt(match.index), address: writtenAddress(masked, match[0], match.index) }));
}

/** What comes just before a link's or an image's address: `](`, `<`, `href="`, `src="`. */
const linkDestination = /\]\(\s*<?$|<$|\s(?:src|href)\s*=\s*["']$/;

/**
 * The address found at `at`, as Markdown reads it: a link's or an image's is whole; in the text, where Markdown links a
 * web address, a final full stop or comma ends the sentence, not the address.
 */
function writtenAddress(text: string, found: string, at: number): string {
  const before = text.slice(Math.max(0, text.lastIndexOf('\n', at) - 200), at);
  const linked = linkDestination.test(before);
  return linked ? found : found.replace(/[.,;:!?]+$/, '');
}

/** Whether offset `at` of `text` is inside a `<code>` or `<pre>` element: an address shown there is text, not a link. */
function inCodeElement(text: string, at: number): boolean {
  return ['code', 'pre'].some((tag) => text.lastIndexOf(`<${tag}`, at) > text.lastIndexOf(`</${tag}>`, at));
}

/**
 * The addresses an MDX body links or shows that only the writer's computer can open, with their lines: the dev
 * server's (`http://localhost:4321/…`, `127.0.0.1`), and a `file:` URL or a path of the computer's disk (`/Users/…`,
 * `/home/…`, `C:\\…`) as an image's or a link's address. `image` says whether it is shown as an image, `linked`
 * whether it is written as a link's or an image's address rather than in the text (where Markdown links a web
 * address, but not a file: one). Addresses in `<code>` or `<pre>` are shown, not linked, and left out.
 */
export function machineAddresses(
  body: string,
  lineOffset = 0,
): { line: number; address: string; image: boolean; linked: boolean }[] {
  if (!/localhost|127\.0\.0\.1|0\.0\.0\.0|file:|\/Users\/|\/home\/|\/Volumes\/|[A-Za-z]:\\/.test(body)) return [];
  const masked = maskCode(body, false);
  const lineAt = lineCounter(masked, lineOffset);
  const found: { line: number; address: string; image: boolean; linked: boolean }[] = [];
  const pattern =
    /\bhttps?:\/\/(?:localhost|127\.0\.0\.1|0\.0\.0\.0)(?![\w.-])[^\s)>\]"'<]*|(?<=\]\(\s*<?|\s(?:src|href)\s*=\s*["'])(?:file:\/\/|\/(?:Users|home|Volumes)\/|[A-Za-z]:\\)[^\s)>"']+/g;
  for (const match of masked.matchAll(pattern)) {
    if (inCodeElement(masked, match.index)) continue;
    const before = masked.slice(Math.max(0, masked.lastIndexOf('\n', match.index) - 200), match.index);
    const image = /!\[[^\]]*\]\(\s*<?$|<img\b[^>]*\ssrc\s*=\s*["']$/.test(before);
    const address = writtenAddress(masked, match[0], match.index);
    const linked = linkDestination.test(before);
    found.push({ line: lineAt(match.index), address, image, linked });
  }
  return found;
}

/**
 * Braces in the prose: `{…}` outside tags, code, comments and import/export blocks. MDX runs them as JavaScript:
 * `{2019, 2020}` prints "2020" and `{sic}` stops the render with a ReferenceError, neither with a word about braces.
 * A string literal (`{"{"}`, `{' '}`: how MDX writes a brace or a space) and a name the file imports or exports are
 * code the editor meant, and are left out.
 */
export function proseExpressions(body: string, lineOffset = 0): { line: number; text: string }[] {
  const masked = proseOf(body);
  const lineAt = lineCounter(masked, lineOffset);
  // What Astro gives every MDX page, and what the file binds itself.
  const bound = new Set<string>(['frontmatter', 'props']);
  for (const block of body.matchAll(/^(?:import|export)\s[\s\S]*?(?=\n[^\S\n]*\n|$)/gm)) {
    for (const name of block[0].matchAll(/[A-Za-z_$][\w$]*/g)) bound.add(name[0]);
  }
  const found: { line: number; text: string }[] = [];
  // Tags are blanked (their options' expressions are the component's, not the prose's).
  const next = /(?<!\\)\{/g;
  for (let match = next.exec(masked); match; match = next.exec(masked)) {
    const i = match.index;
    const close = closingBrace(masked, i);
    const text = body.slice(i, close + 1);
    const inner = text.slice(1, -1).trim();
    const meant =
      /^(["'])(?:\\.|(?!\1)[^\\\n])*\1$/.test(inner) ||
      /^`[^`$]*`$/.test(inner) ||
      bound.has(/^[A-Za-z_$][\w$]*/.exec(inner)?.[0] ?? '');
    if (!meant) found.push({ line: lineAt(i), text });
    next.lastIndex = close + 1;
  }
  return found;
}

/**
 * A `<` in the prose that starts no tag (`<10%`, `<$500`) or an HTML comment (`<!-- … -->`): MDX reads it as the start
 * of a tag and stops the build with a message about links. A `<` followed by a space (`p < 0.05`) is text; `\\<` and
 * `&lt;` are how MDX writes one anyway.
 */
export function strayAngleBrackets(body: string, lineOffset = 0): { line: number; text: string; comment: boolean }[] {
  const masked = proseOf(body);
  const lineAt = lineCounter(masked, lineOffset);
  return [...masked.matchAll(/(?<!\\)<(?:!--|(?![A-Za-z/>\s_]|\$[A-Za-z_]))[^\n]{0,12}/g)].map((match) => ({
    line: lineAt(match.index ?? 0),
    text: match[0].trim(),
    comment: match[0].startsWith('<!--'),
  }));
}

/** Elements and addresses that would run code on a story page, or embed another site's: with their lines. */
export function scriptsAndEmbeds(body: string, lineOffset = 0): { line: number; what: string }[] {
  const masked = maskCode(body, false);
  const lineAt = lineCounter(masked, lineOffset);
  const found: { at: number; what: string }[] = [];
  for (const match of masked.matchAll(/(?<!\\)<(script|iframe|object|embed)(?=[\s/>])|\son[a-z]+\s*=\s*["'{]/gi)) {
    const tag = match[1]?.toLowerCase();
    found.push({ at: match.index ?? 0, what: tag ? `<${tag}>` : `${match[0].trim().split(/\s*=/)[0]} attribute` });
  }
  // Addresses as the page will hold them: a Markdown link's with its character references and escapes undone, an
  // attribute's as HTML decodes it (`java&#x09;script:`, `&#106;avascript&colon;`), in any case.
  const addresses =
    /\]\(\s*<?([^\s)>]*)|\s(?:[a-z]+:)?(?:href|src|action|formaction|data|poster)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>{][^\s>]*))/gi;
  for (const match of masked.matchAll(addresses)) {
    const [, markdown, ...attribute] = match;
    const written =
      markdown !== undefined
        ? decodeHTML(markdown.replace(/\\(?=[!-\/:-@[-`{-~])/g, ''))
        : decodeHTMLAttribute(attribute.find((value) => value !== undefined) ?? '');
    if (isJavascriptUrl(written)) found.push({ at: match.index ?? 0, what: 'javascript: link' });
  }
  return found.sort((a, b) => a.at - b.at).map(({ at, what }) => ({ line: lineAt(at), what }));
}

/** Markdown footnote references (`[^1]`), with their lines. */
export function footnoteReferences(body: string, lineOffset = 0): { line: number; label: string }[] {
  const masked = maskCode(body, false);
  const lineAt = lineCounter(masked, lineOffset);
  return [...masked.matchAll(/(?<!\\)\[\^([^\]\s]+)\](?![:(])/g)].map((match) => ({
    line: lineAt(match.index ?? 0),
    label: match[1]!,
  }));
}

/** First-level Markdown headings (`# …`) in a body: the page's title is its one first-level heading. */
export function firstLevelHeadings(body: string, lineOffset = 0): { line: number; text: string }[] {
  const masked = maskCode(body, false);
  const lineAt = lineCounter(masked, lineOffset);
  return [...masked.matchAll(/^ {0,3}#(?!#)[^\S\n]+(\S[^\n]*)$/gm)].map((match) => ({
    line: lineAt(match.index ?? 0),
    text: match[1]!.trim(),
  }));
}

/**
 * Markdown headings (`## …` to `###### …`) that skip a level: deeper by more than one than the heading before them,
 * or than the page's title (its first-level heading) for the first. A screen reader lists a page's headings by level,
 * and `#### One case` after `## Year by year` reads as part of a third-level section that is not there. `previous` is
 * the level before (1 for the title), `level` the one written.
 */
export function skippedHeadingLevels(
  body: string,
  lineOffset = 0,
): { line: number; text: string; level: number; previous: number }[] {
  const masked = maskCode(body, false);
  const lineAt = lineCounter(masked, lineOffset);
  const found: { line: number; text: string; level: number; previous: number }[] = [];
  let previous = 1;
  for (const match of masked.matchAll(/^ {0,3}(#{1,6})[^\S\n]+(\S[^\n]*?)(?:[^\S\n]+#+)?[^\S\n]*$/gm)) {
    const level = match[1]!.length;
    if (level > previous + 1) found.push({ line: lineAt(match.index ?? 0), text: match[2]!.trim(), level, previous });
    previous = level;
  }
  return found;
}

/**
 * The words of the links an MDX body makes, with their lines: a Markdown link's text (`[the report](…)`, not an
 * image's) and an `<a>`'s, when it holds text alone.
 */
export function linkWords(body: string, lineOffset = 0): { line: number; text: string }[] {
  const masked = maskCode(body, false);
  const lineAt = lineCounter(masked, lineOffset);
  return [...masked.matchAll(/(?<![!\\\]])\[([^[\]\n]*)\]\(|<a\b[^>]*>([^<]*)<\/a>/g)].map((match) => ({
    line: lineAt(match.index),
    text: (match[1] ?? match[2] ?? '').trim(),
  }));
}

/**
 * Markdown headings below the title (`## …` to `###### …`) with no letter or digit in them: an emoji alone (`## 🔎`),
 * a dash, or nothing (`## `). `text` is what the heading holds, without its closing #s ("" for an empty one).
 */
export function wordlessHeadings(body: string, lineOffset = 0): { line: number; level: number; text: string }[] {
  const masked = maskCode(body, false);
  const lineAt = lineCounter(masked, lineOffset);
  const found: { line: number; level: number; text: string }[] = [];
  for (const match of masked.matchAll(/^ {0,3}(#{2,6})(?=[^\S\n]|$)([^\n]*)$/gm)) {
    const text = match[2]!.replace(/(?:^|[^\S\n]+)#+[^\S\n]*$/, '').trim();
    if (!/[\p{L}\p{N}]/u.test(text)) found.push({ line: lineAt(match.index), level: match[1]!.length, text });
  }
  return found;
}

/**
 * The links an MDX body makes that are neither root-relative, nor to another site, nor to a place on the same page:
 * `[text](../cases/x)`, `[text](./other.mdx)`, `<a href="cases/x">`, with their lines.
 */
export function relativeLinks(body: string, lineOffset = 0): { line: number; href: string }[] {
  const masked = maskCode(body, false);
  const lineAt = lineCounter(masked, lineOffset);
  const found: { line: number; href: string }[] = [];
  for (const match of masked.matchAll(
    /(?<![!\\])\[(?:[^[\]\n]|\n(?![ \t]*\n))*\]\(\s*<?((?:[^()\s>]|\([^()\s]*\))+)>?(?:\s+["'][^)]*)?\)|<a\b[^>]*?\shref\s*=\s*["']([^"']*)["']/g,
  )) {
    const href = match[1] ?? match[2] ?? '';
    if (href === '' || /^[/#?]/.test(href) || /^[a-z][a-z0-9+.-]*:/i.test(href)) continue;
    found.push({ line: lineAt(match.index ?? 0), href });
  }
  return found;
}

/** The lines where `text` stands in a body outside code and comments: what the page would print. */
export function textLines(body: string, text: string, lineOffset = 0): number[] {
  if (!body.includes(text)) return [];
  const masked = maskCode(body, false);
  const lineAt = lineCounter(masked, lineOffset);
  const lines: number[] = [];
  for (let at = masked.indexOf(text); at !== -1; at = masked.indexOf(text, at + text.length)) lines.push(lineAt(at));
  return lines;
}

/** The 1-based line in the file of an index in `text`, counting forward from the last index asked (indexes in order). */
function lineCounter(text: string, lineOffset: number): (index: number) => number {
  let line = lineOffset + 1;
  let counted = 0;
  return (index) => {
    if (index < counted) {
      line = lineOffset + 1;
      counted = 0;
    }
    for (
      let newline = text.indexOf('\n', counted);
      newline !== -1 && newline < index;
      newline = text.indexOf('\n', newline + 1)
    )
      line++;
    counted = index;
    return line;
  };
}

/**
 * What of a body MDX reads as prose: code, comments and import/export blocks blanked out, and also tags (with their
 * options), autolinks (<https://…>), link destinations and titles (`](https://e.org/?q={x} "a < b")`) and reference
 * definitions (`[ref]: https://…`), where braces and "<" are text.
 */
function proseOf(body: string): string {
  let prose = proses.get(body);
  if (prose === undefined) {
    if (proses.size >= 4) proses.delete(proses.keys().next().value!);
    prose = proseOnce(body);
    proses.set(body, prose);
  }
  return prose;
}

/** The last bodies' prose, by body: two checks of a page ask for it in turn (as `masks`, below). */
const proses = new Map<string, string>();

function proseOnce(body: string): string {
  const masked = markupOf(body);
  // Built once from its pieces: blanking each tag into a new copy of the whole body made a page's cost grow with its
  // length times its tags.
  const pieces: string[] = [];
  let kept = 0;
  const tag = /(?<!\\)<\/?[A-Za-z][\w.:-]*/g;
  for (let match = tag.exec(masked); match; match = tag.exec(masked)) {
    const end = parseAttributes(masked, match.index + match[0].length).end;
    const close = masked.startsWith('/>', end) ? end + 2 : Math.min(end + 1, masked.length);
    pieces.push(masked.slice(kept, match.index), masked.slice(match.index, close).replace(/[^\n]/g, ' '));
    kept = close;
    tag.lastIndex = close;
  }
  if (kept === 0) return masked;
  pieces.push(masked.slice(kept));
  return pieces.join('');
}

/** A body with code, comments, import/export blocks, autolinks, link destinations and reference definitions blanked. */
function markupOf(body: string): string {
  const blank = (text: string) => text.replace(/[^\n]/g, ' ');
  return maskEsm(maskCode(body, false))
    .replace(/<[A-Za-z][A-Za-z0-9+.-]*:[^\s<>]*>/g, blank)
    .replace(/\]\(((?:[^()\n]|\([^()\n]*\))*)\)/g, (link) => `](${blank(link.slice(2, -1))})`)
    .replace(/^ {0,3}\[[^\]\n]+\]:[^\n]*$/gm, blank);
}

export interface UnclosedTag {
  line: number;
  name: string;
  /** `void`: an element that holds nothing, without its slash; `element`: one left open; `word`: not HTML's. */
  kind: 'void' | 'element' | 'word';
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

/** `text` with what its expressions hold blanked out, their braces kept; in one pass, however many there are. */
function withoutExpressions(text: string): string {
  const pieces: string[] = [];
  let kept = 0;
  const open = /(?<!\\)\{/g;
  for (let match = open.exec(text); match; match = open.exec(text)) {
    const close = closingBrace(text, match.index);
    pieces.push(text.slice(kept, match.index + 1), text.slice(match.index + 1, close).replace(/[^\n]/g, ' '));
    kept = close;
    open.lastIndex = close + 1;
  }
  if (kept === 0) return text;
  pieces.push(text.slice(kept));
  return pieces.join('');
}

/** `text` with its import/export blocks (MDX's ESM: from the keyword to the next blank line) blanked out. */
function maskEsm(text: string): string {
  return text.replace(/^(?:import|export)\s[\s\S]*?(?=\n[^\S\n]*\n|$)/gm, (block) => block.replace(/[^\n]/g, ' '));
}

/** The components an MDX body can use without importing them (src/pages' MDX components map). */
export const componentNames: readonly string[] = COMPONENTS;

/** The last bodies masked, by body, in each mode: a page's body is masked by each of the checks above in turn. */
const masks = { code: new Map<string, string>(), comments: new Map<string, string>() };

function maskCode(body: string, inComments: boolean): string {
  const memo = inComments ? masks.comments : masks.code;
  let masked = memo.get(body);
  if (masked === undefined) {
    if (memo.size >= 4) memo.delete(memo.keys().next().value!);
    masked = maskCodeOnce(body, inComments);
    memo.set(body, masked);
  }
  return masked;
}

function maskCodeOnce(text: string, inComments: boolean): string {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  // A page saved with Windows line endings (CRLF) reads as one saved with "\n": its "\r"s are blanked, in place so
  // that indexes still point into the body. Else "```\r" closed no fence, and a code block hid the rest of the page.
  const body = text.includes('\r') ? text.replace(/\r(?=\n)/g, ' ') : text;
  // Fenced blocks (closed by a fence as long as the one that opened them, or by the end), then inline code in any
  // number of backticks (``a `b` c``), which may wrap onto the next line but not past a blank one.
  // Each pattern only where its first character stands: most pages hold no code, and the patterns are tried at every
  // position of every page.
  const fences = body.includes('```') || body.includes('~~~');
  const fenced = fences
    ? body.replace(
        /^ {0,3}(`{3,}|~{3,})[^\n]*(?:\n[\s\S]*?)?(?:\n {0,3}\1[`~]*[ \t]*(?=\n|(?![\s\S]))|(?![\s\S]))/gm,
        blank,
      )
    : body;
  const code = fenced.includes('`')
    ? fenced.replace(/(`+)(?!`)(?:[^\n]|\n(?![ \t]*\n))*?(?<!`)\1(?!`)/g, blank)
    : fenced;
  // A comment is an expression holding nothing but one comment: `{/* … */ null}` is code, and what follows it counts.
  return inComments || !code.includes('/*') ? code : code.replace(/\{\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*\}/g, blank);
}

interface Parsed {
  props: Record<string, unknown>;
  end: number;
  unclosed?: 'blank line' | 'text';
  spread?: true;
  syntax: { option: string; message: string }[];
  names: { option: string; name: string }[];
  /** Each option's offset in the source: where its name is written. */
  at: Record<string, number>;
}

/**
 * A value opened with a curly quote or a guillemet, and the value up to the quote that closes it, on its line (a
 * single quote closes before a space or the tag's end: ‘Interpol’s count’ holds an apostrophe).
 */
const curlyQuoted = /^[“”„‘’‚«»]/;
const curlyValue = /^(?:[“”„«][^“”»\n]*[“”»]|[‘’‚].*?[’‘](?=[\s/>]))/;

/** Names an expression may use without defining them: JavaScript's values, and what MDX in Astro provides. */
const knownNames = new Set(['true', 'false', 'null', 'undefined', 'NaN', 'Infinity', 'frontmatter', 'props']);

function parseAttributes(source: string, from: number): Parsed {
  const props: Record<string, unknown> = {};
  const syntax: Parsed['syntax'] = [];
  const names: Parsed['names'] = [];
  const at: Parsed['at'] = {};
  let spread: true | undefined;
  let i = from;
  const attr = /\s*([A-Za-z_][\w-]*)(?:\s*=\s*)?/y;
  // MDX allows a blank line between attributes; one followed by text that is no attribute is a tag left open.
  let pastBlankLine = false;
  while (i < source.length) {
    const space = i;
    while (/\s/.test(source[i] ?? '')) i++;
    if (/\n[^\S\n]*\n/.test(source.slice(space, i))) pastBlankLine = true;
    if (source.startsWith('/>', i) || source[i] === '>')
      return { props, end: i, syntax, names, at, ...(spread ? { spread } : {}) };
    // A spread ({...common}): its options are known only when the page renders.
    if (source[i] === '{') {
      i = closingBrace(source, i) + 1;
      spread = true;
      continue;
    }
    attr.lastIndex = i;
    const m = attr.exec(source);
    if (!m) return { props, end: i, syntax, names, at, unclosed: pastBlankLine ? 'blank line' : 'text' };
    const name = m[1] ?? '';
    at[name] ??= attr.lastIndex - m[0].length + m[0].search(/\S/);
    i = attr.lastIndex;
    if (name in props) syntax.push({ option: name, message: 'given twice: keep one (the last would silently win)' });
    const hasValue = /=\s*$/.test(m[0]);
    if (!hasValue) {
      props[name] = true;
      continue;
    }
    const quote = source[i];
    if (quote === '"' || quote === "'") {
      const close = source.indexOf(quote, i + 1);
      if (close < 0) return { props, end: source.length, syntax, names, at, unclosed: 'text' };
      props[name] = source.slice(i + 1, close);
      i = close + 1;
    } else if (quote === '{') {
      const j = closingBrace(source, i);
      const expression = source.slice(i + 1, j).trim();
      props[name] = literal(expression);
      if (/^[A-Za-z_$][\w$]*$/.test(expression) && !knownNames.has(expression))
        names.push({ option: name, name: expression });
      i = j + 1;
    } else if (curlyQuoted.test(source.slice(i, i + 1))) {
      // title=“Red notices”: a word processor's quotes are letters to MDX, and the value's first space ends it.
      const value = curlyValue.exec(source.slice(i))?.[0] ?? /^[^\s/>]+/.exec(source.slice(i))?.[0] ?? '';
      const text = value.replace(/^[“”„‘’‚«»]\s*|\s*[“”‘’«»]$/g, '');
      syntax.push({
        option: name,
        message: `the value ${value} is between curly quotes, which MDX does not read as quotes (a word processor's or a phone's "smart quotes"): write ${name}="${text}"`,
      });
      props[name] = undefined;
      i += value.length;
    } else {
      // row=2024: MDX reads only quoted text or {expressions}.
      const raw = /^[^\s/>]+/.exec(source.slice(i))?.[0] ?? '';
      const written = /^-?\d+(\.\d+)?$|^(true|false)$/.test(raw) ? `${name}={${raw}}` : `${name}="${raw}"`;
      syntax.push({ option: name, message: `the value ${raw} needs quotes or braces: write ${written}` });
      props[name] = undefined;
      i += raw.length;
    }
  }
  return { props, end: i, syntax, names, at, unclosed: pastBlankLine ? 'blank line' : 'text' };
}

/**
 * The index of the `}` closing the `{` at `open` (the end of the source when it is never closed). Braces inside a
 * string literal (`{"{"}`) do not count; a quote not closed on its line is an apostrophe, not a string.
 */
function closingBrace(source: string, open: number): number {
  let depth = 0;
  let j = open;
  for (; j < source.length; j++) {
    const char = source[j]!;
    if (char === '"' || char === "'" || char === '`') {
      const end = stringEnd(source, j);
      if (end > 0) j = end;
    } else if (char === '{') depth++;
    else if (char === '}' && --depth === 0) break;
  }
  return j;
}

/** The index of the quote closing the string literal opening at `open`, on the same line; -1 when there is none. */
function stringEnd(source: string, open: number): number {
  const quote = source[open];
  for (let k = open + 1; k < source.length; k++) {
    const char = source[k];
    if (char === '\\') k++;
    else if (char === quote) return k;
    else if (char === '\n' && quote !== '`') return -1;
  }
  return -1;
}

/**
 * The value of an option's expression when it is a literal: JSON (`{2024}`, `{"compact"}`, `{{ "a": 1 }}`), or a
 * string in single quotes or backquotes as JavaScript writes one (`{'percent'}`, `` {`compact`} ``), which renders
 * as the same string in double quotes would. Anything else (a name, an object with bare keys) is known at render only.
 */
function literal(expression: string): unknown {
  const trimmed = expression.trim();
  const template = /^`([^`$\\]*)`$/.exec(trimmed);
  if (template) return template[1];
  try {
    return JSON.parse(singleQuotedAsJson(trimmed) ?? objectLiteralAsJson(trimmed) ?? trimmed);
  } catch {
    return undefined;
  }
}

/**
 * An object literal as JavaScript writes it, with bare keys and strings in single quotes (`{ maximumFractionDigits: 0 }`,
 * `{ snapshot: '2023-05' }`, as the README writes a Fact's format and a chart's filter), as JSON; undefined for another
 * expression. Anything that is no literal (a name as a value) is left as written, and JSON.parse refuses it.
 */
function objectLiteralAsJson(expression: string): string | undefined {
  if (!expression.startsWith('{')) return undefined;
  let json = '';
  for (let i = 0; i < expression.length;) {
    const char = expression[i]!;
    if (char === '"' || char === "'") {
      const end = stringEnd(expression, i);
      const string = end < 0 ? undefined : expression.slice(i, end + 1);
      const written = char === "'" && string !== undefined ? singleQuotedAsJson(string) : string;
      if (written === undefined) return undefined;
      json += written;
      i = end + 1;
      continue;
    }
    const key = /[{,]\s*$/.test(json) ? /^[A-Za-z_$][\w$]*(?=\s*:)/.exec(expression.slice(i)) : null;
    json += key ? `"${key[0]}"` : char;
    i += key ? key[0].length : 1;
  }
  return json;
}

/** A string literal in single quotes ('it\'s') as JSON writes it ("it's"), or undefined for any other expression. */
function singleQuotedAsJson(expression: string): string | undefined {
  const single = /^'((?:[^'\\\n]|\\.)*)'$/.exec(expression);
  if (!single) return undefined;
  // An escaped ' needs no escape between double quotes, and a bare " needs one.
  const inner = single[1]!.replace(/\\(.)|"/g, (match, escaped?: string) =>
    escaped === undefined ? '\\"' : escaped === "'" ? "'" : match,
  );
  return `"${inner}"`;
}
