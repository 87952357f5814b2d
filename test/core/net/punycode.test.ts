import { describe, expect, it } from "vitest";
import { decodePunycode, labelToUnicode } from "../../../src/core/net/punycode";

describe("punycode (RFC 3492)", () => {
  it.each([
    ["xn--wsta-kawagoe-sck", "wеsta-kawagoe"],
    ["xn--mnchen-3ya", "münchen"],
    ["xn--gckc8cya4688ck13c", "ウェスタ川越"],
    ["xn--r8jz45g", "例え"],
    ["xn--ab-cd--gva", "ab-cd-é"],
    ["westa-kawagoe", "westa-kawagoe"],
  ])("%s → %s", (label, unicode) => {
    expect(labelToUnicode(label)).toBe(unicode);
  });

  it("RFC 3492 sample (Japanese)", () => {
    expect(decodePunycode("3B-ww4c5e180e575a65lsy2b")).toBe("3年B組金八先生");
  });

  it("rejects invalid input without throwing", () => {
    expect(decodePunycode("!!!")).toBeNull();
    expect(decodePunycode("zzzzzzzzzzzzzzzzzzzzzzzz")).toBeNull();
    expect(labelToUnicode("xn--!!!")).toBe("xn--!!!");
  });
});
