/**
 * What `npm run new:story -- "Title"` writes: a story file that passes the build's checks as it is (its examples of
 * the components sit in an MDX comment), marked as a draft so it cannot be published before an editor has filled it
 * in.
 */
import { slug as githubSlug } from 'github-slugger';
import { plainLatin } from './plain-latin.ts';
import { defaultLocale, t } from '../i18n/index.ts';
import { writtenMoment } from './validate/moment.ts';

export interface NewStory {
  slug: string;
  path: string;
  text: string;
}

/**
 * A French elision: a word of one letter (l’, d’, j’, m’, n’, s’, t’, c’) or qu’ (jusqu’, lorsqu’, puisqu’, quoiqu’,
 * presqu’) standing for a word whose vowel the next word's vowel or h took away: "l’argent" is two words, where
 * "largent" reads as one that does not exist. English apostrophes come inside a word or after it (the state's, don't,
 * the states'), and O'Brien's O is no French word: they are not matched.
 */
const frenchElision =
  /(?<![\p{L}\p{M}])([ldjmnstc]|(?:jus|lors|puis|quoi|pres)?qu)['’ʼ](?=[aeiouyhàâäéèêëîïôöùûüÿæœ])/giu;

/**
 * The scaffold's stand-ins for what the editor writes, in `lang`: the summary, the body, the first words of the notes
 * on writing in its comment and its example chart's title. The preflight refuses to publish them in any of the site's
 * languages (src/lib/validate/placeholders.ts).
 */
export function placeholders(lang: string) {
  const s = t(lang);
  return {
    summary: s('newStory.summary'),
    body: s('newStory.body'),
    // The notes' first words as the scaffold writes them, the note and the start of what follows it: the note alone
    // ("A comment, not published.") is a sentence an editor may write.
    note: `${s('newStory.note')} ${s('newStory.notes').split(' ').slice(0, 3).join(' ')}`,
    chartTitle: s('newStory.chartTitle'),
  };
}

/**
 * The story file titled `title`, dated `today`, its stand-ins written in `lang`: the site's default language, which a
 * story at the root of content/stories/ is written in (a French-default site got English ones).
 */
export function newStory(title: string, today: Date, lang: string = defaultLocale): NewStory {
  const clean = title.trim();
  if (!clean) throw new Error('expected a title, e.g. npm run new:story -- "How the watchdog works"');
  const slug = storySlug(clean);
  if (!slug) throw new Error(`cannot make a file name from the title ${JSON.stringify(title)}: use letters or digits`);
  const date = today.toISOString().slice(0, 10);
  // The example embargo is the next morning: a fixed one, once past, withheld nothing when uncommented as written.
  const nextMorning = new Date(`${date}T06:00:00Z`);
  nextMorning.setUTCDate(nextMorning.getUTCDate() + 1);
  const embargo = writtenMoment(nextMorning);
  const placeholder = placeholders(lang);
  const text = `---
title: ${JSON.stringify(clean)}
summary: ${JSON.stringify(placeholder.summary)}
date: ${date}
authors: []
countries: []
tags: []
datasets: []
# A draft is never published (except in a preview build: PREVIEW=1 npm run build). Set to false when ready.
draft: true
# embargo: ${embargo}  # not public before this moment
---

${placeholder.body}

{/*
  ${t(lang)('newStory.note')} ${t(lang)('newStory.notes')}

  <Cite id="a-source-id" />
  <Fact dataset="a-dataset-id" row={2024} column="a-column" />
  <Chart dataset="a-dataset-id" type="line" x="year" y="a-column" title="${placeholder.chartTitle}" />
*/}
`;
  return { slug, path: `content/stories/${slug}.mdx`, text };
}

/**
 * The address of a story titled `title`, with single hyphens, in plain ASCII for a title in a Latin alphabet: accents
 * dropped ("Ça" -> "ca"), letters without a separable accent spelled out ("ı" -> "i", "ß" -> "ss"), a French elision
 * a hyphen ("l’argent" -> "l-argent"), other apostrophes removed ("the state's" -> "the-states"), punctuation between
 * words ("« notice rouge » ?", "red_notice") one hyphen, not three. Letters of other scripts are kept as they are
 * ("Турция" stays "турция": no transliteration guesses at a name). At most slugMaxBytes long.
 */
function storySlug(title: string): string {
  const latinised = plainLatin(title.replace(frenchElision, '$1 ')).replace(/['’ʼ]/g, '');
  const slug = githubSlug(latinised)
    // github-slugger keeps underscores, which the preflight refuses in a page's name (validate-project.ts).
    .replaceAll('_', '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '');
  return capped(slug);
}

/**
 * The most bytes (UTF-8) of a story's slug: a file name holds 255 on every common disk, and a title in Cyrillic,
 * Greek or Arabic (two bytes a letter) or a long one in any script went past it, failing with ENAMETOOLONG.
 */
export const slugMaxBytes = 100;

/** `slug` cut to slugMaxBytes after its last whole word that fits, or, for one word longer, after a whole letter. */
function capped(slug: string): string {
  if (Buffer.byteLength(slug) <= slugMaxBytes) return slug;
  let fits = '';
  for (const char of slug) {
    if (Buffer.byteLength(fits + char) > slugMaxBytes) break;
    fits += char;
  }
  const next = slug.slice(fits.length);
  if (next.startsWith('-')) return fits;
  const lastHyphen = fits.lastIndexOf('-');
  if (lastHyphen > 0) return fits.slice(0, lastHyphen);
  // A letter is not cut from its marks (an accent, a vowel sign of Devanagari): it goes with them.
  return /^\p{M}/u.test(next) ? fits.replace(/\P{M}\p{M}*$/u, '') : fits;
}
