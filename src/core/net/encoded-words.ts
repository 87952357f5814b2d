/**
 * RFC 2047 encoded words ("=?UTF-8?B?…?=") in display names.
 *
 * UTF-8, US-ASCII and Latin-1 are decoded here, so names decode even in Outlook's
 * JavaScript-only runtime, which may lack TextDecoder. Other charsets (ISO-2022-JP and
 * Shift_JIS are common in Japanese mail) go through an injected decoder; when it cannot
 * help, the encoded word is kept as written so nothing is silently lost.
 */

/** Decodes bytes in a named charset; returns null when the charset is not supported. */
export type CharsetDecoder = (charset: string, bytes: Uint8Array) => string | null;

const encodedWord = /=\?([^?\s]+)\?([BbQq])\?([^?\s]*)\?=/gu;
const betweenWords = /(=\?[^?\s]+\?[BbQq]\?[^?\s]*\?=)\s+(?==\?[^?\s]+\?[BbQq]\?[^?\s]*\?=)/gu;

/**
 * @example decodeEncodedWords("=?UTF-8?B?44Km44Kn44K544K/5bed6LaK?=") // => "ウェスタ川越"
 * @example decodeEncodedWords("=?ISO-2022-JP?B?…?=") // kept as is unless `decode` knows ISO-2022-JP
 */
export function decodeEncodedWords(text: string, decode?: CharsetDecoder): string {
  if (!text.includes("=?")) return text;
  // Whitespace between two adjacent encoded words is not part of the text (RFC 2047 §6.2).
  const joined = text.replace(betweenWords, "$1");
  return joined.replace(encodedWord, (whole, charsetSpec: string, encoding: string, payload: string) => {
    // RFC 2231 allows a language after the charset: "UTF-8*ja".
    const charset = (charsetSpec.split("*")[0] ?? "").toLowerCase();
    const bytes = encoding.toUpperCase() === "B" ? decodeBase64Loose(payload) : decodeQ(payload);
    if (bytes === null) return whole;
    return decodeBytes(charset, bytes, decode) ?? whole;
  });
}

function decodeBytes(charset: string, bytes: Uint8Array, decode: CharsetDecoder | undefined): string | null {
  if (charset === "utf-8" || charset === "utf8") return decodeUtf8(bytes);
  if (charset === "us-ascii" || charset === "iso-8859-1" || charset === "latin1" || charset === "ascii") {
    let out = "";
    for (const byte of bytes) out += String.fromCharCode(byte);
    return out;
  }
  if (decode === undefined) return null;
  try {
    return decode(charset, bytes);
  } catch {
    return null;
  }
}

function decodeQ(payload: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < payload.length; i++) {
    const ch = payload[i];
    if (ch === "_") out.push(0x20);
    else if (ch === "=" && i + 2 < payload.length && /^[0-9A-Fa-f]{2}$/u.test(payload.slice(i + 1, i + 3))) {
      out.push(parseInt(payload.slice(i + 1, i + 3), 16));
      i += 2;
    } else out.push(payload.charCodeAt(i) & 0xff);
  }
  return Uint8Array.from(out);
}

const base64Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const base64Values = new Int16Array(128).fill(-1);
for (let i = 0; i < base64Alphabet.length; i++) base64Values[base64Alphabet.charCodeAt(i)] = i;

/**
 * Base64 to bytes without atob (absent in some runtimes). Whitespace and padding are ignored;
 * returns null on any other character so callers can keep the original text.
 */
export function decodeBase64Loose(text: string): Uint8Array | null {
  const out = new Uint8Array(Math.floor((text.length * 3) / 4) + 3);
  let length = 0;
  let buffer = 0;
  let bits = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x3d) break; // "=" padding: the rest carries no data.
    if (code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d) continue;
    const value = code < 128 ? (base64Values[code] ?? -1) : -1;
    if (value < 0) return null;
    buffer = ((buffer << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[length++] = (buffer >> bits) & 0xff;
    }
  }
  return out.subarray(0, length);
}

/** Strict-enough UTF-8 decoding; malformed sequences become U+FFFD, never an exception. */
export function decodeUtf8(bytes: Uint8Array): string {
  let out = "";
  let i = 0;
  while (i < bytes.length) {
    const b0 = bytes[i] ?? 0;
    let code = -1;
    let size = 1;
    if (b0 < 0x80) code = b0;
    else if (b0 >= 0xc2 && b0 < 0xe0) size = 2;
    else if (b0 >= 0xe0 && b0 < 0xf0) size = 3;
    else if (b0 >= 0xf0 && b0 < 0xf5) size = 4;
    if (size > 1) {
      code = b0 & (0xff >> (size + 1));
      for (let k = 1; k < size; k++) {
        const next = bytes[i + k];
        if (next === undefined || (next & 0xc0) !== 0x80) {
          code = -1;
          size = k;
          break;
        }
        code = (code << 6) | (next & 0x3f);
      }
      const min = size === 2 ? 0x80 : size === 3 ? 0x800 : 0x10000;
      if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) code = -1;
    }
    out += code < 0 ? "\uFFFD" : String.fromCodePoint(code);
    i += size;
  }
  return out;
}
