/**
 * Reading time of an MDX body: words of prose at a steady adult reading pace. Markup (component tags, their
 * attributes, code, links' targets) is not read, so it does not count.
 */

/** Words per minute of an adult reading news prose on screen. */
export const wordsPerMinute = 230;

/** The words a reader reads in `body`: MDX tags, expressions, imports and URLs removed. */
export function countWords(body: string): number {
  const prose = body
    .replace(/^(?:import|export)\s.*$/gm, ' ')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\{[^{}]*\}/g, ' ')
    .replace(/\]\([^)]*\)/g, ' ')
    .replace(/[#*_>`|[\]-]+/g, ' ');
  return prose.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Whole minutes to read `body`, at least 1. */
export function readingMinutes(body: string, pace = wordsPerMinute): number {
  return Math.max(1, Math.round(countWords(body) / pace));
}
