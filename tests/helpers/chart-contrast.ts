/**
 * Chart contrast in the browser: axe-core does not measure colour contrast inside SVG, so the accessibility tests
 * measure chart text and marks with this.
 */
import type { Page } from 'playwright-core';

/**
 * Colour contrast inside charts, which axe does not measure in SVG: every text needs 4.5:1 against the page
 * background (WCAG 1.4.3; chart labels are small text), every data mark 3:1 through its fill or its outline
 * (WCAG 1.4.11). Gridlines (a group labelled "grid", or strokes in --chart-grid) are decoration and not measured.
 * Areas meaning "no data" must be told from every data colour of their chart: a flat fill (--chart-empty) 3:1
 * from each, or a pattern whose lines are 3:1 from its ground. The legend beside the drawing too: its text 4.5:1, and
 * each swatch 3:1 from the page by its fill, its hatching or its outline. Colours are resolved by the browser (custom
 * properties, currentColor, any colour space) through a canvas, with fill/stroke opacity and group opacity applied.
 * Returns one line per failing element, at most `limit`.
 */
export function chartContrastProblems(page: Page, limit = 10): Promise<string[]> {
  return page.evaluate((max) => {
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 1;
    const context = canvas.getContext('2d', { willReadFrequently: true })!;
    type Rgba = [number, number, number, number];
    const parse = (color: string): Rgba | undefined => {
      if (!color || color === 'none' || color.startsWith('url(')) return undefined;
      context.clearRect(0, 0, 1, 1);
      context.fillStyle = 'rgba(0, 0, 0, 0)';
      context.fillStyle = color;
      context.fillRect(0, 0, 1, 1);
      const [r = 0, g = 0, b = 0, a = 0] = context.getImageData(0, 0, 1, 1).data;
      return [r, g, b, a / 255];
    };
    const blend = ([r, g, b, a]: Rgba, [br, bg, bb]: Rgba): Rgba => [
      r * a + br * (1 - a),
      g * a + bg * (1 - a),
      b * a + bb * (1 - a),
      1,
    ];
    const luminance = ([r, g, b]: Rgba) =>
      [r, g, b]
        .map((v) => v / 255)
        .map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
        .reduce((sum, v, i) => sum + v * ([0.2126, 0.7152, 0.0722][i] ?? 0), 0);
    const ratio = (a: Rgba, b: Rgba) => {
      const hi = Math.max(luminance(a), luminance(b));
      const lo = Math.min(luminance(a), luminance(b));
      return (hi + 0.05) / (lo + 0.05);
    };
    const hex = ([r, g, b]: Rgba) => `#${[r, g, b].map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;
    const background = (element: Element): Rgba => {
      for (let node: Element | null = element; node; node = node.parentElement) {
        if (node instanceof SVGElement && !(node instanceof SVGSVGElement)) continue;
        const color = parse(getComputedStyle(node).backgroundColor);
        if (color && color[3] > 0)
          return color[3] === 1 ? color : blend(color, background(node.parentElement ?? document.documentElement));
      }
      return [255, 255, 255, 1];
    };
    const groupOpacity = (element: Element, svg: Element) => {
      let opacity = 1;
      for (let node: Element | null = element; node && node !== svg.parentElement; node = node.parentElement) {
        opacity *= Number(getComputedStyle(node).opacity);
      }
      return opacity;
    };
    const paint = (element: Element, property: 'fill' | 'stroke', svg: Element, bg: Rgba): Rgba | undefined => {
      // A line has no inside: the fill it inherits (Plot's svg sets fill="currentColor") paints nothing, and would
      // otherwise pass a faint rule on the strength of a colour no reader sees.
      if (property === 'fill' && element.tagName === 'line') return undefined;
      const style = getComputedStyle(element);
      const color = parse(style[property]);
      if (!color) return undefined;
      if (property === 'stroke' && parseFloat(style.strokeWidth) === 0) return undefined;
      const alpha =
        color[3] * Number(property === 'fill' ? style.fillOpacity : style.strokeOpacity) * groupOpacity(element, svg);
      return blend([color[0], color[1], color[2], alpha], bg);
    };

    const token = (name: string) => parse(getComputedStyle(document.documentElement).getPropertyValue(name).trim());
    const same = (a: Rgba | undefined, b: Rgba | undefined) =>
      !!a && !!b && a.every((v, i) => Math.abs(v - (b[i] ?? 0)) < 2);
    const grid = token('--chart-grid');
    const empty = token('--chart-empty');

    const problems: string[] = [];
    const charts = [...document.querySelectorAll('figure svg')].filter((svg) => !svg.parentElement?.closest('svg'));
    for (const svg of charts) {
      if (!svg.checkVisibility()) continue;
      const bg = background(svg);
      const name = (
        svg.getAttribute('aria-label') ??
        svg.closest('figure')?.querySelector('figcaption')?.textContent ??
        ''
      )
        .trim()
        .slice(0, 40);
      const skip = (element: Element) => {
        if (element.closest('defs, clipPath, mask, pattern, marker, [aria-label*="grid" i]')) return true;
        // Gridlines (drawn in --chart-grid) are decoration; "no data" areas (--chart-empty) are not data marks.
        const style = getComputedStyle(element);
        if (same(parse(style.stroke), grid) && (element.tagName === 'line' || !parse(style.fill)?.[3])) return true;
        if (!element.checkVisibility()) return true;
        // Lines and paths may be flat (a horizontal rule has no height); other shapes without area draw nothing.
        const box = element.getBoundingClientRect();
        return box.width * box.height === 0 && element.tagName !== 'line' && element.tagName !== 'path';
      };
      for (const text of svg.querySelectorAll('text')) {
        if (skip(text) || !text.textContent?.trim()) continue;
        const fill = paint(text, 'fill', svg, bg);
        if (fill && ratio(fill, bg) < 4.5) {
          problems.push(
            `"${name}": text "${text.textContent.trim().slice(0, 30)}" ${hex(fill)} on ${hex(bg)} is ${ratio(fill, bg).toFixed(2)}:1 (needs 4.5:1)`,
          );
        }
      }
      const marks = [...svg.querySelectorAll('rect, circle, ellipse, path, line, polyline, polygon')].filter(
        (mark) => !skip(mark) && !mark.closest('text'),
      );
      // "No data": flat areas in --chart-empty, or areas filled with a pattern.
      const flatEmpty = marks.filter((mark) => same(parse(getComputedStyle(mark).fill), empty));
      const patterned = marks.filter((mark) => getComputedStyle(mark).fill.startsWith('url('));
      const dataFills = new Map<string, Rgba>();
      for (const mark of marks) {
        if (flatEmpty.includes(mark) || patterned.includes(mark)) continue;
        const fill = paint(mark, 'fill', svg, bg);
        if (fill && fill[3] > 0) dataFills.set(hex(fill), fill);
      }
      if (flatEmpty.length > 0) {
        const flat = paint(flatEmpty[0]!, 'fill', svg, bg)!;
        for (const [key, fill] of dataFills) {
          if (ratio(flat, fill) < 3) {
            problems.push(
              `"${name}": "no data" fill ${hex(flat)} is ${ratio(flat, fill).toFixed(2)}:1 from the data colour ${key} (needs 3:1, or a pattern)`,
            );
          }
        }
      }
      for (const id of new Set(
        patterned.map((mark) => /url\("?#([^")]+)"?\)/.exec(getComputedStyle(mark).fill)?.[1]),
      )) {
        const pattern = id ? svg.querySelector(`pattern[id="${id}"]`) : null;
        const ground = pattern?.querySelector('rect');
        const groundFill = ground && parse(getComputedStyle(ground).fill);
        const lines = pattern ? [...pattern.querySelectorAll('path, line')] : [];
        if (!pattern || !groundFill || lines.length === 0) {
          problems.push(`"${name}": pattern #${id} is not in the chart or has no ground and lines to tell it by`);
          continue;
        }
        for (const line of lines) {
          const stroke = parse(getComputedStyle(line).stroke);
          if (!stroke || ratio(stroke, groundFill) < 3) {
            problems.push(
              `"${name}": pattern #${id}'s lines ${stroke ? hex(stroke) : 'none'} are ${stroke ? ratio(stroke, groundFill).toFixed(2) : 0}:1 from its ground ${hex(groundFill)} (needs 3:1)`,
            );
          }
        }
      }
      for (const mark of marks) {
        if (flatEmpty.includes(mark)) continue;
        const fill = paint(mark, 'fill', svg, bg);
        const stroke = paint(mark, 'stroke', svg, bg);
        const best = Math.max(fill ? ratio(fill, bg) : 0, stroke ? ratio(stroke, bg) : 0);
        if ((fill || stroke) && best < 3) {
          const group = mark.closest('[aria-label]')?.getAttribute('aria-label');
          problems.push(
            `"${name}": ${group ? `${group} ` : ''}${mark.tagName} ${fill ? `fill ${hex(fill)}` : ''}${stroke ? ` stroke ${hex(stroke)}` : ''} on ${hex(bg)} is ${best.toFixed(2)}:1 (needs 3:1)`,
          );
        }
      }
    }
    // The legend is HTML beside the drawing, which axe reads as text but not as graphics: its text needs 4.5:1, and
    // each swatch, which names a colour of the chart, 3:1 from the page by its fill, its hatching or its outline, as
    // the map draws a country with no data (hatched) or not in the data (outlined, its fill near the page's).
    for (const legend of document.querySelectorAll('figure .chart-legend')) {
      if (!legend.checkVisibility()) continue;
      const title = (legend.closest('figure')?.querySelector('.chart-title')?.textContent ?? '').trim().slice(0, 40);
      for (const item of legend.querySelectorAll('li')) {
        const bg = background(item);
        const label = (item.textContent ?? '').trim().slice(0, 30);
        const text = parse(getComputedStyle(item).color);
        if (text && ratio(blend(text, bg), bg) < 4.5) {
          problems.push(
            `"${title}": legend text "${label}" ${hex(blend(text, bg))} on ${hex(bg)} is ${ratio(blend(text, bg), bg).toFixed(2)}:1 (needs 4.5:1)`,
          );
        }
        const swatch = item.querySelector('.swatch');
        if (!swatch) continue;
        const style = getComputedStyle(swatch);
        const drawn = `${style.backgroundImage} ${style.boxShadow}`.match(
          /(?:rgba?|color|lab|lch|oklab|oklch)\([^()]*\)/g,
        );
        const colours = [style.backgroundColor, ...(drawn ?? [])];
        if (parseFloat(style.borderTopWidth) > 0) colours.push(style.borderTopColor);
        const shown = colours.map(parse).filter((colour): colour is Rgba => !!colour && colour[3] > 0);
        const best = Math.max(0, ...shown.map((colour) => ratio(blend(colour, bg), bg)));
        if (best < 3) {
          problems.push(
            `"${title}": legend swatch of "${label}" is ${best.toFixed(2)}:1 from ${hex(bg)} at best (${shown.map((colour) => hex(blend(colour, bg))).join(', ')}; needs 3:1 by its fill, hatching or outline)`,
          );
        }
      }
    }
    return [...new Set(problems)].slice(0, max);
  }, limit);
}
