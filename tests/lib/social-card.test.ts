import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { cardSize, cardStats, drawSocialCard, keyFigure, renderSocialCard, socialCardPath } from '../../src/lib/social-card.ts';
import type { Dataset } from '../../src/schemas/dataset.ts';

const issued = {
  title: 'Red notices issued per year',
  description: 'x',
  sources: ['s'],
  license: 'x',
  updated: new Date('2026-01-01'),
  columns: {
    year: { type: 'integer', description: 'Year' },
    issued: { type: 'integer', unit: 'notices', description: 'Red notices issued' },
  },
  rows: [
    { year: 2024, issued: 15548 },
    { year: 2023, issued: null },
  ],
  notes: [],
  corrections: [],
} as unknown as Dataset;
const datasets = new Map([['issued', issued]]);

describe('social cards', () => {
  it('are published at /og/<collection>/<slug>.png', () => {
    expect(socialCardPath('stories', 'the-backlog')).toBe('/og/stories/the-backlog.png');
  });

  it('take the first Fact with a value as the key figure, formatted as the page prints it', () => {
    const body = 'In 2023 there were <Fact dataset="issued" row={2023} column="issued" /> (a gap), in 2024 <Fact dataset="issued" row={2024} column="issued" />.';
    expect(keyFigure('content/stories/x.mdx', body, datasets, 'en')).toEqual({
      value: '15,548',
      label: 'Red notices issued (notices, 2024)',
      source: 'Red notices issued per year',
    });
  });

  it('label a figure from a list of figures by its row, with its qualifier, unit and period', () => {
    const figures = {
      ...issued,
      title: 'Figures',
      columns: {
        id: { type: 'string', description: 'Id' },
        figure: { type: 'string', description: 'What it counts' },
        value: { type: 'number', description: 'Value' },
        qualifier: { type: 'string', description: 'Qualifier' },
        unit: { type: 'string', description: 'Unit' },
        refers_to: { type: 'string', description: 'Period' },
      },
      rows: [{ id: 'share', figure: 'Share made public', value: 10, qualifier: 'under', unit: '%', refers_to: 'January 2026' }],
    } as unknown as Dataset;
    const body = '<Fact dataset="figures" row="share" column="value" />';
    expect(keyFigure('content/stories/x.mdx', body, new Map([['figures', figures]]), 'en')).toEqual({
      value: 'under 10%',
      label: 'Share made public (January 2026)',
      source: 'Figures',
    });
  });

  it('have no key figure when the page prints none', () => {
    expect(keyFigure('content/stories/x.mdx', 'No figures here. `<Fact dataset="issued" row={2024} column="issued" />`', datasets, 'en')).toBeUndefined();
  });

  it('render a 1200×630 PNG with or without a figure, for long and right-to-left headlines too', async () => {
    const started = performance.now();
    const cards = await Promise.all([
      drawSocialCard({ siteName: 'Casefile', kicker: 'Stories', headline: 'How red notices reach critics abroad', figure: { value: '15,548', label: 'Red notices issued (2024)', source: 'Red notices issued per year' } }),
      drawSocialCard({ siteName: 'Casefile', kicker: 'Case files', headline: 'A '.repeat(400) }),
      drawSocialCard({ siteName: 'Casefile', kicker: 'Case files', headline: 'قضية النشرة الحمراء — פרשת ההודעה האדומה' }),
    ]);
    const perCard = (performance.now() - started) / cards.length;
    console.log(`social card: ${perCard.toFixed(0)} ms per card`);
    for (const png of cards) {
      const meta = await sharp(png).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['png', cardSize.width, cardSize.height]);
    }
  });

  it('are opaque, with the accent band along the top and the headline in dark ink on the page colour', async () => {
    const png = await drawSocialCard({ siteName: 'Casefile', kicker: 'Stories', headline: 'How red notices reach critics abroad' });
    expect((await sharp(png).stats()).isOpaque).toBe(true);
    const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    expect([info.width, info.height, info.channels]).toEqual([cardSize.width, cardSize.height, 3]);
    const pixel = (x: number, y: number) => [...data.subarray((y * info.width + x) * 3, (y * info.width + x) * 3 + 3)];
    expect([pixel(0, 0), pixel(600, 8), pixel(1199, 15)]).toEqual(Array(3).fill([0xa3, 0x12, 0x2a]));
    expect([pixel(600, 20), pixel(1100, 600)]).toEqual(Array(2).fill([0xfd, 0xfc, 0xf9]));
    // The headline's first line (68 px type, below the kicker) holds solid glyph strokes in the text colour.
    let ink = 0;
    for (let y = 140; y < 210; y++) for (let x = 72; x < 800; x++) if (pixel(x, y).every((c) => c < 0x30)) ink++;
    expect(ink).toBeGreaterThan(2000);
  });

  it('are drawn once and then read from the cache, byte for byte', async () => {
    process.env.CASEFILE_CARD_CACHE = mkdtempSync(join(tmpdir(), 'casefile-cards-'));
    try {
      const content = { siteName: 'Casefile', kicker: 'Stories', headline: 'Cached headline' };
      const before = { ...cardStats() };
      const first = await renderSocialCard(content);
      const second = await renderSocialCard(content);
      expect([cardStats().drawn - before.drawn, cardStats().cached - before.cached]).toEqual([1, 1]);
      expect(second.equals(first)).toBe(true);
      expect(readdirSync(process.env.CASEFILE_CARD_CACHE)).toHaveLength(1);
      await renderSocialCard({ ...content, headline: 'Another headline' });
      expect(cardStats().drawn - before.drawn).toBe(2);
    } finally {
      delete process.env.CASEFILE_CARD_CACHE;
    }
  });
});
