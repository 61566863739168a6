import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { version } from 'html-validate';
import {
  htmlCheck,
  htmlValidateConfig,
  htmlValidateVersion,
  passMarker,
  withSources,
} from '../../src/build/checks/html.ts';
import type { Project } from '../../src/lib/load-project.ts';
import { pageValidator, validateHtml } from '../../src/build/checks/html-validator.ts';
import type { BuildContext } from '../../src/build/steps.ts';
import { demoDist } from '../helpers/site.ts';
import { repoRoot } from '../helpers/build.ts';
import { htmlPage, tempSite } from '../helpers/temp-site.ts';

describe('the html-validate check', () => {
  it('passes a valid page', async () => {
    const dir = tempSite({ 'index.html': htmlPage('<h1>Fine</h1><p>A paragraph.</p>') });
    expect((await validateHtml(dir)).problems).toEqual([]);
  });

  it("accepts void elements written self-closing, as MDX writes an editor's <br /> and <img />", async () => {
    const dir = tempSite({
      'stories/x/index.html': htmlPage(
        '<h1>Title</h1><p>Line one<br/>line two.</p><img src="/a.png" alt="A photo"/><hr/>',
      ),
    });
    expect((await validateHtml(dir)).problems).toEqual([]);
  });

  it('reports a stray closing tag and a duplicate id with file, line, column and rule', async () => {
    const dir = tempSite({
      'stories/x/index.html': htmlPage('<h1 id="a">Title</h1>\n      <p id="a">Text</div>'),
    });
    expect((await validateHtml(dir)).problems).toEqual([
      'stories/x/index.html:10:8 no-implicit-close: Element <p> is implicitly closed by parent </main>',
      'stories/x/index.html:10:14 no-dup-id: Duplicate ID "a"',
      "stories/x/index.html:10:22 close-order: Stray end tag '</div>'",
    ]);
  });

  it('validates page after page with one resolved configuration, each page judged on its own', async () => {
    const validate = pageValidator();
    const results = [];
    const pages: [string, string][] = [
      ['a.html', '<h1 id="a">A</h1><p id="a">Twice</p>'],
      ['b.html', '<h1>B</h1><p>Fine</p>'],
      ['c.html', '<h1>C</h1><img src="/c.png">'],
      ['d.html', '<h1 id="a">D</h1><p>Once: ids do not carry over from a.html</p>'],
    ];
    for (const [file, body] of pages) {
      results.push(await validate(file, htmlPage(body)));
    }
    expect(results.map((result) => result.problems.map((problem) => problem.split(' ')[1]))).toEqual([
      ['no-dup-id:'],
      [],
      ['wcag/h37:'],
      [],
    ]);
    expect(results.map((result) => result.problems[0]?.split(':')[0])).toEqual([
      'a.html',
      undefined,
      'c.html',
      undefined,
    ]);
  });

  it("names the editor's file each failing page comes from, since the line and column are the built page's", () => {
    const project = {
      stories: [
        { id: 'x', file: 'content/stories/x.mdx', data: {} },
        { id: 'fr/x', file: 'content/stories/fr/x.mdx', data: {} },
      ],
      cases: [{ id: 'kloop', file: 'content/cases/kloop.mdx', data: {} }],
      datasets: new Map([
        ['counts', { file: 'data/counts.json' }],
        ['issued', { file: 'data/issued.json', rowsFile: { file: 'data/issued.csv', lines: [2] } }],
      ]),
    } as unknown as Project;
    expect(
      withSources(
        [
          'stories/x/index.html:9:8 wcag/h37: <img> is missing required "alt" attribute',
          'fr/stories/x/index.html:3:1 no-dup-id: Duplicate ID "a"',
          'cases/kloop/index.html:1:1 rule: m',
          'data/counts/index.html:1:1 rule: m',
          'data/issued/index.html:1:1 rule: m',
          'index.html:1:1 rule: m',
        ],
        project,
      ),
    ).toEqual([
      'stories/x/index.html:9:8 (from content/stories/x.mdx) wcag/h37: <img> is missing required "alt" attribute',
      'fr/stories/x/index.html:3:1 (from content/stories/fr/x.mdx) no-dup-id: Duplicate ID "a"',
      'cases/kloop/index.html:1:1 (from content/cases/kloop.mdx) rule: m',
      'data/counts/index.html:1:1 (from data/counts.json) rule: m',
      // Its rows are the CSV's: a problem in a table cell is there, not in the JSON.
      'data/issued/index.html:1:1 (from data/issued.json and data/issued.csv) rule: m',
      'index.html:1:1 rule: m',
    ]);
  });

  it('fails the build step with a CheckError naming the check and each problem', async () => {
    const dir = tempSite({ 'index.html': htmlPage('<img src="/a.png">') });
    const error = await htmlCheck
      .run({ root: tempSite({}), outDir: dir, log: () => {} } as unknown as BuildContext)
      ?.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).name).toBe('CheckError');
    expect((error as Error).message).toBe(
      'html-validate: 1 problem\n  index.html:9:8 wcag/h37: <img> is missing required "alt" attribute',
    );
  });

  it('skips a page that passed before with the same bytes, and validates it again once it changes', async () => {
    const cacheDir = tempSite({});
    const dir = tempSite({ 'a/index.html': htmlPage('<p>A</p>'), 'b/index.html': htmlPage('<img src="/x.png">') });
    expect(await validateHtml(dir, { cacheDir })).toMatchObject({ files: 2, cached: 0 });
    const again = await validateHtml(dir, { cacheDir });
    expect(again).toMatchObject({ files: 2, cached: 1 });
    expect(again.problems).toEqual(['b/index.html:9:8 wcag/h37: <img> is missing required "alt" attribute']);
    writeFileSync(join(dir, 'a/index.html'), htmlPage('<p>A</p><p id="x"></p><p id="x"></p>'));
    const changed = await validateHtml(dir, { cacheDir });
    expect(changed.cached).toBe(0);
    expect(changed.problems.map((problem) => problem.split(' ')[1])).toEqual(['no-dup-id:', 'wcag/h37:']);
  });

  it('remembers passes by the version of html-validate that validates, and by its configuration', () => {
    expect(htmlValidateVersion).toBe(version);
    const html = htmlPage('<p>A</p>');
    const marker = (salt: string) => createHash('sha256').update(salt).update(html).digest('hex');
    const name = basename(passMarker('/cache', html));
    expect(name).toBe(marker(`${version}\n${JSON.stringify(htmlValidateConfig)}\n`));
    // Another version, or another configuration, would not find this pass.
    expect(name).not.toBe(marker(`0.0.0\n${JSON.stringify(htmlValidateConfig)}\n`));
    expect(name).not.toBe(marker(`${version}\n${JSON.stringify({ extends: ['html-validate:recommended'] })}\n`));
  });

  it("loads html-validate only to validate a page that did not pass before, never on the build's main thread", () => {
    // A fresh process records every module it loads: importing the steps must not load html-validate's code (its
    // package.json gives the version), nor must a validator whose page passed before; validating a new page must.
    const url = (path: string) => JSON.stringify(pathToFileURL(join(repoRoot, path)).href);
    const cacheDir = tempSite({});
    const page = htmlPage('<p>Seen before</p>');
    const script = `
      import { registerHooks } from 'node:module';
      const loaded = [];
      registerHooks({ load(url, context, next) { loaded.push(url); return next(url, context); } });
      const htmlValidate = () => loaded.filter((url) => url.includes('/node_modules/html-validate/') && url.endsWith('.js')).length;
      await import(${url('src/build/steps.ts')});
      const byTheSteps = htmlValidate();
      const { pageValidator } = await import(${url('src/build/checks/html-validator.ts')});
      const validate = pageValidator(${JSON.stringify(cacheDir)});
      const seen = await validate('seen/index.html', ${JSON.stringify(page)});
      const forAPagePassedBefore = htmlValidate();
      const fresh = await validate('new/index.html', process.argv.at(-1));
      console.log(JSON.stringify({ byTheSteps, forAPagePassedBefore, forANewPage: htmlValidate(), cached: [seen.cached, fresh.cached] }));
    `;
    // Each run validates a page of its own as the new one.
    const run = (n: number) =>
      JSON.parse(
        execFileSync(process.execPath, ['--input-type=module', '-e', script, htmlPage(`<p>New ${n}</p>`)], {
          cwd: repoRoot,
          encoding: 'utf8',
        }),
      );
    // The first run validates both pages (nothing passed before); the second finds the first page in the cache.
    expect(run(1)).toMatchObject({ byTheSteps: 0, cached: [false, false] });
    const loaded = run(2);
    expect(loaded).toMatchObject({ byTheSteps: 0, forAPagePassedBefore: 0, cached: [true, false] });
    expect(loaded.forANewPage).toBeGreaterThan(0);
  });
});

describe('the demo build', () => {
  it('passes html-validate on every HTML file', async () => {
    expect((await validateHtml(demoDist)).problems).toEqual([]);
  });
});
