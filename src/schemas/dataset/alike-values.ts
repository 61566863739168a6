/**
 * Text values that read alike on the page and are written apart (an apostrophe, a space), as messages quote them.
 */
import { curlyApostrophes } from '../../lib/typography.ts';

/** How two texts that read alike on the page differ: "another apostrophe", "other spaces", or both. */
export function writtenApart(a: string, b: string): string {
  if (a.trim().replace(/\s+/gu, ' ') === b.trim().replace(/\s+/gu, ' ')) return 'other spaces';
  return curlyApostrophes(a) === curlyApostrophes(b) ? 'another apostrophe' : 'another apostrophe and other spaces';
}

/** Spaces a reader cannot tell from a space, by name. */
const unseenSpaces: Record<string, string> = {
  '\u00a0': 'a no-break space',
  '\u202f': 'a narrow no-break space',
  '\u2007': 'a figure space',
  '\u2009': 'a thin space',
  '\u200a': 'a hair space',
  '\u2002': 'an en space',
  '\u2003': 'an em space',
  '\u3000': 'an ideographic space',
};

/**
 * `value` in double quotes with the spaces a reader cannot tell from a space written as escapes and named:
 * "Costa\u00a0Rica" (a no-break space). Printed as they are, two values that read alike looked the same in the message.
 */
export function quotedValue(value: string): string {
  const found = [...new Set([...value].filter((character) => unseenSpaces[character] !== undefined))];
  if (found.length === 0) return JSON.stringify(value);
  const escaped = JSON.stringify(value).replace(
    /[\u00a0\u202f\u2007\u2009\u200a\u2002\u2003\u3000]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `${escaped} (${found.map((character) => unseenSpaces[character]).join(', ')})`;
}
