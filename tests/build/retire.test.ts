import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { createHook } from 'node:async_hooks';
import { clearRetired, publish, removeAbandonedStaging, retire } from '../../src/build/publish.ts';

/** A folder with a small site in it: an index page and a story page. */
function site(parent: string, name: string, text: string): string {
  const dir = join(parent, name);
  mkdirSync(join(dir, 'stories/x'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), text);
  writeFileSync(join(dir, 'stories/x/index.html'), text);
  return dir;
}

describe('the site a build replaced', () => {
  it('is moved out of the way at once and removed by the next build, leaving nothing beside the target', async () => {
    const root = mkdtempSync(join(tmpdir(), 'casefile-retire-'));
    const target = site(root, 'dist', 'old');
    const retiredDir = join(root, 'cache/replaced-sites');
    const previous = publish(site(root, '.dist-staging-1', 'new'), target);
    expect(previous).toBeDefined();
    expect(await retire(previous!, retiredDir)).toBe('moved');
    expect(readdirSync(root).sort()).toEqual(['cache', 'dist']);
    expect(readFileSync(join(target, 'stories/x/index.html'), 'utf8')).toBe('new');
    const [retired] = readdirSync(retiredDir);
    expect(readFileSync(join(retiredDir, retired!, 'stories/x/index.html'), 'utf8')).toBe('old');
    // The next build clears it (a missing folder is no error).
    await clearRetired(retiredDir);
    expect(readdirSync(retiredDir)).toEqual([]);
    await expect(clearRetired(join(root, 'nothing-here'))).resolves.toBeUndefined();
  });

  it('is removed in a worker thread, leaving libuv\'s thread pool to Astro', async () => {
    const root = mkdtempSync(join(tmpdir(), 'casefile-retire-'));
    const retiredDir = join(root, 'replaced-sites');
    for (const name of ['dist-1', 'dist-2']) {
      const dir = site(retiredDir, name, 'old');
      for (let i = 0; i < 100; i++) writeFileSync(join(dir, `page-${i}.html`), 'old');
    }
    // Every file system request the main thread hands to the thread pool while the folder is cleared.
    const requests: string[] = [];
    const hook = createHook({
      init(_id, type) {
        if (type.startsWith('FSREQ')) requests.push(type);
      },
    }).enable();
    try {
      await clearRetired(retiredDir);
    } finally {
      hook.disable();
    }
    expect(readdirSync(retiredDir)).toEqual([]);
    // Removing in the pool made hundreds of requests here (one or more per file and folder); the worker, none.
    expect(requests).toEqual([]);
  });

  it('is removed at once when it cannot be moved', async () => {
    const root = mkdtempSync(join(tmpdir(), 'casefile-retire-'));
    const previous = site(root, '.dist-previous-1', 'old');
    // A file where the folder would go: the move fails, as it does across file systems.
    writeFileSync(join(root, 'blocked'), '');
    expect(await retire(previous, join(root, 'blocked/replaced-sites'))).toBe('removed');
    expect(existsSync(previous)).toBe(false);
  });
});

describe('staging folders of stopped builds', () => {
  it('are removed when their build no longer runs, and kept while it does', () => {
    const root = mkdtempSync(join(tmpdir(), 'casefile-abandoned-'));
    const target = site(root, 'dist', 'published');
    // A process that has ended: its id no longer names a running process.
    const ended = spawnSync(process.execPath, ['-e', '']).pid;
    site(root, `.dist-staging-${ended}`, 'half');
    site(root, `.dist-staging-${process.ppid}`, 'running');
    site(root, `.other-staging-${ended}`, 'another target');
    expect(removeAbandonedStaging(target)).toEqual([`.dist-staging-${ended}`]);
    expect(readdirSync(root).sort()).toEqual([`.dist-staging-${process.ppid}`, `.other-staging-${ended}`, 'dist']);
    expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe('published');
  });
});
