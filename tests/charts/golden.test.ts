import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { expectGolden, outputDir } from './golden.ts';

const name = 'golden-self-test';
const golden = join(outputDir, `${name}.svg`);
const changed = join(outputDir, `${name}-changed.svg`);

describe('golden comparison', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    rmSync(golden, { force: true });
    rmSync(changed, { force: true });
  });

  it('a mismatch fails and writes the new rendering beside the golden as -changed.svg', () => {
    vi.stubEnv('CASEFILE_UPDATE_GOLDENS', '');
    writeFileSync(golden, '<svg>old</svg>');
    expect(() => expectGolden(name, '<svg>new</svg>')).toThrow(/golden-self-test\.svg differs/);
    expect(readFileSync(changed, 'utf8')).toBe('<svg>new</svg>');
    expect(readFileSync(golden, 'utf8')).toBe('<svg>old</svg>');
  });

  it('a match passes and removes a stale -changed.svg', () => {
    vi.stubEnv('CASEFILE_UPDATE_GOLDENS', '');
    writeFileSync(golden, '<svg>same</svg>');
    writeFileSync(changed, '<svg>stale</svg>');
    expectGolden(name, '<svg>same</svg>');
    expect(existsSync(changed)).toBe(false);
  });

  it('refuses to regenerate goldens in CI', () => {
    vi.stubEnv('CASEFILE_UPDATE_GOLDENS', '1');
    vi.stubEnv('CI', 'true');
    writeFileSync(golden, '<svg>old</svg>');
    expect(() => expectGolden(name, '<svg>new</svg>')).toThrow(
      'CASEFILE_UPDATE_GOLDENS is refused in CI: goldens are reviewed changes, not regenerated',
    );
    expect(readFileSync(golden, 'utf8')).toBe('<svg>old</svg>');
  });
});
