import { inflateSync } from 'node:zlib';
import { readFileSync, writeFileSync } from 'node:fs';
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.toString('latin1', 0, 4) !== 'wOFF') throw new Error('not woff');
  const flavor = woff.readUInt32BE(4), n = woff.readUInt16BE(12);
  const tables = Array.from({ length: n }, (_, i) => {
    const o = 44 + i * 20;
    const tag = woff.readUInt32BE(o), off = woff.readUInt32BE(o + 4), comp = woff.readUInt32BE(o + 8), orig = woff.readUInt32BE(o + 12), sum = woff.readUInt32BE(o + 16);
    const raw = woff.subarray(off, off + comp);
    return { tag, sum, data: comp < orig ? inflateSync(raw) : raw };
  });
  let es = 0; while (2 ** (es + 1) <= n) es++;
  const head = Buffer.alloc(12 + 16 * n);
  head.writeUInt32BE(flavor, 0); head.writeUInt16BE(n, 4); head.writeUInt16BE(16 * 2 ** es, 6); head.writeUInt16BE(es, 8); head.writeUInt16BE(n * 16 - 16 * 2 ** es, 10);
  const parts: Buffer[] = [head]; let offset = head.length;
  tables.forEach((t, i) => {
    head.writeUInt32BE(t.tag, 12 + i * 16); head.writeUInt32BE(t.sum, 16 + i * 16); head.writeUInt32BE(offset, 20 + i * 16); head.writeUInt32BE(t.data.length, 24 + i * 16);
    const pad = (4 - (t.data.length % 4)) % 4; parts.push(t.data, Buffer.alloc(pad)); offset += t.data.length + pad;
  });
  return Buffer.concat(parts);
}
const [i, o] = process.argv.slice(2); if (i && o) writeFileSync(o, woffToSfnt(readFileSync(i)));
