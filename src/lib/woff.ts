/**
 * WOFF 1.0 to its plain TrueType/OpenType font (W3C WOFF File Format 1.0, §3–§5): a WOFF file is the font's tables,
 * each compressed with zlib when that made it smaller, behind a header and a table directory. The FreeType that
 * sharp's libvips bundles reads TTF and OTF but not WOFF, and @fontsource ships WOFF and WOFF2 only.
 */
import { inflateSync } from 'node:zlib';

/** The font inside `woff`, byte for byte the tables it was made from. Throws on anything that is not WOFF 1.0. */
export function woffToSfnt(woff: Uint8Array, name = 'font'): Buffer {
  const input = Buffer.from(woff.buffer, woff.byteOffset, woff.byteLength);
  const fail = (what: string): never => {
    throw new Error(`${name}: not a WOFF 1.0 font (${what})`);
  };
  if (input.length < 44 || input.toString('latin1', 0, 4) !== 'wOFF') fail('no wOFF signature');
  if (input.readUInt32BE(8) !== input.length) fail('its header gives another length');
  const flavor = input.readUInt32BE(4);
  const count = input.readUInt16BE(12);
  if (44 + count * 20 > input.length) fail('table directory runs past the end');

  const tables = Array.from({ length: count }, (_, i) => {
    const at = 44 + i * 20;
    const tag = input.readUInt32BE(at);
    const offset = input.readUInt32BE(at + 4);
    const compressed = input.readUInt32BE(at + 8);
    const length = input.readUInt32BE(at + 12);
    const checksum = input.readUInt32BE(at + 16);
    if (offset + compressed > input.length) fail(`table ${i} runs past the end`);
    const stored = input.subarray(offset, offset + compressed);
    const data = compressed < length ? inflateSync(stored) : stored;
    if (data.length !== length) fail(`table ${i} inflates to ${data.length} bytes, not ${length}`);
    return { tag, checksum, data };
  });

  // The sfnt offset table: the binary-search fields are fixed by the table count (OpenType spec, "Table directory").
  const power = 2 ** Math.floor(Math.log2(Math.max(count, 1)));
  const header = Buffer.alloc(12 + 16 * count);
  header.writeUInt32BE(flavor, 0);
  header.writeUInt16BE(count, 4);
  header.writeUInt16BE(power * 16, 6);
  header.writeUInt16BE(Math.log2(power), 8);
  header.writeUInt16BE(count * 16 - power * 16, 10);
  const parts: Buffer[] = [header];
  let offset = header.length;
  tables.forEach((table, i) => {
    const record = 12 + i * 16;
    header.writeUInt32BE(table.tag, record);
    header.writeUInt32BE(table.checksum, record + 4);
    header.writeUInt32BE(offset, record + 8);
    header.writeUInt32BE(table.data.length, record + 12);
    const padding = (4 - (table.data.length % 4)) % 4;
    parts.push(table.data, Buffer.alloc(padding));
    offset += table.data.length + padding;
  });
  return Buffer.concat(parts);
}
