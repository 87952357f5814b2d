/**
 * HTML character references, decoded by a single forward pass (no regex), so a body full of
 * ampersands stays linear. Only the names mail actually uses are known; unknown names are kept
 * as written, the way a reader would see a typo.
 */

const named: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
  copy: "©",
  reg: "®",
  trade: "™",
  hellip: "…",
  mdash: "—",
  ndash: "–",
  lsquo: "‘",
  rsquo: "’",
  ldquo: "“",
  rdquo: "”",
  sbquo: "‚",
  bdquo: "„",
  laquo: "«",
  raquo: "»",
  bull: "•",
  middot: "·",
  deg: "°",
  plusmn: "±",
  times: "×",
  divide: "÷",
  yen: "¥",
  euro: "€",
  pound: "£",
  cent: "¢",
  sect: "§",
  para: "¶",
  iexcl: "¡",
  iquest: "¿",
  shy: "\u00ad",
  zwnj: "\u200c",
  zwj: "\u200d",
  lrm: "\u200e",
  rlm: "\u200f",
  ensp: "\u2002",
  emsp: "\u2003",
  thinsp: "\u2009",
  dagger: "†",
  larr: "←",
  rarr: "→",
  uarr: "↑",
  darr: "↓",
  frasl: "⁄",
  sol: "/",
  colon: ":",
  period: ".",
  comma: ",",
  commat: "@",
  num: "#",
  percnt: "%",
  lpar: "(",
  rpar: ")",
  excl: "!",
  quest: "?",
  equals: "=",
  Tab: "\t",
  NewLine: "\n",
  auml: "ä",
  ouml: "ö",
  uuml: "ü",
  Auml: "Ä",
  Ouml: "Ö",
  Uuml: "Ü",
  szlig: "ß",
  eacute: "é",
  egrave: "è",
  aacute: "á",
  agrave: "à",
  oacute: "ó",
  iacute: "í",
  uacute: "ú",
  ntilde: "ñ",
  ccedil: "ç",
};

/** Names browsers still accept without the semicolon (the common legacy ones). */
const legacy = new Set(["amp", "lt", "gt", "quot", "nbsp", "copy", "reg"]);

/** Windows-1252 meanings browsers give to the C1 range in numeric references. */
const c1 = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

const maxNameLength = 12;

function isAlnum(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function fromCodePoint(value: number): string {
  if (value === 0 || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff)) return "\ufffd";
  if (value >= 0x80 && value <= 0x9f) return c1.charAt(value - 0x80);
  return String.fromCodePoint(value);
}

type Decoded = { readonly text: string; readonly end: number };

function numericAt(input: string, amp: number): Decoded | null {
  let i = amp + 2;
  const hex = input.charCodeAt(i) === 120 || input.charCodeAt(i) === 88; // x / X
  if (hex) i += 1;
  const start = i;
  let value = 0;
  // Eight digits are enough for any code point; more are consumed but clamp to invalid.
  while (i < input.length && i - start < 16) {
    const c = input.charCodeAt(i);
    let digit: number;
    if (c >= 48 && c <= 57) digit = c - 48;
    else if (hex && c >= 97 && c <= 102) digit = c - 87;
    else if (hex && c >= 65 && c <= 70) digit = c - 55;
    else break;
    value = Math.min(value * (hex ? 16 : 10) + digit, 0x110000);
    i += 1;
  }
  if (i === start) return null;
  if (input.charCodeAt(i) === 59) i += 1; // ;
  return { text: fromCodePoint(value), end: i };
}

function namedAt(input: string, amp: number, inAttribute: boolean): Decoded | null {
  let i = amp + 1;
  while (i < input.length && i - amp - 1 < maxNameLength && isAlnum(input.charCodeAt(i))) i += 1;
  const name = input.slice(amp + 1, i);
  if (name === "") return null;
  if (input.charCodeAt(i) === 59 && Object.hasOwn(named, name)) return { text: named[name] ?? "", end: i + 1 };
  if (!legacy.has(name)) return null;
  // Inside attributes browsers leave "&copy=" alone (query strings); so do we.
  const next = input.charCodeAt(i);
  if (inAttribute && (isAlnum(next) || next === 61)) return null;
  return { text: named[name] ?? "", end: i };
}

/** Decodes &name; &#123; &#x1F; references in text or an attribute value. */
export function decodeEntities(input: string, inAttribute = false): string {
  let amp = input.indexOf("&");
  if (amp < 0) return input;
  const parts: string[] = [];
  let copied = 0;
  while (amp >= 0) {
    const decoded = input.charCodeAt(amp + 1) === 35 ? numericAt(input, amp) : namedAt(input, amp, inAttribute);
    if (decoded) {
      parts.push(input.slice(copied, amp), decoded.text);
      copied = decoded.end;
      amp = input.indexOf("&", decoded.end);
    } else {
      amp = input.indexOf("&", amp + 1);
    }
  }
  parts.push(input.slice(copied));
  return parts.join("");
}
