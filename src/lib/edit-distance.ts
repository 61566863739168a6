/**
 * How far apart two names are, for "did you mean" hints in the preflight's messages.
 */

/** Levenshtein distance: the fewest letters inserted, removed or replaced to turn `a` into `b`. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The one name of `names` that `name` is a typo of (at most `limit` letters off), for a "did you mean" hint: undefined
 * when none is that close, or when several are (the hint would be a guess).
 */
export function nearestName(name: string, names: Iterable<string>, limit = 2): string | undefined {
  let found: string | undefined;
  for (const other of names) {
    if (other === name || Math.abs(other.length - name.length) > limit || editDistance(name, other) > limit) continue;
    if (found !== undefined) return undefined;
    found = other;
  }
  return found;
}
