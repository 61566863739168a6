/**
 * true or false, and what text meant as one ("yes", "false" in quotes) is told.
 */
import { z } from 'astro/zod';

/**
 * true or false. YAML reads "false" in quotes as text, and (as YAML 1.2) yes, no, on and off as words: the message
 * says what to write, where "expected true or false" left an editor who had written `draft: "false"` to look for
 * the difference.
 */
export const booleanField = z.boolean({
  error: (issue) => {
    const input = issue.input;
    // Anything else is quoted back by the loader as YAML read it (issueMessage in load-project.ts).
    if (typeof input !== 'string') return 'expected true or false';
    const meant = booleanHint(input);
    return `expected true or false, got ${JSON.stringify(input)}${meant ? `: ${meant}` : ''}`;
  },
});

/** What to write for text meant as true or false ("yes", "false" in quotes), in every field that takes one; or undefined. */
export function booleanHint(input: string): string | undefined {
  const word = input.trim().toLowerCase();
  if (word === 'true' || word === 'false') return `write it without quotes, ${word}`;
  // English's words, and French's.
  return ['yes', 'y', 'on', 'oui', 'vrai'].includes(word)
    ? 'write true'
    : ['no', 'n', 'off', 'non', 'faux'].includes(word)
      ? 'write false'
      : undefined;
}
