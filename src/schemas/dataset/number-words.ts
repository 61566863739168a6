/**
 * Numbers written in words, in English or French ("seven", "twenty-one", "sept", "vingt et un", "trois cents"), as an
 * editor copies a figure from a sentence into a cell that takes digits: the CSV reader (src/lib/cell-value.ts) and
 * the JSON schema (values.ts) say to write it in digits.
 */

/** The words that numbers are written with, and the ones that join them ("and", "et"), in English and French. */
const numberWord = new RegExp(
  String.raw`^(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|` +
    String.raw`seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|` +
    String.raw`millions?|billions?|and|zéro|un|une|deux|trois|quatre|cinq|sept|huit|neuf|dix|onze|douze|treize|` +
    String.raw`quatorze|quinze|seize|vingts?|trente|quarante|cinquante|soixante|cents?|mille|milliards?|et)$`,
  'iu',
);

/** Whether `text` is a number written in words: number words only, between spaces or hyphens, "and" not alone. */
export function isNumberInWords(text: string): boolean {
  const words = text.trim().split(/[\s\u00a0\u202f-]+/u);
  return words.some((word) => !/^(?:and|et)$/iu.test(word)) && words.every((word) => numberWord.test(word));
}
