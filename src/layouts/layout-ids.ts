/**
 * The ids that a story's or a case file's page gives its own elements, besides its body's headings: Base.astro's,
 * Article.astro's and those of the components they show (sources, citations, charts, responses). A body heading
 * whose address is one of them (`## Main` is #main) makes a second element with that id: a link to it goes to
 * either, and the HTML check stops the build at a line of the built page. The preflight refuses such a heading at
 * its line in the MDX (src/lib/validate/headings.ts); tests/pages/layout-ids.test.ts holds this list to the ids of
 * the built pages, so that it cannot drift from the layout.
 */

/** Ids written as they are, with what each is, for the message. */
export const layoutIds: Record<string, string> = {
  main: "the page's text, which the link that skips the navigation goes to",
  'page-title': "the page's title, after which a search result's excerpt begins",
  'site-search': "the site's search field",
  'countries-heading': 'the heading of the countries the page is about',
  'cases-heading': 'the heading of the case files the page links to',
  'datasets-heading': 'the heading of the datasets the page uses',
  'related-heading': 'the heading of the related pages',
  'sources-heading': "the heading of the page's sources",
  'corrections-heading': "the heading of the page's corrections",
};

/** Ids made for each of several things on the page, by the pattern of their making. */
export const layoutIdPatterns: { pattern: RegExp; what: string }[] = [
  { pattern: /^source-./, what: "a source's entry in the page's list of sources (source-<source id>)" },
  { pattern: /^cite-.+-\d+$/, what: "a citation's number (cite-<source id>-<n>)" },
  { pattern: /^chart-\d+-(?:title|summary)$/, what: "a chart's title or summary (chart-<n>-title)" },
  { pattern: /^response-\d+$/, what: "a response's label (response-<n>)" },
  {
    pattern: /^search-summary-./,
    what: 'the summary a search result shows in another language (search-summary-<code>)',
  },
  { pattern: /^c[\w-]{9}-[a-z]+-\d+$/, what: "a part of a chart's drawing" },
];

/** What the page's layout uses `id` for, or undefined when it does not use it. */
export function layoutIdUse(id: string): string | undefined {
  return layoutIds[id] ?? layoutIdPatterns.find(({ pattern }) => pattern.test(id))?.what;
}
