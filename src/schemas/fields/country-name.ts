/**
 * A country's name as an English sentence writes it: "the Netherlands", "the Philippines", "Russia"; and its
 * possessive, "the Philippines'", "Russia's". For the messages that name a country an editor wrote or meant.
 */
import countries from 'i18n-iso-countries';

/**
 * Names English writes with "the" that neither their words (Republic, Islands…) nor i18n-iso-countries' English
 * names ("The Gambia", "The Netherlands") mark: mostly plurals, which a name ending in s alone does not tell from a
 * singular (Laos, Belarus, Honduras).
 */
const namesWithThe = new Set([
  'bahamas',
  'caribbean netherlands',
  'comoros',
  'congo',
  'gambia',
  'holy see',
  'isle of man',
  'maldives',
  'netherlands',
  'philippines',
  'seychelles',
]);

/** The words that give a country's name its article: a union, a kingdom, islands, territories ("the United States"). */
const wordsWithThe = /\b(?:Republic|Kingdom|States|Emirates|Islands|Union|Territory|Territories)\b/i;

/**
 * `name` (as written, with or without its "the") with the article English gives it, for the country whose ISO code is
 * `code` when known: i18n-iso-countries lists "The Gambia" among the Gambia's English names.
 */
export function countryInSentence(name: string, code?: string): string {
  const bare = name.trim().replace(/^the\s+/i, '');
  const english = code ? [countries.getName(code, 'en', { select: 'all' }) ?? []].flat() : [];
  const article =
    wordsWithThe.test(bare) ||
    namesWithThe.has(bare.toLowerCase()) ||
    english.some((other) => other.toLowerCase() === `the ${bare.toLowerCase()}`);
  return `${article ? 'the ' : ''}${bare}`;
}

/** The possessive of a country's name, as a sentence writes it: "the Netherlands'", "Laos'", "Russia's". */
export function countryPossessive(name: string, code?: string): string {
  const written = countryInSentence(name, code);
  return `${written}${/s$/i.test(written) ? "'" : "'s"}`;
}
