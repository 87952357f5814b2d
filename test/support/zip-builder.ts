import { ByteWriter } from "../../scripts/fixtures/byte-writer";
/**
 * Builds small zip files in memory for tests: local headers, a central directory and the end
 * record, stored method only. Sizes and counts can be overridden to make lying archives.
 */
export type ZipSpec = {
  /** A string is written as UTF-8 (flag set when not ASCII); bytes are written raw (flag off). */
  readonly name: string | Uint8Array;
  readonly data?: Uint8Array;
  readonly encrypted?: boolean;
  /** Claimed sizes in the central directory (default: the data length). */
  readonly compressedSize?: number;
  readonly uncompressedSize?: number;
  readonly utf8Flag?: boolean;
};

export type ZipOptions = {
  readonly comment?: string;
  /** Bytes written before the archive (like a self-extracting stub), offsets left unadjusted. */
  readonly prefix?: Uint8Array;
  /** Entry count written to the end record (default: the real count). */
  readonly declaredEntries?: number;
  /** Central-directory offset written to the end record (default: the real one). */
  readonly directoryOffset?: number;
};

const encoder = new TextEncoder();

export function buildZip(entries: readonly ZipSpec[], options: ZipOptions = {}): Uint8Array {
  const out = new ByteWriter();
  const central = new ByteWriter();
  for (const entry of entries) {
    const name = typeof entry.name === "string" ? encoder.encode(entry.name) : entry.name;
    const utf8 = entry.utf8Flag ?? (typeof entry.name === "string" && Array.from(entry.name).some((ch) => (ch.codePointAt(0) ?? 0) > 0x7f));
    const data = entry.data ?? new Uint8Array(0);
    const flags = (entry.encrypted ? 0x0001 : 0) | (utf8 ? 0x0800 : 0);
    const offset = out.length;
    out.u32(0x04034b50).u16(20).u16(flags).u16(0).u16(0).u16(0).u32(0).u32(data.length).u32(data.length).u16(name.length).u16(0).bytes(name).bytes(data);
    central
      .u32(0x02014b50).u16(20).u16(20).u16(flags).u16(0).u16(0).u16(0).u32(0)
      .u32(entry.compressedSize ?? data.length).u32(entry.uncompressedSize ?? data.length)
      .u16(name.length).u16(0).u16(0).u16(0).u16(0).u32(0).u32(offset).bytes(name);
  }
  const cdOffset = out.length;
  const cd = central.result();
  out.bytes(cd);
  const comment = encoder.encode(options.comment ?? "");
  const count = options.declaredEntries ?? entries.length;
  out.u32(0x06054b50).u16(0).u16(0).u16(count).u16(count).u32(cd.length).u32(options.directoryOffset ?? cdOffset).u16(comment.length).bytes(comment);
  const zip = out.result();
  if (!options.prefix) return zip;
  const withPrefix = new Uint8Array(options.prefix.length + zip.length);
  withPrefix.set(options.prefix);
  withPrefix.set(zip, options.prefix.length);
  return withPrefix;
}
