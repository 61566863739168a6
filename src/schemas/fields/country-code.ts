/**
 * ISO 3166-1 alpha-2 country codes, and the code meant by a country's name, a three-letter code or "UK".
 */
import { z } from 'astro/zod';
import countries from 'i18n-iso-countries';
import { locales } from '../../i18n/locales.ts';
import { site } from '../../site.config.ts';
import { countryPossessive } from './country-name.ts';

/**
 * Codes editors write for a country whose ISO code is another: the United Kingdom is GB in ISO 3166-1 ("UK" is only
 * reserved, and a second "UK" page would split the country's stories).
 */
const usualCodes: Record<string, { code: string; country: string }> = {
  UK: { code: 'GB', country: 'the United Kingdom' },
};

let codesByName: Map<string, string> | undefined;

/**
 * The ISO code of a country written by its name, in any of the site's languages ("Russia", "Russie"), as Intl or the
 * site itself (`countryNames` in src/site.config.ts: "Turkey", where Intl says "Türkiye") names it, if it is one.
 */
export function countryByName(name: string): string | undefined {
  if (!codesByName) {
    codesByName = new Map();
    for (const locale of locales) {
      const names = new Intl.DisplayNames([locale], { type: 'region' });
      for (const code of Object.keys(countries.getAlpha2Codes())) codesByName.set(names.of(code)!.toLowerCase(), code);
    }
    for (const names of Object.values(site.countryNames)) {
      for (const [code, written] of Object.entries(names ?? {})) codesByName.set(written.toLowerCase(), code);
    }
  }
  const written = name.trim().toLowerCase();
  // "the Netherlands", as a sentence writes it.
  return codesByName.get(written) ?? codesByName.get(written.replace(/^the\s+/, ''));
}

/** "the Netherlands' code", "Russia's code": a country's name as written, as a sentence writes it (country-name.ts). */
function codeOf(name: string, code: string): string {
  return `${countryPossessive(name, code)} code`;
}

/**
 * What an editor most likely meant by `value`, written where an ISO 3166-1 alpha-2 code is expected, as a hint to
 * follow an error: ': Türkiye's code is "TR"' for a country's name, the capitals of a code written in lower case, the
 * two-letter code of a three-letter one, GB for "UK"; '' when the value is none of those.
 */
export function countryCodeHint(value: unknown): string {
  const capitals = typeof value === 'string' ? value.toUpperCase() : '';
  const usual = usualCodes[capitals];
  const named = typeof value === 'string' && value.length > 2 ? countryByName(value) : undefined;
  // The three-letter code (RUS, USA) that passports and many datasets use.
  const alpha3 = /^[A-Z]{3}$/.test(capitals) ? countries.alpha3ToAlpha2(capitals) : undefined;
  const trimmed = typeof value === 'string' ? value.trim() : '';
  // ISO reserves EU for the European Union, which has no country page: its states do.
  if (capitals.trim() === 'EU')
    return ': the European Union is no country, and has no country page: list the member states the page is about';
  return trimmed !== value && /^[A-Z]{2}$/.test(trimmed) && countries.isValid(trimmed)
    ? `: write it without spaces, "${trimmed}"`
    : usual
      ? `: ${countryPossessive(usual.country, usual.code)} code is "${usual.code}"`
      : /^[A-Z]{2}$/.test(capitals) && countries.isValid(capitals)
        ? `: write it in capitals, "${capitals}"`
        : named
          ? `: ${codeOf(String(value), named)} is "${named}"`
          : alpha3
            ? `: that is the three-letter code; write the two-letter one, "${alpha3}"`
            : '';
}

/**
 * What is wrong with `value` as an ISO 3166-1 alpha-2 country code in capitals, in an editor's words, or undefined when
 * nothing is: frontmatter `countries` and dataset columns with `ref: "country"` say the same.
 */
export function countryCodeProblem(value: unknown): string | undefined {
  if (typeof value === 'string' && /^[A-Z]{2}$/.test(value) && countries.isValid(value)) return undefined;
  return `expected an ISO 3166-1 alpha-2 country code such as "RU", got ${JSON.stringify(value)}${countryCodeHint(value)}`;
}

/** An ISO 3166-1 alpha-2 country code in capitals, e.g. RU, SV. */
export const countryCode = z
  .string({ error: 'expected an ISO 3166-1 alpha-2 country code such as "RU"' })
  .refine((code) => countryCodeProblem(code) === undefined, { error: (issue) => countryCodeProblem(issue.input) });
