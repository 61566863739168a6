/**
 * Whether a dictionary names each control of `nameHoldsVisible` (src/i18n/en.ts) with its visible text in it, word for
 * word (WCAG 2.5.3, label in name): a speech-recognition user says what they see, "click نمایش داده‌ها", and the
 * control answers to its name. The words are compared as such a user says them: in any case, whatever the spaces and
 * punctuation between them, and never in the filled-in {title}, which a page may not have.
 */
import { ContentError } from '../lib/content-error.ts';
import { nameHoldsVisible } from './en.ts';

/** The words of `text` as they are said: in lower case, without the punctuation and spaces between them. */
function spokenWords(text: string, code: string): string[] {
  const segments = new Intl.Segmenter(code, { granularity: 'word' }).segment(
    text.normalize('NFKC').toLocaleLowerCase(code),
  );
  return [...segments].filter((segment) => segment.isWordLike).map((segment) => segment.segment);
}

/** Whether `words` holds `phrase` as consecutive words. */
function holdsPhrase(words: readonly string[], phrase: readonly string[]): boolean {
  return words.some((_, start) => phrase.every((word, i) => words[start + i] === word));
}

/**
 * The part of `name` from its first {placeholder} to its last, with the quotation marks and brackets around them:
 * "«{title}»" of "نمایش داده‌های «{title}»", what a name that starts with the visible text goes on with.
 */
function placeholderPart(name: string): string {
  const [first, last] = [name.indexOf('{'), name.lastIndexOf('}') + 1];
  if (first < 0 || last <= first) return '';
  const around = /[\s\p{Pi}\p{Pf}\p{Ps}\p{Pe}"']/u;
  let [start, end] = [first, last];
  while (start > 0 && around.test(name[start - 1]!)) start--;
  while (end < name.length && around.test(name[end]!)) end++;
  return name.slice(start, end).trim();
}

/**
 * The problem of each name in `dictionary` (src/i18n/<code>.ts) that does not hold its control's visible text, naming
 * both strings and a name to write. Strings the dictionary lacks are left to the check of missing strings.
 */
export function labelInNameProblems(code: string, dictionary: Readonly<Record<string, unknown>>): ContentError[] {
  const colon = typeof dictionary['punctuation.colon'] === 'string' ? dictionary['punctuation.colon'] : ': ';
  return nameHoldsVisible.flatMap(([nameKey, visibleKey]) => {
    const [name, visible] = [dictionary[nameKey], dictionary[visibleKey]];
    if (typeof name !== 'string' || typeof visible !== 'string') return [];
    const said = spokenWords(visible, code);
    // The words around the placeholders, part by part: a title filled in between them is no part of the name's own.
    const parts = name.split(/\{[^}]*\}/).map((part) => spokenWords(part, code));
    if (said.length === 0 || parts.some((words) => holdsPhrase(words, said))) return [];
    const suggestion = `${visible}${colon}${placeholderPart(name)}`;
    return [
      new ContentError(
        `src/i18n/${code}.ts`,
        nameKey,
        `${JSON.stringify(name)} does not hold the visible text of its control, ${visibleKey} (${JSON.stringify(visible)}), word for word: a speech-recognition user, who says what they see, would not reach the control (WCAG 2.5.3); start the name with the visible text: ${JSON.stringify(suggestion)}`,
      ),
    ];
  });
}
