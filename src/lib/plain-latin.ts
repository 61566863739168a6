/**
 * Latin letters in plain ASCII, for names made from titles and labels (a file's, an identifier's).
 */

/** Letters with no accent to drop, spelled out: "œ" is "oe" in "main-d’œuvre", not punctuation. */
const spelledOut: Readonly<Record<string, string>> = {
  ı: 'i',
  İ: 'i',
  ł: 'l',
  Ł: 'l',
  ß: 'ss',
  æ: 'ae',
  Æ: 'ae',
  ø: 'o',
  Ø: 'o',
  œ: 'oe',
  Œ: 'oe',
  đ: 'd',
  Đ: 'd',
  þ: 'th',
  Þ: 'th',
};

/**
 * `text` with its Latin letters in plain ASCII: accents dropped ("Ça" -> "Ca"), letters without a separable accent
 * spelled out ("ß" -> "ss", "œ" -> "oe"). Letters of other scripts are left as they are.
 */
export function plainLatin(text: string): string {
  return text.replace(
    /\p{Script=Latin}\p{M}*/gu,
    (letter) => spelledOut[letter] ?? letter.normalize('NFKD').replace(/\p{M}+/gu, ''),
  );
}
