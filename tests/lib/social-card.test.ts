import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { cardStats, drawSocialCard, renderSocialCard, socialCardPath } from '../../src/lib/social-card.ts';
import { cardSize, kickerLine, readsRightToLeft, socialCardCuts } from '../../src/lib/social-card-layout.ts';
import { fitText, pieces } from '../../src/lib/social-card-clamp.ts';
import { keyFigure } from '../../src/lib/social-card-figure.ts';
import { socialCardContent } from '../../src/lib/social-card-content.ts';
import { loadProject } from '../../src/lib/load-project.ts';
import { entryLocale } from '../../src/lib/translations.ts';
import { repoRoot } from '../helpers/build.ts';
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

const accent = [0xa3, 0x12, 0x2a];
const page = [0xfd, 0xfc, 0xf9];

/** A card's pixels: one as [r, g, b], and how many in a rectangle pass a test. */
async function pixels(png: Buffer) {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  expect([info.width, info.height, info.channels]).toEqual([cardSize.width, cardSize.height, 3]);
  const pixel = (x: number, y: number) => [...data.subarray((y * info.width + x) * 3, (y * info.width + x) * 3 + 3)];
  const count = (x0: number, y0: number, x1: number, y1: number, test: (p: number[]) => boolean) => {
    let n = 0;
    for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) if (test(pixel(x, y))) n++;
    return n;
  };
  return { pixel, count };
}

describe('social cards', () => {
  it('cut a long text only where it may wrap: never at a no-break space (a French date, a figure, before « : »)', () => {
    expect(pieces('Publié le 26\u00a0janv. 2026, 4\u202f817 notices\u00a0: fin')).toEqual([
      'Publié ',
      'le ',
      '26\u00a0janv. ',
      '2026, ',
      '4\u202f817 ',
      'notices\u00a0: ',
      'fin',
    ]);
    expect(pieces('Two words')).toEqual(['Two ', 'words']);
  });

  it('cut a text with no space it may wrap at after a hyphen or a slash before a letter, else between whole words', () => {
    expect(pieces('Saint-Denis/Seine-Saint-Denis 2019-2020 1/2')).toEqual([
      'Saint-',
      'Denis/',
      'Seine-',
      'Saint-',
      'Denis ',
      '2019-2020 ',
      '1/2',
    ]);
    // Only no-break spaces: cut between the words they join, never inside one.
    expect(pieces('4\u202f817\u00a0notices')).toEqual(['4\u202f', '817\u00a0', 'notices']);
    expect(pieces('26\u00a0janvier')).toEqual(['26\u00a0', 'janvier']);
    expect(pieces('Interpol')).toEqual([...'Interpol']);
  });

  it('set a figure or a title that may not wrap smaller rather than cut it, and cut it between words when it cannot fit', async () => {
    const value = { size: 72, bold: true, colour: '#000' };
    const figure = '1\u202f234\u202f567\u202f890\u202f123\u202f456\u202f789\u202f012\u202f345\u00a0€';
    const set = await fitText(figure, value, 1056, 1);
    expect(set.text).toBe(figure);
    expect(set.size).toBeLessThan(72);
    expect(set.size).toBeGreaterThanOrEqual(72 * 0.6);
    // A short one is left alone.
    expect(await fitText('4\u202f817', value, 1056, 1)).toEqual({ text: '4\u202f817', size: 72, lines: 1 });
    const label = { size: 30, bold: false, colour: '#000' };
    // Where two lines are allowed too: Pango would break the second line off inside a word.
    const date = await fitText('le\u00a01er\u00a0janvier\u00a02026,\u00a0à\u00a0Lyon', label, 300, 2);
    expect(date).toMatchObject({ text: 'le\u00a01er\u00a0janvier\u00a02026,\u00a0à\u00a0Lyon', lines: 1 });
    expect(date.size).toBeLessThan(30);
    // Too long even at the smallest size: whole words and an ellipsis, on one line.
    const long = await fitText('notices\u00a0'.repeat(80).trimEnd(), label, 500, 2);
    expect(long.text).toMatch(/^(notices\u00a0)+notices…$/u);
    expect(long.lines).toBe(1);
    // A script written without spaces still wraps between its characters, at its size.
    const chinese = await fitText('国际刑警组织红色通缉令'.repeat(3), label, 300, 2);
    expect(chinese).toMatchObject({ size: 30, lines: 2 });
  });

  it('never break a word wider than its line inside it, in a text that wraps elsewhere', async () => {
    const label = { size: 30, bold: false, colour: '#000' };
    // 'Anticonstitutionnellement' is wider than 250 px at 30 px: Pango broke it over the label's two lines. Set
    // smaller, as the word alone would be, it keeps whole.
    const word = await fitText('Anticonstitutionnellement', label, 250, 1);
    expect(word).toMatchObject({ text: 'Anticonstitutionnellement', lines: 1 });
    const phrase = await fitText('Anticonstitutionnellement votés', label, 250, 2);
    expect(phrase.text).toBe('Anticonstitutionnellement votés');
    expect(phrase.size).toBeLessThanOrEqual(word.size);
    // A word too wide even at the smallest size is cut, at its start, rather than the text reduced to '…'.
    const german = await fitText('Rechtsschutzversicherungsgesellschaften insgesamt', label, 300, 2);
    expect(german.text).toMatch(/^Rechtsschutz\p{L}+…$/u);
    expect(german.lines).toBe(1);
  });

  it('are published at /og/<collection>/<slug>.png', () => {
    expect(socialCardPath('stories', 'the-backlog')).toBe('/og/stories/the-backlog.png');
  });

  it('take the first Fact as the key figure, formatted as the page prints it', () => {
    const body =
      'In 2024 <Fact dataset="issued" row={2024} column="issued" /> red notices; <Fact dataset="other" row={1} column="x" /> after.';
    expect(keyFigure('content/stories/x.mdx', body, datasets, 'en')).toEqual({
      value: '15,548',
      // The label says "notices": the unit is not said again.
      label: 'Red notices issued (2024)',
      source: 'Red notices issued per year',
    });
    // A label that does not say it is followed by the unit (a word ending in it is not it).
    for (const [label, expected] of [
      ['Issued', 'Issued (notices, 2024)'],
      ['Renotices issued', 'Renotices issued (notices, 2024)'],
    ]) {
      const relabelled = {
        ...issued,
        columns: { ...issued.columns, issued: { ...issued.columns.issued!, label } },
      } as Dataset;
      expect(keyFigure('x.mdx', body, new Map([['issued', relabelled]]), 'en')?.label).toBe(expected);
    }
  });

  it('take the Fact the editor marked `card` as the key figure, wherever it stands, over the first', () => {
    const body =
      'In 2013 <Fact dataset="issued" row={2013} column="issued" /> red notices; in 2024 <Fact card dataset="issued" row={2024} column="issued" />.';
    const twoYears = new Map([
      ['issued', { ...issued, rows: [...issued.rows, { year: 2013, issued: 1418 }] } as Dataset],
    ]);
    expect(keyFigure('content/stories/x.mdx', body, twoYears, 'en')).toEqual({
      value: '15,548',
      label: 'Red notices issued (2024)',
      source: 'Red notices issued per year',
    });
    // Without the mark, the first Fact, as before.
    expect(keyFigure('content/stories/x.mdx', body.replace('card ', ''), twoYears, 'en')).toMatchObject({
      value: '1,418',
      label: 'Red notices issued (2013)',
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
      rows: [
        {
          id: 'share',
          figure: 'Share made public',
          value: 10,
          qualifier: 'under',
          unit: '%',
          refers_to: 'January 2026',
        },
      ],
    } as unknown as Dataset;
    const body = '<Fact dataset="figures" row="share" column="value" />';
    expect(keyFigure('content/stories/x.mdx', body, new Map([['figures', figures]]), 'en')).toEqual({
      value: 'under 10%',
      label: 'Share made public (January 2026)',
      source: 'Figures',
    });
    // A French card says the qualifier in French; the label is the dataset's text, in English until translated.
    expect(keyFigure('content/stories/fr/x.mdx', body, new Map([['figures', figures]]), 'fr')).toEqual({
      value: 'moins de 10\u00a0%',
      label: 'Share made public (January 2026)',
      source: 'Figures',
    });
    const translated = {
      ...figures,
      translations: {
        fr: {
          title: 'Chiffres',
          columns: {
            figure: { values: { 'Share made public': 'Part rendue publique' } },
            refers_to: { values: { 'January 2026': 'janvier 2026' } },
          },
        },
      },
    } as Dataset;
    expect(keyFigure('content/stories/fr/x.mdx', body, new Map([['figures', translated]]), 'fr')).toEqual({
      value: 'moins de 10\u00a0%',
      label: 'Part rendue publique (janvier 2026)',
      source: 'Chiffres',
    });
  });

  it('label by its column a Fact on another column of a row of figures, and say a unit only where the label does not, as a word', () => {
    const figures = {
      ...issued,
      title: 'Figures',
      columns: {
        id: { type: 'string', description: 'Id' },
        figure: { type: 'string', description: 'What it counts' },
        value: { type: 'number', description: 'Value' },
        unit: { type: 'string', description: 'Unit' },
        refers_to: { type: 'string', description: 'Period' },
      },
      rows: [{ id: 'share', figure: 'Share made public', value: 10, unit: '%', refers_to: 'January 2026' }],
    } as unknown as Dataset;
    const period = '<Fact dataset="figures" row="share" column="refers_to" />';
    expect(keyFigure('content/stories/x.mdx', period, new Map([['figures', figures]]), 'en')).toEqual({
      value: 'January 2026',
      label: 'Period (share)',
      source: 'Figures',
    });
    const staff = {
      ...issued,
      columns: {
        year: issued.columns.year,
        detained: { type: 'integer', unit: 'person', description: 'Personnel detained' },
        share: { type: 'number', unit: '%', description: 'Share made public' },
      },
      rows: [{ year: 2024, detained: 12, share: 10 }],
    } as unknown as Dataset;
    const card = (column: string) =>
      keyFigure(
        'content/stories/x.mdx',
        `<Fact dataset="staff" row={2024} column="${column}" />`,
        new Map([['staff', staff]]),
        'en',
      );
    // "Personnel" does not say "person": the unit is a whole word or not said.
    expect(card('detained')?.label).toBe('Personnel detained (person, 2024)');
    // A percentage says its unit in its value.
    expect(card('share')).toMatchObject({ value: '10%', label: 'Share made public (2024)' });
  });

  it("label a figure by its column in the card's language where the dataset translates it", () => {
    const body = '<Fact dataset="issued" row={2024} column="issued" />';
    const translated = {
      ...issued,
      translations: {
        fr: {
          title: 'Notices émises par an',
          columns: { issued: { label: 'Notices rouges émises', unit: 'notices' } },
        },
      },
    } as Dataset;
    expect(keyFigure('content/stories/fr/x.mdx', body, new Map([['issued', translated]]), 'fr')).toEqual({
      value: '15\u202f548',
      label: 'Notices rouges émises (2024)',
      source: 'Notices émises par an',
    });
  });

  it('have no key figure when the page prints none', () => {
    expect(
      keyFigure(
        'content/stories/x.mdx',
        'No figures here. `<Fact dataset="issued" row={2024} column="issued" />`',
        datasets,
        'en',
      ),
    ).toBeUndefined();
  });

  it('render a 1200×630 PNG with or without a figure, for long and right-to-left headlines too', async () => {
    const cards = await Promise.all([
      drawSocialCard({
        siteName: 'Casefile',
        kicker: 'Stories',
        headline: 'How red notices reach critics abroad',
        figure: { value: '15,548', label: 'Red notices issued (2024)', source: 'Red notices issued per year' },
      }),
      drawSocialCard({ siteName: 'Casefile', kicker: 'Case files', headline: 'A '.repeat(400) }),
      drawSocialCard({
        siteName: 'Casefile',
        kicker: 'Case files',
        headline: 'قضية النشرة الحمراء — פרשת ההודעה האדומה',
      }),
    ]);
    for (const png of cards) {
      const meta = await sharp(png).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['png', cardSize.width, cardSize.height]);
    }
  });

  it('are opaque, with the accent band along the top and the headline in dark ink on the page colour', async () => {
    const png = await drawSocialCard({
      siteName: 'Casefile',
      kicker: 'Stories',
      headline: 'How red notices reach critics abroad',
    });
    expect((await sharp(png).stats()).isOpaque).toBe(true);
    const card = await pixels(png);
    expect([card.pixel(0, 0), card.pixel(600, 8), card.pixel(1199, 15)]).toEqual(Array(3).fill(accent));
    expect([card.pixel(600, 20), card.pixel(1100, 600)]).toEqual(Array(2).fill(page));
    // The headline's first line (68 px type, below the kicker) holds solid glyph strokes in the text colour.
    expect(card.count(72, 140, 800, 210, (p) => p.every((c) => c < 0x30))).toBeGreaterThan(2000);
  });

  it('put the key figure under a rule, its value in the accent colour, and keep the headline above the rule', async () => {
    const card = await pixels(
      await drawSocialCard({
        siteName: 'Casefile',
        kicker: 'Stories',
        headline: 'A headline long enough to wrap onto several lines of the card, '.repeat(3),
        figure: { value: '15,548', label: 'Red notices issued (2024)', source: 'Red notices issued per year' },
      }),
    );
    const rule = [0xd6, 0xd0, 0xc4];
    const ruleRow = Array.from({ length: cardSize.height }, (_, y) => y).find((y) =>
      Array.from({ length: cardSize.width - 144 }, (_, i) => card.pixel(72 + i, y)).every(
        (p) => p.join() === rule.join(),
      ),
    );
    expect(ruleRow).toBeGreaterThan(300);
    const dark = (p: number[]) => p.every((c) => c < 0x30);
    // The clamped headline ends with ink above the rule and none in the 20 px before it.
    expect(card.count(72, 150, 1128, ruleRow! - 20, dark)).toBeGreaterThan(5000);
    expect(card.count(0, ruleRow! - 20, cardSize.width, ruleRow!, (p) => p.join() !== page.join())).toBe(0);
    // Below it, the value in the accent colour at the left, its label in dark ink to its right, inside the margins.
    expect(card.count(72, ruleRow!, 360, cardSize.height, (p) => p.join() === accent.join())).toBeGreaterThan(1500);
    expect(card.count(360, ruleRow!, 1128, cardSize.height, dark)).toBeGreaterThan(300);
    expect(card.count(0, 0, 60, cardSize.height, (p) => p.join() !== page.join() && p.join() !== accent.join())).toBe(
      0,
    );
    expect(card.count(0, 590, cardSize.width, cardSize.height, (p) => p.join() !== page.join())).toBe(0);
  });

  it('set a label that would be cut beside the value whole beneath it, with a smaller headline where it needs the room', async () => {
    const figure = {
      value: 'au moins 700',
      label: 'Personnes recherchées par la Russie qui ont saisi la CCF (les dix dernières années)',
      source: 'Les Interpol Files en chiffres',
    };
    const dark = (p: number[]) => p.every((c) => c < 0x30);
    /** Dark ink (the label, not the value's accent or the source's grey) under the value's left half, below `top`. */
    const labelUnderValue = async (headline: string) => {
      const card = await pixels(await drawSocialCard({ siteName: 'Casefile', kicker: 'Dossiers', headline, figure }));
      return card.count(72, 440, 300, 560, dark);
    };
    // A two-line headline leaves room: the label runs across the card under the value, whole.
    expect(await labelUnderValue('Igor Pestrikov : deux ans sous une diffusion rouge')).toBeGreaterThan(300);
    // A headline of three lines at its size is set smaller, in two: the label still runs whole beneath the value.
    const long = 'Igor Pestrikov : environ deux ans sous le coup d’une diffusion rouge russe';
    expect(await labelUnderValue(long)).toBeGreaterThan(300);
    expect(await socialCardCuts({ siteName: 'Casefile', kicker: 'Dossiers', headline: long, figure })).toEqual([]);
    // A label no layout sets whole is cut, and said so.
    const endless = { ...figure, label: 'Personnes recherchées par la Russie '.repeat(12) };
    expect(await socialCardCuts({ siteName: 'Casefile', kicker: 'Dossiers', headline: long, figure: endless })).toEqual(
      ['label'],
    );
  });

  it('cut no headline, label or kicker on any card of the demo', async () => {
    const { project } = loadProject(repoRoot);
    const cards = [
      ...project.stories.map((entry) => ['stories', entry] as const),
      ...project.cases.map((entry) => ['cases', entry] as const),
    ];
    expect(cards.length).toBeGreaterThan(8);
    const cuts: Record<string, string[]> = {};
    for (const [collection, entry] of cards) {
      const page = { file: entry.file, title: entry.data.title, body: entry.body, lang: entryLocale(entry) };
      cuts[entry.file] = await socialCardCuts(socialCardContent(collection, page, project.datasets));
    }
    expect(Object.entries(cuts).filter(([, cut]) => cut.length > 0)).toEqual([]);
    expect(Object.keys(cuts)).toContain('content/cases/fr/igor-pestrikov.mdx');
  });

  it('cut a headline too long for the card at a word, within the margins', async () => {
    const card = await pixels(
      await drawSocialCard({ siteName: 'Casefile', kicker: 'Case files', headline: 'Word '.repeat(400) }),
    );
    const ink = (p: number[]) => p.join() !== page.join();
    expect(card.count(72, 140, 1128, 400, ink)).toBeGreaterThan(10000);
    expect(card.count(0, 560, cardSize.width, cardSize.height, ink)).toBe(0);
    expect(card.count(1140, 20, cardSize.width, cardSize.height, ink)).toBe(0);
  });

  it('shape Arabic (joined letters) and hang right-to-left headlines from the right margin', async () => {
    const inkColumns = async (headline: string) => {
      const card = await pixels(await drawSocialCard({ siteName: 'Casefile', kicker: 'Case files', headline }));
      const columns = Array.from({ length: cardSize.width }, (_, x) => x).filter(
        (x) => card.count(x, 120, x + 1, 400, (p) => p.every((c) => c < 0x30)) > 0,
      );
      return { first: columns[0]!, last: columns.at(-1)!, width: columns.at(-1)! - columns[0]! };
    };
    const joined = await inkColumns('بيت بيت بيت');
    // The same letters kept apart by zero-width non-joiners take their wider isolated and final forms.
    const apart = await inkColumns('ب\u200cي\u200cت ب\u200cي\u200cت ب\u200cي\u200cت');
    expect(joined.width).toBeLessThan(apart.width * 0.9);
    expect(joined.last).toBeGreaterThan(cardSize.width - 72 - 8);
    expect(joined.first).toBeGreaterThan(cardSize.width / 2);
  });

  it("part the site's name from the kicker with the page's mark, and start it at the right over a right-to-left headline", () => {
    const content = { siteName: 'Casefile', kicker: 'Stories', headline: 'A headline' };
    expect(kickerLine(content, false)).toBe('Casefile · Stories');
    // Persian pages part metadata with a bar: their zero, ۰, is a dot.
    const persian = { siteName: 'Casefile', kicker: 'گزارش‌ها', separator: '|' as const, headline: 'پرونده' };
    // The right-to-left mark makes the line's base direction the headline's, so "Casefile" stands at the right.
    expect(kickerLine(persian, true)).toBe('\u200fCasefile | گزارش‌ها');
  });

  it('tell right-to-left headlines by their first letter', () => {
    expect(
      ['قضية النشرة الحمراء', '"פרשת" 2024', 'Interpol قضية', '2024 — Red notices', ''].map(readsRightToLeft),
    ).toEqual([true, true, false, false, false]);
  });

  it('are drawn once and then read from the cache, byte for byte', async () => {
    // Put back as the runner set it after the test: deleted, a cache folder set for the run was lost for the file.
    const previous = process.env.CASEFILE_CARD_CACHE;
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
      if (previous === undefined) delete process.env.CASEFILE_CARD_CACHE;
      else process.env.CASEFILE_CARD_CACHE = previous;
    }
  });
});
