/**
 * /numerals/<style>.css: numbers a page's lists in the digits its figures are written in (src/i18n/list-numerals.ts),
 * one stylesheet per counter style the site's languages need (persian for fa, bengali for bn, none for en or fr),
 * linked by those languages' pages alone (Base.astro). A rule per style in global.css would be loaded by every page
 * of every site, and the site's stylesheet is near its 20 kB budget on some pages; this one weighs some 50 bytes (170
 * with the @counter-style of digits CSS has no style for), on the pages it serves. The rule names no custom property
 * and reads no attribute (`attr()`), so every browser applies it; a list styled otherwise (.plain) or numbered by its
 * editor (<ol type="a">) keeps its own.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { listNumerals, listNumeralsCss } from '../../i18n/list-numerals.ts';
import { locales } from '../../i18n/locales.ts';

/** The counter styles the site's languages number their lists in. */
const styles = [...new Set(locales.map((code) => listNumerals(code)))].filter((style) => style !== undefined);

export const getStaticPaths = (() =>
  styles.map((style) => ({ params: { style }, cacheKey: style }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(listNumeralsCss(params.style!), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
