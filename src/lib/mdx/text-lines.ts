/**
 * Where text and footnote references stand in an MDX body, by line.
 */
import { lineCounter } from './line-counter.ts';
import { maskCode } from './masks.ts';

/** Markdown footnote references (`[^1]`), with their lines. */
export function footnoteReferences(body: string, lineOffset = 0): { line: number; label: string }[] {
  const masked = maskCode(body, false);
  const lineAt = lineCounter(masked, lineOffset);
  return [...masked.matchAll(/(?<!\\)\[\^([^\]\s]+)\](?![:(])/g)].map((match) => ({
    line: lineAt(match.index ?? 0),
    label: match[1]!,
  }));
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
