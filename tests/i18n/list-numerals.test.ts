/**
 * A page's numbered lists count in the digits its figures are written in (src/i18n/list-numerals.ts): the CSS
 * counter style `listNumerals` names for each of Intl's numbering systems is checked in Chromium itself, which numbers
 * a list in every style CSS Counter Styles Level 3 predefines; a style is the one for a numbering system when its
 * marker for 1234567890 holds the digits Intl writes that number in.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { listNumerals, listNumeralsCss, listNumeralsStylesheet } from '../../src/i18n/list-numerals.ts';
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

describe('listNumerals', () => {
  it("number lists in the digits Intl writes the language's figures in, where CSS has their counter style", () => {
    expect(['fa', 'ps', 'ar-EG', 'ar', 'en', 'fr'].map((code) => listNumerals(code))).toEqual([
      'persian',
      'persian',
      'arabic-indic',
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('number lists in Bengali, Devanagari, Burmese and Tibetan digits where Intl writes the figures in them', () => {
    // Intl's default numbering systems, as CLDR gives them: beng for Bengali, Assamese and Manipuri; deva for Marathi,
    // Nepali and Sanskrit; mymr for Burmese; tibt for Dzongkha.
    const codes = ['bn', 'as', 'mni', 'mr', 'ne', 'sa', 'my', 'dz'];
    expect(Object.fromEntries(codes.map((code) => [code, listNumerals(code)]))).toEqual({
      bn: 'bengali',
      as: 'bengali',
      mni: 'bengali',
      mr: 'devanagari',
      ne: 'devanagari',
      sa: 'devanagari',
      my: 'myanmar',
      dz: 'tibetan',
    });
  });

  it("number lists in the digits a locale's -u-nu- extension chooses, where CSS predefines their counter style", () => {
    const codes = ['hi-IN-u-nu-deva', 'th-u-nu-thai', 'ta-u-nu-tamldec', 'pa-u-nu-guru', 'en-u-nu-latn'];
    expect(codes.map((code) => listNumerals(code))).toEqual(['devanagari', 'thai', 'tamil', 'gurmukhi', undefined]);
    // Traditional Tamil numerals are not written digit by digit (௲ is 1,000): CSS's tamil is the decimal digits.
    expect(listNumerals('ta-u-nu-taml')).toBeUndefined();
    // Chakma, N'Ko, Ol Chiki: Intl writes figures in their digits, CSS predefines no counter style for them.
    expect(['ccp', 'nqo', 'sat'].map((code) => listNumerals(code))).toEqual([undefined, undefined, undefined]);
  });

  it("link a language's pages to a stylesheet of one rule in its counter style, and no stylesheet for 0–9", () => {
    expect(['fa', 'bn', 'en'].map((code) => listNumeralsStylesheet(code))).toEqual([
      '/numerals/persian.css',
      '/numerals/bengali.css',
      undefined,
    ]);
    expect(listNumeralsCss('bengali')).toBe(':where(ol:not([type])){list-style-type:bengali}\n');
  });
});

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
