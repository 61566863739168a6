/**
 * <Response> tags that are no block of their own, or never closed.
 */
import { parseAttributes } from './attributes.ts';
import { lineCounter } from './line-counter.ts';
import { maskCode } from './masks.ts';

/**
 * Each `<Response>` that does not stand as a block of its own, or that is never closed. MDX makes a Response with
 * text on its lines, or on the line just before or after it, part of a paragraph, and a paragraph cannot hold the
 * aside it renders (the browser closes the paragraph early, and the HTML check fails on the page). Unclosed: no
 * `</Response>` before the next `<Response` or the end (a misspelt `</Respons>` included), where MDX would fail on
 * the whole file.
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
