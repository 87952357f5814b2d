import { describe, expect, it } from "vitest";
import { charDiff } from "../../../src/core/net/char-diff";

describe("charDiff", () => {
  it.each([
    ["westa-kawag0e.jp", "westa-kawagoe.jp", [{ index: 11, seen: "0", genuine: "o" }]],
    ["westakawagoe.jp", "westa-kawagoe.jp", [{ index: 5, seen: "", genuine: "-" }]],
    ["westa-kawagoe.com", "westa-kawagoe.jp", [{ index: 14, seen: "com", genuine: "jp" }]],
    ["wеsta", "westa", [{ index: 1, seen: "е", genuine: "e" }]],
    ["same", "same", []],
    ["𝐰esta", "westa", [{ index: 0, seen: "𝐰", genuine: "w" }]],
  ])("%s vs %s", (seen, genuine, expected) => {
    expect(charDiff(seen, genuine)).toEqual(expected);
  });

  it("never aligns huge strings cell by cell", () => {
    const diff = charDiff(`a${"x".repeat(5000)}b`, `a${"y".repeat(5000)}b`);
    expect(diff).toEqual([{ index: 1, seen: "x".repeat(5000), genuine: "y".repeat(5000) }]);
  });
});
