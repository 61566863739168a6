/** `npm run bench` options: defaults, parsing, and the messages a wrong option gets. */
import { describe, expect, it } from 'vitest';
import { parseBenchArgs, UsageError } from '../../src/bench/args.ts';

const now = new Date('2026-11-22T12:00:00.000Z');

describe('parseBenchArgs', () => {
  it('defaults to 1,000 stories, one repetition, seed 1 and a timestamped JSON file', () => {
    expect(parseBenchArgs([], now)).toEqual({
      stories: 1000,
      repeat: 1,
      json: 'bench-results/2026-11-22T12-00-00-000Z.json',
      seed: 1,
      keep: false,
      help: false,
    });
  });

  it('reads every option', () => {
    expect(
      parseBenchArgs(['--stories', '10000', '--repeat', '3', '--json', 'out.json', '--seed', '9', '--keep'], now),
    ).toEqual({
      stories: 10000,
      repeat: 3,
      json: 'out.json',
      seed: 9,
      keep: true,
      help: false,
    });
    expect(parseBenchArgs(['--stories=20'], now).stories).toBe(20);
    expect(parseBenchArgs(['--cpu-prof', 'bench-results/profiles'], now).cpuProf).toBe('bench-results/profiles');
  });

  it.each([
    [['--stories', '0'], '--stories: expected a whole number of at least 1, got "0"'],
    [['--stories', '1e3'], '--stories: expected a whole number of at least 1, got "1e3"'],
    [['--repeat=-1'], '--repeat: expected a whole number of at least 1, got "-1"'],
    [['--seed', 'x'], '--seed: expected a whole number, got "x"'],
  ])('rejects %j with a message saying what is expected', (argv, message) => {
    expect(() => parseBenchArgs(argv, now)).toThrow(new UsageError(message));
  });

  it('rejects an unknown option as a usage error', () => {
    expect(() => parseBenchArgs(['--storys', '20'], now)).toThrow(UsageError);
    expect(() => parseBenchArgs(['--storys', '20'], now)).toThrow(/Unknown option '--storys'/);
  });
});
