import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readZipDirectory, looksLikeZip, maxEntries } from "../../../src/core/archive/zip";
import { decodeEntryName, decodeShiftJis } from "../../../src/core/archive/names";
import { buildZip } from "../../../scripts/fixtures/zip";

const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values);

function entriesOf(zip: Uint8Array) {
  const read = readZipDirectory(zip);
  if (!read.ok) throw new Error(`expected a readable zip, got ${read.error}: ${read.detail}`);
  return read.directory;
}

describe("readZipDirectory", () => {
  it("reads names, sizes and the encrypted flag without the password", () => {
    const zip = buildZip([
      { name: "readme.txt", data: new TextEncoder().encode("hello") },
      { name: "請求書.xlsm", data: bytes(1, 2, 3), encrypted: true },
      { name: "folder/" },
    ]);
    expect(looksLikeZip(zip)).toBe(true);
    const dir = entriesOf(zip);
    expect(
      dir.entries.map((e) => [e.name, e.nameEncoding, e.compressedSize, e.uncompressedSize, e.encrypted, e.directory]),
    ).toEqual([
      ["readme.txt", "ascii", 5, 5, false, false],
      ["請求書.xlsm", "utf8", 3, 3, true, false],
      ["folder/", "ascii", 0, 0, false, true],
    ]);
    expect(dir.problems).toEqual([]);
  });

  it("reports claimed sizes as written, even absurd ones", () => {
    const dir = entriesOf(
      buildZip([{ name: "doc.doc", data: bytes(0), claimedCompressedSize: 600_000, claimedSize: 0xffffffff }]),
    );
    expect(dir.entries[0]?.uncompressedSize).toBe(0xffffffff);
    expect(dir.entries[0]?.compressedSize).toBe(600_000);
  });

  it("finds the end record behind a comment", () => {
    expect(entriesOf(buildZip([{ name: "a.txt" }], { comment: "x".repeat(3000) })).entries[0]?.name).toBe("a.txt");
  });

  it("finds a directory shifted by prepended data (self-extracting stub)", () => {
    const dir = entriesOf(buildZip([{ name: "a.exe" }], { prefix: new Uint8Array(500).fill(7) }));
    expect(dir.entries[0]?.name).toBe("a.exe");
    expect(dir.problems).toContain("shiftedDirectory");
  });

  it("says so when the directory holds fewer entries than declared", () => {
    const dir = entriesOf(buildZip([{ name: "a.txt" }], { claimedEntries: 65535 }));
    expect(dir.entries).toHaveLength(1);
    expect(dir.declaredEntries).toBe(65535);
    expect(dir.problems).toContain("fewerEntriesThanDeclared");
  });

  it.each([
    ["empty input", new Uint8Array(0), "notZip"],
    ["random text", new TextEncoder().encode("this is not a zip file at all, just words"), "notZip"],
  ] as const)("rejects %s as %s", (_label, input, error) => {
    const read = readZipDirectory(input);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error).toBe(error);
  });

  it("recovers a directory whose declared offset lies outside the data", () => {
    const dir = entriesOf(buildZip([{ name: "a.txt" }], { claimedDirectoryOffset: 0x7fffffff }));
    expect(dir.entries[0]?.name).toBe("a.txt");
    expect(dir.problems).toContain("shiftedDirectory");
  });

  it("reports a file whose directory was cut away as truncated", () => {
    const zip = buildZip([{ name: "a.txt", data: new Uint8Array(200) }]);
    const mangled = new Uint8Array(32);
    mangled.set(zip.subarray(0, 10));
    mangled.set(zip.subarray(zip.length - 22), 10);
    const read = readZipDirectory(mangled);
    expect(read.ok ? "ok" : read.error).toBe("truncated");
  });

  it("reports a cut-off file (end record lost) as not a zip", () => {
    const zip = buildZip([{ name: "a.txt", data: new Uint8Array(100) }]);
    const read = readZipDirectory(zip.subarray(0, 80));
    expect(read.ok ? "ok" : read.error).toBe("notZip");
  });

  it("never throws on mutated or truncated archives", () => {
    const base = buildZip([{ name: "請求書.xlsm", data: new Uint8Array(40), encrypted: true }, { name: "b.lnk" }]);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(base.length - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 12 }),
        fc.nat(base.length),
        (edits, cut) => {
          const copy = Uint8Array.from(base);
          for (const [at, value] of edits) copy[at] = value;
          const read = readZipDirectory(copy.subarray(0, Math.max(cut, base.length - 30)));
          expect(typeof read.ok).toBe("boolean");
        },
      ),
      { seed: 20261127, numRuns: 400 },
    );
  });

  it("stays bounded on a huge archive listing", () => {
    const many = Array.from({ length: 12_000 }, (_, i) => ({ name: `f${i}.txt` }));
    const zip = buildZip(many);
    const started = performance.now();
    const dir = entriesOf(zip);
    expect(dir.entries).toHaveLength(12_000);
    expect(performance.now() - started).toBeLessThan(500);
    expect(maxEntries).toBeGreaterThanOrEqual(12_000);
  });
});

describe("entry names", () => {
  // 請求書.xlsm and せいきゅう.zip in Shift_JIS, as Japanese Windows writes them (no UTF-8 flag).
  const sjisKanji = bytes(0x90, 0xbf, 0x8b, 0x81, 0x8f, 0x91, 0x2e, 0x78, 0x6c, 0x73, 0x6d);
  const sjisKana = bytes(0x82, 0xb9, 0x82, 0xa2, 0x82, 0xab, 0x82, 0xe3, 0x82, 0xa4, 0x2e, 0x7a, 0x69, 0x70);

  it("keeps the extension of a Shift_JIS kanji name exact, marking it lossy", () => {
    expect(decodeEntryName(sjisKanji, false)).toEqual({
      name: "\ufffd\ufffd\ufffd.xlsm",
      encoding: "shift_jis",
      lossy: true,
    });
  });

  it("decodes Shift_JIS kana exactly (checked against the platform decoder)", () => {
    const decoded = decodeShiftJis(sjisKana);
    expect(decoded?.name).toBe(new TextDecoder("shift_jis").decode(sjisKana));
    expect(decoded?.lossy).toBe(false);
  });

  it("reads raw Shift_JIS names inside a zip", () => {
    const dir = entriesOf(buildZip([{ name: sjisKanji }, { name: sjisKana }]));
    expect(dir.entries.map((e) => e.name)).toEqual(["\ufffd\ufffd\ufffd.xlsm", "せいきゅう.zip"]);
  });

  it("falls back to CP437 for bytes that are neither UTF-8 nor Shift_JIS", () => {
    expect(decodeEntryName(bytes(0x72, 0xe9, 0x73, 0x2e, 0x74, 0x78, 0x74, 0x80), false).encoding).not.toBe("utf8");
    expect(decodeEntryName(bytes(0x80, 0xff), false)).toEqual({ name: "Ç\u00a0", encoding: "cp437", lossy: false });
  });
});
