/** The text of a dataset's CSV, or, where its bytes are not UTF-8, the line and column of the first that is none. */

/** UTF-8 that stops on the first byte that is none; a byte-order mark is kept, as readFileSync keeps it. */
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * The text of a CSV's `bytes`, or where they are not UTF-8: Excel's "CSV (Comma delimited)" saves in the machine's
 * code page, Windows-1252, where each accented letter is one byte that UTF-8 does not read, and "Côte" would be
 * published as "C�te". A "�" the file holds as UTF-8 is text like any other.
 */
export function csvText(bytes: Buffer): { text: string; problem?: { field: string; message: string } } {
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    return { text: bytes.toString('utf8'), problem: notUtf8(bytes) };
  }
}

/** What a CSV that is not UTF-8 is told: the line and column of its first byte that is none, and the word it is in. */
function notUtf8(bytes: Buffer): { field: string; message: string } {
  // Excel's "Unicode Text" is UTF-16, whose byte-order mark is the file's first two bytes.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return {
      field: 'line 1, column 1',
      message: `not UTF-8 but UTF-16, as Excel's "Unicode Text" saves a sheet: export the sheet as "CSV UTF-8 (comma delimited)"`,
    };
  const at = firstInvalidByte(bytes);
  // From the start of its line (lastIndexOf with -1 would search from the end).
  const lineStart = at === 0 ? 0 : bytes.lastIndexOf(0x0a, at - 1) + 1;
  const line = bytes.subarray(0, lineStart).filter((byte) => byte === 0x0a).length + 1;
  const column = [...bytes.subarray(lineStart, at).toString('utf8')].length + 1;
  const lineEnd = bytes.indexOf(0x0a, at) < 0 ? bytes.length : bytes.indexOf(0x0a, at);
  // Windows-1252 gives every byte a character, one each: the word as the editor typed it, if that is the encoding.
  const text = new TextDecoder('windows-1252').decode(bytes.subarray(lineStart, lineEnd));
  const offset = at - lineStart;
  const word = /[^\s,;"]*$/.exec(text.slice(0, offset))![0] + /^[^\s,;"]*/.exec(text.slice(offset))![0];
  // Five bytes are no character in Windows-1252 either (81, 8D, 8F, 90, 9D): then it was another encoding.
  const reads = word === '' || /[\u0080-\u009f]/.test(word) ? '' : ` (in Windows-1252, "${word}")`;
  const byte = bytes[at]!.toString(16).toUpperCase().padStart(2, '0');
  return {
    field: `line ${line}, column ${column}`,
    message: `not UTF-8 (the byte ${byte}): the sheet was saved in another encoding, as Excel's "CSV (Comma delimited)" saves it${reads}: export the sheet as "CSV UTF-8 (comma delimited)"`,
  };
}

/**
 * The offset of the first byte of `bytes` that is no UTF-8. Node's decoder writes each as "�" and says no more: the
 * first "�" that is not the three bytes EF BF BD, which write the character itself, is it.
 */
function firstInvalidByte(bytes: Buffer): number {
  const lossy = bytes.toString('utf8');
  let offset = 0;
  let previous = 0;
  for (let at = lossy.indexOf('\uFFFD'); at >= 0; at = lossy.indexOf('\uFFFD', at + 1)) {
    offset += Buffer.byteLength(lossy.slice(previous, at));
    previous = at;
    if (bytes[offset] !== 0xef || bytes[offset + 1] !== 0xbf || bytes[offset + 2] !== 0xbd) return offset;
  }
  return bytes.length;
}
