/**
 * The scripts of public/ are published minified (src/build/minify-scripts.ts): the search page's script keeps its
 * exports and what they do, without its comments, and a script the build held back is not written.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { minifyScript, minifyScriptsStep, publicScripts } from '../../src/build/minify-scripts.ts';
import type { BuildContext } from '../../src/build/steps.ts';
import * as written from '../../public/search/search.js';
import { repoRoot } from '../helpers/build.ts';

const searchSource = readFileSync(join(repoRoot, 'public/search/search.js'), 'utf8');

/** The module `code` as imported by a browser: its exports. */
const load = (code: string): Promise<Record<string, unknown>> =>
  import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);

describe('scripts of public/, minified', () => {
  it('are the search page script alone in this project, by its address', () => {
    expect(publicScripts(repoRoot)).toEqual(['search/search.js']);
  });

  it('keep every export of the search script, and its functions answer as the written ones do, in English and French', async () => {
    const minified = await minifyScript(searchSource);
    const loaded = await load(minified);
    expect(Object.keys(loaded).sort()).toEqual(Object.keys(written).sort());
    expect(loaded.pageSize).toBe(written.pageSize);
    expect(loaded.pagefindOptions).toEqual(written.pagefindOptions);
    const params = new URLSearchParams('q=Pestrikov&kind=case&status=cancelled&year=2022');
    const state = (loaded.stateFromParams as typeof written.stateFromParams)(params);
    expect(state).toEqual(written.stateFromParams(params));
    expect(String((loaded.paramsFromState as typeof written.paramsFromState)(state))).toBe(
      String(written.paramsFromState(state)),
    );
    for (const locale of ['en', 'fr']) {
      const date = '2026-01-26';
      expect(written.formatDate(date, locale)).not.toBe(date);
      expect((loaded.formatDate as typeof written.formatDate)(date, locale)).toBe(written.formatDate(date, locale));
    }
  });

  it('leave out the comments, and weigh less than half gzipped', async () => {
    const minified = await minifyScript(searchSource);
    expect(searchSource).toContain('/**');
    expect(minified).not.toMatch(/\/\*\*|^\s*\/\/ /m);
    expect(gzipSync(minified).length).toBeLessThan(gzipSync(searchSource).length / 2);
  });

  it('are the same bytes from the same source, so the published file keeps its time', async () => {
    expect(await minifyScript(searchSource)).toBe(await minifyScript(searchSource));
  });

  it('are minified in the staging folder, each with its sizes in the log, and one the build held back is not written', async () => {
    const root = mkdtempSync(join(tmpdir(), 'casefile-minify-'));
    const outDir = join(root, 'dist');
    mkdirSync(join(root, 'public/search'), { recursive: true });
    mkdirSync(join(root, 'public/held'), { recursive: true });
    mkdirSync(join(outDir, 'search'), { recursive: true });
    const source = '/** A comment. */\nexport const answer = 40 + 2;\n';
    writeFileSync(join(root, 'public/search/search.js'), source);
    writeFileSync(join(outDir, 'search/search.js'), source);
    writeFileSync(join(root, 'public/held/held.js'), source);
    const log: string[] = [];
    await minifyScriptsStep.run({ root, outDir, log: (line: string) => log.push(line) } as unknown as BuildContext);
    const published = readFileSync(join(outDir, 'search/search.js'), 'utf8');
    expect(published).not.toContain('A comment');
    expect((await load(published)).answer).toBe(42);
    expect(existsSync(join(outDir, 'held/held.js'))).toBe(false);
    expect(log).toEqual([`scripts minified: search/search.js ${Buffer.byteLength(source)} → ${published.length} B`]);
  });
});
