/**
 * The ids a story's or a case file's page gives its own elements are the ones src/layouts/layout-ids.ts lists, which
 * the preflight keeps body headings from taking (src/lib/validate/headings.ts): read from every published page of
 * the demo, in both languages, so that an id the layout gains without the list fails here.
 */
import { describe, expect, it } from 'vitest';
import { page } from '../helpers/site.ts';
import { fixedNow, repoRoot } from '../helpers/build.ts';
import { loadProject } from '../../src/lib/load-project.ts';
import { withheld } from '../../src/lib/visibility.ts';
import { entryHref } from '../../src/lib/translations.ts';
import { headingAnchors } from '../../src/lib/mdx-usage.ts';
import { layoutIds, layoutIdUse } from '../../src/layouts/layout-ids.ts';

const { project } = loadProject(repoRoot);
const now = new Date(fixedNow);
const articles = [
  ...project.stories.filter((e) => !withheld(e.data, now)).map((e) => [entryHref('story', e), e.body] as const),
  ...project.cases.filter((e) => !withheld(e.data, now)).map((e) => [entryHref('case', e), e.body] as const),
];

describe("the ids of a story's or a case file's own elements", () => {
  it('are read from every published story and case file of the demo, in both languages', () => {
    const paths = articles.map(([path]) => path);
    for (const prefix of ['/stories/', '/cases/', '/fr/stories/', '/fr/cases/'])
      expect(paths.filter((path) => path.startsWith(prefix)).length, prefix).toBeGreaterThan(0);
  });

  it.each(articles)("on %s, are the body headings' and those layout-ids.ts lists", (path, body) => {
    const headings = new Set(headingAnchors(body).map(({ id }) => id));
    const ids = [...page(path).querySelectorAll('[id]')].map((element) => element.id);
    // The headings are on the page at the addresses the preflight computes for them.
    expect([...headings].filter((id) => !ids.includes(id))).toEqual([]);
    expect(ids.filter((id) => !headings.has(id) && !layoutIdUse(id))).toEqual([]);
  });

  it('lists no id that no page has', () => {
    const everywhere = new Set(articles.flatMap(([path]) => [...page(path).querySelectorAll('[id]')].map((e) => e.id)));
    expect(Object.keys(layoutIds).filter((id) => !everywhere.has(id))).toEqual([]);
  });
});
