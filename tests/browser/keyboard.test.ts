/**
 * Keyboard use in Chromium: the first Tab reaches the skip link, which shows itself and moves focus to the main
 * content; focused links carry a visible outline.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { serveSite, type SiteServer } from '../../scripts/serve.ts';
import { demoDist } from '../helpers/site.ts';
import { describeBrowser, launchBrowser, pageKinds, viewport } from '../helpers/browser.ts';

const kinds = pageKinds();
// A kind the build lacks stays in the list, undefined, and its tests fail saying so (as pageKinds promises): dropped
// from it, its tests would not exist, and a site without a story page would pass here.
const pages = [['home', kinds.home], ['story', kinds.story]] as const;

describeBrowser('keyboard navigation in Chromium', () => {
  let browser: Browser;
  let server: SiteServer;

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), serveSite(demoDist)]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each(pages)('on the %s page (%s) the first Tab focuses the visible skip link and Enter moves focus to main', async (kind, path) => {
    expect(path, `the demo build has no ${kind} page`).toBeDefined();
    const context = await browser.newContext(viewport(1280));
    const page = await context.newPage();
    await page.goto(server.origin + path!);
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement;
      const box = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      return {
        className: element.className,
        href: element.getAttribute('href'),
        inViewport: box.width > 0 && box.height > 0 && box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight,
        outline: `${style.outlineStyle} ${style.outlineWidth}`,
      };
    });
    expect(skip.href).toBe('#main');
    expect(skip.className).toContain('skip-link');
    expect(skip.inViewport, 'the focused skip link is on screen').toBe(true);
    expect(skip.outline, 'the focused skip link has an outline').not.toMatch(/^none|\s0px$/);

    await page.keyboard.press('Enter');
    const focused = await page.evaluate(() => ({
      id: document.activeElement?.id,
      tag: document.activeElement?.tagName,
      hash: location.hash,
    }));
    expect(focused).toEqual({ id: 'main', tag: 'MAIN', hash: '#main' });
    await context.close();
  });

  it.each(pages)('on the %s page (%s) the link after the skip target shows a visible focus outline', async (kind, path) => {
    expect(path, `the demo build has no ${kind} page`).toBeDefined();
    const context = await browser.newContext(viewport(1280));
    const page = await context.newPage();
    await page.goto(server.origin + path!);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement;
      const style = getComputedStyle(element);
      return {
        inMain: !!element.closest('main'),
        matchesFocusVisible: element.matches(':focus-visible'),
        outline: `${style.outlineStyle} ${style.outlineWidth}`,
        text: element.textContent?.trim().slice(0, 40),
      };
    });
    expect(focus.inMain, `focus went to "${focus.text}"`).toBe(true);
    expect(focus.matchesFocusVisible).toBe(true);
    expect(focus.outline, `focus outline of "${focus.text}"`).not.toMatch(/^none|\s0px$/);
    await context.close();
  });
});
