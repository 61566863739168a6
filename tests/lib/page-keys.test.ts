/**
 * What the site key of Astro's incremental build covers besides the collections (src/lib/page-keys.ts): here, the
 * datasets the site's own MDX pages link, read from files. tests/build/incremental.test.ts covers the collections.
 */
import { describe, expect, it, vi } from 'vitest';

const usage = vi.hoisted(() => ({ datasets: [['linked']] as string[][] }));
vi.mock('astro:content', () => ({ getCollection: async () => [] }));
vi.mock('../../src/lib/dataset-usage.ts', async (original) => ({
  ...(await original<typeof import('../../src/lib/dataset-usage.ts')>()),
  sitePagesUsage: () => usage.datasets.map((datasets) => ({ datasets, published: true })),
}));
const { computeSiteKey } = await import('../../src/lib/page-keys.ts');

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
