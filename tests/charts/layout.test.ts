import { describe, expect, it } from 'vitest';
import { spacedTextWidth, valueRoom, wrapBalanced, wrapText } from '../../src/charts/layout.ts';
import { textWidth } from '../../src/charts/text-width.ts';
import { dot } from '../../src/charts/dot.ts';
import { renderPlot } from '../../src/charts/render.ts';
import { column } from './golden.ts';

describe('wrapped labels', () => {
  it('break between words, as before', () => {
    expect(wrapText('Federal Criminal Police Office', textWidth('Federal Criminal'))).toEqual([
      'Federal Criminal',
      'Police Office',
    ]);
  });

  it("never break at a no-break space, and keep it: a French date's day stays with its month, a number's groups together", () => {
    expect(wrapText('du 3\u00a0mai 2009', textWidth('du 3 m'))).toEqual(['du', '3\u00a0mai', '2009']);
    expect(wrapText('3\u00a0mai 2009', 1000)).toEqual(['3\u00a0mai 2009']);
    expect(wrapText('Russie 4\u202f817', textWidth('Russie 4'))).toEqual(['Russie', '4\u202f817']);
  });

  it('break a word wider than a line after its hyphen, not one letter before its end ("Directorate-Genera" / "l")', () => {
    expect(wrapText('Directorate-General for Migration', textWidth('Directorate-Genera'))).toEqual([
      'Directorate-',
      'General for',
      'Migration',
    ]);
  });

  it('cut a word wider than a line without a hyphen with one, so the cut reads as a cut word and not as two', () => {
    const lines = wrapText('(Bundeskriminalamt)', textWidth('(Bundeskriminalam'));
    expect(lines).toEqual(['(Bundeskri-', 'minalamt)']);
    for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(textWidth('(Bundeskriminalam'));
    // A line too narrow for a letter and a hyphen is cut as before.
    expect(wrapText('abc', textWidth('a'))).toEqual(['a', 'b', 'c']);
  });

  it('a dot chart of long agency names at 340 px cuts no word mid-letter without a hyphen', () => {
    const columns = { name: column('string', { label: 'Agency' }), requests: column('number', { label: 'Requests' }) };
    const names = [
      'Directorate-General for Migration and Home Affairs of the European Commission',
      'Federal Criminal Police Office (Bundeskriminalamt)',
    ];
    const svg = renderPlot(
      dot(
        names.map((name, i) => ({ name, requests: i + 1 })),
        { columns, x: 'name', y: 'requests', lang: 'en', width: 340 },
      ),
      'd',
    );
    const lines = [...svg.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((match) => match[1]!);
    expect(lines.length).toBeGreaterThan(2);
    const words = new Set(names.join(' ').split(/\s+/));
    // Every line is made of whole words, or of a word's part ending in a hyphen, or of a word's last part.
    for (const line of lines)
      for (const word of line.split(' '))
        expect(
          words.has(word) || word.endsWith('-') || [...words].some((w) => w.endsWith(word)),
          `"${word}" in "${line}"`,
        ).toBe(true);
    expect(lines).not.toContain(')');
  });
});

describe('wrapBalanced', () => {
  // Broken for a reader's text spacing, the demo timeline's first label left its last word alone on a phone.
  it('breaks into as many lines as wrapText, as even as they can be', () => {
    const label = 'Interpol imposes reinforced checks on Turkey';
    expect(wrapText(label, 320, spacedTextWidth)).toEqual(['Interpol imposes reinforced checks on', 'Turkey']);
    expect(wrapBalanced(label, 320, spacedTextWidth)).toEqual(['Interpol imposes reinforced', 'checks on Turkey']);
    expect(wrapBalanced('A short event', 320, spacedTextWidth)).toEqual(['A short event']);
  });
});

describe('valueRoom', () => {
  // DejaVu Sans, Debian Chromium's system-ui, sets a figure 7.63 px wide at 12px: "741" at a flat 7 px a character
  // came 2 px from a phone drawing's edge.
  const dejaVuFigure = 7.63;

  it('holds the widest value as DejaVu Sans sets its figures, 4 px clear of the edge', () => {
    const room = valueRoom(['48', '741', '97']);
    expect(room - 4 - 3 * dejaVuFigure).toBeGreaterThanOrEqual(4);
  });

  it('counts the gap between the bar and its value', () => {
    expect(valueRoom(['741'], 8) - valueRoom(['741'], 4)).toBe(4);
  });
});
