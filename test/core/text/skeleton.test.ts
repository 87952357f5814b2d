import { readFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { skeleton } from "../../../src/core/text/skeleton";
import { asciiConfusables, asciiConfusablesCount } from "../../../src/core/data/confusables.generated";
import { kanaKanjiConfusables } from "../../../src/core/data/kana-kanji-confusables";

describe("skeleton", () => {
  it.each([
    ["westa-kawag0e", "westa-kawagoe"],
    ["PAYPAL", "paypa1"],
    ["wеsta", "westa"], // Cyrillic е
    ["ｗｅｓｔａ", "westa"], // full-width
    ["rnodern", "modern"],
    ["ウェス夕", "ウェスタ"],
    ["力ワゴエ", "カワゴエ"],
    ["工ロ二八卜", "エロニハト"],
    ["佐藤一郎", "佐藤ー郎"],
    ["ぺ", "ペ"],
  ])("%s looks like %s", (a, b) => {
    expect(skeleton(a)).toBe(skeleton(b));
  });

  it.each([
    ["佐藤", "加藤"],
    ["westa", "vvesta"],
    ["kawagoe", "kawagie"],
    ["タ", "ク"],
  ])("%s does not look like %s", (a, b) => {
    expect(skeleton(a)).not.toBe(skeleton(b));
  });

  it("is stable when applied twice", () => {
    for (const text of ["Westa-Kawag0e.JP", "ウェスタ川越", "wеsta", "ＷＥＳＴＡ川越", "Ⅿ"]) {
      expect(skeleton(skeleton(text))).toBe(skeleton(text));
    }
  });
});

describe("confusables data", () => {
  it("keeps only printable-ASCII prototypes of NFKC-stable characters, about 650 of them", () => {
    let sources = 0;
    for (const [prototype, chars] of asciiConfusables) {
      expect(prototype).toMatch(/^[\x20-\x7e]+$/);
      for (const ch of chars) expect(ch.normalize("NFKC"), ch).toBe(ch);
      sources += Array.from(chars).length;
    }
    expect(sources).toBe(asciiConfusablesCount);
    expect(asciiConfusablesCount).toBeGreaterThan(600);
    expect(asciiConfusablesCount).toBeLessThan(700);
  });

  it("the committed table equals what scripts/gen-confusables.mjs generates", () => {
    // --check exits non-zero (execFileSync throws) when the file differs from the generator's output.
    const out = execFileSync(process.execPath, ["scripts/gen-confusables.mjs", "--check"], { encoding: "utf8" });
    expect(out).toContain("up to date");
  });

  it("kana/kanji rows each carry a comment saying why, and do not fold a character twice", () => {
    const source = readFileSync("src/core/data/kana-kanji-confusables.ts", "utf8");
    const rows = source
      .split("\n")
      .map((line, i, lines) => ({ line, before: lines[i - 1] ?? "" }))
      .filter((r) => r.line.trim().startsWith("{ canonical:"));
    expect(rows.length).toBe(kanaKanjiConfusables.length);
    for (const row of rows) expect(row.before.trim(), row.line).toMatch(/^\/\/ .{10,}/);
    const seen = new Set<string>();
    for (const row of kanaKanjiConfusables) {
      for (const ch of row.lookalikes) {
        expect(seen.has(ch), ch).toBe(false);
        seen.add(ch);
      }
    }
  });
});
