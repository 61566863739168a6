/**
 * The search page's script, the only JavaScript on the site. It reads the search from the URL
 * (`?q=Pestrikov&kind=case&country=Russia&year=2025`), fills the form, runs the search through Pagefind's core API and
 * writes each new search back into the URL with history.replaceState, so any search can be linked.
 *
 * Pagefind (`/pagefind/pagefind.js`, its WebAssembly and the index chunks) is loaded only when the first search runs,
 * on the main thread (`noWorker`): for an index this size a worker would add a 43 kB download for no gain.
 * Strings come from data attributes on #search, rendered from the dictionary (src/i18n), as the CSP forbids inline
 * scripts. Plain JavaScript served as a static file, so the page needs no bundler step and no inline code.
 *
 * The pure helpers are exported so that tests can run them in Node.
 */

/** How many results are shown at once; "Show more" adds as many again. */
export const pageSize = 10;
/** Milliseconds to wait after the last keystroke, or the last step through a filter, before searching. */
const typingDelay = 200;
/**
 * Options for Pagefind's core API, shared with the Node probe (src/build/search-probe.ts) so tests rank and excerpt
 * exactly as the page does. Ranking is Pagefind's default: headings weigh more than body text.
 */
export const pagefindOptions = { noWorker: true, excerptLength: 24 };
/** The filters the page offers, in URL order; their names are Pagefind's filter keys (see SearchMeta.astro). */
export const filterKeys = ['kind', 'status', 'notice', 'country', 'year', 'tag'];
/**
 * The filters of case files alone, their status and request: the address holds their values as the content does
 * ("cancelled", in every language), the index in its language, which each option gives (data-filter-value).
 */
export const caseFilterKeys = ['status', 'notice'];
/**
 * What a search keeps when the reader switches language: the query and the filters whose values are the same in
 * every language (a country is named in the page's language: "Russia" finds nothing in the French index).
 */
export const portableKeys = ['q', 'kind', 'status', 'notice', 'year', 'tag'];

/**
 * Whether the case files' filters can narrow a search of this kind: any kind, or case files. With another kind they
 * could only empty the results: the page hides them, and the search leaves them out.
 * @param {string} kind
 */
export function caseFiltersApply(kind) {
  return kind === '' || kind === 'case';
}

/**
 * The search described by a query string: the trimmed query and one value per filter ('' when unset, and for a
 * case file's filter with a kind it cannot narrow).
 * @param {URLSearchParams} params
 * @returns {{ q: string, kind: string, status: string, notice: string, country: string, year: string, tag: string }}
 */
export function stateFromParams(params) {
  const state = { q: (params.get('q') ?? '').trim(), kind: '', status: '', notice: '', country: '', year: '', tag: '' };
  for (const key of filterKeys) state[key] = (params.get(key) ?? '').trim();
  if (!caseFiltersApply(state.kind)) for (const key of caseFilterKeys) state[key] = '';
  return state;
}

/**
 * How a tag reads in the tag filter: its words, without the hyphens of the identifier ("red-notices" -> "red notices"),
 * as the page's own options (src/lib/tags.ts).
 * @param {string} tag
 */
export function tagLabel(tag) {
  return tag.replaceAll('-', ' ');
}

/**
 * The address of another language's search page carrying this search, as far as it means the same there.
 * @param {string} href that page's address, as the language switcher links it
 * @param {{ q: string } & Record<string, string>} state
 */
export function searchInLanguage(href, state) {
  const params = new URLSearchParams();
  for (const key of portableKeys) if (state[key]) params.set(key, state[key]);
  const base = href.split('?')[0];
  return params.size > 0 ? `${base}?${params}` : base;
}

/**
 * The query string for a search, leaving out what is empty, so a plain search reads `?q=term`.
 * @param {{ q: string } & Record<string, string>} state
 */
export function paramsFromState(state) {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of filterKeys) if (state[key]) params.set(key, state[key]);
  return params;
}

/**
 * Pagefind's filter object for a search: only the filters that are set, each value as the index holds it.
 * @param {Record<string, string>} state
 * @param {Record<string, Record<string, string>>} [indexValues] filter -> value in the address -> value in the index,
 * where they differ (a case file's status: "cancelled" -> "Cancelled")
 * @returns {Record<string, string>}
 */
export function filtersFromState(state, indexValues = {}) {
  /** @type {Record<string, string>} */
  const filters = {};
  for (const key of filterKeys) if (state[key]) filters[key] = indexValues[key]?.[state[key]] ?? state[key];
  return filters;
}

/**
 * The sentence announcing the results, from the page's messages (`{count}` and `{query}` filled in). A count is said
 * in the plural form Intl.PluralRules of the page's locale picks ("2 wyniki", "5 wyników" in Polish), from the
 * messages the page gives for each form its language has (data-msg-results-few); "other" when a browser's Intl
 * knows a form the build's did not.
 * @param {Record<string, string | undefined>} messages the data-msg-* attributes of #search (camel-cased)
 * @param {number} count
 * @param {string} query
 * @param {boolean} [filtered] whether filters narrow the query: no result then says the filters may be the cause
 * @param {string} [locale] the locale the page is written in (data-intl), which writes the count as the site writes
 * figures ("4,817", « 4 817 ») and picks its plural form
 */
export function statusMessage(messages, count, query, filtered = false, locale = 'en') {
  return countMessage(messages, count, query, filtered, locale)
    .replace('{count}', () => new Intl.NumberFormat(locale).format(count))
    .replace('{query}', () => query);
}

/**
 * The message of statusMessage, its placeholders not filled in.
 * @param {Record<string, string | undefined>} messages
 * @param {number} count
 * @param {string} query
 * @param {boolean} filtered
 * @param {string} locale
 */
function countMessage(messages, count, query, filtered, locale) {
  if (count === 0) return messages[query ? (filtered ? 'msgNoneWithFilters' : 'msgNone') : 'msgFilteredNone'] ?? '';
  return pluralMessage(messages, query ? 'msgResults' : 'msgFiltered', count, locale);
}

/**
 * The message `kind` (msgResults, msgSet) in the plural form Intl.PluralRules of `locale` picks for `count`, its
 * placeholders not filled in; "other" when a browser's Intl knows a form the build's did not.
 * @param {Record<string, string | undefined>} messages
 * @param {string} kind
 * @param {number} count
 * @param {string} locale
 */
export function pluralMessage(messages, kind, count, locale) {
  const category = new Intl.PluralRules(locale).select(count);
  return messages[`${kind}${category[0].toUpperCase()}${category.slice(1)}`] ?? messages[`${kind}Other`] ?? '';
}

/**
 * Whether `error` is Pagefind's answer to an index that holds no page in any language: a site with nothing published
 * yet, searched from a page that did not know it (one cached from before the site's last page was withdrawn).
 * @param {unknown} error
 */
export function isEmptyIndexError(error) {
  return String(error instanceof Error ? error.message : error).includes('No language indexes found');
}

/** A word as the check below compares it: lower-case, without accents, punctuation or spaces ("6,934" is "6934"). */
const fold = (/** @type {string} */ text) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

/** Scripts written without spaces between words, where a word's start says nothing of a match. */
const unspaced = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/**
 * The words of `query` that no page holds, which Pagefind answered with pages holding a word they start with: for a
 * word not in its index, Pagefind searches for the longest start of it that is ("elephant" finds "El Salvador",
 * "Navalny" the "n’a" of "n’a pas", "déplacée" every "des"). A site whose readers search for names must not answer a
 * name it does not hold with pages that seem to be about it. A word is held when Pagefind finds it as an exact phrase
 * (`"word"`: stemmed, so "refusals" finds "refused", "being" finds "be", but never replaced by a shorter word), or
 * when a word it marked in the first results starts with it (a word being typed: "extrad" marks "extradition"). A
 * word of fewer than four letters, or in a script written without spaces, is not judged.
 * @param {string} query
 * @param {string[]} excerpts Pagefind's excerpts of the first results, with their <mark> tags
 * @param {(word: string) => Promise<number>} exact how many pages Pagefind finds for a word as an exact phrase
 * @returns {Promise<string[]>} the query's words that no page holds
 */
export async function unmatchedWords(query, excerpts, exact) {
  const marked = excerpts.flatMap((excerpt) => [...excerpt.matchAll(/<mark>(.*?)<\/mark>/gs)].map((match) => fold(match[1] ?? '')));
  const missing = [];
  for (const word of query.replace(/"/g, ' ').split(/\s+/)) {
    const folded = fold(word);
    if (folded.length < 4 || unspaced.test(folded)) continue;
    if (marked.some((mark) => mark.startsWith(folded))) continue;
    if ((await exact(word)) === 0) missing.push(word);
  }
  return missing;
}

/**
 * A calendar date (YYYY-MM-DD) as the site writes dates elsewhere (src/i18n: formatDate).
 * @param {string} date
 * @param {string} locale the locale the page is written in (data-intl: "en-GB" for British English, site.locales' intl)
 */
export function formatDate(date, locale) {
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return date;
  // In the calendar the pages write days in (src/i18n/locales.ts: pageCalendar): the one the locale names, else the
  // Gregorian one, whatever Intl's default for the language (Solar Hijri for Persian).
  const calendar = new Intl.Locale(locale).calendar ?? 'gregory';
  const format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC', calendar });
  if (new Intl.Locale(locale).language !== 'fr') return format.format(parsed);
  // French writes the first of a month as an ordinal, and the day joined to its month by a no-break space, as the
  // pages do (src/i18n: typesetDateParts): "1er\u00a0mars 2026".
  const parts = format.formatToParts(parsed);
  return parts
    .map((part, i) =>
      part.type === 'day' && part.value === '1' ? '1er' : part.type === 'literal' && parts[i - 1]?.type === 'day' && parts[i + 1]?.type === 'month' ? '\u00a0' : part.value,
    )
    .join('');
}

/**
 * The label of an option the script adds to a filter (a value of the address or the index the page did not list): a
 * tag's words, a year as the page labels its own (in the digits of its figures, without grouping: "۲۰۲۴" in Persian).
 * @param {string} filter the filter's key ("tag", "year")
 * @param {string} value
 * @param {string} locale the locale the page is written in (data-intl)
 */
export function optionLabel(filter, value, locale) {
  if (filter === 'tag') return tagLabel(value);
  if (filter === 'year' && /^\d+$/.test(value)) return new Intl.NumberFormat(locale, { useGrouping: false }).format(Number(value));
  return value;
}

/**
 * Below this width (in CSS pixels) the filters stack into one column, taller than a phone's screen allows: the page
 * starts with them folded, those set showing after them as buttons that remove them.
 */
export const foldFiltersBelow = 600;

/**
 * The filters of a linked search that the page cannot apply, each left out of the search and named to the reader
 * rather than widening it unsaid: one the page does not offer (a case file's, where its language lists no case file),
 * or a value none of its options has (a stale link) that the index does not hold either.
 * @param {Record<string, string>} state the search the address asks for (stateFromParams)
 * @param {(key: string) => string[] | undefined} options the values the page offers for a filter; undefined if none
 * @param {(key: string, value: string) => boolean} held whether the index holds that value for that filter
 * @returns {{ key: string, value: string, offered: boolean }[]} offered: whether the page has the filter at all
 */
export function inapplicableFilters(state, options, held) {
  return filterKeys.flatMap((key) => {
    const value = state[key] ?? '';
    const offered = options(key);
    if (!value || offered?.includes(value) || (offered && held(key, value))) return [];
    return [{ key, value, offered: offered !== undefined }];
  });
}

/**
 * A page's summary as a result shows it instead of an excerpt: as long as an excerpt at most (a dataset's description
 * can run to a paragraph, fifteen lines on a phone), cut after a word and marked as cut.
 * @param {string} text
 * @param {number} words
 */
export function shortSummary(text, words = pagefindOptions.excerptLength) {
  const all = text.trim().split(/\s+/);
  if (all.length <= words) return text.trim();
  return `${all.slice(0, words).join(' ').replace(/[\s,;:.–—-]+$/u, '')}…`;
}

/**
 * The id of a searchable page's title (its h1), and the start of the id of the summary a copy of a page for another
 * language's index holds in that language (`search-summary-fr`, SearchMeta.astro). Pagefind lists where each element
 * with an id starts in the page's indexed words (a result's `anchors`); resultExcerpt reads them.
 */
export const titleId = 'page-title';
export const summaryId = 'search-summary';

/** How Pagefind splits a page's text into the words its locations count: at spaces, or at the zero-width spaces it
 * puts between words of a script written without spaces. */
function pageWords(/** @type {string} */ content) {
  const unspacedText = content.includes('\u200b');
  return { words: content.split(unspacedText ? '\u200b' : /[^\S\uFEFF]+/), joiner: unspacedText ? '' : ' ' };
}

/**
 * The words of a page's indexed text that an element with the id `id` (or starting with it and "-") holds: from
 * where Pagefind says it starts, as many words as its text has (Pagefind adds a full stop after a block's last word).
 * @param {{ id: string, location: number, text?: string }[]} anchors
 * @param {string[]} words
 * @param {string} id
 * @returns {{ from: number, to: number } | undefined}
 */
function anchoredWords(anchors, words, id) {
  const anchor = anchors.find((each) => each.id === id || each.id.startsWith(`${id}-`));
  if (!anchor) return undefined;
  const length = fold(anchor.text ?? '').length;
  let to = anchor.location;
  for (let held = 0; held < length && to < words.length; to++) held += fold(words[to] ?? '').length;
  return { from: anchor.location, to };
}

/**
 * Where a window of `length` words within [from, to) holds the most of the matched words' weight, as Pagefind
 * places its own excerpt (among windows that weigh the same, the middle one, which centres a single match).
 * @param {{ location: number, balanced_score: number }[]} hits
 */
function densestWindow(hits, from, to, length) {
  if (hits.length === 0 || to - from <= length) return from;
  /** @type {Map<number, number>} */
  const score = new Map();
  for (const hit of hits) score.set(hit.location, (score.get(hit.location) ?? 0) + hit.balanced_score);
  let sum = 0;
  for (let i = from; i < from + length; i++) sum += score.get(i) ?? 0;
  let best = sum;
  let bestAt = [from];
  for (let start = from + 1; start + length <= to; start++) {
    sum += (score.get(start + length - 1) ?? 0) - (score.get(start - 1) ?? 0);
    if (sum > best) [best, bestAt] = [sum, [start]];
    else if (sum === best && bestAt[bestAt.length - 1] === start - 1) bestAt.push(start);
  }
  return bestAt[Math.floor(bestAt.length / 2)] ?? from;
}

/**
 * The excerpt a result shows for a query, from the data Pagefind gives for it: the `length` words around the matched
 * words, marked, with "…" where the text goes on before or after. Taken after the page's title (the h1 with id
 * `titleId`) and what stands before it, which the result shows already: Pagefind's own excerpt starts with the title
 * whenever the query matches it, as headings weigh more. In a copy of a page for another language's index, whose
 * text is the page's own language but for the translated title and summary before it, the excerpt is the translated
 * summary (`part: 'summary'`) when nothing after it matched, so that its language is known (and the reader
 * sees the match, if it was there); else the page's text (`part: 'page'`). Where no word after the title matched,
 * the text starts after it.
 * Like Pagefind's excerpt, its words are Pagefind's `raw_content`, whose < and > are escaped; only <mark> is added.
 * @param {{ raw_content?: string, anchors?: { id: string, location: number, text?: string }[],
 *   weighted_locations?: { location: number, balanced_score: number }[] }} data a result's data()
 * @param {number} [length]
 * @param {string} [ellipsis]
 * @returns {{ html: string, part: 'page' | 'summary' }}
 */
export function resultExcerpt(data, length = pagefindOptions.excerptLength, ellipsis = '…') {
  const { words, joiner } = pageWords(data.raw_content ?? '');
  const anchors = data.anchors ?? [];
  const hits = data.weighted_locations ?? [];
  const within = (/** @type {{ from: number, to: number }} */ range) =>
    hits.filter((hit) => hit.location >= range.from && hit.location < range.to);
  const summary = anchoredWords(anchors, words, summaryId);
  /** @type {'page' | 'summary'} */
  let part = 'page';
  let range = { from: anchoredWords(anchors, words, titleId)?.to ?? 0, to: words.length };
  let found = within(range);
  if (found.length === 0 && summary) {
    part = 'summary';
    range = summary;
    found = within(range);
  }
  const start = densestWindow(found, range.from, range.to, length);
  const end = Math.min(range.to, start + length);
  const marked = new Set(found.map((hit) => hit.location));
  const text = words
    .slice(start, end)
    .map((word, i) => (marked.has(start + i) && word ? `<mark>${word}</mark>` : word))
    .join(joiner)
    .trim();
  return { html: `${start > range.from ? ellipsis + joiner : ''}${text}${end < range.to ? joiner + ellipsis : ''}`, part };
}

/** @type {RegExp | undefined} */
let dayAndMonth;
/**
 * A date's day (with what stands before it), the </mark> after it if any, and the spaces before its French month,
 * as src/lib/typography.ts (dayAndMonth) finds them, across the <mark> Pagefind puts around a matched word in an
 * excerpt ("le 5 <mark>mai</mark>"). What stands before the day is matched rather than looked behind at: Safari
 * before 16.4 has no lookbehind, and the pattern would throw there. Built once.
 */
function frenchDayAndMonth() {
  if (dayAndMonth) return dayAndMonth;
  const names = new Set();
  for (const month of /** @type {const} */ (['long', 'short'])) {
    const format = new Intl.DateTimeFormat('fr', { month, timeZone: 'UTC' });
    for (let index = 0; index < 12; index++) names.add(format.format(new Date(Date.UTC(2026, index, 1))));
  }
  const months = [...names].sort((a, b) => b.length - a.length).map((name) => name.replace(/\./g, '\\.'));
  // Not after a letter, a digit or a figure's point or comma, nor after a no-break space that follows a digit.
  const before = '(^|[^\\p{L}\\p{N}.,\\u00a0\\u202f]|(?:^|[^\\p{N}.,])[\\u00a0\\u202f])';
  return (dayAndMonth = new RegExp(`${before}(\\d{1,2}|1er|1\u1d49\u02b3)(</mark>)?[ \\t\\r\\n]+(?=(?:<mark>)?(?:${months.join('|')})(?!\\p{L}))`, 'gu'));
}

/** @type {RegExp[] | undefined} */
let figureAndNoun;
/**
 * A figure standing alone (with what stands before it, and the </mark> after it if any) and the spaces before the
 * word after it (captured, with an apostrophe after it: countsWord tells whether the figure counts it), or before
 * its percent or currency sign, as src/lib/typography.ts (figureAndWord, figureAndSign) finds them, across
 * Pagefind's marks ("<mark>187</mark> demandes"). What stands before the figure is matched rather than looked behind
 * at (Safari before 16.4). Built once.
 */
function frenchFigureAndNoun() {
  if (figureAndNoun) return figureAndNoun;
  const before = '(^|[^\\p{L}\\p{N}.,\\u00a0\\u202f-]|(?:^|[^\\p{N}.,])[\\u00a0\\u202f]|(?:^|[^\\p{L}\\p{N}])-)';
  const figure =
    '(?:\\p{Nd}{1,3}(?:(?:</mark>)?[ \\u00a0\\u202f]+(?:<mark>)?\\p{Nd}{3})+(?!\\p{N})|\\p{Nd}+)(?:[.,]\\p{Nd}+)?';
  const spaces = '(</mark>)?[ \\t\\r\\n]+(?=(?:<mark>)?';
  const word = '([\\p{L}\\p{M}]+(?:-[\\p{L}\\p{M}]+)*)(?:</mark>)?([\'’]|&#39;|&#x27;|&apos;)?';
  return (figureAndNoun = [
    new RegExp(`${before}(${figure})${spaces}${word})`, 'gu'),
    new RegExp(`${before}(${figure})${spaces}[%‰‱\\p{Sc}])`, 'gu'),
  ]);
}

/**
 * Whether `word`, after `figure` in French, is what the figure counts, as src/lib/typography.ts (countsWord) tells:
 * not one of `notCounted` (typography.ts's list, which the search page hands over in its data-not-counted), an
 * elided word or a verb by its ending; after a figure of 2 or more, a plural, a unit (`units`, the page's
 * data-units), a word without vowels or an acronym; after a year-like figure, a plural in lower case or a unit.
 * @param {string} figure
 * @param {string} word
 * @param {boolean} elided
 * @param {ReadonlySet<string>} notCounted
 * @param {ReadonlySet<string>} units
 */
function countsWord(figure, word, elided, notCounted, units) {
  const lower = word.toLowerCase();
  if (elided || notCounted.has(lower) || notCounted.has(lower.split('-')[0] ?? '')) return false;
  if (/(?:aient|èrent|[iun]rent|ssent|(?:^|[^f])ront)$/u.test(lower)) return false;
  const digits = figure.replace(/<\/?mark>/g, '');
  const value = Number(digits.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.'));
  if (!(value >= 2)) return true;
  const unit = units.has(word);
  // A noun of time, or a plural in lower case that does not end as a past participle (typography.ts: yearQuantity).
  const quantity =
    /^(?:\p{Ll}[\p{L}\p{M}]*-)*(?:années|journées)$/u.test(word) ||
    (/^\p{Ll}[\p{L}\p{M}-]*[sx]$/u.test(word) && !/(?:é|ée|[^aeiouy]i)s$/u.test(word));
  if (/^(?:1\d{3}|20\d{2}|2100)$/.test(digits)) return unit || quantity;
  return unit || /[sxz]$/i.test(word) || !/[aeiouyàâäéèêëîïôöûüù]/iu.test(word) || /^\p{Lu}{2,}$/u.test(word);
}

/**
 * A figure whose groups of digits are spaced ("7 678"), with what stands before it, as src/lib/typography.ts
 * (spacedFigure) finds them, across the <mark> Pagefind puts around a matched group ("7 <mark>678</mark>"): not
 * glued to a word, no leading zero, no more digits after its last group. What stands before is matched rather than
 * looked behind at (Safari before 16.4), and a telephone number's "+41" or "0800" is told by the text before
 * (telephoneBefore, as typography.ts's).
 */
const spacedFigure =
  /(^|[^\p{L}\p{N}.,\u066b\u066c])(?!0)(\p{Nd}{1,3}(?:(?:<\/mark>)?[ \t\r\n\u00a0\u202f]+(?:<mark>)?\p{Nd}{3})+)(?!\p{N})(?!(?:<\/mark>)?[ \t\u00a0\u202f]+(?:<mark>)?\p{N})/gu;
const telephoneBefore = /(?:\+[\p{N} \t\u00a0]*|(?:^|[^\p{N}])0\p{N}*[ \t\u00a0]+|[\p{L}\p{N}]-)$/u;

/** @type {Map<string, string>} */
const groupSpaces = new Map();
/**
 * The space that joins a figure's groups in `lang`, as src/lib/typography.ts (groupSpace) chooses it: Intl's where
 * the language groups with a space, else a no-break space.
 * @param {string} lang
 */
function groupSpace(lang) {
  let space = groupSpaces.get(lang);
  if (space === undefined) {
    const group = new Intl.NumberFormat(lang).formatToParts(10000).find((part) => part.type === 'group')?.value;
    groupSpaces.set(lang, (space = group !== undefined && /^\s$/u.test(group) ? group : '\u00a0'));
  }
  return space;
}

/**
 * Text in `lang` typeset as the site's pages are (src/lib/typography.ts, `typeset`, which a test holds this to): a
 * figure's groups joined by a space that does not break, in every language; in French, the space before : ; ! ? »
 * and after « made one that does not break, and the one between a date's day and its month, or a figure and its noun.
 * Pagefind stores a page's
 * text with plain spaces, and a result's title or excerpt would start a line with ":" on a phone, end one on "5" with
 * "mai 2009" on the next, or split "7 678" into two figures.
 * @param {string} text
 * @param {string | undefined} lang
 * @param {readonly string[]} [notCounted] the words a figure is not joined to in French (typography.ts's notCounted)
 * @param {readonly string[]} [units] the units a figure is joined to in French (typography.ts's frenchUnits)
 */
export function typesetText(text, lang, notCounted = [], units = []) {
  if (!lang) return text;
  const [words, unitWords] = [new Set(notCounted), new Set(units)];
  const french =
    lang.split('-')[0] !== 'fr'
      ? text
      : text
          .replace(/[ \t\r\n\u00a0\u202f]+(?=[;!?])/g, '\u202f')
          .replace(/[ \t\r\n\u00a0\u202f]+(?=[:»])/g, '\u00a0')
          .replace(/«[ \t\r\n\u00a0\u202f]+/g, '«\u00a0')
          .replace(frenchDayAndMonth(), '$1$2$3\u00a0')
          .replace(frenchFigureAndNoun()[0], (match, before, figure, mark, word, elided) =>
            countsWord(figure, word, !!elided, words, unitWords)
              ? `${before}${figure}${mark ?? ''}\u00a0`
              : match,
          )
          .replace(frenchFigureAndNoun()[1], '$1$2$3\u00a0');
  return french.replace(spacedFigure, (match, before, figure, offset) =>
    telephoneBefore.test(french.slice(0, offset + before.length).replace(/<\/?mark>/g, ''))
      ? match
      : before + figure.replace(/[ \t\r\n\u00a0\u202f]+/g, groupSpace(lang)),
  );
}

/**
 * What a result says of a page in another language than the search page's: "in English", "en anglais".
 * @param {string} template the page's message, with "{language}" where the name goes
 * @param {string} textLang the page's language
 * @param {string} lang the search page's language, which names it
 */
export function inLanguage(template, textLang, lang) {
  const name = new Intl.DisplayNames([lang], { type: 'language' }).of(textLang) ?? textLang;
  return template.replace('{language}', name);
}

/** @param {HTMLElement} root the #search element */
function start(root) {
  const form = /** @type {HTMLFormElement} */ (root.querySelector('form'));
  const input = /** @type {HTMLInputElement} */ (form.elements.namedItem('q'));
  // A case file's filters are missing where this language's site lists no case file.
  const selects = filterKeys.map((key) => /** @type {HTMLSelectElement | null} */ (form.elements.namedItem(key)));
  const caseSelects = caseFilterKeys.map((key) => selects[filterKeys.indexOf(key)]);
  /** @type {Record<string, Record<string, string>>} */
  const indexValues = {};
  caseFilterKeys.forEach((key, i) => {
    const options = [...(caseSelects[i]?.options ?? [])];
    indexValues[key] = Object.fromEntries(options.map((each) => [each.value, each.dataset.filterValue ?? each.value]));
  });
  const status = /** @type {HTMLElement} */ (root.querySelector('#search-status'));
  const list = /** @type {HTMLOListElement} */ (root.querySelector('#search-list'));
  const more = /** @type {HTMLButtonElement} */ (root.querySelector('#search-more'));
  const messages = root.dataset;
  const lang = root.dataset.lang ?? document.documentElement.lang ?? 'en';
  // The locale its dates and figures are written in, as the pages write them (src/i18n/locales.ts: writtenLocale).
  const locale = root.dataset.intl ?? lang;
  // The words a French figure is not joined to (src/lib/typography.ts: notCounted), as the page hands them over.
  const notCounted = (root.dataset.notCounted ?? '').split(' ').filter(Boolean);
  // And the units it is joined to (src/lib/typography.ts: frenchUnits).
  const units = (root.dataset.units ?? '').split(' ').filter(Boolean);
  /**
   * Marks a result's text as written in `textLang` when that is not the page's language (WCAG 3.1.2), and as running
   * in its own direction (dir="auto", from its first letter): an English title on a Persian page reads left to right.
   */
  const setLang = (/** @type {HTMLElement} */ element, /** @type {string | undefined} */ textLang) => {
    if (!textLang || textLang === lang) return;
    element.lang = textLang;
    element.dir = 'auto';
  };
  // Between a result's kind, date and language: the page's (data-separator, src/i18n/punctuation.ts).
  const separator = ` ${root.dataset.separator ?? '·'} `;
  const kindSelect = /** @type {HTMLSelectElement} */ (selects[0]);
  const filters = /** @type {HTMLDetailsElement} */ (root.querySelector('#search-filters'));
  const summary = /** @type {HTMLElement} */ (filters.querySelector('summary'));
  const setCount = /** @type {HTMLElement} */ (root.querySelector('#search-filters-set'));
  const active = /** @type {HTMLUListElement} */ (root.querySelector('#search-active'));
  const ignored = /** @type {HTMLElement} */ (root.querySelector('#search-ignored'));
  const fill = (/** @type {string} */ template, /** @type {Record<string, string>} */ values) =>
    template.replace(/\{(\w+)\}/g, (match, name) => values[name] ?? match);
  const labelOf = (/** @type {HTMLSelectElement} */ select) => select.labels?.[0]?.textContent ?? select.name;
  const kindLabels = new Map([...kindSelect.options].map((option) => [option.value, option.textContent ?? '']));

  // The folder the site is served below ("/" at the root of its host, "/repo/" on a GitHub project page): this script
  // is its search/search.js. Pagefind's files are beside it, and the addresses Pagefind returns are from the root.
  const siteBase = new URL('../', import.meta.url).pathname;
  /** A page's address as the index holds it ("/stories/x/"), as this site serves it. */
  const served = (/** @type {string} */ url) => (url.startsWith('/') ? `${siteBase}${url.slice(1)}` : url);
  // Pagefind starts reading its index without waiting on it: on an index holding no page that start fails unhandled,
  // besides the search that then fails and is answered below (isEmptyIndexError). Not an error for the reader.
  window.addEventListener('unhandledrejection', (event) => {
    if (isEmptyIndexError(event.reason)) event.preventDefault();
  });
  /** @type {Promise<any> | null} */
  let pagefind = null;
  // The built site's Pagefind, which Vite is told to leave alone: the dev server reads this file for its ids
  // (ArticleHeader.astro), and warned on every first page that it could not follow this import.
  const load = () =>
    (pagefind ??= import(/* @vite-ignore */ new URL('../pagefind/pagefind.js', import.meta.url).href).then(async (api) => {
      await api.options({ ...pagefindOptions, baseUrl: siteBase });
      await api.init();
      return api;
    }));

  /** Adds an option to a select unless it has that value (a value from the URL or from the index). */
  const ensureOption = (/** @type {HTMLSelectElement | null} */ select, /** @type {string} */ value) => {
    if (!select || !value || [...select.options].some((option) => option.value === value)) return;
    const option = new Option(optionLabel(select.name, value, locale), value);
    // A tag the page did not list reads as its identifier, in the site's default language (data-default-lang).
    const lang = select.name === 'tag' ? select.dataset.defaultLang : '';
    if (lang) {
      option.lang = lang;
      option.dir = 'auto';
    }
    select.add(option);
  };

  // A case file's filters that cannot narrow the kind chosen are hidden and left out of the search, their choice kept
  // for when they can again (arrow keys walking the kinds pass "Story" on the way to "Case file").
  const readForm = () => {
    const state = { q: input.value.trim(), kind: '', status: '', notice: '', country: '', year: '', tag: '' };
    filterKeys.forEach((key, i) => (state[key] = selects[i]?.value ?? ''));
    return stateFromParams(paramsFromState(state));
  };
  const showCaseFilters = () => {
    const hidden = !caseFiltersApply(kindSelect.value);
    for (const select of caseSelects) if (select?.parentElement) select.parentElement.hidden = hidden;
  };

  /**
   * Says on the filters' summary how many are set ("Narrow the results (2 set)") and lists each after it as a button
   * that removes it ("Kind: Case file ×", named "Remove filter Kind: Case file"), in sight while the filters are folded.
   */
  const showActive = (/** @type {Record<string, string>} */ state) => {
    const set = filterKeys.filter((key) => state[key]);
    const count = new Intl.NumberFormat(locale).format(set.length);
    setCount.textContent = set.length > 0 ? ` (${fill(pluralMessage(messages, 'msgSet', set.length, locale), { count })})` : '';
    active.hidden = set.length === 0;
    active.replaceChildren(
      ...set.map((key) => {
        const select = /** @type {HTMLSelectElement} */ (selects[filterKeys.indexOf(key)]);
        const option = select.selectedOptions[0];
        const button = document.createElement('button');
        button.type = 'button';
        button.dataset.filter = key;
        const remove = document.createElement('span');
        remove.className = 'visually-hidden';
        remove.textContent = `${messages.msgRemove} `;
        // The value in its own language, as its option is (a tag not translated).
        const value = document.createElement('span');
        value.textContent = option?.textContent ?? state[key] ?? '';
        setLang(value, option?.lang || undefined);
        const [before, after] = (messages.msgActive ?? '{filter}: {value}').split('{value}');
        const cross = document.createElement('span');
        cross.setAttribute('aria-hidden', 'true');
        cross.textContent = ' ×';
        button.append(remove, fill(before ?? '', { filter: labelOf(select) }), value, after ?? '', cross);
        const item = document.createElement('li');
        item.append(button);
        return item;
      }),
    );
  };

  let latest = 0;
  /** @type {any[]} */
  let found = [];
  let shown = 0;
  let query = '';

  const renderResult = (/** @type {any} */ data) => {
    const item = document.createElement('li');
    const heading = document.createElement('h3');
    // A page this language's site lists in another language (an untranslated story, a dataset) is indexed again
    // for this language under its address plus "#<lang>"; its metadata give its address and its texts' languages.
    const textLang = data.meta.lang;
    const link = document.createElement('a');
    link.href = data.meta.url ? served(data.meta.url) : data.url;
    link.textContent = typesetText(data.meta.title ?? data.url, data.meta.title_lang ?? textLang ?? lang, notCounted, units);
    // Marked on the heading rather than the link, so that a title in a language written the other way is laid out
    // from its own side, as its excerpt below it and the site's lists are (an English title on a Persian page).
    setLang(heading, data.meta.title_lang ?? textLang);
    // A link to a page in another language says so, as the site's own links to the other edition do.
    if (textLang && textLang !== lang) link.hreflang = textLang;
    heading.append(link);
    const meta = document.createElement('p');
    meta.className = 'search-meta';
    // Its kind, date and language each isolated (bdi), as the site's lists part theirs: an item in the other direction
    // would run into the next across the separator.
    const kind = document.createElement('bdi');
    kind.className = 'search-kind';
    kind.textContent = (data.meta.kind && kindLabels.get(data.meta.kind)) || '';
    meta.append(kind);
    if (data.meta.date) {
      const time = document.createElement('time');
      time.dateTime = data.meta.date;
      time.textContent = formatDate(data.meta.date, locale);
      const date = document.createElement('bdi');
      date.append(time);
      meta.append(kind.textContent ? separator : '', date);
    }
    // Where the link leads to a page in another language, the result says so, as the site's lists do.
    if (textLang && textLang !== lang && messages.msgInLanguage) {
      const note = document.createElement('bdi');
      note.className = 'search-lang';
      note.textContent = inLanguage(messages.msgInLanguage, textLang, lang);
      meta.append(meta.textContent ? separator : '', note);
    }
    const excerpt = document.createElement('p');
    excerpt.className = 'search-excerpt';
    if (query) {
      // The words around the match after the title (resultExcerpt): the page's text, escaped as Pagefind escapes it
      // with only <mark> added, or the summary translated for this language where nothing after the title matched. Typesetting
      // changes only spaces, never the tags.
      const { html, part } = resultExcerpt(data);
      const excerptLang = part === 'summary' ? (data.meta.summary_lang ?? textLang) : textLang;
      excerpt.innerHTML = typesetText(html, excerptLang ?? lang, notCounted, units);
      setLang(excerpt, excerptLang);
    } else {
      const summaryLang = data.meta.summary ? (data.meta.summary_lang ?? textLang) : textLang;
      excerpt.textContent = typesetText(data.meta.summary ? shortSummary(data.meta.summary) : data.excerpt, summaryLang ?? lang, notCounted, units);
      setLang(excerpt, summaryLang);
    }
    item.append(heading, meta, excerpt);
    return item;
  };

  /**
   * Says on the live region what the results below it answer: `data-search-for`, the search as its query string
   * (`q=Pestrikov&kind=case`, '' for none), and `data-search-state`, `running` (with aria-busy) from the keystroke or
   * change until that search's results are on the page, then `done` or `error`. Tests wait for it rather than guess.
   * The count is written after aria-busy is lifted, so a screen reader announces it once per finished search. A
   * message for a running search (the first one's "Searching…") is written without aria-busy: a screen reader keeps
   * quiet about a busy region, and would never say it.
   * A live region is announced when its text changes: a search whose message is the last one's (a filter changed, the
   * count the same) empties the region and writes it on the next frame, marked done then, so that it is heard too.
   * @returns {Promise<void>} settled once written (or replaced by a newer mark), which the search waits for
   */
  let frame = 0;
  let replaced = () => {};
  const mark = (/** @type {string} */ state, /** @type {{ q: string } & Record<string, string>} */ search, message = '') => {
    cancelAnimationFrame(frame);
    replaced();
    const write = () => {
      status.setAttribute('aria-busy', String(state === 'running' && !message));
      status.dataset.searchState = state;
      status.dataset.searchFor = paramsFromState(search).toString();
      if (state !== 'running' || message) status.textContent = message;
    };
    if (state === 'running' || !message || status.textContent !== message) return Promise.resolve(write());
    status.textContent = '';
    return new Promise((resolve) => {
      replaced = resolve;
      frame = requestAnimationFrame(() => resolve(write()));
    });
  };

  /** Adds the next page of results; false when a newer search replaced the results meanwhile. */
  const showMore = async (/** @type {number} */ run, /** @type {any[] | undefined} */ loaded = undefined) => {
    const from = found;
    const next = from.slice(shown, shown + pageSize);
    const data = loaded ?? (await Promise.all(next.map((result) => result.data())));
    // A click on "Show more" while a newer search was running must not add the older search's results to it.
    if (run !== latest || from !== found) return false;
    list.append(...data.map(renderResult));
    shown += next.length;
    more.hidden = shown >= found.length;
    return true;
  };

  /**
   * Searches and "Show more" loads still in flight, superseded ones included (their answers are dropped), written on
   * the live region as `data-pending`: "0" once nothing can change the results any more. Tests wait for it before
   * asserting that nothing more happened (a late answer ignored, a page of results added once), instead of sleeping.
   */
  let pending = 0;
  const whilePending = (/** @type {Promise<unknown>} */ work) => {
    status.dataset.pending = String(++pending);
    return work.finally(() => (status.dataset.pending = String(--pending)));
  };
  status.dataset.pending = '0';

  const search = async () => {
    const state = readForm();
    const params = paramsFromState(state);
    history.replaceState(null, '', params.size > 0 ? `?${params}` : location.pathname);
    carrySearch(state);
    showActive(state);
    const filters = filtersFromState(state, indexValues);
    const id = ++latest;
    if (!state.q && Object.keys(filters).length === 0) {
      list.replaceChildren();
      more.hidden = true;
      return mark('done', state);
    }
    // A site with nothing published yet has no index to load (src/components/pages/SearchPage.astro).
    if (root.dataset.nothingPublished !== undefined) {
      list.replaceChildren();
      more.hidden = true;
      return mark('done', state, messages.msgEmpty ?? '');
    }
    // Announce the wait only while Pagefind loads (the first search); later searches answer within a frame or two,
    // and a "Searching…" on every keystroke would make screen readers chatter.
    mark('running', state, pagefind ? '' : (messages.msgLoading ?? ''));
    try {
      const api = await load();
      const response = await api.search(state.q || null, { filters });
      if (id !== latest) return;
      for (const [i, key] of filterKeys.entries()) {
        // A case file's filters list every value the index holds (there in its language, not as the address has it).
        if (caseFilterKeys.includes(key)) continue;
        for (const value of Object.keys(response.totalFilters?.[key] ?? {}).sort()) ensureOption(selects[i], value);
      }
      const results = response.results;
      const first = await Promise.all(results.slice(0, pageSize).map((result) => result.data()));
      if (id !== latest) return;
      // A word no page holds, answered with pages holding a word it starts with: no results (the filters are not why).
      const exact = async (/** @type {string} */ word) => (await api.search(`"${word}"`)).results.length;
      const unmatched = state.q && results.length > 0 ? await unmatchedWords(state.q, first.map((data) => data.excerpt ?? ''), exact) : [];
      if (id !== latest) return;
      // The shown results change only here, with the list: "Show more" pages through what the list shows.
      found = unmatched.length > 0 ? [] : results;
      shown = 0;
      query = state.q;
      list.replaceChildren();
      if (!(await showMore(id, unmatched.length > 0 ? [] : first))) return;
      return mark('done', state, statusMessage(messages, found.length, state.q, unmatched.length === 0 && Object.keys(filters).length > 0, locale));
    } catch (error) {
      if (id !== latest) return;
      // No results of an earlier search under the error: they would read as this search's.
      list.replaceChildren();
      more.hidden = true;
      if (isEmptyIndexError(error)) return mark('done', state, messages.msgEmpty ?? '');
      console.error(error);
      return mark('error', state, messages.msgError ?? '');
    }
  };

  const run = () => whilePending(search());

  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer;
  /** Searches once the form settles: `typingDelay` after the last keystroke in the box or step through a filter. */
  const settle = () => {
    clearTimeout(timer);
    // The results no longer answer the form from the change on, not only once the pause is over (aria-busy: the
    // live region says nothing until the search that answers it has finished).
    mark('running', readForm());
    timer = setTimeout(run, typingDelay);
  };
  input.addEventListener('input', settle);
  // On a closed select Chromium fires "change" at each arrow key: a keyboard reader walking the options would run a
  // search, and hear its count, at every step. A choice picked from the open list waits the same 200 ms.
  // What a link asked for that was not applied no longer describes the search once the reader changes a filter.
  const changed = () => {
    ignored.hidden = true;
    settle();
  };
  for (const select of selects) select?.addEventListener('change', changed);
  // A set filter's button removes it and searches at once; focus goes to the next one's, else the previous one's,
  // else the summary, rather than to the page's start with the removed button.
  active.addEventListener('click', (event) => {
    const button = /** @type {HTMLElement} */ (event.target).closest('button');
    if (!button) return;
    const at = [...active.querySelectorAll('button')].indexOf(/** @type {HTMLButtonElement} */ (button));
    const select = selects[filterKeys.indexOf(button.dataset.filter ?? '')];
    if (select) select.value = '';
    ignored.hidden = true;
    showCaseFilters();
    clearTimeout(timer);
    run();
    const left = active.querySelectorAll('button');
    /** @type {HTMLElement} */ (left[Math.min(at, left.length - 1)] ?? summary).focus();
  });
  kindSelect.addEventListener('change', showCaseFilters);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    run();
  });
  /** The page of results "Show more" is loading, if any. */
  let loadingMore = false;
  more.addEventListener('click', () => {
    // A second click while the next page loads (on a slow connection the first seems to do nothing) would add that
    // page twice and skip the one after: it waits for the first.
    if (loadingMore) return;
    loadingMore = true;
    const first = shown;
    whilePending(
      showMore(latest)
        .then((added) => {
          // Move focus to the first new result so keyboard readers continue where the list grew.
          if (added) list.children[first]?.querySelector('a')?.focus();
        })
        // A page that failed to load can be asked for again.
        .catch((error) => console.error(error))
        .finally(() => (loadingMore = false)),
    );
  });

  // The language switcher's links to the other languages' search pages carry the search along.
  const otherSearches = [...document.querySelectorAll('.language-switcher a[hreflang]')].filter((link) =>
    /\/search\/$/.test(new URL(/** @type {HTMLAnchorElement} */ (link).href).pathname),
  );
  /** @param {{ q: string } & Record<string, string>} state */
  function carrySearch(state) {
    for (const link of otherSearches) link.setAttribute('href', searchInLanguage(link.getAttribute('href') ?? '', state));
  }

  // On a phone, the filters stacked one under another would push the results below the screen: folded, those set
  // showing after them (showActive).
  if (window.innerWidth < foldFiltersBelow) filters.open = false;
  const initial = stateFromParams(new URLSearchParams(location.search));
  input.value = initial.q;
  /** The values the page offers for a filter; undefined where it has no such filter. */
  const options = (/** @type {string} */ key) => {
    const select = selects[filterKeys.indexOf(key)];
    return select ? [...select.options].map((option) => option.value) : undefined;
  };
  /**
   * Opens the linked search: a filter value the page does not list but the index holds is added to its options (the
   * page can be older than the index); one the page cannot apply is left out, and the reader told why.
   * @param {Record<string, Record<string, number>> | undefined} indexed the index's filters and their values
   * (Pagefind's filters()); undefined when the index did not load, which the search then says, every value kept
   */
  const openLinked = (indexed) => {
    const held = (/** @type {string} */ key, /** @type {string} */ value) => !indexed || Boolean(indexed[key]?.[value]);
    const left = inapplicableFilters(initial, options, held);
    ignored.replaceChildren(
      ...left.map(({ key, value, offered }) => {
        initial[key] = '';
        const note = document.createElement('p');
        const select = selects[filterKeys.indexOf(key)];
        const template = (offered ? undefined : messages[`msgIgnored${key[0]?.toUpperCase()}${key.slice(1)}`]) ?? messages.msgIgnored;
        note.textContent = fill(template ?? '', { filter: select ? labelOf(select) : key, value });
        return note;
      }),
    );
    ignored.hidden = left.length === 0;
    carrySearch(initial);
    filterKeys.forEach((key, i) => {
      ensureOption(selects[i], initial[key]);
      if (selects[i]) selects[i].value = initial[key];
    });
    showCaseFilters();
    showActive(initial);
    // A search, or a link whose filters were all left out, to be taken out of the address.
    if (initial.q || filterKeys.some((key) => initial[key]) || left.length > 0) return run();
    return mark('done', initial);
  };
  // Only a value the page does not list sends for the index's filters before the first search, which loads it anyway.
  const unlisted = inapplicableFilters(initial, options, () => false).some((each) => each.offered);
  if (!unlisted || root.dataset.nothingPublished !== undefined) openLinked({});
  else {
    // Says "Searching…" as any first search does: the search waits on the index this loads.
    mark('running', initial, messages.msgLoading);
    whilePending(
      load()
        .then((api) => api.filters())
        .catch(() => undefined)
        .then(openLinked),
    );
  }
}

if (typeof document !== 'undefined') {
  const root = document.getElementById('search');
  if (root) start(root);
}
