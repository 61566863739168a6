/** The pure parts of the search page's script (public/search/search.js): URL state, filters, announcements. */
import { describe, expect, it } from 'vitest';
import {
  caseFiltersApply,
  filtersFromState,
  inapplicableFilters,
  formatDate,
  inLanguage,
  optionLabel,
  paramsFromState,
  pluralMessage,
  resultExcerpt,
  searchInLanguage,
  shortSummary,
  stateFromParams,
  tagLabel,
  statusMessage,
  summaryId,
  titleId,
  typesetText,
  unmatchedWords,
} from '../../public/search/search.js';
import { frenchUnits, notCounted, typeset } from '../../src/lib/typography.ts';
import { tagLabel as pageTagLabel } from '../../src/lib/tags.ts';
import { languageName, writtenLocale } from '../../src/i18n/locales.ts';
import { formatDate as pageDate, formatNumber } from '../../src/i18n/index.ts';

/** A search with no query and no filter set. */
const empty = { q: '', kind: '', status: '', notice: '', country: '', year: '', tag: '' };

const messages = {
  msgNone: 'No results for “{query}”.',
  msgResultsOne: '{count} result for “{query}”.',
  msgResultsOther: '{count} results for “{query}”.',
  msgNoneWithFilters:
    'No results for “{query}” with these filters. Remove them, or set them back to “Any”, to search every page.',
  msgFilteredNone: 'Nothing matches these filters.',
  msgFilteredOne: '{count} result for these filters.',
  msgFilteredOther: '{count} results for these filters.',
};

describe('the search script', () => {
  it('reads the search from the URL, trimming the query and ignoring unknown parameters', () => {
    const state = stateFromParams(new URLSearchParams('q=+Pestrikov+&kind=case&country=Russia&tag=ccf&page=2'));
    expect(state).toEqual({
      q: 'Pestrikov',
      kind: 'case',
      status: '',
      notice: '',
      country: 'Russia',
      year: '',
      tag: 'ccf',
    });
    expect(stateFromParams(new URLSearchParams(''))).toEqual(empty);
  });

  it("reads a case file's status and kind of request from the URL with any kind or case files, and not with a kind they cannot narrow", () => {
    const linked = 'status=cancelled&notice=red-diffusion';
    expect(stateFromParams(new URLSearchParams(linked))).toEqual({
      ...empty,
      status: 'cancelled',
      notice: 'red-diffusion',
    });
    expect(stateFromParams(new URLSearchParams(`kind=case&${linked}`))).toMatchObject({
      status: 'cancelled',
      notice: 'red-diffusion',
    });
    for (const kind of ['story', 'country', 'dataset'])
      expect(stateFromParams(new URLSearchParams(`kind=${kind}&${linked}`)), kind).toEqual({ ...empty, kind });
    expect([caseFiltersApply(''), caseFiltersApply('case'), caseFiltersApply('story')]).toEqual([true, true, false]);
    // In the address after the kind they depend on, before the other filters.
    expect(
      paramsFromState({
        ...empty,
        q: 'x',
        tag: 'ccf',
        notice: 'red-notice',
        status: 'refused',
        kind: 'case',
      }).toString(),
    ).toBe('q=x&kind=case&status=refused&notice=red-notice&tag=ccf');
  });

  it('writes a search back as a query string without empty parameters', () => {
    const params = paramsFromState({ ...empty, q: 'Article 3', country: 'Russia', year: '2025' });
    expect(params.toString()).toBe('q=Article+3&country=Russia&year=2025');
    expect(stateFromParams(params)).toEqual({ ...empty, q: 'Article 3', country: 'Russia', year: '2025' });
  });

  it('passes only the filters that are set to Pagefind', () => {
    expect(filtersFromState({ q: 'x', kind: 'case', country: '', year: '2025', tag: 'ccf' })).toEqual({
      kind: 'case',
      year: '2025',
      tag: 'ccf',
    });
    expect(filtersFromState({ q: 'x', kind: '', country: '', year: '' })).toEqual({});
  });

  it("passes a case file's status and kind of request to Pagefind as the index of the page's language holds them", () => {
    const french = { status: { cancelled: 'Annulée' }, notice: { 'red-diffusion': 'Diffusion rouge' } };
    expect(filtersFromState({ ...empty, kind: 'case', status: 'cancelled', notice: 'red-diffusion' }, french)).toEqual({
      kind: 'case',
      status: 'Annulée',
      notice: 'Diffusion rouge',
    });
    // A value the page does not list (a link from a site that has such case files) is passed as it is: it finds nothing.
    expect(filtersFromState({ ...empty, status: 'active' }, french)).toEqual({ status: 'active' });
  });

  it("carries a search to another language's search page, leaving out the country, which each language names its own way", () => {
    const state = { q: 'Pestrikov', kind: 'case', status: '', notice: '', country: 'Russia', year: '2025', tag: 'ccf' };
    expect(searchInLanguage('/fr/search/', state)).toBe('/fr/search/?q=Pestrikov&kind=case&year=2025&tag=ccf');
    // A case file's status and kind of request are in the address as the content writes them, the same in every language.
    expect(searchInLanguage('/fr/search/', { ...state, status: 'refused', notice: 'red-notice' })).toBe(
      '/fr/search/?q=Pestrikov&kind=case&status=refused&notice=red-notice&year=2025&tag=ccf',
    );
    expect(searchInLanguage('/fr/search/?q=old', { ...state, q: '', kind: '', year: '', tag: '' })).toBe('/fr/search/');
  });

  it('writes a tag the index adds as the page writes its own tag options', () => {
    for (const tag of ['red-notices', 'ccf', 'press-freedom-2026']) expect(tagLabel(tag)).toBe(pageTagLabel(tag));
    expect(tagLabel('red-notices')).toBe('red notices');
  });

  it("labels a year the index adds as the page labels its own: in the page's digits, without grouping", () => {
    for (const locale of ['en-GB', 'fr', 'fa'])
      expect(optionLabel('year', '2024', locale), locale).toBe(formatNumber(2024, locale, { useGrouping: false }));
    expect(optionLabel('year', '2024', 'fa')).toBe('۲۰۲۴');
    expect(optionLabel('tag', 'red-notices', 'fa')).toBe('red notices');
    expect(optionLabel('country', 'Russia', 'fa')).toBe('Russia');
  });

  it('announces none, one or many results, for a query or for filters alone', () => {
    expect(statusMessage(messages, 0, 'Zzz')).toBe('No results for “Zzz”.');
    expect(statusMessage(messages, 1, 'Pestrikov')).toBe('1 result for “Pestrikov”.');
    expect(statusMessage(messages, 12, 'CCF')).toBe('12 results for “CCF”.');
    // A query is shown as typed, "$&" and "$'" too (String#replace reads them as patterns in a replacement string).
    expect(statusMessage(messages, 1, "AT$&T $' $$")).toBe("1 result for “AT$&T $' $$”.");
    expect(statusMessage(messages, 0, '')).toBe('Nothing matches these filters.');
    // A query the filters leave empty says so: the reader may blame the query.
    expect(statusMessage(messages, 0, 'Kyrgyzstan', true)).toBe(
      'No results for “Kyrgyzstan” with these filters. Remove them, or set them back to “Any”, to search every page.',
    );
    expect(statusMessage(messages, 2, 'Kyrgyzstan', true)).toBe('2 results for “Kyrgyzstan”.');
    expect(statusMessage(messages, 3, '')).toBe('3 results for these filters.');
  });

  it('says a count in the plural form the page\'s locale picks, of every form its language has (Polish 2 "few", 5 "many")', () => {
    const polish = {
      msgResultsOne: '{count} wynik dla „{query}”.',
      msgResultsFew: '{count} wyniki dla „{query}”.',
      msgResultsMany: '{count} wyników dla „{query}”.',
      msgResultsOther: '{count} wyniku dla „{query}”.',
      msgFilteredFew: '{count} wyniki dla tych filtrów.',
      msgFilteredMany: '{count} wyników dla tych filtrów.',
    };
    const said = (count: number, query = 'Interpol') => statusMessage(polish, count, query, false, 'pl');
    expect([1, 2, 5, 22, 25].map((count) => said(count))).toEqual([
      '1 wynik dla „Interpol”.',
      '2 wyniki dla „Interpol”.',
      '5 wyników dla „Interpol”.',
      '22 wyniki dla „Interpol”.',
      '25 wyników dla „Interpol”.',
    ]);
    expect([3, 12].map((count) => said(count, ''))).toEqual([
      '3 wyniki dla tych filtrów.',
      '12 wyników dla tych filtrów.',
    ]);
    // A form the page gives no message for (a browser whose Intl knows one the build's did not) is said as "other".
    expect(statusMessage({ msgResultsOther: '{count} résultats' }, 1_000_000, 'x', false, 'fr')).toBe(
      '1\u202f000\u202f000 résultats',
    );
  });

  it("writes a count of thousands as the site writes its figures (src/i18n: formatNumber), in the page's language", () => {
    // A search of a large archive for "Interpol" finds thousands of pages: "4817 results" read as a year.
    expect(statusMessage(messages, 4817, 'Interpol')).toBe('4,817 results for “Interpol”.');
    expect(statusMessage(messages, 4817, '', false, 'en')).toBe(
      `${formatNumber(4817, 'en')} results for these filters.`,
    );
    const fr = { msgResultsOther: '{count}\u00a0résultats pour «\u00a0{query}\u00a0».' };
    expect(statusMessage(fr, 4817, 'Interpol', false, 'fr')).toBe(
      `${formatNumber(4817, 'fr')}\u00a0résultats pour «\u00a0Interpol\u00a0».`,
    );
    expect(formatNumber(4817, 'fr')).toBe('4\u202f817');
  });

  it('writes dates as the rest of the site does, in UTC, in the locale the pages are written in (site.locales)', () => {
    expect(formatDate('2026-01-26', 'en-GB')).toBe('26 January 2026');
    expect(formatDate('not a date', 'en-GB')).toBe('not a date');
    // The first of a month is "1er" in French, on the site's pages and in its search results alike.
    expect(formatDate('2026-03-01', 'fr')).toBe('1er\u00a0mars 2026');
    for (const day of ['2026-03-01', '2026-03-02', '2025-12-31', '2026-01-01']) {
      for (const lang of ['en', 'fr'])
        expect(formatDate(day, writtenLocale(lang)), `${day} ${lang}`).toBe(
          pageDate(new Date(`${day}T00:00:00Z`), lang),
        );
    }
    // In the pages' calendar, the Gregorian one, not Intl's default for the language (Solar Hijri for Persian), and
    // in the one a locale names.
    for (const lang of ['fa', 'th', 'fa-IR-u-ca-persian'])
      expect(formatDate('2026-02-03', lang), lang).toBe(pageDate(new Date('2026-02-03T00:00:00Z'), lang));
    expect(formatDate('2026-02-03', 'fa')).toBe('۳ فوریهٔ ۲۰۲۶');
  });

  it('is given that locale by the search page, which no code of its own maps from the language', () => {
    // A language written as one country writes it (site.locales' intl): Mexican Spanish separates thousands.
    const es = { msgFilteredOther: '{count} resultados para estos filtros.' };
    expect(statusMessage(es, 4817, '', false, 'es-MX')).toBe('4,817 resultados para estos filtros.');
    expect(formatDate('2026-02-02', 'es-MX')).toBe('2 de febrero de 2026');
    // American English, when the language "en" is configured without en-GB.
    expect(formatDate('2026-01-26', 'en')).toBe('January 26, 2026');
  });

  it('names a linked filter the page cannot apply: a value neither its options nor the index has, or a filter it lacks', () => {
    const offered: Record<string, string[]> = {
      kind: ['', 'story', 'case'],
      country: ['', 'Russia'],
      year: ['', '2025'],
    };
    const options = (key: string) => offered[key];
    const index: Record<string, string[]> = { year: ['2025', '2019'] };
    const held = (key: string, value: string) => index[key]?.includes(value) ?? false;
    const linked = { ...empty, q: 'x', kind: 'case', country: 'Atlantis', year: '2019', status: 'cancelled' };
    expect(inapplicableFilters(linked, options, held)).toEqual([
      // Where this language lists no case file, the page has no status filter.
      { key: 'status', value: 'cancelled', offered: false },
      { key: 'country', value: 'Atlantis', offered: true },
    ]);
    // What the page offers, and a year only the index holds (the page older than it), are applied; unset is not judged.
    expect(inapplicableFilters({ ...empty, kind: 'story', year: '2019' }, options, held)).toEqual([]);
    expect(inapplicableFilters({ ...empty, kind: 'video' }, options, () => false)).toEqual([
      { key: 'kind', value: 'video', offered: true },
    ]);
  });

  it("says how many filters are set in the plural form of the page's locale", () => {
    const set = {
      msgSetOne: '{count}\u00a0actif',
      msgSetMany: '{count}\u00a0actifs',
      msgSetOther: '{count}\u00a0actifs',
    };
    expect(pluralMessage(set, 'msgSet', 1, 'fr')).toBe('{count}\u00a0actif');
    expect(pluralMessage(set, 'msgSet', 2, 'fr')).toBe('{count}\u00a0actifs');
    // A form the page gave no message for reads as "other".
    expect(pluralMessage({ msgSetOther: '{count} set' }, 'msgSet', 1, 'en')).toBe('{count} set');
  });

  it('shows a summary no longer than an excerpt, cut after a word and marked as cut', () => {
    expect(shortSummary('Requests the CCF found admissible.')).toBe('Requests the CCF found admissible.');
    const long = Array.from({ length: 40 }, (_, i) => `mot${i}`).join(' ');
    expect(shortSummary(long)).toBe(`${Array.from({ length: 24 }, (_, i) => `mot${i}`).join(' ')}…`);
    // No dangling punctuation before the ellipsis.
    expect(shortSummary('un deux, trois quatre', 2)).toBe('un deux…');
  });

  it("names a result's language in the search page's language, as the site's lists do", () => {
    expect(inLanguage('en {language}', 'en', 'fr')).toBe('en anglais');
    expect(inLanguage('in {language}', 'fr', 'en')).toBe('in French');
    expect(inLanguage('in {language}', 'en', 'en')).toBe('in English');
    // Pages name languages by the same Intl data (src/i18n/locales.ts, languageName).
    expect(inLanguage('{language}', 'en', 'fr')).toBe(languageName('en', 'fr'));
  });

  it("typesets a French result's title and excerpt as the pages are (Pagefind keeps plain spaces), and no other language's", () => {
    for (const text of [
      'Enquêtes, dossiers et données : Russie.',
      'Deux décennies de notices rouges : un décompte ; vraiment ? Oui ! « <mark>Interpol</mark> »',
      'Sans espace: rien;à faire',
      // A date's day joined to its month, as the pages write it since the French date rule (typography.ts).
      'Publié le 5 mai 2009 : la liste du 1er mars 2026 et du 26 janv. 2026, « 3 juin »',
      'Pas un jour : 4 817 mai, 2,5 mai, 3 Mars',
    ]) {
      expect(typesetText(text, 'fr', notCounted, frenchUnits), text).toBe(typeset(text, 'fr'));
    }
    // In an excerpt, the day or the month Pagefind matched is marked: the space between them is joined all the same.
    expect(typesetText('le 5 <mark>mai</mark> 2009', 'fr')).toBe('le 5\u00a0<mark>mai</mark> 2009');
    expect(typesetText('le <mark>5</mark> mai 2009', 'fr')).toBe('le <mark>5</mark>\u00a0mai 2009');
    expect(typesetText('Enquêtes : Russie', 'fr')).toBe('Enquêtes\u00a0: Russie');
    expect(typesetText('Enquêtes : Russie', 'fr-CA')).toBe('Enquêtes\u00a0: Russie');
    expect(typesetText('Files : Russia', 'en')).toBe('Files : Russia');
    expect(typesetText('Files : Russia', undefined)).toBe('Files : Russia');
  });

  it("joins a figure to its noun or sign in a French result as the pages do, across Pagefind's marks, and nothing else", () => {
    for (const text of [
      '6 934 notices, 187 demandes en 2017 et 609 en 2020, 2,5 km, 10 %, 1500 €, 42 Russes',
      'en 2019 la CCF, en 2019 sept pays, 2 019 notices, 3 038 d’entre elles, l’article 3 peut, 4 à 24 sont',
      'Covid-19 patients, A4 feuilles, 3.1 km, 4\u00a017 mai, 196\npays',
      // Each word that is no noun, after a figure, as typography.ts lists them, and after 1 and a year.
      notCounted.map((word) => `3 ${word} x, 3 ${word.toUpperCase()} x, 1 ${word} x, 2019 ${word}s`).join(', '),
      // A verb no list holds, by its ending or after a figure of 2 or more; a plural, a unit, an acronym.
      '24 apparaissent, 40 relèvent, 1 restaient, 1 obtinrent, 1 publieront, 1 200 selon, 12 sont, 3 ont été',
      '3 travaux, 12 min, 5 ha, 2 kWh, 3 ONG, 10 demi-journées, 1 notice, 1,5 million, 0 pays, 5 maison',
      // A year-like figure before a unit or a plural in lower case is a quantity; before a name, a year.
      '1000 ans, 1500 personnes, 1200 km, en 2019 Paris, en 2100 personne, 2019 vs 2020',
      '1500 années, 2000 fois, 1500 travaux, pour 2024 analysés, 1990 marquées, 2021 réunis, 2000 abus, 1200 demi-journées',
      // Elided words, with either apostrophe, and the units Intl writes in French.
      "3 038 d’entre elles, 3 038 d'entre elles, 3 l’an, 5 qu’on",
      frenchUnits.map((unit) => `3 ${unit}, 1 ${unit}, 2019 ${unit}`).join(', '),
    ]) {
      expect(typesetText(text, 'fr', notCounted, frenchUnits), text).toBe(typeset(text, 'fr'));
    }
    expect(
      typesetText(
        '<mark>187</mark> demandes, 6 <mark>934</mark> <mark>notices</mark>, 3 <mark>les</mark>',
        'fr',
        notCounted,
      ),
    ).toBe('<mark>187</mark>\u00a0demandes, 6\u202f<mark>934</mark>\u00a0<mark>notices</mark>, 3 <mark>les</mark>');
    // A word Pagefind marked, and an elided one whose apostrophe it wrote as an entity, are told as in the pages.
    expect(
      typesetText(
        '<mark>1000</mark> <mark>ans</mark>, 12 <mark>sont</mark>, 3 038 d&#39;entre elles',
        'fr',
        notCounted,
      ),
    ).toBe(
      '<mark>1000</mark>\u00a0<mark>ans</mark>, 12 <mark>sont</mark>, 3 038 d&#39;entre elles'.replace(
        '3 038',
        '3\u202f038',
      ),
    );
    expect(typesetText('12 min', 'fr', notCounted, frenchUnits)).toBe('12\u00a0min');
    expect(typesetText('12 min', 'fr', notCounted)).toBe('12 min');
    expect(typesetText('6 934 notices, 10 %', 'en')).toBe('6\u00a0934 notices, 10 %');
  });

  it("joins a figure's groups in a result in every language, as the pages do, across Pagefind's marks", () => {
    for (const [text, lang] of [
      ['Interpol held 7 678 notices in 2019 1 200 of them new, 2,5 000, 12 34', 'en'],
      ['environ 7 000 notices : 1 200 000 en tout', 'fr'],
      ['7 678 wierszy', 'pl'],
      ['۱۲ ۳۴۵ نفر', 'fa'],
      // Telephone numbers and names, left as typed, and a figure typed with a no-break space among its plain ones.
      ['Tél. 030 123 456, +41 22 123 45 67, +34 912 345 678, Covid-19 100 cas', 'fr'],
      ['0800 123 456, +1 555 123 4567, A4 100', 'en'],
      ['environ 1\u00a0234 567 notices', 'fr'],
    ]) {
      expect(typesetText(text!, lang, notCounted, frenchUnits), text).toBe(typeset(text!, lang!));
    }
    // Pagefind keeps a French page's no-break spaces or not; the result writes Intl's narrow one either way, as the page.
    expect(typesetText('environ 7\u00a0000', 'fr')).toBe('environ 7\u202f000');
    expect(typesetText('call <mark>0800</mark> 123 456', 'en')).toBe('call <mark>0800</mark> 123 456');
    expect(typesetText('held 7 <mark>678</mark> notices', 'en')).toBe('held 7\u00a0<mark>678</mark> notices');
    expect(typesetText('held <mark>7</mark> 678', 'en')).toBe('held <mark>7</mark>\u00a0678');
    expect(typesetText('held 7 678', undefined)).toBe('held 7 678');
  });
});

describe('the words no page holds', () => {
  const mark = (...marked: string[]) => marked.map((word) => `text before <mark>${word}</mark> and after`).join(' ');
  /** Pagefind's exact-phrase counts, as a stub that records what it was asked. */
  const exact = (counts: Record<string, number>) => {
    const asked: string[] = [];
    const count = async (word: string) => {
      asked.push(word);
      return counts[word] ?? 0;
    };
    return Object.assign(count, { asked });
  };

  it('finds a query word Pagefind answered with a short word it starts with: no page holds it as an exact phrase', async () => {
    expect(await unmatchedWords('elephant', [mark('El'), mark('El')], exact({}))).toEqual(['elephant']);
    expect(await unmatchedWords('Navalny', [mark('n’a')], exact({}))).toEqual(['Navalny']);
    // In a query of several words, each is judged on its own.
    const counts = exact({ Interpol: 30 });
    expect(await unmatchedWords('Interpol "elephant"', [mark('Interpol', 'El')], counts)).toEqual(['elephant']);
    expect(counts.asked).toEqual(['elephant']);
  });

  it('keeps a word Pagefind finds as an exact phrase, by its stem too, and a word being typed that a marked word completes', async () => {
    expect(await unmatchedWords('being', [mark('be', 'before', 'behind')], exact({ being: 7 }))).toEqual([]);
    expect(await unmatchedWords('refusals', [mark('refused')], exact({ refusals: 10 }))).toEqual([]);
    // A marked word that starts with the query word: no need to ask ("6,934" is 6934; "extrad" is being typed).
    for (const [query, marked] of [
      ['6934', '(6,934'],
      ['extrad', 'extradition.'],
      ['email', 'e-mail'],
      ['Réfugiés', 'réfugiés'],
    ]) {
      const counts = exact({});
      expect(await unmatchedWords(query!, [mark(marked!)], counts), query).toEqual([]);
      expect(counts.asked).toEqual([]);
    }
  });

  it('does not judge a word of fewer than four letters, or a word in a script written without spaces', async () => {
    const counts = exact({});
    expect(await unmatchedWords('ils', [mark('il')], counts)).toEqual([]);
    expect(await unmatchedWords('東京都', [mark('東京')], counts)).toEqual([]);
    expect(counts.asked).toEqual([]);
  });
});

describe("a result's excerpt", () => {
  /** A result's data as Pagefind gives it: its text, the elements with an id, and the matched words' weights. */
  const result = (
    content: string,
    matched: number[],
    anchors: { id: string; location: number; text: string }[] = [],
  ) => ({
    raw_content: content,
    anchors,
    weighted_locations: matched.map((location) => ({ location, balanced_score: 10 })),
  });
  const body = Array.from({ length: 60 }, (_, i) => `w${i}`);
  // "Igor Pestrikov: a case." as the title, then 60 words; the title is the h1 with its id.
  const page = `Igor Pestrikov: a case. ${body.join(' ')}.`;
  const title = { id: titleId, location: 0, text: 'Igor Pestrikov: a case' };

  it('starts after the title the result shows, around the match in the text, cut with "…" on both sides', () => {
    // The title matched (word 1) and word 30 of the text: the excerpt is around the latter, not the title.
    const { html, part } = resultExcerpt(result(page, [1, 34], [title]), 10);
    expect(part).toBe('page');
    // Ten words with the match in the middle, as Pagefind centres it.
    expect(html).toBe(`… ${body.slice(26, 30).join(' ')} <mark>w30</mark> ${body.slice(31, 36).join(' ')} …`);
  });

  it('shows the start of the text, with no "…" before it, when only the title matched', () => {
    expect(resultExcerpt(result(page, [0, 1], [title]), 5).html).toBe('w0 w1 w2 w3 w4 …');
  });

  it('has no "…" after text that ends within the excerpt, and marks every match in it', () => {
    expect(resultExcerpt(result(page, [62, 63], [title]), 10).html).toBe(
      '… w50 w51 w52 w53 w54 w55 w56 w57 <mark>w58</mark> <mark>w59.</mark>',
    );
  });

  it('is the translated summary in a copy of a page for another language when nothing after the title matched', () => {
    // A copy for the French index: the French title and summary, then the page's English title and text.
    const copy = `Les Interpol Files : chronologie. Les événements datés de l’enquête. The Interpol Files: a timeline. ${body.join(' ')}`;
    const anchors = [
      { id: `${summaryId}-fr`, location: 5, text: 'Les événements datés de l’enquête.' },
      { id: titleId, location: 10, text: 'The Interpol Files: a timeline' },
    ];
    expect(resultExcerpt(result(copy, [6], anchors), 10)).toEqual({
      html: 'Les <mark>événements</mark> datés de l’enquête.',
      part: 'summary',
    });
    // Where only the translated title matched, the start of the summary in the reader's language.
    expect(resultExcerpt(result(copy, [2], anchors), 3)).toEqual({ html: 'Les événements datés …', part: 'summary' });
    // A match in the page's text wins: its excerpt is in the page's language.
    expect(resultExcerpt(result(copy, [6, 20], anchors), 4)).toEqual({
      html: '… w4 <mark>w5</mark> w6 w7 …',
      part: 'page',
    });
  });

  it("keeps Pagefind's escaping and joins the words of a script written without spaces without spaces", () => {
    expect(resultExcerpt(result('a &lt;b&gt; c', [1]), 5).html).toBe('a <mark>&lt;b&gt;</mark> c');
    const japanese = ['赤手配', 'は', '国際', '手配', 'です'].join('\u200b');
    expect(resultExcerpt(result(japanese, [3]), 3).html).toBe('…国際<mark>手配</mark>です');
  });
});
