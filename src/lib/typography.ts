/**
 * Typesetting for text that editors write outside MDX prose (which Astro's smartypants already typesets): a chart's
 * title, subtitle and note are MDX attributes, printed as written; a dataset's translations and a source's title are
 * JSON, given French spacing around punctuation when they are in French.
 */

/**
 * Straight apostrophes between letters (Interpol's, l'enquête, don't) as typographic ones (’). Quotation marks and
 * apostrophes elsewhere ('90s, a quoted 'word') are left as written: telling them apart needs more than the
 * neighbouring letters.
 */
export function curlyApostrophes(text: string): string {
  return text.replace(/(?<=[\p{L}\p{N}])'(?=\p{L})/gu, '’');
}

/**
 * French spacing around punctuation: the space an editor typed before : ; ! ? and », or after «, made one that does
 * not break, so that no line starts with ":" or "»" nor ends with "«". A no-break space before the colon and inside
 * guillemets, a narrow one before ; ! ?, as the site's own French strings have them (src/i18n/fr.ts). Punctuation
 * written without a space is left as written. A date's day and its month are joined the same way, as the site
 * prints its own dates (typesetDateParts in src/i18n): « le 5\u00a0mai 2009 », « 1er\u00a0mars », « 1ᵉʳ\u00a0mars ».
 * A figure and the noun or unit it counts too (« 6 934\u00a0notices », « 2,5\u00a0km »), and a figure and its percent
 * or currency sign (« 10\u00a0% », as Intl writes it), unless `figures` is false (a heading, whose id its text makes).
 *
 * `before` and `after` are the text around `text` that is not part of it, looked at but never changed nor returned:
 * in Markdown, "le 5 *mai* 2009" is three texts ("le 5 ", "mai", " 2009"), and the space that joins the day to its
 * month is in one while the month is in another (src/build/typeset-prose.ts).
 */
export function frenchSpacing(text: string, before = '', after = '', figures = true): string {
  let result = text;
  // Each rule matches the spaces it replaces and nothing else (what is around them is looked at, not matched), and
  // writes one space for them: the rules apply one after the other, each to what the one before wrote.
  for (const [pattern, space, ofFigures, joins] of spacingRules()) {
    if (ofFigures && !figures) continue;
    const whole = before + result + after;
    const start = before.length;
    const end = start + result.length;
    let written = '';
    let last = start;
    for (const match of whole.matchAll(pattern)) {
      const from = Math.max(match.index, start);
      const to = Math.min(match.index + match[0].length, end);
      if (from >= to || (joins && !joins(match.groups!))) continue;
      written += whole.slice(last, from) + space;
      last = to;
    }
    result = written + whole.slice(last, end);
  }
  return result;
}

/** A rule's spaces, the space written for them, whether it joins a figure, and which of its matches it joins. */
type SpacingRule = [RegExp, string, boolean, ((groups: Record<string, string | undefined>) => boolean)?];
let rules: SpacingRule[] | undefined;
/**
 * French spacing's rules: the spaces each one matches, the space it writes for them, whether it joins a figure to
 * what follows it (left out where figures keep their typed spaces), and, for a rule that matches more than it joins,
 * which of its matches it joins (by the groups its pattern captures). Built once.
 */
function spacingRules(): SpacingRule[] {
  return (rules ??= [
    [/[ \t\r\n]+(?=[;!?])/g, '\u202f', false],
    [/[ \t\r\n]+(?=[:»])/g, '\u00a0', false],
    [/(?<=«)[ \t\r\n]+/g, '\u00a0', false],
    [dayAndMonth(), '\u00a0', false],
    [figureAndWord(), '\u00a0', true, (groups) => countsWord(groups.figure!, groups.word!, !!groups.elided)],
    [figureAndSign(), '\u00a0', true],
  ]);
}

/**
 * A figure standing alone, as the rules after it look back at one: a whole number (187), one typed in groups
 * (6 934, 6\u202f934) or a decimal (2,5; 2.5 as typed). Not the end of a word or of another figure (A4, 3.1,
 * Covid-19), nor digits after a no-break space that follows a digit (a figure's later groups, looked at from their
 * own start). A year is one too (four digits from 1000 to 2100): countsWord tells « en 2019 la CCF » from
 * « 1000 ans », and a sign makes it an amount (« 1500 € »).
 */
function figure(): string {
  const start = '(?<![\\p{L}\\p{N}.,]|[\\p{N}.,][\\u00a0\\u202f]|[\\p{L}\\p{N}]-)';
  return `${start}(?:\\p{Nd}{1,3}(?:[ \\u00a0\\u202f]+\\p{Nd}{3})+|\\p{Nd}+)(?:[.,]\\p{Nd}+)?`;
}

/**
 * Words that follow a figure without being what it counts: articles and other determiners, prepositions,
 * conjunctions, pronouns, adverbs, and the forms of the verbs a clause most often goes on with after a figure (être,
 * avoir, aller, faire, pouvoir, devoir, rester…): « 187 demandes en 2017 et 609 en 2020 », « 1 200 selon »,
 * « l’article 3 peut », « 1 a été », « 12 sont ». In lower case; a word is looked up in lower case.
 */
export const notCounted = [
  ...['le', 'la', 'les', 'un', 'une', 'des', 'du', 'de', 'au', 'aux', 'ce', 'cet', 'cette', 'ces', 'son', 'sa', 'ses'],
  ...['leur', 'leurs', 'mon', 'ma', 'mes', 'ton', 'ta', 'tes', 'notre', 'nos', 'votre', 'vos', 'tout', 'toute', 'tous'],
  ...['toutes', 'plusieurs', 'certains', 'certaines', 'quelques', 'chaque', 'divers', 'diverses', 'seuls', 'seules'],
  ...['tel', 'telle', 'tels', 'telles', 'quel', 'quelle', 'quels', 'quelles', 'lesquels', 'lesquelles', 'auxquels'],
  ...['auxquelles', 'desquels', 'desquelles', 'à', 'en', 'dans', 'par', 'pour', 'sur', 'sous', 'avec', 'sans', 'chez'],
  ...['entre', 'vers', 'contre', 'depuis', 'pendant', 'selon', 'dès', 'jusque', 'après', 'avant', 'parmi', 'malgré'],
  ...['hors', 'via', 'outre', 'envers', 'auprès', 'durant', 'moyennant', 'concernant', 'suivant', 'inclus', 'incluses'],
  ...['compris', 'comprises', 'cf', 'vs', 'et', 'ou', 'ni', 'mais', 'donc', 'or', 'car', 'que', 'quand', 'comme'],
  ...['si', 'lorsque', 'puisque', 'quoique', 'tandis', 'afin', 'qui', 'dont', 'où', 'quoi', 'il', 'ils', 'elle'],
  ...['elles', 'on', 'nous', 'vous', 'je', 'tu', 'se', 'ceux', 'celles', 'celui', 'celle', 'cela', 'ceci', 'ça', 'y'],
  ...['lui', 'eux', 'ne', 'me', 'te', 'soi', 'plus', 'moins', 'pas', 'non', 'oui', 'aussi', 'encore', 'déjà'],
  ...['seulement', 'environ', 'près', 'presque', 'puis', 'alors', 'ensuite', 'enfin', 'ainsi', 'même', 'mêmes'],
  ...['très', 'trop', 'assez', 'peu', 'beaucoup', 'autant', 'tant', 'toujours', 'jamais', 'parfois'],
  ...['souvent', 'désormais', 'hier', 'ici', 'là', 'lors', 'notamment', 'également', 'respectivement'],
  ...['exactement', 'précisément', 'approximativement', 'seul', 'seule', 'soit', 'voire', 'dessus'],
  ...['dessous', 'est', 'sont', 'était', 'étaient', 'été', 'être', 'sera', 'seront', 'serait', 'seraient', 'fut'],
  ...['furent', 'soient', 'sommes', 'êtes', 'suis', 'es', 'a', 'ont', 'avait', 'avaient', 'aura', 'auront'],
  ...['aurait', 'auraient', 'eut', 'eurent', 'ait', 'aient', 'eu', 'avoir', 'avons', 'avez', 'ai', 'va'],
  ...['vont', 'allait', 'allaient', 'ira', 'iront', 'irait', 'iraient', 'alla', 'allèrent', 'aille', 'aillent'],
  ...['allé', 'allés', 'fait', 'font', 'faisait', 'faisaient', 'fera', 'feront', 'ferait'],
  ...['feraient', 'fit', 'firent', 'fasse', 'fassent', 'peut', 'peuvent', 'pouvait'],
  ...['pouvaient', 'pourra', 'pourront', 'pourrait', 'pourraient', 'put', 'purent', 'puisse', 'puissent', 'pu'],
  ...['doit', 'doivent', 'devait', 'devaient', 'devra', 'devront', 'devrait', 'devraient', 'dut', 'durent', 'dû'],
  ...['veut', 'veulent', 'voulait', 'voulaient', 'voudrait', 'voudraient', 'restent', 'restait'],
  ...['restaient', 'semble', 'semblent', 'sembla', 'paraît', 'paraissent', 'figurent', 'figuraient'],
  ...['concerne', 'concernent', 'concernaient', 'vise', 'visent', 'visaient', 'comptent', 'comptait'],
  ...['comptaient', 'représente', 'représentent', 'demeurent', 'devient', 'deviennent', 'vient'],
  ...['viennent', 'venait', 'venaient', 'tient', 'tiennent', 'dit', 'disent', 'dirait', 'indique', 'indiquent'],
  ...['montrent', 'passent', 'portent', 'donne', 'donnent', 'touchent'],
  ...['rappelle', 'rappellent', 'précise', 'précisent'],
];

/**
 * The units a figure measures in, as Intl writes them in French (km, kg, h, min, ha, Go…): words of letters only,
 * and none of notCounted (Intl's « a » for a year is the verb avoir first). What the page hands the search script too.
 */
export const frenchUnits: readonly string[] = (() => {
  const units = new Set<string>();
  for (const unit of Intl.supportedValuesOf('unit'))
    for (const unitDisplay of ['short', 'narrow'] as const)
      for (const part of new Intl.NumberFormat('fr', { style: 'unit', unit, unitDisplay }).formatToParts(5))
        if (part.type === 'unit' && /^\p{L}+$/u.test(part.value) && !notCounted.includes(part.value))
          units.add(part.value);
  return [...units].sort();
})();

const notCountedWords = new Set(notCounted);
const units = new Set(frenchUnits);

/**
 * Whether `word`, after `figure` in French, is what the figure counts or measures, so that the two are joined
 * (« 6 934 notices », « 2,5 km »). Never one of notCounted, nor a word elided before an apostrophe (« 3 038 d’entre
 * elles »), nor a verb by its ending (« 3 restaient », « 2 figurèrent »). After a figure of 2 or more, the noun it
 * counts is plural: a word ending in s, x or z (« 187 demandes », « 42 Russes », « 3 travaux »), a unit (km, h),
 * a word without vowels (Mds, kWh) or an acronym (ONG, USD); so a verb or an adverb the list lacks is not joined
 * (« les rangs 4 à 24 figurent », « 1 200 selon »). A year-like figure (four digits from 1000 to 2100, standing
 * alone) is a quantity only before a unit or a noun in lower case (yearQuantity: « 1000 ans », « 1500 personnes », as
 * against « en 2019 Paris », « 2024 analysés »). A figure below 2 (« 1 notice », « 1,5 million ») or one whose value
 * is not known yet (a <Fact />, as src/build/typeset-prose.ts has it) is joined to any other word.
 */
export function countsWord(figure: string, word: string, elided: boolean): boolean {
  const lower = word.toLowerCase();
  if (elided || notCountedWords.has(lower) || notCountedWords.has(lower.split('-')[0]!)) return false;
  if (verbEnding.test(lower)) return false;
  const value = Number(figure.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.'));
  if (!(value >= 2)) return true;
  const unit = units.has(word);
  if (/^(?:1\d{3}|20\d{2}|2100)$/.test(figure)) return unit || yearQuantity.test(word);
  return unit || /[sxz]$/i.test(word) || !/[aeiouyàâäéèêëîïôöûüù]/iu.test(word) || /^\p{Lu}{2,}$/u.test(word);
}

/**
 * What makes a year-like figure a quantity after all: a noun of time (« 1000 ans » is a unit, « 1500 années »), or a
 * plural in lower case that does not end as a past participle often does, -é(e)s or a consonant and -is (« 1500
 * personnes », « 2000 fois », as against « pour 2024 analysés par », « les années 1990 marquées », « 2021 réunis »).
 */
const yearQuantity =
  /^(?:\p{Ll}[\p{L}\p{M}]*-)*(?:années|journées)$|^\p{Ll}[\p{L}\p{M}-]*(?:x|(?<!é|ée|[^aeiouy]i)s)$/u;

/**
 * Endings only a conjugated verb has: the third person plural of the imperfect and conditional (-aient), the simple
 * past (-èrent, -irent, -urent, -inrent), the imperfect subjunctive (-ssent) and the future (-ront, but not front).
 */
const verbEnding = /(?:aient|èrent|[iun]rent|ssent|(?:^|[^f])ront)$/u;

/**
 * The spaces between a figure and the word it counts or measures (« 6 934 notices », « 187 demandes », « 2,5 km »),
 * so that no line ends with the figure and starts the next with its noun; countsWord tells which words those are.
 * The figure, the word and an apostrophe after it are captured for it.
 */
function figureAndWord(): RegExp {
  return new RegExp(
    `(?<=(?<figure>${figure()}))[ \\t\\r\\n]+(?=(?<word>[\\p{L}\\p{M}]+(?:-[\\p{L}\\p{M}]+)*)(?<elided>['’])?)`,
    'gu',
  );
}

/**
 * The spaces between a figure and the sign after it, a percent (« 10 % », as Intl writes it in French) or a currency
 * (« 1500 € »): a year's digits too, as a sign makes them an amount.
 */
function figureAndSign(): RegExp {
  return new RegExp(`(?<=${figure()})[ \\t\\r\\n]+(?=[%‰‱\\p{Sc}])`, 'gu');
}

/**
 * The spaces after a day of the month ("5", "05", "1er", "1ᵉʳ" in superscript letters) before a French month's
 * name as Intl writes it, in full or short (mai, janvier, janv.). The day stands alone (not the end of a figure,
 * 4 817, nor of a decimal, 2,5, nor of a word) and the month is a whole word in lower case, as French writes it:
 * "3 Mars" (the planet) is not one.
 */
function dayAndMonth(): RegExp {
  const names = new Set<string>();
  for (const month of ['long', 'short'] as const) {
    const format = new Intl.DateTimeFormat('fr', { month, timeZone: 'UTC' });
    for (let index = 0; index < 12; index++) names.add(format.format(new Date(Date.UTC(2026, index, 1))));
  }
  const months = [...names].sort((a, b) => b.length - a.length).map((name) => name.replace(/\./g, '\\.'));
  // Not after a letter, a digit or a figure's point or comma, nor after a no-break space that follows a digit (a
  // figure's groups); after the space an opening guillemet takes (« 5 mai ») or a word's (le 5), it is a day.
  const day = `(?<![\\p{L}\\p{N}.,]|[\\p{N}.,][\\u00a0\\u202f])(?:\\d{1,2}|1er|1\u1d49\u02b3)`;
  return new RegExp(`(?<=${day})[ \\t\\r\\n]+(?=(?:${months.join('|')})(?![\\p{L}]))`, 'gu');
}

/** Whether text in `lang` takes French spacing, by language code (fr, fr-CA, fr-BE). */
const french = new Map<string, boolean>();

/** Whether text in `lang` takes French spacing (see frenchSpacing). */
export function takesFrenchSpacing(lang: string): boolean {
  let isFrench = french.get(lang);
  if (isFrench === undefined) french.set(lang, (isFrench = new Intl.Locale(lang).language === 'fr'));
  return isFrench;
}

/**
 * A figure typed with spaces between its groups of digits ("7 678", "1 200 000"; Persian ۱۲ ۳۴۵ too), as French,
 * Polish or Swedish write them: the groups and the spaces between them. Not a figure: digits after a figure's point or
 * comma (a decimal's are not grouped so) or glued to a word ("A4 100", "Covid-19 100"); a first group with a leading
 * zero, or a last one followed by more digits after a space, as telephone numbers are grouped ("0800 123 456",
 * "+1 555 123 4567"). A year before a count ("en 2019 1 234 notices") is four digits and stays apart. A space already
 * kept from breaking is one of the figure's too, so that a figure typed with both is joined by one kind.
 */
const spacedFigure =
  /(?<![\p{L}\p{N}.,\u066b\u066c]|[\p{L}\p{N}]-)(?!0)\p{Nd}{1,3}(?:[ \t\r\n\u00a0\u202f]+\p{Nd}{3})+(?!\p{N})(?![ \t\u00a0\u202f]+\p{N})/gu;
const figureSpaces = /[ \t\r\n\u00a0\u202f]+/g;
/** What a telephone number's later groups follow: its "+" and country code, or a group led by a zero ("0800 "). */
const telephoneBefore = /(?:\+[\p{N} \t\u00a0]*|(?:^|[^\p{N}])0\p{N}*[ \t\u00a0]+)$/u;

/** The space each language's figures are grouped with where it is one (Intl), by language code. */
const groupSpaces = new Map<string, string>();

/**
 * The space that joins a figure's groups in `lang`: the one Intl groups the language's figures with, where that is a
 * space (a narrow no-break space in French, a no-break space in Polish), else a no-break space, as wide as the one typed
 * (English and Persian group with a comma or ٬, and an editor who typed spaces chose them).
 */
function groupSpace(lang: string): string {
  let space = groupSpaces.get(lang);
  if (space === undefined) {
    const group = new Intl.NumberFormat(lang).formatToParts(10000).find((part) => part.type === 'group')?.value;
    groupSpaces.set(lang, (space = group !== undefined && /^\s$/u.test(group) ? group : '\u00a0'));
  }
  return space;
}

/**
 * A figure's groups kept on one line: the spaces an editor typed between them made ones that do not break, so that
 * "7 678" never ends a line with "7" and starts the next with "678" (read as two figures). In every language: the
 * site's own figures are grouped by Intl, but a figure typed in prose, a title or a source's name is as written.
 */
export function figureSpacing(text: string, lang: string): string {
  return text.replace(spacedFigure, (figure: string, offset: number) =>
    telephoneBefore.test(text.slice(0, offset)) ? figure : figure.replace(figureSpaces, groupSpace(lang)),
  );
}

/**
 * `text` typeset as text in `lang` is: a figure's groups kept together (figureSpacing), and French spacing in French
 * (a figure joined to its noun there too); otherwise as written. With `figures` false, figures keep their typed spaces.
 */
export function typeset(text: string, lang: string, figures = true): string {
  const spaced = takesFrenchSpacing(lang) ? frenchSpacing(text, '', '', figures) : text;
  return figures ? figureSpacing(spaced, lang) : spaced;
}

/** Every string in `value` (an object read from JSON: its values, not its keys) typeset as text in `lang`. */
export function typesetStrings<T>(value: T, lang: string): T {
  if (typeof value === 'string') return typeset(value, lang) as T;
  if (Array.isArray(value)) return value.map((item) => typesetStrings(item, lang)) as T;
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, typesetStrings(item, lang)])) as T;
  }
  return value;
}
