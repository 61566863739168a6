/**
 * The images an MDX body shows, and those without their text for screen readers.
 */
import { parseAttributes } from './attributes.ts';
import { lineCounter } from './line-counter.ts';
import { maskCode } from './masks.ts';

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

/** The comment that marks an image with empty brackets as decorative on purpose, written after it on its line. */
export const decorativeMark = '{/* decorative */}';

/**
 * The Markdown images an MDX body shows with empty brackets (`![](./photo.jpg)`), with their lines: published as
 * decorative (`alt=""`), which a screen reader passes over, whether meant or forgotten. Those followed on their line
 * by the comment `decorativeMark` are meant, and left out.
 */
export function imagesWithEmptyAlt(body: string, lineOffset = 0): { line: number; src: string }[] {
  if (!body.includes('![')) return [];
  // Code is blanked, comments kept: the mark is one.
  const masked = maskCode(body, true);
  const lineAt = lineCounter(masked, lineOffset);
  const found: { line: number; src: string }[] = [];
  for (const match of masked.matchAll(/!\[\s*\]\(\s*<?((?:[^()\s>]|\([^()\s]*\))+)>?(?:\s+["'][^)]*)?\)([^\n]*)/g)) {
    const src = match[1]!;
    if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('//')) continue;
    if (/^\s*\{\s*\/\*\s*decorative\s*\*\/\s*\}/i.test(match[2]!)) continue;
    found.push({ line: lineAt(match.index), src });
  }
  return found;
}
