/**
 * What the MDX components of one page need to know about it: its file (for error messages), its language, and its
 * citation numbers. The page sets it on `Astro.locals` before it renders its <Content>; Astro shares one `locals`
 * object between a page and every component it renders, so <Cite> and <Fact> read the page's own numbering.
 */
export interface PageContext {
  /** The page's source file relative to the content root, e.g. content/stories/the-files.mdx. */
  file: string;
  lang: string;
  /** Source id -> note number, from `citationNumbers(body)`. */
  citations: Map<string, number>;
  /** Counter for ids of elements a page can hold several of (responses). */
  counter: number;
  /** Source id -> how many of its citations <Cite> has rendered so far: the next one's anchor (citationAnchor). */
  citesRendered: Map<string, number>;
}

const key = 'casefilePage';

/** Makes `context` the page context of this render. */
export function setPageContext(locals: object, context: Omit<PageContext, 'counter' | 'citesRendered'>): void {
  (locals as Record<string, unknown>)[key] = { ...context, counter: 0, citesRendered: new Map() };
}

/** The page context of this render; throws when a component is rendered outside a page that set one. */
export function pageContext(locals: object, component: string): PageContext {
  const context = (locals as Record<string, unknown>)[key] as PageContext | undefined;
  if (!context) throw new Error(`<${component}> rendered on a page that did not call setPageContext()`);
  return context;
}
