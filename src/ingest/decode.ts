/**
 * Byte decoding for text sources: BOM detection, strict UTF-8, and a Windows-1252 fallback.
 * Pure functions (no I/O); ingest/index.ts wraps them with the file checks.
 */

export interface Decoded {
  text: string;
  /** utf-8, utf-8-bom, utf-16le, utf-16be, windows-1252 */
  encoding: string;
}

/**
 * Windows-1252 code points for bytes 0x80..0x9F (the rest of the code page equals Latin-1).
 * Node's TextDecoder('windows-1252') decodes these bytes as Latin-1 C1 controls, so the table
 * is spelled out here. Undefined bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to the same code point,
 * as the WHATWG Encoding Standard does.
 */
const CP1252_HIGH: readonly number[] = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
  0x0152, 0x008d, 0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
  0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let off = 0; off < bytes.length; off += CHUNK) {
    const end = Math.min(bytes.length, off + CHUNK);
    const codes = new Array<number>(end - off);
    for (let i = off; i < end; i++) {
      const b = bytes[i]!;
      codes[i - off] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : b;
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

function decodeUtf16(bytes: Uint8Array, bigEndian: boolean): string {
  // Drop a dangling odd byte rather than fail: it cannot be part of any character.
  const n = bytes.length - (bytes.length % 2);
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let off = 0; off < n; off += CHUNK * 2) {
    const end = Math.min(n, off + CHUNK * 2);
    const codes = new Array<number>((end - off) / 2);
    for (let i = off, k = 0; i < end; i += 2, k++) {
      codes[k] = bigEndian ? (bytes[i]! << 8) | bytes[i + 1]! : bytes[i]! | (bytes[i + 1]! << 8);
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

/**
 * UTF-16 without a BOM, told by its zero bytes: ASCII-range text in UTF-16 has a zero in
 * every other byte (the odd ones for little-endian, the even ones for big-endian). Looks at
 * the first 4 KiB; null when the pattern is not clear.
 */
export function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 8) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero >= 0.7 * pairs && evenZero <= 0.05 * pairs) return 'utf-16le';
  if (evenZero >= 0.7 * pairs && oddZero <= 0.05 * pairs) return 'utf-16be';
  return null;
}

/**
 * Decode the bytes of a text file. A BOM decides (UTF-8, UTF-16 LE/BE; the BOM is dropped);
 * otherwise UTF-16 when the zero bytes show it (sniffUtf16), strict UTF-8, and Windows-1252
 * when the bytes are not valid UTF-8.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: decodeUtf16(bytes.subarray(2), false), encoding: 'utf-16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: decodeUtf16(bytes.subarray(2), true), encoding: 'utf-16be' };
  }
  const utf16 = bytes.indexOf(0) === -1 ? null : sniffUtf16(bytes);
  if (utf16 !== null) return { text: decodeUtf16(bytes, utf16 === 'utf-16be'), encoding: utf16 };
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    return { text, encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

/** Share of C0 control characters other than tab, LF, VT, FF, CR in a decoded text. */
export function controlRatio(text: string): number {
  if (text.length === 0) return 0;
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 && c !== 9 && c !== 10 && c !== 11 && c !== 12 && c !== 13) bad++;
  }
  return bad / text.length;
}
