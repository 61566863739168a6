/**
 * The web addresses an MDX body writes, and those only the writer's computer can open.
 */
import { lineCounter } from './line-counter.ts';
import { maskCode } from './masks.ts';

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
