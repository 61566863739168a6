/**
 * Related pages: other stories and case files that share countries or tags with a page, the most shared first.
 *
 * Every story page asks for its related pages among all pages of its edition, so comparing each page with every
 * other one grows with the square of the archive (at 10,000 stories, 100 million comparisons per build). Instead,
 * the candidates are indexed once by country and tag (`relatedFinder`, remembered per candidate list), and a page's
 * answer costs only the pages that share something with it.
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

/** Finds up to `limit` candidates related to a page (see `relatedTo`). */
export type RelatedFinder<T extends Relatable> = (page: Relatable, limit?: number) => T[];

/**
 * Indexes `candidates` by country and tag once; the finder then scores only the candidates that share something
 * with a page, as `relatedness` would, and keeps the best `limit` by score, then newest, then key.
 */
export function relatedFinder<T extends Relatable>(candidates: readonly T[]): RelatedFinder<T> {
  // Ties between equal scores go to the newest, then to the key: sorting once makes that the lower index.
  const ordered = [...candidates].sort(
    (a, b) => b.date.getTime() - a.date.getTime() || a.key.localeCompare(b.key, 'en'),
  );
  const index = (values: (c: T) => readonly string[]) => {
    const postings = new Map<string, number[]>();
    ordered.forEach((candidate, i) => {
      for (const value of new Set(values(candidate))) {
        const list = postings.get(value);
        if (list) list.push(i);
        else postings.set(value, [i]);
      }
    });
    return postings;
  };
  const byCountry = index((c) => c.countries);
  const byTag = index((c) => c.tags);
  const scores = new Int32Array(ordered.length);

  return (page, limit = 4) => {
    const touched: number[] = [];
    const add = (postings: Map<string, number[]>, values: readonly string[], weight: number) => {
      // Each of the page's values counts once per candidate holding it, as `relatedness` counts them.
      for (const value of values) {
        for (const i of postings.get(value) ?? []) {
          if (scores[i] === 0) touched.push(i);
          scores[i]! += weight;
        }
      }
    };
    add(byCountry, page.countries, 2);
    add(byTag, page.tags, 1);
    // The best `limit` by score, then by index (newest, then key): a short list kept sorted while scanning.
    const best: number[] = [];
    const better = (i: number, j: number) => scores[i]! > scores[j]! || (scores[i] === scores[j] && i < j);
    for (const i of touched) {
      if (ordered[i]!.key === page.key) continue;
      if (best.length === limit && !better(i, best[best.length - 1]!)) continue;
      let at = best.length;
      while (at > 0 && better(i, best[at - 1]!)) at--;
      best.splice(at, 0, i);
      if (best.length > limit) best.pop();
    }
    const found = best.map((i) => ordered[i]!);
    for (const i of touched) scores[i] = 0;
    return found;
  };
}

const finders = new WeakMap<readonly Relatable[], RelatedFinder<Relatable>>();

/**
 * Up to `limit` candidates sharing something with `page`, by relatedness, then newest first, then key. The index of
 * `candidates` is built on the first call and reused while the same list is passed.
 */
export function relatedTo<T extends Relatable>(page: Relatable, candidates: readonly T[], limit = 4): T[] {
  let find = finders.get(candidates);
  if (!find) {
    find = relatedFinder(candidates) as RelatedFinder<Relatable>;
    finders.set(candidates, find);
  }
  return find(page, limit) as T[];
}
