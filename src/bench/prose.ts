/**
 * Synthetic prose for benchmark stories: sentences assembled from a small, deliberately bland vocabulary, so the
 * text has the length and rhythm of an article (varied sentence and paragraph lengths, headings) without naming
 * anyone or anything real. Nothing here is MDX syntax except what the caller inserts.
 *
 * Real archives have large vocabularies, and a search index grows with them: sentences also carry made-up words
 * ("the Velkaron office", "in Tesmiradu") drawn from a lexicon of 20,000 with a Zipf-like frequency, so a few recur
 * everywhere and most are rare, as names and terms are in news text.
 */
import type { Random } from './random.ts';

const subjects = [
  'the synthetic series',
  'the sample registry',
  'the placeholder agency',
  'the fictional archive',
  'the test committee',
  'the generated dataset',
  'the model office',
  'the imaginary bureau',
  'the benchmark panel',
  'the dummy ledger',
];
const verbs = [
  'recorded',
  'reported',
  'revised',
  'published',
  'withdrew',
  'compared',
  'counted',
  'reviewed',
  'listed',
  'estimated',
];
const objects = [
  'a steady rise in entries',
  'fewer requests than the year before',
  'a gap in the monthly figures',
  'a change in how cases were counted',
  'several late corrections',
  'an unexplained drop in totals',
  'a backlog of pending files',
  'figures that do not add up',
  'a new category of records',
  'the same pattern in every quarter',
];
const clauses = [
  'according to the generated notes',
  'as the synthetic tables show',
  'in every period the benchmark covers',
  'although the sample is small',
  'which the test documents do not explain',
  'after the placeholder rules changed',
  'while the fictional review was still open',
  'once the dummy figures were compared',
];
const openers = [
  'Meanwhile,',
  'In practice,',
  'By contrast,',
  'Later,',
  'Even so,',
  'At first,',
  'In the end,',
  'Separately,',
];
const headings = [
  'What the figures show',
  'How the records were kept',
  'A second look',
  'What remains unclear',
  'The method',
  'Gaps in the data',
];

const syllables = [
  'ka',
  'ro',
  'ven',
  'mi',
  'tas',
  'lo',
  'dre',
  'nu',
  'sel',
  'ba',
  'quor',
  'fi',
  'zan',
  'el',
  'tu',
  'mar',
  'gi',
  'pol',
  'sha',
  'rek',
];
/** Size of the made-up lexicon. */
export const lexiconSize = 20_000;

/** The made-up word with index `n` (0 ≤ n < lexiconSize): three or four syllables, the same on every machine. */
export function madeUpWord(n: number): string {
  let word = '';
  let rest = n;
  for (let i = 0; i < 3 || rest > 0; i++) {
    word += syllables[rest % syllables.length];
    rest = Math.floor(rest / syllables.length);
  }
  return word;
}

/** A made-up word, frequent ones more often: P(n) falls off like 1/n (log-uniform index). */
function rareWord(random: Random): string {
  return madeUpWord(Math.floor(Math.exp(random.next() * Math.log(lexiconSize))) - 1);
}

const namedClauses = [
  (w: string) => `in ${capitalise(w)}`,
  (w: string) => `according to the ${capitalise(w)} office`,
  (w: string) => `under the ${w} rule`,
  (w: string) => `near the ${capitalise(w)} district`,
];

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** One sentence of 8 to 25 words. */
export function sentence(random: Random): string {
  const main = `${random.pick(subjects)} ${random.pick(verbs)} ${random.pick(objects)} ${random.pick(namedClauses)(rareWord(random))}`;
  const shape = random.int(0, 3);
  if (shape === 0) return `${capitalise(main)}.`;
  if (shape === 1) return `${capitalise(main)}, ${random.pick(clauses)}.`;
  if (shape === 2) return `${random.pick(openers)} ${main}.`;
  return `${random.pick(openers)} ${main}, ${random.pick(clauses)}.`;
}

/** A paragraph of 3 to 7 sentences. */
export function paragraph(random: Random): string {
  const count = random.int(3, 7);
  return Array.from({ length: count }, () => sentence(random)).join(' ');
}

/** A second-level heading (without the `## `). */
export function heading(random: Random): string {
  return random.pick(headings);
}

/** Counts words the way a reader would (runs of non-space characters). */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
