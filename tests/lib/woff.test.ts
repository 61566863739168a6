import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { woffToSfnt } from '../../src/lib/woff.ts';

const require = createRequire(import.meta.url);
const woffFile = (family: string, file: string) =>
  readFileSync(require.resolve(`@fontsource/${family}/files/${family}-${file}`));

/** The OpenType checksum of a table: its bytes as big-endian 32-bit words, summed modulo 2^32. */
function checksum(data: Buffer): number {
  const padded = Buffer.concat([data, Buffer.alloc((4 - (data.length % 4)) % 4)]);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + padded.readUInt32BE(i)) >>> 0;
  return sum;
}

describe('WOFF to TrueType', () => {
  it.each([
    ['source-serif-4', 'latin-700-normal.woff'],
    ['noto-sans-arabic', 'arabic-400-normal.woff'],
  ])('restores %s %s to the font it was made from: same flavour, size and table checksums', (family, file) => {
    const woff = woffFile(family, file);
    const font = woffToSfnt(woff, file);
    expect(font.readUInt32BE(0)).toBe(woff.readUInt32BE(4));
    // The WOFF header records the size of the original font (totalSfntSize).
    expect(font.length).toBe(woff.readUInt32BE(16));
    const count = font.readUInt16BE(4);
    expect(count).toBe(woff.readUInt16BE(12));
    expect(font.readUInt16BE(6)).toBe(16 * 2 ** Math.floor(Math.log2(count)));
    const tags: string[] = [];
    for (let i = 0; i < count; i++) {
      const record = 12 + i * 16;
      const tag = font.toString('latin1', record, record + 4);
      const offset = font.readUInt32BE(record + 8);
      const data = Buffer.from(font.subarray(offset, offset + font.readUInt32BE(record + 12)));
      expect(offset % 4).toBe(0);
      // The head table's checksum is taken with its checkSumAdjustment field as zero.
      if (tag === 'head') data.writeUInt32BE(0, 8);
      expect(checksum(data), tag).toBe(font.readUInt32BE(record + 4));
      tags.push(tag);
    }
    expect(tags).toEqual(expect.arrayContaining(['cmap', 'head', 'hhea', 'hmtx', 'maxp', 'name']));
  });

  it('names the file when the input is not WOFF 1.0 or is cut short', () => {
    const woff = woffFile('source-serif-4', 'latin-400-normal.woff');
    expect(() => woffToSfnt(Buffer.from('wOF2 and the rest'), 'x.woff2')).toThrow(
      'x.woff2: not a WOFF 1.0 font (no wOFF signature)',
    );
    expect(() => woffToSfnt(woff.subarray(0, 2000), 'cut.woff')).toThrow(
      'cut.woff: not a WOFF 1.0 font (its header gives another length)',
    );
    const corrupt = Buffer.from(woff);
    corrupt.writeUInt32BE(woff.length, 44 + 4); // the first table now starts at the end of the file
    expect(() => woffToSfnt(corrupt, 'bad.woff')).toThrow('bad.woff: not a WOFF 1.0 font (table 0 runs past the end)');
  });
});
