import { describe, expect, it } from 'vitest';
import { eventsInOrder, hasYearOnlyEvents, timeline } from '../../src/charts/timeline.ts';
import { renderPlot } from '../../src/charts/render.ts';
import { spacedTextWidth } from '../../src/charts/layout.ts';
import { column, expectKindGoldens } from './golden.ts';

const columns = { date: column('date'), end: column('date'), label: column('string') };
const rows = [
  { date: '2024-03-04', end: null, label: 'The commission orders a notice deleted after a review of the file' },
  { date: '2019', end: '2021-06', label: 'Case under review' },
  { date: '2022-05', end: null, label: 'A short event' },
  { date: null, end: null, label: 'Undated' },
];

describe('timeline', () => {
  it('lists events in date order with a dot or a span on a time axis (golden)', () => {
    expectKindGoldens('timeline', timeline, rows, { columns, x: 'date', label: 'label', end: 'end' });
  });

  // Plot's lineWidth filled a phone's line to 97% of the frame: "The commission orders a notice deleted after a review"
  // (53 characters) was one line, which a reader's text spacing (WCAG 1.4.12) pushed past the drawing's edge.
  it("breaks labels with room for a reader's text spacing, at a phone's width", () => {
    const svg = renderPlot(
      timeline(rows, { columns, x: 'date', label: 'label', end: 'end', lang: 'en', width: 340 }),
      't',
    );
    const labels = /<g text-anchor="start" paint-order="stroke"[^>]*>(.*?)<\/g>/.exec(svg)![1]!;
    const lines = [...labels.matchAll(/<(?:tspan|text)[^>]*>([^<]+)</g)].map((match) => match[1]!);
    expect(lines).toEqual([
      'Case under review',
      'A short event',
      'The commission orders a notice',
      'deleted after a review of the file',
    ]);
    for (const line of lines) expect(spacedTextWidth(line), line).toBeLessThanOrEqual(340 - 20);
  });

  it('orders coarse dates (YYYY, YYYY-MM) with full ones and leaves undated rows out', () => {
    expect(eventsInOrder(rows, 'date', 'label').map((r) => r.date)).toEqual(['2019', '2022-05', '2024-03-04']);
  });

  it('orders an event known only to its year by the middle of that year, and draws it across the year, not on 1 January', () => {
    const events = [
      { date: '2022', end: null, label: 'Leaves the country' },
      { date: '2022-02', end: null, label: 'The invasion' },
      { date: '2023-03', end: null, label: 'A warrant' },
    ];
    expect(eventsInOrder(events, 'date', 'label').map((r) => r.date)).toEqual(['2022-02', '2022', '2023-03']);
    const plot = timeline(events, { columns, x: 'date', label: 'label', end: 'end', lang: 'en', width: 680 });
    const svg = renderPlot(plot, 't');
    // One dashed bar, for the event known only to its year.
    expect(svg.match(/stroke-dasharray="5,3"/g)?.length).toBe(1);
    // Dots for the two events known to the month, none for the one known to the year.
    expect((svg.match(/<circle/g) ?? []).length).toBe(2);
  });

  it('marks an event known only to its year by dashes, at the full strength of its colour (3:1 in both schemes), not by fading it', () => {
    const events = [
      { date: '2021', end: null, label: 'Checks imposed' },
      { date: '2019', end: '2020-06', label: 'Under review' },
    ];
    const svg = renderPlot(
      timeline(events, { columns, x: 'date', label: 'label', end: 'end', lang: 'en', width: 680 }),
      't',
    );
    expect(svg).not.toMatch(/(?:stroke-)?opacity="0?\.\d+"/);
    const dashed = /<g[^>]*stroke-dasharray="5,3"[^>]*>/.exec(svg)?.[0] ?? '';
    expect(dashed).toContain('stroke="var(--chart-1)"');
    // An event that lasted stays a solid bar of the same colour and width.
    expect(svg).toMatch(/<g(?![^>]*stroke-dasharray)[^>]*stroke-width="4"[^>]*stroke="var\(--chart-1\)"/);
  });

  it('the figure explains the dashes when, and only when, it has an event known only to its year', () => {
    expect(hasYearOnlyEvents([{ date: '2021', end: null }], 'date', 'end')).toBe(true);
    expect(
      hasYearOnlyEvents(
        [
          { date: '2021', end: '2022' },
          { date: '2022-02', end: null },
        ],
        'date',
        'end',
      ),
    ).toBe(false);
  });

  it('puts a halo of the page colour behind labels, so gridlines do not run through them', () => {
    const svg = renderPlot(
      timeline(rows, { columns, x: 'date', label: 'label', end: 'end', lang: 'en', width: 680 }),
      't',
    );
    // The labels' group: stroked in the page colour underneath (paint-order), filled with the text colour (inherited:
    // no fill="none", which a stroke alone would give).
    const labels = /<g[^>]*stroke="var\(--bg\)"[^>]*>/.exec(svg)?.[0] ?? '';
    expect(labels).toContain('paint-order="stroke"');
    expect(labels).not.toContain('fill=');
  });

  it('wraps long labels at the narrow width only', () => {
    const draw = (width: number) =>
      renderPlot(timeline(rows, { columns, x: 'date', label: 'label', end: 'end', lang: 'en', width }), 't');
    expect(draw(340)).toContain('<tspan');
    expect(draw(680)).not.toContain('<tspan');
  });

  it('dates a timeline whose events fall between two ticks (one event, or days of one month) on its axis', () => {
    const draw = (events: { date: string; label: string }[], lang = 'en', width = 340) =>
      renderPlot(
        timeline(
          events.map((event) => ({ ...event, end: null })),
          { columns, x: 'date', label: 'label', end: 'end', lang, width },
        ),
        't',
      );
    const axisLabels = (svg: string) => [...svg.matchAll(/y="0.71em">([^<]+)</g)].map((match) => match[1]);
    expect(axisLabels(draw([{ date: '2009-05-03', label: 'Notice issued' }]))).toEqual(['3 May 2009']);
    // The day joined to its month as on the page, a no-break space the SVG writes as a character reference.
    expect(axisLabels(draw([{ date: '2009-05-03', label: 'Notice issued' }], 'fr', 680))).toEqual(['3&#160;mai 2009']);
    expect(
      axisLabels(
        draw(
          [
            { date: '2009-05-03', label: 'Issued' },
            { date: '2009-05-20', label: 'Published' },
          ],
          'en',
          680,
        ),
      ),
    ).toEqual(['3 May 2009', '20 May 2009']);
    // A month of its own is ticked as before.
    expect(axisLabels(draw([{ date: '2009-05', label: 'Issued' }]))).toEqual(['May 2009']);
  });

  it('sets the first of its own dates from its tick rightwards and the last from its tick leftwards, inside the frame', () => {
    const draw = (events: { date: string; label: string }[]) =>
      renderPlot(
        timeline(
          events.map((event) => ({ ...event, end: null })),
          { columns, x: 'date', label: 'label', end: 'end', lang: 'en', width: 340 },
        ),
        't',
      );
    // Each date label with the anchor of its group (none: the SVG's "middle") and the x of its tick.
    const placed = (svg: string) =>
      [
        ...svg.matchAll(
          /<g transform="translate\(0,9\)"[^>]*?(?: text-anchor="(\w+)")?>\s*<text transform="translate\(([\d.]+),[\d.]+\)" y="0.71em">([^<]+)</g,
        ),
      ].map(([, anchor, x, text]) => ({ text, anchor: anchor ?? 'middle', x: Number(x) }));
    // Days of one month span the axis: at the frame's edges, a centred label would run 30 px past either side.
    const month = placed(
      draw([
        { date: '2009-05-03', label: 'Issued' },
        { date: '2009-05-20', label: 'Published' },
      ]),
    );
    expect(month).toEqual([
      { text: '3 May 2009', anchor: 'start', x: 26 },
      { text: '20 May 2009', anchor: 'end', x: 320 },
    ]);
    // One event sits in the middle of the axis, its date centred under it.
    expect(placed(draw([{ date: '2009-05-03', label: 'Issued' }]))).toEqual([
      { text: '3 May 2009', anchor: 'middle', x: 173 },
    ]);
  });
});
