/**
 * The language switcher in the header, in Chromium: at 1280 px it sat beside the sections, in their type and with their
 * spacing ("English Français Stories Case files…"), and read as one more of them. It is set apart from them and reads
 * as what it is: beside them, a globe before the languages and a rule between them and the sections; on a phone, the
 * end of the site's name's row; everywhere a landmark named "Language", each language a link marked with its
 * language and the language it leads to.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { serveSite, type SiteServer } from '../../scripts/serve.ts';
import { describeBrowser, launchBrowser, viewport } from '../helpers/browser.ts';
import { demoDist } from '../helpers/site.ts';

describeBrowser('the language switcher in Chromium', () => {
  let browser: Browser;
  let server: SiteServer;
  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), serveSite(demoDist)]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each([
    [1280, 'light'],
    [1280, 'dark'],
    [360, 'light'],
    [360, 'dark'],
  ] as const)(
    'is set apart from the sections and named as a language switcher at %i px (%s)',
    async (width, scheme) => {
      const context = await browser.newContext(viewport(width, scheme));
      const page = await context.newPage();
      const problems: string[] = [];
      for (const [path, label] of [
        ['/stories/', 'Language'],
        ['/fr/stories/', 'Langue'],
        ['/stories/two-decades-of-red-notices/', 'Language'],
      ] as const) {
        await page.goto(server.origin + path);
        await page.evaluate(() => document.fonts.ready);
        const seen = await page.evaluate(() => {
          /** WCAG's relative luminance of a computed "rgb(r, g, b)" colour. */
          const luminance = (colour: string) => {
            const [r, g, b] = colour
              .match(/[\d.]+/g)!
              .slice(0, 3)
              .map((v) => {
                const c = Number(v) / 255;
                return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
              });
            return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
          };
          const contrast = (a: string, b: string) => {
            const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
            return (high! + 0.05) / (low! + 0.05);
          };
          const switcher = document.querySelector<HTMLElement>('.site-header nav.language-switcher')!;
          const sections = document.querySelector<HTMLElement>('.site-header nav:not(.language-switcher)')!;
          const icon = switcher.querySelector<SVGElement>('svg');
          const iconBox = icon?.getBoundingClientRect();
          const style = getComputedStyle(switcher);
          const header = getComputedStyle(document.body).backgroundColor;
          const lastLanguage = [...switcher.querySelectorAll('a, [aria-current]')].at(-1)!.getBoundingClientRect();
          const firstSection = sections.querySelector('a')!.getBoundingClientRect();
          const brand = document.querySelector('.site-header .brand')!.getBoundingClientRect();
          return {
            besideName:
              switcher.getBoundingClientRect().top < brand.bottom &&
              switcher.getBoundingClientRect().left > brand.right,
            label: switcher.getAttribute('aria-label'),
            icon:
              icon && iconBox!.width > 0
                ? {
                    hidden: icon.getAttribute('aria-hidden'),
                    size: Math.round(Math.min(iconBox!.width, iconBox!.height)),
                    contrast: contrast(getComputedStyle(icon).color, header),
                    beforeLanguages: iconBox!.right <= switcher.querySelector('li')!.getBoundingClientRect().left,
                  }
                : null,
            rule: {
              width: parseFloat(style.borderInlineEndWidth),
              style: style.borderInlineEndStyle,
              contrast: contrast(style.borderInlineEndColor, header),
            },
            sameRow: Math.abs(lastLanguage.top - firstSection.top) < lastLanguage.height / 2,
            gap: Math.round(firstSection.left - lastLanguage.right),
            links: [...switcher.querySelectorAll('a')].map((a) => ({
              lang: a.getAttribute('lang'),
              hreflang: a.getAttribute('hreflang'),
            })),
          };
        });
        const at = `${path} at ${width} px (${scheme})`;
        if (seen.label !== label) problems.push(`${at}: the switcher is named ${JSON.stringify(seen.label)}`);
        // Beside the sections, a globe says what the languages are; a phone has them on the name's row instead.
        if (!seen.icon && seen.sameRow) problems.push(`${at}: no globe before the languages beside the sections`);
        if (!seen.sameRow && !seen.besideName)
          problems.push(`${at}: the languages are neither beside the sections nor on the name's row`);
        if (seen.icon) {
          if (seen.icon.hidden !== 'true') problems.push(`${at}: the globe is read aloud`);
          if (seen.icon.size < 14) problems.push(`${at}: the globe is ${seen.icon.size} px`);
          if (seen.icon.contrast < 3)
            problems.push(`${at}: the globe's contrast is ${seen.icon.contrast.toFixed(2)}:1`);
          if (!seen.icon.beforeLanguages) problems.push(`${at}: the globe is not before the languages`);
        }
        // Beside the sections, on one row, a rule parts them (3:1, WCAG 1.4.11) with room either side of it.
        if (seen.sameRow) {
          if (seen.rule.width < 1 || seen.rule.style === 'none')
            problems.push(`${at}: nothing parts the languages from the sections`);
          else if (seen.rule.contrast < 3)
            problems.push(`${at}: the rule's contrast is ${seen.rule.contrast.toFixed(2)}:1`);
          if (seen.gap < 32) problems.push(`${at}: ${seen.gap} px between the last language and the first section`);
        }
        if (width === 1280 && !seen.sameRow) problems.push(`${at}: the languages and the sections are not on one row`);
        if (seen.links.length === 0) problems.push(`${at}: no language to switch to`);
        for (const { lang, hreflang } of seen.links)
          if (!lang || lang !== hreflang)
            problems.push(`${at}: a language's link has lang=${lang} hreflang=${hreflang}`);
      }
      await context.close();
      expect(problems).toEqual([]);
    },
  );
});
