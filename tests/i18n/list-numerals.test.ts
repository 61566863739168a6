/**
 * A page's numbered lists count in the digits its figures are written in (`listNumerals`, src/i18n/locales.ts): the
 * CSS counter style it names for each of Intl's numbering systems is read here from Chromium itself, which numbers a
 * list in every style CSS Counter Styles Level 3 predefines; a style is the one for a numbering system when its
 * marker for 1234567890 holds the digits Intl writes that number in.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { listNumerals } from '../../src/i18n/locales.ts';
import { describeBrowser, launchBrowser } from '../helpers/browser.ts';

/** CSS Counter Styles Level 3's predefined numeric counter styles (§6.1), decimal's 0–9 aside. */
const numericStyles = [
  'decimal-leading-zero',
  'arabic-indic',
  'armenian',
  'upper-armenian',
  'lower-armenian',
  'bengali',
  'cambodian',
  'khmer',
  'cjk-decimal',
  'devanagari',
  'georgian',
  'gujarati',
  'gurmukhi',
  'hebrew',
  'kannada',
  'lao',
  'malayalam',
  'mongolian',
  'myanmar',
  'oriya',
  'persian',
  'lower-roman',
  'upper-roman',
  'tamil',
  'telugu',
  'thai',
  'tibetan',
];

/** The number every list starts at: all ten digits. */
const number = 1234567890;

/** How Intl writes `number` in a numbering system, ungrouped. */
const intlDigits = (system: string) =>
  new Intl.NumberFormat(`en-u-nu-${system}`, { useGrouping: false }).format(number);

describeBrowser("a list's numbers in Chromium", () => {
  let browser: Browser;
  /** Each counter style's marker for `number`, without its suffix (". ", "、"), as Chromium gives it to a screen reader. */
  const markers = new Map<string, string>();

  beforeAll(async () => {
    browser = await launchBrowser();
    const tab = await browser.newPage();
    await tab.setContent(
      numericStyles.map((style) => `<ol start="${number}" style="list-style-type: ${style}"><li>x</li></ol>`).join(''),
    );
    const cdp = await tab.context().newCDPSession(tab);
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const names = nodes.filter((node) => node.role?.value === 'ListMarker').map((node) => String(node.name?.value));
    expect(names).toHaveLength(numericStyles.length);
    numericStyles.forEach((style, i) => markers.set(style, names[i]!.replace(/(\. |、)$/, '')));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("names the counter style whose digits are Intl's for each of its numbering systems, and none where CSS has none", () => {
    const systems = Intl.supportedValuesOf('numberingSystem').filter((system) => system !== 'latn');
    const named = Object.fromEntries(systems.map((system) => [system, listNumerals(`en-u-nu-${system}`)]));
    const sameDigits = Object.fromEntries(
      systems.map((system) => [system, numericStyles.filter((style) => markers.get(style) === intlDigits(system))]),
    );
    for (const system of systems) {
      if (sameDigits[system]!.length === 0) expect(named[system], system).toBeUndefined();
      else expect(sameDigits[system], system).toContain(named[system]);
    }
    // Those languages count in by default (CLDR): Persian, Arabic, Bengali, Devanagari, Burmese, Tibetan.
    expect(named).toMatchObject({
      arabext: 'persian',
      arab: 'arabic-indic',
      beng: 'bengali',
      deva: 'devanagari',
      mymr: 'myanmar',
      tibt: 'tibetan',
    });
  });
});
