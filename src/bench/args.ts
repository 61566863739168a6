/** The command line of `npm run bench`, parsed and checked; a wrong option fails with a message saying what is expected. */
import { parseArgs } from 'node:util';

export interface BenchOptions {
  /** How many synthetic stories to generate. */
  stories: number;
  /** How many times to run the A/B pair (A cold, B cold, A warm, B warm), alternating. */
  repeat: number;
  /** Where to write the results as JSON. */
  json: string;
  /** Seed of the generator: the same seed builds the same site. */
  seed: number;
  /** Keep the temporary folder (generated site, outputs, caches) for inspection. */
  keep: boolean;
  /** Write a V8 CPU profile of each A build into this folder (node --cpu-prof). */
  cpuProf?: string;
  help: boolean;
}

export const usage = `Usage: npm run bench -- [--stories N] [--repeat K] [--json path] [--seed S] [--keep]

  --stories N  synthetic stories to generate (default 1000)
  --repeat K   run the A/B pair K times, alternating (default 1)
  --json path  write the results here (default bench-results/<timestamp>.json)
  --seed S     generator seed (default 1)
  --keep       keep the temporary folder with the site, outputs and caches
  --cpu-prof dir  write a CPU profile of each A build's main thread into dir (open in Chrome DevTools)`;

export class UsageError extends Error {
  override name = 'UsageError';
}

function positiveInteger(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < 1)
    throw new UsageError(`--${name}: expected a whole number of at least 1, got "${value}"`);
  return Number(value);
}

/** Parses `argv` (without node and the script); `now` names the default JSON file. */
export function parseBenchArgs(argv: string[], now: Date = new Date()): BenchOptions {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        stories: { type: 'string' },
        repeat: { type: 'string' },
        json: { type: 'string' },
        seed: { type: 'string' },
        keep: { type: 'boolean', default: false },
        'cpu-prof': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const seed = values.seed === undefined ? 1 : Number(values.seed);
  if (!Number.isSafeInteger(seed) || seed < 0)
    throw new UsageError(`--seed: expected a whole number, got "${values.seed}"`);
  return {
    stories: positiveInteger('stories', values.stories as string | undefined, 1000),
    repeat: positiveInteger('repeat', values.repeat as string | undefined, 1),
    json: (values.json as string | undefined) ?? `bench-results/${stamp}.json`,
    seed,
    keep: values.keep === true,
    ...(typeof values['cpu-prof'] === 'string' ? { cpuProf: values['cpu-prof'] } : {}),
    help: values.help === true,
  };
}
