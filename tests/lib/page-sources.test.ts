import { describe, expect, it } from 'vitest';
import { pageSourceIds } from '../../src/lib/page-sources.ts';
import { loadProject } from '../../src/lib/load-project.ts';
import { repoRoot } from '../helpers/build.ts';

const { project } = loadProject(repoRoot);
const datasets = new Map([...project.datasets].map(([id, data]) => [id, { data }]));

describe('the sources a page shows figures from', () => {
  it("are its charts' row sources (as filtered) and its Facts' sources, in page order, each once", () => {
    const body = [
      '<Fact dataset="red-notices-issued" row={2012} column="issued" />',
      '<Chart dataset="public-notices-by-nationality" type="map" x="nationality" y="count" filter={{ "snapshot": "2023-05" }} title="T" />',
      '<Fact dataset="red-notices-issued" row={2012} column="issued" />',
      '<Fact dataset="red-notices-issued" row={2011} column="issued_alt" />',
    ].join('\n\n');
    expect(pageSourceIds(body, datasets)).toEqual(['afp-interpol-2012', 'interpol-parser-2023', 'fair-trials-2013']);
  });

  it('credit a chart whose options are not literals with its whole dataset, and leave broken components to fail on their own', () => {
    const body = [
      '<Chart dataset="investigation-timeline" type="timeline" x="date" label={"lab" + "el"} title="T" />',
      '<Fact dataset="red-notices-issued" row={2013} column="issued" />',
      '<Chart dataset="nope" type="bar" x="a" y="b" title="T" />',
      '{/* <Fact dataset="red-notices-issued" row={2024} column="issued" /> */}',
    ].join('\n\n');
    expect(pageSourceIds(body, datasets)).toEqual(project.datasets.get('investigation-timeline')!.sources);
  });

  it('credit a chart that spreads an object into its options with its whole dataset: the spread may draw other rows', () => {
    // Its literal options draw the rows of one snapshot, which one source gives; `{...other}` may set another filter,
    // and only the page's rendering knows which.
    const body =
      '<Chart dataset="public-notices-by-nationality" type="map" x="nationality" y="count" filter={{ "snapshot": "2023-05" }} title="T" {...other} />';
    const literal = pageSourceIds(body.replace(' {...other}', ''), datasets);
    const whole = project.datasets.get('public-notices-by-nationality')!.sources;
    expect(whole.filter((id) => !literal.includes(id))).not.toEqual([]);
    expect(pageSourceIds(body, datasets)).toEqual(whole);
  });
});
