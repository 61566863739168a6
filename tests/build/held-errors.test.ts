import { describe, expect, it } from 'vitest';
import { holdContentErrors } from '../../src/build/held-errors.ts';

/** A stand-in for process.stderr that records what reaches it. */
function stream() {
  const written: string[] = [];
  const target = {
    write: (chunk: string | Uint8Array) => (written.push(String(chunk)), true),
  } as unknown as NodeJS.WriteStream;
  return { target, written };
}

describe("Astro's lines about an editor's mistake", () => {
  it('are held back, once each message, colours and all; every other line goes through', () => {
    const { target, written } = stream();
    const held = holdContentErrors(target);
    const message = 'content/stories/x.mdx: <Fact dataset="d"> row: dataset "d" has no row with year = 2003';
    target.write(`10:00:00 \u001b[31m[ERROR]\u001b[39m ContentError: ${message}\n`);
    target.write(`10:00:00 [ERROR] [build] Caught error rendering /stories/x/: ContentError: ${message}\n`);
    target.write(
      Buffer.from(
        '10:00:00 [ERROR] [build] Caught error rendering /stories/y/: ContentError: content/stories/y.mdx: <Cite id>: unknown source "z"\n',
      ),
    );
    target.write('10:00:00 [WARN] something else\n');
    target.write('a ContentError: mentioned outside an error line\n');
    const released = held.release();
    expect(released.messages).toEqual([message, 'content/stories/y.mdx: <Cite id>: unknown source "z"']);
    expect(released.lines).toHaveLength(3);
    expect(written).toEqual(['10:00:00 [WARN] something else\n', 'a ContentError: mentioned outside an error line\n']);
    // Released: lines go through again.
    target.write('after\n');
    expect(written.at(-1)).toBe('after\n');
  });

  it("holds back Vite's line that the bundling failed, which the report of MDX that does not parse follows", () => {
    const { target, written } = stream();
    const held = holdContentErrors(target);
    target.write(
      '22:32:54 \u001b[31m[ERROR]\u001b[39m \u001b[33m[vite]\u001b[39m \u001b[31m✗ Build failed in 2.98s\u001b[39m\n',
    );
    target.write('22:32:54 [ERROR] [vite] ✗ Build failed in 2.98s\n');
    target.write('22:32:55 [WARN] [vite] a warning\n');
    const released = held.release();
    expect(released.messages).toEqual([]);
    expect(released.lines).toHaveLength(2);
    expect(written).toEqual(['22:32:55 [WARN] [vite] a warning\n']);
  });
});
