import { buildZip, type ZipEntrySpec, type ZipOptions } from "../../../scripts/fixtures/zip";

// The central directory is attacker-written metadata, so a reader must survive every lie in it.
const utf8 = new TextEncoder();

const small = utf8.encode("PK test payload");

/**
 * Zips that lie in every field a reader trusts: sizes, counts, offsets, name lengths, comments,
 * encryption flags, names that hide their extension. Each is named so a failure says which lie.
 */
export function lyingZips(): { readonly label: string; readonly bytes: Uint8Array }[] {
  const many = Array.from({ length: 3000 }, (_, i) => ({ name: `f${i}.txt`, data: small }));
  // Names carry the UTF-8 flag unless a case sets the flags itself.
  // Junk before the first entry is counted in the offsets, as `zip -A` writes them.
  const zip = (
    label: string,
    { entries, ...options }: ZipOptions & { readonly entries: readonly ZipEntrySpec[] },
  ): { label: string; bytes: Uint8Array } => ({
    label,
    bytes: buildZip(
      entries.map((entry) => ({ utf8Flag: true, ...entry })),
      { ...options, offsetsIncludePrefix: true },
    ),
  });
  return [
    zip("honest", {
      entries: [
        { name: "請求書.xlsm", data: small },
        { name: "readme.txt", data: small },
      ],
    }),
    zip("claims 4 GiB unpacked (Emotet padding)", {
      entries: [{ name: "invoice.doc", data: small, claimedSize: 0xffffffff }],
    }),
    zip("claims 600 MB unpacked", { entries: [{ name: "document.docm", data: small, claimedSize: 600_000_000 }] }),
    zip("zip64 markers without zip64 records", {
      entries: [
        {
          name: "a.doc",
          data: small,
          claimedSize: 0xffffffff,
          claimedCompressedSize: 0xffffffff,
          claimedLocalOffset: 0xffffffff,
        },
      ],
    }),
    zip("claims 65535 entries, holds 1", { entries: [{ name: "a.lnk", data: small }], claimedEntries: 0xffff }),
    zip("claims 0 entries, holds 2", {
      entries: [
        { name: "a.exe", data: small },
        { name: "b.js", data: small },
      ],
      claimedEntries: 0,
    }),
    zip("directory offset past the end", {
      entries: [{ name: "a.one", data: small }],
      claimedDirectoryOffset: 0x7fffffff,
    }),
    zip("directory size past the end", { entries: [{ name: "a.one", data: small }], claimedDirectorySize: 0x7fffffff }),
    zip("directory offset points at the end record", {
      entries: [{ name: "a.one", data: small }],
      claimedDirectoryOffset: 0,
    }),
    zip("name length past the end", { entries: [{ name: "a.iso", data: small, claimedNameLength: 0xffff }] }),
    zip("extra length past the end", { entries: [{ name: "a.iso", data: small, claimedExtraLength: 0xffff }] }),
    zip("comment length past the end", { entries: [{ name: "a.txt", data: small }], claimedCommentLength: 0xffff }),
    zip("comment holding a fake end record", {
      entries: [{ name: "a.txt", data: small }],
      comment: new Uint8Array([0x50, 0x4b, 0x05, 0x06, 1, 2, 3, 4, 5, 6, 7, 8]),
    }),
    zip("encrypted entries (password in body)", {
      entries: [
        { name: "請求書.xlsm", data: small, flags: 0x0801 },
        { name: "scan.lnk", data: small, flags: 0x0001 },
      ],
    }),
    zip("right-to-left override in a name", { entries: [{ name: "invoice\u202Excod.exe", data: small }] }),
    zip("double extension and path traversal", {
      entries: [
        { name: "../../請求書.pdf.exe", data: small },
        { name: "C:\\Windows\\a.lnk", data: small },
      ],
    }),
    zip("NUL and invalid UTF-8 in names", {
      entries: [
        { name: new Uint8Array([0x61, 0x00, 0x2e, 0x65, 0x78, 0x65]), data: small },
        { name: new Uint8Array([0xff, 0xfe, 0xc0, 0x2e, 0x6a, 0x73]), data: small },
      ],
    }),
    zip("empty name", { entries: [{ name: "", data: small }] }),
    zip("unknown compression method", { entries: [{ name: "a.docm", data: small, method: 99 }] }),
    zip("3000 entries", { entries: many }),
    zip("junk before the first entry", {
      entries: [{ name: "a.xls", data: small }],
      prefix: new Uint8Array(4096).fill(0x4d),
    }),
    { label: "end record only", bytes: new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)]) },
    { label: "local header signature only", bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04]) },
    { label: "empty file", bytes: new Uint8Array() },
    {
      label: "truncated honest zip",
      bytes: zip("honest", { entries: [{ name: "a.xlsm", data: small }] }).bytes.slice(0, 40),
    },
    {
      label: "end record of 0xff",
      bytes: new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0xff)]),
    },
  ];
}
