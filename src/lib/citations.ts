/**
 * Citation order for a page: the source ids its body cites with <Cite id="…" /> (or a list, id="a, b" or
 * id={["a","b"]}), numbered in order of first appearance, so each <Cite> prints the same number as the sources
 * list at the end of the page.
 */
import { findComponentUses, optionLine } from './mdx-usage.ts';

/** What `<Cite>` says when it names no source. */
export const citeIdExpected = 'expected a source id, e.g. id="fair-trials-2013" (several: id="a, b")';

/** Splits a Cite id prop into source ids: a string of ids separated by commas or spaces, or an array. */
export function splitIds(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value === 'string') return value.split(/[\s,]+/).filter(Boolean);
  return [];
}

export function citedIds(body: string, lineOffset = 0): { id: string; line: number }[] {
  return findComponentUses(body, lineOffset)
    .filter((use) => use.component === 'Cite')
    .flatMap((use) => splitIds(use.props.id).map((id) => ({ id, line: optionLine(use, 'id') })));
}

/** Source id -> how many times the body cites it: each citation gets a link back from the sources list. */
export function citationCounts(body: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { id } of citedIds(body)) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}

/** The id of a source's `nth` citation (1-based) in the text: the target of the sources list's link back to it. */
export const citationAnchor = (id: string, nth: number): string => `cite-${id}-${nth}`;

/** Source id -> note number (1-based), in order of first citation. */
export function citationNumbers(body: string): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const { id } of citedIds(body)) if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
  return numbers;
}
