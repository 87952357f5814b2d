// Generated from src/cli by `npm run build:cli`; do not edit. A test checks it is up to date.
import {
  errorText
} from "./shared-A7SG4TO2.mjs";

// src/core/net/encoded-words.ts
var encodedWord = /=\?([^?\s]+)\?([BbQq])\?([^?\s]*)\?=/gu;
var betweenWords = /(=\?[^?\s]+\?[BbQq]\?[^?\s]*\?=)\s+(?==\?[^?\s]+\?[BbQq]\?[^?\s]*\?=)/gu;
function decodeEncodedWords(text, decode) {
  if (!text.includes("=?")) return text;
  const joined = text.replace(betweenWords, "$1");
  return joined.replace(encodedWord, (whole, charsetSpec, encoding, payload) => {
    const charset = (charsetSpec.split("*")[0] ?? "").toLowerCase();
    const bytes = encoding.toUpperCase() === "B" ? decodeBase64Loose(payload) : decodeQ(payload);
    if (bytes === null) return whole;
    return decodeBytes(charset, bytes, decode) ?? whole;
  });
}
function decodeBytes(charset, bytes, decode) {
  if (charset === "utf-8" || charset === "utf8") return decodeUtf8(bytes);
  if (charset === "us-ascii" || charset === "iso-8859-1" || charset === "latin1" || charset === "ascii") {
    let out = "";
    for (const byte of bytes) out += String.fromCharCode(byte);
    return out;
  }
  if (decode === void 0) return null;
  try {
    return decode(charset, bytes);
  } catch {
    return null;
  }
}
function decodeQ(payload) {
  const out = [];
  for (let i = 0; i < payload.length; i++) {
    const ch = payload[i];
    if (ch === "_") out.push(32);
    else if (ch === "=" && i + 2 < payload.length && /^[0-9A-Fa-f]{2}$/u.test(payload.slice(i + 1, i + 3))) {
      out.push(parseInt(payload.slice(i + 1, i + 3), 16));
      i += 2;
    } else out.push(payload.charCodeAt(i) & 255);
  }
  return Uint8Array.from(out);
}
var base64Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
var base64Values = new Int16Array(128).fill(-1);
for (let i = 0; i < base64Alphabet.length; i++) base64Values[base64Alphabet.charCodeAt(i)] = i;
function decodeBase64Loose(text) {
  const out = new Uint8Array(Math.floor(text.length * 3 / 4) + 3);
  let length = 0;
  let buffer = 0;
  let bits = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 61) break;
    if (code === 32 || code === 9 || code === 10 || code === 13) continue;
    const value = code < 128 ? base64Values[code] ?? -1 : -1;
    if (value < 0) return null;
    buffer = (buffer << 6 | value) & 16777215;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[length++] = buffer >> bits & 255;
    }
  }
  return out.subarray(0, length);
}
function decodeUtf8(bytes) {
  let out = "";
  let i = 0;
  while (i < bytes.length) {
    const b0 = bytes[i] ?? 0;
    let code = -1;
    let size = 1;
    if (b0 < 128) code = b0;
    else if (b0 >= 194 && b0 < 224) size = 2;
    else if (b0 >= 224 && b0 < 240) size = 3;
    else if (b0 >= 240 && b0 < 245) size = 4;
    if (size > 1) {
      code = b0 & 255 >> size + 1;
      for (let k = 1; k < size; k++) {
        const next = bytes[i + k];
        if (next === void 0 || (next & 192) !== 128) {
          code = -1;
          size = k;
          break;
        }
        code = code << 6 | next & 63;
      }
      const min = size === 2 ? 128 : size === 3 ? 2048 : 65536;
      if (code < min || code > 1114111 || code >= 55296 && code <= 57343) code = -1;
    }
    out += code < 0 ? "�" : String.fromCodePoint(code);
    i += size;
  }
  return out;
}

// src/core/text/entities.ts
var named = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
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
  shy: "­",
  zwnj: "‌",
  zwj: "‍",
  lrm: "‎",
  rlm: "‏",
  ensp: " ",
  emsp: " ",
  thinsp: " ",
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
  Tab: "	",
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
  ccedil: "ç"
};
var legacy = /* @__PURE__ */ new Set(["amp", "lt", "gt", "quot", "nbsp", "copy", "reg"]);
var c1 = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ";
var maxNameLength = 12;
function isAlnum(code) {
  return code >= 48 && code <= 57 || code >= 65 && code <= 90 || code >= 97 && code <= 122;
}
function fromCodePoint(value) {
  if (value === 0 || value > 1114111 || value >= 55296 && value <= 57343) return "�";
  if (value >= 128 && value <= 159) return c1.charAt(value - 128);
  return String.fromCodePoint(value);
}
function numericAt(input, amp) {
  let i = amp + 2;
  const hex = input.charCodeAt(i) === 120 || input.charCodeAt(i) === 88;
  if (hex) i += 1;
  const start = i;
  let value = 0;
  while (i < input.length && i - start < 16) {
    const c = input.charCodeAt(i);
    let digit;
    if (c >= 48 && c <= 57) digit = c - 48;
    else if (hex && c >= 97 && c <= 102) digit = c - 87;
    else if (hex && c >= 65 && c <= 70) digit = c - 55;
    else break;
    value = Math.min(value * (hex ? 16 : 10) + digit, 1114112);
    i += 1;
  }
  if (i === start) return null;
  if (input.charCodeAt(i) === 59) i += 1;
  return { text: fromCodePoint(value), end: i };
}
function namedAt(input, amp, inAttribute) {
  let i = amp + 1;
  while (i < input.length && i - amp - 1 < maxNameLength && isAlnum(input.charCodeAt(i))) i += 1;
  const name = input.slice(amp + 1, i);
  if (name === "") return null;
  if (input.charCodeAt(i) === 59 && Object.hasOwn(named, name)) return { text: named[name] ?? "", end: i + 1 };
  if (!legacy.has(name)) return null;
  const next = input.charCodeAt(i);
  if (inAttribute && (isAlnum(next) || next === 61)) return null;
  return { text: named[name] ?? "", end: i };
}
function decodeEntities(input, inAttribute = false) {
  let amp = input.indexOf("&");
  if (amp < 0) return input;
  const parts = [];
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

// src/core/text/html.ts
var hiddenContent = /* @__PURE__ */ new Set(["script", "style", "title", "template", "noscript"]);
var blockTags = /* @__PURE__ */ new Set([
  "br",
  "p",
  "div",
  "tr",
  "li",
  "ul",
  "ol",
  "table",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "blockquote",
  "pre",
  "hr",
  "section",
  "article",
  "header",
  "footer",
  "dt",
  "dd",
  "center"
]);
function isSpace(c) {
  return c === 32 || c === 9 || c === 10 || c === 12 || c === 13;
}
function isLetter(c) {
  return c >= 65 && c <= 90 || c >= 97 && c <= 122;
}
function findEndTag(html, name, from) {
  let i = html.indexOf("</", from);
  while (i >= 0) {
    const candidate = html.slice(i + 2, i + 2 + name.length).toLowerCase();
    const after = html.charCodeAt(i + 2 + name.length);
    if (candidate === name && (Number.isNaN(after) || isSpace(after) || after === 47 || after === 62)) return i;
    i = html.indexOf("</", i + 2);
  }
  return -1;
}
function scanTag(html, lt, closing) {
  let i = lt + (closing ? 2 : 1);
  const nameStart = i;
  while (i < html.length) {
    const c = html.charCodeAt(i);
    if (isSpace(c) || c === 47 || c === 62) break;
    i += 1;
  }
  const name = html.slice(nameStart, i).toLowerCase();
  let href;
  while (i < html.length) {
    let c = html.charCodeAt(i);
    if (c === 62) return { end: i + 1, name, ...href !== void 0 ? { href } : {} };
    if (isSpace(c) || c === 47) {
      i += 1;
      continue;
    }
    const attrStart = i;
    while (i < html.length) {
      c = html.charCodeAt(i);
      if (isSpace(c) || c === 47 || c === 62 || c === 61) break;
      i += 1;
    }
    const attrName = html.slice(attrStart, i).toLowerCase();
    if (attrStart === i) i += 1;
    while (i < html.length && isSpace(html.charCodeAt(i))) i += 1;
    if (html.charCodeAt(i) !== 61) continue;
    i += 1;
    while (i < html.length && isSpace(html.charCodeAt(i))) i += 1;
    const quote = html.charCodeAt(i);
    let value;
    if (quote === 34 || quote === 39) {
      const close = html.indexOf(quote === 34 ? '"' : "'", i + 1);
      const stop = close < 0 ? html.length : close;
      value = html.slice(i + 1, stop);
      i = stop + 1;
    } else {
      const valueStart = i;
      while (i < html.length && !isSpace(html.charCodeAt(i)) && html.charCodeAt(i) !== 62) i += 1;
      value = html.slice(valueStart, i);
    }
    if (attrName === "href" && href === void 0) href = decodeEntities(value, true).trim();
  }
  return { end: html.length, name, ...href !== void 0 ? { href } : {} };
}
function scan(html, visit) {
  let i = 0;
  let textStart = 0;
  const flushText = (end) => {
    if (end > textStart) visit.text(html.slice(textStart, end));
  };
  while (i < html.length) {
    const lt = html.indexOf("<", i);
    if (lt < 0) break;
    const next = html.charCodeAt(lt + 1);
    if (next === 33 || next === 63) {
      flushText(lt);
      const isComment = html.startsWith("<!--", lt);
      const close = isComment ? html.indexOf("-->", lt + 4) : html.indexOf(">", lt + 2);
      i = close < 0 ? html.length : close + (isComment ? 3 : 1);
      textStart = i;
      continue;
    }
    const closing = next === 47;
    if (!(isLetter(next) || closing && isLetter(html.charCodeAt(lt + 2)))) {
      i = lt + 1;
      continue;
    }
    flushText(lt);
    const tag = scanTag(html, lt, closing);
    i = tag.end;
    textStart = i;
    if (closing) {
      visit.endTag(tag.name);
      continue;
    }
    visit.startTag(tag.name, tag.href);
    if (hiddenContent.has(tag.name)) {
      const endTag = findEndTag(html, tag.name, i);
      if (endTag < 0) {
        i = html.length;
      } else {
        const gt = html.indexOf(">", endTag);
        i = gt < 0 ? html.length : gt + 1;
      }
      textStart = i;
    }
  }
  flushText(html.length);
}
function collapseSpaces(text) {
  return text.replace(/[\s\u00a0]+/gu, " ").trim();
}
var maxAnchorTextChars = 2e3;
function extractLinks(html) {
  const links = [];
  let open;
  const close = () => {
    if (open) links.push({ href: open.href, text: collapseSpaces(decodeEntities(open.parts.join(""))) });
    open = void 0;
  };
  const add = (raw) => {
    if (!open || open.length >= maxAnchorTextChars) return;
    const piece = raw.slice(0, maxAnchorTextChars - open.length);
    open.parts.push(piece);
    open.length += piece.length;
  };
  scan(html, {
    text: add,
    startTag: (name, href) => {
      if (name === "a") {
        close();
        if (href !== void 0) open = { href, parts: [], length: 0 };
      } else if (blockTags.has(name) || name === "td" || name === "img") {
        add(" ");
      }
    },
    endTag: (name) => {
      if (name === "a") close();
      else if (blockTags.has(name)) add(" ");
    }
  });
  close();
  return links;
}
function tidyLines(text) {
  const lines = [];
  for (const line of text.split("\n")) {
    const tidy = collapseSpaces(line);
    if (tidy !== "") lines.push(tidy);
  }
  return lines.join("\n");
}
function htmlToText(html) {
  const parts = [];
  scan(html, {
    text: (raw) => parts.push(decodeEntities(raw).replace(/[\r\n]+/g, " ")),
    startTag: (name) => {
      if (blockTags.has(name)) parts.push("\n");
      else if (name === "td" || name === "th") parts.push(" ");
    },
    endTag: (name) => {
      if (blockTags.has(name)) parts.push("\n");
    }
  });
  return tidyLines(parts.join(""));
}

// src/core/model/build-facts.ts
function buildFacts(parts, limits) {
  const missing = [...parts.missing ?? []];
  const body = capBody(parts.bodyText, parts.bodyHtml, limits.maxBodyChars, missing);
  const attachments = (parts.attachments ?? []).map(
    (attachment) => capAttachment(attachment, limits.maxAttachmentBytes, missing)
  );
  return {
    ...parts.from ? { from: parts.from } : {},
    ...parts.sender ? { sender: parts.sender } : {},
    replyTo: parts.replyTo ?? [],
    ...parts.returnPath !== void 0 ? { returnPath: parts.returnPath } : {},
    to: parts.to ?? [],
    cc: parts.cc ?? [],
    subject: parts.subject ?? "",
    ...parts.headers ? { headers: parts.headers } : {},
    bodyText: body.text,
    ...body.html !== void 0 ? { bodyHtml: body.html } : {},
    links: body.html !== void 0 ? readLinks(body.html, missing) : [],
    attachments,
    ...parts.userAddress ? { userAddress: parts.userAddress } : {},
    ...parts.userName ? { userName: parts.userName } : {},
    missing
  };
}
function capBody(text, html, max, missing) {
  const keptHtml = html?.slice(0, max);
  const keptText = (text ?? (keptHtml !== void 0 ? htmlToText(keptHtml) : "")).slice(0, max);
  const longest = Math.max(text?.length ?? 0, html?.length ?? 0);
  if (longest > max)
    missing.push({
      part: "body",
      reason: "tooLarge",
      detail: `${longest} characters; only the first ${max} were examined`
    });
  return keptHtml === void 0 ? { text: keptText } : { text: keptText, html: keptHtml };
}
function capAttachment(attachment, max, missing) {
  const size = attachment.bytes?.length ?? attachment.size;
  const over = attachment.bytes !== void 0 ? attachment.bytes.length > max : attachment.bytesSkippedBySize === true;
  if (!over) return attachment;
  missing.push({
    part: "attachmentContent",
    reason: "tooLarge",
    detail: `${attachment.name || "(unnamed)"}: ${size} bytes, limit ${max}`
  });
  return {
    name: attachment.name,
    size: attachment.size,
    inline: attachment.inline,
    ...attachment.contentType !== void 0 ? { contentType: attachment.contentType } : {},
    ...attachment.id !== void 0 ? { id: attachment.id } : {},
    bytesSkippedBySize: true
  };
}
function readLinks(html, missing) {
  try {
    return extractLinks(html);
  } catch (error) {
    missing.push({ part: "body", reason: "failed", detail: `links: ${errorText(error)}` });
    return [];
  }
}

export {
  decodeEncodedWords,
  extractLinks,
  htmlToText,
  buildFacts
};
