/**
 * A dataset as a page in another language shows it: translated texts in place, the rest left as written and said
 * to be in the dataset's language, rows looked up by their values as written.
 */
import { describe, expect, it } from 'vitest';
import {
  datasetCorrections,
  datasetLanguages,
  datasetTitle,
  langAttribute,
  localiseDataset,
  markPhrases,
  untranslatedTexts,
} from '../../src/lib/dataset-locale.ts';
import { chartFigure } from '../../src/charts/figure.ts';
import { valueFormatter } from '../../src/charts/format.ts';
import { formatValue } from '../../src/lib/format-value.ts';
import type { Dataset, Row } from '../../src/schemas/dataset.ts';

const dataset: Dataset = {
  title: 'Refusals by ground',
  description: 'Requests Interpol refused, by ground.',
  sources: ['s'],
  license: 'CC BY 4.0',
  updated: new Date('2026-02-01T00:00:00Z'),
  columns: {
    year: { type: 'integer', description: 'Year', label: 'Year' },
    ground: { type: 'string', description: 'Ground given', label: 'Ground' },
    count: { type: 'integer', description: 'Refused', label: 'Refused', unit: 'requests' },
  },
  rows: [
    { year: 2022, ground: 'Article 3', count: 102 },
    { year: 2022, ground: 'Other grounds', count: 40 },
    { year: 2023, ground: 'Article 3', count: 98 },
  ],
  notes: ['Incomplete for 2017.'],
  corrections: [],
  translations: {
    fr: {
      title: 'Refus par motif',
      columns: {
        ground: { label: 'Motif', values: { 'Article 3': 'Article 3 (neutralité)' } },
        count: { label: 'Refusées', unit: 'demandes' },
      },
    },
  },
};

describe('a dataset in another language', () => {
  it('takes a translated description and notes, keeps the label a translation of the unit alone leaves, and is built once per language', () => {
    const translated: Dataset = {
      ...dataset,
      translations: {
        fr: {
          description: 'Demandes refusées par Interpol, par motif.',
          notes: ['Incomplet pour 2017.'],
          columns: {
            count: { unit: 'demandes' },
            year: { description: 'Année du refus' },
            ground: { values: { 'Other grounds': 'Autres motifs' } },
          },
        },
      },
    };
    const { data } = localiseDataset(translated, 'fr');
    expect([data.description, data.notes]).toEqual([
      'Demandes refusées par Interpol, par motif.',
      ['Incomplet pour 2017.'],
    ]);
    expect(data.columns.count).toMatchObject({ label: 'Refused', unit: 'demandes' });
    expect(data.columns.year).toMatchObject({ label: 'Year', description: 'Année du refus' });
    expect(localiseDataset(translated, 'fr')).toBe(localiseDataset(translated, 'fr'));
  });

  it("leaves a value named like an object's property (constructor, toString) as written", () => {
    const local = localiseDataset(dataset, 'fr');
    expect(['constructor', 'toString'].map((value) => local.value('ground', value))).toEqual([
      'constructor',
      'toString',
    ]);
    expect(local.rows([{ year: 2022, ground: 'constructor', count: 1 }])[0]!.ground).toBe('constructor');
  });

  it("takes the translated texts and says which stayed in the dataset's language", () => {
    const { data, langs } = localiseDataset(dataset, 'fr');
    expect([data.title, data.description, data.notes]).toEqual([
      'Refus par motif',
      'Requests Interpol refused, by ground.',
      ['Incomplete for 2017.'],
    ]);
    expect(data.columns.count).toEqual({
      type: 'integer',
      description: 'Refused',
      label: 'Refusées',
      unit: 'demandes',
      written: dataset.columns.count,
    });
    expect(data.columns.year).toEqual(dataset.columns.year);
    expect(langs).toEqual({
      title: 'fr',
      description: 'en',
      notes: ['en'],
      corrections: [],
      columns: {
        year: { label: 'en', unit: 'en', description: 'en' },
        ground: { label: 'fr', unit: 'en', description: 'en' },
        count: { label: 'fr', unit: 'fr', description: 'en' },
      },
      chart: { title: 'en', subtitle: 'en', note: 'en' },
    });
    expect(datasetTitle(dataset, 'fr')).toEqual({ title: 'Refus par motif', lang: 'fr' });
    expect([langAttribute('en', 'fr'), langAttribute('fr', 'fr')]).toEqual(['en', undefined]);
  });

  // A dataset written in French is French on a French page (nothing to mark, nothing to translate) and, on an
  // English page, French wherever its `translations.en` does not give the English.
  it("says a dataset's texts are in the language it is written in (its lang), translated from it", () => {
    const french: Dataset = {
      ...dataset,
      lang: 'fr',
      title: 'Refus par motif',
      rows: [
        { year: 2022, ground: 'Article 3', count: 102 },
        { year: 2022, ground: 'Autres motifs', count: 40 },
      ],
      translations: {
        en: { title: 'Refusals by ground', columns: { ground: { values: { 'Autres motifs': 'Other grounds' } } } },
      },
    };
    const onFrench = localiseDataset(french, 'fr');
    expect([
      onFrench.lang,
      onFrench.langs.title,
      onFrench.langs.columns.ground,
      onFrench.valueLang('ground', 'Autres motifs'),
    ]).toEqual(['fr', 'fr', { label: 'fr', unit: 'fr', description: 'fr' }, 'fr']);
    expect(untranslatedTexts(onFrench, 'fr', ['ground'], french.rows as Row[])).toEqual([]);
    const onEnglish = localiseDataset(french, 'en');
    expect([onEnglish.data.title, onEnglish.langs.title, onEnglish.langs.description]).toEqual([
      'Refusals by ground',
      'en',
      'fr',
    ]);
    expect(onEnglish.rows(french.rows as Row[]).map((row) => row.ground)).toEqual(['Article 3', 'Other grounds']);
    expect([onEnglish.valueLang('ground', 'Autres motifs'), onEnglish.valueLang('ground', 'Article 3')]).toEqual([
      'en',
      'fr',
    ]);
    expect(untranslatedTexts(onEnglish, 'en', ['ground'], french.rows as Row[])).toEqual(['Ground', 'Article 3']);
    // The notice of what language a page's datasets are in: none when all are in the page's.
    expect(datasetLanguages([french], 'fr')).toBeUndefined();
    expect(datasetLanguages([french], 'en')).toBe('French');
    expect(datasetLanguages([dataset, french], 'fr')).toBe('anglais et français');
    expect(datasetLanguages([dataset], 'en')).toBeUndefined();
  });

  it('translates corrections by their date, so a correction added since shows as written, marked as such', () => {
    const corrected: Dataset = {
      ...dataset,
      corrections: [
        { date: new Date('2026-03-01T00:00:00Z'), text: 'Added since.' },
        { date: new Date('2026-02-02T00:00:00Z'), text: 'Fixed 2022.' },
      ],
      translations: { fr: { corrections: { '2026-02-02': 'Corrigé 2022.' } } },
    };
    expect(datasetCorrections(corrected, 'fr').map((c) => [c.text, c.lang])).toEqual([
      ['Added since.', 'en'],
      ['Corrigé 2022.', 'fr'],
    ]);
  });

  it('keeps its rows as written and translates the values of the rows a page shows, value by value', () => {
    const local = localiseDataset(dataset, 'fr');
    expect(local.data.rows).toBe(dataset.rows);
    expect(local.rows(dataset.rows as never).map((row) => row.ground)).toEqual([
      'Article 3 (neutralité)',
      'Other grounds',
      'Article 3 (neutralité)',
    ]);
    expect([local.value('ground', 'Article 3'), local.valueLang('ground', 'Article 3')]).toEqual([
      'Article 3 (neutralité)',
      'fr',
    ]);
    expect([local.value('ground', 'Other grounds'), local.valueLang('ground', 'Other grounds')]).toEqual([
      'Other grounds',
      'en',
    ]);
  });

  it("keeps a figure typed with spaces on one line in the dataset's own texts, as in its translations, and leaves its rows as written", () => {
    const spaced: Dataset = {
      ...dataset,
      title: 'Notices: 7 678 in force',
      description: 'Of 1 200 000 requests.',
      columns: {
        ...dataset.columns,
        count: { ...dataset.columns.count!, label: 'Refused of 2 433', unit: '1 000 requests' },
      },
      rows: [{ year: 2022, ground: 'Article 3 100', count: 102 }],
      notes: ['Counted 7 678 times.'],
      corrections: [{ date: new Date('2026-02-02T00:00:00Z'), text: 'Was 7 687.' }],
    };
    const { data } = localiseDataset(spaced, 'en');
    expect([data.title, data.description, data.notes[0], data.corrections[0]!.text]).toEqual([
      'Notices: 7\u00a0678 in force',
      'Of 1\u00a0200\u00a0000 requests.',
      'Counted 7\u00a0678 times.',
      'Was 7\u00a0687.',
    ]);
    expect(data.columns.count).toMatchObject({ label: 'Refused of 2\u00a0433', unit: '1\u00a0000 requests' });
    // Filters, row keys and <Fact> look rows up by their values as written.
    expect(data.rows).toBe(spaced.rows);
    // A French page without translations shows the English texts as English pages do, and marks them as typeset.
    const french = localiseDataset({ ...spaced, translations: {} }, 'fr');
    expect(french.data.title).toBe('Notices: 7\u00a0678 in force');
    expect(untranslatedTexts(french, 'fr', ['count'], [])).toEqual(['Refused of 2\u00a0433', '1\u00a0000 requests']);
  });

  it('is the dataset itself in its own language', () => {
    const local = localiseDataset(dataset, 'en');
    expect(local.data).toEqual(dataset);
    expect(local.rows(dataset.rows as never)).toBe(dataset.rows);
    expect(local.langs.title).toBe('en');
  });

  it('draws a chart in French: filtered by the values as written, labelled and summarised with the translations', () => {
    const local = localiseDataset(dataset, 'fr');
    const figure = chartFigure({
      spec: { type: 'bar', x: 'ground', y: 'count', filter: { year: 2022 }, title: 'T' },
      dataset: local.data,
      lang: 'fr',
      localiseRows: local.rows,
    });
    // French puts a no-break space before a colon. The label does not say the unit: the summary names it, as the table does.
    expect(figure.summary.replace(/[\u00a0\u202f]/g, ' ')).toBe(
      'Diagramme en barres : refusées (demandes), par motif. Données représentées : 2022 seulement. Maximum : 102, Article 3 (neutralité). Minimum : 40, Other grounds.',
    );
    expect(figure.wide).toContain('Article 3 (neutralité)');
  });

  it("marks, in a summary written in the page's language, the labels and values left untranslated", () => {
    const local = localiseDataset(dataset, 'fr');
    // "Year" has no French label and "Other grounds" no French value; "Motif" and "Article 3 (neutralité)" are French.
    const texts = untranslatedTexts(local, 'fr', ['year', 'ground', 'count'], dataset.rows as never);
    expect(texts).toEqual(['Year', 'Other grounds']);
    expect(untranslatedTexts(localiseDataset(dataset, 'en'), 'en', ['year', 'ground'], dataset.rows as never)).toEqual(
      [],
    );
    const summary =
      'Diagramme en barres : refusées, par motif. Maximum : 102, Article 3 (neutralité). Minimum : 40, Other grounds. Par year.';
    expect(markPhrases(summary, texts, 'en')).toEqual([
      { text: 'Diagramme en barres : refusées, par motif. Maximum : 102, Article 3 (neutralité). Minimum : 40, ' },
      { text: 'Other grounds', lang: 'en' },
      { text: '. Par ' },
      { text: 'year', lang: 'en' },
      { text: '.' },
    ]);
    // Whole words only, longest first; nothing to mark gives the text whole.
    expect(markPhrases('Yearly: year, years', ['Year', 'years'], 'en').map((part) => part.lang ?? '-')).toEqual([
      '-',
      'en',
      '-',
      'en',
    ]);
    expect(markPhrases('Rien.', [], 'en')).toEqual([{ text: 'Rien.' }]);
    // Text without a letter is in no language; a label is found as written or as a sentence starts it lower-case.
    expect(markPhrases('De 2011 à 2024.', ['2011'], 'en')).toEqual([{ text: 'De 2011 à 2024.' }]);
    expect(
      markPhrases('Par refused, Refused, REFUSED.', ['Refused'], 'en')
        .filter((part) => part.lang)
        .map((part) => part.text),
    ).toEqual(['refused', 'Refused']);
  });

  it('formats values by the column as written, whatever its translated label and unit say (years, percentages)', () => {
    const written: Dataset = {
      ...dataset,
      columns: {
        yr: { type: 'integer', description: 'Year', label: 'Year' },
        rate: { type: 'number', description: 'Refusal rate', label: 'Rate', unit: '%' },
        cases: { type: 'integer', description: 'Cases', unit: 'cases' },
      },
      rows: [{ yr: 2020, rate: 45, cases: 12000 }],
      translations: {
        fr: { columns: { yr: { label: 'Année' }, rate: { label: 'Taux', unit: ' %' }, cases: { unit: 'dossiers' } } },
      },
    };
    const { columns } = localiseDataset(written, 'fr').data;
    expect(valueFormatter('yr', columns.yr, 'fr')(2020)).toBe('2020');
    expect(formatValue(45, { ...columns.rate!, name: 'rate' }, 'fr').replace(/[\u00a0\u202f]/g, ' ')).toBe('45 %');
    expect(valueFormatter('rate', columns.rate, 'fr')(45)).toBe(
      formatValue(45, { ...columns.rate!, name: 'rate' }, 'fr'),
    );
    expect(formatValue(12000, { ...columns.cases!, name: 'cases' }, 'fr')).toBe('12\u202f000');
    expect([columns.yr!.label, columns.rate!.unit, columns.cases!.unit]).toEqual(['Année', ' %', 'dossiers']);
  });

  it("takes its own chart's translated title, subtitle and note, each said to be in its language, and keeps its other options", () => {
    const charted: Dataset = {
      ...dataset,
      chart: {
        type: 'bar',
        x: 'ground',
        y: 'count',
        title: 'Most refusals cite Article 3',
        subtitle: 'Requests refused',
        note: 'Incomplete for 2017.',
      },
      translations: {
        fr: { chart: { title: 'La plupart des refus invoquent l’article 3', note: 'Incomplet pour 2017.' } },
      },
    };
    const local = localiseDataset(charted, 'fr');
    expect(local.data.chart).toEqual({
      type: 'bar',
      x: 'ground',
      y: 'count',
      title: 'La plupart des refus invoquent l’article 3',
      subtitle: 'Requests refused',
      note: 'Incomplet pour 2017.',
    });
    expect(local.langs.chart).toEqual({ title: 'fr', subtitle: 'en', note: 'fr' });
    // In its own language, the chart as written.
    expect(localiseDataset(charted, 'en').data.chart).toEqual(charted.chart);
    expect(localiseDataset(charted, 'en').langs.chart).toEqual({ title: 'en', subtitle: 'en', note: 'en' });
  });

  it('says the values of an identifier column, and its name shown for a missing label, are in no language, where words stay marked', () => {
    const identified: Dataset = {
      ...dataset,
      columns: {
        id: { type: 'string', description: 'Figure id' },
        case_number: { type: 'string', description: 'Case number', label: 'Case number' },
        ground: { type: 'string', description: 'Ground given' },
        count: { type: 'integer', description: 'Refused', label: 'Refused' },
      },
      rows: [
        { id: 'active-red-notices', case_number: 'A/HRC/48/11', ground: 'Article 3', count: 102 },
        { id: 'public-share', case_number: 'CCF-2019-04', ground: 'Other grounds', count: 40 },
      ],
      translations: undefined,
    };
    const local = localiseDataset(identified, 'fr');
    expect([local.valueLang('id', 'active-red-notices'), local.valueLang('case_number', 'CCF-2019-04')]).toEqual([
      'fr',
      'fr',
    ]);
    expect(local.valueLang('ground', 'Other grounds')).toBe('en');
    // "id" is a name, not a word; "ground" is an English word; "Case number" a label written in English.
    expect([
      local.langs.columns.id!.label,
      local.langs.columns.ground!.label,
      local.langs.columns.case_number!.label,
    ]).toEqual(['fr', 'en', 'en']);
    expect(untranslatedTexts(local, 'fr', ['id', 'case_number', 'ground'], identified.rows as Row[])).toEqual([
      'Case number',
      'ground',
      'Article 3',
      'Other grounds',
    ]);
  });
});
