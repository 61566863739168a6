/**
 * A page's numbered lists count in the digits its figures are written in (src/i18n/list-numerals.ts): the CSS
 * counter style `listNumerals` names for each of Intl's numbering systems is checked in Chromium itself, which numbers
 * a list in every style CSS Counter Styles Level 3 predefines; a style is the one for a numbering system when its
 * marker for 1234567890 holds the digits Intl writes that number in. Where none does, the style's stylesheet defines
 * one (@counter-style), and Chromium numbers a list in Intl's digits with it.
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

  it("number lists in the digits a locale's -u-nu- extension chooses, and in those CSS predefines no style for", () => {
    const codes = ['hi-IN-u-nu-deva', 'th-u-nu-thai', 'ta-u-nu-tamldec', 'pa-u-nu-guru', 'en-u-nu-latn'];
    expect(codes.map((code) => listNumerals(code))).toEqual(['devanagari', 'thai', 'tamil', 'gurmukhi', undefined]);
    // Traditional Tamil numerals are not written digit by digit (௲ is 1,000): CSS's tamil is the decimal digits.
    expect(listNumerals('ta-u-nu-taml')).toBeUndefined();
    // Chakma, N'Ko, Ol Chiki, Adlam: Intl writes figures in their digits, CSS predefines no counter style for them,
    // and their stylesheet defines one under Intl's name.
    const own = ['ccp', 'nqo', 'sat', 'ff-Adlm'];
    expect(own.map((code) => listNumerals(code))).toEqual(['cakm', 'nkoo', 'olck', 'adlm']);
  });

  it("link a language's pages to a stylesheet of one rule in its counter style, and no stylesheet for 0–9", () => {
    expect(['fa', 'bn', 'en'].map((code) => listNumeralsStylesheet(code))).toEqual([
      '/numerals/persian.css',
      '/numerals/bengali.css',
      undefined,
    ]);
    expect(listNumeralsCss('bengali')).toBe(':where(ol:not([type])){list-style-type:bengali}\n');
    // Ol Chiki's digits, ᱐ to ᱙, as ASCII escapes.
    expect(listNumeralsCss('olck')).toBe(
      '@counter-style olck{system:numeric;symbols:"\\1c50" "\\1c51" "\\1c52" "\\1c53" "\\1c54" "\\1c55" "\\1c56" "\\1c57" "\\1c58" "\\1c59"}\n' +
        ':where(ol:not([type])){list-style-type:olck}\n',
    );
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

  /** The numbering systems Intl writes figures in, 0–9 aside, and the style listNumerals names for each. */
  const systems = Intl.supportedValuesOf('numberingSystem').filter((system) => system !== 'latn');
  const named = Object.fromEntries(systems.map((system) => [system, listNumerals(`en-u-nu-${system}`)!]));

  it("names CSS's own counter style where one writes Intl's digits, else Intl's name for them", () => {
    for (const system of systems) {
      const sameDigits = numericStyles.filter((style) => markers.get(style) === intlDigits(system));
      if (sameDigits.length === 0) expect(named[system], system).toBe(system);
      else expect(sameDigits, system).toContain(named[system]);
    }
    // Those languages count in by default (CLDR): Persian, Arabic, Bengali, Devanagari, Burmese, Tibetan, Chakma, N'Ko,
    // Ol Chiki, Adlam.
    expect(named).toMatchObject({
      arabext: 'persian',
      arab: 'arabic-indic',
      beng: 'bengali',
      deva: 'devanagari',
      mymr: 'myanmar',
      tibt: 'tibetan',
      cakm: 'cakm',
      nkoo: 'nkoo',
      olck: 'olck',
      adlm: 'adlm',
    });
  });

  it("numbers a list in Intl's digits with the stylesheet of each, for every numbering system Intl has", async () => {
    const tab = await browser.newPage();
    const cdp = await tab.context().newCDPSession(tab);
    const wrong: string[] = [];
    for (const system of systems) {
      await tab.setContent(`<style>${listNumeralsCss(named[system]!)}</style><ol start="${number}"><li>x</li></ol>`);
      const { nodes } = await cdp.send('Accessibility.getFullAXTree');
      const marker = nodes.find((node) => node.role?.value === 'ListMarker')?.name?.value;
      if (String(marker).replace(/(\. |、)$/, '') !== intlDigits(system)) wrong.push(`${system}: ${marker}`);
    }
    expect(wrong).toEqual([]);
    expect(systems.length).toBeGreaterThan(70);
  });
});
