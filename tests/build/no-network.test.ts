/**
 * A newsroom builds embargoed stories: the build must not phone home. Astro records telemetry (a POST to
 * telemetry.astro.build) on every build and dev start unless ASTRO_TELEMETRY_DISABLED is set, and `astro dev` asks
 * npm for a newer version unless ASTRO_DISABLE_UPDATE_CHECK is; scripts/build.mjs and scripts/dev.mjs set both
 * unless the user has. The build runs here with the variables removed from its environment and a preload that records
 * every socket it opens: it must open none to another host.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeFixture, runBuild } from '../helpers/build.ts';

/** Records every outgoing connection's host (a Unix socket's path) and, at exit, Astro's two variables. */
const recorder = `
import net from 'node:net';
import { appendFileSync } from 'node:fs';
const log = process.env.CASEFILE_TEST_NET_LOG;
const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (...args) {
  const first = Array.isArray(args[0]) ? args[0][0] : args[0];
  const target = typeof first === 'object' && first !== null ? (first.path ?? first.host ?? 'localhost') : typeof first === 'string' && !/^\\d+$/.test(first) ? first : (typeof args[1] === 'string' ? args[1] : 'localhost');
  appendFileSync(log, 'connect ' + target + '\\n');
  return connect.apply(this, args);
};
process.on('exit', () => appendFileSync(log, 'env ' + JSON.stringify([process.env.ASTRO_TELEMETRY_DISABLED, process.env.ASTRO_DISABLE_UPDATE_CHECK]) + '\\n'));
`;

/** The environment of this test run without Astro's two variables (vitest.config.ts sets them for the tests). */
function withoutAstroVariables(): NodeJS.ProcessEnv {
  const { ASTRO_TELEMETRY_DISABLED: _telemetry, ASTRO_DISABLE_UPDATE_CHECK: _update, ...rest } = process.env;
  return rest;
}

describe('npm run build', () => {
  it('sets ASTRO_TELEMETRY_DISABLED and ASTRO_DISABLE_UPDATE_CHECK, and connects to no other host', () => {
    const fixture = makeFixture();
    const preload = join(fixture.root, 'record-network.mjs');
    const log = join(fixture.root, 'network.log');
    writeFileSync(preload, recorder);
    writeFileSync(log, '');
    const saved = process.env;
    process.env = withoutAstroVariables();
    let build;
    try {
      build = runBuild({
        dist: fixture.dist,
        contentRoot: fixture.root,
        env: { NODE_OPTIONS: `--import ${preload}`, CASEFILE_TEST_NET_LOG: log },
      });
    } finally {
      process.env = saved;
    }
    expect(build.status, build.output).toBe(0);
    expect(existsSync(join(fixture.dist, 'index.html'))).toBe(true);
    const lines = readFileSync(log, 'utf8').trim().split('\n');
    const remote = lines.filter(
      (line) => line.startsWith('connect ') && !/^connect (127\.0\.0\.1|::1|localhost|\/)/.test(line),
    );
    expect(remote).toEqual([]);
    expect(lines).toContain('env ["true","true"]');
  });
});
