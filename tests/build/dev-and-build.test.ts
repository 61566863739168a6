/**
 * `npm run dev` and `npm run build` of one project side by side: both write Astro's `.astro/` folder, so a build
 * beside a dev server could fail (UnknownContentCollectionError), and the dev server watched the folders a build
 * writes (hundreds of [watch] lines). The dev server (scripts/dev.mjs) holds the project's build lock as a dev server;
 * a build then stops at once, saying so, and writes nothing. Astro's dev server ignores the build's folders.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, matchesGlob } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';
import { lockHolder, withLock } from '../../src/build/lock.ts';
import { fixedNow, makeFixture, repoRoot } from '../helpers/build.ts';
import { childOutput } from '../helpers/output.ts';
import { processRunning } from '../helpers/process-running.ts';

/**
 * The Astro lock of a project folder of its own (CASEFILE_PROJECT_ROOT, which the build and scripts/dev.mjs read):
 * a lock held as a dev server in this project would stop the builds other test files run meanwhile.
 */
function separateProject(): { root: string; lock: string } {
  const root = mkdtempSync(join(tmpdir(), 'casefile-dev-lock-'));
  return { root, lock: join(root, 'node_modules/.cache/casefile/astro-build.lock') };
}

/**
 * A project folder of its own that Astro can run in: the repository's source, and a node_modules/ of links to the
 * repository's packages (Astro resolves its own modules from its root), but not to its `.cache/`, which holds the
 * repository's lock.
 */
function runnableProject(): { root: string; lock: string } {
  const project = separateProject();
  symlinkSync(join(repoRoot, 'src'), join(project.root, 'src'));
  mkdirSync(join(project.root, 'node_modules'));
  for (const name of readdirSync(join(repoRoot, 'node_modules'))) {
    if (!name.startsWith('.'))
      symlinkSync(join(repoRoot, 'node_modules', name), join(project.root, 'node_modules', name));
  }
  return project;
}

describe("the dev server's watcher", () => {
  /**
   * Whether Vite's watcher ignores `path`, by every matcher of the configuration: a function, a regular expression or
   * a glob (chokidar takes all three). Reading functions alone, a glob or a pattern that ignored content/ went unseen.
   */
  const ignored = (path: string) => {
    const matchers = [config.vite?.server?.watch?.ignored ?? []].flat();
    expect(matchers.length, 'server.watch.ignored').toBeGreaterThan(0);
    return matchers.some((matcher) => {
      if (typeof matcher === 'function') return matcher(path);
      if (matcher instanceof RegExp) return matcher.test(path);
      if (typeof matcher === 'string') return matchesGlob(path, matcher);
      throw new Error(`server.watch.ignored: a matcher this test cannot read: ${String(matcher)}`);
    });
  };

  it('ignores the folders a build writes beside its output, and the published sites', () => {
    for (const path of [
      '.dist-astro',
      '.dist-astro/.prerender/chunks/page.mjs',
      '.dist-staging-4242/stories/index.html',
      '.dist-previous-4242-1/index.html',
      '.dist-preview-staging-77/index.html',
      'dist/index.html',
      'dist-preview/stories/index.html',
    ]) {
      expect(ignored(join(repoRoot, path)), path).toBe(true);
    }
  });

  // A test's copy of the project has an astro.config.mjs, which Astro restarted its dev server at (closing its
  // connections), so `npm test` beside `npm run dev` restarted the editor's server.
  it("ignores the tests' output, where a test copies the project", () => {
    for (const path of [
      'tests/.output',
      'tests/.output/project-x1y2z3/project/astro.config.mjs',
      'tests/.output/demo/stories/index.html',
    ]) {
      expect(ignored(join(repoRoot, path)), path).toBe(true);
    }
  });

  it('still watches the content, the data and the source', () => {
    for (const path of [
      'content/stories/a.mdx',
      'data/sources.json',
      'src/pages/index.astro',
      'public/_headers',
      'src/.astro-notes/x.ts',
      'tests/build/dev-and-build.test.ts',
      'tests/.outputs/x.ts',
    ]) {
      expect(ignored(join(repoRoot, path)), path).toBe(false);
    }
  });
});

describe('a build while npm run dev runs', () => {
  it('stops at once, naming the dev server, and writes nothing', async () => {
    const dist = join(mkdtempSync(join(tmpdir(), 'casefile-dev-build-')), 'out');
    const { root, lock: astroLock } = separateProject();
    let release = () => {};
    const held = new Promise<void>((acquired) => {
      void withLock(
        astroLock,
        () => {
          acquired();
          return new Promise<void>((done) => (release = done));
        },
        undefined,
        { role: 'dev' },
      );
    });
    await held;
    try {
      // Not runBuild: a build that waited for the lock would wait as long as the dev server runs.
      const build = spawnSync(process.execPath, [join(repoRoot, 'scripts/build.mjs')], {
        cwd: repoRoot,
        encoding: 'utf8',
        timeout: 60_000,
        env: {
          ...process.env,
          CASEFILE_NOW: fixedNow,
          CASEFILE_DIST: dist,
          CASEFILE_CACHE_DIR: `${dist}-astro-cache`,
          CASEFILE_PROJECT_ROOT: root,
        },
      });
      const output = `${build.stdout}${build.stderr}`;
      expect(build.status, output).toBe(1);
      expect(output).toContain(`npm run dev is running for this project (process ${process.pid})`);
      expect(output).toContain('Nothing was written');
      expect(existsSync(dist)).toBe(false);
    } finally {
      release();
    }
  });

  it('a second npm run dev of the same project stops at once, naming the first, instead of waiting for it', async () => {
    const { root, lock: astroLock } = separateProject();
    let release = () => {};
    const held = new Promise<void>((acquired) => {
      void withLock(
        astroLock,
        () => {
          acquired();
          return new Promise<void>((done) => (release = done));
        },
        undefined,
        { role: 'dev' },
      );
    });
    await held;
    try {
      const second = spawnSync(
        process.execPath,
        [join(repoRoot, 'scripts/dev.mjs'), '--host', '127.0.0.1', '--port', '0'],
        {
          cwd: repoRoot,
          encoding: 'utf8',
          timeout: 30_000,
          env: {
            ...Object.fromEntries(
              Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST') && name !== 'NODE_ENV'),
            ),
            CASEFILE_PROJECT_ROOT: root,
          },
        },
      );
      const output = `${second.stdout}${second.stderr}`;
      expect(second.status, output).toBe(1);
      expect(output).toContain(`npm run dev is already running for this project (process ${process.pid})`);
    } finally {
      release();
    }
  });

  it('npm run dev holds the lock as a dev server, with telemetry and the update check off, and lets it go when stopped', async () => {
    const fixture = makeFixture();
    const { root, lock: astroLock } = separateProject();
    const log = join(fixture.root, 'env.log');
    const preload = join(fixture.root, 'record-env.mjs');
    writeFileSync(log, '');
    writeFileSync(
      preload,
      `import { appendFileSync } from 'node:fs';\nappendFileSync(${JSON.stringify(log)}, JSON.stringify([process.argv[2], process.env.ASTRO_TELEMETRY_DISABLED, process.env.ASTRO_DISABLE_UPDATE_CHECK]) + '\\n');\n`,
    );
    const { ASTRO_TELEMETRY_DISABLED: _t, ASTRO_DISABLE_UPDATE_CHECK: _u, ...env } = process.env;
    const dev = spawn(process.execPath, [join(repoRoot, 'scripts/dev.mjs'), '--host', '127.0.0.1', '--port', '0'], {
      cwd: repoRoot,
      env: {
        ...Object.fromEntries(
          Object.entries(env).filter(([name]) => !name.startsWith('VITEST') && name !== 'NODE_ENV'),
        ),
        NODE_OPTIONS: `--import ${preload}`,
        CASEFILE_CONTENT_ROOT: fixture.root,
        CASEFILE_CACHE_DIR: join(fixture.root, 'astro-cache'),
        CASEFILE_PROJECT_ROOT: root,
      },
      stdio: 'ignore',
    });
    let running = true;
    const exited = new Promise<number | null>((done) => dev.on('exit', (code) => done(code)));
    void exited.then(() => (running = false));
    /**
     * Until `done()`, read from files the processes write (checked every 100 ms): a minute at most, or until npm run dev
     * ends, each failing with `what` it waited for.
     */
    const until = async (what: string, done: () => boolean) => {
      const deadline = Date.now() + 60_000;
      while (!done()) {
        if (!running) throw new Error(`npm run dev ended (exit ${dev.exitCode}) before ${what}`);
        if (Date.now() > deadline) throw new Error(`not within a minute: ${what}`);
        await sleep(100);
      }
    };
    try {
      await until(`it held the lock ${astroLock}`, () => lockHolder(astroLock)?.pid === dev.pid);
      expect(lockHolder(astroLock)).toEqual({ pid: dev.pid, role: 'dev' });
      // Astro's process too, started by the wrapper (the preload records each process as it starts).
      await until(
        `Astro's process started (its line in ${log})`,
        () => readFileSync(log, 'utf8').trim().split('\n').length >= 2,
      );
    } finally {
      dev.kill('SIGTERM');
    }
    await exited;
    // Released, not left to go stale: a dead holder's lock would name nobody, and it would still be there.
    expect(existsSync(astroLock)).toBe(false);
    // The wrapper's line comes first, before it sets them; Astro's (`astro.mjs dev`) after.
    const lines = readFileSync(log, 'utf8').trim().split('\n');
    expect(lines).toContain('["dev","true","true"]');
  }, 120_000);

  it('npm run dev has Astro write its .astro/ folder in the project whose lock it holds, not in the folder it was started from', async () => {
    const fixture = makeFixture();
    const { root } = runnableProject();
    // Started from yet another folder: `.astro/` belongs to the project, whatever the working folder. Written in the
    // repository, it is the `.astro/` the builds of other test files write meanwhile under the repository's lock.
    const elsewhere = mkdtempSync(join(tmpdir(), 'casefile-dev-cwd-'));
    const dev = spawn(process.execPath, [join(repoRoot, 'scripts/dev.mjs'), '--host', '127.0.0.1', '--port', '0'], {
      cwd: elsewhere,
      env: {
        ...Object.fromEntries(
          Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST') && name !== 'NODE_ENV'),
        ),
        CASEFILE_CONTENT_ROOT: fixture.root,
        CASEFILE_CACHE_DIR: join(fixture.root, 'astro-cache'),
        CASEFILE_PROJECT_ROOT: root,
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const output = childOutput(dev, 'npm run dev');
    const exited = new Promise<void>((done) => dev.on('exit', () => done()));
    try {
      await output.until(/Local\s+http:\/\/127\.0\.0\.1:\d+/);
      // The content modules of the fixture's stories, which a build of another project must never read.
      expect(existsSync(join(root, '.astro/content-modules.mjs')), output.text()).toBe(true);
      expect(existsSync(join(elsewhere, '.astro')), output.text()).toBe(false);
    } finally {
      dev.kill('SIGTERM');
    }
    await exited;
  }, 120_000);

  it("Astro's dev server stops when npm run dev is killed outright (SIGKILL), instead of living on without the lock", async () => {
    const fixture = makeFixture();
    // The configuration reads the project's schemas (src/build/schema-fingerprint.ts): Astro must start for real.
    const { root } = runnableProject();
    const log = join(fixture.root, 'pids.log');
    const preload = join(fixture.root, 'record-pid.mjs');
    writeFileSync(log, '');
    writeFileSync(
      preload,
      `import { appendFileSync } from 'node:fs';\nappendFileSync(${JSON.stringify(log)}, process.pid + ' ' + process.argv[2] + '\\n');\n`,
    );
    const dev = spawn(process.execPath, [join(repoRoot, 'scripts/dev.mjs'), '--host', '127.0.0.1', '--port', '0'], {
      cwd: repoRoot,
      env: {
        ...Object.fromEntries(
          Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST') && name !== 'NODE_ENV'),
        ),
        NODE_OPTIONS: `--import ${preload}`,
        CASEFILE_CONTENT_ROOT: fixture.root,
        CASEFILE_CACHE_DIR: join(fixture.root, 'astro-cache'),
        CASEFILE_PROJECT_ROOT: root,
      },
      // stdin kept open, as a terminal's is: Vite stops a dev server whose stdin ends.
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const output = childOutput(dev, 'npm run dev');
    const astroPid = () => Number(/^(\d+) dev$/m.exec(readFileSync(log, 'utf8'))?.[1] ?? 0);
    let pid = 0;
    try {
      // Started: Astro prints the address it serves.
      await output.until(/Local\s+http:\/\/127\.0\.0\.1:\d+/);
      pid = astroPid();
      expect(pid, output.text()).toBeGreaterThan(0);
      expect(processRunning(pid), output.text()).toBe(true);
      expect(pid).not.toBe(dev.pid);
      dev.kill('SIGKILL');
      // Not a child of this process: no event says it has ended, so it is looked for every 100 ms, 15 s at most.
      const deadline = Date.now() + 15_000;
      while (processRunning(pid) && Date.now() < deadline) await sleep(100);
      expect(
        processRunning(pid),
        `Astro's dev server (process ${pid}) still running 15 s after npm run dev was killed`,
      ).toBe(false);
    } finally {
      if (dev.exitCode === null && dev.signalCode === null) dev.kill('SIGKILL');
      if (pid > 0 && processRunning(pid)) process.kill(pid, 'SIGKILL');
    }
  }, 120_000);
});
