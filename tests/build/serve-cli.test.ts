/**
 * `npm run serve`: the command line takes the folder and port as arguments or as `--dir` / `--port`, and a mistake
 * (an unknown option, a folder with no built site, a port in use) stops it with a message saying what is wrong,
 * instead of serving "Not found" for every page or dying on an unhandled error event.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseServeArgs, serveSite } from '../../scripts/serve.ts';
import { repoRoot } from '../helpers/build.ts';
import { childOutput } from '../helpers/output.ts';
import { securityHeaders } from '../../src/build/security-headers.ts';

function serve(args: string[]) {
  const result = spawnSync(process.execPath, [join(repoRoot, 'scripts/serve.ts'), ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 20_000,
  });
  return { status: result.status, stderr: result.stderr };
}

describe('parseServeArgs', () => {
  it('reads the folder and port as arguments, or as --dir and --port, with dist and 4321 by default', () => {
    expect(parseServeArgs([])).toEqual({ folder: 'dist', port: 4321 });
    expect(parseServeArgs(['site', '8080'])).toEqual({ folder: 'site', port: 8080 });
    expect(parseServeArgs(['--port', '0'])).toEqual({ folder: 'dist', port: 0 });
    expect(parseServeArgs(['--dir', 'site', '-p', '8080'])).toEqual({ folder: 'site', port: 8080 });
    expect(parseServeArgs(['--help'])).toEqual({ help: true });
  });

  it('rejects an unknown option, a port that is not one, and a value given twice', () => {
    expect(parseServeArgs(['--prot', '3'])).toEqual({ error: expect.stringContaining("'--prot'") });
    expect(parseServeArgs(['--port', 'eighty'])).toEqual({
      error: '--port: expected a port number from 0 to 65535, got "eighty"',
    });
    expect(parseServeArgs(['dist', '70000'])).toEqual({
      error: '--port: expected a port number from 0 to 65535, got "70000"',
    });
    expect(parseServeArgs(['dist', '--dir', 'site'])).toEqual({
      error: expect.stringContaining('folder is given twice'),
    });
    expect(parseServeArgs(['dist', '80', '--port', '81'])).toEqual({
      error: expect.stringContaining('port is given twice'),
    });
    expect(parseServeArgs(['a', 'b', 'c'])).toEqual({ error: 'too many arguments: a b c' });
  });
});

describe('npm run serve', () => {
  const dir = mkdtempSync(join(tmpdir(), 'casefile-tests-serve-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('stops with usage (status 2) on an unknown option', () => {
    const { status, stderr } = serve(['--prot', '4399']);
    expect(status).toBe(2);
    expect(stderr).toContain("Unknown option '--prot'");
    expect(stderr).toContain('Usage: npm run serve');
  });

  it('stops (status 1) when the folder holds no built site, naming it', () => {
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    const { status, stderr } = serve([empty, '0']);
    expect(status).toBe(1);
    expect(stderr).toContain(`no built site in ${empty}`);
    expect(stderr).toContain('npm run build');
  });

  it('stops (status 1) when the port is in use, saying so', async () => {
    const site = join(dir, 'site');
    mkdirSync(site);
    writeFileSync(join(site, 'index.html'), '<!doctype html><title>t</title>');
    const blocker = createServer();
    await new Promise<void>((done) => blocker.listen(0, '127.0.0.1', done));
    const { port } = blocker.address() as { port: number };
    try {
      const { status, stderr } = serve([site, String(port)]);
      expect(status).toBe(1);
      expect(stderr).toContain(`port ${port} is in use`);
      expect(stderr).not.toContain('Unhandled');
    } finally {
      await new Promise<void>((done) => blocker.close(() => done()));
    }
  });

  it('follows the site when a build replaces it with one for another address, saying where it now is', async () => {
    const site = join(dir, 'moving');
    const home = (url: string) => `<!doctype html><title>home</title><link rel="canonical" href="${url}">`;
    mkdirSync(site);
    writeFileSync(join(site, 'index.html'), home('https://news.example.org/'));
    const child = spawn(process.execPath, [join(repoRoot, 'scripts/serve.ts'), site, '0'], { cwd: repoRoot });
    const output = childOutput(child, 'npm run serve');
    const printed = (pattern: RegExp) => output.until(pattern, 20_000);
    try {
      const [, origin] = await printed(/serving .* at (http:\/\/127\.0\.0\.1:\d+)\/ /);
      const status = async (path: string) => (await fetch(`${origin}${path}`, { redirect: 'manual' })).status;
      expect(await status('/')).toBe(200);
      // As the build does: the new site is written beside the old one, then put in its place.
      const next = join(dir, 'moving-next');
      mkdirSync(next);
      writeFileSync(join(next, 'index.html'), home('https://user.github.io/casefile/'));
      renameSync(site, join(dir, 'moving-old'));
      renameSync(next, site);
      expect([await status('/casefile/'), await status('/'), await status('/casefile')]).toEqual([200, 404, 301]);
      expect((await printed(/rebuilt for another address: now at (\S+)/))[1]).toBe(`${origin}/casefile/`);
    } finally {
      child.kill();
    }
  });

  it('answers an unknown address with the nearest 404.html up its path, status 404, as Cloudflare Pages does', async () => {
    const site = join(dir, 'localized');
    mkdirSync(join(site, 'fr', 'stories'), { recursive: true });
    writeFileSync(join(site, 'index.html'), '<!doctype html><title>home</title>');
    writeFileSync(join(site, '404.html'), 'not found (en)');
    writeFileSync(join(site, 'fr', '404.html'), 'introuvable (fr)');
    const server = await serveSite(site);
    try {
      const answer = async (path: string) => {
        const response = await fetch(`${server.origin}${path}`);
        return [response.status, await response.text()];
      };
      expect(await answer('/nowhere/')).toEqual([404, 'not found (en)']);
      expect(await answer('/stories/nowhere/')).toEqual([404, 'not found (en)']);
      expect(await answer('/fr/nulle-part/')).toEqual([404, 'introuvable (fr)']);
      expect(await answer('/fr/stories/nulle-part/plus/loin')).toEqual([404, 'introuvable (fr)']);
      expect(await answer('/frx/nowhere/')).toEqual([404, 'not found (en)']);
    } finally {
      await server.close();
    }
  });

  it('answers an address that cannot be decoded (/%ZZ) with 400, not with the home page', async () => {
    const site = join(dir, 'undecodable');
    mkdirSync(site);
    writeFileSync(join(site, 'index.html'), '<!doctype html><title>home</title>');
    writeFileSync(join(site, '404.html'), 'not found');
    const server = await serveSite(site);
    try {
      for (const path of ['/%ZZ', '/stories/%E0%A4%A/', '/%']) {
        const response = await fetch(`${server.origin}${path}`);
        expect(response.status, path).toBe(400);
        expect(await response.text(), path).not.toContain('home');
        expect(response.headers.get('content-security-policy'), path).toBe(securityHeaders['Content-Security-Policy']);
      }
    } finally {
      await server.close();
    }
  });
});
