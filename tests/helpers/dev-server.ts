/**
 * `astro dev` of the project (or of a copy of it: tests/helpers/project-copy.ts) serving a fixture's content
 * (CASEFILE_CONTENT_ROOT), as the dev server tests start it: on 127.0.0.1 and a port nothing listens on, with the
 * fixture's own Astro cache, and holding the project's build lock for as long as it runs, since it writes the
 * project's .astro/ folder as a build does (src/build/lock.ts): no other test's build runs beside it. Started without vitest's own variables (VITEST, NODE_ENV=test), which Vite reads as
 * running inside a test.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { astroLockDir, lockHolder, withLock } from '../../src/build/lock.ts';
import { repoRoot } from './build.ts';
import { childOutput, type ChildOutput } from './output.ts';

export interface DevServer {
  /** The address Astro printed once it listened: `http://127.0.0.1:<port>`. */
  origin: string;
  output: ChildOutput;
  process: ChildProcess;
  /** Ends the server, waits for its exit, and releases the build lock. */
  stop: () => Promise<void>;
}

export interface DevServerOptions {
  /** Variables set for the server, beside the fixture's content root and cache. */
  env?: Record<string, string>;
  /** Variables of the test's environment the server is started without (CASEFILE_NOW, for the machine's clock). */
  without?: readonly string[];
  /** The root of a copy of the project (tests/helpers/project-copy.ts) to run instead of this one: its code, its lock. */
  project?: string;
}

/** A port of 127.0.0.1 nothing listens on now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}

/** Takes the build lock, starts the dev server of the fixture at `contentRoot`, and resolves once it listens. */
export async function startDevServer(contentRoot: string, options: DevServerOptions = {}): Promise<DevServer> {
  const project = options.project ?? repoRoot;
  // Asked before the lock is taken, so that nothing between taking it and the try below can throw and keep it.
  const port = await freePort();
  let release = () => {};
  let locked: Promise<void> = Promise.resolve();
  const lock = astroLockDir(project);
  await new Promise<void>((acquired, failed) => {
    locked = withLock(
      lock,
      () => {
        acquired();
        return new Promise<void>((done) => (release = done));
      },
      () => {
        // A developer's own `npm run dev` keeps the lock for as long as it runs: the test would wait out its timeout
        // and fail saying nothing of it.
        const holder = lockHolder(lock);
        if (holder?.role === 'dev')
          throw new Error(
            `the dev server of ${project} (pid ${holder.pid}) holds its build lock: stop that \`npm run dev\` to run the dev server's tests`,
          );
      },
    );
    locked.catch(failed);
  });
  const without = new Set(options.without ?? []);
  const dev = spawn(
    process.execPath,
    [join(project, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)],
    {
      cwd: project,
      env: {
        ...Object.fromEntries(
          Object.entries(process.env).filter(
            ([name]) => !name.startsWith('VITEST') && name !== 'NODE_ENV' && !without.has(name),
          ),
        ),
        CASEFILE_CONTENT_ROOT: contentRoot,
        CASEFILE_CACHE_DIR: join(contentRoot, 'astro-cache'),
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const output = childOutput(dev, 'the dev server');
  const stop = async () => {
    if (dev.exitCode === null && dev.signalCode === null) {
      const exited = new Promise((done) => dev.once('exit', done));
      dev.kill();
      await exited;
    }
    release();
    await locked;
  };
  try {
    // Astro prints the address it serves once it listens (a port of its choosing if the one asked for was taken).
    const [, origin] = await output.until(/Local\s+(http:\/\/127\.0\.0\.1:\d+)/, 180_000);
    return { origin: origin!, output, process: dev, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
