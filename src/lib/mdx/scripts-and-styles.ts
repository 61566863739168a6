/**
 * What a story page would not run or apply: scripts, embeds, javascript: links and style attributes.
 */
import { decodeHTML, decodeHTMLAttribute } from 'entities';
import { isJavascriptUrl } from '../javascript-url.ts';
import { parseAttributes } from './attributes.ts';
import { lineCounter } from './line-counter.ts';
import { maskCode } from './masks.ts';

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
