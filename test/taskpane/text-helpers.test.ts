import { describe, expect, it } from "vitest";
import { revealHidden } from "../../src/taskpane/text/reveal-hidden";
import { diffFits } from "../../src/taskpane/components/LookalikeText/LookalikeText";

describe("revealHidden", () => {
  it("shows direction overrides and zero-width characters as codes", () => {
    expect(revealHidden("info\u202Egpj.exe")).toBe("info⟨U+202E⟩gpj.exe");
    expect(revealHidden("west\u200Ba")).toBe("west⟨U+200B⟩a");
  });

  it("leaves ordinary Japanese and ASCII text alone", () => {
    expect(revealHidden("ウェスタ川越 <info@westa-kawagoe.jp>")).toBe("ウェスタ川越 <info@westa-kawagoe.jp>");
  });
});

describe("diffFits", () => {
  const diffs = [{ index: 11, seen: "0", genuine: "o" }];

  it("accepts the string the diff indexes count in, not another evidence value", () => {
    expect(diffFits("westa-kawag0e.jp", diffs)).toBe(true);
    expect(diffFits("info@westa-kawag0e.jp", diffs)).toBe(false);
  });

  it("counts code points, not UTF-16 units", () => {
    expect(diffFits("𝐰esta-kawag0e.jp", diffs)).toBe(true);
  });

  it("refuses a string the diff does not fit, and the empty string", () => {
    expect(diffFits("westa-kawagoe.jp", diffs)).toBe(false);
    expect(diffFits("", diffs)).toBe(false);
  });
});
