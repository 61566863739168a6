/**
 * What the keys of Astro's incremental build cover besides what tests/build/incremental.test.ts builds
 * (src/lib/page-keys.ts): the datasets the site's own MDX pages link, read from files, and which collections the
 * site-wide part of a story or case file page's key leaves out.
 */
import { describe, expect, it, vi } from 'vitest';

const usage = vi.hoisted(() => ({ datasets: [['linked']] as string[][] }));
const collections = vi.hoisted(
  () => ({}) as Record<string, { id: string; data: Record<string, unknown>; body?: string }[]>,
);
vi.mock('astro:content', () => ({ getCollection: async (name: string) => collections[name] ?? [] }));
vi.mock('../../src/lib/dataset-usage.ts', async (original) => ({
  ...(await original<typeof import('../../src/lib/dataset-usage.ts')>()),
  sitePagesUsage: () => usage.datasets.map((datasets) => ({ datasets, published: true })),
}));
const { computeSharedKey, computeSiteKey } = await import('../../src/lib/page-keys.ts');

describe('the site key', () => {
  const now = new Date('2026-11-22T12:00:00Z');

  it("changes when the site's own pages link another dataset, which every list and feed may then show", async () => {
    const before = await computeSiteKey(now, false);
    expect(await computeSiteKey(now, false)).toBe(before);
    usage.datasets = [['linked'], ['another']];
    expect(await computeSiteKey(now, false)).not.toBe(before);
    usage.datasets = [['linked']];
    expect(await computeSiteKey(now, false)).toBe(before);
  });
});

describe("the site-wide part of a story's or case file's key", () => {
  const now = new Date('2026-11-22T12:00:00Z');
  const story = (title: string) => ({ id: 'a-story', data: { title, cases: [], countries: [], tags: [] }, body: '' });

  it("leaves out the stories' frontmatter, which the lists' key holds", async () => {
    collections.stories = [story('A title')];
    const [site, shared] = await Promise.all([computeSiteKey(now, false), computeSharedKey(now, false)]);
    collections.stories = [story('Another title')];
    expect(await computeSiteKey(now, false)).not.toBe(site);
    expect(await computeSharedKey(now, false)).toBe(shared);
    collections.stories = [story('A title'), { ...story('A new story'), id: 'a-new-story' }];
    expect(await computeSharedKey(now, false)).toBe(shared);
  });

  it('changes with a dataset, a source, the preview flag and the datasets the own pages link', async () => {
    collections.datasets = [{ id: 'a-dataset', data: { title: 'A dataset' } }];
    collections.sources = [{ id: 'a-source', data: { title: 'A source' } }];
    const before = await computeSharedKey(now, false);
    expect(await computeSharedKey(now, true)).not.toBe(before);
    collections.datasets = [{ id: 'a-dataset', data: { title: 'A dataset, corrected' } }];
    expect(await computeSharedKey(now, false)).not.toBe(before);
    collections.datasets = [{ id: 'a-dataset', data: { title: 'A dataset' } }];
    collections.sources = [{ id: 'a-source', data: { title: 'A source, renamed' } }];
    expect(await computeSharedKey(now, false)).not.toBe(before);
    collections.sources = [{ id: 'a-source', data: { title: 'A source' } }];
    usage.datasets = [['linked'], ['another']];
    expect(await computeSharedKey(now, false)).not.toBe(before);
    usage.datasets = [['linked']];
    expect(await computeSharedKey(now, false)).toBe(before);
  });
});
