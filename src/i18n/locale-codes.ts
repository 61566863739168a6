/**
 * Whether each code of site.locales names a language, as BCP 47 writes it. The code is the pages' language
 * (lang="…", hreflang, the search index) and the locale of their plural forms, dates and figures, and Intl takes any
 * well-formed code: "ua", Ukraine's country code, written for Ukrainian ("uk"), was accepted, its pages marked
 * lang="ua" and counted as English counts, and the dictionary check asked for the Ukrainian plural forms to be removed;
 * "ukr" and "iw" were published as lang="ukr" and lang="iw", codes BCP 47 writes "uk" and "he"; "english" passed as a
 * language of its own; "und" stopped the preflight on "Cannot read properties of undefined".
 */
import { ContentError } from '../lib/content-error.ts';
import { countryPossessive } from '../schemas/fields/country-name.ts';

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
const scriptNames = new Intl.DisplayNames(['en'], { type: 'script', fallback: 'none' });

/** The English name of the language `code` names, or undefined for a code no language has (ua, xq). */
export function languageNamed(code: string): string | undefined {
  try {
    return languageNames.of(code);
  } catch {
    return undefined;
  }
}

/**
 * ISO 3166 codes Intl names that are no country whose language a code could mean: groupings (the European Union, the
 * United Nations, Outlying Oceania) and lands without people of their own (Antarctica, Bouvet Island), to which CLDR
 * gives English or the administering country's language.
 */
const regionsNotCountries = new Set(['EU', 'EZ', 'UN', 'QO', 'AQ', 'BV', 'HM', 'GS', 'TF', 'UM', 'CP']);

/** ISO 3166's codes for private use (AA, QM–QZ, XA–XZ but Kosovo's XK) and CLDR's Unknown Region, ZZ: no place. */
const noPlace = /^(?:AA|Q[M-Z]|X[A-JL-Z]|ZZ)$/;

/**
 * The region a two-letter code names when it names no language: a country, with the language most spoken there
 * (CLDR's likely subtags: ua is Ukraine's, whose language is uk; cz Czechia's, cs), or a region that is no country
 * (aq, Antarctica; un, the United Nations). A code that is both a language's and a country's (ca: Catalan, and
 * Canada) is the language's; a code for private use or an unknown region (zz) is none.
 */
function regionCode(code: string): { name: string; country?: { language: string } } | undefined {
  if (!/^[a-z]{2}$/i.test(code) || languageNamed(code.toLowerCase())) return undefined;
  const region = code.toUpperCase();
  const name = regionNames.of(region);
  if (name && regionsNotCountries.has(region)) return { name };
  if (!name || noPlace.test(region)) return undefined;
  return { name, country: { language: new Intl.Locale(`und-${region}`).maximize().language } };
}

/** The country a two-letter code names when it names no language, with the language most spoken there (regionCode). */
export function countryCode(code: string): { country: string; language: string } | undefined {
  const region = regionCode(code);
  return region?.country ? { country: region.name, language: region.country.language } : undefined;
}

/** Each language of ISO 639-1 by its name in English and in itself, as plainName writes them: english, francais. */
let languagesByName: Map<string, string> | undefined;

/** A language's name without accents, case, spaces or hyphens: "Français" is francais. */
export const plainName = (name: string) =>
  name
    .normalize('NFD')
    .replace(/[^\p{L}]/gu, '')
    .toLowerCase();

/** The code of the language `word` names in English or in itself ("english", "français", "deutsch" -> en, fr, de). */
function languageOfName(word: string): string | undefined {
  languagesByName ??= new Map(
    twoLetterLanguages().flatMap((code) => {
      const own = new Intl.DisplayNames([code], { type: 'language', fallback: 'none' }).of(code);
      return [languageNamed(code), own].filter((name) => name !== undefined).map((name) => [plainName(name), code]);
    }),
  );
  return languagesByName.get(plainName(word));
}

/** Every two-letter code Intl names a language by, in its canonical form (not iw, in, ji, jw, mo, sh, tl). */
function twoLetterLanguages(): string[] {
  const letters = [...'abcdefghijklmnopqrstuvwxyz'];
  return letters
    .flatMap((first) => letters.map((second) => first + second))
    .filter((code) => languageNamed(code) && Intl.getCanonicalLocales(code)[0] === code);
}

const asBcp47 = 'write the language\'s as BCP 47 has it ("es", "pt-BR")';

/**
 * The problem of a configured language code that names no language, or undefined. The language is the code's first
 * subtag: a variant or script Intl has no name for is still the language's ("hy-arevmda", Western Armenian). A
 * two-letter language Intl does not name is no language (Intl names all 183 of ISO 639-1's); a three-letter one may be
 * one of the thousands of ISO 639-3 that CLDR has no data for, a newsroom's real language: taken as written. BCP 47
 * registers no language of four to eight letters, and one of two or three letters is written in its canonical form
 * (uk for ISO 639-2's ukr, he for iw, which ISO 639 withdrew), so that the pages' lang says what readers and search
 * engines know; its case is free, as BCP 47's is.
 */
export function localeCodeProblem(code: string): ContentError | undefined {
  let locale: Intl.Locale;
  try {
    locale = new Intl.Locale(code);
  } catch {
    return codeProblem(code, `"${code}" is not a language code as BCP 47 writes one ("es", "pt-BR")`);
  }
  // Intl.Locale gives no language for "und" (Node 24): the code says the language is not known.
  const language = locale.language as string | undefined;
  if (!language || language === 'und')
    return codeProblem(code, `"${code}" says the language is undetermined ("und"): ${asBcp47}`);
  // The language subtag as BCP 47 writes it. A variant that has since become a language of its own ("hy-arevmda",
  // Western Armenian, now "hyw") still has its language written as BCP 47 writes it, and is taken.
  const written = code.split('-')[0]!.toLowerCase();
  if (writtenOtherwise(written)) {
    const name = languageNamed(language);
    const canonical = Intl.getCanonicalLocales(code)[0]!;
    return codeProblem(
      code,
      `"${code}" is not how BCP 47 writes ${name ? `${name}'s code` : 'its language'}: write "${canonical}"`,
    );
  }
  if (language.length > 3) {
    const meant = languageOfName(language);
    const said = meant ? `: ${languageNamed(meant)}'s is "${meant}"` : `: ${asBcp47}`;
    return codeProblem(
      code,
      `"${code}" is no language's code (BCP 47 writes a language in two or three letters)${said}`,
    );
  }
  if (languageNamed(language) || language.length > 2) {
    const region = regionSubtagProblem(code, language);
    return region ? codeProblem(code, region) : undefined;
  }
  return codeProblem(code, regionProblem(code, language));
}

/** The two-letter language subtags IANA's registry deprecates: he, id, yi, jv and ro are written instead. */
const deprecatedLanguages = new Set(['iw', 'in', 'ji', 'jw', 'mo']);

/**
 * Members of macrolanguages that CLDR's aliases write as the macrolanguage's two letters (cmn as zh), as they do an
 * ISO 639-2 code (eng as en): BCP 47 registers each as a language of its own, and one is no mistake.
 */
const macrolanguageMembers = new Set(
  `arb ayr azj cmn ekk esk fat fuc gaz gug ike kmr knc kng
   kpv khk lvs npi ojg ory pbu pes plt quz swh uzn ydd zsm`.split(/\s+/),
);

/**
 * Whether BCP 47 writes the language subtag `written` otherwise: one IANA's registry deprecates (iw for he), or
 * ISO 639-2's three letters for a language of two (eng, fra, fre: BCP 47 writes the shortest code). CLDR's aliases,
 * which Intl canonicalises with, replace many more that BCP 47 still takes, and a newsroom may mean: tl (Tagalog, not
 * fil), sh (Serbo-Croatian, not sr-Latn), prs (Dari, not fa-AF), the macrolanguages' members: those are taken.
 */
function writtenOtherwise(written: string): boolean {
  const canonical = Intl.getCanonicalLocales(written)[0]!;
  if (canonical === written) return false;
  if (written.length === 2) return deprecatedLanguages.has(written);
  return /^[a-z]{2}$/.test(canonical) && !macrolanguageMembers.has(written);
}

/** A code's region subtag as written: two letters or three digits, after the language and a script. */
const regionSubtag = /^([a-z]{2,8}(?:-[a-z]{3}){0,3}(?:-[a-z]{4})?-)([a-z]{2}|\d{3})(?=-|$)/i;

/**
 * The problem of a code's region, or undefined: one repeating the language's code (ja-JA for ja-JP; ar-AR, Argentina,
 * for ar-EG; but not pt-PT or no-NO, Portugal's and Norway's), one BCP 47 writes otherwise (en-UK for en-GB), one that
 * names no place (en-ZZ, de-999), and Laos for Latin America (es-LA for es-419). Each reached the pages' lang and
 * hreflang.
 */
function regionSubtagProblem(code: string, language: string): string | undefined {
  const match = regionSubtag.exec(code);
  if (!match) return undefined;
  const [, before, written] = match;
  const region = written!.toUpperCase();
  const likely = new Intl.Locale(language).maximize().region;
  // Intl names the aliases CLDR replaces (UK, United Kingdom, which BCP 47 writes GB) as it does the regions.
  const canonical = Intl.getCanonicalLocales(`und-${region}`)[0]!.slice(4);
  const name = canonical === region ? placeNamed(region) : undefined;
  const withCountry = likely ? `"${language}-${likely}"` : undefined;
  const itsCountry = likely === region || (name && spokenIn(region) === language);
  if (region === language.toUpperCase() && !itsCountry) {
    const what = name ? `"${region}" is ${countryPossessive(name, region)}` : `"${region}" is no region's code`;
    const country = withCountry ? `, or ${withCountry} with its country` : '';
    return `"${code}" repeats its language's code as a region (${what}): write "${language}"${country}`;
  }
  if (canonical !== region && placeNamed(canonical))
    return `"${code}": "${written}" is not how BCP 47 writes ${countryPossessive(placeNamed(canonical)!, canonical)} code: write "${before}${canonical}${code.slice(match[0].length)}"`;
  if (!name) {
    const country = withCountry ? `, or with a country's code (${withCountry})` : '';
    return `"${code}" has a region that names no place ("${written}"): write the language alone ("${language}")${country}`;
  }
  // Spanish is the language with a locale for Latin America, 419, which "LA", Laos, is mistaken for.
  if (region === 'LA' && language === 'es')
    return `"${code}" is Spanish as written in Laos (LA): Latin America's code is 419, "${before}419"`;
  return undefined;
}

/** The language most spoken in `region`, as CLDR's likely subtags have it (PT: pt, AR: es, NO: nb, not no). */
const spokenIn = (region: string) => new Intl.Locale(`und-${region}`).maximize().language;

/** The English name of the region `region` codes, or undefined for none, a code for private use or Unknown Region. */
function placeNamed(region: string): string | undefined {
  if (noPlace.test(region)) return undefined;
  try {
    return regionNames.of(region);
  } catch {
    return undefined;
  }
}

/** What a two-letter code that names no language is: a country's code, another region's, or nothing. */
function regionProblem(code: string, language: string): string {
  const region = regionCode(language);
  if (region?.country) {
    const meant = region.country.language;
    return `"${code}" is the code of a country (${region.name}), not of a language: ${languageNamed(meant)}'s is "${meant}"`;
  }
  if (region) return `"${code}" is the code of a region (${region.name}), not of a language: ${asBcp47}`;
  return `"${code}" is no language's code: ${asBcp47}`;
}

/**
 * The problem of a language's `intl` (site.locales: the locale its dates, figures and plural forms follow) when it is
 * no locale, or one of another language: `{ code: 'uk', intl: 'ua-UA' }` counted Ukrainian in English's two forms and
 * wrote its figures as American ones do.
 */
export function intlLocaleProblem(code: string, intl: string): ContentError | undefined {
  const field = `site.locales, intl of "${code}"`;
  let language: string | undefined;
  try {
    language = new Intl.Locale(intl).language;
  } catch {
    return new ContentError('src/site.config.ts', field, `"${intl}" is not a locale as BCP 47 writes one ("pt-BR")`);
  }
  const expected = languageOf(code);
  if (expected === undefined) return undefined;
  if (sameLanguage(language, expected)) return scriptProblem(code, intl);
  const wanted = languageNamed(expected) ?? `"${expected}"`;
  const what =
    language && languageNamed(language)
      ? `a locale of ${languageNamed(language)}, not of ${wanted}`
      : `no locale of ${wanted} ("${language}" is no language's code)`;
  const example = new Intl.Locale(expected).maximize();
  return new ContentError(
    'src/site.config.ts',
    field,
    `"${intl}" is ${what}: the pages' plural forms, dates and figures follow it; write a locale of "${expected}" ("${expected}-${example.region}"), or none`,
  );
}

/**
 * Members of macrolanguages that CLDR has locales of their own for, under their own code, by the macrolanguage's: a
 * code and an intl one apart were refused ({ code: 'no', intl: 'nb-NO' }). Intl's canonical form joins the others
 * (cmn-CN is zh-CN, zsm is ms, arb is ar).
 */
const macrolanguageOf: Record<string, string> = {
  nb: 'no',
  nn: 'no',
  yue: 'zh',
  wuu: 'zh',
  hak: 'zh',
  nan: 'zh',
  gan: 'zh',
  hsn: 'zh',
  ckb: 'ku',
  sdh: 'ku',
};

/** Whether the languages `a` and `b` (as Intl.Locale gives them) are one, or a macrolanguage and one of its members. */
function sameLanguage(a: string | undefined, b: string): boolean {
  return a === b || (a !== undefined && (macrolanguageOf[a] === b || macrolanguageOf[b] === a));
}

/**
 * The problem of an intl in another script than the code's (as Intl's likely subtags complete each): sr-RS wrote
 * Cyrillic dates on the pages of sr-Latn, zh-CN Simplified ones on those of zh-Hant. A code without a script of its
 * own has its language's usual one, which the code may be the one to change.
 */
function scriptProblem(code: string, intl: string): ContentError | undefined {
  const pages = new Intl.Locale(code).maximize().script;
  const dates = new Intl.Locale(intl).maximize().script;
  if (!pages || !dates || pages === dates) return undefined;
  const inScript = (script: string) => `${scriptNames.of(script) ?? script} script`;
  const own = new Intl.Locale(intl, { script: pages }).toString();
  const codeScript = new Intl.Locale(code).script
    ? ''
    : `, or mark the pages' script in their code ("${new Intl.Locale(code, { script: dates }).toString()}")`;
  return new ContentError(
    'src/site.config.ts',
    `site.locales, intl of "${code}"`,
    `"${intl}" writes in ${inScript(dates)}, the pages ("${code}") in ${inScript(pages)}: their dates and figures would not be in the script of their text; write "${own}"${codeScript}`,
  );
}

/** The language subtag of `code`, or undefined for a code Intl cannot read or "und" (their own problems). */
function languageOf(code: string): string | undefined {
  try {
    const { language } = new Intl.Locale(code);
    return language && language !== 'und' ? language : undefined;
  } catch {
    return undefined;
  }
}

function codeProblem(code: string, what: string): ContentError {
  return new ContentError(
    'src/site.config.ts',
    'site.locales',
    `${what}; the code marks the pages' language (lang="${code}") and picks their plural forms, dates and figures`,
  );
}
