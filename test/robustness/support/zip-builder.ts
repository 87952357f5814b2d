import { ByteWriter } from "../../../scripts/fixtures/byte-writer";
/**
 * Builds zip files in memory whose records say whatever a test wants them to say, true or not:
 * the central directory is attacker-written metadata, so a reader must survive every lie in it.
 * Entries are stored (method 0); CRCs are left at zero because nothing here unpacks data.
 */

export type ZipEntrySpec = {
  readonly name: string | Uint8Array;
  readonly data?: Uint8Array;
  /** Uncompressed size claimed in the central directory (default: the real size). */
  readonly claimedSize?: number;
  /** Compressed size claimed in the central directory (default: the real size). */
  readonly claimedCompressedSize?: number;
  /** General-purpose flags; bit 0 marks the entry as encrypted. */
  readonly flags?: number;
  readonly method?: number;
  /** Name length written in the central directory (default: the real length). */
  readonly claimedNameLength?: number;
  /** Extra-field length written in the central directory, with no extra data behind it. */
  readonly claimedExtraLength?: number;
  /** Local header offset written in the central directory (default: the real one). */
  readonly claimedLocalOffset?: number;
};

export type ZipSpec = {
  readonly entries: readonly ZipEntrySpec[];
  /** Entry counts written in the end-of-central-directory record. */
  readonly claimedEntries?: number;
  readonly claimedDirectorySize?: number;
  readonly claimedDirectoryOffset?: number;
  readonly comment?: Uint8Array;
  readonly claimedCommentLength?: number;
  /** Bytes placed before the first local header (self-extracting stubs, junk). */
  readonly prefix?: Uint8Array;
};

const utf8 = new TextEncoder();

const dosTime = 0x6000; // 12:00:00
const dosDate = 0x5821; // 2024-01-01

/** Assembles a zip from the spec: local headers, central directory, end record. */
export function buildZip(spec: ZipSpec): Uint8Array {
  const out = new ByteWriter();
  if (spec.prefix) out.bytes(spec.prefix);
  const offsets: number[] = [];
  const names = spec.entries.map((e) => (typeof e.name === "string" ? utf8.encode(e.name) : e.name));

  spec.entries.forEach((entry, i) => {
    const name = names[i] ?? new Uint8Array();
    const data = entry.data ?? new Uint8Array();
    offsets.push(out.length);
    out.u32(0x04034b50);
    out.u16(20);
    out.u16(entry.flags ?? 0x0800);
    out.u16(entry.method ?? 0);
    out.u16(dosTime);
    out.u16(dosDate);
    out.u32(0);
    out.u32(data.length);
    out.u32(data.length);
    out.u16(name.length);
    out.u16(0);
    out.bytes(name);
    out.bytes(data);
  });

  const directoryStart = out.length;
  spec.entries.forEach((entry, i) => {
    const name = names[i] ?? new Uint8Array();
    const size = entry.data?.length ?? 0;
    out.u32(0x02014b50);
    out.u16(0x031e);
    out.u16(20);
    out.u16(entry.flags ?? 0x0800);
    out.u16(entry.method ?? 0);
    out.u16(dosTime);
    out.u16(dosDate);
    out.u32(0);
    out.u32(entry.claimedCompressedSize ?? size);
    out.u32(entry.claimedSize ?? size);
    out.u16(entry.claimedNameLength ?? name.length);
    out.u16(entry.claimedExtraLength ?? 0);
    out.u16(0);
    out.u16(0);
    out.u16(0);
    out.u32(0);
    out.u32(entry.claimedLocalOffset ?? offsets[i] ?? 0);
    out.bytes(name);
  });
  const directorySize = out.length - directoryStart;

  const comment = spec.comment ?? new Uint8Array();
  out.u32(0x06054b50);
  out.u16(0);
  out.u16(0);
  out.u16(spec.claimedEntries ?? spec.entries.length);
  out.u16(spec.claimedEntries ?? spec.entries.length);
  out.u32(spec.claimedDirectorySize ?? directorySize);
  out.u32(spec.claimedDirectoryOffset ?? directoryStart);
  out.u16(spec.claimedCommentLength ?? comment.length);
  out.bytes(comment);
  return out.result();
}

const small = utf8.encode("PK test payload");

/**
 * Zips that lie in every field a reader trusts: sizes, counts, offsets, name lengths, comments,
 * encryption flags, names that hide their extension. Each is named so a failure says which lie.
 */
export function lyingZips(): { readonly label: string; readonly bytes: Uint8Array }[] {
  const many = Array.from({ length: 3000 }, (_, i) => ({ name: `f${i}.txt`, data: small }));
  const zip = (label: string, spec: ZipSpec): { label: string; bytes: Uint8Array } => ({ label, bytes: buildZip(spec) });
  return [
    zip("honest", { entries: [{ name: "請求書.xlsm", data: small }, { name: "readme.txt", data: small }] }),
    zip("claims 4 GiB unpacked (Emotet padding)", { entries: [{ name: "invoice.doc", data: small, claimedSize: 0xffffffff }] }),
    zip("claims 600 MB unpacked", { entries: [{ name: "document.docm", data: small, claimedSize: 600_000_000 }] }),
    zip("zip64 markers without zip64 records", { entries: [{ name: "a.doc", data: small, claimedSize: 0xffffffff, claimedCompressedSize: 0xffffffff, claimedLocalOffset: 0xffffffff }] }),
    zip("claims 65535 entries, holds 1", { entries: [{ name: "a.lnk", data: small }], claimedEntries: 0xffff }),
    zip("claims 0 entries, holds 2", { entries: [{ name: "a.exe", data: small }, { name: "b.js", data: small }], claimedEntries: 0 }),
    zip("directory offset past the end", { entries: [{ name: "a.one", data: small }], claimedDirectoryOffset: 0x7fffffff }),
    zip("directory size past the end", { entries: [{ name: "a.one", data: small }], claimedDirectorySize: 0x7fffffff }),
    zip("directory offset points at the end record", { entries: [{ name: "a.one", data: small }], claimedDirectoryOffset: 0 }),
    zip("name length past the end", { entries: [{ name: "a.iso", data: small, claimedNameLength: 0xffff }] }),
    zip("extra length past the end", { entries: [{ name: "a.iso", data: small, claimedExtraLength: 0xffff }] }),
    zip("comment length past the end", { entries: [{ name: "a.txt", data: small }], claimedCommentLength: 0xffff }),
    zip("comment holding a fake end record", { entries: [{ name: "a.txt", data: small }], comment: new Uint8Array([0x50, 0x4b, 0x05, 0x06, 1, 2, 3, 4, 5, 6, 7, 8]) }),
    zip("encrypted entries (password in body)", { entries: [{ name: "請求書.xlsm", data: small, flags: 0x0801 }, { name: "scan.lnk", data: small, flags: 0x0001 }] }),
    zip("right-to-left override in a name", { entries: [{ name: "invoice\u202Excod.exe", data: small }] }),
    zip("double extension and path traversal", { entries: [{ name: "../../請求書.pdf.exe", data: small }, { name: "C:\\Windows\\a.lnk", data: small }] }),
    zip("NUL and invalid UTF-8 in names", { entries: [{ name: new Uint8Array([0x61, 0x00, 0x2e, 0x65, 0x78, 0x65]), data: small }, { name: new Uint8Array([0xff, 0xfe, 0xc0, 0x2e, 0x6a, 0x73]), data: small }] }),
    zip("empty name", { entries: [{ name: "", data: small }] }),
    zip("unknown compression method", { entries: [{ name: "a.docm", data: small, method: 99 }] }),
    zip("3000 entries", { entries: many }),
    zip("junk before the first entry", { entries: [{ name: "a.xls", data: small }], prefix: new Uint8Array(4096).fill(0x4d) }),
    { label: "end record only", bytes: new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)]) },
    { label: "local header signature only", bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04]) },
    { label: "empty file", bytes: new Uint8Array() },
    { label: "truncated honest zip", bytes: buildZip({ entries: [{ name: "a.xlsm", data: small }] }).slice(0, 40) },
    { label: "end record of 0xff", bytes: new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0xff)]) },
  ];
}
