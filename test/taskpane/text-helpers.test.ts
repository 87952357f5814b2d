import { describe, expect, it } from "vitest";
import { revealHidden } from "../../src/taskpane/text/reveal-hidden";
import { findLookalike } from "../../src/taskpane/components/LookalikeText/LookalikeText";

describe("revealHidden", () => {
  it("shows direction overrides and zero-width characters as codes", () => {
    expect(revealHidden("info\u202Egpj.exe")).toBe("info⟨U+202E⟩gpj.exe");
    expect(revealHidden("west\u200Ba")).toBe("west⟨U+200B⟩a");
  });

  it("leaves ordinary Japanese and ASCII text alone", () => {
    expect(revealHidden("ウェスタ川越 <info@westa-kawagoe.jp>")).toBe("ウェスタ川越 <info@westa-kawagoe.jp>");
  });
});

describe("findLookalike", () => {
  const diffs = [{ index: 11, seen: "0", genuine: "o" }];

  it("picks the evidence string the diff indexes fit", () => {
    expect(findLookalike(["info@westa-kawag0e.jp", "westa-kawag0e.jp", "westa-kawagoe.jp"], diffs)).toBe("westa-kawag0e.jp");
  });

  it("counts code points, not UTF-16 units", () => {
    expect(findLookalike(["𝐰esta-kawag0e.jp"], diffs)).toBe("𝐰esta-kawag0e.jp");
  });

  it("returns undefined when no string fits", () => {
    expect(findLookalike(["westa-kawagoe.jp", ""], diffs)).toBeUndefined();
  });
});
