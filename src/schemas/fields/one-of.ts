/**
 * The message for a value outside a fixed list, with the value meant.
 */
import { nearestName } from '../../lib/edit-distance.ts';

/**
 * The message for a value outside `values`: what was written, and the value meant when it is the same word written
 * another way ("Active", "red notice", "red_notice"), one of its `synonyms` (by the word in small letters: French's
 * "barres" for bar) or a letter or two off ("cancelld"). A missing value gets the list alone (the caller says it is
 * missing).
 */
export function oneOfMessage(
  values: readonly string[],
  input: unknown,
  synonyms: Readonly<Record<string, string>> = {},
): string {
  const expected = `expected one of ${values.join(', ')}`;
  if (input === undefined) return expected;
  const written = typeof input === 'string' ? input : '';
  const plain = written
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  const same = values.find((value) => value === plain) ?? synonyms[written.trim().toLowerCase()];
  const near = same ? undefined : nearestName(plain, values);
  const hint = same ? `: write "${same}"` : near ? `: did you mean "${near}"?` : '';
  return `${expected}, got ${JSON.stringify(input)}${hint}`;
}
