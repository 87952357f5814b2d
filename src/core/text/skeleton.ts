import { asciiConfusables } from "../data/confusables.generated";
import { kanaKanjiConfusables } from "../data/kana-kanji-confusables";

/**
 * One lookup table: every source character → its prototype. Built once at load (about 1,800
 * entries) from the generated UTS #39 subset and our kana/kanji rows.
 */
function buildTable(): ReadonlyMap<string, string> {
  const table = new Map<string, string>();
  for (const [prototype, sources] of asciiConfusables) {
    for (const source of sources) table.set(source, prototype);
  }
  for (const row of kanaKanjiConfusables) {
    // A canonical that is itself confusable with ASCII (〇 → O) resolves all the way.
    const target = table.get(row.canonical) ?? row.canonical;
    for (const source of row.lookalikes) {
      // confusables.txt wins where both tables know a character: domains need its ASCII answer.
      if (!table.has(source)) table.set(source, target);
    }
  }
  return table;
}

const table = buildTable();

function mapOnce(text: string): string {
  let out = "";
  for (const ch of text) out += table.get(ch) ?? ch;
  return out;
}

/**
 * A UTS #39-style skeleton, case-folded: two strings that look alike get the same skeleton.
 *
 * NFKC first (full-width ＷＥＳＴＡ → WESTA, ｳｪｽﾀ → ウェスタ), then every character is replaced by
 * its prototype, then lower-cased. The map runs twice because lower-casing can expose a character
 * with a prototype of its own (M → m → rn).
 *
 *   skeleton("westa-kawag0e") === skeleton("westa-kawagoe")   // 0 → O → o
 *   skeleton("wеsta") === "westa"                              // Cyrillic е
 *   skeleton("ウェス夕") === skeleton("ウェスタ")                // kanji 夕 for katakana タ
 *   skeleton("佐藤") !== skeleton("加藤")                        // different kanji stay different
 */
export function skeleton(text: string): string {
  return mapOnce(mapOnce(text.normalize("NFKC")).toLowerCase()).toLowerCase();
}
