/** The one test of stopped-run.config.ts: makes a temporary folder, as a fixture site does, says so and waits. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'vitest';

it('makes a temporary folder and waits to be stopped', async () => {
  console.log(`made ${mkdtempSync(join(tmpdir(), 'casefile-fixture-'))}`);
  await new Promise(() => {});
}, 600_000);
