/**
 * The one place charts meet a DOM: Plot draws into a linkedom document that this module owns (never the global
 * `window`/`document`), and the result leaves as an SVG string. One document serves every render; each chart's
 * element is detached when serialised, so nothing accumulates.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { normaliseSvg } from './normalise.ts';

const { document } = parseHTML('<!doctype html><html><head></head><body></body></html>');

/** Draws Plot `options` as SVG; `prefix` names the chart's ids (see normalise.ts). */
export function renderPlot(options: Plot.PlotOptions, prefix: string): string {
  const element = Plot.plot({ ...options, className: 'chart-svg', document: document as unknown as Document });
  return normaliseSvg(element.outerHTML, prefix);
}
