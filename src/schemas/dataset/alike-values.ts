/**
 * Text values that read alike on the page and are written apart (an apostrophe, a space), as messages quote them; and
 * any value a message quotes that may hold a character no one sees (an id pasted with a zero-width space).
 */
import { curlyApostrophes } from '../../lib/typography.ts';

/** How two texts that read alike on the page differ: "another apostrophe", "other spaces", or both. */
export function writtenApart(a: string, b: string): string {
  if (a.trim().replace(/\s+/gu, ' ') === b.trim().replace(/\s+/gu, ' ')) return 'other spaces';
  return curlyApostrophes(a) === curlyApostrophes(b) ? 'another apostrophe' : 'another apostrophe and other spaces';
}

/** Spaces a reader cannot tell from a space, and characters that do not show at all (pasted with a word), by name. */
const unseenSpaces: Record<string, string> = {
  '\u00a0': 'a no-break space',
  '\u202f': 'a narrow no-break space',
  '\u2007': 'a figure space',
  '\u2009': 'a thin space',
  '\u200a': 'a hair space',
  '\u2002': 'an en space',
  '\u2003': 'an em space',
  '\u3000': 'an ideographic space',
  '\u200b': 'a zero-width space',
  '\u200c': 'a zero-width non-joiner',
  '\u200d': 'a zero-width joiner',
  '\u2060': 'a word joiner',
  '\ufeff': 'a byte-order mark',
  '\u00ad': 'a soft hyphen',
  '\u200e': 'a left-to-right mark',
  '\u200f': 'a right-to-left mark',
};

/**
 * `value` in double quotes with the spaces a reader cannot tell from a space, and the characters that do not show,
 * written as escapes and named: "Costa\u00a0Rica" (a no-break space), "bbc-interpol-leak\u200b" (a zero-width space). Printed as they are, two values that read alike looked the same in the message.
 */
export function quotedValue(value: string): string {
  const found = [...new Set([...value].filter((character) => unseenSpaces[character] !== undefined))];
  if (found.length === 0) return JSON.stringify(value);
  const escaped = JSON.stringify(value).replace(
    /[\u00a0\u202f\u2007\u2009\u200a\u2002\u2003\u3000\u200b-\u200f\u2060\ufeff\u00ad]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `${escaped} (${found.map((character) => unseenSpaces[character]).join(', ')})`;
}

/** `value` without the characters that do not show (a zero-width space; not the spaces, which show as spaces). */
export function withoutUnseen(value: string): string {
  return value.replace(/[\u200b-\u200f\u2060\ufeff\u00ad]/g, '');
}
