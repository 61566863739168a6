/**
 * `npm run serve` keeps serving while a build replaces the site: a file removed between the server's look at it and
 * its opening (the race a rebuild makes) is answered as not found, not by the server dying on ENOENT. The race is
 * driven, not waited for: node:fs is wrapped so that a named file is removed at the moment the server stats or
 * opens it.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * Files to remove when the server next stats or opens them, a file whose read fails once begun, and the streams the
 * server opened.
 */
const race = vi.hoisted(() => ({
  onStat: new Set<string>(),
  onOpen: new Set<string>(),
  failsReading: new Set<string>(),
  opened: [] as import('node:fs').ReadStream[],
}));

vi.mock('node:fs', async (original) => {
  const fs = await original<typeof import('node:fs')>();
  const removeIf = (files: Set<string>, path: unknown) => {
    if (files.delete(String(path))) fs.rmSync(String(path));
  };
  const statSync = ((path: string, ...rest: []) => {
    removeIf(race.onStat, path);
    return fs.statSync(path, ...rest);
  }) as typeof fs.statSync;
  const createReadStream = ((path: string, ...rest: []) => {
    removeIf(race.onOpen, path);
    const stream = fs.createReadStream(path, ...rest);
    race.opened.push(stream);
    // A disk error after the first bytes went out (the status and headers with them).
    if (race.failsReading.delete(path))
      stream.once('data', () => stream.destroy(Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' })));
    return stream;
  }) as typeof fs.createReadStream;
  return { ...fs, default: { ...fs, statSync, createReadStream }, statSync, createReadStream };
});

const { serveSite } = await import('../../scripts/serve.ts');
type SiteServer = Awaited<ReturnType<typeof serveSite>>;

describe('npm run serve while a build replaces the site', () => {
  const root = mkdtempSync(join(tmpdir(), 'casefile-tests-serve-race-'));
  let server: SiteServer;
  beforeAll(async () => {
    server = await serveSite(root);
  });
  afterAll(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });
  beforeEach(() => {
    mkdirSync(join(root, 'stories/a'), { recursive: true });
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>Home</title>');
    writeFileSync(join(root, '404.html'), '<!doctype html><title>Not found</title>');
    writeFileSync(join(root, 'page.html'), 'x'.repeat(100_000));
    writeFileSync(join(root, 'stories/a/index.html'), '<!doctype html><title>A</title>');
  });
  const get = async (path: string) => {
    // A server that died, or left a response open, fails the test in seconds, not at the run's timeout.
    const response = await fetch(`${server.origin}${path}`, { signal: AbortSignal.timeout(10_000) });
    return { status: response.status, body: await response.text() };
  };
  const stillServing = async () =>
    expect(await get('/')).toEqual({ status: 200, body: expect.stringContaining('Home') });

  it('answers a file removed after it was found, before it was opened, with the 404 page', async () => {
    race.onOpen.add(join(root, 'page.html'));
    expect(await get('/page.html')).toEqual({ status: 404, body: expect.stringContaining('Not found') });
    race.onOpen.add(join(root, 'stories/a/index.html'));
    expect(await get('/stories/a/')).toEqual({ status: 404, body: expect.stringContaining('Not found') });
    await stillServing();
  });

  it('answers a file removed between the look that found it and the look at what it is', async () => {
    race.onStat.add(join(root, 'page.html'));
    expect(await get('/page.html')).toEqual({ status: 404, body: expect.stringContaining('Not found') });
    await stillServing();
  });

  it('answers with a plain 404 when the 404 page itself goes, before it is looked at or opened', async () => {
    race.onStat.add(join(root, '404.html'));
    expect(await get('/missing')).toEqual({ status: 404, body: 'Not found' });
    writeFileSync(join(root, '404.html'), '<!doctype html><title>Not found</title>');
    race.onOpen.add(join(root, '404.html'));
    expect(await get('/missing')).toEqual({ status: 404, body: 'Not found' });
    await stillServing();
  });

  it('closes the file of a response the reader left halfway (a page closed while it loads)', async () => {
    writeFileSync(join(root, 'large.bin'), Buffer.alloc(32 * 1024 * 1024));
    race.opened.length = 0;
    const reader = new AbortController();
    const response = await fetch(`${server.origin}/large.bin`, { signal: reader.signal });
    expect(response.status).toBe(200);
    reader.abort();
    await expect.poll(() => race.opened.map((stream) => stream.destroyed)).toEqual([true]);
    await stillServing();
  });

  it('cuts off a response whose file fails once its status is sent, and serves the next', async () => {
    race.failsReading.add(join(root, 'page.html'));
    // Cut off at once (undici: "terminated"), not left open until the reader gives up.
    await expect(get('/page.html')).rejects.toThrow(/^terminated$/);
    await stillServing();
  });
});
