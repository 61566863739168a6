/**
 * Markdown headings that break a page's outline: a second title, a skipped level, no words.
 */
import Slugger from 'github-slugger';
import { lineCounter } from './line-counter.ts';
import { maskCode } from './masks.ts';

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
 * Markdown headings below the title (`## …` to `###### …`) with the address each gets on the built page, as Astro
 * gives it (github-slugger over the heading's text: "## Main" is #main, a second "## Main" #main-1). The text is
 * read without its Markdown: a link's words, code's text, no emphasis marks.
 */
export function headingAnchors(
  body: string,
  lineOffset = 0,
): { line: number; level: number; text: string; id: string }[] {
  const masked = maskCode(body, false);
  const lineAt = lineCounter(masked, lineOffset);
  const slugger = new Slugger();
  const found: { line: number; level: number; text: string; id: string }[] = [];
  for (const match of masked.matchAll(/^ {0,3}(#{2,6})[^\S\n]+(\S[^\n]*?)(?:[^\S\n]+#+)?[^\S\n]*$/dgm)) {
    // The heading as written: code in it was masked only to find it.
    const text = body.slice(...match.indices![2]!);
    const words = text
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/<[^>]+>/g, '')
      .replace(/[*`]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '');
    found.push({ line: lineAt(match.index), level: match[1]!.length, text, id: slugger.slug(words) });
  }
  return found;
}
