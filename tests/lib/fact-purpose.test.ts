/**
 * What a <Fact>'s link says after its figure, for a screen reader's list of links (src/lib/fact-purpose.ts): what the
 * figure measures, its row, in the page's language where the dataset translates it, marked where it does not.
 */
import { describe, expect, it } from 'vitest';
import { factPurpose } from '../../src/lib/fact-purpose.ts';
import { findRow } from '../../src/lib/facts.ts';
import { loadProject } from '../../src/lib/load-project.ts';
import type { Dataset, Row } from '../../src/schemas/dataset.ts';
import { repoRoot } from '../helpers/build.ts';

const { project } = loadProject(repoRoot);
const dataset = (id: string) => project.datasets.get(id)! as Dataset;
const said = (id: string, row: unknown, column: string, lang: string) =>
  factPurpose(dataset(id), findRow(dataset(id), row) as Row, column, lang);

describe("a figure's link purpose", () => {
  it("says a country's figure as its column and the country's name, in the page's language", () => {
    expect(said('top-requesting-countries-2024', 'RU', 'active_notices', 'en')).toEqual([
      { text: 'active red notices' },
      { text: ', ' },
      { text: 'Russia' },
    ]);
    expect(said('top-requesting-countries-2024', 'KG', 'active_notices', 'fr')).toEqual([
      { text: 'notices rouges actives' },
      { text: ', ' },
      { text: 'Kirghizstan' },
    ]);
  });

  it("says a year's figure as its column and the year, without grouping", () => {
    expect(said('red-notices-issued', 2005, 'issued', 'en')).toEqual([
      { text: 'red notices issued' },
      { text: ', ' },
      { text: '2005' },
    ]);
    expect(said('red-notices-issued', 2021, 'diffusions', 'fr')).toEqual([
      { text: 'diffusions' },
      { text: ', ' },
      { text: '2021' },
    ]);
  });

  it("says a month's figure with the month in the page's words, not the dataset's YYYY-MM marked as English", () => {
    expect(said('red-notices-in-circulation', '2018-12', 'count', 'en')).toEqual([
      { text: 'red notices' },
      { text: ', ' },
      { text: 'Dec 2018' },
    ]);
    expect(said('red-notices-in-circulation', '2018-12', 'count', 'fr')).toEqual([
      { text: 'notices rouges' },
      { text: ', ' },
      { text: 'déc. 2018' },
    ]);
  });

  it('says a figure whose row has a label by that label, not by its id or the column "Value", keeping names', () => {
    expect(said('headline-figures', 'russia-complainants', 'value', 'en')).toEqual([
      { text: 'people wanted by Russia who complained to the CCF' },
    ]);
    // "Interpol" is written mid-sentence in another row's label: a name, kept capitalised.
    expect(said('headline-figures', 'member-countries', 'value', 'en')).toEqual([
      { text: 'Interpol member countries' },
    ]);
    expect(said('headline-figures', 'member-countries', 'value', 'fr')).toEqual([{ text: 'pays membres d’Interpol' }]);
  });

  it("marks a label the dataset does not translate with the dataset's language", () => {
    const untranslated = structuredClone(dataset('top-requesting-countries-2024'));
    delete untranslated.translations!.fr!.columns!.active_notices;
    expect(factPurpose(untranslated, findRow(untranslated, 'RU') as Row, 'active_notices', 'fr')).toEqual([
      { text: 'active red notices', lang: 'en' },
      { text: ', ' },
      { text: 'Russie' },
    ]);
  });
});
