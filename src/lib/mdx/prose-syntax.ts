/**
 * What MDX reads as code in the prose: braces, and a "<" that starts no tag.
 */
import { parseAttributes } from './attributes.ts';
import { lineCounter } from './line-counter.ts';
import { markupWithAutolinks, proseOf } from './masks.ts';
import { closingBrace } from './string-literals.ts';

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

/**
 * A link written in angle brackets, as Markdown writes one (`<https://example.org>`, `<desk@example.org>`): MDX has no
 * such links, and stops the build with "Unexpected character after `<`" at the built file's column. `markdown`: the
 * link to write instead.
 */
export function angleBracketLinks(body: string, lineOffset = 0): { line: number; text: string; markdown: string }[] {
  // Most pages have none: the tags are blanked only on a page that may.
  if (!/<(?:https?:|mailto:|ftp:|www\.|[^\s<>@/]+@)/.test(body)) return [];
  // A tag's options are blanked: in a quoted option (<Chart note="see <https://…>" />) the brackets are text.
  let masked = markupWithAutolinks(body);
  const tag = /(?<!\\)<[A-Za-z][\w.:-]*(?=\s)/g;
  for (let match = tag.exec(masked); match; match = tag.exec(masked)) {
    const end = parseAttributes(masked, match.index + match[0].length).end;
    masked = masked.slice(0, match.index) + masked.slice(match.index, end).replace(/[^\n]/g, ' ') + masked.slice(end);
    tag.lastIndex = end;
  }
  const lineAt = lineCounter(masked, lineOffset);
  return [
    ...masked.matchAll(/(?<!\\)<((?:https?|mailto|ftp):[^\s<>]+|www\.[^\s<>]+|[^\s<>@/]+@[^\s<>@/]+\.[^\s<>@/]+)>/g),
  ].map((match) => {
    const address = match[1]!;
    const shown = address.replace(/^(?:https?:\/\/|mailto:)/, '');
    const target = /^[a-z]+:/.test(address)
      ? address
      : address.startsWith('www.')
        ? `https://${address}`
        : `mailto:${address}`;
    return { line: lineAt(match.index ?? 0), text: match[0], markdown: `[${shown}](${target})` };
  });
}
