/**
 * Zip entry names are bytes: UTF-8 when flag bit 11 is set, otherwise "CP437" by the spec but
 * in practice whatever the zipping tool used — Japanese Windows writes Shift_JIS (CP932).
 * Decoding here is dependency-free and small: the kanji table is left out on purpose, so
 * kanji come out as U+FFFD while ASCII, kana and the extension (what the rules read) stay exact.
 */

export type NameEncoding = "ascii" | "utf8" | "shift_jis" | "cp437";

export type DecodedName = {
  readonly name: string;
  readonly encoding: NameEncoding;
  /** True when some characters could not be decoded and show as U+FFFD. */
  readonly lossy: boolean;
};

const cp437High =
  "ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0";

/** JIS X 0208 row 1 (punctuation), cells 1–59, as CP932 maps them. */
const jisRow1 =
  "　、。，．・：；？！゛゜´｀¨＾￣＿ヽヾゝゞ〃仝々〆〇ー―‐／＼～∥｜…‥‘’“”（）〔〕［］｛｝〈〉《》「」『』【】";

function isAscii(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b >= 0x80) return false;
  return true;
}

function asciiText(bytes: Uint8Array): string {
  let out = "";
  for (const b of bytes) out += String.fromCharCode(b);
  return out;
}

/** Strict UTF-8 decoding; null when the bytes are not well-formed UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  let out = "";
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    let need: number;
    let cp: number;
    let min: number;
    if (b < 0x80) {
      out += String.fromCharCode(b);
      i += 1;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) [need, cp, min] = [1, b & 0x1f, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, cp, min] = [2, b & 0x0f, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, cp, min] = [3, b & 0x07, 0x10000];
    else return null;
    for (let k = 1; k <= need; k += 1) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return null;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return null;
    out += String.fromCodePoint(cp);
    i += need + 1;
  }
  return out;
}

function isSjisLead(b: number): boolean {
  return (b >= 0x81 && b <= 0x9f) || (b >= 0xe0 && b <= 0xfc);
}

function isSjisTrail(b: number): boolean {
  return (b >= 0x40 && b <= 0x7e) || (b >= 0x80 && b <= 0xfc);
}

/** Row/cell (ku/ten, 1-based) → character for the rows that map to contiguous Unicode ranges. */
function jisChar(row: number, cell: number): string | undefined {
  if (row === 1) return jisRow1.charAt(cell - 1) || undefined;
  if (row === 3) {
    if (cell >= 16 && cell <= 25) return String.fromCharCode(0xff10 + cell - 16);
    if (cell >= 33 && cell <= 58) return String.fromCharCode(0xff21 + cell - 33);
    if (cell >= 65 && cell <= 90) return String.fromCharCode(0xff41 + cell - 65);
  }
  if (row === 4 && cell <= 83) return String.fromCharCode(0x3041 + cell - 1);
  if (row === 5 && cell <= 86) return String.fromCharCode(0x30a1 + cell - 1);
  return undefined;
}

/** Shift_JIS decoding without a kanji table; null when the bytes are not Shift_JIS-shaped. */
export function decodeShiftJis(bytes: Uint8Array): DecodedName | null {
  let out = "";
  let lossy = false;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      out += String.fromCharCode(b);
      i += 1;
    } else if (b >= 0xa1 && b <= 0xdf) {
      out += String.fromCharCode(0xff61 + b - 0xa1); // half-width katakana
      i += 1;
    } else if (isSjisLead(b)) {
      const t = bytes[i + 1];
      if (t === undefined || !isSjisTrail(t)) return null;
      let row = (b <= 0x9f ? b - 0x81 : b - 0xc1) * 2 + 1;
      let cell: number;
      if (t >= 0x9f) {
        row += 1;
        cell = t - 0x9e;
      } else {
        cell = t - (t >= 0x80 ? 0x40 : 0x3f);
      }
      const ch = jisChar(row, cell);
      if (ch === undefined) lossy = true;
      out += ch ?? "\ufffd";
      i += 2;
    } else {
      return null;
    }
  }
  return { name: out, encoding: "shift_jis", lossy };
}

function decodeCp437(bytes: Uint8Array): string {
  let out = "";
  for (const b of bytes) out += b < 0x80 ? String.fromCharCode(b) : cp437High.charAt(b - 0x80);
  return out;
}

/**
 * Best-effort name: flagged UTF-8; else ASCII; else UTF-8 anyway (many tools forget the flag);
 * else Shift_JIS-shaped bytes; else CP437. Never throws.
 */
export function decodeEntryName(bytes: Uint8Array, utf8Flag: boolean): DecodedName {
  if (isAscii(bytes)) return { name: asciiText(bytes), encoding: "ascii", lossy: false };
  const utf8 = decodeUtf8(bytes);
  if (utf8 !== null) return { name: utf8, encoding: "utf8", lossy: false };
  if (utf8Flag) {
    // Flag set but bytes broken: show what we can rather than fail.
    return { name: decodeCp437(bytes), encoding: "cp437", lossy: true };
  }
  return decodeShiftJis(bytes) ?? { name: decodeCp437(bytes), encoding: "cp437", lossy: false };
}
