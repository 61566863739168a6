/**
 * How the focused element shows, measured in the page (`page.evaluate(focusReport)`): its outline's style, width and
 * contrast against what it is drawn over, whether it and its outline lie on screen, unclipped and uncovered (WCAG
 * 2.4.7, 2.4.11, 2.4.13). The function runs in the browser, so it is whole in itself: it calls nothing from outside.
 */

/** What is wrong with where and how the focused element shows, measured in the page after each Tab. */
export interface FocusReport {
  /** The element, as a reader would name it: its tag, its link or id, its first words. */
  name: string;
  tag: string;
  /** An open-able `<details>` summary not yet open: the test opens it to reach what it hides (a chart's data). */
  closedSummary: boolean;
  /** Where its box lies in the page as laid out, whatever the page and the boxes round it are scrolled to. */
  laidOut: { top: number; bottom: number };
  problems: string[];
}

/**
 * The focused element's problems: not focus-visible; an outline under 2 px or of no style; an outline under 3:1
 * against the background it is drawn over (the nearest opaque background of its parent, blended); the element or its
 * outline outside the viewport (a box taller or wider than the screen need only be partly in it), clipped by a scrolling
 * or clipping ancestor, or covered by another element at its first line's centre.
 */
export function focusReport(): FocusReport | null {
  const element = document.activeElement as HTMLElement | null;
  if (!element || element === document.body) return null;
  const words = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 30);
  const name = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${element.getAttribute('href') ? ` ${element.getAttribute('href')}` : ''} "${words}"`;
  const problems: string[] = [];
  const style = getComputedStyle(element);
  if (!element.matches(':focus-visible')) problems.push('not :focus-visible');
  const width = parseFloat(style.outlineWidth);
  if (style.outlineStyle === 'none' || width < 2) problems.push(`outline ${style.outlineStyle} ${style.outlineWidth}`);

  // Colours through a canvas, so that any colour syntax the browser accepts is read as sRGB.
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 1;
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  const parse = (color: string): number[] => {
    context.clearRect(0, 0, 1, 1);
    context.fillStyle = 'rgba(0, 0, 0, 0)';
    context.fillStyle = color;
    context.fillRect(0, 0, 1, 1);
    const [r = 0, g = 0, b = 0, a = 0] = context.getImageData(0, 0, 1, 1).data;
    return [r, g, b, a / 255];
  };
  const backgroundOf = (start: Element | null): number[] => {
    const layers: number[][] = [];
    for (let node = start; node; node = node.parentElement) {
      const color = parse(getComputedStyle(node).backgroundColor);
      if (color[3]! > 0) layers.push(color);
      if (color[3] === 1) break;
    }
    return layers.reduceRight(
      (under, [r, g, b, a]) => [0, 1, 2].map((i) => [r, g, b][i]! * a! + under[i]! * (1 - a!)),
      [255, 255, 255],
    );
  };
  const luminance = (rgb: number[]) =>
    rgb
      .map((v) => v / 255)
      .map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
      .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i]!, 0);
  const outline = parse(style.outlineColor);
  const ground = backgroundOf(element.parentElement);
  const drawn = [0, 1, 2].map((i) => outline[i]! * outline[3]! + ground[i]! * (1 - outline[3]!));
  const [hi, lo] = [luminance(drawn), luminance(ground)].sort((a, b) => b - a);
  const contrast = (hi! + 0.05) / (lo! + 0.05);
  if (contrast < 3) problems.push(`outline ${style.outlineColor} is ${contrast.toFixed(2)}:1 against its background`);

  // The outline's outer edge; a box larger than the screen need only show part of itself.
  const box = element.getBoundingClientRect();
  const reach = Math.max(0, width + parseFloat(style.outlineOffset || '0'));
  const outer = { left: box.left - reach, top: box.top - reach, right: box.right + reach, bottom: box.bottom + reach };
  const fitsX = outer.right - outer.left <= innerWidth;
  const fitsY = outer.bottom - outer.top <= innerHeight;
  const out = (fits: boolean, start: number, end: number, size: number) =>
    fits ? start < -0.5 || end > size + 0.5 : end <= 0 || start >= size;
  if (box.width === 0 || box.height === 0) problems.push('has no box');
  if (out(fitsX, outer.left, outer.right, innerWidth) || out(fitsY, outer.top, outer.bottom, innerHeight))
    problems.push(
      `outside the screen (${Math.round(outer.left)},${Math.round(outer.top)} to ${Math.round(outer.right)},${Math.round(outer.bottom)} in ${innerWidth}×${innerHeight})`,
    );
  for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
    const clip = getComputedStyle(parent);
    if ([clip.overflowX, clip.overflowY].every((value) => value === 'visible')) continue;
    const inner = parent.getBoundingClientRect();
    const edge = { left: inner.left + parent.clientLeft, top: inner.top + parent.clientTop };
    const limits = { right: edge.left + parent.clientWidth, bottom: edge.top + parent.clientHeight };
    const clippedX =
      clip.overflowX !== 'visible' &&
      (fitsX || outer.right - outer.left <= parent.clientWidth) &&
      (outer.left < edge.left - 0.5 || outer.right > limits.right + 0.5);
    const clippedY =
      clip.overflowY !== 'visible' &&
      outer.bottom - outer.top <= parent.clientHeight &&
      (outer.top < edge.top - 0.5 || outer.bottom > limits.bottom + 0.5);
    if (clippedX || clippedY) {
      problems.push(
        `clipped by ${parent.tagName.toLowerCase()}.${[...parent.classList].join('.')} (overflow ${clip.overflowX} ${clip.overflowY})`,
      );
      break;
    }
  }
  const line = element.getClientRects()[0] ?? box;
  const x = Math.min(Math.max(line.left + line.width / 2, 1), innerWidth - 1);
  const y = Math.min(Math.max(line.top + line.height / 2, 1), innerHeight - 1);
  const hit = document.elementFromPoint(x, y);
  if (hit && !element.contains(hit) && !hit.contains(element))
    problems.push(
      `covered by ${hit.tagName.toLowerCase()}${hit.className ? `.${String(hit.className).split(' ').join('.')}` : ''} at its centre`,
    );
  const summary =
    element.tagName === 'SUMMARY' && element.parentElement instanceof HTMLDetailsElement ? element.parentElement : null;
  // Scrolling moves a box on screen, not in the page: the scroll of the page and of every box round it is added back.
  let scrolled = scrollY;
  for (let parent = element.parentElement; parent; parent = parent.parentElement) scrolled += parent.scrollTop;
  const laidOut = { top: box.top + scrolled, bottom: box.bottom + scrolled };
  return { name, tag: element.tagName, closedSummary: !!summary && !summary.open, laidOut, problems };
}
