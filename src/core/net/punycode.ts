/**
 * RFC 3492 Punycode decoding for IDN labels ("xn--…"). Written here because the core runs in
 * Outlook's JavaScript-only runtime, where neither node:punycode nor the URL API can be relied on.
 */

const base = 36;
const tMin = 1;
const tMax = 26;
const skew = 38;
const damp = 700;
const initialBias = 72;
const initialN = 128;
const maxCodePoint = 0x10ffff;

function digitValue(cp: number): number {
  if (cp >= 0x30 && cp <= 0x39) return cp - 22; // 0-9 → 26-35
  if (cp >= 0x41 && cp <= 0x5a) return cp - 0x41; // A-Z
  if (cp >= 0x61 && cp <= 0x7a) return cp - 0x61; // a-z
  return base;
}

function adapt(delta: number, numPoints: number, firstTime: boolean): number {
  let d = firstTime ? Math.floor(delta / damp) : delta >> 1;
  d += Math.floor(d / numPoints);
  let k = 0;
  while (d > ((base - tMin) * tMax) >> 1) {
    d = Math.floor(d / (base - tMin));
    k += base;
  }
  return k + Math.floor(((base - tMin + 1) * d) / (d + skew));
}

/** Decodes the part after "xn--"; null when it is not valid Punycode. */
export function decodePunycode(input: string): string | null {
  const output: number[] = [];
  const lastDelimiter = input.lastIndexOf("-");
  for (let i = 0; i < Math.max(lastDelimiter, 0); i += 1) {
    const cp = input.charCodeAt(i);
    if (cp >= 0x80) return null;
    output.push(cp);
  }
  let n = initialN;
  let bias = initialBias;
  let i = 0;
  let index = lastDelimiter > 0 ? lastDelimiter + 1 : 0;
  while (index < input.length) {
    const oldI = i;
    let w = 1;
    for (let k = base; ; k += base) {
      if (index >= input.length) return null;
      const digit = digitValue(input.charCodeAt(index));
      index += 1;
      if (digit >= base || digit > Math.floor((maxCodePoint * base - i) / w)) return null;
      i += digit * w;
      const t = k <= bias ? tMin : k >= bias + tMax ? tMax : k - bias;
      if (digit < t) break;
      w *= base - t;
      if (w > maxCodePoint * base) return null;
    }
    const length = output.length + 1;
    bias = adapt(i - oldI, length, oldI === 0);
    n += Math.floor(i / length);
    i %= length;
    if (n > maxCodePoint || (n >= 0xd800 && n <= 0xdfff)) return null;
    output.splice(i, 0, n);
    i += 1;
  }
  return String.fromCodePoint(...output);
}

/** "xn--wsta-kawagoe-…" → Unicode; other labels unchanged; undecodable labels stay as written. */
export function labelToUnicode(label: string): string {
  if (!label.startsWith("xn--")) return label;
  return decodePunycode(label.slice(4)) ?? label;
}
