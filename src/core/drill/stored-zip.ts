/**
 * Writes a zip of stored (uncompressed) entries with UTF-8 names: enough for the drill's harmless
 * archive, which holds one plain text file. Deterministic: a fixed timestamp, no extra fields.
 */
import { utf8 } from "./mime-write";

const crcTable = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = ((crcTable[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8)) >>> 0;
  return (crc ^ 0xffffffff) >>> 0;
}

export type StoredEntry = { readonly name: string; readonly data: Uint8Array };

// 2026-01-01 09:00 in DOS time/date; the date is not a signal and a fixed one keeps output stable.
const dosTime = 9 << 11;
const dosDate = ((2026 - 1980) << 9) | (1 << 5) | 1;
const utf8Names = 0x0800;

export function storedZip(entries: readonly StoredEntry[]): Uint8Array {
  const parts: number[] = [];
  const central: number[] = [];
  const u16 = (out: number[], v: number): void => {
    out.push(v & 0xff, (v >>> 8) & 0xff);
  };
  const u32 = (out: number[], v: number): void => {
    out.push(v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff);
  };
  for (const entry of entries) {
    const name = utf8(entry.name);
    const crc = crc32(entry.data);
    const offset = parts.length;
    for (const [out, signature] of [
      [parts, 0x04034b50],
      [central, 0x02014b50],
    ] as const) {
      u32(out, signature);
      if (out === central) u16(out, 20);
      for (const v of [20, utf8Names, 0, dosTime, dosDate]) u16(out, v);
      for (const v of [crc, entry.data.length, entry.data.length]) u32(out, v);
      u16(out, name.length);
      u16(out, 0);
      if (out === central) {
        for (const v of [0, 0, 0]) u16(out, v);
        u32(out, 0);
        u32(out, offset);
      }
      out.push(...name);
      if (out === parts) out.push(...entry.data);
    }
  }
  const end: number[] = [];
  u32(end, 0x06054b50);
  for (const v of [0, 0, entries.length, entries.length]) u16(end, v);
  u32(end, central.length);
  u32(end, parts.length);
  u16(end, 0);
  return Uint8Array.from([...parts, ...central, ...end]);
}
