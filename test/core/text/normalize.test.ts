import { describe, expect, it } from "vitest";
import { nameForm } from "../../../src/core/text/normalize";
import { foldKana } from "../../../src/core/text/kana";

describe("foldKana", () => {
  it("folds small kana and hiragana", () => {
    expect(foldKana("ウェスタ")).toBe("ウエスタ");
    expect(foldKana("かわごえ")).toBe("カワゴエ");
    expect(foldKana("ゃゅょっ")).toBe("ヤユヨツ");
    expect(foldKana("川越")).toBe("川越");
  });
});

describe("nameForm", () => {
  it.each([
    ["【ウェスタ川越】 予約係", ["ウエスタ川越", "予約係"]],
    ["ウェスタ川越 インフォメーション・施設予約", ["ウエスタ川越", "インフオメーツヨン", "施設予約"]],
    ["佐藤 一郎 様", ["佐藤", "ー郎"]],
    ["佐藤一郎様", ["佐藤ー郎"]],
    ["Mr. Ichiro SATOH", ["lchiro", "sato"]],
    ["Satō Ichirou", ["sato", "lchiro"]],
    ["㈱サンプル商事", ["サンプル商事"]],
    ["（株）サンプル商事", ["サンプル商事"]],
    ["一般財団法人 サンプル", ["サンプル"]],
    ["ｳｪｽﾀ川越", ["ウエスタ川越"]],
    ["ウェスタ\u3000川越", ["ウエスタ", "川越"]],
    ["WestaKawagoe", ["westa", "kawagoe"]],
    ["センタ-", ["センター"]],
    ["ウェスタ-川越", ["ウエスタ", "川越"]],
    ["Westa\u200bKawagoe", ["westa", "kawagoe"]],
  ])("%s → %j", (input, tokens) => {
    expect(nameForm(input).tokens).toEqual(tokens);
  });

  it("joins tokens into compact and records word boundaries", () => {
    const form = nameForm("Westa Kawagoe Info");
    expect(form.compact).toBe("westakawagoelnfo");
    expect([...form.boundaries].sort((a, b) => a - b)).toEqual([0, 5, 12, 16]);
  });

  it("is linear enough for a huge display name", () => {
    const started = performance.now();
    const form = nameForm("あ".repeat(2_000_000));
    expect(performance.now() - started).toBeLessThan(500);
    expect(form.compact.length).toBeLessThanOrEqual(1000);
  });
});
