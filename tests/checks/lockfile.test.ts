/**
 * The quick start begins with `npm ci`, which refuses a lock file that lacks an entry for any optional platform
 * package (see the lock file's history: the registry mirror here lacks some, and `npm install` silently drops
 * them). A dry run on a copy of package.json and the lock file proves a clean clone installs.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/build.ts';

describe('the lock file', () => {
  it('is complete enough for npm ci on a clean clone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'casefile-ci-'));
    for (const file of ['package.json', 'package-lock.json']) copyFileSync(join(repoRoot, file), join(dir, file));
    const result = spawnSync(
      'npm',
      // Offline, with no registry it could reach and its own empty cache: a complete lock file needs neither.
      ['ci', '--dry-run', '--ignore-scripts', '--offline', '--no-audit', '--no-fund', '--no-update-notifier'],
      {
        cwd: dir,
        encoding: 'utf8',
        timeout: 120_000,
        env: { ...process.env, npm_config_registry: 'http://127.0.0.1:9/', npm_config_cache: join(dir, '.npm-cache') },
      },
    );
    const missing = `${result.stdout}\n${result.stderr}`.split('\n').filter((line) => /Missing: |npm error/.test(line));
    expect(missing).toEqual([]);
    expect(result.status).toBe(0);
  });
});
