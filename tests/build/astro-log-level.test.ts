import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { levelAtRunTime, logLevelProblem } from '../../src/build/astro-log-level.ts';
import { runBuild } from '../helpers/build.ts';

describe("Astro's log level read at run time", () => {
  it('rewrites the level Astro writes into its logger module, and only that line', () => {
    const astros = 'export const level = "info";\nexport default null;\n';
    expect(levelAtRunTime(astros)).toBe(
      'export const level = globalThis.process?.env?.CASEFILE_LOG ?? "warn";\nexport default null;\n',
    );
    // The module's code is the same whatever the level it was written with.
    expect(levelAtRunTime(astros.replace('"info"', '"debug"'))).toBe(levelAtRunTime(astros));
  });

  it('leaves a module of another shape alone', () => {
    expect(levelAtRunTime('export const level = someLevel;\nexport default null;\n')).toBeNull();
    expect(levelAtRunTime('export default null;\n')).toBeNull();
  });

  it('gives the level of the environment when the module runs, warn without one', async () => {
    const code = levelAtRunTime('export const level = "info";\n');
    // Each load a module of its own (a comment numbers it), so that it runs again.
    let loads = 0;
    const load = async () => (await import(`data:text/javascript,${encodeURIComponent(`${code}// ${++loads}`)}`)).level;
    const saved = process.env.CASEFILE_LOG;
    try {
      delete process.env.CASEFILE_LOG;
      expect(await load()).toBe('warn');
      process.env.CASEFILE_LOG = 'debug';
      expect(await load()).toBe('debug');
    } finally {
      if (saved === undefined) delete process.env.CASEFILE_LOG;
      else process.env.CASEFILE_LOG = saved;
    }
  });
});

describe('CASEFILE_LOG', () => {
  it("takes Astro's levels, and nothing else", () => {
    for (const level of [undefined, 'debug', 'info', 'warn', 'error', 'silent'])
      expect(logLevelProblem(level)).toBeUndefined();
    expect(logLevelProblem('verbose')).toBe(
      'CASEFILE_LOG is "verbose": expected one of debug, info, warn, error, silent (the default is warn)',
    );
    expect(logLevelProblem('')).toContain('CASEFILE_LOG is ""');
  });

  it('stops the build before it writes anything when it names no level (it made Astro render every page, twice)', () => {
    const dist = join(mkdtempSync(join(tmpdir(), 'casefile-log-')), 'out');
    const build = runBuild({ dist, env: { CASEFILE_LOG: 'verbose' } });
    expect(build.status).toBe(1);
    expect(build.output).toContain(
      'The build stopped: CASEFILE_LOG is "verbose": expected one of debug, info, warn, error, silent',
    );
    expect(existsSync(dist)).toBe(false);
  });
});
