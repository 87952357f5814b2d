/**
 * Repairs for text a broken mail hands us. Both run on decoded strings only (no Node APIs), so
 * the module works in the browser playground as well as in the CLI.
 */

/** windows-1252 code points for bytes 0x80–0x9F (the WHATWG decoder's table). */
const cp1252High = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

const byteOf = new Map<string, number>();
for (let i = 0; i < cp1252High.length; i++) byteOf.set(cp1252High.charAt(i), 0x80 + i);

const hasNonAscii = /[\u0080-\uffff]/;

/** A character windows-1252 has no byte for: such text was never mis-decoded UTF-8. */
const notWindows1252 = new RegExp(
  `[^\\x00-\\xff${Array.from(cp1252High, (c) => c.charCodeAt(0))
    .filter((code) => code > 0xff)
    .map((code) => `\\u${code.toString(16).padStart(4, "0")}`)
    .join("")}]`,
  "u",
);

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Undoes the classic "UTF-8 read as windows-1252" damage, which postal-mime produces when a part
 * declares a charset the runtime does not know (it falls back to windows-1252), or when a sender
 * labels UTF-8 text as iso-8859-1.
 *
 * The repair only happens when the text maps back to bytes one for one and those bytes are valid
 * UTF-8 with at least one multi-byte sequence, e.g. "ã‚¦ã‚§ã‚¹ã‚¿" → "ウェスタ". Real Latin-1 text
 * ("café") is almost never valid UTF-8 as bytes, so it is left alone.
 */
export function repairMojibake(text: string): string {
  // Most text is plain ASCII or real Unicode (Japanese): both are answered by one native scan,
  // without building the byte copy below.
  if (!hasNonAscii.test(text) || notWindows1252.test(text)) return text;
  let high = false;
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      bytes[i] = code;
      continue;
    }
    // C1 code points stand for the five bytes windows-1252 leaves undefined.
    const byte = code <= 0xff ? code : byteOf.get(text.charAt(i));
    if (byte === undefined) return text;
    bytes[i] = byte;
    high = true;
  }
  if (!high) return text;
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return text;
  }
}

/**
 * NUL bytes are invisible in every mail client but split words for a matcher
 * ("ウェスタ\0川越"), so they are removed from decoded text.
 */
export function removeNul(text: string): string {
  return text.includes("\u0000") ? text.replaceAll("\u0000", "") : text;
}

/** Decoded header text (names, subject): NULs removed, mojibake repaired, ends trimmed. */
export function cleanText(text: string): string {
  return repairMojibake(removeNul(text)).trim();
}
