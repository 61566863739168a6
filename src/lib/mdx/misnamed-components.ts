/**
 * Tags meant as one of the components but misspelt or written in lowercase.
 */
import { nearestName } from '../edit-distance.ts';
import { COMPONENTS } from './component-uses.ts';
import { lineCounter } from './line-counter.ts';
import { maskCode } from './masks.ts';

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
