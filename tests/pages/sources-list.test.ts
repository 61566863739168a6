/**
 * The sources list at the end of a story or case file: every source the page shows a figure from, through a
 * <Cite>, a <Fact> or a chart, is in it, in both languages. Cited sources are numbered as their notes; the others
 * follow, unnumbered.
 */
import { describe, expect, it } from 'vitest';
import { page } from '../helpers/site.ts';
import { fixedNow, repoRoot } from '../helpers/build.ts';
import { loadProject } from '../../src/lib/load-project.ts';
import { withheld } from '../../src/lib/visibility.ts';
import { entryHref } from '../../src/lib/translations.ts';
import { pageSourceIds } from '../../src/lib/page-sources.ts';
import { findComponentUses } from '../../src/lib/mdx-usage.ts';
import { citedIds } from '../../src/lib/citations.ts';

const { project } = loadProject(repoRoot);
const now = new Date(fixedNow);
const datasets = new Map([...project.datasets].map(([id, dataset]) => [id, { data: dataset }]));
const articles = [
  ...project.stories.filter((e) => !withheld(e.data, now)).map((e) => [entryHref('story', e), e.body] as const),
  ...project.cases.filter((e) => !withheld(e.data, now)).map((e) => [entryHref('case', e), e.body] as const),
];

const listed = (doc: Document) => [...doc.querySelectorAll('.sources li')].map((li) => li.id.replace(/^source-/, ''));
const hrefs = (doc: Document, selector: string) =>
  [...doc.querySelectorAll(selector)].map((a) => a.getAttribute('href'));

describe("a page's sources list", () => {
  // The test below is made once per page: a list of no pages would make none, and fail nothing.
  it('is checked on every published story and case file of the demo, in both languages', () => {
    const paths = articles.map(([path]) => path);
    for (const prefix of ['/stories/', '/cases/', '/fr/stories/', '/fr/cases/']) {
      expect(paths.filter((path) => path.startsWith(prefix)).length, prefix).toBeGreaterThan(0);
    }
    expect(paths.filter((path) => !path.startsWith('/fr/')).length).toBeGreaterThanOrEqual(8);
  });

  it.each(articles)('on %s, names every source a chart, a Fact or a Cite shows', (path, body) => {
    const doc = page(path);
    // The sources of its charts and Facts, read from its MDX: one at least when it has either.
    const expected = pageSourceIds(body, datasets);
    const uses = findComponentUses(body);
    if (uses.some((use) => use.component === 'Chart' || use.component === 'Fact')) {
      expect(expected.length).toBeGreaterThan(0);
    }
    expect(expected.filter((id) => !listed(doc).includes(id))).toEqual([]);
    // Its <Cite>s' sources (`id="a, b"` cites two), each a numbered note.
    const cited = uses
      .filter((use) => use.component === 'Cite')
      .flatMap((use) =>
        String(use.props.id)
          .split(',')
          .map((id) => id.trim()),
      );
    const numbered = [...doc.querySelectorAll('.sources ol > li')].map((li) => li.id.replace(/^source-/, ''));
    expect(cited.length).toBeGreaterThan(0);
    expect(cited.filter((id) => !numbered.includes(id))).toEqual([]);
    const sources = new Set(hrefs(doc, '.sources li a[href^="http"]'));
    const shown = hrefs(doc, '.chart-source a, .fact-source a');
    expect(shown.filter((href) => !sources.has(href))).toEqual([]);
  });

  it('names a source only a chart cites, after the numbered ones: OHCHR under the timeline, The FCPA Blog under the circulation chart', () => {
    const safeguards = page('/stories/safeguards-added-and-quietly-dropped/');
    expect(listed(safeguards)).toContain('ohchr-el-salvador-red-notices');
    const decades = page('/stories/two-decades-of-red-notices/');
    expect(listed(decades)).toContain('fcpa-blog-public-notices-2019');
    // The numbered notes stay those of the text's <Cite>s, in their order; the others are in a list of their own.
    const numbered = [...decades.querySelectorAll('.sources ol > li')].map((li) => li.id);
    expect(numbered).not.toContain('source-fcpa-blog-public-notices-2019');
    expect(decades.querySelector('.sources ul > li#source-fcpa-blog-public-notices-2019')).not.toBeNull();
  });
});

describe("a sources list's links back to the text", () => {
  // A reader who followed a note to the list had no way back to where they were reading.
  it.each(articles)(
    'on %s, links each numbered source back to each of its notes, named for the note it returns to',
    (path, body) => {
      const doc = page(path);
      const french = path.startsWith('/fr/');
      const notes = [...doc.querySelectorAll('main sup.cite a[href^="#source-"]')];
      expect(notes.length).toBe(citedIds(body).length);
      for (const item of doc.querySelectorAll('.sources ol > li')) {
        const number = [...doc.querySelectorAll('.sources ol > li')].indexOf(item) + 1;
        const own = notes.filter((note) => note.getAttribute('href') === `#${item.id}`);
        const back = [...item.querySelectorAll('a.backlink')];
        // One link per citation, in the text's order, each to a note that is there and names this source.
        expect(back.map((a) => a.getAttribute('href'))).toEqual(own.map((note) => `#${note.id}`));
        expect(own.every((note) => note.id !== '')).toBe(true);
        expect(back.map((a) => a.textContent)).toEqual(own.map((_, i) => (i === 0 ? '↩\uFE0E' : `↩\uFE0E${i + 1}`)));
        const names = back.map((a) => a.getAttribute('aria-label'));
        if (own.length === 1)
          expect(names).toEqual([
            french ? `Retour à la note ${number} dans le texte` : `Back to note ${number} in the text`,
          ]);
        else
          expect(names).toEqual(
            own.map((_, i) =>
              french
                ? `Retour à la note ${number} dans le texte, citation ${i + 1} sur ${own.length}`
                : `Back to note ${number} in the text, citation ${i + 1} of ${own.length}`,
            ),
          );
      }
      // The unnumbered sources have no note to go back to.
      expect(doc.querySelectorAll('.sources ul a.backlink').length).toBe(0);
    },
  );

  it('is tried on a source the demo cites more than once', () => {
    const repeated = articles.filter(([, body]) => {
      const ids = citedIds(body).map((cite) => cite.id);
      return new Set(ids).size < ids.length;
    });
    expect(repeated.length).toBeGreaterThan(0);
  });
});
