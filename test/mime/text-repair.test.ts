import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { repairMojibake } from "../../src/mime/text-repair";

/** The repair as first written (one pass over every character), kept as the reference. */
function referenceRepair(text: string): string {
  const cp1252High = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";
  let high = false;
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      bytes[i] = code;
      continue;
    }
    const at = cp1252High.indexOf(text.charAt(i));
    const byte = code <= 0xff ? code : at >= 0 ? 0x80 + at : undefined;
    if (byte === undefined) return text;
    bytes[i] = byte;
    high = true;
  }
  if (!high) return text;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return text;
  }
}

const asWindows1252 = (text: string): string => new TextDecoder("windows-1252").decode(new TextEncoder().encode(text));

describe("repairMojibake", () => {
  it("repairs UTF-8 read as windows-1252 and leaves real text alone", () => {
    expect(repairMojibake(asWindows1252("ウェスタ川越"))).toBe("ウェスタ川越");
    expect(repairMojibake(asWindows1252("“quoted” – dash €5"))).toBe("“quoted” – dash €5");
    for (const text of ["", "plain ASCII", "café", "ウェスタ川越", "€ and ウ", "\ud800 lone", "😀"])
      expect(repairMojibake(text)).toBe(text);
  });

  it("gives what the one-pass reference gives for any mix of ASCII, Latin-1, windows-1252, Japanese and mojibake", () => {
    const piece = fc.oneof(
      fc.string(),
      fc.string({ unit: fc.constantFrom(...Array.from("aZ09 <>\r\né£ÿ\u0081€‚Ž“”–—™ウェ川越😀\ud800")) }),
      fc.string({ unit: fc.constantFrom(...Array.from("ウェスタ川越“”–€ñ😀")) }).map(asWindows1252),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 4 }), (pieces) => {
        const text = pieces.join("");
        expect(repairMojibake(text)).toBe(referenceRepair(text));
      }),
      { numRuns: 3000 },
    );
  });
});
