/**
 * What Chromium gives a screen reader, read from its accessibility tree through the DevTools protocol: the text of a
 * part of the page as assistive technology gets it, generated content (CSS `content`) included.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { serveSite, type SiteServer } from '../../scripts/serve.ts';
import { describeBrowser, launchBrowser, viewport } from '../helpers/browser.ts';
import { demoDist } from '../helpers/site.ts';

interface AXNode {
  nodeId: string;
  ignored: boolean;
  role?: { value: string };
  name?: { value: string };
  childIds?: string[];
  backendDOMNodeId?: number;
}

/** The text of the element `selector` as the accessibility tree holds it: its text nodes' names, in order. */
async function accessibleText(page: Page, selector: string): Promise<string> {
  const devtools = await page.context().newCDPSession(page);
  const { root } = await devtools.send('DOM.getDocument', { depth: 0 });
  const { nodeId } = await devtools.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { node } = await devtools.send('DOM.describeNode', { nodeId });
  const { nodes } = (await devtools.send('Accessibility.getFullAXTree')) as unknown as { nodes: AXNode[] };
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const start = nodes.find((n) => n.backendDOMNodeId === node.backendNodeId);
  if (!start) throw new Error(`${selector} is not in the accessibility tree`);
  const texts: string[] = [];
  const walk = (n: AXNode) => {
    if (!n.ignored && n.role?.value === 'StaticText' && n.name?.value) texts.push(n.name.value);
    for (const id of n.childIds ?? []) walk(byId.get(id)!);
  };
  walk(start);
  await devtools.detach();
  return texts.join('').replace(/\s+/g, ' ').trim();
}

describeBrowser("the accessibility tree's text in Chromium", () => {
  let browser: Browser;
  let server: SiteServer;
  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), serveSite(demoDist)]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  // The dots the style sheet draws between a byline's items (content: attr(data-sep), from 40rem up) were read
  // aloud: "· By Casefile demo desk · Published …". They are given an empty alternative: drawn, not read.
  it("draws the separators between a byline's items at 1280 px, and gives a screen reader none of them", async () => {
    const context = await browser.newContext(viewport(1280));
    const page = await context.newPage();
    for (const [path, by] of [
      ['/stories/the-interpol-files/', 'By '],
      ['/fr/stories/the-interpol-files/', 'Par '],
      ['/cases/igor-pestrikov/', 'By '],
    ] as const) {
      await page.goto(server.origin + path);
      const read = await accessibleText(page, '.byline');
      expect(read, path).toMatch(new RegExp(`^${by}\\S`));
      expect(read, path).not.toContain('·');
      const drawn = await page.evaluate(() =>
        [...document.querySelectorAll('.byline > span')].map((span) => {
          const style = getComputedStyle(span, '::before');
          return `${style.display} ${style.content}`;
        }),
      );
      expect(drawn.length, path).toBeGreaterThan(1);
      for (const separator of drawn) expect(separator, path).toMatch(/^inline-block "·"/);
    }
    await context.close();
  });

  // A screen reader's list of links read a story's figures as numbers alone: "196, 86,000, 10%, 4,817, 4,457…".
  // Chromium names each figure's link by its figure, what it measures and where it leads (src/lib/fact-purpose.ts).
  it.each(['/', '/stories/the-interpol-files/', '/cases/igor-pestrikov/', '/fr/', '/fr/stories/the-interpol-files/'])(
    "names no link on %s by a figure alone, and each figure's link by its figure first",
    async (path) => {
      const context = await browser.newContext(viewport(1280));
      const page = await context.newPage();
      await page.goto(server.origin + path);
      const names = (await page.locator('main').ariaSnapshot())
        .split('\n')
        // The snapshot writes every space as one (French groups digits with U+202F): compared so on both sides.
        .map((line) => /^\s*- link "(.*)"/.exec(line)?.[1]?.replace(/\s+/gu, ' '))
        .filter((name): name is string => name !== undefined);
      const figures = await page.$$eval('.fact > a:first-child', (links) =>
        links.map((a) => a.firstChild!.textContent!.replace(/\s+/gu, ' ')),
      );
      await context.close();
      expect(figures.length, 'figures on the page').toBeGreaterThan(1);
      expect(names.filter((name) => !/\p{L}/u.test(name))).toEqual([]);
      for (const figure of figures)
        expect(
          names.some((name) => name.startsWith(`${figure} (`) && /\p{L}/u.test(name.slice(figure.length))),
          `a link named "${figure} (…)"`,
        ).toBe(true);
    },
  );
});
