/**
 * The links an MDX body makes: to the site's pages, relative ones, and their words.
 */
import { lineCounter } from './line-counter.ts';
import { maskCode } from './masks.ts';

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
