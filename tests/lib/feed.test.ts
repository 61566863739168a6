/**
 * The feed's items (src/lib/feed.ts): a correction's guid is what a feed reader knows it by, so it must never change
 * for a correction the reader has seen, whatever else the page's corrections become. A feed holds the newest items
 * only (site.itemsPerFeed), a new correction of an old story among them.
 */
import { describe, expect, it } from 'vitest';
import { correctionGuid, feedItems, type FeedCorrection, type FeedPage } from '../../src/lib/feed.ts';

const site = 'https://example.org';
const day = (date: string) => new Date(`${date}T00:00:00Z`);

const first = { date: day('2026-02-03'), text: 'An earlier version gave 2023 for the year of the request.' };
const second = { date: day('2026-02-03'), text: 'An earlier version misspelt the name of the court.' };
const later = { date: day('2026-03-01'), text: 'The chart now shows the 2024 figure.' };

const page = (corrections: FeedCorrection[]): FeedPage => ({
  href: '/stories/the-files/',
  title: 'The files',
  summary: 'What they show.',
  date: day('2026-01-26'),
  authors: [],
  tags: [],
  corrections,
});

/** Each correction's text → its guid, in the feed made of `corrections`. */
function guids(corrections: FeedCorrection[]): Map<string, string> {
  const items = feedItems([page(corrections)], site, (title) => `Correction: ${title}`, 50).filter((item) =>
    item.title?.startsWith('Correction'),
  );
  return new Map(
    items.map((item) => [
      item.description!,
      /<guid isPermaLink="false">([^<]+)<\/guid>/.exec(item.customData ?? '')![1]!,
    ]),
  );
}

describe("a correction's guid in the feed", () => {
  it('stays the same when two corrections of one day are listed in the other order, or another correction is added', () => {
    const seen = guids([first, second]);
    expect(new Set(seen.values()).size).toBe(2);
    expect(guids([second, first])).toEqual(seen);
    const added = guids([later, second, first, { date: day('2026-02-03'), text: 'A third fix of that day.' }]);
    for (const [text, guid] of seen) expect(added.get(text)).toBe(guid);
    expect(new Set(added.values()).size).toBe(4);
  });

  it("is the page's address, the correction's date and a digest of its text", () => {
    expect(correctionGuid(`${site}/stories/the-files/`, first)).toMatch(
      /^https:\/\/example\.org\/stories\/the-files\/#correction-2026-02-03-[0-9a-f]{12}$/,
    );
  });

  it('stays the same when the text is retyped with other spaces or quotation marks, and changes when its words do', () => {
    const url = `${site}/stories/the-files/`;
    const guid = correctionGuid(url, { date: first.date, text: 'Interpol\'s reply was quoted "in full".' });
    expect(correctionGuid(url, { date: first.date, text: ' Interpol’s  reply was quoted “in full”.\n' })).toBe(guid);
    expect(correctionGuid(url, { date: first.date, text: 'Interpol’s reply was quoted in part.' })).not.toBe(guid);
  });

  it('stays the same when straight quotation marks are retyped as French ones, with the spaces inside them', () => {
    const url = `${site}/fr/stories/the-files/`;
    const guid = correctionGuid(url, { date: first.date, text: 'Le rapport "Red notices" datait de 2013.' });
    expect(
      correctionGuid(url, { date: first.date, text: 'Le rapport «\u00a0Red notices\u00a0» datait de 2013.' }),
    ).toBe(guid);
    expect(correctionGuid(url, { date: first.date, text: 'Le rapport « Red notices » datait de 2013.' })).toBe(guid);
  });

  it('stays the same when its accents are typed as a letter and a combining mark, as some editors and PDFs paste them', () => {
    const url = `${site}/fr/stories/the-files/`;
    const composed = 'Une version précédente datait la requête de 2023.';
    const decomposed = composed.normalize('NFD');
    expect(decomposed).not.toBe(composed);
    expect(correctionGuid(url, { date: first.date, text: decomposed })).toBe(
      correctionGuid(url, { date: first.date, text: composed }),
    );
  });

  it('is made from the text as written when the feed shows a translation of it, so that translating it later keeps it', () => {
    const url = `${site}/data/requests/`;
    const written = correctionGuid(url, first);
    expect(
      correctionGuid(url, { date: first.date, text: 'Une version précédente donnait 2023.', original: first.text }),
    ).toBe(written);
  });

  // The French feed linked a dataset's corrections to its English page until the dataset had a French one: their
  // guids stay those of the English page's address, or a subscriber's reader would show them again as new.
  it("is made from `guidHref` where the page gives one: a dataset's page in the default language", () => {
    const dataset: FeedPage = {
      ...page([first]),
      href: '/fr/data/requests/',
      guidHref: '/data/requests/',
      date: undefined,
    };
    const [item] = feedItems([dataset], site, (title) => `Correction : ${title}`, 50);
    expect(item!.link).toBe(`${site}/fr/data/requests/#corrections-heading`);
    expect(item!.customData).toContain(correctionGuid(`${site}/data/requests/`, first));
  });
});

describe("the feed's items", () => {
  it('are newest first, pages and their corrections together, whatever the order the pages come in', () => {
    const older: FeedPage = { ...page([]), href: '/stories/older/', title: 'Older', date: day('2026-01-10') };
    const items = feedItems([older, page([first, later])], site, (title) => `Correction: ${title}`, 50);
    expect(items.map((item) => [item.title, item.pubDate?.toISOString().slice(0, 10)])).toEqual([
      ['Correction: The files', '2026-03-01'],
      ['Correction: The files', '2026-02-03'],
      ['The files', '2026-01-26'],
      ['Older', '2026-01-10'],
    ]);
  });

  it('are the newest `limit` of an archive longer than that, a new correction of a story older than all of them included', () => {
    // 60 stories, one a day from 1 January 2026; the oldest is corrected on 1 April, after the newest was published.
    const stories = Array.from({ length: 60 }, (_, i): FeedPage => {
      const date = new Date(Date.UTC(2026, 0, 1 + i));
      return { ...page([]), href: `/stories/s${i + 1}/`, title: `Story ${i + 1}`, date };
    });
    stories[0] = {
      ...stories[0]!,
      corrections: [{ date: day('2026-04-01'), text: 'The first story misdated a law.' }],
    };
    const items = feedItems(stories, site, (title) => `Correction: ${title}`, 50);
    expect(items).toHaveLength(50);
    expect(items[0]).toMatchObject({ title: 'Correction: Story 1', pubDate: day('2026-04-01') });
    expect(items[0]!.link).toBe(`${site}/stories/s1/#corrections-heading`);
    // Then the 49 newest stories, newest first: Story 60 down to Story 12; the 11 oldest are left out.
    expect(items.slice(1).map((item) => item.title)).toEqual(Array.from({ length: 49 }, (_, i) => `Story ${60 - i}`));
    expect(items.some((item) => item.title === 'Story 11' || item.title === 'Story 1')).toBe(false);
    // The same archive under a larger cap is whole.
    expect(feedItems(stories, site, (title) => `Correction: ${title}`, 100)).toHaveLength(61);
  });
});
