/**
 * The check of site.locales' codes (src/i18n/locale-codes.ts): each names a language as BCP 47 writes it, since the
 * code is the pages' lang and picks their plural forms, and each `intl` is a locale of the code's language.
 */
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { siteDictionaryProblems } from '../../src/i18n/check.ts';
import { intlLocaleProblem, localeCodeProblem } from '../../src/i18n/locale-codes.ts';
import { repoRoot } from '../helpers/build.ts';

/** What the check says of `code`, without the sentence every message ends on. */
const problem = (code: string) =>
  localeCodeProblem(code)?.message.replace(
    `; the code marks the pages' language (lang="${code}") and picks their plural forms, dates and figures`,
    '',
  );

const asBcp47 = 'write the language\'s as BCP 47 has it ("es", "pt-BR")';

describe('localeCodeProblem', () => {
  it('takes a language with a region, a script or a region number, in any case', () => {
    for (const code of ['pt-BR', 'sr-Latn', 'zh-Hant', 'es-419', 'pt-br', 'fil', 'yue', 'hy-arevmda'])
      expect(problem(code), code).toBeUndefined();
  });

  it("refuses a language's name for its code, naming the code when the name is English's or the language's own", () => {
    const named = (code: string, meant: string) =>
      `src/site.config.ts: site.locales: "${code}" is no language's code (BCP 47 writes a language in two or three letters): ${meant}`;
    expect(problem('english')).toBe(named('english', 'English\'s is "en"'));
    expect(problem('francais')).toBe(named('francais', 'French\'s is "fr"'));
    expect(problem('deutsch')).toBe(named('deutsch', 'German\'s is "de"'));
    expect(problem('espanol-MX')).toBe(named('espanol-MX', 'Spanish\'s is "es"'));
    expect(problem('newsdesk')).toBe(named('newsdesk', asBcp47));
  });

  it('refuses a code BCP 47 writes otherwise (ISO 639-2, withdrawn codes), with the code it writes', () => {
    const written = { eng: ['English', 'en'], fra: ['French', 'fr'], ukr: ['Ukrainian', 'uk'], iw: ['Hebrew', 'he'] };
    for (const [code, [name, canonical]] of Object.entries(written))
      expect(problem(code)).toBe(
        `src/site.config.ts: site.locales: "${code}" is not how BCP 47 writes ${name}'s code: write "${canonical}"`,
      );
    for (const code of ['in', 'ji', 'jw', 'mo', 'nor', 'zho', 'deu', 'ger', 'fre'])
      expect(problem(code), code).toContain(`"${code}" is not how BCP 47 writes`);
    expect(problem('iw-IL')).toContain('write "he-IL"');
  });

  // CLDR's aliases replace these, and Intl with them, but BCP 47 registers each as a language of its own: a member of
  // a macrolanguage (Mandarin of Chinese, Northern Kurdish of Kurdish), Tagalog beside Filipino, Serbo-Croatian.
  it('takes a code BCP 47 registers and does not deprecate, though CLDR writes it otherwise', () => {
    for (const code of ['tl', 'cmn', 'kmr', 'arb', 'zsm', 'sh', 'prs', 'swc', 'tl-PH', 'cmn-Hans-CN'])
      expect(problem(code), code).toBeUndefined();
  });

  it('refuses a region written otherwise than BCP 47 writes it, with the code to write', () => {
    expect(problem('en-UK')).toBe(
      'src/site.config.ts: site.locales: "en-UK": "UK" is not how BCP 47 writes the United Kingdom\'s code: write "en-GB"',
    );
  });

  it("refuses a language's code repeated as its region, with the language alone or its country", () => {
    const repeated = (code: string, region: string, alone: string, country: string) =>
      `src/site.config.ts: site.locales: "${code}" repeats its language's code as a region (${region}): write "${alone}", or "${country}" with its country`;
    expect(problem('ja-JA')).toBe(repeated('ja-JA', '"JA" is no region\'s code', 'ja', 'ja-JP'));
    expect(problem('he-HE')).toBe(repeated('he-HE', '"HE" is no region\'s code', 'he', 'he-IL'));
    expect(problem('uk-UK')).toBe(repeated('uk-UK', '"UK" is no region\'s code', 'uk', 'uk-UA'));
    expect(problem('fa-FA')).toBe(repeated('fa-FA', '"FA" is no region\'s code', 'fa', 'fa-IR'));
    expect(problem('en-EN')).toBe(repeated('en-EN', '"EN" is no region\'s code', 'en', 'en-US'));
    expect(problem('ar-AR')).toBe(repeated('ar-AR', '"AR" is Argentina\'s', 'ar', 'ar-EG'));
    // A country's name as a sentence writes it: Bosnian's code, bs, is the Bahamas' (BS).
    expect(problem('bs-BS')).toBe(repeated('bs-BS', '"BS" is the Bahamas\'', 'bs', 'bs-BA'));
    for (const code of ['fr-FR', 'de-DE', 'so-SO', 'pt-PT', 'no-NO']) expect(problem(code), code).toBeUndefined();
  });

  it('refuses a region that names no place, naming the code', () => {
    for (const code of ['en-ZZ', 'en-QM', 'en-AA', 'de-999', 'en-XY'])
      expect(problem(code), code).toBe(
        `src/site.config.ts: site.locales: "${code}" has a region that names no place ("${code.split('-')[1]}"): write the language alone ("${code.split('-')[0]}"), or with a country's code ("${new Intl.Locale(code.split('-')[0]!).maximize().language}-${new Intl.Locale(code.split('-')[0]!).maximize().region}")`,
      );
  });

  it('refuses Laos for Latin America, in Spanish, with the code of Latin America', () => {
    expect(problem('es-LA')).toBe(
      'src/site.config.ts: site.locales: "es-LA" is Spanish as written in Laos (LA): Latin America\'s code is 419, "es-419"',
    );
    for (const code of ['es-419', 'lo-LA', 'en-001', 'en-150', 'sr-Latn-RS', 'en-GB'])
      expect(problem(code), code).toBeUndefined();
  });

  it("says what a two-letter code that is no language's is: a country's, another region's, or nothing", () => {
    expect(problem('ua')).toBe(
      'src/site.config.ts: site.locales: "ua" is the code of a country (Ukraine), not of a language: Ukrainian\'s is "uk"',
    );
    expect(problem('aq')).toBe(
      `src/site.config.ts: site.locales: "aq" is the code of a region (Antarctica), not of a language: ${asBcp47}`,
    );
    expect(problem('un')).toContain('"un" is the code of a region (United Nations), not of a language');
    expect(problem('qo')).toContain('"qo" is the code of a region (Outlying Oceania), not of a language');
    for (const code of ['zz', 'xq', 'qm'])
      expect(problem(code)).toBe(`src/site.config.ts: site.locales: "${code}" is no language's code: ${asBcp47}`);
  });

  it('refuses "und", the undetermined language, with a line of its own rather than a crash', () => {
    for (const code of ['und', 'und-Arab'])
      expect(problem(code)).toBe(
        `src/site.config.ts: site.locales: "${code}" says the language is undetermined ("und"): ${asBcp47}`,
      );
  });
});

describe('intlLocaleProblem', () => {
  it("takes a locale of the code's language, and one with the same language but another country", () => {
    expect(intlLocaleProblem('en', 'en-GB')).toBeUndefined();
    expect(intlLocaleProblem('pt-BR', 'pt-PT')).toBeUndefined();
    expect(intlLocaleProblem('fa', 'fa-IR-u-ca-gregory')).toBeUndefined();
  });

  it("takes a locale of the code's macrolanguage or of one of its members, as these setups were built", () => {
    const related = [
      ['no', 'nb-NO'],
      ['no', 'nn-NO'],
      ['nb', 'no-NO'],
      ['yue', 'zh-HK'],
      ['zh-HK', 'yue-HK'],
      ['zh', 'cmn-CN'],
      ['cmn', 'zh-CN'],
      ['ms', 'zsm-MY'],
      ['zsm', 'ms-MY'],
      ['ar', 'arb-EG'],
      ['arb', 'ar-EG'],
      ['ckb', 'ku-Arab-IQ'],
    ];
    for (const [code, intl] of related) expect(intlLocaleProblem(code!, intl!), `${code} ${intl}`).toBeUndefined();
    // Two members of one macrolanguage are two languages: Bokmål's dates are not Nynorsk's.
    expect(intlLocaleProblem('nb', 'nn-NO')?.message).toContain(
      '"nn-NO" is a locale of Norwegian Nynorsk, not of Norwegian Bokmål',
    );
  });

  it("refuses a locale in another script than the code's, with the locale in the code's script", () => {
    expect(intlLocaleProblem('sr-Latn', 'sr-RS')?.message).toBe(
      'src/site.config.ts: site.locales, intl of "sr-Latn": "sr-RS" writes in Cyrillic script, the pages ("sr-Latn") in Latin script: their dates and figures would not be in the script of their text; write "sr-Latn-RS"',
    );
    expect(intlLocaleProblem('zh-Hant', 'zh-CN')?.message).toBe(
      'src/site.config.ts: site.locales, intl of "zh-Hant": "zh-CN" writes in Simplified script, the pages ("zh-Hant") in Traditional script: their dates and figures would not be in the script of their text; write "zh-Hant-CN"',
    );
    // A code without a script says its language's usual one: the script may be the code's to write.
    expect(intlLocaleProblem('zh', 'zh-TW')?.message).toBe(
      'src/site.config.ts: site.locales, intl of "zh": "zh-TW" writes in Traditional script, the pages ("zh") in Simplified script: their dates and figures would not be in the script of their text; write "zh-Hans-TW", or mark the pages\' script in their code ("zh-Hant")',
    );
    for (const [code, intl] of [
      ['sr-Latn', 'sr-Latn-RS'],
      ['zh-Hant', 'zh-TW'],
      ['zh-TW', 'zh-HK'],
      ['yue', 'zh-HK'],
      ['sr', 'sr-Cyrl-ME'],
    ])
      expect(intlLocaleProblem(code!, intl!), `${code} ${intl}`).toBeUndefined();
  });

  it("refuses another language's locale, or no language's, naming the field and a locale of the code's language", () => {
    expect(intlLocaleProblem('uk', 'ua-UA')?.message).toBe(
      'src/site.config.ts: site.locales, intl of "uk": "ua-UA" is no locale of Ukrainian ("ua" is no language\'s code): the pages\' plural forms, dates and figures follow it; write a locale of "uk" ("uk-UA"), or none',
    );
    expect(intlLocaleProblem('uk', 'en-US')?.message).toBe(
      'src/site.config.ts: site.locales, intl of "uk": "en-US" is a locale of English, not of Ukrainian: the pages\' plural forms, dates and figures follow it; write a locale of "uk" ("uk-UA"), or none',
    );
    expect(intlLocaleProblem('uk', 'uk_UA')?.message).toBe(
      'src/site.config.ts: site.locales, intl of "uk": "uk_UA" is not a locale as BCP 47 writes one ("pt-BR")',
    );
  });

  it("is checked with the dictionaries, before the plural forms that the intl's language would pick", () => {
    const intl = (code: string) => (code === 'uk' ? 'ua-UA' : code);
    const problems = siteDictionaryProblems(repoRoot, ['en', 'uk'], { en, uk: en }, {}, intl);
    expect(problems.map((error) => error.message)).toEqual([intlLocaleProblem('uk', 'ua-UA')!.message]);
  });
});
