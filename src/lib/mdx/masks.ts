/**
 * An MDX body with what holds no prose blanked out (code, comments, import/export blocks, tags), each character kept
 * in its place so that an index still points into the body.
 */
import { parseAttributes } from './attributes.ts';
import { closingBrace } from './string-literals.ts';

/**
 * What of a body MDX reads as prose: code, comments and import/export blocks blanked out, and also tags (with their
 * options), autolinks (<https://…>), link destinations and titles (`](https://e.org/?q={x} "a < b")`) and reference
 * definitions (`[ref]: https://…`), where braces and "<" are text.
 */
export function proseOf(body: string): string {
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
export function markupOf(body: string): string {
  return markupWithAutolinks(body).replace(/<[A-Za-z][A-Za-z0-9+.-]*:[^\s<>]*>/g, blank);
}

const blank = (text: string) => text.replace(/[^\n]/g, ' ');

/** As `markupOf`, with autolinks (<https://…>) kept: MDX has none, and stops on them (prose-syntax.ts). */
export function markupWithAutolinks(body: string): string {
  return maskEsm(maskCode(body, false))
    .replace(/\]\(((?:[^()\n]|\([^()\n]*\))*)\)/g, (link) => `](${blank(link.slice(2, -1))})`)
    .replace(/^ {0,3}\[[^\]\n]+\]:[^\n]*$/gm, blank);
}

/** `text` with what its expressions hold blanked out, their braces kept; in one pass, however many there are. */
export function withoutExpressions(text: string): string {
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
export function maskEsm(text: string): string {
  return text.replace(/^(?:import|export)\s[\s\S]*?(?=\n[^\S\n]*\n|$)/gm, (block) => block.replace(/[^\n]/g, ' '));
}

/** The last bodies masked, by body, in each mode: a page's body is masked by each check in src/lib/mdx/ in turn. */
const masks = { code: new Map<string, string>(), comments: new Map<string, string>() };

export function maskCode(body: string, inComments: boolean): string {
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
