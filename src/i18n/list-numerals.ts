/**
 * Numbered lists in the digits a page's figures are written in: ۱. ۲. ۳. on a Persian page, ১. ২. ৩. on a Bengali
 * one, so that a list's numbers match the figures and note numbers around them. A page of such a language links a
 * stylesheet of its own (src/pages/numerals/[style].css.ts), which no other page loads: the site's stylesheet, which
 * every page loads, holds no rule per script.
 */
import { writtenLocale } from './locales.ts';

/**
 * CSS's counter style for each of Intl's numbering systems whose ten digits one of CSS Counter Styles Level 3's
 * predefined styles writes (tests/i18n/list-numerals.test.ts compares them in Chromium). Languages default to the
 * first ones (CLDR, Node 24): arabext for fa, ps, ks, mzn, ur-IN; arab for ar-EG, ar-SA and the Arabic of most of
 * the Middle East, ckb, sd; beng for bn, as, mni; deva for mr, ne, sa; mymr for my; tibt for dz. A locale's
 * `-u-nu-` picks any other (`intl: 'th-TH-u-nu-thai'`).
 */
const predefined: Readonly<Record<string, string>> = {
  arabext: 'persian',
  arab: 'arabic-indic',
  beng: 'bengali',
  deva: 'devanagari',
  mymr: 'myanmar',
  tibt: 'tibetan',
  gujr: 'gujarati',
  guru: 'gurmukhi',
  hanidec: 'cjk-decimal',
  khmr: 'khmer',
  knda: 'kannada',
  laoo: 'lao',
  mlym: 'malayalam',
  mong: 'mongolian',
  orya: 'oriya',
  tamldec: 'tamil',
  telu: 'telugu',
  thai: 'thai',
};

/** Intl's numbering system per code, remembered: every page asks (building a NumberFormat takes ~20 µs). */
const numberingSystems = new Map<string, string>();

function numberingSystem(code: string): string {
  let system = numberingSystems.get(code);
  if (system === undefined)
    numberingSystems.set(code, (system = new Intl.NumberFormat(writtenLocale(code)).resolvedOptions().numberingSystem));
  return system;
}

/**
 * The CSS counter style that numbers a list in the digits `code`'s figures are written in: CSS's own where it has
 * one ("persian" for fa, whose figures Intl writes ۴٬۸۱۷), else Intl's name for the digits ("cakm" for Chakma's, ccp),
 * which the language's stylesheet defines (`listNumeralsCss`); undefined for 0–9, CSS's decimal.
 */
export function listNumerals(code: string): string | undefined {
  const system = numberingSystem(code);
  return system === 'latn' ? undefined : (predefined[system] ?? system);
}

/**
 * The address of the stylesheet that numbers the lists of `code`'s pages in its figures' digits
 * ("/numerals/persian.css" for fa), linked by those pages alone; undefined where lists count in 0–9.
 */
export function listNumeralsStylesheet(code: string): string | undefined {
  const style = listNumerals(code);
  return style && `/numerals/${style}.css`;
}

/**
 * The stylesheet that numbers lists in `style`, a name `listNumerals` gives. A style CSS does not predefine (Intl's
 * Chakma, N'Ko, Ol Chiki and Adlam digits, for ccp, nqo, sat and ff-Adlm) is defined from the ten digits Intl writes,
 * as a @counter-style, which Chromium, Firefox and Safari (17 and later) read; a browser that does not counts 1. 2. 3.
 */
export function listNumeralsCss(style: string): string {
  const rule = `:where(ol:not([type])){list-style-type:${style}}\n`;
  if (Object.values(predefined).includes(style)) return rule;
  const digits = [...Array(10).keys()].map((digit) =>
    cssString(new Intl.NumberFormat(`en-u-nu-${style}`).format(digit)),
  );
  return `@counter-style ${style}{system:numeric;symbols:${digits.join(' ')}}\n${rule}`;
}

/** `text` as a CSS string of escapes (`"\11136"` for 𑄶), in ASCII: read the same whatever encoding a host declares. */
function cssString(text: string): string {
  return `"${[...text].map((character) => `\\${character.codePointAt(0)!.toString(16)}`).join('')}"`;
}
