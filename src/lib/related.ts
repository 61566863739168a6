/**
 * Related pages: other stories and case files that share countries or tags with a page, the most shared first.
 */

export interface Relatable {
  /** A key unique across kinds, e.g. "story:the-files" or "case:x". */
  key: string;
  countries: readonly string[];
  tags: readonly string[];
  date: Date;
}

/** How much two pages share: a country counts double a tag, since the site is organised around states. */
export function relatedness(a: Relatable, b: Relatable): number {
  const shared = (x: readonly string[], y: readonly string[]) => x.filter((v) => y.includes(v)).length;
  return 2 * shared(a.countries, b.countries) + shared(a.tags, b.tags);
}

/** Up to `limit` candidates sharing something with `page`, by relatedness, then newest first, then key. */
export function relatedTo<T extends Relatable>(page: Relatable, candidates: readonly T[], limit = 4): T[] {
  return candidates
    .filter((c) => c.key !== page.key)
    .map((c) => ({ c, score: relatedness(page, c) }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || b.c.date.getTime() - a.c.date.getTime() || a.c.key.localeCompare(b.c.key))
    .slice(0, limit)
    .map(({ c }) => c);
}
