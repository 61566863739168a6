import { describe, expect, it } from 'vitest';
import { curlyApostrophes, figureSpacing, frenchSpacing, typeset, typesetStrings } from '../../src/lib/typography.ts';

describe('typesetting attributes', () => {
  it('curls apostrophes between letters, in English and French, and leaves quotation marks alone', () => {
    expect(curlyApostrophes("Where the wanted people on Interpol's public list come from")).toBe(
      'Where the wanted people on Interpol’s public list come from',
    );
    expect(curlyApostrophes("l'enquête d'Interpol")).toBe('l’enquête d’Interpol');
    expect(curlyApostrophes("the 'red notice' of the '90s")).toBe("the 'red notice' of the '90s");
    expect(curlyApostrophes('Already curly’s fine')).toBe('Already curly’s fine');
    // After a digit too: a name with a figure in it.
    expect(curlyApostrophes("the G7's ministers")).toBe('the G7’s ministers');
  });
});

describe('figureSpacing', () => {
  it("joins a typed figure's groups with the space the language groups its figures with, else a no-break space", () => {
    expect(figureSpacing('7 678 notices, 1 200 000 in all', 'en')).toBe(
      '7\u00a0678 notices, 1\u00a0200\u00a0000 in all',
    );
    expect(figureSpacing('7 678 notices', 'fr')).toBe('7\u202f678 notices');
    expect(figureSpacing('7 678 wierszy', 'pl')).toBe('7\u00a0678 wierszy');
    // A line break typed between the groups too, and Persian digits.
    expect(figureSpacing('7\n678', 'en')).toBe('7\u00a0678');
    expect(figureSpacing('۱۲ ۳۴۵ نفر', 'fa')).toBe('۱۲\u00a0۳۴۵ نفر');
  });

  it('leaves what is no grouped figure as written: a year before a count, a decimal, short groups, telephone numbers, a name', () => {
    expect(figureSpacing('in 2019 1 234 notices', 'en')).toBe('in 2019 1\u00a0234 notices');
    for (const text of [
      '2,5 000',
      '3.1 415',
      '12 34',
      'from 1998 2003',
      'pages 12, 345',
      // Telephone numbers, grouped in threes too: after a "+" and a country code, a group led by a zero, or followed
      // by more digits.
      '020 7946 0958',
      '0800 123 456',
      'Tél. 030 123 456',
      '+41 22 123 45 67',
      '+34 912 345 678',
      '+1 555 123 4567',
      // Digits glued to a word are part of a name.
      'Covid-19 100 cases',
      'A4 100',
    ]) {
      expect(figureSpacing(text, 'fr'), text).toBe(text);
    }
  });

  it("joins a figure typed with a no-break space and a plain one by the language's grouping space alone", () => {
    expect(figureSpacing('1\u00a0234 567', 'fr')).toBe('1\u202f234\u202f567');
    expect(figureSpacing('-1 200 and (7 678)', 'en')).toBe('-1\u00a0200 and (7\u00a0678)');
  });

  it('is part of typeset in every language, after French spacing', () => {
    expect(typeset('Total : 7 678 ; le 5 mai', 'fr')).toBe('Total\u00a0: 7\u202f678\u202f; le 5\u00a0mai');
    expect(typeset('7 678 notices', 'en')).toBe('7\u00a0678 notices');
  });
});

describe('frenchSpacing', () => {
  it('makes the space before : ; ! ? » and after « one that does not break, and leaves the rest as written', () => {
    expect(frenchSpacing('Motif : Article 3 ; voir « diffusion » ! Vraiment ?')).toBe(
      'Motif\u00a0: Article 3\u202f; voir «\u00a0diffusion\u00a0»\u202f! Vraiment\u202f?',
    );
    // A line break an editor typed there, too; punctuation without a space, a URL's colon, English: unchanged.
    expect(frenchSpacing('comme «\ndiffusion\n»')).toBe('comme «\u00a0diffusion\u00a0»');
    expect(frenchSpacing('https://example.org/a:b «x»')).toBe('https://example.org/a:b «x»');
    expect(typeset('Ratio : 3', 'en')).toBe('Ratio : 3');
    expect(typeset('Ratio : 3', 'fr-CA')).toBe('Ratio\u00a0: 3');
  });

  it("joins a date's day to its month with a no-break space, as the site prints its own dates, and nothing else", () => {
    expect(frenchSpacing('publiés le 26 janvier 2026, du 3 au 20 mai 2009, le 1er\nmars, le 5 janv. 2026')).toBe(
      'publiés le 26\u00a0janvier 2026, du 3 au 20\u00a0mai 2009, le 1er\u00a0mars, le 5\u00a0janv. 2026',
    );
    // The month and the year keep their space; a figure's last digits, a decimal, a capital or a longer word are no
    // day and month (seen without the figure-and-noun rules, which join a figure to a word it may count).
    expect(frenchSpacing('4 817 mai, 2,5 mai, 3 Mars, 5 maison, mai 2009', '', '', false)).toBe(
      '4 817 mai, 2,5 mai, 3 Mars, 5 maison, mai 2009',
    );
    // With them, a figure of 2 or more is joined to a plural only (countsWord): « 3 Mars », not « 5 maison ».
    expect(frenchSpacing('4 817 mai, 2,5 mai, 3 Mars, 5 maison, mai 2009')).toBe(
      '4 817 mai, 2,5 mai, 3\u00a0Mars, 5 maison, mai 2009',
    );
    expect(typeset('26 January 2026, 26 janvier', 'en')).toBe('26 January 2026, 26 janvier');
  });

  it('joins a date quoted in guillemets to its month, after the space the guillemet takes', () => {
    // The « rule writes its no-break space first, and a day after a no-break space was taken for a figure's last digits.
    expect(frenchSpacing('« 5 mai 2009 », «\u00a01er mars »')).toBe(
      '«\u00a05\u00a0mai 2009\u00a0», «\u00a01er\u00a0mars\u00a0»',
    );
    expect(frenchSpacing('le\u00a05 mai')).toBe('le\u00a05\u00a0mai');
    // A figure's groups, however spaced, are still no day.
    expect(frenchSpacing('4\u00a017 mai, 4\u202f817 mai', '', '', false)).toBe('4\u00a017 mai, 4\u202f817 mai');
  });

  it('knows « 1ᵉʳ » written with superscript letters as it knows « 1er »', () => {
    expect(frenchSpacing('le 1\u1d49\u02b3 mars 2026, « 1\u1d49\u02b3 mai »')).toBe(
      'le 1\u1d49\u02b3\u00a0mars 2026, «\u00a01\u1d49\u02b3\u00a0mai\u00a0»',
    );
    // Still a whole day: not the end of a figure or another word.
    expect(frenchSpacing('41\u1d49\u02b3 mars')).toBe('41\u1d49\u02b3 mars');
  });

  it('joins a day and a month that the text around it holds (a date split across emphasis or a link), changing the text only', () => {
    // "le 5 *mai* 2009": the text before the emphasis, then the text after "*5*".
    expect(frenchSpacing('le 5 ', '', 'mai 2009')).toBe('le 5\u00a0');
    expect(frenchSpacing(' mai 2009 : fin', 'le 5', '')).toBe('\u00a0mai 2009\u00a0: fin');
    expect(frenchSpacing(' ', '5', 'mai')).toBe('\u00a0');
    // The text around is looked at, never changed nor repeated; what is no date stays as written.
    expect(frenchSpacing('le 5 ', '', 'maison', false)).toBe('le 5 ');
    expect(frenchSpacing(' mai', '4 817', '', false)).toBe(' mai');
    // A space the text around holds, at the very edge of the text, is neither changed nor written into it.
    expect(frenchSpacing('Le constat', '', ' : suite')).toBe('Le constat');
    expect(frenchSpacing('suite', '« ', '')).toBe('suite');
  });

  it('joins a figure to the noun or unit it counts: whole, grouped, decimal, before a capital or a unit', () => {
    expect(frenchSpacing('6 934 notices, 6\u202f934 notices, 187 demandes, 2,5 millions, 3.5 km, 42 Russes')).toBe(
      '6 934\u00a0notices, 6\u202f934\u00a0notices, 187\u00a0demandes, 2,5\u00a0millions, 3.5\u00a0km, 42\u00a0Russes',
    );
    // A line break typed there too, and a grouped figure that reads as a year without its groups.
    expect(frenchSpacing('196\npays, 2 019 notices')).toBe('196\u00a0pays, 2 019\u00a0notices');
    // The day-and-month rule and this one write the same space: « 26 janvier » is joined once.
    expect(frenchSpacing('le 26 janvier 2026')).toBe('le 26\u00a0janvier 2026');
    // typeset joins the figure's groups with Intl's narrow space, and the figure to its noun.
    expect(typeset('soit 6 934 notices', 'fr')).toBe('soit 6\u202f934\u00a0notices');
  });

  it('leaves a year, a figure ending a clause, part of a name and English as written', () => {
    for (const text of [
      // A year standing alone, before a word, a count or a clause.
      'en 2019 la CCF, en 2100 personne, en 2019 Paris, En 2016 Interpol, de 2017 à 2020 inclus, 2019 vs 2020',
      'En 2022 et 2023 les nationalités les plus représentées, en 2019 sept pays',
      // A figure before a word that is no noun: the clause goes on (« 609 en 2020 », « 3 038 d’entre elles »).
      '609 en 2020, 3 038 d’entre elles, l’article 3 peut signifier, les rangs 4 à 24 sont inconnus',
      'plus de 150 les années connues, 10 ou 12, 7 qui, 5 Et',
      // Digits glued to a word, or after a decimal point: part of a name or of another figure.
      'Covid-19 patients, A4 feuilles, G7 ministres',
      // Before punctuation, or a space already kept from breaking.
      '187, 196.',
    ]) {
      expect(frenchSpacing(text), text).toBe(text);
    }
    expect(frenchSpacing('x', '4\u00a0', '')).toBe('x');
    expect(frenchSpacing('en 2019 1 234 notices')).toBe('en 2019 1 234\u00a0notices');
    expect(typeset('6 934 notices, 10 %, 5 €', 'en')).toBe('6\u00a0934 notices, 10 %, 5 €');
  });

  it('does not join a figure to a French verb, adverb, preposition or conjunction after it, listed or not', () => {
    for (const text of [
      // Forms of être, avoir, aller, faire, pouvoir, devoir and other verbs a clause goes on with.
      '3 ont été refusées, 12 sont en attente, 1 a été levée, 2 étaient, 4 seront, 7 vont, 9 font, 5 peuvent',
      '1 est, 1 sera, 1 va, 1 doit, 1 semble, 3 restent, 24 figurent, 6 concernent, 8 visent, 3 demeurent',
      // A verb no list holds: after a figure of 2 or more, a word that is no plural; or by its ending.
      '24 apparaissent, 12 proviennent, 3 émanent, 40 relèvent, 5 citent, 6 obtiennent, 1 restaient, 1 figurèrent',
      '1 obtinrent, 1 parvinssent, 1 publieront, 2 refusèrent',
      // Prepositions, conjunctions, adverbs, determiners and pronouns, ending in s or not.
      '1 200 selon, 1 200 environ, 30 seulement, 7 notamment, 1 dès, 20 dans, 5 sans, 3 sous, 4 après, 6 depuis',
      '3 mais, 2 puis, 40 plus, 9 moins, 2 les, 3 des, 5 ses, 8 ces, 7 leurs, 1 200 tous, 10 plusieurs, 3 nous',
      '2 vous, 3 ils, 1 200 toutes, 4 lors, 2 parmi, 5 chez, 3 aux, 15 ceux, 4 y compris, 2 peut-être',
      // An elided word, before its apostrophe: « 3 038 d’entre elles », « 3 l’an », « 5 qu’on ».
      '3 038 d’entre elles, 3 l’an, 5 qu’on, 2 jusqu’à, 4 s’y, 6 n’en',
      "3 038 d'entre elles",
    ]) {
      expect(frenchSpacing(text), text).toBe(text);
    }
  });

  it('joins a figure to the plural it counts, a unit or an acronym, and a figure below 2 to its singular', () => {
    expect(frenchSpacing('3 travaux, 2 nez, 5 km, 3 h, 12 min, 100 m, 2 kWh, 12 Mds, 3 ONG, 2 000 USD')).toBe(
      '3\u00a0travaux, 2\u00a0nez, 5\u00a0km, 3\u00a0h, 12\u00a0min, 100\u00a0m, 2\u00a0kWh, 12\u00a0Mds, 3\u00a0ONG, 2 000\u00a0USD',
    );
    expect(frenchSpacing('10 demi-journées, 3 États-Unis, 1 notice, 1,5 million, 0,8 point, 1 agent')).toBe(
      '10\u00a0demi-journées, 3\u00a0États-Unis, 1\u00a0notice, 1,5\u00a0million, 0,8\u00a0point, 1\u00a0agent',
    );
    // A figure whose value is not known yet (a <Fact />, which typeset-prose.ts stands as 0) is joined to any other word.
    expect(frenchSpacing(' membres', '0', '')).toBe('\u00a0membres');
    expect(frenchSpacing(' sont', '0', '')).toBe(' sont');
  });

  it('reads a year-like figure before a unit or a plural in lower case as a quantity, and joins it', () => {
    expect(frenchSpacing('1000 ans, 1500 personnes, 2000 notices, 1200 km, 2019 jours, 1200 demi-journées')).toBe(
      '1000\u00a0ans, 1500\u00a0personnes, 2000\u00a0notices, 1200\u00a0km, 2019\u00a0jours, 1200\u00a0demi-journées',
    );
    expect(frenchSpacing('1500 années, 2000 fois, 1200 mois, 1500 travaux, 2000 abus')).toBe(
      '1500\u00a0années, 2000\u00a0fois, 1200\u00a0mois, 1500\u00a0travaux, 2000\u00a0abus',
    );
    // Not before a capital (a name), a singular, a word that is no noun or a past participle: a year.
    for (const text of [
      'en 2019 Paris, en 2100 personne, en 2019 les, en 2019 plusieurs pays',
      'les chiffres pour 2024 analysés par, pour 2021 cités par, les années 1990 marquées par, en 2021 réunis',
    ]) {
      expect(frenchSpacing(text), text).toBe(text);
    }
  });

  it('joins a figure to its percent or currency sign, a year-like figure too, as Intl writes them in French', () => {
    expect(frenchSpacing('10 % des notices, 2,5 ‰, 1500 €, 2019 $')).toBe(
      '10\u00a0% des notices, 2,5\u00a0‰, 1500\u00a0€, 2019\u00a0$',
    );
    expect(new Intl.NumberFormat('fr', { style: 'percent' }).format(0.1)).toBe('10\u00a0%');
    expect(frenchSpacing('Covid-19 %')).toBe('Covid-19 %');
  });

  it('joins a figure to its noun across the text around it, and not in a heading (figures false)', () => {
    // "<Fact /> pays membres" or "187 *demandes*": the figure before, or the noun after, is another node's.
    expect(frenchSpacing(' pays membres', 'compte 0', '')).toBe('\u00a0pays membres');
    expect(frenchSpacing('refusé 187 ', '', 'demandes')).toBe('refusé 187\u00a0');
    expect(frenchSpacing(' la CCF', 'en 2019', '')).toBe(' la CCF');
    expect(frenchSpacing(' pays', '\ufffc', '')).toBe(' pays');
    expect(frenchSpacing('187 demandes : fin', '', '', false)).toBe('187 demandes\u00a0: fin');
    expect(typeset('187 demandes', 'fr', false)).toBe('187 demandes');
  });

  it('typesets the string values of a translation, not its keys', () => {
    const translation = {
      title: 'Refus : par motif',
      columns: { ground: { values: { 'Other : grounds': 'Autres : motifs' } } },
    };
    expect(typesetStrings(translation, 'fr')).toEqual({
      title: 'Refus\u00a0: par motif',
      columns: { ground: { values: { 'Other : grounds': 'Autres\u00a0: motifs' } } },
    });
    expect(typesetStrings(translation, 'en')).toEqual(translation);
    // A figure and its noun in a dataset's French text, as in its description.
    expect(typesetStrings({ description: 'environ 7 000 notices en 2019' }, 'fr')).toEqual({
      description: 'environ 7\u202f000\u00a0notices en 2019',
    });
    // In lists too, and a date (a dataset's updated) stays a date.
    const updated = new Date('2026-01-26T00:00:00Z');
    expect(typesetStrings({ notes: ['Note : une', 'deux'], updated }, 'fr')).toEqual({
      notes: ['Note\u00a0: une', 'deux'],
      updated,
    });
    expect(typesetStrings({ updated }, 'fr').updated).toBeInstanceOf(Date);
  });
});
