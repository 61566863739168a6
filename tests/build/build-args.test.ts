/**
 * `npm run build` takes its settings from the environment: an argument (Astro's `--site`, `--base`, as `astro build`
 * takes them) stops it before it writes anything, with the variable to set instead. It was ignored, and the site was
 * built for the placeholder address.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildArgsProblem } from '../../src/build/build-args.ts';
import { runBuild } from '../helpers/build.ts';

describe("the build's arguments", () => {
  it("tells Astro's options apart from the variables that do what they would", () => {
    expect(buildArgsProblem([])).toBeUndefined();
    const example = 'e.g. CASEFILE_SITE_URL=https://example.org/investigations/ npm run build (README, "Deploying")';
    expect(buildArgsProblem(['--site', 'https://news.example.net', '--base=/investigations/'])).toBe(
      `npm run build takes no arguments, got "--site https://news.example.net --base=/investigations/": set CASEFILE_SITE_URL=https://news.example.net/investigations/ (the address with its folder) instead, ${example}`,
    );
    expect(buildArgsProblem(['--outDir', 'public_html', '--site=https://news.example.net/'])).toBe(
      `npm run build takes no arguments, got "--outDir public_html --site=https://news.example.net/": set CASEFILE_SITE_URL=https://news.example.net/, CASEFILE_DIST=public_html instead, ${example}`,
    );
    expect(buildArgsProblem(['--verbose'])).toBe(
      `npm run build takes no arguments, got "--verbose": set CASEFILE_LOG=debug instead, ${example}`,
    );
    expect(buildArgsProblem(['preview'])).toBe(
      `npm run build takes no arguments, got "preview": its settings are environment variables, ${example}`,
    );
  });

  it('stops the build before it writes anything when it is given one', () => {
    const dist = join(mkdtempSync(join(tmpdir(), 'casefile-args-')), 'out');
    const build = runBuild({ dist, args: ['--site', 'https://news.example.net'] });
    expect(build.status, build.output).toBe(1);
    expect(build.output).toContain(
      'The build stopped: npm run build takes no arguments, got "--site https://news.example.net": set CASEFILE_SITE_URL=https://news.example.net/ instead',
    );
    expect(existsSync(dist)).toBe(false);
  }, 300_000);
});
