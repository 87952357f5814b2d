import { decodeEntryName, decodeUtf8, type NameEncoding } from "./names";

/**
 * Reads a zip's central directory — names, sizes, the encrypted flag — straight from bytes.
 * Nothing is ever decompressed, and an encrypted zip's directory is readable without the password.
 * The input is hostile: every offset and count is checked against the data actually present,
 * loops are bounded by the bytes, not by what the archive claims.
 */

export type ZipEntry = {
  readonly name: string;
  readonly nameEncoding: NameEncoding;
  /** Some characters of the name could not be decoded (U+FFFD). */
  readonly nameLossy: boolean;
  /** As the directory states them: an attacker can lie, so treat as claims. */
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  /** Traditional (ZipCrypto), strong or AES encryption. */
  readonly encrypted: boolean;
  /** 0 stored, 8 deflate, 99 AES, … */
  readonly method: number;
  readonly directory: boolean;
};

export type ZipProblem =
  /** The directory holds fewer readable entries than the end record declares. */
  | "fewerEntriesThanDeclared"
  /** More entries than we read (see maxEntries); the rest were not examined. */
  | "entryLimit"
  /** The directory was found at another offset than declared (data prepended, e.g. self-extracting). */
  | "shiftedDirectory";

export type ZipDirectory = {
  readonly entries: readonly ZipEntry[];
  readonly declaredEntries: number;
  readonly zip64: boolean;
  readonly problems: readonly ZipProblem[];
};

export type ZipError =
  /** No end-of-central-directory record: not a zip, or cut off at the end. */
  | "notZip"
  /** The end record points outside the data (truncated download, corrupt file). */
  | "truncated"
  /** Split across several files (.z01 …). */
  | "multiDisk"
  /** The directory is there but malformed. */
  | "corrupt";

export type ZipReadResult =
  | { readonly ok: true; readonly directory: ZipDirectory }
  | { readonly ok: false; readonly error: ZipError; readonly detail: string };

/** Enough for any real mail attachment; keeps hostile counts from costing time. */
export const maxEntries = 20_000;

const sigEocd = 0x06054b50;
const sigEocd64 = 0x06064b50;
const sigLocator64 = 0x07064b50;
const sigCentral = 0x02014b50;
const eocdSize = 22;
const centralSize = 46;

class Reader {
  constructor(readonly bytes: Uint8Array) {}
  u16(at: number): number {
    return (this.bytes[at] ?? 0) | ((this.bytes[at + 1] ?? 0) << 8);
  }
  u32(at: number): number {
    return (this.u16(at) + this.u16(at + 2) * 0x10000) >>> 0;
  }
  /** 64-bit little-endian as a number; values beyond 2^53 lose precision but stay huge. */
  u64(at: number): number {
    return this.u32(at) + this.u32(at + 4) * 0x1_0000_0000;
  }
  fits(at: number, length: number): boolean {
    return at >= 0 && length >= 0 && at + length <= this.bytes.length;
  }
}

function fail(error: ZipError, detail: string): ZipReadResult {
  return { ok: false, error, detail };
}

/** The last EOCD signature whose comment fits, searched only in the last 22 + 65535 bytes. */
function findEocd(r: Reader): number {
  const last = r.bytes.length - eocdSize;
  const stop = Math.max(0, last - 0xffff);
  let loose = -1;
  for (let at = last; at >= stop; at -= 1) {
    if (r.bytes[at] !== 0x50 || r.u32(at) !== sigEocd) continue;
    if (at + eocdSize + r.u16(at + 20) === r.bytes.length) return at;
    if (loose < 0) loose = at; // trailing junk after the comment: still usable
  }
  return loose;
}

type EndRecord = { entries: number; cdSize: number; cdOffset: number; zip64: boolean; multiDisk: boolean };

function readEnd(r: Reader, eocd: number): EndRecord | ZipReadResult {
  const end: EndRecord = {
    entries: r.u16(eocd + 10),
    cdSize: r.u32(eocd + 12),
    cdOffset: r.u32(eocd + 16),
    zip64: false,
    multiDisk: r.u16(eocd + 4) !== 0 || r.u16(eocd + 6) !== 0,
  };
  const locator = eocd - 20;
  if (locator < 0 || r.u32(locator) !== sigLocator64) return end;
  const at = r.u64(locator + 8);
  if (!r.fits(at, 56) || r.u32(at) !== sigEocd64)
    return fail("corrupt", "ZIP64 end record not found where its locator points");
  return {
    entries: r.u64(at + 32),
    cdSize: r.u64(at + 40),
    cdOffset: r.u64(at + 48),
    zip64: true,
    multiDisk: r.u32(at + 16) !== 0 || r.u32(at + 20) !== 0,
  };
}

type Sizes = { compressed: number; uncompressed: number; unicodeName?: string; aes: boolean };

/** Reads the ZIP64 sizes (0x0001), the Info-ZIP Unicode path (0x7075) and the AES marker (0x9901). */
function readExtra(r: Reader, start: number, length: number, compressed: number, uncompressed: number): Sizes {
  const sizes: Sizes = { compressed, uncompressed, aes: false };
  let at = start;
  const end = start + length;
  while (at + 4 <= end) {
    const id = r.u16(at);
    const size = r.u16(at + 2);
    const data = at + 4;
    if (data + size > end) break;
    if (id === 0x0001) {
      let p = data;
      if (uncompressed === 0xffffffff && p + 8 <= data + size) {
        sizes.uncompressed = r.u64(p);
        p += 8;
      }
      if (compressed === 0xffffffff && p + 8 <= data + size) sizes.compressed = r.u64(p);
    } else if (id === 0x7075 && size > 5 && r.bytes[data] === 1) {
      const name = decodeUtf8(r.bytes.subarray(data + 5, data + size));
      if (name !== null) sizes.unicodeName = name;
    } else if (id === 0x9901) {
      sizes.aes = true;
    }
    at = data + size;
  }
  return sizes;
}

/**
 * Reads the central directory of a zip held in `bytes`.
 *
 * @example readZipDirectory(bytesOfInvoiceZip)
 *   → { ok: true, directory: { entries: [{ name: "請求書.xlsm", encrypted: true, … }], … } }
 */
export function readZipDirectory(bytes: Uint8Array): ZipReadResult {
  const r = new Reader(bytes);
  if (bytes.length < eocdSize) return fail("notZip", `only ${bytes.length} bytes`);
  const eocd = findEocd(r);
  if (eocd < 0) return fail("notZip", "no end-of-central-directory record in the last 64 KiB");
  const end = readEnd(r, eocd);
  if ("ok" in end) return end;
  if (end.multiDisk) return fail("multiDisk", "the archive is split across several files");

  const problems: ZipProblem[] = [];
  let cd = end.cdOffset;
  if (!r.fits(cd, centralSize) || r.u32(cd) !== sigCentral) {
    // Self-extracting and prefixed zips: the directory sits right before the end record.
    const shifted = eocd - end.cdSize - (end.zip64 ? 76 : 0);
    if (r.fits(shifted, centralSize) && r.u32(shifted) === sigCentral) {
      cd = shifted;
      problems.push("shiftedDirectory");
    } else if (end.entries === 0) {
      return { ok: true, directory: { entries: [], declaredEntries: 0, zip64: end.zip64, problems } };
    } else {
      return fail(
        cd + centralSize > bytes.length ? "truncated" : "corrupt",
        `central directory not found at offset ${end.cdOffset}`,
      );
    }
  }

  const entries: ZipEntry[] = [];
  let at = cd;
  while (r.fits(at, centralSize) && r.u32(at) === sigCentral) {
    if (entries.length >= maxEntries) {
      problems.push("entryLimit");
      break;
    }
    const flags = r.u16(at + 8);
    const method = r.u16(at + 10);
    const nameLength = r.u16(at + 28);
    const extraLength = r.u16(at + 30);
    const commentLength = r.u16(at + 32);
    const nameStart = at + centralSize;
    if (!r.fits(nameStart, nameLength + extraLength)) break;
    const decoded = decodeEntryName(bytes.subarray(nameStart, nameStart + nameLength), (flags & 0x0800) !== 0);
    const sizes = readExtra(r, nameStart + nameLength, extraLength, r.u32(at + 20), r.u32(at + 24));
    const name = sizes.unicodeName ?? decoded.name;
    entries.push({
      name,
      nameEncoding: sizes.unicodeName !== undefined ? "utf8" : decoded.encoding,
      nameLossy: sizes.unicodeName === undefined && decoded.lossy,
      compressedSize: sizes.compressed,
      uncompressedSize: sizes.uncompressed,
      encrypted: (flags & 0x0001) !== 0 || (flags & 0x0040) !== 0 || method === 99 || sizes.aes,
      method,
      directory: name.endsWith("/") || name.endsWith("\\"),
    });
    at = nameStart + nameLength + extraLength + commentLength;
  }
  if (entries.length < Math.min(end.entries, maxEntries)) problems.push("fewerEntriesThanDeclared");
  if (entries.length === 0 && end.entries > 0) return fail("corrupt", "no readable entry in the central directory");
  return { ok: true, directory: { entries, declaredEntries: end.entries, zip64: end.zip64, problems } };
}

/** True when the bytes start like a zip (local header, empty archive or spanned marker). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5 || bytes[2] === 7)
  );
}
