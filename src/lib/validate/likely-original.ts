/** The original a translation that matches none most likely translates: by what they share, or by its name. */
import type { Entry } from '../load-project.ts';
import { editDistance } from '../edit-distance.ts';
import { citedIds } from '../citations.ts';
import { datasetsUsed } from '../dataset-usage.ts';
import { listed } from '../../schemas/dataset/rows-named.ts';
import { translationKey, type Translatable } from '../translations.ts';
import type { Dated } from './dates.ts';

/** What a page shares with another as a translation does with its original: its date, datasets, sources, case files. */
interface Traits {
  date: number;
  datasets: Set<string>;
  sources: Set<string>;
  cases: Set<string>;
}

const traitsOf = new WeakMap<object, Traits>();

function traits(entry: Entry<Dated & { datasets?: string[]; cases?: string[] }>): Traits {
  let found = traitsOf.get(entry);
  if (!found)
    traitsOf.set(
      entry,
      (found = {
        date: entry.data.date.getTime(),
        datasets: new Set(datasetsUsed(entry.body, entry.data.datasets ?? [])),
        sources: new Set(citedIds(entry.body).map(({ id }) => id)),
        cases: new Set(entry.data.cases ?? []),
      }),
    );
  return found;
}

/**
 * The original a translation that matches none most likely translates, and why it is said: the one it shares the most
 * with (its date, the datasets it charts or lists, the sources it cites, the case files it names; two of those at
 * least, and more than any other original shares), else the one whose key is a few letters from its name (a third of
 * the key at most); undefined rather than a guess. A French file name is far in letters from its English original, and
 * the nearest by spelling alone, however far, named an unrelated story.
 */
export function likelyOriginal<E extends Entry<Dated & { datasets?: string[]; cases?: string[] }>>(
  translation: E,
  originals: ReadonlyMap<string, E>,
): { original: E; why: string } | undefined {
  const own = traits(translation);
  const scored = [...originals.values()].map((original) => {
    const other = traits(original);
    const shared = (mine: Set<string>, theirs: Set<string>) => [...mine].filter((one) => theirs.has(one)).length;
    const counts = {
      date: own.date === other.date ? 1 : 0,
      datasets: shared(own.datasets, other.datasets),
      sources: shared(own.sources, other.sources),
      cases: shared(own.cases, other.cases),
    };
    return { original, counts, score: counts.date + counts.datasets + counts.sources + counts.cases };
  });
  scored.sort((a, b) => b.score - a.score);
  const [best, next] = scored;
  if (best && best.score >= 2 && best.score > (next?.score ?? 0)) {
    const { date, datasets, sources, cases } = best.counts;
    const count = (n: number, one: string, many: string) => (n === 1 ? `a ${one}` : `${n} ${many}`);
    const what = [
      date ? 'its date' : '',
      datasets ? count(datasets, 'dataset', 'datasets') : '',
      sources ? count(sources, 'cited source', 'cited sources') : '',
      cases ? count(cases, 'case file', 'case files') : '',
    ].filter(Boolean);
    return { original: best.original, why: `it shares ${listed(what)} with ${best.original.file}` };
  }
  const key = translationKey(translation as unknown as Entry<Translatable['data']>);
  const near = [...originals].filter(([other]) => editDistance(key, other) <= Math.floor(other.length / 3));
  if (near.length !== 1) return undefined;
  return { original: near[0]![1], why: `the original nearest its name is ${near[0]![1].file}` };
}

/**
 * The original whose key is one or two letters away from `key` (a typo in a translation's file name) and that has no
 * translation in `locale` yet, if there is exactly one.
 */
export function nearOriginal<E extends Entry<Translatable['data']>>(
  key: string,
  originals: ReadonlyMap<string, E>,
  entries: readonly E[],
  locales: ReadonlyMap<Entry<unknown>, string>,
  locale: string,
): E | undefined {
  const translated = new Set(
    entries.filter((entry) => locales.get(entry) === locale).map((entry) => translationKey(entry)),
  );
  const near = [...originals].filter(
    ([other]) => !translated.has(other) && editDistance(key, other) <= Math.min(2, Math.floor(other.length / 4)),
  );
  return near.length === 1 ? near[0]![1] : undefined;
}
