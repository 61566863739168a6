/**
 * What the build stops on before rendering that is no page's, on the dev server (src/build/dev-project-checks.ts): a
 * public/_headers clashing with the build's headers, a dictionary against English, a dictionary still exporting `en`,
 * a language code of site.locales. Run with a Vite server as `npm run dev` has one, a save told to its watcher as
 * chokidar tells it.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer as createViteServer, type ViteDevServer } from 'vite';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { watchProjectChecks, type ProjectChecks } from '../../src/build/dev-project-checks.ts';
import { en } from '../../src/i18n/en.ts';
import { repoRoot } from '../helpers/build.ts';

const clash =
  'public/_headers: line 2: the rule for /* sets X-Frame-Options, which the build writes for every page (src/build/security-headers.ts): the host would send both values, or either one. Remove the line; to change the header, change it there, for the whole site';

describe('the dev server checks the project as the build does before rendering', () => {
  const root = mkdtempSync(join(tmpdir(), 'casefile-dev-checks-'));
  const i18n = join(root, 'src/i18n');
  mkdirSync(join(root, 'public'));
  mkdirSync(i18n, { recursive: true });
  // The build's check of the dictionaries, on the English one and a copy of the French one that the tests may break,
  // for the languages of a src/site.config.ts of its own.
  copyFileSync(join(repoRoot, 'src/i18n/fr.ts'), join(i18n, 'fr.ts'));
  writeFileSync(
    join(i18n, 'check.ts'),
    [
      `import { siteDictionaryProblems as check } from ${JSON.stringify(join(repoRoot, 'src/i18n/check.ts'))};`,
      `import { en } from ${JSON.stringify(join(repoRoot, 'src/i18n/en.ts'))};`,
      "import { fr } from './fr.ts';",
      "import { codes } from '../site.config.ts';",
      'export const siteDictionaryProblems = (root: string) => check(root, codes, { en, fr });',
      '',
    ].join('\n'),
  );
  const siteConfig = (...codes: string[]) =>
    `export const site = { locales: ${JSON.stringify(codes.map((code) => ({ code })))} };\nexport const codes = site.locales.map((locale) => locale.code);\n`;
  const french = readFileSync(join(i18n, 'fr.ts'), 'utf8');
  let vite: ViteDevServer | undefined;
  afterEach(async () => {
    await vite?.close();
    rmSync(join(root, 'public/_headers'), { force: true });
    writeFileSync(join(i18n, 'fr.ts'), french);
    writeFileSync(join(root, 'src/site.config.ts'), siteConfig('en', 'fr'));
  });
  writeFileSync(join(root, 'src/site.config.ts'), siteConfig('en', 'fr'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  /** Starts Vite and the checks; returns what they print, and a save of `path` told to the watcher. */
  async function start() {
    vite = await createViteServer({
      root,
      configFile: false,
      logLevel: 'silent',
      server: { middlewareMode: true, watch: null },
    });
    const printed: string[] = [];
    const checks: ProjectChecks = await watchProjectChecks(vite, { error: (message) => printed.push(message) }, root, {
      folder: i18n,
      check: join(i18n, 'check.ts'),
    });
    const save = async (path: string, text: string) => {
      writeFileSync(join(root, path), text);
      vite!.watcher.emit('change', join(root, path));
      // The dictionaries are read in a thread of their own, asynchronously.
      await checks.settled();
    };
    return { printed, save };
  }

  it('prints a public/_headers clash once when the server starts, again only when a save changes it, nothing once fixed', async () => {
    writeFileSync(join(root, 'public/_headers'), '/*\n  X-Frame-Options: SAMEORIGIN\n');
    const { printed, save } = await start();
    expect(printed).toEqual([clash]);
    await save('public/_headers', '/*\n  X-Frame-Options: SAMEORIGIN\n');
    expect(printed).toEqual([clash]);
    await save('public/_headers', '/*\n  X-Frame-Options: SAMEORIGIN\n  Referrer-Policy: no-referrer\n');
    expect(printed).toEqual([
      clash,
      'public/_headers: line 3: the rule for /* sets Referrer-Policy, which the build writes for every page (src/build/security-headers.ts): the host would send both values, or either one. Remove the line; to change the header, change it there, for the whole site',
    ]);
    await save('public/_headers', '/data/*\n  Access-Control-Allow-Origin: *\n');
    expect(printed).toHaveLength(2);
  });

  it('prints a public/_headers clash from the save that causes it', async () => {
    const { printed, save } = await start();
    expect(printed).toEqual([]);
    await save('public/_headers', '/*\n  X-Frame-Options: SAMEORIGIN\n');
    expect(printed).toEqual([clash]);
  });

  it('prints what the build says of a dictionary from the save that breaks it, once, reading it as saved', async () => {
    const { printed, save } = await start();
    expect(printed).toEqual([]);
    const broken = french.replace(/^\s*'footer\.rss':.*\n/m, '');
    expect(broken).not.toBe(french);
    await save('src/i18n/fr.ts', broken);
    const missing = `src/i18n/fr.ts: footer.rss: missing: translate the English string ${JSON.stringify(en['footer.rss'])}`;
    expect(printed).toEqual([missing]);
    await save('src/i18n/fr.ts', `${broken}\n`);
    expect(printed).toEqual([missing]);
    await save('src/i18n/fr.ts', french);
    expect(printed).toEqual([missing]);
  });

  it('prints that a dictionary is mostly English from the save that copies the English one over it', async () => {
    const { printed, save } = await start();
    await save('src/i18n/fr.ts', `export const fr = ${JSON.stringify(en)};\n`);
    const total = Object.keys(en).length;
    const [first, second, third] = Object.keys(en);
    // English's counted strings lack the "many" form French has (« 1 000 000 de lignes »).
    const many = Object.entries(en)
      .filter(([key]) => key.endsWith('.other'))
      .map(
        ([key, text]) =>
          `src/i18n/fr.ts: ${key.replace(/other$/, 'many')}: missing: French counts 1000000, 2000000, 3000000 with "many": translate the English string ${JSON.stringify(text)} for them`,
      );
    expect(printed).toEqual([
      ...many,
      `src/i18n/fr.ts: ${total} of ${total} strings are the English ones (${first}, ${second}, ${third}, …): their pages would read English words as French; translate them, and list a string kept as in English on purpose (a name, a code) in \`sameAsEnglish.fr\` (src/i18n/index.ts)`,
    ]);
  });

  const unexported =
    'src/i18n/fr.ts: export fr: missing, though src/i18n/check.ts imports it (line 3): a dictionary copied from src/i18n/en.ts still says `export const en = {`: write `export const fr = {` (README, "Languages")';

  // Vite's module graph read the missing export as undefined: the check said to register the dictionary imported.
  it("prints the build's line for a dictionary still exporting en when the server starts, and from the save that causes it", async () => {
    const copied = french.replace('export const fr = {', 'export const en = {');
    expect(copied).not.toBe(french);
    writeFileSync(join(i18n, 'fr.ts'), copied);
    const { printed, save } = await start();
    expect(printed).toEqual([unexported]);
    await save('src/i18n/fr.ts', french);
    expect(printed).toEqual([unexported]);
    await save('src/i18n/fr.ts', copied);
    expect(printed).toEqual([unexported, unexported]);
  });

  it("checks the dictionaries again from a save of src/site.config.ts, naming a country's code, and says that only a new server takes other languages", async () => {
    const { printed, save } = await start();
    expect(printed).toEqual([]);
    await save('src/site.config.ts', siteConfig('en', 'fr', 'ua'));
    expect(printed).toEqual([
      'src/site.config.ts: site.locales: "ua" is the code of a country (Ukraine), not of a language: Ukrainian\'s is "uk"; the code marks the pages\' language (lang="ua") and picks their plural forms, dates and figures',
      "src/site.config.ts: site.locales is now en, fr, ua: the dev server reads the languages when it starts, and its content's language folders and Astro's routing keep en, fr until then: stop it (Ctrl+C) and run npm run dev again",
    ]);
    // Back to the languages it started with: nothing more to say.
    await save('src/site.config.ts', siteConfig('en', 'fr'));
    expect(printed).toHaveLength(2);
  });

  it('names src/site.config.ts and its line when a save leaves it unreadable, once for as long as the error lasts', async () => {
    const { printed, save } = await start();
    const broken = siteConfig('en', 'fr').replace(']', ',]]');
    await save('src/site.config.ts', broken);
    const unreadable = (got: string) =>
      `src/site.config.ts: line 1: Expected ',', got '${got}': the file cannot be loaded, nor the checks run, until this is fixed`;
    expect(printed).toEqual([unreadable(']')]);
    await save('src/site.config.ts', broken);
    expect(printed).toEqual([unreadable(']')]);
    await save('src/site.config.ts', `\n${siteConfig('en', 'fr').replace(']', ']]')}`);
    expect(printed).toEqual([unreadable(']'), unreadable(']').replace('line 1', 'line 2')]);
  });

  it('prints what the build says of a dictionary when the server starts', async () => {
    writeFileSync(join(i18n, 'fr.ts'), french.replace(/'footer\.rss':/, "'footer.rs':"));
    const { printed } = await start();
    expect(printed).toContain('src/i18n/fr.ts: footer.rs: no such string in src/i18n/en.ts: did you mean footer.rss?');
  });
});

describe("the project's Astro configuration", () => {
  it('runs these checks on its dev server', async () => {
    const { default: config } = await import('../../astro.config.mjs');
    const names = (config.integrations ?? []).flat().map((integration) => integration && integration.name);
    expect(names).toContain('casefile:dev-checks');
  });
});
