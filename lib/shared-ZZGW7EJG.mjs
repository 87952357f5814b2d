// Generated from src/cli by `npm run build:cli`; do not edit. A test checks it is up to date.

// src/core/text/error-text.ts
function errorText(error) {
  if (error instanceof Error) return error.message;
  try {
    return String(error);
  } catch {
    return "(a thrown value that cannot be shown as text)";
  }
}

// src/cli/policy-file.ts
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";

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
  const attachments = (parts.attachments ?? []).map((attachment) => capAttachment(attachment, limits.maxAttachmentBytes, missing));
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
  if (longest > max) missing.push({ part: "body", reason: "tooLarge", detail: `${longest} characters; only the first ${max} were examined` });
  return keptHtml === void 0 ? { text: keptText } : { text: keptText, html: keptHtml };
}
function capAttachment(attachment, max, missing) {
  const size = attachment.bytes?.length ?? attachment.size;
  const over = attachment.bytes !== void 0 ? attachment.bytes.length > max : attachment.bytesSkippedBySize === true;
  if (!over) return attachment;
  missing.push({ part: "attachmentContent", reason: "tooLarge", detail: `${attachment.name || "(unnamed)"}: ${size} bytes, limit ${max}` });
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

// src/core/policy/check.ts
import * as v2 from "valibot";

// src/core/policy/schema.ts
import * as v from "valibot";

// src/core/net/url-syntax.ts
var syntax = /^[a-z][a-z0-9+.-]*:\/\/(?:[^\s/?#@]*@)?(?:\[[0-9a-f:.]+\]|[^\s/?#@[\]:]+)(?::\d{0,5})?(?:[/?#]\S*)?$/iu;
function isAbsoluteUrl(text) {
  if (typeof URL !== "function") return syntax.test(text);
  try {
    if (typeof URL.canParse === "function") return URL.canParse(text);
    new URL(text);
    return true;
  } catch {
    return false;
  }
}

// src/core/policy/explain.ts
var explainer;
function installExplainer(value) {
  explainer = value;
}
function objectMessage(known) {
  return (issue) => explainer?.object(issue, known) ?? issue.message;
}
function typeMessage(what) {
  return (issue) => explainer?.type(issue, what) ?? issue.message;
}

// src/core/policy/schema.ts
var nonEmpty = v.pipe(v.string(typeMessage("text in quotes")), v.trim(), v.minLength(1, "must not be empty"));
var localized = v.union(
  [
    v.pipe(
      nonEmpty,
      v.transform((text) => ({ ja: text, en: text }))
    ),
    v.strictObject({ ja: nonEmpty, en: nonEmpty }, objectMessage(["ja", "en"]))
  ],
  (issue) => issue.received === "undefined" ? "is required" : `must be a text "…" or { "ja": "…", "en": "…" } (got ${issue.received})`
);
function strict(entries) {
  return v.strictObject(entries, objectMessage(Object.keys(entries)));
}
function list(item) {
  return v.array(item, typeMessage("a list [ … ]"));
}
function nonEmptyList(item, what) {
  return v.pipe(list(item), v.minLength(1, `needs at least one ${what}`));
}
var domain = v.pipe(
  v.string(typeMessage("a domain in quotes")),
  v.trim(),
  v.toLowerCase(),
  v.regex(/^(?!-)[a-z0-9-]+(?:\.[a-z0-9-]+)+$/, "must be a domain such as example.jp (no scheme, no @)")
);
var address = v.pipe(
  v.string(typeMessage("an e-mail address in quotes")),
  v.trim(),
  v.toLowerCase(),
  v.email("must be an e-mail address such as name@example.jp")
);
var httpsUrl = v.pipe(v.string(typeMessage("a URL in quotes")), v.trim(), v.check(isAbsoluteUrl, "must be a URL"), v.startsWith("https://", "must start with https://"));
var headerName = v.pipe(
  v.string(typeMessage("a header name in quotes")),
  v.trim(),
  v.regex(/^[A-Za-z0-9-]{1,76}$/, "must be a header name such as X-Example-Drill")
);
var bytes = v.pipe(v.number(typeMessage("a number")), v.integer("must be a whole number"), v.minValue(1e3, "must be at least 1000"));
var trustedSender = strict({
  domain: v.optional(domain),
  address: v.optional(address),
  reason: localized
});
var stepList = nonEmptyList(localized, "step");
var policySchema = strict({
  $schema: v.optional(v.string(typeMessage("text in quotes"))),
  version: v.optional(v.literal(1, "must be 1 (the only version so far)"), 1),
  organization: strict({
    names: nonEmptyList(nonEmpty, "name"),
    domains: nonEmptyList(domain, "domain")
  }),
  staff: v.optional(
    list(
      strict({
        name: nonEmpty,
        aliases: v.optional(list(nonEmpty), [])
      })
    ),
    []
  ),
  partners: v.optional(
    list(
      strict({
        name: nonEmpty,
        domains: nonEmptyList(domain, "domain")
      })
    ),
    []
  ),
  /**
   * Services the organisation's staff hear from, added to the built-in list of commonly
   * impersonated brands (src/core/data/brands.ts): a display name that names one while the
   * address is not one of its domains is flagged by the brand-impersonation rule.
   */
  brands: v.optional(
    list(
      strict({
        name: nonEmpty,
        aliases: v.optional(list(nonEmpty), []),
        domains: nonEmptyList(domain, "domain")
      })
    ),
    []
  ),
  /** Use only the policy's own brands, not the built-in list. */
  disableBuiltInBrands: v.optional(v.boolean(typeMessage("true or false")), false),
  trustedSenders: v.optional(
    list(
      v.pipe(
        trustedSender,
        v.check((t) => t.domain === void 0 !== (t.address === void 0), "needs exactly one of domain or address")
      )
    ),
    []
  ),
  /** Where "Report to the admin" sends; without it the pane offers no report. */
  reportMailbox: v.optional(address),
  drill: v.optional(
    strict({
      header: headerName,
      value: nonEmpty,
      /**
       * When the pane says it was a drill: "after-report" judges it like any other mail and reveals
       * the drill once the user reports it (a drill that announces itself tests nothing).
       */
      reveal: v.optional(v.picklist(["after-report", "immediately"], 'must be "after-report" or "immediately"'), "after-report"),
      /** The outside address `sender-guard drill make` writes in From (an address the admin controls). */
      from: v.optional(address),
      /** Where the add-in's training page is hosted; drill mails link to it. */
      trainingUrl: v.optional(httpsUrl)
    })
  ),
  /** The header an Exchange transport rule stamps; the launch event listens for it. */
  transportHeader: v.optional(headerName, "X-Sender-Guard-Suspect"),
  /**
   * Steps shown by level. Kept lenient on purpose (fields unknown here are ignored, not refused):
   * a level without its own list gets the built-in one (src/core/policy/steps.ts), which names no
   * organisation; `received` is the older name for the danger steps, still read when `danger` is absent.
   */
  steps: v.optional(
    v.object(
      {
        received: v.optional(stepList),
        danger: v.optional(stepList),
        caution: v.optional(stepList),
        unknown: v.optional(stepList),
        opened: v.optional(stepList)
      },
      objectMessage(["danger", "caution", "unknown", "opened", "received"])
    ),
    () => ({})
  ),
  links: v.optional(
    list(
      strict({
        label: localized,
        url: httpsUrl
      })
    ),
    []
  ),
  limits: v.optional(
    strict({
      /** Body characters examined; beyond this the verdict says the rest was not examined. */
      maxBodyChars: v.optional(bytes, 2e6),
      /** Attachment bytes examined (zip central directory); larger files are listed, not opened. */
      maxAttachmentBytes: v.optional(bytes, 1e7),
      /** A zip entry that claims to unpack to more than this is "padded" (Emotet's huge documents). */
      paddedEntryBytes: v.optional(bytes, 1e8)
    }),
    {}
  )
});

// src/core/policy/check.ts
function issuePath(issue) {
  const path = issue.path ?? [];
  let out = "";
  for (const item of path) {
    const key = item.key;
    if (typeof key === "number") out += `[${key}]`;
    else if (typeof key === "string") out += out === "" ? key : `.${key}`;
  }
  return out === "" ? "(root)" : out;
}
function checkPolicy(input) {
  const result = v2.safeParse(policySchema, input);
  if (result.success) return { ok: true, policy: result.output };
  return { ok: false, issues: result.issues.map((issue) => ({ field: issuePath(issue), message: issue.message })) };
}
function checkPolicyText(text, syntaxMessage = (_t, e) => `not valid JSON: ${String(e)}`) {
  let json;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, issues: [{ field: "(root)", message: syntaxMessage(text, error) }] };
  }
  return checkPolicy(json);
}

// policy/default-policy.json
var default_policy_default = {
  $schema: "./policy.schema.json",
  version: 1,
  organization: {
    names: ["ウェスタ川越", "WESTA川越", "Westa Kawagoe", "ウェスタかわごえ", "川越市民会館 ウェスタ川越"],
    domains: ["westa-kawagoe.jp"]
  },
  staff: [
    { name: "川越 花子", aliases: ["Hanako Kawagoe", "かわごえ はなこ"] },
    { name: "佐藤 一郎", aliases: ["Ichiro Sato", "さとう いちろう"] }
  ],
  partners: [
    { name: "川越市", domains: ["city.kawagoe.saitama.jp"] }
  ],
  trustedSenders: [
    {
      domain: "yoyaku.example.com",
      reason: {
        ja: "施設予約システム（例）からの自動送信メールです。ポリシーで信頼済みです。",
        en: "Automatic mail from the facility booking system (example), trusted by the policy."
      }
    }
  ],
  reportMailbox: "security@westa-kawagoe.jp",
  drill: { header: "X-Westa-Drill", value: "training-2026", reveal: "after-report", from: "info@drill-training.example" },
  transportHeader: "X-Sender-Guard-Suspect",
  steps: {
    danger: [
      { ja: "添付ファイルは開かず、本文中のURLにもアクセスしないでください。", en: "Do not open the attachments or any link in the mail." },
      { ja: "メールごと削除してください。本文を読んだだけでは感染しません。", en: "Delete the whole mail. Reading the body alone does not infect your computer." },
      { ja: "判断に迷う場合は、「管理者に報告」で管理者に知らせてください。", en: "If you are unsure, tell the administrator with “Report to the admin”." }
    ],
    caution: [
      { ja: "添付ファイルやURLを開く前に、送信者に電話など別の手段で、本当に送ったかを確認してください。", en: "Before opening an attachment or a link, ask the sender by phone or another channel whether they really sent it." },
      { ja: "確認には、このメールに書かれた電話番号ではなく、以前から知っている連絡先を使ってください。", en: "Use contact details you already know, not the phone number in this mail." },
      { ja: "パスワード付きの圧縮ファイルは、ウイルス対策ソフトが中身を検査できません。確認が取れるまで開かないでください。", en: "Antivirus software cannot look inside a password-protected archive. Do not open it until the sender has confirmed it." },
      { ja: "確認が取れない場合は、「管理者に報告」で管理者に知らせてください。", en: "If you cannot confirm it, tell the administrator with “Report to the admin”." }
    ],
    opened: [
      { ja: "WiFiを切る、LANケーブルを抜くなどして、パソコンをネットワークから遮断してください。", en: "Cut the computer off the network: turn Wi-Fi off and unplug the LAN cable." },
      { ja: "ウイルス対策ソフトを起動し、ウイルススキャンを実行してください。不正なファイルが見つかると、隔離・削除されます。", en: "Start your antivirus software and run a virus scan. Any malicious file it finds is quarantined or deleted." },
      { ja: "管理者に、電話または直接会って知らせてください（ネットワークを切ったパソコンからはメールを送れません）。添付ファイルを開いたこと、その日時、メールの件名を伝えてください。", en: "Tell the administrator by phone or in person (a computer cut off from the network cannot send mail): that you opened the attachment, when, and the mail's subject." },
      { ja: "Windowsのパソコンは、管理者の指示に従って、JPCERT/CCの感染確認ツール「EmoCheck」でも確認してください。iPhone・Androidのスマートフォンでの被害は確認されていません。", en: "On a Windows computer, also check with JPCERT/CC's EmoCheck tool, as the administrator directs. No damage has been reported on iPhone or Android phones." }
    ]
  },
  links: [
    { label: { ja: "IPA「Emotet（エモテット）」と呼ばれるウイルスへの感染を狙うメールについて", en: "IPA: mail that aims to infect with the virus called Emotet" }, url: "https://www.ipa.go.jp/security/announce/20191202.html" },
    { label: { ja: "IPA コンピュータウイルス・不正アクセスに関する届出について", en: "IPA: reporting computer viruses and unauthorised access" }, url: "https://www.ipa.go.jp/security/outline/todokede-j.html" },
    { label: { ja: "JPCERT/CC EmoCheck（Emotet感染確認ツール）", en: "JPCERT/CC EmoCheck (Emotet infection check tool)" }, url: "https://github.com/JPCERTCC/EmoCheck/releases" }
  ]
};

// src/core/policy/built-in.ts
var embedded = checkPolicy(default_policy_default);
var embeddedPolicyIssues = embedded.ok ? [] : embedded.issues;
var defaultPolicy = embedded.ok ? embedded.policy : placeholder();
function placeholder() {
  const result = checkPolicy({ organization: { names: ["(invalid embedded policy)"], domains: ["invalid.invalid"] } });
  if (!result.ok) throw new Error("the placeholder policy must be valid");
  return result.policy;
}

// src/core/engine/env.ts
import { getDomain, getPublicSuffix } from "tldts-icann";

// src/core/data/confusables.generated.ts
var asciiConfusables = [
  [" ", " \u2028\u2029"],
  ["!", "ǃⵑ"],
  ["&", "ꝸ"],
  ["'", "`ʹʻʼʽʾˈˊˋ˴՚՝י׳ߴߵᑊᛌ‘’‛′‵ꞌ𖽑𖽒"],
  ["''", '"ʺˮ˶ײ״᳓“”‟〃'],
  ["'B", "Ɓ"],
  ["'D", "Ɗ"],
  ["'P", "Ƥ"],
  ["'T", "Ƭ"],
  ["'Y", "Ƴ"],
  ["(", "❨❲〔﴾"],
  ["((", "⸨"],
  [")", "❩❳〕﴿"],
  ["))", "⸩"],
  ["*", "٭⁎∗𐌟"],
  ["+", "᛭➕𐊛"],
  [",", "؍٫‚ꓹ"],
  ["-", "˗۔‐‒–⁃−➖Ⲻ"],
  ["-.", "꓾"],
  [".", "٠۰܁܂ꓸ꘎𐩐𝅭"],
  [".,", "ꓻ"],
  ["..", "ꓺ"],
  ["/", "᜵⁁⁄∕╱⟋⧸Ⳇ〳ノ㇓丿𝈺"],
  ["//", "⫽"],
  ["///", "⫻"],
  ["2", "ƧϨᒿꙄꛯꝚ"],
  ["3", "ƷȜЗӠⳌꝪꞫ𑣊𖼻𝈆"],
  ["4", "Ꮞ𑢯"],
  ["5", "Ƽ𑢻"],
  ["6", "бᏮⳒ𑣕"],
  ["7", "𐓒𑣆𝈒"],
  ["8", "Ȣȣ৪੪ଃ𐌚𞣋"],
  ["9", "৭੧୨൭ⳊꝮ𑢬𑣌𑣖"],
  [":", "ː˸։׃܃܄ःઃ᛬᠃᠉⁚∶ꓽ꞉"],
  ["<", "˂ᐸᚲ‹❮𝈶"],
  ["<<", "≪"],
  ["<<<", "⋘"],
  ["=", "᐀⹀゠꓿"],
  [">", "˃ᐳ›❯𖼿𝈷"],
  ["><", "⪥"],
  [">>", "≫⨠"],
  [">>>", "⋙"],
  ["?", "ɁʔॽᎮꛫ"],
  ["A", "ΑАᎪᗅꓮ𐊠𖽀"],
  ["AA", "Ꜳ"],
  ["AE", "ÆӔ"],
  ["AO", "Ꜵ"],
  ["AR", "🜇"],
  ["AU", "Ꜷ"],
  ["AV", "ꜸꜺ"],
  ["AY", "Ꜽ"],
  ["B", "ΒВᏴᗷꓐꞴ𐊂𐊡𐌁"],
  ["C", "СᏟⲤꓚ𐊢𐌂𐐕𐔜𑣩𑣲🝌"],
  ["C'", "Ƈ"],
  ["D", "Ꭰᗞᗪꓓ"],
  ["E", "ΕЕᎬ⋿ⴹꓰ𐊆𑢦𑢮"],
  ["F", "ϜᖴꓝꞘ𐊇𐊥𐔥𑢢𑣂𝈓"],
  ["G", "ԌᏀᏳꓖ"],
  ["G'", "Ɠ"],
  ["H", "ΗНᎻᕼⲎꓧ𐋏"],
  ["J", "ͿЈᎫᒍꓙꞲ"],
  ["K", "ΚКᏦᛕⲔꓗ𐔘"],
  ["K'", "Ƙ"],
  ["L", "ᏞᒪⳐꓡ𐐛𐔦𑢣𑢲𖼖𝈪"],
  ["M", "ΜϺМᎷᗰᛖⲘꓟ𐊰𐌑"],
  ["MB", "🝫"],
  ["N", "ΝⲚꓠ𐔓"],
  ["O", "0ΟОՕ߀০ଠ୦ዐⲞⵔ〇ꓳ𐊒𐊫𐐄𐓂𐔖𑓐𑢵𑣠"],
  ["O'", "ƠᎤ"],
  ["OE", "Œ"],
  ["OO", "ꚘꝎ"],
  ["P", "ΡРᏢᑭⲢꓑ𐊕"],
  ["P'", "ᒆ"],
  ["Q", "ⵕ"],
  ["QE", "🜀"],
  ["R", "ƦᎡᏒᖇꓣ𐒴𖼵𝈖"],
  ["S", "ЅՏᏕᏚꓢ𐊖𐐠𖼺"],
  ["T", "ΤТᎢ⊤⟙Ⲧꓔ𐊗𐊱𐌕𑢼𖼊🝨"],
  ["T3", "Ꜩ"],
  ["U", "Սሀᑌ∪⋃ꓴ𐓎𑢸𖽂"],
  ["U'", "ᑧ"],
  ["V", "Ѵ٧۷Ꮩᐯⴸꓦꛟ𐔝𑢠𖼈𝈍"],
  ["VB", "🝬"],
  ["W", "ԜᎳᏔꓪ𑣦𑣯"],
  ["X", "ΧХ᙭ᚷ╳ⲬⵝꓫꞳ𐊐𐊴𐌗𐌢𐔧𑣬"],
  ["Y", "ΥУҮᎩᎽⲨꓬ𐊲𑢤𖽃"],
  ["Z", "ΖᏃꓜ𐋵𑢩𑣥"],
  ["\\", "∖⟍⧵⧹㇔丶𝈏𝈻"],
  ["\\\\", "⑊⳹"],
  ["^", "˄ˆ"],
  ["_", "ߺ"],
  ["a", "ɑαа⍺"],
  ["aa", "ꜳ"],
  ["ae", "æӕ"],
  ["ao", "ꜵ"],
  ["au", "ꜷ"],
  ["av", "ꜹꜻ"],
  ["ay", "ꜽ"],
  ["b", "ƄЬᏏᖯ"],
  ["bl", "Ы"],
  ["c", "сᴄⲥꮯ𐐽"],
  ["d", "ԁᏧᑯꓒ"],
  ["d'", "ᒇ"],
  ["dz", "ʣ"],
  ["e", "еҽ℮ꬲ"],
  ["f", "քẝꞙꬵ"],
  ["g", "ƍɡցᶃ"],
  ["h", "һհᏂ"],
  ["i", "ıɩɪιіӏᎥ⍳ꙇꭵ𑣃"],
  ["j", "ϳј"],
  ["l", "1I|ƖǀΙІӀ׀וןا١۱ߊᛁ∣⏽Ⲓⵏꓲ𐊊𐌉𐌠𖼨𞣇"],
  ["l'", "ױ"],
  ["lO", "Ю"],
  ["ll", "ǁװ‖∥"],
  ["ls", "ʪ"],
  ["lt", "₶"],
  ["lz", "ʫ"],
  ["n", "ոռ"],
  ["o", "οσоօסه٥ھہە۵०੦૦௦ం౦ಂ೦ംഠ൦ං๐໐ဝ၀ჿᴏᴑⲟꬽ𐐬𐓪𑣈𑣗"],
  ["o'", "ơ"],
  ["oe", "œ"],
  ["oo", "∞ꚙꝏ"],
  ["p", "ρр⍴ⲣ"],
  ["q", "ԛգզ"],
  ["r", "гᴦⲅꭇꭈꮁ"],
  ["r'", "ґ"],
  ["rn", "m𑜀𑣣"],
  ["s", "ƽѕꜱꮪ𐑈𑣁"],
  ["sss", "🝜"],
  ["tf", "ꝷ"],
  ["ts", "ʦ"],
  ["u", "ʋυսᴜꞟꭎꭒ𐓶𑣘"],
  ["ue", "ᵫ"],
  ["uo", "ꭣ"],
  ["v", "νѵטᴠ∨⋁ꮩ𑜆𑣀"],
  ["w", "ɯѡԝաᴡꮃ𑜊𑜎𑜏"],
  ["x", "×хᕁᕽ᙮⤫⤬⨯"],
  ["y", "ɣʏγуүყᶌỿꭚ𑣜"],
  ["z", "ᴢꮓ𑣄"],
  ["{", "❴𝄔"],
  ["}", "❵"],
  ["~", "⁓∼"]
];

// src/core/data/kana-kanji-confusables.ts
var kanaKanjiConfusables = [
  // katakana ta vs kanji yū (evening): identical strokes, kanji slightly wider
  { canonical: "タ", lookalikes: "夕" },
  // katakana ka vs kanji chikara (power): same two strokes
  { canonical: "カ", lookalikes: "力" },
  // katakana e vs kanji kō (craft): three identical strokes
  { canonical: "エ", lookalikes: "工" },
  // katakana ro vs kanji kuchi (mouth) and the enclosure radical: a box in all three
  { canonical: "ロ", lookalikes: "口囗" },
  // katakana ni vs kanji ni (two): two horizontal strokes
  { canonical: "ニ", lookalikes: "二" },
  // katakana ha vs kanji hachi (eight): two diagonal strokes
  { canonical: "ハ", lookalikes: "八" },
  // katakana to vs kanji boku (divination): same two strokes
  { canonical: "ト", lookalikes: "卜" },
  // katakana o vs kanji sai (talent, also used for age): near-identical hook
  { canonical: "オ", lookalikes: "才" },
  // katakana chi vs kanji sen (thousand): differ only in the first stroke's slant
  { canonical: "チ", lookalikes: "千" },
  // katakana hi vs the spoon radical
  { canonical: "ヒ", lookalikes: "匕" },
  // katakana me vs kanji gai: two crossing strokes
  { canonical: "メ", lookalikes: "乂" },
  // long-vowel mark vs kanji ichi (one), dashes and box-drawing lines (‐ and − already fold to ASCII -)
  { canonical: "ー", lookalikes: "一―—─━㇐" },
  // hiragana and katakana he are the same shape
  { canonical: "ヘ", lookalikes: "へ" },
  // hiragana and katakana be are the same shape
  { canonical: "ベ", lookalikes: "べ" },
  // hiragana and katakana pe are the same shape
  { canonical: "ペ", lookalikes: "ぺ" },
  // hiragana ri and katakana ri differ only by a joining hook
  { canonical: "リ", lookalikes: "り" },
  // tsu vs shi: the same three strokes at a different slant
  { canonical: "ツ", lookalikes: "シ" },
  // n vs so: the same two strokes at a different slant
  { canonical: "ン", lookalikes: "ソ" },
  // kanji zero vs circles (confusables.txt maps 〇 to O, circles are not listed)
  { canonical: "〇", lookalikes: "○◯" },
  // ladder-form taka (髙橋) is the same name as 高
  { canonical: "高", lookalikes: "髙" },
  // variant forms of saki (山﨑, 宮嵜) are the same name
  { canonical: "崎", lookalikes: "﨑嵜碕" },
  // variant forms of be/nabe (渡邊, 渡邉) are the same name
  { canonical: "辺", lookalikes: "邊邉" },
  // variant forms of sai (齋藤, 斎藤) are read the same and easily mistaken
  { canonical: "斉", lookalikes: "齊齋斎" },
  // old form of sawa (澤田) is the same name
  { canonical: "沢", lookalikes: "澤" },
  // old form of hama (濱田) is the same name
  { canonical: "浜", lookalikes: "濱" },
  // variant forms of shima (中嶋) are the same name
  { canonical: "島", lookalikes: "嶋嶌" }
];

// src/core/text/skeleton.ts
function buildTable() {
  const table3 = /* @__PURE__ */ new Map();
  for (const [prototype, sources] of asciiConfusables) {
    for (const source of sources) table3.set(source, prototype);
  }
  for (const row2 of kanaKanjiConfusables) {
    const target = table3.get(row2.canonical) ?? row2.canonical;
    for (const source of row2.lookalikes) {
      if (!table3.has(source)) table3.set(source, target);
    }
  }
  return table3;
}
var table = buildTable();
function mapOnce(text) {
  let out = "";
  for (const ch of text) out += table.get(ch) ?? ch;
  return out;
}
function skeleton(text) {
  return mapOnce(mapOnce(text.normalize("NFKC")).toLowerCase()).toLowerCase();
}

// src/core/engine/env.ts
var defaultEnv = {
  registrableDomain: (host) => getDomain(host.toLowerCase(), { allowPrivateDomains: false }) ?? null,
  publicSuffix: (host) => getPublicSuffix(host.toLowerCase()) ?? null,
  skeleton
};

// src/core/rules/rule.ts
function defineRule(rule) {
  return rule;
}

// src/core/text/kana.ts
var smallToLarge = {
  ぁ: "あ",
  ぃ: "い",
  ぅ: "う",
  ぇ: "え",
  ぉ: "お",
  っ: "つ",
  ゃ: "や",
  ゅ: "ゆ",
  ょ: "よ",
  ゎ: "わ",
  "ゕ": "か",
  "ゖ": "け",
  ァ: "ア",
  ィ: "イ",
  ゥ: "ウ",
  ェ: "エ",
  ォ: "オ",
  ッ: "ツ",
  ャ: "ヤ",
  ュ: "ユ",
  ョ: "ヨ",
  ヮ: "ワ",
  ヵ: "カ",
  ヶ: "ケ",
  "ㇰ": "ク",
  "ㇱ": "シ",
  "ㇲ": "ス",
  "ㇳ": "ト",
  "ㇴ": "ヌ",
  "ㇵ": "ハ",
  "ㇶ": "ヒ",
  "ㇷ": "フ",
  "ㇸ": "ヘ",
  "ㇹ": "ホ",
  "ㇺ": "ム",
  "ㇻ": "ラ",
  "ㇼ": "リ",
  "ㇽ": "ル",
  "ㇾ": "レ",
  "ㇿ": "ロ"
};
var hiraganaStart = 12353;
var hiraganaEnd = 12438;
var hiraganaIteration = 12445;
var toKatakana = 96;
function isKatakana(ch) {
  const cp = ch.codePointAt(0) ?? 0;
  return cp >= 12449 && cp <= 12538 || cp === 12540 || cp >= 12784 && cp <= 12799;
}
function foldKana(text) {
  let out = "";
  for (const ch of text) {
    const large = smallToLarge[ch] ?? ch;
    const cp = large.codePointAt(0) ?? 0;
    if (cp >= hiraganaStart && cp <= hiraganaEnd || cp === hiraganaIteration || cp === hiraganaIteration + 1) {
      out += String.fromCodePoint(cp + toKatakana);
    } else {
      out += large;
    }
  }
  return out;
}

// src/core/text/normalize.ts
var maxNameLength2 = 1e3;
var legalForms = [
  "特定非営利活動法人",
  "地方独立行政法人",
  "独立行政法人",
  "国立大学法人",
  "一般社団法人",
  "一般財団法人",
  "公益社団法人",
  "公益財団法人",
  "社会福祉法人",
  "株式会社",
  "有限会社",
  "合同会社",
  "合資会社",
  "合名会社",
  "学校法人",
  "医療法人",
  "宗教法人",
  "NPO法人",
  "(一社)",
  "(一財)",
  "(公社)",
  "(公財)",
  "(特非)",
  "(株)",
  "(有)",
  "(同)",
  "(合)",
  "(名)",
  "(資)",
  "(社)",
  "(財)",
  "(福)",
  "(学)",
  "(医)",
  "(独)"
];
var legalFormPattern = new RegExp(legalForms.map((f) => f.replace(/[()]/g, "\\$&")).join("|"), "g");
var latinNoise = /* @__PURE__ */ new Set([
  "mr",
  "mrs",
  "ms",
  "miss",
  "dr",
  "prof",
  "sir",
  "madam",
  "san",
  "sama",
  "sensei",
  "kun",
  "inc",
  "ltd",
  "llc",
  "co",
  "corp",
  "corporation",
  "kk",
  "gk",
  "plc",
  "gmbh"
]);
var honorificSuffixes = ["御中", "先生", "せんせい", "さま", "サマ", "さん", "サン", "どの", "くん", "ちゃん", "各位", "あて", "様", "殿", "氏", "君", "宛"];
var dashes = /* @__PURE__ */ new Set(["-", "‐", "‑", "‒", "–", "—", "―", "−", "─", "━", "〜", "~"]);
function isWordChar(ch) {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp < 128) return cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122;
  if (cp < 192) return false;
  if (cp === 215 || cp === 247) return false;
  if (cp >= 8192 && cp <= 11263) return false;
  if (cp >= 12288 && cp <= 12351) return cp === 12293 || cp === 12294 || cp === 12295 || cp === 12347;
  if (cp === 12448 || cp === 12539) return false;
  if (cp >= 57344 && cp <= 63743) return false;
  if (cp >= 65040 && cp <= 65135) return false;
  if (cp >= 65280 && cp <= 65295) return false;
  if (cp === 65279) return false;
  if (cp >= 126976 && cp <= 129791) return false;
  return true;
}
var isAsciiLower = (ch) => ch >= "a" && ch <= "z";
var isAsciiUpper = (ch) => ch >= "A" && ch <= "Z";
function splitWords(text) {
  const chars = Array.from(text);
  const words = [];
  let word = "";
  for (let i = 0; i < chars.length; i += 1) {
    const ch = chars[i] ?? "";
    if (dashes.has(ch) && word !== "" && isKatakana(word.slice(-1))) {
      const next = chars[i + 1] ?? "";
      if (next === "" || isKatakana(next) || !isWordChar(next)) {
        word += "ー";
        continue;
      }
    }
    if (!isWordChar(ch)) {
      if (word !== "") words.push(word);
      word = "";
      continue;
    }
    if (word !== "" && isAsciiUpper(ch) && isAsciiLower(word.slice(-1))) {
      words.push(word);
      word = "";
    }
    word += ch;
  }
  if (word !== "") words.push(word);
  return words;
}
function stripHonorifics(word) {
  let current = word;
  for (let round = 0; round < 3; round += 1) {
    const suffix = honorificSuffixes.find((s) => current.length > s.length && current.endsWith(s));
    if (suffix === void 0) break;
    current = current.slice(0, -suffix.length);
  }
  return current;
}
function foldRomaji(word) {
  if (!/^[a-z]+$/.test(word)) return word;
  return word.replace(/oh(?![aeiouy])/g, "o").replace(/ou/g, "o").replace(/oo/g, "o").replace(/uu/g, "u");
}
function foldWord(raw) {
  const lower = raw.toLowerCase();
  if (latinNoise.has(lower)) return "";
  if (honorificSuffixes.includes(raw)) return "";
  const stripped = stripHonorifics(raw);
  const plain = stripped.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  return foldRomaji(skeleton(foldKana(plain)));
}
function nameForm(name) {
  const text = name.slice(0, maxNameLength2).normalize("NFKC").replace(legalFormPattern, " ");
  const tokens = [];
  const boundaries = /* @__PURE__ */ new Set([0]);
  let compact2 = "";
  for (const raw of splitWords(text)) {
    const token = foldWord(raw);
    if (token === "") continue;
    tokens.push(token);
    compact2 += token;
    boundaries.add(compact2.length);
  }
  return { tokens, compact: compact2, boundaries };
}

// src/core/text/name-match.ts
var isLatinEdge = (ch) => ch !== void 0 && /^[a-z0-9]$/.test(ch);
var minimumLength = 2;
function hanCount(text) {
  let count = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp >= 19968 && cp <= 40959 || cp >= 13312 && cp <= 19903 || cp >= 63744 && cp <= 64255) count += 1;
  }
  return count;
}
function staffForms(staff, written, into) {
  const { tokens } = nameForm(written);
  const forms = [tokens.join("")];
  if (tokens.length >= 2) forms.push([...tokens].reverse().join(""));
  for (const form of forms) {
    if (Array.from(form).length < minimumLength || into.has(form)) continue;
    into.set(form, { matched: written, staff, form, mayEndWord: hanCount(form) >= 3 });
  }
}
function prepare(policy) {
  const orgNames = [];
  for (const name of policy.organization.names) {
    const { compact: compact2 } = nameForm(name);
    if (Array.from(compact2).length < minimumLength) continue;
    orgNames.push({ name, compact: compact2, latinStart: isLatinEdge(compact2[0]), latinEnd: isLatinEdge(compact2[compact2.length - 1]) });
  }
  orgNames.sort((a, b) => b.compact.length - a.compact.length);
  const forms = /* @__PURE__ */ new Map();
  for (const member of policy.staff) {
    for (const written of [member.name, ...member.aliases]) staffForms(member.name, written, forms);
  }
  let longestStaffForm = 0;
  for (const form of forms.keys()) longestStaffForm = Math.max(longestStaffForm, form.length);
  return { orgNames, staffForms: forms, longestStaffForm };
}
var cache = /* @__PURE__ */ new WeakMap();
function preparedNames(policy) {
  let prepared = cache.get(policy);
  if (prepared === void 0) {
    prepared = prepare(policy);
    cache.set(policy, prepared);
  }
  return prepared;
}
function findOrgName(display, names) {
  const text = display.compact;
  for (const org of names) {
    let at = text.indexOf(org.compact);
    while (at >= 0) {
      const end = at + org.compact.length;
      const startOk = !org.latinStart || display.boundaries.has(at) || !isLatinEdge(text[at - 1]);
      const endOk = !org.latinEnd || display.boundaries.has(end) || !isLatinEdge(text[end]);
      if (startOk && endOk) return org;
      at = text.indexOf(org.compact, at + 1);
    }
  }
  return void 0;
}
function findStaff(display, prepared) {
  const { tokens } = display;
  for (let i = 0; i < tokens.length; i += 1) {
    let joined = "";
    for (let j = i; j < tokens.length; j += 1) {
      joined += tokens[j] ?? "";
      if (joined.length > prepared.longestStaffForm) break;
      const hit = prepared.staffForms.get(joined);
      if (hit) return hit;
    }
  }
  for (const token of tokens) {
    for (const form of prepared.staffForms.values()) {
      if (form.mayEndWord && token.length > form.form.length && token.endsWith(form.form)) return form;
    }
  }
  return void 0;
}
function matchDisplayName(displayName, policy) {
  if (displayName.trim() === "") return void 0;
  const prepared = preparedNames(policy);
  const display = nameForm(displayName);
  if (display.tokens.length === 0) return void 0;
  const org = findOrgName(display, prepared.orgNames);
  if (org) return { kind: "organization", matched: org.name, name: org.name };
  const staff = findStaff(display, prepared);
  if (staff) return { kind: "staff", matched: staff.matched, name: staff.staff };
  return void 0;
}

// src/core/net/named-domains.ts
var maxScanned = 1e3;
var commonTlds = /* @__PURE__ */ new Set([
  "com",
  "net",
  "org",
  "info",
  "biz",
  "xyz",
  "top",
  "online",
  "site",
  "shop",
  "store",
  "club",
  "app",
  "dev",
  "email",
  "link",
  "live",
  "tech",
  "cloud",
  "page",
  "web",
  "website",
  "space",
  "fun",
  "icu",
  "vip",
  "work",
  "asia",
  "mobi",
  "name",
  "pro",
  "jobs",
  "gov",
  "edu",
  "int",
  "tokyo",
  "osaka",
  "nagoya",
  "yokohama",
  "kyoto",
  "news",
  "blog",
  "support",
  "services",
  "company",
  "group",
  "global",
  "digital",
  "network",
  "systems"
]);
var labelPattern = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
function validLabels(host) {
  if (host.length > 253) return void 0;
  const labels = host.split(".");
  if (labels.length < 2 || !labels.every((l) => l.length <= 63 && labelPattern.test(l))) return void 0;
  const tld = labels[labels.length - 1] ?? "";
  if (!/^[a-z]{2,}$/.test(tld) && !tld.startsWith("xn--")) return void 0;
  return labels;
}
function looksLikeBareDomain(labels) {
  const tld = labels[labels.length - 1] ?? "";
  if (commonTlds.has(tld) || tld.startsWith("xn--")) return true;
  if (tld.length !== 2) return false;
  return labels.length >= 3 || (labels[0] ?? "").length >= 3;
}
var edgePunctuation = /* @__PURE__ */ new Set([".", "_", "%", "+", "@", "-"]);
function trimPunctuation(token) {
  let start = 0;
  let end = token.length;
  while (start < end && edgePunctuation.has(token.charAt(start))) start += 1;
  while (end > start && edgePunctuation.has(token.charAt(end - 1))) end -= 1;
  return token.slice(start, end);
}
function namedDomainOf(token) {
  const at = token.lastIndexOf("@");
  if (at > 0) {
    const host = token.slice(at + 1);
    return validLabels(host) ? { text: token, host, isAddress: true } : void 0;
  }
  if (at < 0 && token.includes(".")) {
    const labels = validLabels(token);
    if (labels && looksLikeBareDomain(labels)) return { text: token, host: token, isAddress: false };
  }
  return void 0;
}
var addressChars = /[^a-z0-9.@_%+-]+/;
function withDisplayedRuns(text) {
  if (!/[\u202B\u202E\u2067]/.test(text)) return text;
  let shown2 = text;
  for (const match of text.matchAll(/[\u202B\u202E\u2067]([^\u202C\u2069]*)/g)) {
    shown2 += ` ${Array.from(match[1] ?? "").reverse().join("")}`;
  }
  return shown2;
}
function scanDisplayName(displayName) {
  const text = withDisplayedRuns(displayName.slice(0, maxScanned)).normalize("NFKC").replace(/[\u3002\uff61]/g, ".").toLowerCase();
  const named2 = [];
  for (const raw of text.split(addressChars)) {
    const found = namedDomainOf(trimPunctuation(raw));
    if (found) named2.push(found);
  }
  return { named: named2 };
}
function withoutAddresses(displayName) {
  const text = displayName.slice(0, maxScanned).normalize("NFKC").replace(/[\u3002\uff61]/g, ".");
  const parts = text.split(/([^A-Za-z0-9.@_%+-]+)/);
  let out = "";
  for (let i = 0; i < parts.length; i += 1) {
    const part = parts[i] ?? "";
    const isSeparator = i % 2 === 1;
    out += !isSeparator && namedDomainOf(trimPunctuation(part.toLowerCase())) ? " " : part;
  }
  return out;
}

// src/core/rules/display-name-impersonation.ts
function nameForEnglish(names) {
  return names.find((name) => /^[\p{Script=Latin}\p{N}\p{P}\p{Zs}]+$/u.test(name)) ?? names[0];
}
var displayNameImpersonation = defineRule({
  meta: {
    id: "display-name-impersonation",
    category: "sender",
    defaultSeverity: "strong",
    senderSignal: true,
    // A trusted sender is explained by the trusted-sender rule; a name that is just the address
    // claims nothing the address does not (lookalike-domain judges the address).
    quietWhen: ["trustedSender", "nameIsAddress"],
    description: {
      ja: "差出人名が組織名や職員名を名乗っているのに、送信元アドレスが組織のドメインではないメールを見つけます。",
      en: "Finds mail whose sender name claims the organisation or a staff member while the address is not the organisation's."
    }
  },
  messages: {
    orgNameOutsideDomain: {
      ja: "差出人名は「{imitates}」を名乗っていますが、送信元アドレス {address} は {genuineDomain} のものではありません。",
      en: 'The sender name claims to be "{imitates}", but the address {address} is not from {genuineDomain}.'
    },
    staffNameOutsideDomain: {
      ja: "差出人名は職員「{imitates}」を名乗っていますが、送信元アドレス {address} は {genuineDomain} のものではありません。",
      en: 'The sender name claims to be the staff member "{imitates}", but the address {address} is not from {genuineDomain}.'
    }
  },
  headlines: {
    orgNameOutsideDomain: {
      ja: "「{imitates}」を名乗っていますが、送信元アドレスは{organization}のものではありません。",
      en: 'It claims to be "{imitates}", but the address does not belong to {organizationEn}.'
    },
    staffNameOutsideDomain: {
      ja: "「{imitates}」を名乗っていますが、送信元アドレスは{organization}のものではありません。",
      en: 'It claims to be "{imitates}", but the address does not belong to {organizationEn}.'
    }
  },
  check: (ctx) => {
    const claimed = ctx.derived.claimed;
    if (claimed === void 0) return [];
    const domain2 = ctx.derived.fromDomain;
    if (domain2 !== "" && ctx.derived.isOrganizationDomain(domain2)) return [];
    const match = matchDisplayName(withoutAddresses(claimed.name), ctx.policy);
    if (match === void 0) return [];
    const genuineDomains = ctx.policy.organization.domains;
    return [
      {
        messageId: match.kind === "organization" ? "orgNameOutsideDomain" : "staffNameOutsideDomain",
        evidence: {
          displayName: claimed.name,
          address: claimed.address,
          imitates: match.matched,
          genuineDomain: genuineDomains.join(", "),
          organization: ctx.policy.organization.names[0] ?? genuineDomains[0] ?? "",
          organizationEn: nameForEnglish(ctx.policy.organization.names) ?? genuineDomains[0] ?? ""
        },
        imitates: { kind: match.kind, name: match.name, genuineDomains }
      }
    ];
  }
});

// src/core/net/address.ts
function domainOf(address2) {
  const at = address2.lastIndexOf("@");
  if (at < 0) return "";
  return address2.slice(at + 1).trim().replace(/[>\].\s]+$/u, "").toLowerCase();
}
function isWithinDomain(host, domain2) {
  const h = host.toLowerCase();
  const d = domain2.toLowerCase();
  return h === d || h.endsWith(`.${d}`);
}

// src/core/net/char-diff.ts
var maxCells = 7e4;
function charDiff(seen, genuine) {
  const a = Array.from(seen);
  const b = Array.from(genuine);
  let prefix2 = 0;
  while (prefix2 < a.length && prefix2 < b.length && a[prefix2] === b[prefix2]) prefix2 += 1;
  let suffix = 0;
  while (suffix < a.length - prefix2 && suffix < b.length - prefix2 && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix += 1;
  const midA = a.slice(prefix2, a.length - suffix);
  const midB = b.slice(prefix2, b.length - suffix);
  if (midA.length === 0 && midB.length === 0) return [];
  if ((midA.length + 1) * (midB.length + 1) > maxCells) {
    return [{ index: prefix2, seen: midA.join(""), genuine: midB.join("") }];
  }
  return aligned(midA, midB).map((d) => ({ ...d, index: d.index + prefix2 }));
}
function aligned(a, b) {
  const width2 = b.length + 1;
  const lcs = new Uint16Array((a.length + 1) * width2);
  for (let i2 = a.length - 1; i2 >= 0; i2 -= 1) {
    for (let j2 = b.length - 1; j2 >= 0; j2 -= 1) {
      lcs[i2 * width2 + j2] = a[i2] === b[j2] ? (lcs[(i2 + 1) * width2 + j2 + 1] ?? 0) + 1 : Math.max(lcs[(i2 + 1) * width2 + j2] ?? 0, lcs[i2 * width2 + j2 + 1] ?? 0);
    }
  }
  const diffs = [];
  let i = 0;
  let j = 0;
  let run;
  const flush = () => {
    if (run) diffs.push(run);
    run = void 0;
  };
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      flush();
      i += 1;
      j += 1;
      continue;
    }
    run ??= { index: i, seen: "", genuine: "" };
    const skipA = j >= b.length || i < a.length && (lcs[(i + 1) * width2 + j] ?? 0) >= (lcs[i * width2 + j + 1] ?? 0);
    if (skipA) {
      run.seen += a[i] ?? "";
      i += 1;
    } else {
      run.genuine += b[j] ?? "";
      j += 1;
    }
  }
  flush();
  return diffs;
}

// src/core/net/punycode.ts
var base = 36;
var tMin = 1;
var tMax = 26;
var skew = 38;
var damp = 700;
var initialBias = 72;
var initialN = 128;
var maxCodePoint = 1114111;
function digitValue(cp) {
  if (cp >= 48 && cp <= 57) return cp - 22;
  if (cp >= 65 && cp <= 90) return cp - 65;
  if (cp >= 97 && cp <= 122) return cp - 97;
  return base;
}
function adapt(delta, numPoints, firstTime) {
  let d = firstTime ? Math.floor(delta / damp) : delta >> 1;
  d += Math.floor(d / numPoints);
  let k = 0;
  while (d > (base - tMin) * tMax >> 1) {
    d = Math.floor(d / (base - tMin));
    k += base;
  }
  return k + Math.floor((base - tMin + 1) * d / (d + skew));
}
function decodePunycode(input) {
  const output = [];
  const lastDelimiter = input.lastIndexOf("-");
  for (let i2 = 0; i2 < Math.max(lastDelimiter, 0); i2 += 1) {
    const cp = input.charCodeAt(i2);
    if (cp >= 128) return null;
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
    if (n > maxCodePoint || n >= 55296 && n <= 57343) return null;
    output.splice(i, 0, n);
    i += 1;
  }
  return String.fromCodePoint(...output);
}
function labelToUnicode(label) {
  if (!label.startsWith("xn--")) return label;
  return decodePunycode(label.slice(4)) ?? label;
}

// src/core/net/lookalike.ts
var distinctiveLength = 5;
var maxHostLength = 253;
function keyOf(env, text) {
  return env.skeleton(text).replace(/[-_.]/g, "");
}
function prepareDomain(env, domain2, owner) {
  const registrable = env.registrableDomain(domain2) ?? domain2;
  const suffix = env.publicSuffix(domain2) ?? "";
  const label = registrable.split(".")[0] ?? "";
  if (label === "") return void 0;
  return { domain: domain2, registrable, label, suffix, labelKey: keyOf(env, label), fullKey: keyOf(env, domain2), owner };
}
var cache2 = /* @__PURE__ */ new WeakMap();
function protectedDomains(policy, env) {
  let byPolicy = cache2.get(env);
  if (byPolicy === void 0) {
    byPolicy = /* @__PURE__ */ new WeakMap();
    cache2.set(env, byPolicy);
  }
  const cached = byPolicy.get(policy);
  if (cached) return cached;
  const list3 = [];
  const org = { kind: "organization", name: policy.organization.names[0] ?? "", domains: policy.organization.domains };
  for (const domain2 of policy.organization.domains) {
    const prepared = prepareDomain(env, domain2, org);
    if (prepared) list3.push(prepared);
  }
  for (const partner of policy.partners) {
    const owner = { kind: "partner", name: partner.name, domains: partner.domains };
    for (const domain2 of partner.domains) {
      const prepared = prepareDomain(env, domain2, owner);
      if (prepared) list3.push(prepared);
    }
  }
  byPolicy.set(policy, list3);
  return list3;
}
function isAscii(text) {
  return /^[\x20-\x7e]*$/.test(text);
}
function codePointLength(text) {
  return Array.from(text).length;
}
function sameNameKind(env, label, suffix, p) {
  if (keyOf(env, label) !== p.labelKey) return void 0;
  if (suffix !== p.suffix && p.labelKey.length < distinctiveLength) return void 0;
  if (label === p.label) return "suffix";
  if (!isAscii(label)) return "unicode";
  if (label.replace(/-/g, "") === p.label.replace(/-/g, "")) return "hyphen";
  return "characters";
}
function piecesOf(env, host, ownLength) {
  const pieces = [];
  let start = 0;
  for (let i = 0; i <= ownLength; i += 1) {
    const ch = host.charAt(i);
    if (i === ownLength || ch === "." || ch === "-") {
      if (i > start) pieces.push({ key: keyOf(env, host.slice(start, i)), start, end: i });
      start = i + 1;
    }
  }
  return pieces;
}
function embeddedSpan(pieces, p) {
  const longest = Math.max(p.fullKey.length, p.labelKey.length);
  let labelOnly;
  for (let i = 0; i < pieces.length; i += 1) {
    let joined = "";
    for (let j = i; j < pieces.length; j += 1) {
      joined += pieces[j]?.key ?? "";
      if (joined.length > longest) break;
      const start = pieces[i]?.start ?? 0;
      const end = pieces[j]?.end ?? 0;
      if (joined === p.fullKey) return { start, end, whole: true };
      if (joined === p.labelKey && p.labelKey.length >= distinctiveLength) labelOnly ??= { start, end, whole: false };
    }
  }
  return labelOnly;
}
function embeddedDiff(host, span, p) {
  const genuine = span.whole ? p.domain : p.label;
  const before = host.slice(0, span.start);
  const after = host.slice(span.end);
  const offset = codePointLength(before);
  const diffs = [];
  if (before !== "") diffs.push({ index: 0, seen: before, genuine: "" });
  for (const d of charDiff(host.slice(span.start, span.end), genuine)) diffs.push({ ...d, index: d.index + offset });
  if (after !== "") diffs.push({ index: codePointLength(host.slice(0, span.end)), seen: after, genuine: span.whole ? "" : p.domain.slice(p.label.length) });
  return diffs;
}
function checkHost(rawHost, domains, env) {
  const asciiHost = rawHost.toLowerCase().replace(/\.+$/, "");
  if (asciiHost === "" || asciiHost.length > maxHostLength) return { verdict: "unrelated" };
  const labels = asciiHost.split(".").map(labelToUnicode);
  const host = labels.join(".");
  for (const p of domains) {
    if (isWithinDomain(host, p.domain) || isWithinDomain(asciiHost, p.domain)) return { verdict: "genuine" };
  }
  const registrable = env.registrableDomain(host);
  if (registrable === null || !host.endsWith(registrable)) return { verdict: "unrelated" };
  for (const p of domains) {
    if (registrable === p.registrable) return { verdict: "genuine" };
  }
  const suffix = env.publicSuffix(host) ?? "";
  const label = registrable.split(".")[0] ?? "";
  const offset = codePointLength(host) - codePointLength(registrable);
  const found = (kind, p, diff) => ({
    verdict: "lookalike",
    lookalike: { kind, host, asciiHost, registrable, genuine: p, diff }
  });
  for (const p of domains) {
    const kind = sameNameKind(env, label, suffix, p);
    if (kind) {
      const diff = charDiff(registrable, p.registrable).map((d) => ({ ...d, index: d.index + offset }));
      return found(kind, p, diff);
    }
  }
  const ownLength = Math.max(host.length - (suffix === "" ? 0 : suffix.length + 1), 0);
  const pieces = piecesOf(env, host, ownLength);
  for (const p of domains) {
    const span = embeddedSpan(pieces, p);
    if (span) return found("embedded", p, embeddedDiff(host, span, p));
  }
  return { verdict: "unrelated" };
}

// src/core/net/link-target.ts
var webSchemes = /* @__PURE__ */ new Set(["http", "https", "ftp"]);
function percentDecode(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
function ipv4Part(part) {
  if (/^0x[0-9a-f]*$/i.test(part)) return part.length === 2 ? 0 : parseInt(part.slice(2), 16);
  if (/^0[0-7]+$/.test(part)) return parseInt(part.slice(1), 8);
  if (/^\d+$/.test(part)) return parseInt(part, 10);
  return NaN;
}
function ipForm(host) {
  if (host.startsWith("[") && host.endsWith("]")) return "ipv6";
  const parts = host.split(".");
  if (parts.length > 1 && parts[parts.length - 1] === "") parts.pop();
  if (parts.length === 0 || parts.length > 4) return void 0;
  if (!parts.every((p) => p !== "" && !Number.isNaN(ipv4Part(p)))) return void 0;
  const plain = parts.length === 4 && parts.every((p) => /^(0|[1-9]\d{0,2})$/.test(p) && Number(p) <= 255);
  return plain ? "ipv4" : "ipv4Obfuscated";
}
function linkTarget(href) {
  const url = href.trim().replace(/[\t\n\r]/g, "").replace(/\\/g, "/");
  let rest;
  if (url.startsWith("//")) rest = url.slice(2);
  else {
    const colon = url.indexOf(":");
    if (colon <= 0 || !webSchemes.has(url.slice(0, colon).toLowerCase())) return void 0;
    let i = colon + 1;
    while (url.charAt(i) === "/") i += 1;
    rest = url.slice(i);
  }
  let end = rest.length;
  for (const stop of ["/", "?", "#"]) {
    const at2 = rest.indexOf(stop);
    if (at2 >= 0 && at2 < end) end = at2;
  }
  const authority = rest.slice(0, end);
  const at = authority.lastIndexOf("@");
  const userinfo = at >= 0 ? authority.slice(0, at) : void 0;
  let hostPort = at >= 0 ? authority.slice(at + 1) : authority;
  if (hostPort.startsWith("[")) {
    const close = hostPort.indexOf("]");
    if (close >= 0) hostPort = hostPort.slice(0, close + 1);
  } else {
    const portColon = hostPort.lastIndexOf(":");
    if (portColon >= 0) hostPort = hostPort.slice(0, portColon);
  }
  const percentEncoded = hostPort.includes("%");
  const host = (percentEncoded ? percentDecode(hostPort) : hostPort).normalize("NFKC").replace(/\u3002/g, ".").toLowerCase().replace(/\.+$/, "");
  if (host === "") return void 0;
  const ip = ipForm(host);
  return {
    host,
    ...userinfo !== void 0 && userinfo !== "" ? { userinfo: percentDecode(userinfo) } : {},
    percentEncoded,
    ...ip ? { ip } : {}
  };
}
var textTlds = new Set(
  "com net org info biz edu gov jp io co uk us de fr it es nl ru cn kr tw hk au ca ch se no fi dk be at pl br in me app dev xyz top site online shop club link live store tech cloud email".split(" ")
);
var maxTokens = 20;
var schemePrefix = /^[a-z][a-z0-9+.-]*:\/\//i;
function asHost(token) {
  let host = token.toLowerCase();
  if (host.endsWith(".")) host = host.slice(0, -1);
  if (!/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/.test(host)) return void 0;
  const tld = host.slice(host.lastIndexOf(".") + 1);
  return textTlds.has(tld) || host.startsWith("www.") ? host : void 0;
}
function trimPunctuation2(token) {
  let end = token.length;
  while (end > 0 && ".,;:!?。、)".includes(token.charAt(end - 1))) end -= 1;
  return token.slice(0, end);
}
function hostShownInText(text) {
  const tokens = text.normalize("NFKC").split(/[\s<>()「」『』【】"']+/u, maxTokens).map(trimPunctuation2).filter((t) => t !== "");
  const first = tokens[0];
  if (first === void 0) return void 0;
  if (schemePrefix.test(first)) return linkTarget(first)?.host;
  if (tokens.length > 1 || first.includes("@")) return void 0;
  return asHost(first.split(/[/?#:]/, 1)[0] ?? "");
}

// src/core/net/url-host.ts
function hostOfHref(href) {
  const text = href.trim();
  const colon = text.indexOf(":");
  const scheme = colon > 0 ? text.slice(0, colon).toLowerCase() : "";
  if (scheme === "mailto") {
    const address2 = text.slice(colon + 1).split(/[?,;]/, 1)[0] ?? "";
    return cleanHost(domainOf(safeDecode(address2)));
  }
  const host = linkTarget(text)?.host;
  return host === void 0 || host.startsWith("[") ? void 0 : host;
}
function safeDecode(text) {
  if (!text.includes("%")) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
function cleanHost(host) {
  const folded = host.normalize("NFKC").replace(/[\u3002\uff0e\uff61]/g, ".").toLowerCase().replace(/\.+$/, "");
  return folded === "" ? void 0 : folded;
}

// src/core/engine/level.ts
var severityRank = { strong: 3, medium: 2, weak: 1, info: 0 };
function compareFindings(a, b) {
  return severityRank[b.severity] - severityRank[a.severity] || Number(b.senderSignal) - Number(a.senderSignal);
}
function levelFromFindings(findings) {
  let medium = 0;
  let weak = 0;
  let senderMedium = false;
  for (const f of findings) {
    if (f.severity === "strong") return "danger";
    if (f.severity === "medium") {
      medium += 1;
      if (f.senderSignal) senderMedium = true;
    }
    if (f.severity === "weak") weak += 1;
  }
  if (senderMedium && (medium >= 2 || weak >= 2)) return "danger";
  if (medium >= 1) return "caution";
  return null;
}

// src/core/rules/display-name-address.ts
function score(candidate) {
  return severityRank[candidate.severity] * 2 + (candidate.genuine ? 1 : 0);
}
function firstLabel(domain2) {
  return domain2.split(".")[0] ?? "";
}
function linkRegistrables(ctx) {
  const hosts = /* @__PURE__ */ new Set();
  for (const link of ctx.facts.links) {
    const host = hostOfHref(link.href);
    if (host !== void 0) hosts.add(host);
  }
  const domains = /* @__PURE__ */ new Set();
  for (const host of hosts) domains.add(ctx.env.registrableDomain(host) ?? host);
  return domains;
}
function strayLinks(ctx, named2, linkDomains) {
  if (linkDomains.size === 0) return false;
  const namedLabel = firstLabel(named2);
  for (const domain2 of linkDomains) {
    if (domain2 === named2 || domain2 === ctx.derived.fromRegistrable || firstLabel(domain2) === namedLabel) return false;
  }
  return true;
}
function classify(ctx, named2, linkDomains, ownDomains) {
  const registrable = ctx.env.registrableDomain(named2.host) ?? named2.host;
  if (ownDomains.has(registrable)) return void 0;
  const genuine = protectedDomains(ctx.policy, ctx.env).find((p) => isWithinDomain(named2.host, p.domain) || registrable === p.registrable);
  if (genuine) return { named: named2, registrable, messageId: "protectedInName", severity: "strong", genuine };
  const sameName = firstLabel(registrable) === firstLabel(ctx.derived.fromRegistrable);
  const relayed = linkDomains.size > 0 && [...linkDomains].every((domain2) => domain2 === registrable);
  if (named2.isAddress) return { named: named2, registrable, messageId: "addressInName", severity: sameName || relayed ? "medium" : "strong" };
  return { named: named2, registrable, messageId: "domainInName", severity: strayLinks(ctx, registrable, linkDomains) ? "medium" : "weak" };
}
function draftFor(ctx, best) {
  const claimed = ctx.derived.claimed;
  const evidence = {
    displayName: claimed?.name ?? "",
    named: best.named.text,
    namedDomain: best.registrable,
    address: claimed?.address ?? ""
  };
  if (!best.genuine) return { messageId: best.messageId, severity: best.severity, evidence };
  const owner = best.genuine.owner;
  return {
    messageId: best.messageId,
    severity: best.severity,
    evidence: { ...evidence, imitates: owner.name, genuineDomain: owner.domains.join(", ") },
    imitates: { kind: owner.kind, name: owner.name, genuineDomains: owner.domains }
  };
}
var displayNameAddress = defineRule({
  meta: {
    id: "display-name-address",
    category: "sender",
    defaultSeverity: "strong",
    senderSignal: true,
    // A trusted sender is explained by the trusted-sender rule; a name that is just the address
    // claims nothing the address does not (lookalike-domain judges the address).
    quietWhen: ["trustedSender", "nameIsAddress"],
    description: {
      ja: "差出人名の中に、実際の送信元とは別のメールアドレスやドメインが書かれていないか調べます。",
      en: "Checks whether the sender name shows an address or domain other than the real sender's."
    }
  },
  messages: {
    protectedInName: {
      ja: "差出人名に {imitates} のアドレス・ドメイン「{named}」が書かれていますが、実際の送信元は {address} です。",
      en: 'The sender name shows "{named}", which belongs to {imitates}, but the mail really comes from {address}.'
    },
    addressInName: {
      ja: "差出人名にメールアドレス「{named}」が書かれていますが、実際の送信元は別のドメインの {address} です。",
      en: 'The sender name shows the address "{named}", but the mail really comes from {address}, another domain.'
    },
    domainInName: {
      ja: "差出人名にドメイン「{named}」が書かれていますが、実際の送信元は {address} です（メールマガジンでも見られる書き方です）。",
      en: 'The sender name shows the domain "{named}", but the mail comes from {address} (newsletters do this too).'
    }
  },
  headlines: {
    protectedInName: {
      ja: "差出人名に{imitates}のアドレスがありますが、実際の送信元は別です。",
      en: "The sender name shows an address of {imitates}, but the real sender is someone else."
    },
    addressInName: {
      ja: "差出人名のアドレスと、実際の送信元アドレスが違います。",
      en: "The address in the sender name is not the real sender address."
    }
  },
  check: (ctx) => {
    const claimed = ctx.derived.claimed;
    if (claimed === void 0 || ctx.derived.fromRegistrable === "") return [];
    const scan2 = scanDisplayName(claimed.name);
    if (scan2.named.length === 0) return [];
    const ownDomains = /* @__PURE__ */ new Set([ctx.derived.fromRegistrable]);
    for (const own of scanDisplayName(claimed.address).named) ownDomains.add(ctx.env.registrableDomain(own.host) ?? own.host);
    const linkDomains = linkRegistrables(ctx);
    let best;
    for (const named2 of scan2.named) {
      const candidate = classify(ctx, named2, linkDomains, ownDomains);
      if (candidate && (best === void 0 || score(candidate) > score(best))) best = candidate;
    }
    return best ? [draftFor(ctx, best)] : [];
  }
});

// src/core/data/brand-catalogue.ts
var brandTable = `
JP Apple|Apple ID|アップル|アップルID|iCloud|App Store|Apple Store|iTunes:apple.com itunes.com apple
JP イオンカード|イオン銀行|イオンフィナンシャルサービス|イオンクレジットサービス|iAEON|AEON|イオン+|イオンスクエア:aeon.co.jp aeon.jp aeonbank.co.jp aeonfinancial.co.jp ?aeoncard.co.jp
JP えきねっと|eki-net|JR東日本|モバイルSuica|Suica|ビューカード|Viewcard|View's NET|ビューカードセンター:eki-net.com jreast.co.jp viewsnet.jp ?viewcard.co.jp mobilesuica.com
JP メルカリ|Mercari|メルペイ|Merpay|メルカード:mercari.com mercari.jp merpay.com
JP 三井住友カード|三井住友銀行|SMBC|Vpass|Vポイント|SMBCモビット|SMBC日興証券|プロミス|SMBCコンシューマーファイナンス:smbc-card.com smbc.co.jp vpass.ne.jp smbcnikko.co.jp mobit.ne.jp promise.co.jp ?vpoint.jp
JP JCB|ジェーシービー|MyJCB|J/Secure:jcb.co.jp jcb.jp ?jcb.com
J JAバンク|JAネットバンク|JAカード|農業協同組合|農協+:jabank.org ?jabank.jp ?ja-card.co.jp
JP クレディセゾン|セゾンカード|SAISON CARD|Saison Card|セゾンNetアンサー|Netアンサー|セゾン+|UCカード|UC Card|ユーシーカード:saisoncard.co.jp credisaison.co.jp uccard.co.jp ?saison.co.jp
JP Amazon|アマゾン|Amazonプライム|Prime Video:amazon.co.jp amazon.com amazon.jp amazon amazonses.com
JP 東京電力|TEPCO|くらしTEPCO|東京電力エナジーパートナー:tepco.co.jp
JP SBI|SBI証券|住信SBIネット銀行|SBI新生銀行|新生銀行|SBIネット銀行:sbisec.co.jp sbishinseibank.co.jp netbk.co.jp sbigroup.co.jp ?shinseibank.com
JP エポスカード|EPOSカード|EPOS|エポス+|マルイ+:eposcard.co.jp 0101.co.jp
JP 三菱UFJ|MUFG|三菱UFJニコス|NICOS|ニコス+|DCカード|三菱UFJeスマート証券|auカブコム証券|カブコム:mufg.jp murc.jp nicos.co.jp kabu.com ?kabu.co.jp
J マネックス証券|Monex|マネックス:monex.co.jp
JP ヤマト運輸|クロネコ|クロネコメンバーズ|Yamato Transport|ヤマト+:kuronekoyamato.co.jp yamato-hd.co.jp
JP ソフトバンク|SoftBank|ワイモバイル|Y!mobile|Yモバイル|LINEMO:softbank.jp softbank.co.jp softbank.ne.jp ymobile.jp ?linemo.jp
JP みずほ銀行|みずほダイレクト|みずほ証券|Mizuho Bank|Mizuho Direct|みずほ+:mizuhobank.co.jp mizuho-fg.co.jp mizuho-sc.com
J 大和証券|Daiwa Securities|ダイワ証券|大和コネクト証券:daiwa.co.jp daiwa-grp.jp ?connect-sec.co.jp
J トヨタファイナンス|TS CUBIC|TS CUBIC CARD|=TS3|MY TS3|Toyota Finance:tscubic.com toyota-finance.co.jp
J 総務省|Ministry of Internal Affairs:soumu.go.jp
G JPMorgan|J.P. Morgan|JPMorgan Chase|Chase Bank|Chase Online|Chase Sapphire:chase.com jpmorgan.com jpmorganchase.com
J BIGLOBE|ビッグローブ:biglobe.ne.jp biglobe.co.jp
JP ETC利用照会サービス|ETC利用照会|ETCマイレージ|ETC+:etc-meisai.jp smile-etc.jp
JP KDDI|au PAY|auじぶん銀行|じぶん銀行|au ID|UQモバイル|UQ mobile|povo|au+:kddi.com au.com auone.jp jibunbank.co.jp uqwimax.jp ?povo.jp
JGP American Express|アメリカン・エキスプレス|アメックス|AMEX:americanexpress.com americanexpress.co.jp aexp.com
JG Mastercard|マスターカード|Master Card:mastercard.com mastercard.co.jp
JP 楽天|Rakuten|楽天カード|楽天銀行|楽天証券|楽天市場|楽天モバイル|楽天ペイ:rakuten.co.jp rakuten.com rakuten.ne.jp rakuten-card.co.jp rakuten-bank.co.jp rakuten-sec.co.jp ?mobile.rakuten.co.jp
J オリコ|Orico|オリエントコーポレーション|オリコカード:orico.co.jp
JP PayPay|PayPayカード|PayPay銀行:paypay.ne.jp paypay-card.co.jp paypay-bank.co.jp
JP ドコモ|docomo|NTTドコモ|NTT docomo|dアカウント|d払い|dポイント|ahamo:docomo.ne.jp nttdocomo.co.jp docomo ?ahamo.com
J GMOあおぞらネット銀行|あおぞら銀行|GMOクリック証券|GMOコイン|GMOインターネット:gmo-aozora.com aozorabank.co.jp click-sec.com coin.z.com gmo.jp z.com
J 松井証券|Matsui Securities:matsui.co.jp
JP 国税庁|税務署|e-Tax:nta.go.jp e-tax.nta.go.jp
J ライフカード|LIFE CARD|LIFECARD:lifecard.co.jp
J アイフル|AIFUL:aiful.co.jp
J ぷらら|plala|OCN|NTTコミュニケーションズ|ドコモ光:plala.or.jp ocn.ne.jp ntt.com ?ocn.jp
J ろうきん|労働金庫|全国労働金庫協会:rokin.or.jp ?rokin.com
JP 日本郵便|郵便局|ゆうパック|Japan Post|ゆうちょ銀行|ゆうちょ|ゆうゆうメルカリ便:japanpost.jp jp-bank.japanpost.jp
J NHK|NHKプラス|NHK受信料|日本放送協会:nhk.or.jp nhk.jp
J 野村證券|野村証券|Nomura Securities:nomura.co.jp nomura.com
JP りそな銀行|りそな|Resona|りそなカード|埼玉りそな銀行|関西みらい銀行:resona-gr.co.jp resonabank.co.jp saitamaresona.co.jp kansaimirai.co.jp ?resonacard.co.jp
J ジャックス|JACCS:jaccs.co.jp
J 北海道銀行|道銀:hokkaidobank.co.jp
J 全国信用金庫協会|信金中央金庫|しんきん+:shinkin.org shinkin-central-bank.jp ?shinkin.co.jp
J =ANA|全日空|ANAマイレージクラブ|ANA Mileage Club|All Nippon Airways:ana.co.jp ?ana.jp
JP 佐川急便|Sagawa Express|SAGAWA|佐川+:sagawa-exp.co.jp
J ポケットカード|Pocket Card|P-one:pocketcard.co.jp
J 横浜銀行|はまぎん|Bank of Yokohama:boy.co.jp
J 東京ガス|TOKYO GAS|myTOKYOGAS:tokyo-gas.co.jp
JG Shopify:shopify.com
J エックスサーバー|XServer|Xserver:xserver.ne.jp xserver.co.jp ?xserver.jp
J 三井住友信託銀行|SMBC信託銀行:smtb.jp smbctb.co.jp
J =JAL|日本航空|JALマイレージバンク|Japan Airlines:jal.co.jp jal.com
JG 任天堂|Nintendo:nintendo.co.jp nintendo.com nintendo.net
J エムアイカード|MICARD|三越伊勢丹:micard.co.jp mistore.jp imhds.co.jp
J 東京都水道局:waterworks.metro.tokyo.lg.jp
JG =VISA|Visa Card|VISAカード|Visa Secure|Visa認証|ビザカード:visa.com visa.co.jp
JGP DHL:dhl.com dhl.de dhl.co.jp
J 警視庁|警察庁:keishicho.metro.tokyo.lg.jp npa.go.jp
J 西日本シティ銀行:ncbank.co.jp
J アプラス|APLUS:aplus.co.jp
J 北洋銀行:hokuyobank.co.jp
J ヤマハ|YAMAHA:yamaha.com yamaha-motor.co.jp
JG TikTok|ティックトック:tiktok.com tiktokv.com bytedance.com
J 北國銀行:hokkokubank.co.jp
J レイクALSA|レイク de ALSA|新生フィナンシャル:lake.jp shinseifinancial.co.jp
G Australia Post|AusPost:auspost.com.au
J ファミリーマート|FamilyMart|ファミマ:family.co.jp
J アコム|ACOM:acom.co.jp
JGP Microsoft|マイクロソフト|Office 365|Microsoft 365|OneDrive|SharePoint|Outlook Web App|Outlook.com|Exchange Online|Microsoft Teams|Outlook+:microsoft.com microsoftonline.com microsoft365.com office.com office365.com sharepoint.com sharepointonline.com onedrive.com microsoft
JP Yahoo|ヤフー|Yahoo! JAPAN:yahoo.co.jp yahoo.com yahoo.net lycorp.co.jp
J 広島銀行|ひろぎん:hirogin.co.jp
J JR東海|エクスプレス予約|スマートEX|JR西日本|Club J-WEST|JR九州:jr-central.co.jp expy.jp smart-ex.jp westjr.co.jp jr-odekake.net jrkyushu.co.jp ?clubj-west.jp
J =JTB|JTBトラベル:jtb.co.jp jtb.com
G Riot Games:riotgames.com
J =DMM|DMM.com:dmm.com dmm.co.jp
J ヨドバシカメラ|ヨドバシ|Yodobashi:yodobashi.com yodobashi.co.jp
J コミュファ光|commufa:commufa.jp ctc-g.co.jp
J ZOZOTOWN|ZOZO:zozo.jp zozo.com
J さくらインターネット|Sakura Internet:sakura.ad.jp
JG Wells Fargo:wellsfargo.com wf.com
J ニフティ|=NIFTY:nifty.com
J きらぼし銀行:kiraboshibank.co.jp
J Paidy|ペイディ:paidy.com
J 静岡銀行|しずぎん:shizuokabank.co.jp
J 福岡銀行:fukuokabank.co.jp
J コインチェック|Coincheck:coincheck.com
J ソニー銀行|Sony Bank:sonybank.jp sonybank.net
J bitFlyer|ビットフライヤー:bitflyer.com bitflyer.jp
J =J:COM|ジェイコム:jcom.co.jp
J 東急カード:tokyu-card.co.jp
J 宝くじ公式サイト|みずほ宝くじ:takarakuji-official.jp
P えらべるPay|マイナポータル|マイナポイント|マイナンバー|デジタル庁:myna.go.jp digital.go.jp
P NEXCO|NEXCO東日本|NEXCO中日本|NEXCO西日本:e-nexco.co.jp c-nexco.co.jp w-nexco.co.jp
P 日本年金機構:nenkin.go.jp
P =LINE|LINEヤフー|LINE Pay:line.me linecorp.com lycorp.co.jp
GP Google|Gmail|YouTube|Google Workspace|Google Drive|Google Play:google.com google.co.jp youtube.com withgoogle.com google
GP PayPal|ペイパル:paypal.com paypal.jp paypal.co.jp
GP Netflix|ネットフリックス:netflix.com
GP FedEx|フェデックス:fedex.com
GP =UPS:ups.com
G USPS|US Postal Service:usps.com usps.gov
G Royal Mail:royalmail.com
G IRS|Internal Revenue Service:irs.gov
G Booking.com:booking.com
G Ethereum|Ethereum Foundation:ethereum.org
G Stellar.org|Stellar Development Foundation:stellar.org
G Proton Mail|ProtonMail|Proton AG:proton.me protonmail.com protonmail.ch
G SiriusXM|Sirius XM:siriusxm.com
G Carrefour:carrefour.com carrefour.fr carrefour.es
G Correios:correios.com.br
GP DocuSign:docusign.net docusign.com
GP Adobe|アドビ|Adobe Acrobat|Adobe Sign:adobe.com adobesign.com
GP Dropbox:dropbox.com dropboxmail.com
GP WeTransfer:wetransfer.com
GP =Meta|Facebook|フェイスブック|Instagram|インスタグラム|WhatsApp:facebook.com facebookmail.com fb.com meta.com instagram.com whatsapp.com
GP LinkedIn:linkedin.com
GP McAfee|マカフィー:mcafee.com
GP Norton 360|Norton LifeLock|ノートン|Norton+:norton.com nortonlifelock.com gen.digital
G Avast:avast.com
G Zoom Video|Zoom Meetings|Zoom Workplace:zoom.us zoom.com
G Spotify:spotify.com
G Steam Support|Steam Community|Steam Wallet|Steam Guard:steampowered.com steamcommunity.com valvesoftware.com
G eBay:ebay.com ebay.co.uk ebay.de
G Walmart:walmart.com
G Costco|コストコ:costco.com costco.co.jp
G Bank of America|BofA:bankofamerica.com bofa.com
G Citibank|Citi Bank:citi.com citibank.com
G HSBC:hsbc.com hsbc.co.uk
G Capital One:capitalone.com
G USAA:usaa.com
G Binance|バイナンス:binance.com binance.co.jp
G Coinbase|コインベース:coinbase.com
G MetaMask|メタマスク:metamask.io consensys.io consensys.net
G Ledger Live|Ledger Wallet|Ledger Nano|Ledger Support:ledger.com
G Trezor:trezor.io
G Kraken:kraken.com
G Crypto.com:crypto.com
G Trust Wallet:trustwallet.com
G Blockchain.com:blockchain.com
G OpenSea:opensea.io
G Phantom Wallet:phantom.app phantom.com
G Exodus Wallet:exodus.com exodus.io
G Bradesco:bradesco.com.br bradesco
G Itaú|Itau Unibanco:itau.com.br itau
G Santander:santander.com santander.com.br santander.co.uk santander.com.mx
G Caixa Econômica|Caixa Economica Federal|=CAIXA|Caixa Tem:caixa.gov.br
G Nubank:nubank.com.br nu.com.mx
G Banco do Brasil:bb.com.br
G Mercado Livre|Mercado Libre|Mercado Pago:mercadolivre.com.br mercadolibre.com mercadolibre.com.mx mercadopago.com mercadopago.com.br
G Banco Inter:bancointer.com.br inter.co
G PicPay:picpay.com
G Serasa:serasa.com.br serasaexperian.com.br
G BBVA:bbva.com bbva.mx bbva.es
G Banorte:banorte.com
G Bancolombia:bancolombia.com
`;

// src/core/data/brands.ts
var sourceCodes = { J: "jpcert", G: "global", P: "prior" };
var departmentSuffixes = [
  "事務局",
  "会員事務局",
  "カスタマーセンター",
  "カスタマーサポート",
  "カスタマーサービス",
  "サポートセンター",
  "サポート",
  "お客様センター",
  "お客さまセンター",
  "お客さまサポート",
  "インフォメーション",
  "公式",
  "カード",
  "ID",
  " Support",
  " Billing",
  " Payment",
  " Account",
  " Membership",
  " Subscription",
  " Renewal",
  " Security",
  " Service",
  " Team",
  " Help Desk",
  " Customer Service"
];
function expandNames(written) {
  const expanded = written.flatMap((name) => name.endsWith("+") ? departmentSuffixes.map((suffix) => name.slice(0, -1) + suffix) : [name]);
  return [...new Set(expanded)];
}
function parseBrandTable(text) {
  const brands = [];
  for (const line of text.split("\n")) {
    const space = line.indexOf(" ");
    const colon = line.lastIndexOf(":");
    if (space < 0 || colon < space) continue;
    const sources = Array.from(line.slice(0, space)).map((code) => sourceCodes[code]);
    if (sources.length === 0 || sources.some((s) => s === void 0)) continue;
    const names = expandNames(line.slice(space + 1, colon).split("|").map((n) => n.trim()).filter((n) => n !== ""));
    const written = line.slice(colon + 1).split(" ").filter((d) => d !== "");
    const domains = written.map((d) => d.replace(/^\?/, ""));
    const first = names[0];
    if (first === void 0 || domains.length === 0) continue;
    brands.push({
      name: first.replace(/^=/, ""),
      names,
      domains,
      unconfirmed: written.filter((d) => d.startsWith("?")).map((d) => d.slice(1)),
      sources: sources.filter((s) => s !== void 0)
    });
  }
  return brands;
}
var builtInBrands = parseBrandTable(brandTable);

// src/core/text/brand-match.ts
function longEnough(compact2) {
  return compact2.length >= (/^[a-z0-9]*$/.test(compact2) ? 3 : 2);
}
var isLatinEdge2 = (ch) => ch !== void 0 && /^[a-z0-9]$/.test(ch);
var isAsciiWordChar = (ch) => ch !== void 0 && /^[A-Za-z0-9]$/.test(ch);
var storefrontSuffixes = ["店", "市場店"];
function prepare2(policy) {
  const folded = [];
  const exact = [];
  for (const brand of brandsOf(policy)) {
    for (const name of brand.names) {
      if (name.startsWith("=")) {
        const written = name.slice(1).normalize("NFKC");
        if (written.length >= 2) exact.push({ brand, written });
        continue;
      }
      const { compact: compact2 } = nameForm(name);
      if (longEnough(compact2)) {
        folded.push({ brand, written: name, compact: compact2, latinStart: isLatinEdge2(compact2[0]), latinEnd: isLatinEdge2(compact2[compact2.length - 1]) });
      }
    }
  }
  folded.sort((a, b) => b.compact.length - a.compact.length);
  return { folded, exact };
}
var cache3 = /* @__PURE__ */ new WeakMap();
function preparedBrands(policy) {
  let prepared = cache3.get(policy);
  if (prepared === void 0) {
    prepared = prepare2(policy);
    cache3.set(policy, prepared);
  }
  return prepared;
}
function wordIndex(display, key, latinStart, latinEnd) {
  const text = display.compact;
  let at = text.indexOf(key);
  while (at >= 0) {
    const end = at + key.length;
    const startOk = !latinStart || display.boundaries.has(at) || !isLatinEdge2(text[at - 1]);
    const endOk = !latinEnd || display.boundaries.has(end) || !isLatinEdge2(text[end]);
    if (startOk && endOk && !storefrontSuffixes.some((suffix) => text.startsWith(suffix, end))) return at;
    at = text.indexOf(key, at + 1);
  }
  return -1;
}
function hasExactWord(text, word) {
  let at = text.indexOf(word);
  while (at >= 0) {
    if (!isAsciiWordChar(text[at - 1]) && !isAsciiWordChar(text[at + word.length])) return true;
    at = text.indexOf(word, at + 1);
  }
  return false;
}
function withoutMailAddresses(displayName) {
  return displayName.slice(0, maxNameLength2).normalize("NFKC").split(/(\s+|[<>()[\]"'「」【】,;:、])/).map((part) => /[^@\s]@[^@\s]+\.[^@\s]/.test(part) ? " " : part).join("");
}
function findBrands(displayName, policy) {
  if (displayName.trim() === "") return [];
  const text = withoutMailAddresses(displayName);
  const prepared = preparedBrands(policy);
  const display = nameForm(text);
  const matches = [];
  for (const name of prepared.folded) {
    if (wordIndex(display, name.compact, name.latinStart, name.latinEnd) >= 0) matches.push({ brand: name.brand, matched: name.written });
  }
  for (const name of prepared.exact) {
    if (hasExactWord(text, name.written)) matches.push({ brand: name.brand, matched: name.written });
  }
  return matches;
}
function senderNamesItself(displayName, registrable, matches) {
  const own = nameForm((registrable.split(".")[0] ?? "").replace(/-/g, "")).compact;
  if (own.length < 4) return false;
  const display = nameForm(withoutMailAddresses(displayName).toLowerCase());
  let firstBrand = display.compact.length;
  for (const match of matches) {
    const key = nameForm(match.matched.toLowerCase()).compact;
    const at2 = display.compact.indexOf(key);
    if (own.includes(key) || at2 < 0) return false;
    firstBrand = Math.min(firstBrand, at2);
  }
  const at = wordIndex(display, own, true, true);
  return at >= 0 && at + own.length <= firstBrand;
}
var brandLists = /* @__PURE__ */ new WeakMap();
function brandsOf(policy) {
  let list3 = brandLists.get(policy);
  if (list3 === void 0) {
    const own = policy.brands.map((b) => ({ name: b.name, names: [b.name, ...b.aliases], domains: b.domains, unconfirmed: [], sources: [] }));
    list3 = [...policy.disableBuiltInBrands ? [] : builtInBrands, ...own];
    brandLists.set(policy, list3);
  }
  return list3;
}
function brandOwning(host, policy) {
  const h = host.toLowerCase().replace(/\.$/, "");
  return brandsOf(policy).find((brand) => brand.domains.some((d) => h === d || h.endsWith(`.${d}`)));
}

// src/core/rules/brand-impersonation.ts
var shownDomains = (domains) => domains.filter((d) => d.includes("."));
var brandImpersonation = defineRule({
  meta: {
    id: "brand-impersonation",
    category: "sender",
    defaultSeverity: "medium",
    senderSignal: true,
    // A trusted sender is explained by the trusted-sender rule; a name that is just the address
    // claims nothing the address does not (lookalike-domain judges the address).
    quietWhen: ["trustedSender", "nameIsAddress"],
    description: {
      ja: "差出人名が有名なサービスや銀行・カード会社を名乗るのに、送信元がそのドメインではないメールを見つけます。",
      en: "Finds mail whose sender name claims a well-known service, bank or card issuer from an address not of its domains."
    }
  },
  messages: {
    brandNameOutsideDomain: {
      ja: "差出人名は「{matched}」を名乗っていますが、送信元アドレス {address} は{brand}のものではありません。",
      en: 'The sender name claims to be "{matched}", but the address {address} does not belong to {brand}.'
    }
  },
  headlines: {
    brandNameOutsideDomain: {
      ja: "「{matched}」を名乗っていますが、送信元アドレスは{brand}のものではありません。",
      en: 'It claims to be "{matched}", but the address does not belong to {brand}.'
    }
  },
  check: (ctx) => {
    const claimed = ctx.derived.claimed;
    if (claimed === void 0) return [];
    const host = ctx.derived.fromDomain;
    if (host !== "" && ctx.derived.isOrganizationDomain(host)) return [];
    const found = findBrands(claimed.name, ctx.policy);
    const first = found[0];
    if (first === void 0) return [];
    if (host !== "" && found.some((m) => m.brand.domains.some((d) => isWithinDomain(host, d)))) return [];
    if (matchDisplayName(withoutAddresses(claimed.name), ctx.policy) !== void 0) return [];
    if (senderNamesItself(claimed.name, ctx.derived.fromRegistrable, found)) return [];
    const genuineDomains = shownDomains(first.brand.domains);
    return [
      {
        messageId: "brandNameOutsideDomain",
        evidence: {
          displayName: claimed.name,
          matched: first.matched,
          brand: first.brand.name,
          address: claimed.address,
          genuineDomain: genuineDomains.join(", ")
        },
        imitates: { kind: "brand", name: first.brand.name, genuineDomains }
      }
    ];
  }
});

// src/core/text/mixed-script.ts
var lookalikeScripts = [
  { script: "Latin", pattern: new RegExp("\\p{Script=Latin}", "u") },
  { script: "Greek", pattern: new RegExp("\\p{Script=Greek}", "u") },
  { script: "Cyrillic", pattern: new RegExp("\\p{Script=Cyrillic}", "u") },
  { script: "Armenian", pattern: new RegExp("\\p{Script=Armenian}", "u") },
  { script: "Cherokee", pattern: new RegExp("\\p{Script=Cherokee}", "u") }
];
var wordPattern = /[\p{L}\p{M}\p{N}]+/gu;
function scriptsOf(word) {
  const found = /* @__PURE__ */ new Set();
  for (const ch of word) {
    for (const { script, pattern } of lookalikeScripts) if (pattern.test(ch)) found.add(script);
  }
  return [...found];
}
function readsAsLatin(looksLike) {
  const plain = looksLike.normalize("NFD").replace(new RegExp("\\p{M}", "gu"), "");
  return /^[a-z0-9]+$/.test(plain) && /[a-z]/.test(plain);
}
function nameWords(name) {
  return Array.from(name.normalize("NFC").matchAll(wordPattern), (m) => ({ word: m[0], scripts: scriptsOf(m[0]) }));
}
function disguisedWords(name) {
  const words = nameWords(name);
  const isMixed = (scripts) => scripts.length >= 2 && scripts.includes("Latin");
  const latinAround = words.some((w) => isMixed(w.scripts) || w.scripts.length === 1 && w.scripts[0] === "Latin");
  const out = [];
  for (const { word, scripts } of words) {
    if (!isMixed(scripts) && (!latinAround || scripts.length !== 1 || scripts[0] === "Latin")) continue;
    const looksLike = skeleton(word);
    if (isMixed(scripts) || readsAsLatin(looksLike)) out.push({ word, looksLike, kind: isMixed(scripts) ? "mixed" : "wholeScript", scripts });
  }
  return out;
}
function asReaderSees(name) {
  return name.normalize("NFKC").replace(wordPattern, (word) => scriptsOf(word).some((s) => s !== "Latin") ? skeleton(word) : word);
}

// src/core/rules/display-name-script.ts
var shownWords = (words) => words.map((w) => `${w.word} → ${w.looksLike}`).join(", ");
var shownScripts = (words) => [...new Set(words.flatMap((w) => w.scripts))].join(", ");
var displayNameScript = defineRule({
  meta: {
    id: "display-name-script",
    category: "sender",
    defaultSeverity: "medium",
    senderSignal: true,
    // A trusted sender is explained by the trusted-sender rule.
    quietWhen: ["trustedSender"],
    description: {
      ja: "差出人名に、ラテン文字に見えるギリシャ文字やキリル文字を混ぜた語がないかを見ます。",
      en: "Looks for sender-name words that pass for Latin but are written with Greek or Cyrillic letters."
    }
  },
  messages: {
    mixedScriptWord: {
      ja: "差出人名「{displayName}」には、ラテン文字に見える別の文字（{scripts}）を混ぜた語があります（{words}）。見た目をごまかす書き方です。",
      en: 'The sender name "{displayName}" has words that mix in look-alike letters from another script ({scripts}): {words}. This is written to deceive the eye.'
    },
    disguisedBrand: {
      ja: "差出人名「{displayName}」は、{scripts}の文字で「{matched}」に見せかけていますが、送信元アドレス {address} は{brand}のものではありません。",
      en: 'The sender name "{displayName}" uses {scripts} letters to look like "{matched}", but the address {address} does not belong to {brand}.'
    },
    disguisedOrganization: {
      ja: "差出人名「{displayName}」は、{scripts}の文字で「{imitates}」に見せかけていますが、送信元アドレス {address} は {genuineDomain} のものではありません。",
      en: 'The sender name "{displayName}" uses {scripts} letters to look like "{imitates}", but the address {address} is not from {genuineDomain}.'
    }
  },
  headlines: {
    mixedScriptWord: {
      ja: "差出人名に、ラテン文字に見せかけた別の文字が混ざっています。",
      en: "The sender name mixes in letters that only look Latin."
    },
    disguisedBrand: {
      ja: "別の文字で「{matched}」に見せかけた差出人名です。{brand}からのメールではありません。",
      en: 'The sender name imitates "{matched}" with look-alike letters; it is not from {brand}.'
    },
    disguisedOrganization: {
      ja: "別の文字で「{imitates}」に見せかけた差出人名です。",
      en: 'The sender name imitates "{imitates}" with look-alike letters.'
    }
  },
  check: (ctx) => {
    const claimed = ctx.derived.claimed;
    if (claimed === void 0) return [];
    const host = ctx.derived.fromDomain;
    if (host !== "" && ctx.derived.isOrganizationDomain(host)) return [];
    const name = claimed.name.slice(0, maxNameLength2);
    const words = disguisedWords(name);
    if (words.length === 0) return [];
    const base2 = { displayName: claimed.name, address: claimed.address, words: shownWords(words), scripts: shownScripts(words) };
    const seen = asReaderSees(name).replace(/@/g, " ");
    const disguised = new Set(words.map((w) => w.word));
    const plain = name.normalize("NFC").replace(/[\p{L}\p{M}\p{N}]+/gu, (word) => disguised.has(word) ? " " : word);
    const plainBrands = new Set(findBrands(plain, ctx.policy).map((m) => m.brand));
    const brand = findBrands(seen, ctx.policy).find((m) => !plainBrands.has(m.brand));
    if (brand !== void 0 && !brand.brand.domains.some((d) => host !== "" && isWithinDomain(host, d))) {
      const genuineDomains = brand.brand.domains.filter((d) => d.includes("."));
      const draft = {
        messageId: "disguisedBrand",
        severity: "strong",
        evidence: { ...base2, matched: brand.matched, brand: brand.brand.name, genuineDomain: genuineDomains.join(", ") },
        imitates: { kind: "brand", name: brand.brand.name, genuineDomains }
      };
      return [draft];
    }
    const org = matchDisplayName(withoutAddresses(seen), ctx.policy);
    if (org !== void 0 && matchDisplayName(withoutAddresses(plain), ctx.policy) === void 0) {
      const genuineDomains = ctx.policy.organization.domains;
      return [
        {
          messageId: "disguisedOrganization",
          severity: "strong",
          evidence: { ...base2, imitates: org.matched, genuineDomain: genuineDomains.join(", ") },
          imitates: { kind: org.kind, name: org.name, genuineDomains }
        }
      ];
    }
    if (!words.some((w) => w.kind === "mixed")) return [];
    return [{ messageId: "mixedScriptWord", evidence: base2 }];
  }
});

// src/core/rules/lookalike-domain.ts
var messageIdByKind = {
  characters: "lookalikeCharacters",
  hyphen: "lookalikeHyphen",
  unicode: "lookalikeUnicode",
  suffix: "lookalikeSuffix",
  embedded: "lookalikeEmbedded"
};
var maxLinkFindings = 5;
function candidateHosts(ctx) {
  const hosts = /* @__PURE__ */ new Map();
  const { facts } = ctx;
  const trustedHost = ctx.derived.trustedReason !== void 0 ? ctx.derived.fromDomain : "";
  const add = (host, where) => {
    if (host === void 0 || host === "" || hosts.has(host)) return;
    if (where !== "link" && host === trustedHost) return;
    hosts.set(host, where);
  };
  if (facts.from) add(domainOf(facts.from.address), "from");
  if (facts.sender) add(domainOf(facts.sender.address), "sender");
  for (const mailbox of facts.replyTo) add(domainOf(mailbox.address), "replyTo");
  const seenHrefs = /* @__PURE__ */ new Set();
  for (const link of facts.links) {
    if (seenHrefs.has(link.href)) continue;
    seenHrefs.add(link.href);
    add(hostOfHref(link.href), "link");
  }
  return hosts;
}
function draftFor2(where, found) {
  const evidence = {
    where,
    host: found.host,
    genuineDomain: found.genuine.domain,
    owner: found.registrable,
    imitates: found.genuine.owner.name
  };
  if (found.asciiHost !== found.host) evidence.punycode = found.asciiHost;
  return {
    messageId: messageIdByKind[found.kind],
    senderSignal: where !== "link",
    evidence,
    diff: { evidence: "host", changes: found.diff },
    ...where === "link" ? { about: { kind: "links" } } : {},
    imitates: { kind: found.genuine.owner.kind, name: found.genuine.owner.name, genuineDomains: found.genuine.owner.domains }
  };
}
var lookalikeDomain = defineRule({
  meta: {
    id: "lookalike-domain",
    category: "sender",
    defaultSeverity: "strong",
    senderSignal: true,
    description: {
      ja: "組織や取引先のドメインに似せたドメインが、差出人・返信先・リンクに使われていないか調べます。",
      en: "Looks for domains made to resemble the organisation's or a partner's in the sender, Reply-To and links."
    }
  },
  messages: {
    lookalikeCharacters: {
      ja: "{host} は {genuineDomain} ではありません。似た形の文字に置き換えた、よく似た別のドメインです。",
      en: "{host} is not {genuineDomain}: it swaps in characters that look alike."
    },
    lookalikeHyphen: {
      ja: "{host} は {genuineDomain} ではありません。ハイフンの有無だけが違う、よく似た別のドメインです。",
      en: "{host} is not {genuineDomain}: only a hyphen differs."
    },
    lookalikeUnicode: {
      ja: "{host} は {genuineDomain} ではありません。英字そっくりの別の文字（キリル文字など）を使った、別のドメインです。",
      en: "{host} is not {genuineDomain}: it uses letters from another alphabet (such as Cyrillic) that look like Latin ones."
    },
    lookalikeSuffix: {
      ja: "{host} は {genuineDomain} ではありません。名前は同じですが末尾（.com や .co.jp など）が違う、別の持ち主のドメインです。",
      en: "{host} is not {genuineDomain}: same name, different ending (such as .com or .co.jp), so a different owner."
    },
    lookalikeEmbedded: {
      ja: "{host} は {genuineDomain} ではありません。{genuineDomain} の名前を含めた、{owner} という別のドメインです。",
      en: "{host} is not {genuineDomain}: it is a domain of {owner} that merely contains the genuine name."
    }
  },
  headlines: {
    lookalikeCharacters: { ja: "{genuineDomain} に似せた偽のドメイン {host} が使われています。", en: "A fake domain {host} imitates {genuineDomain}." },
    lookalikeHyphen: { ja: "{genuineDomain} に似せた偽のドメイン {host} が使われています。", en: "A fake domain {host} imitates {genuineDomain}." },
    lookalikeUnicode: { ja: "{genuineDomain} に似せた偽のドメイン {host} が使われています。", en: "A fake domain {host} imitates {genuineDomain}." },
    lookalikeSuffix: { ja: "{genuineDomain} に似せた別のドメイン {host} が使われています。", en: "A different domain {host} imitates {genuineDomain}." },
    lookalikeEmbedded: { ja: "{genuineDomain} を装った別のドメイン {host} が使われています。", en: "A different domain {host} poses as {genuineDomain}." }
  },
  check: (ctx) => {
    const domains = protectedDomains(ctx.policy, ctx.env);
    if (domains.length === 0) return [];
    const drafts = [];
    let links = 0;
    for (const [host, where] of candidateHosts(ctx)) {
      if (where === "link" && links >= maxLinkFindings) break;
      const result = checkHost(host, domains, ctx.env);
      if (result.verdict !== "lookalike") continue;
      if (where === "link") links += 1;
      drafts.push(draftFor2(where, result.lookalike));
    }
    return drafts;
  }
});

// src/core/net/encoded-words.ts
var encodedWord = /=\?([^?\s]+)\?([BbQq])\?([^?\s]*)\?=/gu;
var betweenWords = /(=\?[^?\s]+\?[BbQq]\?[^?\s]*\?=)\s+(?==\?[^?\s]+\?[BbQq]\?[^?\s]*\?=)/gu;
function decodeEncodedWords(text, decode) {
  if (!text.includes("=?")) return text;
  const joined = text.replace(betweenWords, "$1");
  return joined.replace(encodedWord, (whole, charsetSpec, encoding, payload) => {
    const charset = (charsetSpec.split("*")[0] ?? "").toLowerCase();
    const bytes2 = encoding.toUpperCase() === "B" ? decodeBase64Loose(payload) : decodeQ(payload);
    if (bytes2 === null) return whole;
    return decodeBytes(charset, bytes2, decode) ?? whole;
  });
}
function decodeBytes(charset, bytes2, decode) {
  if (charset === "utf-8" || charset === "utf8") return decodeUtf8(bytes2);
  if (charset === "us-ascii" || charset === "iso-8859-1" || charset === "latin1" || charset === "ascii") {
    let out = "";
    for (const byte of bytes2) out += String.fromCharCode(byte);
    return out;
  }
  if (decode === void 0) return null;
  try {
    return decode(charset, bytes2);
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
function decodeUtf8(bytes2) {
  let out = "";
  let i = 0;
  while (i < bytes2.length) {
    const b0 = bytes2[i] ?? 0;
    let code = -1;
    let size = 1;
    if (b0 < 128) code = b0;
    else if (b0 >= 194 && b0 < 224) size = 2;
    else if (b0 >= 224 && b0 < 240) size = 3;
    else if (b0 >= 240 && b0 < 245) size = 4;
    if (size > 1) {
      code = b0 & 255 >> size + 1;
      for (let k = 1; k < size; k++) {
        const next = bytes2[i + k];
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

// src/core/rules/from-header-anomaly.ts
var maxShown = 200;
function hasGroupSyntax(value) {
  let quoted = false;
  let depth = 0;
  for (let i = 0; i < value.length; i += 1) {
    const c = value.charAt(i);
    if (quoted) {
      if (c === "\\") i += 1;
      else if (c === '"') quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === "(") depth += 1;
    else if (c === ")" && depth > 0) depth -= 1;
    else if (depth === 0 && (c === "<" || c === "@")) return false;
    else if (depth === 0 && c === ":") return true;
  }
  return false;
}
function shown(value) {
  return Array.from(decodeEncodedWords(value).replace(/\s+/g, " ").trim()).slice(0, maxShown).join("");
}
var fromHeaderAnomaly = defineRule({
  meta: {
    id: "from-header-anomaly",
    category: "sender",
    defaultSeverity: "strong",
    senderSignal: true,
    description: {
      ja: "差出人（From）ヘッダーが複数ある、またはグループ形式で書かれているなど、表示される差出人が食い違う書き方を調べます。",
      en: "Checks for From headers that mail programs may show differently: several From headers, or group syntax."
    }
  },
  messages: {
    multipleFrom: {
      ja: "差出人（From）が{count}個あります（{values}）。メールソフトによって表示される差出人が異なるため、見えている差出人は信用できません。",
      en: "The mail has {count} From headers ({values}). Mail programs may show a different one, so the sender you see cannot be relied on."
    },
    groupFrom: {
      ja: "差出人（From）がグループ形式「{value}」で書かれています。正規のメールではまず使われない書き方で、実際の送信元アドレスが分かりにくくなっています。",
      en: 'The From header uses group syntax ("{value}"), which genuine mail practically never does; it hides the real sender address.'
    }
  },
  headlines: {
    multipleFrom: {
      ja: "差出人が複数書かれた不正な形式のメールです。添付ファイルやURLを開かないでください。",
      en: "This mail names several senders, a malformed trick. Do not open its attachments or links."
    }
  },
  check: ({ derived }) => {
    const values = derived.header("From");
    const findings = [];
    if (values.length > 1) {
      findings.push({ messageId: "multipleFrom", evidence: { count: String(values.length), values: values.map(shown).join(" / ") } });
    }
    const group = values.find(hasGroupSyntax);
    if (group !== void 0) findings.push({ messageId: "groupFrom", evidence: { value: shown(group) } });
    return findings;
  }
});

// src/core/net/forefront.ts
function parseForefrontReport(value) {
  const fields = {};
  for (const part of value.split(";")) {
    const colon = part.indexOf(":");
    if (colon <= 0) continue;
    const key = part.slice(0, colon).trim().toUpperCase();
    if (key !== "" && !Object.hasOwn(fields, key)) fields[key] = part.slice(colon + 1).trim();
  }
  const upper = (key) => {
    const v3 = fields[key];
    return v3 === void 0 || v3 === "" ? void 0 : v3.toUpperCase();
  };
  const cat = upper("CAT");
  const sfty = upper("SFTY");
  const sfv = upper("SFV");
  const sclText = fields.SCL;
  const scl = sclText !== void 0 && /^-?\d$/.test(sclText) ? Number(sclText) : void 0;
  return {
    fields,
    ...cat !== void 0 ? { cat } : {},
    ...sfty !== void 0 ? { sfty } : {},
    ...sfv !== void 0 ? { sfv } : {},
    ...scl !== void 0 ? { scl } : {}
  };
}
function receivingForefrontReport(headers) {
  const field = headers?.find((h) => h.name.toLowerCase() === "x-forefront-antispam-report");
  return field ? parseForefrontReport(field.value) : void 0;
}
var categoryMeaning = {
  SPOOF: { ja: "送信元のなりすまし（ドメインの偽装）", en: "spoofing (a forged sender domain)" },
  UIMP: { ja: "人物へのなりすまし", en: "impersonation of a person" },
  DIMP: { ja: "ドメインへのなりすまし", en: "impersonation of a domain" },
  GIMP: { ja: "普段のやり取りから見たなりすまし", en: "impersonation detected from your usual contacts" },
  PHSH: { ja: "フィッシング", en: "phishing" },
  HPHSH: { ja: "確度の高いフィッシング", en: "high-confidence phishing" },
  HPHISH: { ja: "確度の高いフィッシング", en: "high-confidence phishing" },
  MALW: { ja: "マルウェア", en: "malware" },
  AMP: { ja: "マルウェア対策による検出", en: "anti-malware detection" },
  SAP: { ja: "添付ファイルの検査による検出", en: "detection by attachment scanning" },
  FTBP: { ja: "禁止されたファイル形式", en: "a blocked file type" },
  SPM: { ja: "迷惑メール", en: "spam" },
  HSPM: { ja: "確度の高い迷惑メール", en: "high-confidence spam" },
  BULK: { ja: "一斉配信メール", en: "bulk mail" },
  OSPM: { ja: "送信側の迷惑メール判定", en: "outbound spam" },
  INTOS: { ja: "組織内のフィッシング", en: "phishing inside the organisation" },
  NONE: { ja: "分類なし", en: "no category" }
};
var safetyTipMeaning = {
  "9.19": { ja: "送信元ドメインが、保護対象のドメインになりすまそうとしています", en: "the sending domain tries to pass itself off as a protected domain" },
  "9.20": { ja: "送信者が、組織内の人物または保護対象の人物になりすまそうとしています", en: "the sender tries to pass themself off as a person in your organisation or a protected person" },
  "9.25": { ja: "初めてやり取りする相手からのメールです", en: "this is the first mail from this sender" }
};
function compauthReasonMeaning(reason) {
  if (reason === void 0 || !/^\d{3}$/.test(reason)) return void 0;
  if (reason === "000") return { ja: "送信元ドメインの認証ポリシーに明確に違反しています", en: "it clearly fails the sending domain's authentication policy" };
  if (reason === "001") return { ja: "送信元ドメインを確認できる認証がありません", en: "nothing authenticates the sending domain" };
  if (reason === "002") return { ja: "管理者がこの送信元のなりすましを禁止しています", en: "the administrator forbids spoofing of this sender" };
  if (reason === "010" || reason.startsWith("6")) return { ja: "自組織のドメインを名乗っていますが、認証に失敗しています", en: "it uses one of your own organisation's domains but fails authentication" };
  return void 0;
}

// src/core/net/auth-results.ts
function joinSplitKeys(tokens) {
  const out = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (token === void 0) continue;
    const prev = out[out.length - 1];
    const joins = prev?.kind === "word" && token.kind === "word" && (/[/.]$/.test(prev.text) || /^[/.]/.test(token.text));
    if (prev !== void 0 && joins && keyFollows(tokens, i)) out[out.length - 1] = { kind: "word", text: prev.text + token.text };
    else out.push(token);
  }
  return out;
}
function keyFollows(tokens, i) {
  for (let j = i; j < tokens.length; j += 1) {
    const t = tokens[j];
    if (t?.kind === "=") return true;
    if (t?.kind !== "word") return false;
    const next = tokens[j + 1];
    if (next?.kind === "word" && !/[/.]$/.test(t.text) && !/^[/.]/.test(next.text)) return false;
  }
  return false;
}
function tokenize(value) {
  const tokens = [];
  let malformed = false;
  let i = 0;
  while (i < value.length) {
    const c = value.charAt(i);
    if (c === "(") {
      let depth = 1;
      i += 1;
      while (i < value.length && depth > 0) {
        const d = value.charAt(i);
        if (d === "\\") i += 1;
        else if (d === "(") depth += 1;
        else if (d === ")") depth -= 1;
        i += 1;
      }
      if (depth > 0) malformed = true;
    } else if (c === '"') {
      let text = "";
      i += 1;
      while (i < value.length && value.charAt(i) !== '"') {
        if (value.charAt(i) === "\\") i += 1;
        text += value.charAt(i);
        i += 1;
      }
      if (i >= value.length) malformed = true;
      i += 1;
      tokens.push({ kind: "quoted", text });
    } else if (c === "=" || c === ";") {
      tokens.push({ kind: c, text: c });
      i += 1;
    } else if (c === ")") {
      malformed = true;
      i += 1;
    } else if (/\s/.test(c)) {
      i += 1;
    } else {
      const start = i;
      while (i < value.length && !/[\s()";=]/.test(value.charAt(i))) i += 1;
      tokens.push({ kind: "word", text: value.slice(start, i) });
    }
  }
  return { tokens: joinSplitKeys(tokens), malformed };
}
function readSegment(tokens) {
  const lead = [];
  const pairs = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (!token || token.kind === "=") continue;
    const next = tokens[i + 1];
    if (next?.kind === "=") {
      const value = tokens[i + 2];
      const hasValue = value !== void 0 && (value.kind === "word" || value.kind === "quoted");
      pairs.push({ key: token.text.toLowerCase(), value: hasValue ? value.text : "" });
      i += hasValue ? 2 : 1;
    } else if (pairs.length === 0) {
      lead.push(token.text);
    }
  }
  return { lead, pairs };
}
function isMethodKey(key) {
  return !key.includes(".") && key !== "reason" && key !== "action";
}
function parseAuthenticationResults(value) {
  const segments = [[]];
  const { tokens, malformed } = tokenize(value);
  for (const token of tokens) {
    if (token.kind === ";") segments.push([]);
    else segments[segments.length - 1]?.push(token);
  }
  let authservId;
  let version;
  const results = [];
  segments.forEach((segment, index) => {
    const { lead, pairs } = readSegment(segment);
    if (index === 0 && lead.length > 0) authservId = lead[0]?.toLowerCase();
    if (index === 0 && /^\d+$/.test(lead[1] ?? "")) version = Number(lead[1]);
    let current;
    for (const pair of pairs) {
      if (isMethodKey(pair.key)) {
        const [method = pair.key, written] = pair.key.split("/");
        current = { method, result: pair.value.toLowerCase(), properties: {}, ...written !== void 0 && /^\d+$/.test(written) ? { version: Number(written) } : {} };
        results.push(current);
      } else if (current) {
        if (pair.key === "reason") current.reason = pair.value;
        else if (pair.key === "action") current.action = pair.value.toLowerCase();
        else current.properties[pair.key] = pair.value;
      }
    }
  });
  return {
    ...authservId !== void 0 ? { authservId } : {},
    ...version !== void 0 ? { version } : {},
    results,
    ...malformed ? { malformed: true } : {}
  };
}
var empty = { headers: [], ignored: 0, dkim: [] };
function receivingAuthResults(headers) {
  if (!headers) return empty;
  const chosen = [];
  let total = 0;
  let closed = false;
  let authAs;
  for (const field of headers) {
    const name = field.name.toLowerCase();
    if (name === "x-ms-exchange-organization-authas" && authAs === void 0) authAs = field.value.trim().toLowerCase();
    if (name === "received" && chosen.length > 0) closed = true;
    if (name !== "authentication-results") continue;
    total += 1;
    if (closed) continue;
    const parsed = parseAuthenticationResults(field.value);
    if (chosen.length > 0 && parsed.authservId !== chosen[0]?.authservId) {
      closed = true;
      continue;
    }
    chosen.push(parsed);
  }
  const all = chosen.flatMap((h) => h.malformed === true ? h.results.filter((r) => !isPass(r)) : h.results);
  const first = (method) => all.find((r) => r.method === method);
  const spf = first("spf");
  const dmarc = first("dmarc");
  const compauth = first("compauth");
  return {
    headers: chosen,
    ignored: total - chosen.length,
    ...spf ? { spf } : {},
    dkim: all.filter((r) => r.method === "dkim"),
    ...dmarc ? { dmarc } : {},
    ...compauth ? { compauth } : {},
    ...authAs !== void 0 ? { authAs } : {}
  };
}
function resultDomain(result) {
  const p = result.properties;
  const raw = p["header.from"] ?? p["smtp.mailfrom"] ?? p["header.d"] ?? p["header.i"] ?? "";
  const at = raw.lastIndexOf("@");
  return (at >= 0 ? raw.slice(at + 1) : raw).toLowerCase();
}
function isFail(result) {
  return result !== void 0 && (result.result === "fail" || result.result === "hardfail");
}
function isPass(result) {
  return result?.result === "pass";
}

// src/core/rules/authentication.ts
var alarmingCategories = /* @__PURE__ */ new Set(["SPOOF", "UIMP", "DIMP", "GIMP", "PHSH", "HPHSH", "HPHISH", "MALW", "AMP", "INTOS"]);
var spamCategories = /* @__PURE__ */ new Set(["SPM", "HSPM"]);
var junkScl = 5;
var spamFilterVerdicts = /* @__PURE__ */ new Set(["SPM", "SKS", "SKB"]);
function spamVerdict(forefront, sclHeader) {
  const spam = categoryMeaning.SPM ?? { ja: "迷惑メール", en: "spam" };
  const cat = forefront?.cat;
  const catMeaning = cat !== void 0 ? categoryMeaning[cat] : void 0;
  if (cat !== void 0 && catMeaning && spamCategories.has(cat)) return { code: `CAT:${cat}`, meaningJa: catMeaning.ja, meaningEn: catMeaning.en };
  const sfv = forefront?.sfv;
  if (sfv !== void 0 && spamFilterVerdicts.has(sfv)) return { code: `SFV:${sfv}`, meaningJa: spam.ja, meaningEn: spam.en };
  const headerScl = sclHeader !== void 0 && /^\s*-?\d\s*$/.test(sclHeader) ? Number(sclHeader) : void 0;
  const scl = forefront?.scl ?? headerScl;
  if (scl !== void 0 && scl >= junkScl) return { code: `SCL:${scl}`, meaningJa: spam.ja, meaningEn: spam.en };
  return void 0;
}
var dmarcExplanation = {
  ja: "送信元ドメインが自ら公開している認証ルールを満たしていません",
  en: "it does not meet the rules the sending domain itself publishes"
};
function describeChecks(failed, compauth) {
  return failed.map((m) => m === "compauth" && compauth?.reason !== void 0 ? `compauth=fail (reason ${compauth.reason})` : `${m}=fail`).join(", ");
}
var authentication = defineRule({
  meta: {
    id: "authentication",
    category: "authentication",
    defaultSeverity: "medium",
    senderSignal: true,
    description: {
      ja: "受信側が記録した送信元認証（SPF・DKIM・DMARC・compauth）と、Microsoftの迷惑メール判定を読みます。",
      en: "Reads the sender authentication the receiving side recorded (SPF, DKIM, DMARC, compauth) and Microsoft's filtering verdict."
    }
  },
  messages: {
    authFailed: {
      ja: "送信元「{domain}」の送信元認証に失敗しています（{checks}）：{explanationJa}。差出人が偽装されている可能性があります。",
      en: "Sender authentication failed for {domain} ({checks}): {explanationEn}. The sender may be forged."
    },
    trustedSenderFailed: {
      ja: "信頼済みの送信元「{domain}」を名乗っていますが、送信元認証に失敗しています（{checks}）。本物ではない可能性があるため、信頼済みとして扱いません。",
      en: "This mail claims to be from the trusted sender {domain}, but sender authentication failed ({checks}). It may not be genuine, so it is not treated as trusted."
    },
    microsoftImpersonation: {
      ja: "Microsoftの検査で、{meaningJa}と判定されています（SFTY {code}）。",
      en: "Microsoft's filtering found that {meaningEn} (SFTY {code})."
    },
    microsoftCategory: {
      ja: "Microsoftの検査で「{meaningJa}」と分類されています（CAT:{code}）。",
      en: "Microsoft's filtering classified this mail as {meaningEn} (CAT:{code})."
    },
    firstContact: {
      ja: "Microsoftの検査によると、この送信者から初めて届いたメールです（SFTY 9.25）。それだけで危険とは限りません。",
      en: "According to Microsoft's filtering, this is the first mail from this sender (SFTY 9.25). That alone does not make it dangerous."
    },
    microsoftSpam: {
      ja: "Microsoftの迷惑メールフィルターが、このメールを「{meaningJa}」と判定しています（{code}）。迷惑メールフォルダーから開いた場合は特に注意してください。",
      en: "Microsoft's spam filter judged this mail to be {meaningEn} ({code}). Take special care if you opened it from the Junk folder."
    },
    authPassed: {
      ja: "送信元「{domain}」の認証には成功しています（{checks}）。これはそのドメインから送られたことを示すだけで、送信者が信頼できることは意味しません。",
      en: "Authentication passed for {domain} ({checks}). This only shows the mail came from that domain, not that the sender can be trusted."
    }
  },
  headlines: {
    microsoftImpersonation: {
      ja: "Microsoftがなりすましと判定したメールです。添付ファイルやURLを開かないでください。",
      en: "Microsoft flagged this mail as impersonation. Do not open its attachments or links."
    },
    microsoftCategory: {
      ja: "Microsoftが「{meaningJa}」と判定したメールです。添付ファイルやURLを開かないでください。",
      en: "Microsoft flagged this mail as {meaningEn}. Do not open its attachments or links."
    },
    trustedSenderFailed: {
      ja: "信頼済みの送信元を名乗っていますが、認証に失敗しています。",
      en: "This mail claims a trusted sender but failed authentication."
    }
  },
  check: ({ derived }) => {
    const findings = [];
    const { auth, forefront } = derived;
    const sfty = forefront?.sfty;
    const tip = sfty !== void 0 ? safetyTipMeaning[sfty] : void 0;
    if (tip && (sfty === "9.19" || sfty === "9.20")) {
      findings.push({ messageId: "microsoftImpersonation", severity: "strong", evidence: { code: sfty, meaningJa: tip.ja, meaningEn: tip.en } });
    } else if (sfty === "9.25") {
      findings.push({ messageId: "firstContact", severity: "weak", senderSignal: false, evidence: { code: sfty } });
    }
    const cat = forefront?.cat;
    const catMeaning = cat !== void 0 ? categoryMeaning[cat] : void 0;
    if (cat !== void 0 && catMeaning && alarmingCategories.has(cat)) {
      findings.push({ messageId: "microsoftCategory", severity: "strong", evidence: { code: cat, meaningJa: catMeaning.ja, meaningEn: catMeaning.en } });
    } else {
      const spam = spamVerdict(forefront, derived.header("X-MS-Exchange-Organization-SCL")[0]);
      if (spam) findings.push({ messageId: "microsoftSpam", severity: "medium", senderSignal: false, evidence: spam });
    }
    const failed = derived.authFailures;
    const domain2 = (auth.dmarc ? resultDomain(auth.dmarc) : "") || derived.fromDomain || "?";
    if (failed.length > 0) {
      const checks = describeChecks(failed, auth.compauth);
      if (derived.trustRefused) {
        findings.push({ messageId: "trustedSenderFailed", evidence: { domain: domain2, checks } });
      } else {
        const explanation = (failed.includes("compauth") ? compauthReasonMeaning(auth.compauth?.reason) : void 0) ?? dmarcExplanation;
        findings.push({ messageId: "authFailed", evidence: { domain: domain2, checks, explanationJa: explanation.ja, explanationEn: explanation.en } });
      }
    } else if (isPass(auth.dmarc) || isPass(auth.compauth)) {
      const passed = [auth.dmarc, auth.compauth].filter(isPass).map((r) => `${r?.method ?? ""}=${r?.result ?? ""}`);
      findings.push({ messageId: "authPassed", severity: "info", senderSignal: false, evidence: { domain: domain2, checks: passed.join(", ") } });
    }
    return findings;
  }
});

// src/core/rules/reply-to-mismatch.ts
var replyToMismatch = defineRule({
  meta: {
    id: "reply-to-mismatch",
    category: "sender",
    defaultSeverity: "weak",
    senderSignal: false,
    description: {
      ja: "返信先（Reply-To）やエラー返送先（Return-Path）のドメインが差出人と違うかを見ます。メーリングリストや配信サービスでもよくあるため、単独では警告しません。",
      en: "Checks whether the Reply-To or Return-Path domain differs from the sender's. Mailing lists and mailing services do this too, so it never warns alone."
    }
  },
  messages: {
    replyToDiffers: {
      ja: "返信すると、差出人（{fromDomain}）ではなく別のドメインのアドレス「{address}」に届きます。",
      en: "Replies go to {address}, not to the sender's domain ({fromDomain})."
    },
    returnPathDiffers: {
      ja: "エラー返送先（Return-Path）が差出人とは別のドメイン「{domain}」です（配信サービスでもよくあります）。",
      en: "The Return-Path is in another domain ({domain}) than the sender's (common with mailing services)."
    }
  },
  check: ({ facts, derived, env }) => {
    const from = derived.fromRegistrable;
    if (from === "") return [];
    const registrable = (host) => env.registrableDomain(host) ?? host;
    const findings = [];
    const seen = /* @__PURE__ */ new Set();
    for (const mailbox of facts.replyTo) {
      const host = domainOf(mailbox.address);
      if (host === "" || registrable(host) === from || seen.has(registrable(host))) continue;
      seen.add(registrable(host));
      findings.push({ messageId: "replyToDiffers", evidence: { address: mailbox.address, domain: host, fromDomain: derived.fromDomain } });
    }
    const bounce = domainOf(facts.returnPath ?? "");
    if (bounce !== "" && registrable(bounce) !== from) {
      findings.push({ messageId: "returnPathDiffers", severity: "info", evidence: { address: facts.returnPath ?? "", domain: bounce, fromDomain: derived.fromDomain } });
    }
    return findings;
  }
});

// src/core/rules/sender-differs.ts
var senderDiffers = defineRule({
  meta: {
    id: "sender-differs",
    category: "sender",
    // Info, not weak: measured on the shared corpus, 50% of legitimate mail (mailing lists) and
    // 7% of phishing have a Sender in another domain. It explains; it never adds weight.
    defaultSeverity: "info",
    senderSignal: false,
    description: {
      ja: "実際の送信者（Sender）が差出人（From）と別のドメインかを見ます。代理送信やメーリングリストでもよくあるため、単独では警告しません。",
      en: "Checks whether the actual sender (Sender) is in another domain than the From. Delegates and mailing lists do this too, so it never warns alone."
    }
  },
  messages: {
    senderDiffers: {
      ja: "差出人は「{from}」ですが、実際に送信したのは別のドメインの「{sender}」です（代理送信やメーリングリストでもあります）。",
      en: "The mail says it is from {from}, but it was actually sent by {sender} in another domain (delegates and mailing lists do this too)."
    }
  },
  check: ({ facts, derived, env }) => {
    const from = facts.from;
    const sender = facts.sender;
    if (!from || !sender || derived.fromRegistrable === "") return [];
    const host = domainOf(sender.address);
    if (host === "" || (env.registrableDomain(host) ?? host) === derived.fromRegistrable) return [];
    return [{ messageId: "senderDiffers", evidence: { from: from.address, sender: sender.address, domain: host } }];
  }
});

// src/core/rules/reply-prefix-without-thread.ts
var prefix = /\s*(re|fwd?|aw|wg|返信|転送|回复|转发)\s*(?:[[(]\s*\d{1,4}\s*[\])])?\s*:/iy;
function replyPrefixes(subject) {
  const text = subject.normalize("NFKC");
  const found = [];
  prefix.lastIndex = 0;
  for (let m = prefix.exec(text); m !== null && found.length < 50; m = prefix.exec(text)) found.push(m[1] ?? "");
  return found;
}
var replyPrefixWithoutThread = defineRule({
  meta: {
    id: "reply-prefix-without-thread",
    category: "content",
    defaultSeverity: "weak",
    senderSignal: false,
    description: {
      ja: "件名が「Re:」「FW:」などで始まるのに、返信・転送の記録（In-Reply-To / References）がないかを見ます。",
      en: "Checks for a subject starting with Re:, FW: and the like while the mail has no reply history (In-Reply-To / References)."
    }
  },
  messages: {
    replyWithoutThread: {
      ja: "件名は「{prefix}」で始まりますが、これまでのやり取りへの返信・転送である記録がありません。過去のメールを装っている可能性があります。",
      en: 'The subject starts with "{prefix}", but the mail carries no record of being a reply or forward. It may be posing as part of an earlier conversation.'
    }
  },
  check: ({ facts, derived }) => {
    if (facts.headers === void 0) return [];
    const found = replyPrefixes(facts.subject);
    if (found.length === 0) return [];
    const threaded = [...derived.header("in-reply-to"), ...derived.header("references")].some((v3) => v3.trim() !== "");
    if (threaded) return [];
    return [{ messageId: "replyWithoutThread", evidence: { prefix: `${found.join(": ")}:`, subject: facts.subject } }];
  }
});

// src/core/text/file-name.ts
var kinds = {};
function register(kind, list3) {
  for (const ext of list3.split(" ")) kinds[ext] = kind;
}
register("archive", "zip rar 7z lzh lha gz tgz tar cab bz2 xz arj ace z zipx");
register("diskImage", "iso img vhd vhdx");
register("macroOffice", "docm xlsm pptm dotm xltm xlam potm ppam ppsm sldm xlsb");
register("legacyOffice", "doc xls ppt dot xlt pps");
register("oneNote", "one onepkg");
register("shortcut", "lnk url scf");
register("script", "js jse vbs vbe wsf wsh hta ps1 bat cmd jar");
register("executable", "exe scr com pif msi dll cpl");
register("html", "html htm shtml svg xhtml");
var decoys = /* @__PURE__ */ new Set(["pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "txt", "csv", "rtf", "jpg", "jpeg", "png", "gif", "bmp", "mp3", "mp4", "zip"]);
var runnable = /* @__PURE__ */ new Set(["executable", "script", "shortcut", "html"]);
var bidiControls = /[\u202a-\u202e\u2066-\u2069\u200e\u200f]/gu;
function trailingRun(text, dots) {
  let i = text.length;
  while (i > 0) {
    const c = text.charAt(i - 1);
    if (!(c.trim() === "" || dots && c === ".")) break;
    i -= 1;
  }
  return text.length - i;
}
function kindOfExtension(extension) {
  return Object.hasOwn(kinds, extension) ? kinds[extension] : void 0;
}
function inspectFileName(name) {
  const normalised = name.normalize("NFKC");
  const withoutBidi = normalised.replace(bidiControls, "");
  const cleaned = withoutBidi.slice(0, withoutBidi.length - trailingRun(withoutBidi, true));
  const lastDot = cleaned.lastIndexOf(".");
  const extension = lastDot < 0 ? "" : cleaned.slice(lastDot + 1).trim().toLowerCase();
  const kind = kindOfExtension(extension);
  let disguise;
  if (withoutBidi.length !== normalised.length) disguise = "bidiControl";
  else if (kind !== void 0 && runnable.has(kind) && lastDot > 0) {
    const stem = cleaned.slice(0, lastDot);
    const innerDot = stem.lastIndexOf(".");
    const inner = innerDot < 0 ? "" : stem.slice(innerDot + 1).trim().toLowerCase();
    if (decoys.has(inner)) disguise = "doubleExtension";
    else if (trailingRun(stem, false) >= 3) disguise = "paddedName";
  }
  return { cleaned, extension, ...kind ? { kind } : {}, ...disguise ? { disguise } : {} };
}
function isArchiveKind(kind) {
  return kind === "archive" || kind === "diskImage";
}
var imageExtensions = /* @__PURE__ */ new Set(["png", "jpg", "jpeg", "gif", "bmp", "webp", "tif", "tiff", "emz", "wmz", "ico"]);
function isImageExtension(extension) {
  return imageExtensions.has(extension);
}

// src/core/text/file-kind-names.ts
var kindNames = {
  archive: { ja: "圧縮ファイル", en: "an archive" },
  diskImage: { ja: "ディスクイメージ", en: "a disk image" },
  macroOffice: { ja: "マクロ付きのOfficeファイル", en: "an Office file with macros" },
  legacyOffice: { ja: "マクロを含むことがある旧形式のOfficeファイル", en: "an old-format Office file (such files can carry macros)" },
  oneNote: { ja: "OneNoteファイル", en: "a OneNote file" },
  shortcut: { ja: "ショートカット", en: "a shortcut" },
  script: { ja: "スクリプト（プログラム）", en: "a script (a program)" },
  executable: { ja: "実行ファイル（プログラム）", en: "an executable program" },
  html: { ja: "HTMLファイル（開くとWebページのように動きます）", en: "an HTML file (it behaves like a web page when opened)" }
};

// src/core/rules/risky-attachment.ts
var disguiseNames = {
  bidiControl: { ja: "文字の並びを逆にする制御文字で拡張子を隠しています", en: "a control character reverses the text to hide the extension" },
  doubleExtension: { ja: "二重の拡張子で別の種類のファイルに見せかけています", en: "a double extension makes it look like another type of file" },
  paddedName: { ja: "空白を詰めて本当の拡張子を見えにくくしています", en: "padding spaces push the real extension out of sight" }
};
var riskyAttachment = defineRule({
  meta: {
    id: "risky-attachment",
    category: "attachment",
    defaultSeverity: "medium",
    senderSignal: false,
    description: {
      ja: "ウイルスがよく使う種類の添付ファイル（圧縮ファイル、マクロ付き・旧形式のOffice、OneNote、ショートカット、スクリプト、実行ファイル、HTML）と、拡張子の偽装を見ます。",
      en: "Looks for attachment types malware often uses (archives, macro or old-format Office, OneNote, shortcuts, scripts, programs, HTML) and disguised extensions."
    }
  },
  messages: {
    riskyType: {
      ja: "添付ファイル「{file}」は{kindJa}です。送信者に心当たりがない場合は開かないでください。",
      en: 'The attachment "{file}" is {kindEn}. Do not open it unless you know the sender.'
    },
    disguisedName: {
      ja: "添付ファイル「{file}」は名前を偽装しています：{disguiseJa}。本当の種類は{kindJa}（.{extension}）です。開かないでください。",
      en: 'The attachment "{file}" has a disguised name: {disguiseEn}. It is really {kindEn} (.{extension}). Do not open it.'
    }
  },
  headlines: {
    disguisedName: {
      ja: "添付ファイルの名前が偽装されています。開かないでください。",
      en: "An attachment's name is disguised. Do not open it."
    }
  },
  check: ({ facts }) => {
    const findings = [];
    for (const attachment of facts.attachments) {
      const name = inspectFileName(attachment.name);
      if (attachment.inline && isImageExtension(name.extension)) continue;
      if (name.disguise !== void 0) {
        const disguise = disguiseNames[name.disguise];
        const kind = name.kind ? kindNames[name.kind] : { ja: "別の種類のファイル", en: "another type of file" };
        findings.push({
          messageId: "disguisedName",
          severity: "strong",
          evidence: { file: attachment.name, shownAs: name.cleaned, extension: name.extension, disguiseJa: disguise.ja, disguiseEn: disguise.en, kindJa: kind.ja, kindEn: kind.en }
        });
      } else if (name.kind !== void 0) {
        const kind = kindNames[name.kind];
        findings.push({ messageId: "riskyType", evidence: { file: attachment.name, extension: name.extension, kindJa: kind.ja, kindEn: kind.en } });
      }
    }
    return findings;
  }
});

// src/core/text/body.ts
var cache4 = /* @__PURE__ */ new WeakMap();
function visibleBody(facts) {
  const known = cache4.get(facts);
  if (known !== void 0) return known;
  const text = facts.bodyText.trim() !== "" || facts.bodyHtml === void 0 ? facts.bodyText : htmlToText(facts.bodyHtml);
  cache4.set(facts, text);
  return text;
}

// src/core/archive/names.ts
var cp437High = "ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■ ";
var jisRow1 = "　、。，．・：；？！゛゜´｀¨＾￣＿ヽヾゝゞ〃仝々〆〇ー―‐／＼～∥｜…‥‘’“”（）〔〕［］｛｝〈〉《》「」『』【】";
function isAscii2(bytes2) {
  for (const b of bytes2) if (b >= 128) return false;
  return true;
}
function asciiText(bytes2) {
  let out = "";
  for (const b of bytes2) out += String.fromCharCode(b);
  return out;
}
function decodeUtf82(bytes2) {
  let out = "";
  let i = 0;
  while (i < bytes2.length) {
    const b = bytes2[i] ?? 0;
    let need;
    let cp;
    let min;
    if (b < 128) {
      out += String.fromCharCode(b);
      i += 1;
      continue;
    } else if (b >= 194 && b <= 223) [need, cp, min] = [1, b & 31, 128];
    else if (b >= 224 && b <= 239) [need, cp, min] = [2, b & 15, 2048];
    else if (b >= 240 && b <= 244) [need, cp, min] = [3, b & 7, 65536];
    else return null;
    for (let k = 1; k <= need; k += 1) {
      const c = bytes2[i + k];
      if (c === void 0 || (c & 192) !== 128) return null;
      cp = cp << 6 | c & 63;
    }
    if (cp < min || cp > 1114111 || cp >= 55296 && cp <= 57343) return null;
    out += String.fromCodePoint(cp);
    i += need + 1;
  }
  return out;
}
function isSjisLead(b) {
  return b >= 129 && b <= 159 || b >= 224 && b <= 252;
}
function isSjisTrail(b) {
  return b >= 64 && b <= 126 || b >= 128 && b <= 252;
}
function jisChar(row2, cell) {
  if (row2 === 1) return jisRow1.charAt(cell - 1) || void 0;
  if (row2 === 3) {
    if (cell >= 16 && cell <= 25) return String.fromCharCode(65296 + cell - 16);
    if (cell >= 33 && cell <= 58) return String.fromCharCode(65313 + cell - 33);
    if (cell >= 65 && cell <= 90) return String.fromCharCode(65345 + cell - 65);
  }
  if (row2 === 4 && cell <= 83) return String.fromCharCode(12353 + cell - 1);
  if (row2 === 5 && cell <= 86) return String.fromCharCode(12449 + cell - 1);
  return void 0;
}
function decodeShiftJis(bytes2) {
  let out = "";
  let lossy = false;
  let i = 0;
  while (i < bytes2.length) {
    const b = bytes2[i] ?? 0;
    if (b < 128) {
      out += String.fromCharCode(b);
      i += 1;
    } else if (b >= 161 && b <= 223) {
      out += String.fromCharCode(65377 + b - 161);
      i += 1;
    } else if (isSjisLead(b)) {
      const t = bytes2[i + 1];
      if (t === void 0 || !isSjisTrail(t)) return null;
      let row2 = (b <= 159 ? b - 129 : b - 193) * 2 + 1;
      let cell;
      if (t >= 159) {
        row2 += 1;
        cell = t - 158;
      } else {
        cell = t - (t >= 128 ? 64 : 63);
      }
      const ch = jisChar(row2, cell);
      if (ch === void 0) lossy = true;
      out += ch ?? "�";
      i += 2;
    } else {
      return null;
    }
  }
  return { name: out, encoding: "shift_jis", lossy };
}
function decodeCp437(bytes2) {
  let out = "";
  for (const b of bytes2) out += b < 128 ? String.fromCharCode(b) : cp437High.charAt(b - 128);
  return out;
}
function decodeEntryName(bytes2, utf8Flag) {
  if (isAscii2(bytes2)) return { name: asciiText(bytes2), encoding: "ascii", lossy: false };
  const utf8 = decodeUtf82(bytes2);
  if (utf8 !== null) return { name: utf8, encoding: "utf8", lossy: false };
  if (utf8Flag) {
    return { name: decodeCp437(bytes2), encoding: "cp437", lossy: true };
  }
  return decodeShiftJis(bytes2) ?? { name: decodeCp437(bytes2), encoding: "cp437", lossy: false };
}

// src/core/archive/zip.ts
var maxEntries = 2e4;
var sigEocd = 101010256;
var sigEocd64 = 101075792;
var sigLocator64 = 117853008;
var sigCentral = 33639248;
var eocdSize = 22;
var centralSize = 46;
var Reader = class {
  constructor(bytes2) {
    this.bytes = bytes2;
  }
  u16(at) {
    return (this.bytes[at] ?? 0) | (this.bytes[at + 1] ?? 0) << 8;
  }
  u32(at) {
    return this.u16(at) + this.u16(at + 2) * 65536 >>> 0;
  }
  /** 64-bit little-endian as a number; values beyond 2^53 lose precision but stay huge. */
  u64(at) {
    return this.u32(at) + this.u32(at + 4) * 4294967296;
  }
  fits(at, length) {
    return at >= 0 && length >= 0 && at + length <= this.bytes.length;
  }
};
function fail(error, detail) {
  return { ok: false, error, detail };
}
function findEocd(r) {
  const last = r.bytes.length - eocdSize;
  const stop = Math.max(0, last - 65535);
  let loose = -1;
  for (let at = last; at >= stop; at -= 1) {
    if (r.bytes[at] !== 80 || r.u32(at) !== sigEocd) continue;
    if (at + eocdSize + r.u16(at + 20) === r.bytes.length) return at;
    if (loose < 0) loose = at;
  }
  return loose;
}
function readEnd(r, eocd) {
  const end = {
    entries: r.u16(eocd + 10),
    cdSize: r.u32(eocd + 12),
    cdOffset: r.u32(eocd + 16),
    zip64: false,
    multiDisk: r.u16(eocd + 4) !== 0 || r.u16(eocd + 6) !== 0
  };
  const locator = eocd - 20;
  if (locator < 0 || r.u32(locator) !== sigLocator64) return end;
  const at = r.u64(locator + 8);
  if (!r.fits(at, 56) || r.u32(at) !== sigEocd64) return fail("corrupt", "ZIP64 end record not found where its locator points");
  return {
    entries: r.u64(at + 32),
    cdSize: r.u64(at + 40),
    cdOffset: r.u64(at + 48),
    zip64: true,
    multiDisk: r.u32(at + 16) !== 0 || r.u32(at + 20) !== 0
  };
}
function readExtra(r, start, length, compressed, uncompressed) {
  const sizes = { compressed, uncompressed, aes: false };
  let at = start;
  const end = start + length;
  while (at + 4 <= end) {
    const id = r.u16(at);
    const size = r.u16(at + 2);
    const data = at + 4;
    if (data + size > end) break;
    if (id === 1) {
      let p = data;
      if (uncompressed === 4294967295 && p + 8 <= data + size) {
        sizes.uncompressed = r.u64(p);
        p += 8;
      }
      if (compressed === 4294967295 && p + 8 <= data + size) sizes.compressed = r.u64(p);
    } else if (id === 28789 && size > 5 && r.bytes[data] === 1) {
      const name = decodeUtf82(r.bytes.subarray(data + 5, data + size));
      if (name !== null) sizes.unicodeName = name;
    } else if (id === 39169) {
      sizes.aes = true;
    }
    at = data + size;
  }
  return sizes;
}
function readZipDirectory(bytes2) {
  const r = new Reader(bytes2);
  if (bytes2.length < eocdSize) return fail("notZip", `only ${bytes2.length} bytes`);
  const eocd = findEocd(r);
  if (eocd < 0) return fail("notZip", "no end-of-central-directory record in the last 64 KiB");
  const end = readEnd(r, eocd);
  if ("ok" in end) return end;
  if (end.multiDisk) return fail("multiDisk", "the archive is split across several files");
  const problems = [];
  let cd = end.cdOffset;
  if (!r.fits(cd, centralSize) || r.u32(cd) !== sigCentral) {
    const shifted = eocd - end.cdSize - (end.zip64 ? 76 : 0);
    if (r.fits(shifted, centralSize) && r.u32(shifted) === sigCentral) {
      cd = shifted;
      problems.push("shiftedDirectory");
    } else if (end.entries === 0) {
      return { ok: true, directory: { entries: [], declaredEntries: 0, zip64: end.zip64, problems } };
    } else {
      return fail(cd + centralSize > bytes2.length ? "truncated" : "corrupt", `central directory not found at offset ${end.cdOffset}`);
    }
  }
  const entries = [];
  let at = cd;
  while (r.fits(at, centralSize) && r.u32(at) === sigCentral) {
    if (entries.length >= maxEntries) {
      problems.push("entryLimit");
      break;
    }
    const flags = r.u16(at + 8);
    const method = r.u16(at + 10);
    const nameLength = r.u16(at + 28);
    const extraLength = r.u16(at + 30);
    const commentLength = r.u16(at + 32);
    const nameStart = at + centralSize;
    if (!r.fits(nameStart, nameLength + extraLength)) break;
    const decoded = decodeEntryName(bytes2.subarray(nameStart, nameStart + nameLength), (flags & 2048) !== 0);
    const sizes = readExtra(r, nameStart + nameLength, extraLength, r.u32(at + 20), r.u32(at + 24));
    const name = sizes.unicodeName ?? decoded.name;
    entries.push({
      name,
      nameEncoding: sizes.unicodeName !== void 0 ? "utf8" : decoded.encoding,
      nameLossy: sizes.unicodeName === void 0 && decoded.lossy,
      compressedSize: sizes.compressed,
      uncompressedSize: sizes.uncompressed,
      encrypted: (flags & 1) !== 0 || (flags & 64) !== 0 || method === 99 || sizes.aes,
      method,
      directory: name.endsWith("/") || name.endsWith("\\")
    });
    at = nameStart + nameLength + extraLength + commentLength;
  }
  if (entries.length < Math.min(end.entries, maxEntries)) problems.push("fewerEntriesThanDeclared");
  if (entries.length === 0 && end.entries > 0) return fail("corrupt", "no readable entry in the central directory");
  return { ok: true, directory: { entries, declaredEntries: end.entries, zip64: end.zip64, problems } };
}
function looksLikeZip(bytes2) {
  return bytes2.length >= 4 && bytes2[0] === 80 && bytes2[1] === 75 && (bytes2[2] === 3 || bytes2[2] === 5 || bytes2[2] === 7);
}

// src/core/archive/cache.ts
var cache5 = /* @__PURE__ */ new WeakMap();
function zipDirectoryOf(bytes2) {
  const known = cache5.get(bytes2);
  if (known) return known;
  const read = readZipDirectory(bytes2);
  cache5.set(bytes2, read);
  return read;
}

// src/core/rules/password-archive.ts
var passwordWords = /パスワード|暗証番号|暗証|解凍|password|passcode|kennwort|(?:^|[^a-z])pw(?:[^a-z]|$)|(?:^|[^a-z])pass\s*:/iu;
function passwordMention(text) {
  const m = passwordWords.exec(text.normalize("NFKC"));
  return m ? m[0].replace(/[^\p{L}\p{N}]/gu, "") || m[0] : void 0;
}
function mayBeEncrypted(attachment, maxBytes) {
  const bytes2 = attachment.bytes;
  if (bytes2 === void 0 || bytes2.length > maxBytes || !looksLikeZip(bytes2)) return true;
  const read = zipDirectoryOf(bytes2);
  return !read.ok || read.directory.entries.some((e) => e.encrypted);
}
var passwordArchive = defineRule({
  meta: {
    id: "password-archive",
    category: "attachment",
    defaultSeverity: "medium",
    senderSignal: false,
    description: {
      ja: "パスワード付きの圧縮ファイルと、本文中のパスワードの案内がそろっているかを見ます。中身をウイルス対策ソフトが検査できないためです。",
      en: "Looks for a password-protected archive together with a password mentioned in the body: antivirus software cannot look inside such files."
    }
  },
  messages: {
    passwordArchive: {
      ja: "添付ファイル「{file}」はパスワード付きの圧縮ファイルのようです（本文に「{word}」）。中身を確認できないため、送信者に電話など別の手段で確認してください。",
      en: 'The attachment "{file}" looks like a password-protected archive (the text mentions "{word}"). Its contents cannot be checked, so confirm with the sender by phone or another channel.'
    }
  },
  check: ({ facts, policy }) => {
    const archives = facts.attachments.filter((a) => isArchiveKind(inspectFileName(a.name).kind) || a.bytes !== void 0 && looksLikeZip(a.bytes));
    if (archives.length === 0) return [];
    const word = passwordMention(`${facts.subject}
${visibleBody(facts)}`);
    if (word === void 0) return [];
    const findings = [];
    for (const archive of archives) {
      if (!mayBeEncrypted(archive, policy.limits.maxAttachmentBytes)) continue;
      findings.push({ messageId: "passwordArchive", evidence: { file: archive.name, word } });
    }
    return findings;
  }
});

// src/core/text/plural.ts
function countOf(count, phrase) {
  return `${count} ${count === 1 ? phrase : `${phrase}s`}`;
}

// src/core/rules/archive-contents.ts
var dangerousKinds = /* @__PURE__ */ new Set(["shortcut", "oneNote", "macroOffice", "legacyOffice", "script", "executable", "html"]);
var absurdRatio = 1e3;
var ratioFloorBytes = 1e6;
var errorText2 = {
  notZip: { ja: "zip形式として読み取れません", en: "it cannot be read as a zip" },
  truncated: { ja: "ファイルが途中で切れています", en: "the file is cut off" },
  multiDisk: { ja: "複数のファイルに分割された圧縮ファイルです", en: "it is split across several files" },
  corrupt: { ja: "ファイルの構造が壊れています", en: "its structure is broken" },
  incomplete: { ja: "一覧の一部しか読み取れません", en: "only part of its file list can be read" }
};
var notExaminedText = {
  tooLarge: { ja: "大きすぎるため", en: "it is larger than the limit" },
  format: { ja: "zip以外の形式のため", en: "it is not a zip" }
};
function isPadded(entry, policy) {
  if (entry.uncompressedSize > policy.limits.paddedEntryBytes) return true;
  const compressed = Math.max(entry.compressedSize, 1);
  return entry.uncompressedSize >= ratioFloorBytes && entry.uncompressedSize / compressed >= absurdRatio;
}
function countWords(count) {
  const more = count - 1;
  return {
    moreJa: more > 0 ? `（ほかに同じ種類が${more}件）` : "",
    moreEn: more > 0 ? ` and ${countOf(more, "more such file")}` : "",
    filesEn: countOf(count, "file")
  };
}
function megabytes(bytes2) {
  return (bytes2 / 1e6).toFixed(bytes2 >= 1e7 ? 0 : 1);
}
function examineEntries(file, entries, policy) {
  const groups = /* @__PURE__ */ new Map();
  const note = (key, entry, kind) => {
    const group = groups.get(key);
    if (group) group.count += 1;
    else groups.set(key, { first: entry, count: 1, ...kind ? { kind } : {} });
  };
  for (const entry of entries) {
    if (entry.directory) continue;
    const name = inspectFileName(entry.name.slice(Math.max(entry.name.lastIndexOf("/"), entry.name.lastIndexOf("\\")) + 1));
    if (name.disguise !== void 0) note("disguisedEntry", entry, name.kind);
    else if (isArchiveKind(name.kind)) note("nestedArchive", entry, name.kind);
    else if (name.kind !== void 0 && dangerousKinds.has(name.kind)) note(`dangerousEntry:${name.kind}`, entry, name.kind);
    if (isPadded(entry, policy)) note("paddedEntry", entry);
    if (entry.encrypted) note("encryptedEntries", entry);
  }
  const findings = [];
  for (const [key, group] of groups) {
    const messageId = key.split(":")[0];
    const kind = group.kind ? kindNames[group.kind] : { ja: "ファイル", en: "a file" };
    findings.push({
      messageId,
      ...messageId === "encryptedEntries" ? { severity: "medium" } : {},
      evidence: {
        file,
        entry: group.first.name,
        count: String(group.count),
        ...countWords(group.count),
        kindJa: kind.ja,
        kindEn: kind.en,
        ...messageId === "paddedEntry" ? { unpackedMB: megabytes(group.first.uncompressedSize), packedMB: megabytes(group.first.compressedSize) } : {}
      }
    });
  }
  return findings;
}
function examine(attachment, policy) {
  const kind = inspectFileName(attachment.name).kind;
  const bytes2 = attachment.bytes;
  const zipLike = bytes2 !== void 0 && looksLikeZip(bytes2) || inspectFileName(attachment.name).extension === "zip";
  const notExamined = (why) => [
    { messageId: "notExamined", evidence: { file: attachment.name, whyJa: notExaminedText[why].ja, whyEn: notExaminedText[why].en } }
  ];
  if (bytes2 === void 0) return attachment.bytesSkippedBySize === true && (zipLike || isArchiveKind(kind)) ? notExamined("tooLarge") : [];
  if (!zipLike) return isArchiveKind(kind) ? notExamined("format") : [];
  if (bytes2.length > policy.limits.maxAttachmentBytes) return notExamined("tooLarge");
  const read = zipDirectoryOf(bytes2);
  if (!read.ok) {
    const text = errorText2[read.error];
    return [{ messageId: "unreadable", evidence: { file: attachment.name, problemJa: text.ja, problemEn: text.en, detail: read.detail } }];
  }
  const findings = examineEntries(attachment.name, read.directory.entries, policy);
  if (read.directory.problems.includes("fewerEntriesThanDeclared")) {
    const text = errorText2.incomplete;
    findings.push({ messageId: "unreadable", evidence: { file: attachment.name, problemJa: text.ja, problemEn: text.en, detail: `${read.directory.entries.length} of ${read.directory.declaredEntries} entries` } });
  }
  return findings;
}
var archiveContents = defineRule({
  meta: {
    id: "archive-contents",
    category: "attachment",
    defaultSeverity: "strong",
    senderSignal: false,
    description: {
      ja: "zipファイルの中身の一覧（パスワード付きでも読めます）から、ショートカット、マクロ付き文書、スクリプト、実行ファイル、二重の圧縮、不自然に大きく水増しされたファイルを探します。展開はしません。",
      en: "Reads a zip's file list (readable even with a password) for shortcuts, macro documents, scripts, programs, nested archives and files padded to absurd sizes. Nothing is unpacked."
    }
  },
  messages: {
    dangerousEntry: {
      ja: "圧縮ファイル「{file}」の中に{kindJa}「{entry}」が入っています{moreJa}。開かないでください。",
      en: 'The archive "{file}" contains {kindEn}: "{entry}"{moreEn}. Do not open it.'
    },
    nestedArchive: {
      ja: "圧縮ファイル「{file}」の中に、さらに圧縮ファイル「{entry}」が入っています。検査を逃れるための手口です。",
      en: 'The archive "{file}" contains another archive, "{entry}": a common way to slip past scanners.'
    },
    disguisedEntry: {
      ja: "圧縮ファイル「{file}」の中の「{entry}」は、名前で別の種類のファイルに見せかけています。開かないでください。",
      en: 'Inside the archive "{file}", "{entry}" uses its name to pass as another type of file. Do not open it.'
    },
    paddedEntry: {
      ja: "圧縮ファイル「{file}」の中の「{entry}」は、{packedMB} MB から {unpackedMB} MB に膨らみます。ウイルス検査を逃れるために水増しされたファイルの特徴です。",
      en: 'Inside the archive "{file}", "{entry}" grows from {packedMB} MB to {unpackedMB} MB: a file padded to slip past virus scanners.'
    },
    encryptedEntries: {
      ja: "圧縮ファイル「{file}」はパスワードで保護されていて、中身（{count}件）を確認できません。",
      en: 'The archive "{file}" is password-protected, so the {filesEn} inside cannot be checked.'
    },
    unreadable: {
      ja: "圧縮ファイル「{file}」の中身を確認できませんでした：{problemJa}。",
      en: 'The contents of the archive "{file}" could not be checked: {problemEn}.'
    },
    notExamined: {
      ja: "圧縮ファイル「{file}」は、{whyJa}中身を確認していません。",
      en: 'The contents of the archive "{file}" were not checked: {whyEn}.'
    }
  },
  headlines: {
    dangerousEntry: {
      ja: "添付の圧縮ファイルに危険な種類のファイルが入っています。開かないでください。",
      en: "The attached archive holds a dangerous type of file. Do not open it."
    },
    paddedEntry: {
      ja: "添付の圧縮ファイルに、検査逃れのため水増しされたファイルがあります。",
      en: "The attached archive holds a file padded to slip past scanners."
    }
  },
  check: ({ facts, policy }) => {
    const findings = [];
    for (const attachment of facts.attachments) {
      for (const finding of examine(attachment, policy)) {
        findings.push(finding.messageId === "unreadable" ? { ...finding, severity: "medium" } : finding.messageId === "notExamined" ? { ...finding, severity: "info" } : finding);
      }
    }
    return findings;
  }
});

// src/core/rules/link-mismatch.ts
var maxFindings = 5;
function protectedOwner(host, ctx) {
  const { policy } = ctx;
  if (ctx.derived.isOrganizationDomain(host)) return { name: policy.organization.names[0] ?? policy.organization.domains[0] ?? host, key: "organization" };
  const partner = policy.partners.find((p) => p.domains.some((d) => isWithinDomain(host, d)));
  if (partner !== void 0) return { name: partner.name, key: `partner:${partner.name}` };
  const brand = brandOwning(host, policy);
  return brand === void 0 ? void 0 : { name: brand.name, key: `brand:${brand.name}` };
}
var ownerKey = (host, ctx) => host === "" ? void 0 : protectedOwner(host, ctx)?.key;
var linkMismatch = defineRule({
  meta: {
    id: "link-mismatch",
    category: "link",
    defaultSeverity: "medium",
    senderSignal: false,
    // Newsletters from senders the organisation trusts route every link through click tracking.
    quietWhen: ["trustedSender"],
    description: {
      ja: "リンクの表示と実際の行き先が違うか、行き先がIPアドレスや偽装された書き方になっていないかを見ます。",
      en: "Checks whether a link shows one address but leads to another, or leads to an IP address or a disguised host."
    }
  },
  messages: {
    textShowsOtherHost: {
      ja: "リンクの表示は「{shown}」ですが、実際の行き先は「{host}」です。",
      en: 'A link shows "{shown}" but really leads to "{host}".'
    },
    ipHost: {
      ja: "リンクの行き先が名前ではなくIPアドレス「{host}」です。正規のサービスではまれです。",
      en: "A link leads to a bare IP address ({host}) instead of a name: rare for genuine services."
    },
    obfuscatedIpHost: {
      ja: "リンクの行き先「{written}」は、IPアドレスを読みにくい書き方で隠しています。",
      en: 'A link leads to "{written}", an IP address written in a form meant to be hard to read.'
    },
    userinfoHost: {
      ja: "リンクは「{shown}」で始まるように見えますが、実際の行き先は「@」の後ろの「{host}」です。",
      en: 'A link seems to start with "{shown}", but it really leads to "{host}", the part after the "@".'
    },
    encodedHost: {
      ja: "リンクの行き先「{host}」は、文字を記号（%）で置き換えて読みにくくしています。",
      en: "A link's destination ({host}) is written with % escapes to make it hard to read."
    }
  },
  check: (ctx) => {
    const { facts, derived, env } = ctx;
    const findings = [];
    const seen = /* @__PURE__ */ new Set();
    const registrable = (host) => env.registrableDomain(host) ?? host;
    const add = (key, draft) => {
      if (seen.has(key) || findings.length >= maxFindings) return;
      seen.add(key);
      findings.push(draft);
    };
    for (const link of facts.links) {
      if (findings.length >= maxFindings) break;
      const target = linkTarget(link.href);
      if (!target) continue;
      const { host } = target;
      if (target.ip === "ipv4Obfuscated") add(`obf:${host}`, { messageId: "obfuscatedIpHost", evidence: { host, written: host, href: link.href } });
      else if (target.ip) add(`ip:${host}`, { messageId: "ipHost", evidence: { host, href: link.href } });
      if (target.userinfo !== void 0) add(`user:${host}`, { messageId: "userinfoHost", evidence: { shown: target.userinfo, host, href: link.href } });
      else if (target.percentEncoded) add(`enc:${host}`, { messageId: "encodedHost", evidence: { host, href: link.href } });
      const shown2 = hostShownInText(link.text);
      if (shown2 === void 0 || target.ip) continue;
      const shownDomain = registrable(shown2);
      const realDomain = registrable(host);
      if (shownDomain !== realDomain) {
        const owner = protectedOwner(shown2, ctx);
        if (owner !== void 0 && ownerKey(host, ctx) === owner.key) continue;
        if (owner !== void 0 && ownerKey(derived.fromDomain, ctx) !== owner.key) {
          add(`text:${shownDomain}>${realDomain}`, { messageId: "textShowsOtherHost", evidence: { shown: shown2, host, owner: owner.name, text: link.text, href: link.href } });
          continue;
        }
        const viaSender = realDomain === derived.fromRegistrable;
        add(`text:${shownDomain}>${realDomain}`, {
          messageId: "textShowsOtherHost",
          ...viaSender ? { severity: "weak" } : {},
          evidence: { shown: shown2, host, text: link.text, href: link.href }
        });
      }
    }
    return findings;
  }
});

// src/core/rules/lure-phrase.ts
var phrases = [
  "ご確認ください",
  "ご確認下さい",
  "ご確認お願いします",
  "ご確認をお願い",
  "請求書",
  "至急",
  "緊急",
  "コンテンツの有効化",
  "編集を有効にする",
  "マクロを有効",
  "お支払い",
  "振込先",
  "invoice",
  "urgent",
  "enable content",
  "enable editing",
  "enable macros",
  "payment",
  "wire transfer"
];
var maxListed = 5;
var maxScannedChars = 64 * 1024;
function normalise(text) {
  return text.normalize("NFKC").toLowerCase();
}
function compact(text) {
  return normalise(text).replace(/[\s\u3000・.]+/gu, "");
}
function recipientTokens(userName, userAddress) {
  const tokens = [];
  const name = compact(userName ?? "");
  if (Array.from(name).length >= 2) tokens.push(name);
  const local = normalise(userAddress ?? "").split("@")[0] ?? "";
  if (local.length >= 5 && !["info", "admin", "office", "contact", "support"].includes(local)) tokens.push(compact(local));
  return tokens;
}
var lurePhrase = defineRule({
  meta: {
    id: "lure-phrase",
    category: "content",
    defaultSeverity: "weak",
    senderSignal: false,
    description: {
      ja: "「ご確認ください」「請求書」「至急」「コンテンツの有効化」などの誘い文句や、件名にあなた自身の名前があるかを見ます。単独では警告しません。",
      en: 'Looks for lures such as "please check", "invoice", "urgent", "enable content", and your own name in the subject. Never warns alone.'
    }
  },
  messages: {
    lurePhrases: {
      ja: "急がせたり添付を開かせたりする言葉があります：{phrases}。",
      en: "It uses words that hurry you or push you to open attachments: {phrases}."
    },
    recipientNameInSubject: {
      ja: "件名にあなたの名前「{name}」が入っています。過去のやり取りを盗んだなりすましメールの特徴でもあります。",
      en: 'The subject contains your name ("{name}"), a trait of impersonation mail that replays stolen conversations.'
    }
  },
  check: ({ facts }) => {
    const findings = [];
    const text = normalise(`${facts.subject}
${visibleBody(facts).slice(0, maxScannedChars)}`);
    const found = phrases.filter((p) => text.includes(p));
    if (found.length > 0) {
      findings.push({ messageId: "lurePhrases", evidence: { phrases: found.slice(0, maxListed).map((p) => `「${p}」`).join("") } });
    }
    const subject = compact(facts.subject);
    const name = recipientTokens(facts.userName, facts.userAddress).find((t) => subject.includes(t));
    if (name !== void 0) findings.push({ messageId: "recipientNameInSubject", evidence: { name, subject: facts.subject } });
    return findings;
  }
});

// src/core/rules/trusted-sender.ts
var trustedSender2 = defineRule({
  meta: {
    id: "trusted-sender",
    category: "policy",
    defaultSeverity: "info",
    senderSignal: false,
    description: {
      ja: "組織のポリシーで信頼済みの送信元かどうかを示します（送信元認証に失敗したメールは信頼しません）。",
      en: "Shows when the organisation's policy trusts the sender (never when sender authentication failed)."
    }
  },
  messages: {
    trustedByPolicy: {
      ja: "{reasonJa}",
      en: "{reasonEn}"
    }
  },
  check: ({ derived }) => {
    const reason = derived.trustedReason;
    if (!reason) return [];
    return [{ messageId: "trustedByPolicy", evidence: { domain: derived.fromDomain, reasonJa: reason.ja, reasonEn: reason.en } }];
  }
});

// src/core/rules/drill-mail.ts
var drillMail = defineRule({
  meta: {
    id: "drill-mail",
    category: "policy",
    defaultSeverity: "info",
    senderSignal: false,
    description: {
      ja: "管理者が設定した訓練用ヘッダーがあれば、訓練メールであることを示します。",
      en: "Shows that the mail is a training mail when the administrator's drill header is present."
    }
  },
  messages: {
    drill: {
      ja: "これは訓練メールです（ヘッダー {header}: {value}）。確認していただきありがとうございます。",
      en: "This is a training mail (header {header}: {value}). Thank you for checking it."
    }
  },
  check: ({ derived, policy }) => {
    if (!derived.drill || policy.drill?.reveal !== "immediately") return [];
    return [{ messageId: "drill", evidence: { header: policy.drill.header, value: policy.drill.value } }];
  }
});

// src/core/rules/registry.ts
var rules = [
  displayNameImpersonation,
  displayNameAddress,
  brandImpersonation,
  displayNameScript,
  lookalikeDomain,
  fromHeaderAnomaly,
  authentication,
  replyToMismatch,
  senderDiffers,
  replyPrefixWithoutThread,
  riskyAttachment,
  passwordArchive,
  archiveContents,
  linkMismatch,
  lurePhrase,
  trustedSender2,
  drillMail
];

// src/core/drill/drill-id.ts
var idPattern = /^[A-Za-z0-9][A-Za-z0-9-]{0,39}$/;
function isDrillId(text) {
  return idPattern.test(text);
}
function drillHeaderValue(policyValue, id) {
  if (!isDrillId(id)) throw new Error(`drill id "${id}" must be letters, digits and hyphens (at most 40)`);
  return `${policyValue}; id=${id}`;
}
function readDrillMark(headerValue, policyValue) {
  const [head = "", ...params] = headerValue.split(";");
  if (head.trim() !== policyValue.trim()) return void 0;
  for (const param of params) {
    const eq = param.indexOf("=");
    if (eq < 0 || param.slice(0, eq).trim().toLowerCase() !== "id") continue;
    const id = param.slice(eq + 1).trim();
    return isDrillId(id) ? { id } : {};
  }
  return {};
}
var subjectTag = /\[drill:([A-Za-z0-9][A-Za-z0-9-]{0,39})\]/;
function drillIdFromSubject(subject) {
  return subjectTag.exec(subject)?.[1];
}

// src/core/engine/context.ts
function headerIndex(headers) {
  const index = /* @__PURE__ */ new Map();
  for (const field of headers ?? []) {
    const key = field.name.toLowerCase();
    const list3 = index.get(key);
    if (list3) list3.push(field.value);
    else index.set(key, [field.value]);
  }
  return index;
}
function findTrust(facts, policy, fromDomain) {
  const address2 = facts.from?.address.toLowerCase() ?? "";
  if (address2 === "") return void 0;
  for (const entry of policy.trustedSenders) {
    if (entry.address !== void 0 && entry.address === address2) return entry.reason;
    if (entry.domain !== void 0 && isWithinDomain(fromDomain, entry.domain)) return entry.reason;
  }
  return void 0;
}
function failedForDomain(auth, fromRegistrable, env) {
  const sameDomain = (domain2) => domain2 !== "" && fromRegistrable !== "" && (env.registrableDomain(domain2) ?? domain2) === fromRegistrable;
  const failed = [];
  if (isFail(auth.dmarc)) failed.push("dmarc");
  if (isFail(auth.compauth)) failed.push("compauth");
  if (auth.spf && isFail(auth.spf) && sameDomain(resultDomain(auth.spf)) && !auth.dkim.some(isPass)) {
    failed.push("spf");
    if (auth.dkim.some((d) => isFail(d) && sameDomain(resultDomain(d)))) failed.push("dkim");
  }
  return failed;
}
function deriveContext(facts, policy, env) {
  const claimed = facts.from ?? facts.sender;
  const fromDomain = domainOf(claimed?.address ?? "");
  const index = headerIndex(facts.headers);
  const header = (name) => index.get(name.toLowerCase()) ?? [];
  const drillValue = policy.drill?.value;
  const drillMarks = policy.drill && drillValue !== void 0 ? header(policy.drill.header).map((v3) => readDrillMark(v3, drillValue)) : [];
  const drillMark = drillMarks.find((m) => m !== void 0);
  const fromRegistrable = fromDomain === "" ? "" : env.registrableDomain(fromDomain) ?? fromDomain;
  const auth = receivingAuthResults(facts.headers);
  const forefront = receivingForefrontReport(facts.headers);
  const derived = {
    ...claimed ? { claimed } : {},
    fromDomain,
    fromRegistrable,
    nameIsAddress: claimed !== void 0 && claimed.name.trim().toLowerCase() === claimed.address.trim().toLowerCase(),
    header,
    isOrganizationDomain: (host) => policy.organization.domains.some((d) => isWithinDomain(host, d)),
    drill: drillMark !== void 0,
    ...drillMark?.id !== void 0 ? { drillId: drillMark.id } : {},
    auth,
    authFailures: failedForDomain(auth, fromRegistrable, env),
    ...forefront ? { forefront } : {}
  };
  const trustedReason = findTrust(facts, policy, fromDomain);
  if (!trustedReason) return { facts, policy, env, derived };
  if (derived.authFailures.length > 0) return { facts, policy, env, derived: { ...derived, trustRefused: trustedReason } };
  return { facts, policy, env, derived: { ...derived, trustedReason } };
}

// src/core/engine/skipped.ts
var partNames = {
  from: { ja: "差出人", en: "the sender (From)" },
  sender: { ja: "実際の送信者（Sender）", en: "the actual sender (Sender)" },
  subject: { ja: "件名", en: "the subject" },
  recipients: { ja: "宛先", en: "the recipients" },
  headers: { ja: "インターネットヘッダー（認証結果・返信先など）", en: "the internet headers (authentication, Reply-To and more)" },
  body: { ja: "本文", en: "the body" },
  attachments: { ja: "添付ファイルの一覧", en: "the list of attachments" },
  attachmentContent: { ja: "添付ファイルの中身", en: "the contents of attachments" },
  userAddress: { ja: "あなたのメールアドレス", en: "your own address" }
};
var reasonText = {
  unsupported: { ja: "このOutlookでは読み取れないため、確認できませんでした", en: "could not be checked: this version of Outlook does not provide it" },
  failed: { ja: "読み取りに失敗したため、確認できませんでした", en: "could not be checked: reading it failed" },
  tooLarge: { ja: "大きすぎるため、一部または全部を確認していません", en: "was not fully checked: it is larger than the limit" },
  absent: { ja: "メールに含まれていないため、確認できませんでした", en: "could not be checked: the mail does not contain it" }
};
function describeMissing(missing) {
  const part = partNames[missing.part];
  const reason = reasonText[missing.reason];
  return {
    part: missing.part,
    reason: missing.reason,
    message: { ja: `${part.ja}は、${reason.ja}。`, en: `${capitalize(part.en)} ${reason.en}.` },
    ...missing.detail !== void 0 ? { detail: missing.detail } : {}
  };
}
function capitalize(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// src/core/engine/headline.ts
var byLevel = {
  danger: { ja: "なりすましの疑いが強いメールです。添付ファイルやURLを開かないでください。", en: "This mail is very likely an impersonation. Do not open its attachments or links." },
  caution: { ja: "注意が必要なメールです。送信元アドレスを確かめてから操作してください。", en: "Be careful with this mail. Check the real sender address before you act." },
  safe: { ja: "なりすましの兆候は見つかりませんでした（安全の保証ではありません）。", en: "No signs of impersonation were found (this is not a guarantee)." },
  unknown: { ja: "確認しきれませんでした。送信元アドレスをご自身で確かめてください。", en: "Could not verify this mail. Check the real sender address yourself." }
};
var drillHeadline = {
  ja: "これは訓練メールです。確認していただきありがとうございます。",
  en: "This is a training mail. Thank you for checking it."
};
var limit = 99;
function clampHeadline(text) {
  const chars = Array.from(text);
  return chars.length <= limit ? text : `${chars.slice(0, limit - 1).join("")}…`;
}
function headlineFor(level, top, topHeadline) {
  const chosen = (level === "danger" || level === "caution") && top && topHeadline ? topHeadline : byLevel[level];
  return { ja: clampHeadline(chosen.ja), en: clampHeadline(chosen.en) };
}

// src/core/engine/messages.ts
function fillMessage(template, values) {
  const fill = (text) => text.replace(/\{([A-Za-z0-9_]+)\}/g, (whole, key) => Object.hasOwn(values, key) ? values[key] ?? whole : whole);
  return { ja: fill(template.ja), en: fill(template.en) };
}

// src/core/engine/subject.ts
function subjectOf(category, evidence) {
  switch (category) {
    case "sender":
    case "authentication":
    case "policy":
      return { kind: "sender" };
    case "attachment": {
      const file = evidence.file;
      return file !== void 0 && file !== "" ? { kind: "attachment", file } : { kind: "content" };
    }
    case "link":
      return { kind: "links" };
    case "content":
      return { kind: "content" };
  }
}

// src/core/engine/analyze-with-env.ts
function isQuiet(rule, derived) {
  return (rule.meta.quietWhen ?? []).some((when) => when === "trustedSender" ? derived.trustedReason !== void 0 : derived.nameIsAddress);
}
function runRule(rule, ctx, run) {
  if (isQuiet(rule, ctx.derived)) return;
  for (const draft of rule.check(ctx)) {
    const template = rule.messages[draft.messageId];
    if (template === void 0) throw new Error(`unknown message id "${draft.messageId}"`);
    const finding = {
      rule: rule.meta.id,
      messageId: draft.messageId,
      severity: draft.severity ?? rule.meta.defaultSeverity,
      senderSignal: draft.senderSignal ?? rule.meta.senderSignal,
      message: fillMessage(template, draft.evidence),
      evidence: draft.evidence,
      ...draft.diff ? { diff: draft.diff } : {},
      about: draft.about ?? subjectOf(rule.meta.category, draft.evidence)
    };
    run.findings.push(finding);
    const headline = rule.headlines?.[draft.messageId];
    if (headline) run.headlines.set(finding, fillMessage(headline, draft.evidence));
    if (draft.imitates) run.imitations.set(finding, draft.imitates);
  }
}
function analyzeWithEnv(facts, policy, options) {
  const env = options.env;
  const rules2 = options.rules ?? rules;
  const ctx = deriveContext(facts, policy, env);
  const run = { findings: [], headlines: /* @__PURE__ */ new Map(), imitations: /* @__PURE__ */ new Map() };
  const checked = [];
  const ruleFailures = [];
  for (const rule of rules2) {
    try {
      runRule(rule, ctx, run);
      checked.push(rule.meta.id);
    } catch (error) {
      ruleFailures.push({ rule: rule.meta.id, error: errorText(error) });
    }
  }
  const findings = [...run.findings].sort(compareFindings);
  const imitates = findings.map((f) => run.imitations.get(f)).find((found) => found !== void 0);
  const skipped = facts.missing.map(describeMissing);
  const raised = levelFromFindings(findings);
  const incomplete = skipped.length > 0 || ruleFailures.length > 0 || ctx.derived.claimed === void 0;
  let level = raised ?? (incomplete ? "unknown" : "safe");
  let headline = headlineFor(level, findings[0], findings[0] ? run.headlines.get(findings[0]) : void 0);
  const reveal = policy.drill?.reveal ?? "after-report";
  if (ctx.derived.drill && reveal === "immediately") {
    level = "safe";
    headline = { ja: clampHeadline(drillHeadline.ja), en: clampHeadline(drillHeadline.en) };
  }
  const claimed = ctx.derived.claimed;
  return {
    level,
    headline,
    findings,
    sender: {
      displayName: claimed?.name ?? "",
      address: claimed?.address ?? "",
      domain: ctx.derived.fromDomain,
      registrableDomain: ctx.derived.fromRegistrable
    },
    ...imitates ? { imitates } : {},
    checked,
    skipped,
    ruleFailures,
    ...ctx.derived.drill ? { drill: true, drillReveal: reveal } : {},
    ...ctx.derived.drillId !== void 0 ? { drillId: ctx.derived.drillId } : {},
    ...ctx.derived.trustedReason ? { trustedReason: ctx.derived.trustedReason } : {}
  };
}

// src/core/engine/analyze.ts
function analyze(facts, policy = defaultPolicy, options = {}) {
  return analyzeWithEnv(facts, policy, { ...options, env: options.env ?? defaultEnv });
}

// src/core/policy/messages.ts
function distance(a, b, cap) {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost));
    }
    previous = current;
  }
  return previous[b.length] ?? cap + 1;
}
function closestField(unknown, known) {
  const lower = unknown.toLowerCase();
  const cap = Math.max(1, Math.min(3, Math.floor(unknown.length / 3)));
  let best;
  for (const name of known) {
    const candidate = name.toLowerCase();
    const score2 = candidate === lower ? 0 : candidate.startsWith(lower) || lower.startsWith(candidate) ? 1 : distance(lower, candidate, cap);
    if (score2 <= cap && (best === void 0 || score2 < best.score)) best = { name, score: score2 };
  }
  return best?.name;
}
function keyOf2(issue) {
  const last = issue.path?.[issue.path.length - 1];
  return typeof last?.key === "string" ? last.key : void 0;
}
function objectIssue(issue, known) {
  {
    if (issue.expected === "never") {
      const key = keyOf2(issue) ?? issue.received;
      const guess = closestField(key, known);
      return guess !== void 0 ? `unknown field \`${key}\` — did you mean \`${guess}\`?` : `unknown field \`${key}\` (known fields: ${known.map((k) => `\`${k}\``).join(", ")})`;
    }
    if (issue.received === "undefined" && issue.expected?.startsWith('"')) return "is required";
    return `must be an object { … } (got ${issue.received})`;
  }
}
function typeIssue(issue, what) {
  return issue.received === "undefined" ? "is required" : `must be ${what} (got ${issue.received})`;
}
var explainer2 = { object: objectIssue, type: typeIssue };
function lineAndColumn(text, offset) {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i += 1) {
    if (text[i] === "\n") {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
function jsonSyntaxMessage(text, error) {
  const raw = error instanceof Error ? error.message : String(error);
  const lineCol = /line (\d+) column (\d+)/.exec(raw);
  const position = /position (\d+)/.exec(raw);
  let where;
  if (position?.[1] !== void 0) where = lineAndColumn(text, Number(position[1]));
  else if (lineCol?.[1] !== void 0 && lineCol[2] !== void 0) where = { line: Number(lineCol[1]), column: Number(lineCol[2]) };
  else if (/end of (json )?input/i.test(raw)) where = lineAndColumn(text, text.length);
  const reason = raw.replace(/\s*in JSON at position \d+.*$/s, "").replace(/\s*\(line \d+ column \d+\)/, "").replace(/^JSON\.parse: /, "");
  const hint = /trailing comma|Expected double-quoted property name|Unexpected token '?[}\]]/i.test(raw) ? " (a comma before } or ] is not allowed in JSON)" : "";
  return where !== void 0 ? `not valid JSON at line ${where.line}, column ${where.column}: ${reason}${hint}` : `not valid JSON: ${reason}${hint}`;
}

// src/core/policy/parse.ts
installExplainer(explainer2);
function validatePolicy(input) {
  return checkPolicy(input);
}
function parsePolicy(text) {
  return checkPolicyText(text, jsonSyntaxMessage);
}
function formatPolicyIssues(issues) {
  return issues.map((i) => `${i.field}: ${i.message}`).join("\n");
}

// src/cli/policy-file.ts
async function loadPolicyFile(path) {
  if (path === void 0) {
    if (embeddedPolicyIssues.length === 0) return { ok: true, policy: defaultPolicy };
    const fromFile = await loadPolicyFile(fileURLToPath(new URL("../../policy/default-policy.json", import.meta.url)));
    return fromFile.ok ? fromFile : { ...fromFile, message: `the built-in example ${fromFile.message}` };
  }
  let text;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    return { ok: false, message: `cannot read policy ${path}: ${errorText(error)}`, unreadable: true };
  }
  const result = parsePolicy(text.replace(/^\uFEFF/, ""));
  if (result.ok) return { ok: true, policy: result.policy };
  return { ok: false, message: `policy ${path} is invalid:
${formatPolicyIssues(result.issues)}`, unreadable: false };
}

// src/cli/report.ts
var unreadableHeadline = {
  ja: "このファイルは読み取れなかったため、確認できませんでした。",
  en: "This file could not be read, so it was not checked."
};
function unknownReason(verdict) {
  const parts = [
    ...verdict.skipped.map((s) => `${s.message.en}${s.detail !== void 0 ? ` (${s.detail})` : ""}`),
    ...verdict.ruleFailures.map((f) => `rule ${f.rule} failed: ${f.error}`)
  ];
  if (verdict.sender.address === "" && !verdict.skipped.some((s) => s.part === "from")) parts.unshift("no sender address (From) could be read");
  return parts.length > 0 ? [...new Set(parts)].join("; ") : verdict.headline.en;
}
function recordFromVerdict(file, subject, verdict) {
  return {
    file,
    level: verdict.level,
    headline: verdict.headline,
    sender: { displayName: verdict.sender.displayName, address: verdict.sender.address },
    subject,
    findings: verdict.findings.map((f) => ({ rule: f.rule, severity: f.severity, messageId: f.messageId })),
    skipped: verdict.skipped.map((s) => ({ part: s.part, reason: s.reason, ...s.detail !== void 0 ? { detail: s.detail } : {} })),
    ...verdict.ruleFailures.length > 0 ? { ruleFailures: verdict.ruleFailures } : {},
    ...verdict.drill === true ? { drill: true } : {},
    ...verdict.drillId !== void 0 ? { drillId: verdict.drillId } : {},
    ...verdict.trustedReason !== void 0 ? { trustedReason: verdict.trustedReason } : {},
    ...verdict.level === "unknown" ? { reason: unknownReason(verdict) } : {}
  };
}
function recordFromError(file, error) {
  return { file, level: "unknown", headline: unreadableHeadline, findings: [], skipped: [], error, reason: `could not be read: ${error}` };
}
function jsonLine(record) {
  return JSON.stringify(record);
}
function width(text) {
  let n = 0;
  for (const char of text) n += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(char) ? 2 : 1;
  return n;
}
function pad(text, columns) {
  return text + " ".repeat(Math.max(0, columns - width(text)));
}
function row(r) {
  const warningSigns = r.level === "danger" || r.level === "caution" ? r.findings.filter((f) => f.severity !== "info") : [];
  const notes = r.findings.length - warningSigns.length;
  const detail = r.level === "unknown" ? r.reason ?? "not checked" : warningSigns[0]?.rule ?? "-";
  return [r.level, warningSigns.length > 0 ? String(warningSigns.length) : "-", notes > 0 ? String(notes) : "-", r.file, detail];
}
function table2(records) {
  const header = ["LEVEL", "SIGNS", "NOTES", "FILE", "TOP SIGN / REASON"];
  const all = [header, ...records.map(row)];
  const widths = header.map((_, i) => Math.max(...all.map((cells) => width(cells[i] ?? ""))));
  return all.map((cells) => cells.map((cell, i) => i === cells.length - 1 ? cell : pad(cell, widths[i] ?? 0)).join("  ")).join("\n") + "\n";
}
function summary(records) {
  const count = (level) => records.filter((r) => r.level === level).length;
  const unreadable = records.filter((r) => r.error !== void 0).length;
  const unknown = count("unknown");
  const parts = [unreadable > 0 ? `${unreadable} could not be read` : "", unknown - unreadable > 0 ? `${unknown - unreadable} not fully checked` : ""].filter((p) => p !== "");
  return `${records.length} message(s): danger ${count("danger")}, caution ${count("caution")}, safe ${count("safe")}, unknown ${unknown}${parts.length > 0 ? ` (${parts.join(", ")})` : ""}`;
}

// src/cli/scan-file.ts
import { closeSync, fstatSync, openSync, readSync } from "node:fs";

// node_modules/postal-mime/dist/esm/decode-strings.js
var textEncoder = new TextEncoder();
var base64Chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
var base64Lookup = new Uint8Array(256);
for (let i = 0; i < base64Chars.length; i++) {
  base64Lookup[base64Chars.charCodeAt(i)] = i;
}
function decodeBase64(base64) {
  let len = base64.length;
  while (len > 0 && base64.charAt(len - 1) === "=") {
    len--;
  }
  if (len % 4 === 1) {
    len--;
  }
  const remainder = len % 4;
  const bufferLength = Math.floor(len / 4) * 3 + (remainder ? remainder - 1 : 0);
  const arrayBuffer = new ArrayBuffer(bufferLength);
  const bytes2 = new Uint8Array(arrayBuffer);
  let p = 0;
  for (let i = 0; i < len; i += 4) {
    let encoded1 = base64Lookup[base64.charCodeAt(i)];
    let encoded2 = base64Lookup[base64.charCodeAt(i + 1)];
    let encoded3 = base64Lookup[base64.charCodeAt(i + 2)];
    let encoded4 = base64Lookup[base64.charCodeAt(i + 3)];
    bytes2[p++] = encoded1 << 2 | encoded2 >> 4;
    if (p < bufferLength) {
      bytes2[p++] = (encoded2 & 15) << 4 | encoded3 >> 2;
    }
    if (p < bufferLength) {
      bytes2[p++] = (encoded3 & 3) << 6 | encoded4 & 63;
    }
  }
  return arrayBuffer;
}
var charsetAliases = /* @__PURE__ */ new Map([
  // Hebrew. The logical and explicit ordering variants share the iso-8859-8 index.
  ["iso88598i", "iso-8859-8"],
  ["iso88598e", "iso-8859-8"],
  // Japanese. WHATWG shift_jis is the Windows-31J index, so cp932 text decodes
  // identically, including the NEC and IBM extension rows.
  ["shiftjis", "shift_jis"],
  ["windows31j", "shift_jis"],
  ["mskanji", "shift_jis"],
  ["eucjp", "euc-jp"],
  // ISO-2022-JP, including the -1 / -2 supersets. Escape sequences outside plain
  // ISO-2022-JP (JIS X 0212, the non-Japanese G2 sets, and the SO/SI katakana shifts
  // cp50222 uses) decode to replacement characters, but the Japanese text around them
  // still comes out right.
  ["iso2022jp", "iso-2022-jp"],
  ["iso2022jp1", "iso-2022-jp"],
  ["iso2022jp2", "iso-2022-jp"],
  ["junet", "iso-2022-jp"],
  // Korean. The WHATWG euc-kr index is the extended cp949 / UHC index.
  ["euckr", "euc-kr"],
  ["uhc", "euc-kr"],
  // Thai.
  ["tis620", "windows-874"]
]);
var codePageAliases = /* @__PURE__ */ new Map([
  ["932", "shift_jis"],
  ["936", "gbk"],
  ["949", "euc-kr"],
  ["950", "big5"],
  ["874", "windows-874"],
  // Microsoft's EUC-JP and ISO-2022-JP variants. euc-jp and iso-2022-jp cover
  // everything they can express.
  ["51932", "euc-jp"],
  ["50220", "iso-2022-jp"],
  ["50221", "iso-2022-jp"],
  ["50222", "iso-2022-jp"]
]);
var codePagePattern = /^(?:cp|windows|ms|ibm)(\d+)$/;
function normalizeCharset(charset) {
  return charset.replace(/^(?:x-ms-|x-|cs)/, "").replace(/[\s._-]+/g, "");
}
var ENCODING_LABELS = new Set([
  // UTF-8
  "unicode-1-1-utf-8 unicode11utf8 unicode20utf8 utf-8 utf8 x-unicode20utf8",
  // IBM866
  "866 cp866 csibm866 ibm866",
  // ISO-8859-2
  "csisolatin2 iso-8859-2 iso-ir-101 iso8859-2 iso88592 iso_8859-2 iso_8859-2:1987 l2 latin2",
  // ISO-8859-3
  "csisolatin3 iso-8859-3 iso-ir-109 iso8859-3 iso88593 iso_8859-3 iso_8859-3:1988 l3 latin3",
  // ISO-8859-4
  "csisolatin4 iso-8859-4 iso-ir-110 iso8859-4 iso88594 iso_8859-4 iso_8859-4:1988 l4 latin4",
  // ISO-8859-5
  "csisolatincyrillic cyrillic iso-8859-5 iso-ir-144 iso8859-5 iso88595 iso_8859-5 iso_8859-5:1988",
  // ISO-8859-6
  "arabic asmo-708 csiso88596e csiso88596i csisolatinarabic ecma-114 iso-8859-6 iso-8859-6-e",
  "iso-8859-6-i iso-ir-127 iso8859-6 iso88596 iso_8859-6 iso_8859-6:1987",
  // ISO-8859-7
  "csisolatingreek ecma-118 elot_928 greek greek8 iso-8859-7 iso-ir-126 iso8859-7 iso88597 iso_8859-7",
  "iso_8859-7:1987 sun_eu_greek",
  // ISO-8859-8
  "csiso88598e csisolatinhebrew hebrew iso-8859-8 iso-8859-8-e iso-ir-138 iso8859-8 iso88598 iso_8859-8",
  "iso_8859-8:1988 visual",
  // ISO-8859-8-I
  "csiso88598i iso-8859-8-i logical",
  // ISO-8859-10
  "csisolatin6 iso-8859-10 iso-ir-157 iso8859-10 iso885910 l6 latin6",
  // ISO-8859-13
  "iso-8859-13 iso8859-13 iso885913",
  // ISO-8859-14
  "iso-8859-14 iso8859-14 iso885914",
  // ISO-8859-15
  "csisolatin9 iso-8859-15 iso8859-15 iso885915 iso_8859-15 l9",
  // ISO-8859-16
  "iso-8859-16",
  // KOI8-R
  "cskoi8r koi koi8 koi8-r koi8_r",
  // KOI8-U
  "koi8-ru koi8-u",
  // macintosh
  "csmacintosh mac macintosh x-mac-roman",
  // windows-874
  "dos-874 iso-8859-11 iso8859-11 iso885911 tis-620 windows-874",
  // windows-1250
  "cp1250 windows-1250 x-cp1250",
  // windows-1251
  "cp1251 windows-1251 x-cp1251",
  // windows-1252
  "ansi_x3.4-1968 ascii cp1252 cp819 csisolatin1 ibm819 iso-8859-1 iso-ir-100 iso8859-1 iso88591",
  "iso_8859-1 iso_8859-1:1987 l1 latin1 us-ascii windows-1252 x-cp1252",
  // windows-1253
  "cp1253 windows-1253 x-cp1253",
  // windows-1254
  "cp1254 csisolatin5 iso-8859-9 iso-ir-148 iso8859-9 iso88599 iso_8859-9 iso_8859-9:1989 l5 latin5",
  "windows-1254 x-cp1254",
  // windows-1255
  "cp1255 windows-1255 x-cp1255",
  // windows-1256
  "cp1256 windows-1256 x-cp1256",
  // windows-1257
  "cp1257 windows-1257 x-cp1257",
  // windows-1258
  "cp1258 windows-1258 x-cp1258",
  // x-mac-cyrillic
  "x-mac-cyrillic x-mac-ukrainian",
  // GBK
  "chinese csgb2312 csiso58gb231280 gb2312 gb_2312 gb_2312-80 gbk iso-ir-58 x-gbk",
  // gb18030
  "gb18030",
  // Big5
  "big5 big5-hkscs cn-big5 csbig5 x-x-big5",
  // EUC-JP
  "cseucpkdfmtjapanese euc-jp x-euc-jp",
  // ISO-2022-JP
  "csiso2022jp iso-2022-jp",
  // Shift_JIS
  "csshiftjis ms932 ms_kanji shift-jis shift_jis sjis windows-31j x-sjis",
  // EUC-KR
  "cseuckr csksc56011987 euc-kr iso-ir-149 korean ks_c_5601-1987 ks_c_5601-1989 ksc5601 ksc_5601",
  "windows-949",
  // replacement
  "csiso2022kr hz-gb-2312 iso-2022-cn iso-2022-cn-ext iso-2022-kr replacement",
  // UTF-16BE
  "unicodefffe utf-16be",
  // UTF-16LE
  "csunicode iso-10646-ucs-2 ucs-2 unicode unicodefeff utf-16 utf-16le",
  // x-user-defined
  "x-user-defined"
].join(" ").split(" "));
var decoders = /* @__PURE__ */ new Map();
function tryDecoder(charset) {
  if (!ENCODING_LABELS.has(charset)) {
    return null;
  }
  let decoder = decoders.get(charset);
  if (decoder === void 0) {
    decoder = null;
    try {
      decoder = new TextDecoder(charset);
    } catch {
    }
    decoders.set(charset, decoder);
  }
  return decoder;
}
var utf8Decoder = new TextDecoder();
function getDecoder(charset) {
  charset = (charset || "utf8").trim().toLowerCase();
  const decoder = tryDecoder(charset);
  if (decoder) {
    return decoder;
  }
  const normalized = normalizeCharset(charset);
  const codePage = normalized.match(codePagePattern);
  const alias = codePage && codePageAliases.get(codePage[1]) || charsetAliases.get(normalized) || normalized;
  return tryDecoder(alias) || tryDecoder("windows-1252") || utf8Decoder;
}
async function blobToArrayBuffer(blob) {
  if ("arrayBuffer" in blob) {
    return await blob.arrayBuffer();
  }
  const fr = new FileReader();
  return new Promise((resolve, reject) => {
    fr.onload = () => {
      resolve(fr.result);
    };
    fr.onerror = () => {
      reject(fr.error);
    };
    fr.readAsArrayBuffer(blob);
  });
}
function hexNibble(c) {
  if (c >= 48 && c <= 57) {
    return c - 48;
  }
  if (c >= 97 && c <= 102) {
    return c - 97 + 10;
  }
  if (c >= 65 && c <= 70) {
    return c - 65 + 10;
  }
  return -1;
}
function decodeWord(charset, encoding, str) {
  let splitPos = charset.indexOf("*");
  if (splitPos >= 0) {
    charset = charset.slice(0, splitPos);
  }
  encoding = encoding.toUpperCase();
  let byteStr;
  if (encoding === "Q") {
    str = str.replace(/=\s+([0-9a-fA-F])/g, "=$1").replace(/[_\s]/g, " ");
    let buf = textEncoder.encode(str);
    let encodedBytes = [];
    for (let i = 0, len = buf.length; i < len; i++) {
      let c = buf[i];
      if (i <= len - 2 && c === 61) {
        let high = hexNibble(buf[i + 1]);
        let low = hexNibble(buf[i + 2]);
        if (high >= 0 && low >= 0) {
          encodedBytes.push(high << 4 | low);
          i += 2;
          continue;
        }
      }
      encodedBytes.push(c);
    }
    byteStr = new ArrayBuffer(encodedBytes.length);
    let dataView = new DataView(byteStr);
    for (let i = 0, len = encodedBytes.length; i < len; i++) {
      dataView.setUint8(i, encodedBytes[i]);
    }
  } else if (encoding === "B") {
    byteStr = decodeBase64(str.replace(/[^a-zA-Z0-9\+\/=]+/g, ""));
  } else {
    byteStr = textEncoder.encode(str);
  }
  return getDecoder(charset).decode(byteStr);
}
var ENCODED_WORD_PATTERN = "=\\?([^?\\s]+)\\?([QqBb])\\?([^?]*)\\?=";
var ENCODED_WORD_REGEX = new RegExp(ENCODED_WORD_PATTERN, "g");
var WORD_SEPARATOR_REGEX = /^[ \t\r\n]+$/;
var ENCODED_WORDS_ONLY_REGEX = new RegExp(`^(?:${ENCODED_WORD_PATTERN}\\s*)+$`);
function isEncodedWordsOnly(str) {
  return ENCODED_WORDS_ONLY_REGEX.test(str);
}
function splitEncodedWords(str) {
  const tokens = [];
  ENCODED_WORD_REGEX.lastIndex = 0;
  let pos = 0;
  let match;
  while (match = ENCODED_WORD_REGEX.exec(str)) {
    if (match.index > pos) {
      tokens.push({ text: str.substring(pos, match.index) });
    }
    tokens.push({ charset: match[1], encoding: match[2], encodedText: match[3] });
    pos = match.index + match[0].length;
  }
  if (pos < str.length) {
    tokens.push({ text: str.substring(pos) });
  }
  return tokens;
}
function canJoinWords(left, right) {
  const encoding = left.encoding.toUpperCase();
  if (left.charset !== right.charset || encoding !== right.encoding.toUpperCase()) {
    return false;
  }
  if (encoding === "B") {
    return left.encodedText.length % 4 === 0 && !/=$/.test(left.encodedText);
  }
  return true;
}
function renderTokens(tokens, joinWords) {
  let result = "";
  let pending = null;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.text !== void 0) {
      const nextToken = tokens[i + 1];
      if (pending && nextToken && nextToken.text === void 0 && WORD_SEPARATOR_REGEX.test(token.text)) {
        continue;
      }
      if (pending) {
        result += decodeWord(pending.charset, pending.encoding, pending.encodedText);
        pending = null;
      }
      result += token.text;
      continue;
    }
    if (pending && joinWords && canJoinWords(pending, token)) {
      pending.encodedText += token.encodedText;
      continue;
    }
    if (pending) {
      result += decodeWord(pending.charset, pending.encoding, pending.encodedText);
    }
    pending = { charset: token.charset, encoding: token.encoding, encodedText: token.encodedText };
  }
  if (pending) {
    result += decodeWord(pending.charset, pending.encoding, pending.encodedText);
  }
  return result;
}
function decodeWords(str) {
  const tokens = splitEncodedWords((str || "").toString());
  const result = renderTokens(tokens, true);
  return result.indexOf("�") < 0 ? result : renderTokens(tokens, false);
}
function decodeURIComponentWithCharset(encodedStr, charset) {
  charset = charset || "utf-8";
  let encodedBytes = [];
  for (let i = 0; i < encodedStr.length; i++) {
    let c = encodedStr.charAt(i);
    const high = c === "%" ? hexNibble(encodedStr.charCodeAt(i + 1)) : -1;
    const low = high >= 0 ? hexNibble(encodedStr.charCodeAt(i + 2)) : -1;
    if (low >= 0) {
      encodedBytes.push(high << 4 | low);
      i += 2;
    } else if (c.charCodeAt(0) > 126) {
      const bytes2 = textEncoder.encode(c);
      for (let j = 0; j < bytes2.length; j++) {
        encodedBytes.push(bytes2[j]);
      }
    } else {
      encodedBytes.push(c.charCodeAt(0));
    }
  }
  const byteStr = new ArrayBuffer(encodedBytes.length);
  const dataView = new DataView(byteStr);
  for (let i = 0, len = encodedBytes.length; i < len; i++) {
    dataView.setUint8(i, encodedBytes[i]);
  }
  return getDecoder(charset).decode(byteStr);
}
function decodeParameterValueContinuations(header) {
  let paramKeys = /* @__PURE__ */ new Map();
  Object.keys(header.params).forEach((key) => {
    let match = key.match(/\*((\d+)\*?)?$/);
    if (!match) {
      return;
    }
    let actualKey = key.slice(0, match.index).toLowerCase();
    let nr = Number(match[2]) || 0;
    let paramVal = paramKeys.get(actualKey);
    if (!paramVal) {
      paramVal = {
        charset: null,
        values: []
      };
      paramKeys.set(actualKey, paramVal);
    }
    let value = header.params[key];
    let encoded = match[0].charAt(match[0].length - 1) === "*";
    if (nr === 0 && encoded && (match = value.match(/^([^']*)'[^']*'(.*)$/))) {
      paramVal.charset = match[1] || "utf-8";
      value = match[2];
    }
    paramVal.values.push({ nr, value, encoded });
    delete header.params[key];
  });
  paramKeys.forEach((paramVal, key) => {
    let result = "";
    let pending = "";
    for (let part of paramVal.values.sort((a, b) => a.nr - b.nr)) {
      if (part.encoded) {
        pending += part.value;
        continue;
      }
      if (pending) {
        result += decodeURIComponentWithCharset(pending, paramVal.charset);
        pending = "";
      }
      result += part.value;
    }
    if (pending) {
      result += decodeURIComponentWithCharset(pending, paramVal.charset);
    }
    header.params[key] = result;
  });
}

// src/cli/byte-blob.ts
var encoder = new TextEncoder();
var newline = encoder.encode("\n");
function bytesOf(part) {
  if (typeof part === "string") return part === "\n" ? newline : encoder.encode(part);
  if (part instanceof ByteBlob) return part.bytes;
  if (part instanceof ArrayBuffer) return new Uint8Array(part);
  if (ArrayBuffer.isView(part)) return new Uint8Array(part.buffer, part.byteOffset, part.byteLength);
  return encoder.encode(String(part));
}
var ByteBlob = class {
  /** The joined bytes, copied when the blob is made (as Blob does), so later changes to a part do not show. */
  bytes;
  type;
  constructor(parts = [], options = {}) {
    const pieces = Array.from(parts, bytesOf);
    let length = 0;
    for (const piece of pieces) length += piece.byteLength;
    const bytes2 = new Uint8Array(length);
    let at = 0;
    for (const piece of pieces) {
      bytes2.set(piece, at);
      at += piece.byteLength;
    }
    this.bytes = bytes2;
    const type = options.type ?? "";
    this.type = /^[\x20-\x7e]*$/.test(type) ? type.toLowerCase() : "";
  }
  get size() {
    return this.bytes.byteLength;
  }
  /** A new ArrayBuffer on every call, like Blob's. */
  arrayBuffer() {
    return Promise.resolve(this.bytes.slice().buffer);
  }
  text() {
    return Promise.resolve(new TextDecoder().decode(this.bytes));
  }
};

// node_modules/postal-mime/dist/esm/pass-through-decoder.js
var PassThroughDecoder = class {
  constructor() {
    this.chunks = [];
  }
  update(line) {
    this.chunks.push(line);
    this.chunks.push("\n");
  }
  finalize() {
    return blobToArrayBuffer(new ByteBlob(this.chunks, { type: "application/octet-stream" }));
  }
};

// node_modules/postal-mime/dist/esm/base64-decoder.js
var Base64Decoder = class {
  constructor(opts) {
    opts = opts || {};
    this.decoder = opts.decoder || new TextDecoder();
    this.maxChunkSize = 100 * 1024;
    this.chunks = [];
    this.remainder = "";
  }
  pushChunk(base64Str) {
    if (base64Str.length) {
      this.chunks.push(decodeBase64(base64Str));
    }
  }
  flushRemainder() {
    this.pushChunk(this.remainder);
    this.remainder = "";
  }
  update(buffer) {
    let str = this.decoder.decode(buffer).replace(/[^a-zA-Z0-9+/=]+/g, "");
    const units = str.split(/=+/);
    for (let i = 0; i < units.length; i++) {
      this.remainder += units[i];
      if (i < units.length - 1) {
        this.flushRemainder();
      }
    }
    if (this.remainder.length >= this.maxChunkSize) {
      const alignedLength = Math.floor(this.remainder.length / 4) * 4;
      this.pushChunk(this.remainder.substring(0, alignedLength));
      this.remainder = this.remainder.substring(alignedLength);
    }
  }
  finalize() {
    this.flushRemainder();
    return blobToArrayBuffer(new ByteBlob(this.chunks, { type: "application/octet-stream" }));
  }
};

// node_modules/postal-mime/dist/esm/qp-decoder.js
var CHR_EQUALS = 61;
var CHR_LF = 10;
var QPDecoder = class {
  constructor() {
    this.maxChunkSize = 100 * 1024;
    this.buffer = new Uint8Array(this.maxChunkSize);
    this.bufferPos = 0;
    this.chunks = [];
  }
  writeByte(byte) {
    if (this.bufferPos >= this.buffer.length) {
      this.flushBuffer();
    }
    this.buffer[this.bufferPos++] = byte;
  }
  // Literal text is the bulk of a typical body, so it is copied in runs rather than a
  // byte at a time
  writeBytes(line, start, end) {
    while (start < end) {
      if (this.bufferPos >= this.buffer.length) {
        this.flushBuffer();
      }
      const count = Math.min(end - start, this.buffer.length - this.bufferPos);
      this.buffer.set(line.subarray(start, start + count), this.bufferPos);
      this.bufferPos += count;
      start += count;
    }
  }
  flushBuffer() {
    if (this.bufferPos) {
      this.chunks.push(this.buffer.slice(0, this.bufferPos));
      this.bufferPos = 0;
    }
  }
  // Quoted-printable source is 7 bit by definition, so it is decoded byte by byte and
  // the result is handed on as bytes. Running the body charset over the encoded source
  // instead corrupted every part whose charset was not ASCII compatible: the same
  // content that decoded correctly in base64 came out as mojibake in quoted-printable.
  update(line) {
    let len = line.length;
    const softBreak = len > 0 && line[len - 1] === CHR_EQUALS;
    if (softBreak) {
      len--;
    }
    let literalStart = 0;
    for (let i = 0; i < len; i++) {
      if (line[i] !== CHR_EQUALS || i + 2 >= len) {
        continue;
      }
      const high = hexNibble(line[i + 1]);
      const low = hexNibble(line[i + 2]);
      if (high < 0 || low < 0) {
        continue;
      }
      this.writeBytes(line, literalStart, i);
      this.writeByte(high << 4 | low);
      i += 2;
      literalStart = i + 1;
    }
    this.writeBytes(line, literalStart, len);
    if (!softBreak) {
      this.writeByte(CHR_LF);
    }
  }
  finalize() {
    this.flushBuffer();
    return blobToArrayBuffer(new ByteBlob(this.chunks, { type: "application/octet-stream" }));
  }
};

// node_modules/postal-mime/dist/esm/mime-node.js
var headerDecoder = new TextDecoder("utf-8", { ignoreBOM: true });
var isWsp = (c) => c === 32 || c === 9;
var trimWsp = (str) => {
  let start = 0;
  let end = str.length;
  while (start < end && isWsp(str.charCodeAt(start))) {
    start++;
  }
  while (end > start && isWsp(str.charCodeAt(end - 1))) {
    end--;
  }
  return str.slice(start, end);
};
var CONTENT_HEADERS = /* @__PURE__ */ new Set([
  "content-type",
  "content-transfer-encoding",
  "content-disposition",
  "content-id",
  "content-description"
]);
var MimeNode = class {
  constructor(options) {
    this.options = options;
    this.postalMime = options.postalMime;
    this.childNodes = [];
    this.finalizedChildCount = 0;
    if (options.parentNode) {
      this.parentNode = options.parentNode;
      this.depth = this.parentNode.depth + 1;
      if (this.depth > options.maxNestingDepth) {
        throw new Error(`Maximum MIME nesting depth of ${options.maxNestingDepth} levels exceeded`);
      }
      options.parentNode.childNodes.push(this);
    } else {
      this.depth = 0;
    }
    this.state = "header";
    this.headerLines = [];
    const parentMultipartType = options.parentMultipartType || null;
    const defaultContentType = parentMultipartType === "digest" ? "message/rfc822" : "text/plain";
    this.contentType = {
      value: defaultContentType,
      parsed: { value: defaultContentType, params: {} },
      multipart: false
    };
    this.contentTransferEncoding = {
      value: "8bit",
      encoding: ""
    };
    this.contentDisposition = {
      value: "",
      parsed: { value: "", params: {} }
    };
    this.headers = [];
    this.rawHeaderLines = [];
    this.contentDecoder = null;
    this.content = null;
  }
  setupContentDecoder(transferEncoding) {
    if (/base64/i.test(transferEncoding)) {
      this.contentDecoder = new Base64Decoder();
    } else if (/quoted-printable/i.test(transferEncoding)) {
      this.contentDecoder = new QPDecoder();
    } else {
      this.contentDecoder = new PassThroughDecoder();
    }
  }
  async finalize() {
    if (this.state === "finished") {
      return;
    }
    if (this.state === "header") {
      this.processHeaders();
    }
    let boundaries = this.postalMime.boundaries;
    for (let i = boundaries.length - 1; i >= 0; i--) {
      let boundary = boundaries[i];
      if (boundary.node === this) {
        boundaries.splice(i, 1);
        break;
      }
    }
    await this.finalizeChildNodes();
    this.content = this.contentDecoder ? await this.contentDecoder.finalize() : null;
    this.contentDecoder = null;
    this.state = "finished";
  }
  async finalizeChildNodes() {
    while (this.finalizedChildCount < this.childNodes.length) {
      await this.childNodes[this.finalizedChildCount++].finalize();
    }
  }
  // Strip RFC 822 comments (parenthesized text) from structured header values.
  //
  // Inside an unquoted parameter value a parenthesis that continues the current token is
  // content, because `filename=Invoice(1).pdf` is a filename and not a token followed by
  // a comment, and deleting the parens silently renames the attachment.
  stripComments(str) {
    let result = "";
    let depth = 0;
    let escaped = false;
    let inQuote = false;
    let commentStart = -1;
    let inParameterValue = false;
    let endsWithWsp = false;
    const append = (c) => {
      result += c;
      endsWithWsp = c === " " || c === "	";
    };
    const opensComment = () => !inParameterValue || !result.length || endsWithWsp;
    for (let i = 0; i < str.length; i++) {
      const chr = str.charAt(i);
      if (escaped) {
        if (depth === 0) {
          append(chr);
        }
        escaped = false;
        continue;
      }
      if (chr === "\\") {
        escaped = true;
        if (depth === 0) {
          append(chr);
        }
        continue;
      }
      if (chr === '"' && depth === 0) {
        inQuote = !inQuote;
        append(chr);
        continue;
      }
      if (!inQuote) {
        if (chr === "(" && opensComment()) {
          if (depth === 0) {
            commentStart = i;
          }
          depth++;
          continue;
        }
        if (chr === ")" && depth > 0) {
          depth--;
          continue;
        }
        if (depth === 0) {
          if (chr === "=") {
            inParameterValue = true;
          } else if (chr === ";") {
            inParameterValue = false;
          }
        }
      }
      if (depth === 0) {
        append(chr);
      }
    }
    if (depth === 0) {
      return result;
    }
    return str.indexOf(";", commentStart) < 0 ? result : str;
  }
  parseStructuredHeader(str) {
    str = this.stripComments(str);
    let response = {
      value: "",
      params: {}
    };
    let key = false;
    let value = "";
    let stage = "value";
    let pendingSpace = "";
    let quoteClosed = false;
    let quote = false;
    let escaped = false;
    let chr;
    const addChr = (c) => {
      if (value.length) {
        value += pendingSpace;
      }
      pendingSpace = "";
      value += c;
    };
    const takeValue = () => {
      const result = value;
      value = "";
      pendingSpace = "";
      quoteClosed = false;
      return result;
    };
    const storeParam = (name, result) => {
      if (!Object.prototype.hasOwnProperty.call(response.params, name)) {
        response.params[name] = result;
      }
    };
    const storeValue = () => {
      const result = takeValue();
      if (key === false) {
        response.value = result;
      } else {
        storeParam(key, result);
      }
    };
    const storeEmptyKey = () => {
      const name = takeValue().trim();
      if (name) {
        storeParam(name.toLowerCase(), "");
      }
    };
    for (let i = 0, len = str.length; i < len; i++) {
      chr = str.charAt(i);
      switch (stage) {
        case "key":
          if (chr === "=") {
            key = takeValue().trim().toLowerCase();
            stage = "value";
            break;
          }
          if (chr === ";") {
            storeEmptyKey();
            break;
          }
          value += chr;
          break;
        case "value":
          if (escaped) {
            addChr(chr);
          } else if (quote && chr === "\\") {
            escaped = true;
            continue;
          } else if (quote && chr === quote) {
            quote = false;
            quoteClosed = true;
          } else if (!quote && chr === '"') {
            quote = chr;
            if (value.length) {
              value += pendingSpace;
            }
            pendingSpace = "";
          } else if (!quote && chr === ";") {
            storeValue();
            stage = "key";
          } else if (!quote && (chr === " " || chr === "	")) {
            pendingSpace += chr;
          } else if (!quoteClosed) {
            addChr(chr);
          }
          escaped = false;
          break;
      }
    }
    if (stage === "value") {
      storeValue();
    } else {
      storeEmptyKey();
    }
    if (response.value) {
      response.value = response.value.toLowerCase();
    }
    decodeParameterValueContinuations(response);
    return response;
  }
  decodeFlowedText(str, delSp) {
    const parts = [];
    let lineStart = 0;
    let lineLength = 0;
    const lines = str.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
      let line = lines[i];
      if (line.charAt(0) === " ") {
        line = line.slice(1);
      }
      if (i) {
        const last = parts.length ? parts[parts.length - 1] : "";
        const isSignature = lineLength === 3 && parts.slice(lineStart).join("") === "-- ";
        if (last.endsWith(" ") && !isSignature) {
          if (delSp) {
            if (last.length > 1) {
              parts[parts.length - 1] = last.slice(0, -1);
            } else {
              parts.pop();
            }
            lineLength--;
          }
        } else {
          parts.push("\n");
          lineStart = parts.length;
          lineLength = 0;
        }
      }
      if (line) {
        parts.push(line);
        lineLength += line.length;
      }
    }
    return parts.join("");
  }
  getTextContent() {
    if (!this.content) {
      return "";
    }
    let str = getDecoder(this.contentType.parsed.params.charset).decode(this.content);
    if (/^flowed$/i.test(this.contentType.parsed.params.format)) {
      str = this.decodeFlowedText(str, /^yes$/i.test(this.contentType.parsed.params.delsp));
    }
    return str;
  }
  processHeaders() {
    let foldedLines = [];
    for (let line of this.headerLines) {
      if (foldedLines.length && /^[ \t]/.test(line)) {
        foldedLines[foldedLines.length - 1].push(line);
      } else {
        foldedLines.push([line]);
      }
    }
    let seenContentHeaders = /* @__PURE__ */ new Set();
    for (let parts of foldedLines) {
      let rawLine = parts.join("\n");
      let sep = rawLine.indexOf(":");
      let rawKey = trimWsp(sep < 0 ? rawLine : rawLine.slice(0, sep));
      this.rawHeaderLines.push({
        key: rawKey.toLowerCase(),
        line: rawLine
      });
      let unfoldedLine = parts.join("");
      sep = unfoldedLine.indexOf(":");
      let key = trimWsp(sep < 0 ? unfoldedLine : unfoldedLine.slice(0, sep));
      let value = sep < 0 ? "" : trimWsp(unfoldedLine.slice(sep + 1).replace(/[\r\n]+/g, " "));
      this.headers.push({ key: key.toLowerCase(), originalKey: key, value });
      const lowerKey = key.toLowerCase();
      if (CONTENT_HEADERS.has(lowerKey) && !seenContentHeaders.has(lowerKey)) {
        seenContentHeaders.add(lowerKey);
        switch (lowerKey) {
          case "content-type":
            this.contentType.value = value;
            break;
          case "content-transfer-encoding":
            this.contentTransferEncoding.value = value;
            break;
          case "content-disposition":
            this.contentDisposition.value = value;
            break;
          case "content-id":
            this.contentId = value;
            break;
          case "content-description":
            this.contentDescription = value;
            break;
        }
      }
    }
    this.contentType.parsed = this.parseStructuredHeader(this.contentType.value);
    this.contentType.multipart = /^multipart\//i.test(this.contentType.parsed.value) ? this.contentType.parsed.value.slice(this.contentType.parsed.value.indexOf("/") + 1) : false;
    if (this.contentType.multipart && this.contentType.parsed.params.boundary) {
      this.postalMime.boundaries.push({
        value: textEncoder.encode(this.contentType.parsed.params.boundary),
        node: this
      });
    }
    this.contentDisposition.parsed = this.parseStructuredHeader(this.contentDisposition.value);
    this.contentTransferEncoding.encoding = (this.stripComments(this.contentTransferEncoding.value).toLowerCase().match(/[\w-]+/) || [""])[0];
    this.setupContentDecoder(this.contentTransferEncoding.encoding);
  }
  feed(line) {
    switch (this.state) {
      case "header":
        if (!line.length) {
          this.state = "body";
          this.processHeaders();
          return;
        }
        this.postalMime.headerSize += line.length;
        if (this.postalMime.headerSize > this.options.maxHeadersSize) {
          let error = new Error(`Maximum header size of ${this.options.maxHeadersSize} bytes exceeded`);
          throw error;
        }
        this.headerLines.push(headerDecoder.decode(line));
        break;
      case "body":
        if (this.contentDecoder) {
          this.contentDecoder.update(line);
        }
        break;
    }
  }
};

// node_modules/postal-mime/dist/esm/html-entities.js
var htmlEntities = {
  "&AElig": "Æ",
  "&AElig;": "Æ",
  "&AMP": "&",
  "&AMP;": "&",
  "&Aacute": "Á",
  "&Aacute;": "Á",
  "&Abreve;": "Ă",
  "&Acirc": "Â",
  "&Acirc;": "Â",
  "&Acy;": "А",
  "&Afr;": "𝔄",
  "&Agrave": "À",
  "&Agrave;": "À",
  "&Alpha;": "Α",
  "&Amacr;": "Ā",
  "&And;": "⩓",
  "&Aogon;": "Ą",
  "&Aopf;": "𝔸",
  "&ApplyFunction;": "⁡",
  "&Aring": "Å",
  "&Aring;": "Å",
  "&Ascr;": "𝒜",
  "&Assign;": "≔",
  "&Atilde": "Ã",
  "&Atilde;": "Ã",
  "&Auml": "Ä",
  "&Auml;": "Ä",
  "&Backslash;": "∖",
  "&Barv;": "⫧",
  "&Barwed;": "⌆",
  "&Bcy;": "Б",
  "&Because;": "∵",
  "&Bernoullis;": "ℬ",
  "&Beta;": "Β",
  "&Bfr;": "𝔅",
  "&Bopf;": "𝔹",
  "&Breve;": "˘",
  "&Bscr;": "ℬ",
  "&Bumpeq;": "≎",
  "&CHcy;": "Ч",
  "&COPY": "©",
  "&COPY;": "©",
  "&Cacute;": "Ć",
  "&Cap;": "⋒",
  "&CapitalDifferentialD;": "ⅅ",
  "&Cayleys;": "ℭ",
  "&Ccaron;": "Č",
  "&Ccedil": "Ç",
  "&Ccedil;": "Ç",
  "&Ccirc;": "Ĉ",
  "&Cconint;": "∰",
  "&Cdot;": "Ċ",
  "&Cedilla;": "¸",
  "&CenterDot;": "·",
  "&Cfr;": "ℭ",
  "&Chi;": "Χ",
  "&CircleDot;": "⊙",
  "&CircleMinus;": "⊖",
  "&CirclePlus;": "⊕",
  "&CircleTimes;": "⊗",
  "&ClockwiseContourIntegral;": "∲",
  "&CloseCurlyDoubleQuote;": "”",
  "&CloseCurlyQuote;": "’",
  "&Colon;": "∷",
  "&Colone;": "⩴",
  "&Congruent;": "≡",
  "&Conint;": "∯",
  "&ContourIntegral;": "∮",
  "&Copf;": "ℂ",
  "&Coproduct;": "∐",
  "&CounterClockwiseContourIntegral;": "∳",
  "&Cross;": "⨯",
  "&Cscr;": "𝒞",
  "&Cup;": "⋓",
  "&CupCap;": "≍",
  "&DD;": "ⅅ",
  "&DDotrahd;": "⤑",
  "&DJcy;": "Ђ",
  "&DScy;": "Ѕ",
  "&DZcy;": "Џ",
  "&Dagger;": "‡",
  "&Darr;": "↡",
  "&Dashv;": "⫤",
  "&Dcaron;": "Ď",
  "&Dcy;": "Д",
  "&Del;": "∇",
  "&Delta;": "Δ",
  "&Dfr;": "𝔇",
  "&DiacriticalAcute;": "´",
  "&DiacriticalDot;": "˙",
  "&DiacriticalDoubleAcute;": "˝",
  "&DiacriticalGrave;": "`",
  "&DiacriticalTilde;": "˜",
  "&Diamond;": "⋄",
  "&DifferentialD;": "ⅆ",
  "&Dopf;": "𝔻",
  "&Dot;": "¨",
  "&DotDot;": "⃜",
  "&DotEqual;": "≐",
  "&DoubleContourIntegral;": "∯",
  "&DoubleDot;": "¨",
  "&DoubleDownArrow;": "⇓",
  "&DoubleLeftArrow;": "⇐",
  "&DoubleLeftRightArrow;": "⇔",
  "&DoubleLeftTee;": "⫤",
  "&DoubleLongLeftArrow;": "⟸",
  "&DoubleLongLeftRightArrow;": "⟺",
  "&DoubleLongRightArrow;": "⟹",
  "&DoubleRightArrow;": "⇒",
  "&DoubleRightTee;": "⊨",
  "&DoubleUpArrow;": "⇑",
  "&DoubleUpDownArrow;": "⇕",
  "&DoubleVerticalBar;": "∥",
  "&DownArrow;": "↓",
  "&DownArrowBar;": "⤓",
  "&DownArrowUpArrow;": "⇵",
  "&DownBreve;": "̑",
  "&DownLeftRightVector;": "⥐",
  "&DownLeftTeeVector;": "⥞",
  "&DownLeftVector;": "↽",
  "&DownLeftVectorBar;": "⥖",
  "&DownRightTeeVector;": "⥟",
  "&DownRightVector;": "⇁",
  "&DownRightVectorBar;": "⥗",
  "&DownTee;": "⊤",
  "&DownTeeArrow;": "↧",
  "&Downarrow;": "⇓",
  "&Dscr;": "𝒟",
  "&Dstrok;": "Đ",
  "&ENG;": "Ŋ",
  "&ETH": "Ð",
  "&ETH;": "Ð",
  "&Eacute": "É",
  "&Eacute;": "É",
  "&Ecaron;": "Ě",
  "&Ecirc": "Ê",
  "&Ecirc;": "Ê",
  "&Ecy;": "Э",
  "&Edot;": "Ė",
  "&Efr;": "𝔈",
  "&Egrave": "È",
  "&Egrave;": "È",
  "&Element;": "∈",
  "&Emacr;": "Ē",
  "&EmptySmallSquare;": "◻",
  "&EmptyVerySmallSquare;": "▫",
  "&Eogon;": "Ę",
  "&Eopf;": "𝔼",
  "&Epsilon;": "Ε",
  "&Equal;": "⩵",
  "&EqualTilde;": "≂",
  "&Equilibrium;": "⇌",
  "&Escr;": "ℰ",
  "&Esim;": "⩳",
  "&Eta;": "Η",
  "&Euml": "Ë",
  "&Euml;": "Ë",
  "&Exists;": "∃",
  "&ExponentialE;": "ⅇ",
  "&Fcy;": "Ф",
  "&Ffr;": "𝔉",
  "&FilledSmallSquare;": "◼",
  "&FilledVerySmallSquare;": "▪",
  "&Fopf;": "𝔽",
  "&ForAll;": "∀",
  "&Fouriertrf;": "ℱ",
  "&Fscr;": "ℱ",
  "&GJcy;": "Ѓ",
  "&GT": ">",
  "&GT;": ">",
  "&Gamma;": "Γ",
  "&Gammad;": "Ϝ",
  "&Gbreve;": "Ğ",
  "&Gcedil;": "Ģ",
  "&Gcirc;": "Ĝ",
  "&Gcy;": "Г",
  "&Gdot;": "Ġ",
  "&Gfr;": "𝔊",
  "&Gg;": "⋙",
  "&Gopf;": "𝔾",
  "&GreaterEqual;": "≥",
  "&GreaterEqualLess;": "⋛",
  "&GreaterFullEqual;": "≧",
  "&GreaterGreater;": "⪢",
  "&GreaterLess;": "≷",
  "&GreaterSlantEqual;": "⩾",
  "&GreaterTilde;": "≳",
  "&Gscr;": "𝒢",
  "&Gt;": "≫",
  "&HARDcy;": "Ъ",
  "&Hacek;": "ˇ",
  "&Hat;": "^",
  "&Hcirc;": "Ĥ",
  "&Hfr;": "ℌ",
  "&HilbertSpace;": "ℋ",
  "&Hopf;": "ℍ",
  "&HorizontalLine;": "─",
  "&Hscr;": "ℋ",
  "&Hstrok;": "Ħ",
  "&HumpDownHump;": "≎",
  "&HumpEqual;": "≏",
  "&IEcy;": "Е",
  "&IJlig;": "Ĳ",
  "&IOcy;": "Ё",
  "&Iacute": "Í",
  "&Iacute;": "Í",
  "&Icirc": "Î",
  "&Icirc;": "Î",
  "&Icy;": "И",
  "&Idot;": "İ",
  "&Ifr;": "ℑ",
  "&Igrave": "Ì",
  "&Igrave;": "Ì",
  "&Im;": "ℑ",
  "&Imacr;": "Ī",
  "&ImaginaryI;": "ⅈ",
  "&Implies;": "⇒",
  "&Int;": "∬",
  "&Integral;": "∫",
  "&Intersection;": "⋂",
  "&InvisibleComma;": "⁣",
  "&InvisibleTimes;": "⁢",
  "&Iogon;": "Į",
  "&Iopf;": "𝕀",
  "&Iota;": "Ι",
  "&Iscr;": "ℐ",
  "&Itilde;": "Ĩ",
  "&Iukcy;": "І",
  "&Iuml": "Ï",
  "&Iuml;": "Ï",
  "&Jcirc;": "Ĵ",
  "&Jcy;": "Й",
  "&Jfr;": "𝔍",
  "&Jopf;": "𝕁",
  "&Jscr;": "𝒥",
  "&Jsercy;": "Ј",
  "&Jukcy;": "Є",
  "&KHcy;": "Х",
  "&KJcy;": "Ќ",
  "&Kappa;": "Κ",
  "&Kcedil;": "Ķ",
  "&Kcy;": "К",
  "&Kfr;": "𝔎",
  "&Kopf;": "𝕂",
  "&Kscr;": "𝒦",
  "&LJcy;": "Љ",
  "&LT": "<",
  "&LT;": "<",
  "&Lacute;": "Ĺ",
  "&Lambda;": "Λ",
  "&Lang;": "⟪",
  "&Laplacetrf;": "ℒ",
  "&Larr;": "↞",
  "&Lcaron;": "Ľ",
  "&Lcedil;": "Ļ",
  "&Lcy;": "Л",
  "&LeftAngleBracket;": "⟨",
  "&LeftArrow;": "←",
  "&LeftArrowBar;": "⇤",
  "&LeftArrowRightArrow;": "⇆",
  "&LeftCeiling;": "⌈",
  "&LeftDoubleBracket;": "⟦",
  "&LeftDownTeeVector;": "⥡",
  "&LeftDownVector;": "⇃",
  "&LeftDownVectorBar;": "⥙",
  "&LeftFloor;": "⌊",
  "&LeftRightArrow;": "↔",
  "&LeftRightVector;": "⥎",
  "&LeftTee;": "⊣",
  "&LeftTeeArrow;": "↤",
  "&LeftTeeVector;": "⥚",
  "&LeftTriangle;": "⊲",
  "&LeftTriangleBar;": "⧏",
  "&LeftTriangleEqual;": "⊴",
  "&LeftUpDownVector;": "⥑",
  "&LeftUpTeeVector;": "⥠",
  "&LeftUpVector;": "↿",
  "&LeftUpVectorBar;": "⥘",
  "&LeftVector;": "↼",
  "&LeftVectorBar;": "⥒",
  "&Leftarrow;": "⇐",
  "&Leftrightarrow;": "⇔",
  "&LessEqualGreater;": "⋚",
  "&LessFullEqual;": "≦",
  "&LessGreater;": "≶",
  "&LessLess;": "⪡",
  "&LessSlantEqual;": "⩽",
  "&LessTilde;": "≲",
  "&Lfr;": "𝔏",
  "&Ll;": "⋘",
  "&Lleftarrow;": "⇚",
  "&Lmidot;": "Ŀ",
  "&LongLeftArrow;": "⟵",
  "&LongLeftRightArrow;": "⟷",
  "&LongRightArrow;": "⟶",
  "&Longleftarrow;": "⟸",
  "&Longleftrightarrow;": "⟺",
  "&Longrightarrow;": "⟹",
  "&Lopf;": "𝕃",
  "&LowerLeftArrow;": "↙",
  "&LowerRightArrow;": "↘",
  "&Lscr;": "ℒ",
  "&Lsh;": "↰",
  "&Lstrok;": "Ł",
  "&Lt;": "≪",
  "&Map;": "⤅",
  "&Mcy;": "М",
  "&MediumSpace;": " ",
  "&Mellintrf;": "ℳ",
  "&Mfr;": "𝔐",
  "&MinusPlus;": "∓",
  "&Mopf;": "𝕄",
  "&Mscr;": "ℳ",
  "&Mu;": "Μ",
  "&NJcy;": "Њ",
  "&Nacute;": "Ń",
  "&Ncaron;": "Ň",
  "&Ncedil;": "Ņ",
  "&Ncy;": "Н",
  "&NegativeMediumSpace;": "​",
  "&NegativeThickSpace;": "​",
  "&NegativeThinSpace;": "​",
  "&NegativeVeryThinSpace;": "​",
  "&NestedGreaterGreater;": "≫",
  "&NestedLessLess;": "≪",
  "&NewLine;": "\n",
  "&Nfr;": "𝔑",
  "&NoBreak;": "⁠",
  "&NonBreakingSpace;": " ",
  "&Nopf;": "ℕ",
  "&Not;": "⫬",
  "&NotCongruent;": "≢",
  "&NotCupCap;": "≭",
  "&NotDoubleVerticalBar;": "∦",
  "&NotElement;": "∉",
  "&NotEqual;": "≠",
  "&NotEqualTilde;": "≂̸",
  "&NotExists;": "∄",
  "&NotGreater;": "≯",
  "&NotGreaterEqual;": "≱",
  "&NotGreaterFullEqual;": "≧̸",
  "&NotGreaterGreater;": "≫̸",
  "&NotGreaterLess;": "≹",
  "&NotGreaterSlantEqual;": "⩾̸",
  "&NotGreaterTilde;": "≵",
  "&NotHumpDownHump;": "≎̸",
  "&NotHumpEqual;": "≏̸",
  "&NotLeftTriangle;": "⋪",
  "&NotLeftTriangleBar;": "⧏̸",
  "&NotLeftTriangleEqual;": "⋬",
  "&NotLess;": "≮",
  "&NotLessEqual;": "≰",
  "&NotLessGreater;": "≸",
  "&NotLessLess;": "≪̸",
  "&NotLessSlantEqual;": "⩽̸",
  "&NotLessTilde;": "≴",
  "&NotNestedGreaterGreater;": "⪢̸",
  "&NotNestedLessLess;": "⪡̸",
  "&NotPrecedes;": "⊀",
  "&NotPrecedesEqual;": "⪯̸",
  "&NotPrecedesSlantEqual;": "⋠",
  "&NotReverseElement;": "∌",
  "&NotRightTriangle;": "⋫",
  "&NotRightTriangleBar;": "⧐̸",
  "&NotRightTriangleEqual;": "⋭",
  "&NotSquareSubset;": "⊏̸",
  "&NotSquareSubsetEqual;": "⋢",
  "&NotSquareSuperset;": "⊐̸",
  "&NotSquareSupersetEqual;": "⋣",
  "&NotSubset;": "⊂⃒",
  "&NotSubsetEqual;": "⊈",
  "&NotSucceeds;": "⊁",
  "&NotSucceedsEqual;": "⪰̸",
  "&NotSucceedsSlantEqual;": "⋡",
  "&NotSucceedsTilde;": "≿̸",
  "&NotSuperset;": "⊃⃒",
  "&NotSupersetEqual;": "⊉",
  "&NotTilde;": "≁",
  "&NotTildeEqual;": "≄",
  "&NotTildeFullEqual;": "≇",
  "&NotTildeTilde;": "≉",
  "&NotVerticalBar;": "∤",
  "&Nscr;": "𝒩",
  "&Ntilde": "Ñ",
  "&Ntilde;": "Ñ",
  "&Nu;": "Ν",
  "&OElig;": "Œ",
  "&Oacute": "Ó",
  "&Oacute;": "Ó",
  "&Ocirc": "Ô",
  "&Ocirc;": "Ô",
  "&Ocy;": "О",
  "&Odblac;": "Ő",
  "&Ofr;": "𝔒",
  "&Ograve": "Ò",
  "&Ograve;": "Ò",
  "&Omacr;": "Ō",
  "&Omega;": "Ω",
  "&Omicron;": "Ο",
  "&Oopf;": "𝕆",
  "&OpenCurlyDoubleQuote;": "“",
  "&OpenCurlyQuote;": "‘",
  "&Or;": "⩔",
  "&Oscr;": "𝒪",
  "&Oslash": "Ø",
  "&Oslash;": "Ø",
  "&Otilde": "Õ",
  "&Otilde;": "Õ",
  "&Otimes;": "⨷",
  "&Ouml": "Ö",
  "&Ouml;": "Ö",
  "&OverBar;": "‾",
  "&OverBrace;": "⏞",
  "&OverBracket;": "⎴",
  "&OverParenthesis;": "⏜",
  "&PartialD;": "∂",
  "&Pcy;": "П",
  "&Pfr;": "𝔓",
  "&Phi;": "Φ",
  "&Pi;": "Π",
  "&PlusMinus;": "±",
  "&Poincareplane;": "ℌ",
  "&Popf;": "ℙ",
  "&Pr;": "⪻",
  "&Precedes;": "≺",
  "&PrecedesEqual;": "⪯",
  "&PrecedesSlantEqual;": "≼",
  "&PrecedesTilde;": "≾",
  "&Prime;": "″",
  "&Product;": "∏",
  "&Proportion;": "∷",
  "&Proportional;": "∝",
  "&Pscr;": "𝒫",
  "&Psi;": "Ψ",
  "&QUOT": '"',
  "&QUOT;": '"',
  "&Qfr;": "𝔔",
  "&Qopf;": "ℚ",
  "&Qscr;": "𝒬",
  "&RBarr;": "⤐",
  "&REG": "®",
  "&REG;": "®",
  "&Racute;": "Ŕ",
  "&Rang;": "⟫",
  "&Rarr;": "↠",
  "&Rarrtl;": "⤖",
  "&Rcaron;": "Ř",
  "&Rcedil;": "Ŗ",
  "&Rcy;": "Р",
  "&Re;": "ℜ",
  "&ReverseElement;": "∋",
  "&ReverseEquilibrium;": "⇋",
  "&ReverseUpEquilibrium;": "⥯",
  "&Rfr;": "ℜ",
  "&Rho;": "Ρ",
  "&RightAngleBracket;": "⟩",
  "&RightArrow;": "→",
  "&RightArrowBar;": "⇥",
  "&RightArrowLeftArrow;": "⇄",
  "&RightCeiling;": "⌉",
  "&RightDoubleBracket;": "⟧",
  "&RightDownTeeVector;": "⥝",
  "&RightDownVector;": "⇂",
  "&RightDownVectorBar;": "⥕",
  "&RightFloor;": "⌋",
  "&RightTee;": "⊢",
  "&RightTeeArrow;": "↦",
  "&RightTeeVector;": "⥛",
  "&RightTriangle;": "⊳",
  "&RightTriangleBar;": "⧐",
  "&RightTriangleEqual;": "⊵",
  "&RightUpDownVector;": "⥏",
  "&RightUpTeeVector;": "⥜",
  "&RightUpVector;": "↾",
  "&RightUpVectorBar;": "⥔",
  "&RightVector;": "⇀",
  "&RightVectorBar;": "⥓",
  "&Rightarrow;": "⇒",
  "&Ropf;": "ℝ",
  "&RoundImplies;": "⥰",
  "&Rrightarrow;": "⇛",
  "&Rscr;": "ℛ",
  "&Rsh;": "↱",
  "&RuleDelayed;": "⧴",
  "&SHCHcy;": "Щ",
  "&SHcy;": "Ш",
  "&SOFTcy;": "Ь",
  "&Sacute;": "Ś",
  "&Sc;": "⪼",
  "&Scaron;": "Š",
  "&Scedil;": "Ş",
  "&Scirc;": "Ŝ",
  "&Scy;": "С",
  "&Sfr;": "𝔖",
  "&ShortDownArrow;": "↓",
  "&ShortLeftArrow;": "←",
  "&ShortRightArrow;": "→",
  "&ShortUpArrow;": "↑",
  "&Sigma;": "Σ",
  "&SmallCircle;": "∘",
  "&Sopf;": "𝕊",
  "&Sqrt;": "√",
  "&Square;": "□",
  "&SquareIntersection;": "⊓",
  "&SquareSubset;": "⊏",
  "&SquareSubsetEqual;": "⊑",
  "&SquareSuperset;": "⊐",
  "&SquareSupersetEqual;": "⊒",
  "&SquareUnion;": "⊔",
  "&Sscr;": "𝒮",
  "&Star;": "⋆",
  "&Sub;": "⋐",
  "&Subset;": "⋐",
  "&SubsetEqual;": "⊆",
  "&Succeeds;": "≻",
  "&SucceedsEqual;": "⪰",
  "&SucceedsSlantEqual;": "≽",
  "&SucceedsTilde;": "≿",
  "&SuchThat;": "∋",
  "&Sum;": "∑",
  "&Sup;": "⋑",
  "&Superset;": "⊃",
  "&SupersetEqual;": "⊇",
  "&Supset;": "⋑",
  "&THORN": "Þ",
  "&THORN;": "Þ",
  "&TRADE;": "™",
  "&TSHcy;": "Ћ",
  "&TScy;": "Ц",
  "&Tab;": "	",
  "&Tau;": "Τ",
  "&Tcaron;": "Ť",
  "&Tcedil;": "Ţ",
  "&Tcy;": "Т",
  "&Tfr;": "𝔗",
  "&Therefore;": "∴",
  "&Theta;": "Θ",
  "&ThickSpace;": "  ",
  "&ThinSpace;": " ",
  "&Tilde;": "∼",
  "&TildeEqual;": "≃",
  "&TildeFullEqual;": "≅",
  "&TildeTilde;": "≈",
  "&Topf;": "𝕋",
  "&TripleDot;": "⃛",
  "&Tscr;": "𝒯",
  "&Tstrok;": "Ŧ",
  "&Uacute": "Ú",
  "&Uacute;": "Ú",
  "&Uarr;": "↟",
  "&Uarrocir;": "⥉",
  "&Ubrcy;": "Ў",
  "&Ubreve;": "Ŭ",
  "&Ucirc": "Û",
  "&Ucirc;": "Û",
  "&Ucy;": "У",
  "&Udblac;": "Ű",
  "&Ufr;": "𝔘",
  "&Ugrave": "Ù",
  "&Ugrave;": "Ù",
  "&Umacr;": "Ū",
  "&UnderBar;": "_",
  "&UnderBrace;": "⏟",
  "&UnderBracket;": "⎵",
  "&UnderParenthesis;": "⏝",
  "&Union;": "⋃",
  "&UnionPlus;": "⊎",
  "&Uogon;": "Ų",
  "&Uopf;": "𝕌",
  "&UpArrow;": "↑",
  "&UpArrowBar;": "⤒",
  "&UpArrowDownArrow;": "⇅",
  "&UpDownArrow;": "↕",
  "&UpEquilibrium;": "⥮",
  "&UpTee;": "⊥",
  "&UpTeeArrow;": "↥",
  "&Uparrow;": "⇑",
  "&Updownarrow;": "⇕",
  "&UpperLeftArrow;": "↖",
  "&UpperRightArrow;": "↗",
  "&Upsi;": "ϒ",
  "&Upsilon;": "Υ",
  "&Uring;": "Ů",
  "&Uscr;": "𝒰",
  "&Utilde;": "Ũ",
  "&Uuml": "Ü",
  "&Uuml;": "Ü",
  "&VDash;": "⊫",
  "&Vbar;": "⫫",
  "&Vcy;": "В",
  "&Vdash;": "⊩",
  "&Vdashl;": "⫦",
  "&Vee;": "⋁",
  "&Verbar;": "‖",
  "&Vert;": "‖",
  "&VerticalBar;": "∣",
  "&VerticalLine;": "|",
  "&VerticalSeparator;": "❘",
  "&VerticalTilde;": "≀",
  "&VeryThinSpace;": " ",
  "&Vfr;": "𝔙",
  "&Vopf;": "𝕍",
  "&Vscr;": "𝒱",
  "&Vvdash;": "⊪",
  "&Wcirc;": "Ŵ",
  "&Wedge;": "⋀",
  "&Wfr;": "𝔚",
  "&Wopf;": "𝕎",
  "&Wscr;": "𝒲",
  "&Xfr;": "𝔛",
  "&Xi;": "Ξ",
  "&Xopf;": "𝕏",
  "&Xscr;": "𝒳",
  "&YAcy;": "Я",
  "&YIcy;": "Ї",
  "&YUcy;": "Ю",
  "&Yacute": "Ý",
  "&Yacute;": "Ý",
  "&Ycirc;": "Ŷ",
  "&Ycy;": "Ы",
  "&Yfr;": "𝔜",
  "&Yopf;": "𝕐",
  "&Yscr;": "𝒴",
  "&Yuml;": "Ÿ",
  "&ZHcy;": "Ж",
  "&Zacute;": "Ź",
  "&Zcaron;": "Ž",
  "&Zcy;": "З",
  "&Zdot;": "Ż",
  "&ZeroWidthSpace;": "​",
  "&Zeta;": "Ζ",
  "&Zfr;": "ℨ",
  "&Zopf;": "ℤ",
  "&Zscr;": "𝒵",
  "&aacute": "á",
  "&aacute;": "á",
  "&abreve;": "ă",
  "&ac;": "∾",
  "&acE;": "∾̳",
  "&acd;": "∿",
  "&acirc": "â",
  "&acirc;": "â",
  "&acute": "´",
  "&acute;": "´",
  "&acy;": "а",
  "&aelig": "æ",
  "&aelig;": "æ",
  "&af;": "⁡",
  "&afr;": "𝔞",
  "&agrave": "à",
  "&agrave;": "à",
  "&alefsym;": "ℵ",
  "&aleph;": "ℵ",
  "&alpha;": "α",
  "&amacr;": "ā",
  "&amalg;": "⨿",
  "&amp": "&",
  "&amp;": "&",
  "&and;": "∧",
  "&andand;": "⩕",
  "&andd;": "⩜",
  "&andslope;": "⩘",
  "&andv;": "⩚",
  "&ang;": "∠",
  "&ange;": "⦤",
  "&angle;": "∠",
  "&angmsd;": "∡",
  "&angmsdaa;": "⦨",
  "&angmsdab;": "⦩",
  "&angmsdac;": "⦪",
  "&angmsdad;": "⦫",
  "&angmsdae;": "⦬",
  "&angmsdaf;": "⦭",
  "&angmsdag;": "⦮",
  "&angmsdah;": "⦯",
  "&angrt;": "∟",
  "&angrtvb;": "⊾",
  "&angrtvbd;": "⦝",
  "&angsph;": "∢",
  "&angst;": "Å",
  "&angzarr;": "⍼",
  "&aogon;": "ą",
  "&aopf;": "𝕒",
  "&ap;": "≈",
  "&apE;": "⩰",
  "&apacir;": "⩯",
  "&ape;": "≊",
  "&apid;": "≋",
  "&apos;": "'",
  "&approx;": "≈",
  "&approxeq;": "≊",
  "&aring": "å",
  "&aring;": "å",
  "&ascr;": "𝒶",
  "&ast;": "*",
  "&asymp;": "≈",
  "&asympeq;": "≍",
  "&atilde": "ã",
  "&atilde;": "ã",
  "&auml": "ä",
  "&auml;": "ä",
  "&awconint;": "∳",
  "&awint;": "⨑",
  "&bNot;": "⫭",
  "&backcong;": "≌",
  "&backepsilon;": "϶",
  "&backprime;": "‵",
  "&backsim;": "∽",
  "&backsimeq;": "⋍",
  "&barvee;": "⊽",
  "&barwed;": "⌅",
  "&barwedge;": "⌅",
  "&bbrk;": "⎵",
  "&bbrktbrk;": "⎶",
  "&bcong;": "≌",
  "&bcy;": "б",
  "&bdquo;": "„",
  "&becaus;": "∵",
  "&because;": "∵",
  "&bemptyv;": "⦰",
  "&bepsi;": "϶",
  "&bernou;": "ℬ",
  "&beta;": "β",
  "&beth;": "ℶ",
  "&between;": "≬",
  "&bfr;": "𝔟",
  "&bigcap;": "⋂",
  "&bigcirc;": "◯",
  "&bigcup;": "⋃",
  "&bigodot;": "⨀",
  "&bigoplus;": "⨁",
  "&bigotimes;": "⨂",
  "&bigsqcup;": "⨆",
  "&bigstar;": "★",
  "&bigtriangledown;": "▽",
  "&bigtriangleup;": "△",
  "&biguplus;": "⨄",
  "&bigvee;": "⋁",
  "&bigwedge;": "⋀",
  "&bkarow;": "⤍",
  "&blacklozenge;": "⧫",
  "&blacksquare;": "▪",
  "&blacktriangle;": "▴",
  "&blacktriangledown;": "▾",
  "&blacktriangleleft;": "◂",
  "&blacktriangleright;": "▸",
  "&blank;": "␣",
  "&blk12;": "▒",
  "&blk14;": "░",
  "&blk34;": "▓",
  "&block;": "█",
  "&bne;": "=⃥",
  "&bnequiv;": "≡⃥",
  "&bnot;": "⌐",
  "&bopf;": "𝕓",
  "&bot;": "⊥",
  "&bottom;": "⊥",
  "&bowtie;": "⋈",
  "&boxDL;": "╗",
  "&boxDR;": "╔",
  "&boxDl;": "╖",
  "&boxDr;": "╓",
  "&boxH;": "═",
  "&boxHD;": "╦",
  "&boxHU;": "╩",
  "&boxHd;": "╤",
  "&boxHu;": "╧",
  "&boxUL;": "╝",
  "&boxUR;": "╚",
  "&boxUl;": "╜",
  "&boxUr;": "╙",
  "&boxV;": "║",
  "&boxVH;": "╬",
  "&boxVL;": "╣",
  "&boxVR;": "╠",
  "&boxVh;": "╫",
  "&boxVl;": "╢",
  "&boxVr;": "╟",
  "&boxbox;": "⧉",
  "&boxdL;": "╕",
  "&boxdR;": "╒",
  "&boxdl;": "┐",
  "&boxdr;": "┌",
  "&boxh;": "─",
  "&boxhD;": "╥",
  "&boxhU;": "╨",
  "&boxhd;": "┬",
  "&boxhu;": "┴",
  "&boxminus;": "⊟",
  "&boxplus;": "⊞",
  "&boxtimes;": "⊠",
  "&boxuL;": "╛",
  "&boxuR;": "╘",
  "&boxul;": "┘",
  "&boxur;": "└",
  "&boxv;": "│",
  "&boxvH;": "╪",
  "&boxvL;": "╡",
  "&boxvR;": "╞",
  "&boxvh;": "┼",
  "&boxvl;": "┤",
  "&boxvr;": "├",
  "&bprime;": "‵",
  "&breve;": "˘",
  "&brvbar": "¦",
  "&brvbar;": "¦",
  "&bscr;": "𝒷",
  "&bsemi;": "⁏",
  "&bsim;": "∽",
  "&bsime;": "⋍",
  "&bsol;": "\\",
  "&bsolb;": "⧅",
  "&bsolhsub;": "⟈",
  "&bull;": "•",
  "&bullet;": "•",
  "&bump;": "≎",
  "&bumpE;": "⪮",
  "&bumpe;": "≏",
  "&bumpeq;": "≏",
  "&cacute;": "ć",
  "&cap;": "∩",
  "&capand;": "⩄",
  "&capbrcup;": "⩉",
  "&capcap;": "⩋",
  "&capcup;": "⩇",
  "&capdot;": "⩀",
  "&caps;": "∩︀",
  "&caret;": "⁁",
  "&caron;": "ˇ",
  "&ccaps;": "⩍",
  "&ccaron;": "č",
  "&ccedil": "ç",
  "&ccedil;": "ç",
  "&ccirc;": "ĉ",
  "&ccups;": "⩌",
  "&ccupssm;": "⩐",
  "&cdot;": "ċ",
  "&cedil": "¸",
  "&cedil;": "¸",
  "&cemptyv;": "⦲",
  "&cent": "¢",
  "&cent;": "¢",
  "&centerdot;": "·",
  "&cfr;": "𝔠",
  "&chcy;": "ч",
  "&check;": "✓",
  "&checkmark;": "✓",
  "&chi;": "χ",
  "&cir;": "○",
  "&cirE;": "⧃",
  "&circ;": "ˆ",
  "&circeq;": "≗",
  "&circlearrowleft;": "↺",
  "&circlearrowright;": "↻",
  "&circledR;": "®",
  "&circledS;": "Ⓢ",
  "&circledast;": "⊛",
  "&circledcirc;": "⊚",
  "&circleddash;": "⊝",
  "&cire;": "≗",
  "&cirfnint;": "⨐",
  "&cirmid;": "⫯",
  "&cirscir;": "⧂",
  "&clubs;": "♣",
  "&clubsuit;": "♣",
  "&colon;": ":",
  "&colone;": "≔",
  "&coloneq;": "≔",
  "&comma;": ",",
  "&commat;": "@",
  "&comp;": "∁",
  "&compfn;": "∘",
  "&complement;": "∁",
  "&complexes;": "ℂ",
  "&cong;": "≅",
  "&congdot;": "⩭",
  "&conint;": "∮",
  "&copf;": "𝕔",
  "&coprod;": "∐",
  "&copy": "©",
  "&copy;": "©",
  "&copysr;": "℗",
  "&crarr;": "↵",
  "&cross;": "✗",
  "&cscr;": "𝒸",
  "&csub;": "⫏",
  "&csube;": "⫑",
  "&csup;": "⫐",
  "&csupe;": "⫒",
  "&ctdot;": "⋯",
  "&cudarrl;": "⤸",
  "&cudarrr;": "⤵",
  "&cuepr;": "⋞",
  "&cuesc;": "⋟",
  "&cularr;": "↶",
  "&cularrp;": "⤽",
  "&cup;": "∪",
  "&cupbrcap;": "⩈",
  "&cupcap;": "⩆",
  "&cupcup;": "⩊",
  "&cupdot;": "⊍",
  "&cupor;": "⩅",
  "&cups;": "∪︀",
  "&curarr;": "↷",
  "&curarrm;": "⤼",
  "&curlyeqprec;": "⋞",
  "&curlyeqsucc;": "⋟",
  "&curlyvee;": "⋎",
  "&curlywedge;": "⋏",
  "&curren": "¤",
  "&curren;": "¤",
  "&curvearrowleft;": "↶",
  "&curvearrowright;": "↷",
  "&cuvee;": "⋎",
  "&cuwed;": "⋏",
  "&cwconint;": "∲",
  "&cwint;": "∱",
  "&cylcty;": "⌭",
  "&dArr;": "⇓",
  "&dHar;": "⥥",
  "&dagger;": "†",
  "&daleth;": "ℸ",
  "&darr;": "↓",
  "&dash;": "‐",
  "&dashv;": "⊣",
  "&dbkarow;": "⤏",
  "&dblac;": "˝",
  "&dcaron;": "ď",
  "&dcy;": "д",
  "&dd;": "ⅆ",
  "&ddagger;": "‡",
  "&ddarr;": "⇊",
  "&ddotseq;": "⩷",
  "&deg": "°",
  "&deg;": "°",
  "&delta;": "δ",
  "&demptyv;": "⦱",
  "&dfisht;": "⥿",
  "&dfr;": "𝔡",
  "&dharl;": "⇃",
  "&dharr;": "⇂",
  "&diam;": "⋄",
  "&diamond;": "⋄",
  "&diamondsuit;": "♦",
  "&diams;": "♦",
  "&die;": "¨",
  "&digamma;": "ϝ",
  "&disin;": "⋲",
  "&div;": "÷",
  "&divide": "÷",
  "&divide;": "÷",
  "&divideontimes;": "⋇",
  "&divonx;": "⋇",
  "&djcy;": "ђ",
  "&dlcorn;": "⌞",
  "&dlcrop;": "⌍",
  "&dollar;": "$",
  "&dopf;": "𝕕",
  "&dot;": "˙",
  "&doteq;": "≐",
  "&doteqdot;": "≑",
  "&dotminus;": "∸",
  "&dotplus;": "∔",
  "&dotsquare;": "⊡",
  "&doublebarwedge;": "⌆",
  "&downarrow;": "↓",
  "&downdownarrows;": "⇊",
  "&downharpoonleft;": "⇃",
  "&downharpoonright;": "⇂",
  "&drbkarow;": "⤐",
  "&drcorn;": "⌟",
  "&drcrop;": "⌌",
  "&dscr;": "𝒹",
  "&dscy;": "ѕ",
  "&dsol;": "⧶",
  "&dstrok;": "đ",
  "&dtdot;": "⋱",
  "&dtri;": "▿",
  "&dtrif;": "▾",
  "&duarr;": "⇵",
  "&duhar;": "⥯",
  "&dwangle;": "⦦",
  "&dzcy;": "џ",
  "&dzigrarr;": "⟿",
  "&eDDot;": "⩷",
  "&eDot;": "≑",
  "&eacute": "é",
  "&eacute;": "é",
  "&easter;": "⩮",
  "&ecaron;": "ě",
  "&ecir;": "≖",
  "&ecirc": "ê",
  "&ecirc;": "ê",
  "&ecolon;": "≕",
  "&ecy;": "э",
  "&edot;": "ė",
  "&ee;": "ⅇ",
  "&efDot;": "≒",
  "&efr;": "𝔢",
  "&eg;": "⪚",
  "&egrave": "è",
  "&egrave;": "è",
  "&egs;": "⪖",
  "&egsdot;": "⪘",
  "&el;": "⪙",
  "&elinters;": "⏧",
  "&ell;": "ℓ",
  "&els;": "⪕",
  "&elsdot;": "⪗",
  "&emacr;": "ē",
  "&empty;": "∅",
  "&emptyset;": "∅",
  "&emptyv;": "∅",
  "&emsp13;": " ",
  "&emsp14;": " ",
  "&emsp;": " ",
  "&eng;": "ŋ",
  "&ensp;": " ",
  "&eogon;": "ę",
  "&eopf;": "𝕖",
  "&epar;": "⋕",
  "&eparsl;": "⧣",
  "&eplus;": "⩱",
  "&epsi;": "ε",
  "&epsilon;": "ε",
  "&epsiv;": "ϵ",
  "&eqcirc;": "≖",
  "&eqcolon;": "≕",
  "&eqsim;": "≂",
  "&eqslantgtr;": "⪖",
  "&eqslantless;": "⪕",
  "&equals;": "=",
  "&equest;": "≟",
  "&equiv;": "≡",
  "&equivDD;": "⩸",
  "&eqvparsl;": "⧥",
  "&erDot;": "≓",
  "&erarr;": "⥱",
  "&escr;": "ℯ",
  "&esdot;": "≐",
  "&esim;": "≂",
  "&eta;": "η",
  "&eth": "ð",
  "&eth;": "ð",
  "&euml": "ë",
  "&euml;": "ë",
  "&euro;": "€",
  "&excl;": "!",
  "&exist;": "∃",
  "&expectation;": "ℰ",
  "&exponentiale;": "ⅇ",
  "&fallingdotseq;": "≒",
  "&fcy;": "ф",
  "&female;": "♀",
  "&ffilig;": "ﬃ",
  "&fflig;": "ﬀ",
  "&ffllig;": "ﬄ",
  "&ffr;": "𝔣",
  "&filig;": "ﬁ",
  "&fjlig;": "fj",
  "&flat;": "♭",
  "&fllig;": "ﬂ",
  "&fltns;": "▱",
  "&fnof;": "ƒ",
  "&fopf;": "𝕗",
  "&forall;": "∀",
  "&fork;": "⋔",
  "&forkv;": "⫙",
  "&fpartint;": "⨍",
  "&frac12": "½",
  "&frac12;": "½",
  "&frac13;": "⅓",
  "&frac14": "¼",
  "&frac14;": "¼",
  "&frac15;": "⅕",
  "&frac16;": "⅙",
  "&frac18;": "⅛",
  "&frac23;": "⅔",
  "&frac25;": "⅖",
  "&frac34": "¾",
  "&frac34;": "¾",
  "&frac35;": "⅗",
  "&frac38;": "⅜",
  "&frac45;": "⅘",
  "&frac56;": "⅚",
  "&frac58;": "⅝",
  "&frac78;": "⅞",
  "&frasl;": "⁄",
  "&frown;": "⌢",
  "&fscr;": "𝒻",
  "&gE;": "≧",
  "&gEl;": "⪌",
  "&gacute;": "ǵ",
  "&gamma;": "γ",
  "&gammad;": "ϝ",
  "&gap;": "⪆",
  "&gbreve;": "ğ",
  "&gcirc;": "ĝ",
  "&gcy;": "г",
  "&gdot;": "ġ",
  "&ge;": "≥",
  "&gel;": "⋛",
  "&geq;": "≥",
  "&geqq;": "≧",
  "&geqslant;": "⩾",
  "&ges;": "⩾",
  "&gescc;": "⪩",
  "&gesdot;": "⪀",
  "&gesdoto;": "⪂",
  "&gesdotol;": "⪄",
  "&gesl;": "⋛︀",
  "&gesles;": "⪔",
  "&gfr;": "𝔤",
  "&gg;": "≫",
  "&ggg;": "⋙",
  "&gimel;": "ℷ",
  "&gjcy;": "ѓ",
  "&gl;": "≷",
  "&glE;": "⪒",
  "&gla;": "⪥",
  "&glj;": "⪤",
  "&gnE;": "≩",
  "&gnap;": "⪊",
  "&gnapprox;": "⪊",
  "&gne;": "⪈",
  "&gneq;": "⪈",
  "&gneqq;": "≩",
  "&gnsim;": "⋧",
  "&gopf;": "𝕘",
  "&grave;": "`",
  "&gscr;": "ℊ",
  "&gsim;": "≳",
  "&gsime;": "⪎",
  "&gsiml;": "⪐",
  "&gt": ">",
  "&gt;": ">",
  "&gtcc;": "⪧",
  "&gtcir;": "⩺",
  "&gtdot;": "⋗",
  "&gtlPar;": "⦕",
  "&gtquest;": "⩼",
  "&gtrapprox;": "⪆",
  "&gtrarr;": "⥸",
  "&gtrdot;": "⋗",
  "&gtreqless;": "⋛",
  "&gtreqqless;": "⪌",
  "&gtrless;": "≷",
  "&gtrsim;": "≳",
  "&gvertneqq;": "≩︀",
  "&gvnE;": "≩︀",
  "&hArr;": "⇔",
  "&hairsp;": " ",
  "&half;": "½",
  "&hamilt;": "ℋ",
  "&hardcy;": "ъ",
  "&harr;": "↔",
  "&harrcir;": "⥈",
  "&harrw;": "↭",
  "&hbar;": "ℏ",
  "&hcirc;": "ĥ",
  "&hearts;": "♥",
  "&heartsuit;": "♥",
  "&hellip;": "…",
  "&hercon;": "⊹",
  "&hfr;": "𝔥",
  "&hksearow;": "⤥",
  "&hkswarow;": "⤦",
  "&hoarr;": "⇿",
  "&homtht;": "∻",
  "&hookleftarrow;": "↩",
  "&hookrightarrow;": "↪",
  "&hopf;": "𝕙",
  "&horbar;": "―",
  "&hscr;": "𝒽",
  "&hslash;": "ℏ",
  "&hstrok;": "ħ",
  "&hybull;": "⁃",
  "&hyphen;": "‐",
  "&iacute": "í",
  "&iacute;": "í",
  "&ic;": "⁣",
  "&icirc": "î",
  "&icirc;": "î",
  "&icy;": "и",
  "&iecy;": "е",
  "&iexcl": "¡",
  "&iexcl;": "¡",
  "&iff;": "⇔",
  "&ifr;": "𝔦",
  "&igrave": "ì",
  "&igrave;": "ì",
  "&ii;": "ⅈ",
  "&iiiint;": "⨌",
  "&iiint;": "∭",
  "&iinfin;": "⧜",
  "&iiota;": "℩",
  "&ijlig;": "ĳ",
  "&imacr;": "ī",
  "&image;": "ℑ",
  "&imagline;": "ℐ",
  "&imagpart;": "ℑ",
  "&imath;": "ı",
  "&imof;": "⊷",
  "&imped;": "Ƶ",
  "&in;": "∈",
  "&incare;": "℅",
  "&infin;": "∞",
  "&infintie;": "⧝",
  "&inodot;": "ı",
  "&int;": "∫",
  "&intcal;": "⊺",
  "&integers;": "ℤ",
  "&intercal;": "⊺",
  "&intlarhk;": "⨗",
  "&intprod;": "⨼",
  "&iocy;": "ё",
  "&iogon;": "į",
  "&iopf;": "𝕚",
  "&iota;": "ι",
  "&iprod;": "⨼",
  "&iquest": "¿",
  "&iquest;": "¿",
  "&iscr;": "𝒾",
  "&isin;": "∈",
  "&isinE;": "⋹",
  "&isindot;": "⋵",
  "&isins;": "⋴",
  "&isinsv;": "⋳",
  "&isinv;": "∈",
  "&it;": "⁢",
  "&itilde;": "ĩ",
  "&iukcy;": "і",
  "&iuml": "ï",
  "&iuml;": "ï",
  "&jcirc;": "ĵ",
  "&jcy;": "й",
  "&jfr;": "𝔧",
  "&jmath;": "ȷ",
  "&jopf;": "𝕛",
  "&jscr;": "𝒿",
  "&jsercy;": "ј",
  "&jukcy;": "є",
  "&kappa;": "κ",
  "&kappav;": "ϰ",
  "&kcedil;": "ķ",
  "&kcy;": "к",
  "&kfr;": "𝔨",
  "&kgreen;": "ĸ",
  "&khcy;": "х",
  "&kjcy;": "ќ",
  "&kopf;": "𝕜",
  "&kscr;": "𝓀",
  "&lAarr;": "⇚",
  "&lArr;": "⇐",
  "&lAtail;": "⤛",
  "&lBarr;": "⤎",
  "&lE;": "≦",
  "&lEg;": "⪋",
  "&lHar;": "⥢",
  "&lacute;": "ĺ",
  "&laemptyv;": "⦴",
  "&lagran;": "ℒ",
  "&lambda;": "λ",
  "&lang;": "⟨",
  "&langd;": "⦑",
  "&langle;": "⟨",
  "&lap;": "⪅",
  "&laquo": "«",
  "&laquo;": "«",
  "&larr;": "←",
  "&larrb;": "⇤",
  "&larrbfs;": "⤟",
  "&larrfs;": "⤝",
  "&larrhk;": "↩",
  "&larrlp;": "↫",
  "&larrpl;": "⤹",
  "&larrsim;": "⥳",
  "&larrtl;": "↢",
  "&lat;": "⪫",
  "&latail;": "⤙",
  "&late;": "⪭",
  "&lates;": "⪭︀",
  "&lbarr;": "⤌",
  "&lbbrk;": "❲",
  "&lbrace;": "{",
  "&lbrack;": "[",
  "&lbrke;": "⦋",
  "&lbrksld;": "⦏",
  "&lbrkslu;": "⦍",
  "&lcaron;": "ľ",
  "&lcedil;": "ļ",
  "&lceil;": "⌈",
  "&lcub;": "{",
  "&lcy;": "л",
  "&ldca;": "⤶",
  "&ldquo;": "“",
  "&ldquor;": "„",
  "&ldrdhar;": "⥧",
  "&ldrushar;": "⥋",
  "&ldsh;": "↲",
  "&le;": "≤",
  "&leftarrow;": "←",
  "&leftarrowtail;": "↢",
  "&leftharpoondown;": "↽",
  "&leftharpoonup;": "↼",
  "&leftleftarrows;": "⇇",
  "&leftrightarrow;": "↔",
  "&leftrightarrows;": "⇆",
  "&leftrightharpoons;": "⇋",
  "&leftrightsquigarrow;": "↭",
  "&leftthreetimes;": "⋋",
  "&leg;": "⋚",
  "&leq;": "≤",
  "&leqq;": "≦",
  "&leqslant;": "⩽",
  "&les;": "⩽",
  "&lescc;": "⪨",
  "&lesdot;": "⩿",
  "&lesdoto;": "⪁",
  "&lesdotor;": "⪃",
  "&lesg;": "⋚︀",
  "&lesges;": "⪓",
  "&lessapprox;": "⪅",
  "&lessdot;": "⋖",
  "&lesseqgtr;": "⋚",
  "&lesseqqgtr;": "⪋",
  "&lessgtr;": "≶",
  "&lesssim;": "≲",
  "&lfisht;": "⥼",
  "&lfloor;": "⌊",
  "&lfr;": "𝔩",
  "&lg;": "≶",
  "&lgE;": "⪑",
  "&lhard;": "↽",
  "&lharu;": "↼",
  "&lharul;": "⥪",
  "&lhblk;": "▄",
  "&ljcy;": "љ",
  "&ll;": "≪",
  "&llarr;": "⇇",
  "&llcorner;": "⌞",
  "&llhard;": "⥫",
  "&lltri;": "◺",
  "&lmidot;": "ŀ",
  "&lmoust;": "⎰",
  "&lmoustache;": "⎰",
  "&lnE;": "≨",
  "&lnap;": "⪉",
  "&lnapprox;": "⪉",
  "&lne;": "⪇",
  "&lneq;": "⪇",
  "&lneqq;": "≨",
  "&lnsim;": "⋦",
  "&loang;": "⟬",
  "&loarr;": "⇽",
  "&lobrk;": "⟦",
  "&longleftarrow;": "⟵",
  "&longleftrightarrow;": "⟷",
  "&longmapsto;": "⟼",
  "&longrightarrow;": "⟶",
  "&looparrowleft;": "↫",
  "&looparrowright;": "↬",
  "&lopar;": "⦅",
  "&lopf;": "𝕝",
  "&loplus;": "⨭",
  "&lotimes;": "⨴",
  "&lowast;": "∗",
  "&lowbar;": "_",
  "&loz;": "◊",
  "&lozenge;": "◊",
  "&lozf;": "⧫",
  "&lpar;": "(",
  "&lparlt;": "⦓",
  "&lrarr;": "⇆",
  "&lrcorner;": "⌟",
  "&lrhar;": "⇋",
  "&lrhard;": "⥭",
  "&lrm;": "‎",
  "&lrtri;": "⊿",
  "&lsaquo;": "‹",
  "&lscr;": "𝓁",
  "&lsh;": "↰",
  "&lsim;": "≲",
  "&lsime;": "⪍",
  "&lsimg;": "⪏",
  "&lsqb;": "[",
  "&lsquo;": "‘",
  "&lsquor;": "‚",
  "&lstrok;": "ł",
  "&lt": "<",
  "&lt;": "<",
  "&ltcc;": "⪦",
  "&ltcir;": "⩹",
  "&ltdot;": "⋖",
  "&lthree;": "⋋",
  "&ltimes;": "⋉",
  "&ltlarr;": "⥶",
  "&ltquest;": "⩻",
  "&ltrPar;": "⦖",
  "&ltri;": "◃",
  "&ltrie;": "⊴",
  "&ltrif;": "◂",
  "&lurdshar;": "⥊",
  "&luruhar;": "⥦",
  "&lvertneqq;": "≨︀",
  "&lvnE;": "≨︀",
  "&mDDot;": "∺",
  "&macr": "¯",
  "&macr;": "¯",
  "&male;": "♂",
  "&malt;": "✠",
  "&maltese;": "✠",
  "&map;": "↦",
  "&mapsto;": "↦",
  "&mapstodown;": "↧",
  "&mapstoleft;": "↤",
  "&mapstoup;": "↥",
  "&marker;": "▮",
  "&mcomma;": "⨩",
  "&mcy;": "м",
  "&mdash;": "—",
  "&measuredangle;": "∡",
  "&mfr;": "𝔪",
  "&mho;": "℧",
  "&micro": "µ",
  "&micro;": "µ",
  "&mid;": "∣",
  "&midast;": "*",
  "&midcir;": "⫰",
  "&middot": "·",
  "&middot;": "·",
  "&minus;": "−",
  "&minusb;": "⊟",
  "&minusd;": "∸",
  "&minusdu;": "⨪",
  "&mlcp;": "⫛",
  "&mldr;": "…",
  "&mnplus;": "∓",
  "&models;": "⊧",
  "&mopf;": "𝕞",
  "&mp;": "∓",
  "&mscr;": "𝓂",
  "&mstpos;": "∾",
  "&mu;": "μ",
  "&multimap;": "⊸",
  "&mumap;": "⊸",
  "&nGg;": "⋙̸",
  "&nGt;": "≫⃒",
  "&nGtv;": "≫̸",
  "&nLeftarrow;": "⇍",
  "&nLeftrightarrow;": "⇎",
  "&nLl;": "⋘̸",
  "&nLt;": "≪⃒",
  "&nLtv;": "≪̸",
  "&nRightarrow;": "⇏",
  "&nVDash;": "⊯",
  "&nVdash;": "⊮",
  "&nabla;": "∇",
  "&nacute;": "ń",
  "&nang;": "∠⃒",
  "&nap;": "≉",
  "&napE;": "⩰̸",
  "&napid;": "≋̸",
  "&napos;": "ŉ",
  "&napprox;": "≉",
  "&natur;": "♮",
  "&natural;": "♮",
  "&naturals;": "ℕ",
  "&nbsp": " ",
  "&nbsp;": " ",
  "&nbump;": "≎̸",
  "&nbumpe;": "≏̸",
  "&ncap;": "⩃",
  "&ncaron;": "ň",
  "&ncedil;": "ņ",
  "&ncong;": "≇",
  "&ncongdot;": "⩭̸",
  "&ncup;": "⩂",
  "&ncy;": "н",
  "&ndash;": "–",
  "&ne;": "≠",
  "&neArr;": "⇗",
  "&nearhk;": "⤤",
  "&nearr;": "↗",
  "&nearrow;": "↗",
  "&nedot;": "≐̸",
  "&nequiv;": "≢",
  "&nesear;": "⤨",
  "&nesim;": "≂̸",
  "&nexist;": "∄",
  "&nexists;": "∄",
  "&nfr;": "𝔫",
  "&ngE;": "≧̸",
  "&nge;": "≱",
  "&ngeq;": "≱",
  "&ngeqq;": "≧̸",
  "&ngeqslant;": "⩾̸",
  "&nges;": "⩾̸",
  "&ngsim;": "≵",
  "&ngt;": "≯",
  "&ngtr;": "≯",
  "&nhArr;": "⇎",
  "&nharr;": "↮",
  "&nhpar;": "⫲",
  "&ni;": "∋",
  "&nis;": "⋼",
  "&nisd;": "⋺",
  "&niv;": "∋",
  "&njcy;": "њ",
  "&nlArr;": "⇍",
  "&nlE;": "≦̸",
  "&nlarr;": "↚",
  "&nldr;": "‥",
  "&nle;": "≰",
  "&nleftarrow;": "↚",
  "&nleftrightarrow;": "↮",
  "&nleq;": "≰",
  "&nleqq;": "≦̸",
  "&nleqslant;": "⩽̸",
  "&nles;": "⩽̸",
  "&nless;": "≮",
  "&nlsim;": "≴",
  "&nlt;": "≮",
  "&nltri;": "⋪",
  "&nltrie;": "⋬",
  "&nmid;": "∤",
  "&nopf;": "𝕟",
  "&not": "¬",
  "&not;": "¬",
  "&notin;": "∉",
  "&notinE;": "⋹̸",
  "&notindot;": "⋵̸",
  "&notinva;": "∉",
  "&notinvb;": "⋷",
  "&notinvc;": "⋶",
  "&notni;": "∌",
  "&notniva;": "∌",
  "&notnivb;": "⋾",
  "&notnivc;": "⋽",
  "&npar;": "∦",
  "&nparallel;": "∦",
  "&nparsl;": "⫽⃥",
  "&npart;": "∂̸",
  "&npolint;": "⨔",
  "&npr;": "⊀",
  "&nprcue;": "⋠",
  "&npre;": "⪯̸",
  "&nprec;": "⊀",
  "&npreceq;": "⪯̸",
  "&nrArr;": "⇏",
  "&nrarr;": "↛",
  "&nrarrc;": "⤳̸",
  "&nrarrw;": "↝̸",
  "&nrightarrow;": "↛",
  "&nrtri;": "⋫",
  "&nrtrie;": "⋭",
  "&nsc;": "⊁",
  "&nsccue;": "⋡",
  "&nsce;": "⪰̸",
  "&nscr;": "𝓃",
  "&nshortmid;": "∤",
  "&nshortparallel;": "∦",
  "&nsim;": "≁",
  "&nsime;": "≄",
  "&nsimeq;": "≄",
  "&nsmid;": "∤",
  "&nspar;": "∦",
  "&nsqsube;": "⋢",
  "&nsqsupe;": "⋣",
  "&nsub;": "⊄",
  "&nsubE;": "⫅̸",
  "&nsube;": "⊈",
  "&nsubset;": "⊂⃒",
  "&nsubseteq;": "⊈",
  "&nsubseteqq;": "⫅̸",
  "&nsucc;": "⊁",
  "&nsucceq;": "⪰̸",
  "&nsup;": "⊅",
  "&nsupE;": "⫆̸",
  "&nsupe;": "⊉",
  "&nsupset;": "⊃⃒",
  "&nsupseteq;": "⊉",
  "&nsupseteqq;": "⫆̸",
  "&ntgl;": "≹",
  "&ntilde": "ñ",
  "&ntilde;": "ñ",
  "&ntlg;": "≸",
  "&ntriangleleft;": "⋪",
  "&ntrianglelefteq;": "⋬",
  "&ntriangleright;": "⋫",
  "&ntrianglerighteq;": "⋭",
  "&nu;": "ν",
  "&num;": "#",
  "&numero;": "№",
  "&numsp;": " ",
  "&nvDash;": "⊭",
  "&nvHarr;": "⤄",
  "&nvap;": "≍⃒",
  "&nvdash;": "⊬",
  "&nvge;": "≥⃒",
  "&nvgt;": ">⃒",
  "&nvinfin;": "⧞",
  "&nvlArr;": "⤂",
  "&nvle;": "≤⃒",
  "&nvlt;": "<⃒",
  "&nvltrie;": "⊴⃒",
  "&nvrArr;": "⤃",
  "&nvrtrie;": "⊵⃒",
  "&nvsim;": "∼⃒",
  "&nwArr;": "⇖",
  "&nwarhk;": "⤣",
  "&nwarr;": "↖",
  "&nwarrow;": "↖",
  "&nwnear;": "⤧",
  "&oS;": "Ⓢ",
  "&oacute": "ó",
  "&oacute;": "ó",
  "&oast;": "⊛",
  "&ocir;": "⊚",
  "&ocirc": "ô",
  "&ocirc;": "ô",
  "&ocy;": "о",
  "&odash;": "⊝",
  "&odblac;": "ő",
  "&odiv;": "⨸",
  "&odot;": "⊙",
  "&odsold;": "⦼",
  "&oelig;": "œ",
  "&ofcir;": "⦿",
  "&ofr;": "𝔬",
  "&ogon;": "˛",
  "&ograve": "ò",
  "&ograve;": "ò",
  "&ogt;": "⧁",
  "&ohbar;": "⦵",
  "&ohm;": "Ω",
  "&oint;": "∮",
  "&olarr;": "↺",
  "&olcir;": "⦾",
  "&olcross;": "⦻",
  "&oline;": "‾",
  "&olt;": "⧀",
  "&omacr;": "ō",
  "&omega;": "ω",
  "&omicron;": "ο",
  "&omid;": "⦶",
  "&ominus;": "⊖",
  "&oopf;": "𝕠",
  "&opar;": "⦷",
  "&operp;": "⦹",
  "&oplus;": "⊕",
  "&or;": "∨",
  "&orarr;": "↻",
  "&ord;": "⩝",
  "&order;": "ℴ",
  "&orderof;": "ℴ",
  "&ordf": "ª",
  "&ordf;": "ª",
  "&ordm": "º",
  "&ordm;": "º",
  "&origof;": "⊶",
  "&oror;": "⩖",
  "&orslope;": "⩗",
  "&orv;": "⩛",
  "&oscr;": "ℴ",
  "&oslash": "ø",
  "&oslash;": "ø",
  "&osol;": "⊘",
  "&otilde": "õ",
  "&otilde;": "õ",
  "&otimes;": "⊗",
  "&otimesas;": "⨶",
  "&ouml": "ö",
  "&ouml;": "ö",
  "&ovbar;": "⌽",
  "&par;": "∥",
  "&para": "¶",
  "&para;": "¶",
  "&parallel;": "∥",
  "&parsim;": "⫳",
  "&parsl;": "⫽",
  "&part;": "∂",
  "&pcy;": "п",
  "&percnt;": "%",
  "&period;": ".",
  "&permil;": "‰",
  "&perp;": "⊥",
  "&pertenk;": "‱",
  "&pfr;": "𝔭",
  "&phi;": "φ",
  "&phiv;": "ϕ",
  "&phmmat;": "ℳ",
  "&phone;": "☎",
  "&pi;": "π",
  "&pitchfork;": "⋔",
  "&piv;": "ϖ",
  "&planck;": "ℏ",
  "&planckh;": "ℎ",
  "&plankv;": "ℏ",
  "&plus;": "+",
  "&plusacir;": "⨣",
  "&plusb;": "⊞",
  "&pluscir;": "⨢",
  "&plusdo;": "∔",
  "&plusdu;": "⨥",
  "&pluse;": "⩲",
  "&plusmn": "±",
  "&plusmn;": "±",
  "&plussim;": "⨦",
  "&plustwo;": "⨧",
  "&pm;": "±",
  "&pointint;": "⨕",
  "&popf;": "𝕡",
  "&pound": "£",
  "&pound;": "£",
  "&pr;": "≺",
  "&prE;": "⪳",
  "&prap;": "⪷",
  "&prcue;": "≼",
  "&pre;": "⪯",
  "&prec;": "≺",
  "&precapprox;": "⪷",
  "&preccurlyeq;": "≼",
  "&preceq;": "⪯",
  "&precnapprox;": "⪹",
  "&precneqq;": "⪵",
  "&precnsim;": "⋨",
  "&precsim;": "≾",
  "&prime;": "′",
  "&primes;": "ℙ",
  "&prnE;": "⪵",
  "&prnap;": "⪹",
  "&prnsim;": "⋨",
  "&prod;": "∏",
  "&profalar;": "⌮",
  "&profline;": "⌒",
  "&profsurf;": "⌓",
  "&prop;": "∝",
  "&propto;": "∝",
  "&prsim;": "≾",
  "&prurel;": "⊰",
  "&pscr;": "𝓅",
  "&psi;": "ψ",
  "&puncsp;": " ",
  "&qfr;": "𝔮",
  "&qint;": "⨌",
  "&qopf;": "𝕢",
  "&qprime;": "⁗",
  "&qscr;": "𝓆",
  "&quaternions;": "ℍ",
  "&quatint;": "⨖",
  "&quest;": "?",
  "&questeq;": "≟",
  "&quot": '"',
  "&quot;": '"',
  "&rAarr;": "⇛",
  "&rArr;": "⇒",
  "&rAtail;": "⤜",
  "&rBarr;": "⤏",
  "&rHar;": "⥤",
  "&race;": "∽̱",
  "&racute;": "ŕ",
  "&radic;": "√",
  "&raemptyv;": "⦳",
  "&rang;": "⟩",
  "&rangd;": "⦒",
  "&range;": "⦥",
  "&rangle;": "⟩",
  "&raquo": "»",
  "&raquo;": "»",
  "&rarr;": "→",
  "&rarrap;": "⥵",
  "&rarrb;": "⇥",
  "&rarrbfs;": "⤠",
  "&rarrc;": "⤳",
  "&rarrfs;": "⤞",
  "&rarrhk;": "↪",
  "&rarrlp;": "↬",
  "&rarrpl;": "⥅",
  "&rarrsim;": "⥴",
  "&rarrtl;": "↣",
  "&rarrw;": "↝",
  "&ratail;": "⤚",
  "&ratio;": "∶",
  "&rationals;": "ℚ",
  "&rbarr;": "⤍",
  "&rbbrk;": "❳",
  "&rbrace;": "}",
  "&rbrack;": "]",
  "&rbrke;": "⦌",
  "&rbrksld;": "⦎",
  "&rbrkslu;": "⦐",
  "&rcaron;": "ř",
  "&rcedil;": "ŗ",
  "&rceil;": "⌉",
  "&rcub;": "}",
  "&rcy;": "р",
  "&rdca;": "⤷",
  "&rdldhar;": "⥩",
  "&rdquo;": "”",
  "&rdquor;": "”",
  "&rdsh;": "↳",
  "&real;": "ℜ",
  "&realine;": "ℛ",
  "&realpart;": "ℜ",
  "&reals;": "ℝ",
  "&rect;": "▭",
  "&reg": "®",
  "&reg;": "®",
  "&rfisht;": "⥽",
  "&rfloor;": "⌋",
  "&rfr;": "𝔯",
  "&rhard;": "⇁",
  "&rharu;": "⇀",
  "&rharul;": "⥬",
  "&rho;": "ρ",
  "&rhov;": "ϱ",
  "&rightarrow;": "→",
  "&rightarrowtail;": "↣",
  "&rightharpoondown;": "⇁",
  "&rightharpoonup;": "⇀",
  "&rightleftarrows;": "⇄",
  "&rightleftharpoons;": "⇌",
  "&rightrightarrows;": "⇉",
  "&rightsquigarrow;": "↝",
  "&rightthreetimes;": "⋌",
  "&ring;": "˚",
  "&risingdotseq;": "≓",
  "&rlarr;": "⇄",
  "&rlhar;": "⇌",
  "&rlm;": "‏",
  "&rmoust;": "⎱",
  "&rmoustache;": "⎱",
  "&rnmid;": "⫮",
  "&roang;": "⟭",
  "&roarr;": "⇾",
  "&robrk;": "⟧",
  "&ropar;": "⦆",
  "&ropf;": "𝕣",
  "&roplus;": "⨮",
  "&rotimes;": "⨵",
  "&rpar;": ")",
  "&rpargt;": "⦔",
  "&rppolint;": "⨒",
  "&rrarr;": "⇉",
  "&rsaquo;": "›",
  "&rscr;": "𝓇",
  "&rsh;": "↱",
  "&rsqb;": "]",
  "&rsquo;": "’",
  "&rsquor;": "’",
  "&rthree;": "⋌",
  "&rtimes;": "⋊",
  "&rtri;": "▹",
  "&rtrie;": "⊵",
  "&rtrif;": "▸",
  "&rtriltri;": "⧎",
  "&ruluhar;": "⥨",
  "&rx;": "℞",
  "&sacute;": "ś",
  "&sbquo;": "‚",
  "&sc;": "≻",
  "&scE;": "⪴",
  "&scap;": "⪸",
  "&scaron;": "š",
  "&sccue;": "≽",
  "&sce;": "⪰",
  "&scedil;": "ş",
  "&scirc;": "ŝ",
  "&scnE;": "⪶",
  "&scnap;": "⪺",
  "&scnsim;": "⋩",
  "&scpolint;": "⨓",
  "&scsim;": "≿",
  "&scy;": "с",
  "&sdot;": "⋅",
  "&sdotb;": "⊡",
  "&sdote;": "⩦",
  "&seArr;": "⇘",
  "&searhk;": "⤥",
  "&searr;": "↘",
  "&searrow;": "↘",
  "&sect": "§",
  "&sect;": "§",
  "&semi;": ";",
  "&seswar;": "⤩",
  "&setminus;": "∖",
  "&setmn;": "∖",
  "&sext;": "✶",
  "&sfr;": "𝔰",
  "&sfrown;": "⌢",
  "&sharp;": "♯",
  "&shchcy;": "щ",
  "&shcy;": "ш",
  "&shortmid;": "∣",
  "&shortparallel;": "∥",
  "&shy": "­",
  "&shy;": "­",
  "&sigma;": "σ",
  "&sigmaf;": "ς",
  "&sigmav;": "ς",
  "&sim;": "∼",
  "&simdot;": "⩪",
  "&sime;": "≃",
  "&simeq;": "≃",
  "&simg;": "⪞",
  "&simgE;": "⪠",
  "&siml;": "⪝",
  "&simlE;": "⪟",
  "&simne;": "≆",
  "&simplus;": "⨤",
  "&simrarr;": "⥲",
  "&slarr;": "←",
  "&smallsetminus;": "∖",
  "&smashp;": "⨳",
  "&smeparsl;": "⧤",
  "&smid;": "∣",
  "&smile;": "⌣",
  "&smt;": "⪪",
  "&smte;": "⪬",
  "&smtes;": "⪬︀",
  "&softcy;": "ь",
  "&sol;": "/",
  "&solb;": "⧄",
  "&solbar;": "⌿",
  "&sopf;": "𝕤",
  "&spades;": "♠",
  "&spadesuit;": "♠",
  "&spar;": "∥",
  "&sqcap;": "⊓",
  "&sqcaps;": "⊓︀",
  "&sqcup;": "⊔",
  "&sqcups;": "⊔︀",
  "&sqsub;": "⊏",
  "&sqsube;": "⊑",
  "&sqsubset;": "⊏",
  "&sqsubseteq;": "⊑",
  "&sqsup;": "⊐",
  "&sqsupe;": "⊒",
  "&sqsupset;": "⊐",
  "&sqsupseteq;": "⊒",
  "&squ;": "□",
  "&square;": "□",
  "&squarf;": "▪",
  "&squf;": "▪",
  "&srarr;": "→",
  "&sscr;": "𝓈",
  "&ssetmn;": "∖",
  "&ssmile;": "⌣",
  "&sstarf;": "⋆",
  "&star;": "☆",
  "&starf;": "★",
  "&straightepsilon;": "ϵ",
  "&straightphi;": "ϕ",
  "&strns;": "¯",
  "&sub;": "⊂",
  "&subE;": "⫅",
  "&subdot;": "⪽",
  "&sube;": "⊆",
  "&subedot;": "⫃",
  "&submult;": "⫁",
  "&subnE;": "⫋",
  "&subne;": "⊊",
  "&subplus;": "⪿",
  "&subrarr;": "⥹",
  "&subset;": "⊂",
  "&subseteq;": "⊆",
  "&subseteqq;": "⫅",
  "&subsetneq;": "⊊",
  "&subsetneqq;": "⫋",
  "&subsim;": "⫇",
  "&subsub;": "⫕",
  "&subsup;": "⫓",
  "&succ;": "≻",
  "&succapprox;": "⪸",
  "&succcurlyeq;": "≽",
  "&succeq;": "⪰",
  "&succnapprox;": "⪺",
  "&succneqq;": "⪶",
  "&succnsim;": "⋩",
  "&succsim;": "≿",
  "&sum;": "∑",
  "&sung;": "♪",
  "&sup1": "¹",
  "&sup1;": "¹",
  "&sup2": "²",
  "&sup2;": "²",
  "&sup3": "³",
  "&sup3;": "³",
  "&sup;": "⊃",
  "&supE;": "⫆",
  "&supdot;": "⪾",
  "&supdsub;": "⫘",
  "&supe;": "⊇",
  "&supedot;": "⫄",
  "&suphsol;": "⟉",
  "&suphsub;": "⫗",
  "&suplarr;": "⥻",
  "&supmult;": "⫂",
  "&supnE;": "⫌",
  "&supne;": "⊋",
  "&supplus;": "⫀",
  "&supset;": "⊃",
  "&supseteq;": "⊇",
  "&supseteqq;": "⫆",
  "&supsetneq;": "⊋",
  "&supsetneqq;": "⫌",
  "&supsim;": "⫈",
  "&supsub;": "⫔",
  "&supsup;": "⫖",
  "&swArr;": "⇙",
  "&swarhk;": "⤦",
  "&swarr;": "↙",
  "&swarrow;": "↙",
  "&swnwar;": "⤪",
  "&szlig": "ß",
  "&szlig;": "ß",
  "&target;": "⌖",
  "&tau;": "τ",
  "&tbrk;": "⎴",
  "&tcaron;": "ť",
  "&tcedil;": "ţ",
  "&tcy;": "т",
  "&tdot;": "⃛",
  "&telrec;": "⌕",
  "&tfr;": "𝔱",
  "&there4;": "∴",
  "&therefore;": "∴",
  "&theta;": "θ",
  "&thetasym;": "ϑ",
  "&thetav;": "ϑ",
  "&thickapprox;": "≈",
  "&thicksim;": "∼",
  "&thinsp;": " ",
  "&thkap;": "≈",
  "&thksim;": "∼",
  "&thorn": "þ",
  "&thorn;": "þ",
  "&tilde;": "˜",
  "&times": "×",
  "&times;": "×",
  "&timesb;": "⊠",
  "&timesbar;": "⨱",
  "&timesd;": "⨰",
  "&tint;": "∭",
  "&toea;": "⤨",
  "&top;": "⊤",
  "&topbot;": "⌶",
  "&topcir;": "⫱",
  "&topf;": "𝕥",
  "&topfork;": "⫚",
  "&tosa;": "⤩",
  "&tprime;": "‴",
  "&trade;": "™",
  "&triangle;": "▵",
  "&triangledown;": "▿",
  "&triangleleft;": "◃",
  "&trianglelefteq;": "⊴",
  "&triangleq;": "≜",
  "&triangleright;": "▹",
  "&trianglerighteq;": "⊵",
  "&tridot;": "◬",
  "&trie;": "≜",
  "&triminus;": "⨺",
  "&triplus;": "⨹",
  "&trisb;": "⧍",
  "&tritime;": "⨻",
  "&trpezium;": "⏢",
  "&tscr;": "𝓉",
  "&tscy;": "ц",
  "&tshcy;": "ћ",
  "&tstrok;": "ŧ",
  "&twixt;": "≬",
  "&twoheadleftarrow;": "↞",
  "&twoheadrightarrow;": "↠",
  "&uArr;": "⇑",
  "&uHar;": "⥣",
  "&uacute": "ú",
  "&uacute;": "ú",
  "&uarr;": "↑",
  "&ubrcy;": "ў",
  "&ubreve;": "ŭ",
  "&ucirc": "û",
  "&ucirc;": "û",
  "&ucy;": "у",
  "&udarr;": "⇅",
  "&udblac;": "ű",
  "&udhar;": "⥮",
  "&ufisht;": "⥾",
  "&ufr;": "𝔲",
  "&ugrave": "ù",
  "&ugrave;": "ù",
  "&uharl;": "↿",
  "&uharr;": "↾",
  "&uhblk;": "▀",
  "&ulcorn;": "⌜",
  "&ulcorner;": "⌜",
  "&ulcrop;": "⌏",
  "&ultri;": "◸",
  "&umacr;": "ū",
  "&uml": "¨",
  "&uml;": "¨",
  "&uogon;": "ų",
  "&uopf;": "𝕦",
  "&uparrow;": "↑",
  "&updownarrow;": "↕",
  "&upharpoonleft;": "↿",
  "&upharpoonright;": "↾",
  "&uplus;": "⊎",
  "&upsi;": "υ",
  "&upsih;": "ϒ",
  "&upsilon;": "υ",
  "&upuparrows;": "⇈",
  "&urcorn;": "⌝",
  "&urcorner;": "⌝",
  "&urcrop;": "⌎",
  "&uring;": "ů",
  "&urtri;": "◹",
  "&uscr;": "𝓊",
  "&utdot;": "⋰",
  "&utilde;": "ũ",
  "&utri;": "▵",
  "&utrif;": "▴",
  "&uuarr;": "⇈",
  "&uuml": "ü",
  "&uuml;": "ü",
  "&uwangle;": "⦧",
  "&vArr;": "⇕",
  "&vBar;": "⫨",
  "&vBarv;": "⫩",
  "&vDash;": "⊨",
  "&vangrt;": "⦜",
  "&varepsilon;": "ϵ",
  "&varkappa;": "ϰ",
  "&varnothing;": "∅",
  "&varphi;": "ϕ",
  "&varpi;": "ϖ",
  "&varpropto;": "∝",
  "&varr;": "↕",
  "&varrho;": "ϱ",
  "&varsigma;": "ς",
  "&varsubsetneq;": "⊊︀",
  "&varsubsetneqq;": "⫋︀",
  "&varsupsetneq;": "⊋︀",
  "&varsupsetneqq;": "⫌︀",
  "&vartheta;": "ϑ",
  "&vartriangleleft;": "⊲",
  "&vartriangleright;": "⊳",
  "&vcy;": "в",
  "&vdash;": "⊢",
  "&vee;": "∨",
  "&veebar;": "⊻",
  "&veeeq;": "≚",
  "&vellip;": "⋮",
  "&verbar;": "|",
  "&vert;": "|",
  "&vfr;": "𝔳",
  "&vltri;": "⊲",
  "&vnsub;": "⊂⃒",
  "&vnsup;": "⊃⃒",
  "&vopf;": "𝕧",
  "&vprop;": "∝",
  "&vrtri;": "⊳",
  "&vscr;": "𝓋",
  "&vsubnE;": "⫋︀",
  "&vsubne;": "⊊︀",
  "&vsupnE;": "⫌︀",
  "&vsupne;": "⊋︀",
  "&vzigzag;": "⦚",
  "&wcirc;": "ŵ",
  "&wedbar;": "⩟",
  "&wedge;": "∧",
  "&wedgeq;": "≙",
  "&weierp;": "℘",
  "&wfr;": "𝔴",
  "&wopf;": "𝕨",
  "&wp;": "℘",
  "&wr;": "≀",
  "&wreath;": "≀",
  "&wscr;": "𝓌",
  "&xcap;": "⋂",
  "&xcirc;": "◯",
  "&xcup;": "⋃",
  "&xdtri;": "▽",
  "&xfr;": "𝔵",
  "&xhArr;": "⟺",
  "&xharr;": "⟷",
  "&xi;": "ξ",
  "&xlArr;": "⟸",
  "&xlarr;": "⟵",
  "&xmap;": "⟼",
  "&xnis;": "⋻",
  "&xodot;": "⨀",
  "&xopf;": "𝕩",
  "&xoplus;": "⨁",
  "&xotime;": "⨂",
  "&xrArr;": "⟹",
  "&xrarr;": "⟶",
  "&xscr;": "𝓍",
  "&xsqcup;": "⨆",
  "&xuplus;": "⨄",
  "&xutri;": "△",
  "&xvee;": "⋁",
  "&xwedge;": "⋀",
  "&yacute": "ý",
  "&yacute;": "ý",
  "&yacy;": "я",
  "&ycirc;": "ŷ",
  "&ycy;": "ы",
  "&yen": "¥",
  "&yen;": "¥",
  "&yfr;": "𝔶",
  "&yicy;": "ї",
  "&yopf;": "𝕪",
  "&yscr;": "𝓎",
  "&yucy;": "ю",
  "&yuml": "ÿ",
  "&yuml;": "ÿ",
  "&zacute;": "ź",
  "&zcaron;": "ž",
  "&zcy;": "з",
  "&zdot;": "ż",
  "&zeetrf;": "ℨ",
  "&zeta;": "ζ",
  "&zfr;": "𝔷",
  "&zhcy;": "ж",
  "&zigrarr;": "⇝",
  "&zopf;": "𝕫",
  "&zscr;": "𝓏",
  "&zwj;": "‍",
  "&zwnj;": "‌"
};

// node_modules/postal-mime/dist/esm/text-format.js
function decodeHTMLEntities(str) {
  return str.replace(/&(#\d+|#x[a-f0-9]+|[a-z]+\d*);?/gi, (match, entity) => {
    if (typeof htmlEntities[match] === "string") {
      return htmlEntities[match];
    }
    if (entity.charAt(0) !== "#" || match.charAt(match.length - 1) !== ";") {
      return match;
    }
    let codePoint;
    if (entity.charAt(1) === "x") {
      codePoint = parseInt(entity.slice(2), 16);
    } else {
      codePoint = parseInt(entity.slice(1), 10);
    }
    let output = "";
    if (codePoint >= 55296 && codePoint <= 57343 || codePoint > 1114111) {
      return "�";
    }
    if (codePoint > 65535) {
      codePoint -= 65536;
      output += String.fromCharCode(codePoint >>> 10 & 1023 | 55296);
      codePoint = 56320 | codePoint & 1023;
    }
    output += String.fromCharCode(codePoint);
    return output;
  });
}
function escapeHtml(str) {
  return str.trim().replace(/[<>"'?&]/g, (c) => {
    let hex = c.charCodeAt(0).toString(16);
    if (hex.length < 2) {
      hex = "0" + hex;
    }
    return "&#x" + hex.toUpperCase() + ";";
  });
}
function textToHtml(str) {
  let html = escapeHtml(str).replace(/\n/g, "<br />");
  return "<div>" + html + "</div>";
}
var LINE_TERMINATOR = /[\n\r\u2028\u2029]/g;
function lastLineTerminator(str) {
  return Math.max(str.lastIndexOf("\n"), str.lastIndexOf("\r"), str.lastIndexOf("\u2028"), str.lastIndexOf("\u2029"));
}
function createFinder(str, regex2) {
  let searchedFrom = Infinity;
  let found = null;
  return (pos) => {
    if (pos < searchedFrom || found && pos > found.index) {
      regex2.lastIndex = pos;
      found = regex2.exec(str);
      searchedFrom = pos;
    }
    return found;
  };
}
function replaceClosedTags(str, pattern, replacement) {
  const end = str.lastIndexOf(">") + 1;
  return str.slice(0, end).replace(pattern, replacement) + str.slice(end);
}
function replaceTags(str, prefix2, pattern, replacement) {
  const parts = [];
  let copied = 0;
  let searchFrom = 0;
  while (true) {
    prefix2.lastIndex = searchFrom;
    const candidate = prefix2.exec(str);
    if (!candidate) {
      break;
    }
    const start = candidate.index;
    pattern.lastIndex = start;
    const match = pattern.exec(str);
    if (!match) {
      const gt = str.indexOf(">", start);
      if (gt < 0) {
        break;
      }
      searchFrom = gt + 1;
      continue;
    }
    parts.push(str.slice(copied, start), replacement(...match));
    copied = searchFrom = start + match[0].length;
  }
  parts.push(str.slice(copied));
  return parts.join("");
}
function replaceBlocks(str, open, openToGt, close, closeToGt, replacement) {
  const nextGt = createFinder(str, />/g);
  const nextClose = createFinder(str, close);
  const nextLineEnd = createFinder(str, LINE_TERMINATOR);
  const parts = [];
  let copied = 0;
  let searchFrom = 0;
  while (true) {
    open.lastIndex = searchFrom;
    const opener = open.exec(str);
    if (!opener) {
      break;
    }
    const start = opener.index;
    searchFrom = start + 1;
    let from = start + opener[0].length;
    if (openToGt) {
      const gt = nextGt(from);
      if (!gt) {
        break;
      }
      from = gt.index + 1;
    }
    const closer = nextClose(from);
    if (!closer) {
      break;
    }
    const lineEnd = nextLineEnd(from);
    if (lineEnd && lineEnd.index < closer.index) {
      continue;
    }
    let end = closer.index + closer[0].length;
    if (closeToGt) {
      const gt = nextGt(end);
      if (!gt) {
        break;
      }
      end = gt.index + 1;
    }
    parts.push(str.slice(copied, start), replacement);
    copied = searchFrom = end;
  }
  parts.push(str.slice(copied));
  return parts.join("");
}
function stripThroughLastTag(str, prefix2) {
  const lineEnd = str.search(LINE_TERMINATOR);
  const limit2 = Math.min(lineEnd < 0 ? str.length : lineEnd, str.lastIndexOf(">"));
  let last = -1;
  prefix2.lastIndex = 0;
  let match;
  while ((match = prefix2.exec(str)) && match.index < limit2) {
    last = match.index;
  }
  return last < 0 ? str : str.slice(str.indexOf(">", last) + 1);
}
function stripFromFirstTag(str, prefix2) {
  const lineEnd = lastLineTerminator(str);
  prefix2.lastIndex = lineEnd < 0 ? 0 : str.lastIndexOf(">", lineEnd) + 1;
  const match = prefix2.exec(str);
  return match && match.index < str.lastIndexOf(">") ? str.slice(0, match.index) : str;
}
function htmlToText2(str) {
  str = str.replace(/\r?\n/g, "");
  str = replaceBlocks(str, /<!--/g, false, /-->/g, false, " ");
  str = replaceClosedTags(str, /<br\b[^>]*>/gi, "\n");
  str = replaceClosedTags(str, /<\/?(p|div|table|tr|td|th)\b[^>]*>/gi, "\n\n");
  str = replaceBlocks(str, /<script\b/gi, true, /<\/script\b/gi, true, " ");
  str = stripThroughLastTag(str, /<body\b/gi);
  str = stripThroughLastTag(str, /<\/head\b/gi);
  str = stripThroughLastTag(str, /<!doctype\b/gi);
  str = stripFromFirstTag(str, /<\/body\b/gi);
  str = stripFromFirstTag(str, /<\/html\b/gi);
  str = replaceTags(str, /<a\b/gi, /<a\b[^>]*href\s*=\s*["']?([^\s"']+)[^>]*>/iy, (match, href) => ` (${href}) `);
  str = replaceClosedTags(str, /<\/?(span|em|i|strong|b|u|a)\b[^>]*>/gi, "");
  str = replaceTags(str, /<li\b/gi, /<li\b[^>]*>[\n\u0001\s]*/iy, () => "* ");
  str = replaceClosedTags(str, /<hr\b[^>]*>/g, "\n-------------\n");
  str = replaceClosedTags(str, /<[^>]*>/g, " ");
  str = str.replace(/\u0001/g, "\n").replace(/[ \t]+/g, " ").replace(/^\s+$/gm, "").replace(/\n\n+/g, "\n\n").replace(/^\n+/, "\n").replace(/\n+$/, "\n");
  str = decodeHTMLEntities(str);
  return str;
}
function formatDate(date) {
  if (typeof Intl === "undefined") {
    return date;
  }
  const parsed = new Date(date);
  if (isNaN(parsed.getTime())) {
    return date;
  }
  return new Intl.DateTimeFormat("default", {
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
    hour12: false
  }).format(parsed);
}
function formatTextAddress(address2) {
  return (address2.name ? [address2.name, `<${address2.address}>`] : [address2.address]).join(" ");
}
function formatTextAddresses(addresses) {
  let parts = [];
  let processAddress = (address2, partCounter) => {
    if (partCounter) {
      parts.push(", ");
    }
    if (address2.group) {
      let groupStart = `${address2.name}:`;
      let groupEnd = `;`;
      parts.push(groupStart);
      address2.group.forEach(processAddress);
      parts.push(groupEnd);
    } else {
      parts.push(formatTextAddress(address2));
    }
  };
  addresses.forEach(processAddress);
  return parts.join("");
}
function formatHtmlAddress(address2) {
  return `<a href="mailto:${escapeHtml(address2.address)}" class="postal-email-address">${escapeHtml(address2.name || `<${address2.address}>`)}</a>`;
}
function formatHtmlAddresses(addresses) {
  let parts = [];
  let processAddress = (address2, partCounter) => {
    if (partCounter) {
      parts.push('<span class="postal-email-address-separator">, </span>');
    }
    if (address2.group) {
      let groupStart = `<span class="postal-email-address-group">${escapeHtml(address2.name)}:</span>`;
      let groupEnd = `<span class="postal-email-address-group">;</span>`;
      parts.push(groupStart);
      address2.group.forEach(processAddress);
      parts.push(groupEnd);
    } else {
      parts.push(formatHtmlAddress(address2));
    }
  };
  addresses.forEach(processAddress);
  return parts.join(" ");
}
function foldLines(str, lineLength, afterSpace) {
  str = (str || "").toString();
  lineLength = lineLength || 76;
  let pos = 0, len = str.length, result = "", line, match;
  while (pos < len) {
    line = str.slice(pos, pos + lineLength);
    if (line.length < lineLength) {
      result += line;
      break;
    }
    if (match = line.match(/^[^\n\r]*(\r?\n|\r)/)) {
      line = match[0];
      result += line;
      pos += line.length;
      continue;
    } else if ((match = line.match(/(\s+)[^\s]*$/)) && match[0].length - (afterSpace ? (match[1] || "").length : 0) < line.length) {
      line = line.slice(0, line.length - (match[0].length - (afterSpace ? (match[1] || "").length : 0)));
    } else if (match = str.slice(pos + line.length).match(/^[^\s]+(\s*)/)) {
      line = line + match[0].slice(0, match[0].length - (!afterSpace ? (match[1] || "").length : 0));
    }
    result += line;
    pos += line.length;
    if (pos < len) {
      result += "\r\n";
    }
  }
  return result;
}
function formatTextHeader(message) {
  let rows = [];
  if (message.from) {
    rows.push({ key: "From", val: formatTextAddresses([message.from]) });
  }
  if (message.subject) {
    rows.push({ key: "Subject", val: message.subject });
  }
  if (message.date) {
    rows.push({ key: "Date", val: formatDate(message.date) });
  }
  if (message.to && message.to.length) {
    rows.push({ key: "To", val: formatTextAddresses(message.to) });
  }
  if (message.cc && message.cc.length) {
    rows.push({ key: "Cc", val: formatTextAddresses(message.cc) });
  }
  if (message.bcc && message.bcc.length) {
    rows.push({ key: "Bcc", val: formatTextAddresses(message.bcc) });
  }
  let maxKeyLength = rows.map((r) => r.key.length).reduce((acc, cur) => {
    return cur > acc ? cur : acc;
  }, 0);
  const lines = rows.flatMap((row2) => {
    let sepLen = maxKeyLength - row2.key.length;
    let prefix2 = `${row2.key}: ${" ".repeat(sepLen)}`;
    let emptyPrefix = `${" ".repeat(row2.key.length + 1)} ${" ".repeat(sepLen)}`;
    let foldedLines = foldLines(row2.val, 80, true).split(/\r?\n/).map((line) => line.trim());
    return foldedLines.map((line, i) => `${i ? emptyPrefix : prefix2}${line}`);
  });
  let maxLineLength = lines.map((r) => r.length).reduce((acc, cur) => {
    return cur > acc ? cur : acc;
  }, 0);
  let lineMarker = "-".repeat(maxLineLength);
  let template = `
${lineMarker}
${lines.join("\n")}
${lineMarker}
`;
  return template;
}
function formatHtmlHeader(message) {
  let rows = [];
  if (message.from) {
    rows.push(
      // through the plural formatter, because `From:` may hold RFC 5322 group syntax
      // and a group has no address of its own
      `<div class="postal-email-header-key">From</div><div class="postal-email-header-value">${formatHtmlAddresses([message.from])}</div>`
    );
  }
  if (message.subject) {
    rows.push(`<div class="postal-email-header-key">Subject</div><div class="postal-email-header-value postal-email-header-subject">${escapeHtml(message.subject)}</div>`);
  }
  if (message.date) {
    rows.push(`<div class="postal-email-header-key">Date</div><div class="postal-email-header-value postal-email-header-date" data-date="${escapeHtml(message.date)}">${escapeHtml(formatDate(message.date))}</div>`);
  }
  if (message.to && message.to.length) {
    rows.push(`<div class="postal-email-header-key">To</div><div class="postal-email-header-value">${formatHtmlAddresses(message.to)}</div>`);
  }
  if (message.cc && message.cc.length) {
    rows.push(`<div class="postal-email-header-key">Cc</div><div class="postal-email-header-value">${formatHtmlAddresses(message.cc)}</div>`);
  }
  if (message.bcc && message.bcc.length) {
    rows.push(`<div class="postal-email-header-key">Bcc</div><div class="postal-email-header-value">${formatHtmlAddresses(message.bcc)}</div>`);
  }
  let template = `<div class="postal-email-header">${rows.length ? '<div class="postal-email-header-row">' : ""}${rows.join('</div>\n<div class="postal-email-header-row">')}${rows.length ? "</div>" : ""}</div>`;
  return template;
}

// node_modules/postal-mime/dist/esm/address-parser.js
var WORD_CHAR_REGEX = /\w/;
var NON_SPACE_TOKEN_REGEX = /[^\s]+/g;
function findAddressInText(text) {
  NON_SPACE_TOKEN_REGEX.lastIndex = 0;
  let match;
  while (match = NON_SPACE_TOKEN_REGEX.exec(text)) {
    const token = match[0];
    const at = token.indexOf("@");
    let start = 0;
    while (start < at && !WORD_CHAR_REGEX.test(token.charAt(start))) {
      start++;
    }
    if (start >= at) {
      continue;
    }
    let end = token.length;
    while (end > at + 1 && !WORD_CHAR_REGEX.test(token.charAt(end - 1))) {
      end--;
    }
    if (end <= at + 1) {
      continue;
    }
    return { index: match.index + start, length: end - start, value: token.substring(start, end) };
  }
  return null;
}
function hasAngleAddress(text) {
  let start = -1;
  let at = -1;
  for (let i = 0; i < text.length; i++) {
    const chr = text.charAt(i);
    if (chr === "<") {
      start = i + 1;
      at = -1;
    } else if (chr === ">") {
      if (at >= 0 && at < i - 1) {
        return true;
      }
      start = -1;
      at = -1;
    } else if (chr === "@" && start >= 0 && at < 0 && i > start) {
      at = i;
    }
  }
  return false;
}
function _handleAddress(tokens, depth) {
  let isGroup = false;
  let state = "text";
  let addresses = [];
  let data = {
    address: [],
    comment: [],
    group: [],
    text: [],
    textWasQuoted: []
    // Track which text tokens came from inside quotes
  };
  let i;
  let len;
  let insideQuotes = false;
  for (i = 0, len = tokens.length; i < len; i++) {
    let token = tokens[i];
    let prevToken = i ? tokens[i - 1] : null;
    if (token.type === "operator") {
      switch (token.value) {
        case "<":
          state = "address";
          insideQuotes = false;
          break;
        case "(":
          state = "comment";
          insideQuotes = false;
          break;
        case ":":
          state = "group";
          isGroup = true;
          insideQuotes = false;
          break;
        case '"':
          insideQuotes = !insideQuotes;
          state = "text";
          break;
        default:
          state = "text";
          insideQuotes = false;
          break;
      }
    } else if (token.value) {
      if (state === "address") {
        token.value = token.value.replace(/^[^<]*<\s*/, "");
      }
      if (prevToken && prevToken.noBreak && data[state].length) {
        data[state][data[state].length - 1] += token.value;
        if (state === "text" && insideQuotes) {
          data.textWasQuoted[data.textWasQuoted.length - 1] = true;
        }
      } else {
        data[state].push(token.value);
        if (state === "text") {
          data.textWasQuoted.push(insideQuotes);
        }
      }
    }
  }
  if (!data.text.length && data.comment.length) {
    data.text = data.comment;
    data.comment = [];
  }
  if (isGroup) {
    const text = data.text.join(" ");
    let groupMembers = [];
    if (data.group.length) {
      let parsedGroup = parseAddressList(data.group.join(","), depth + 1);
      parsedGroup.forEach((member) => {
        if (member.group) {
          for (const nestedMember of member.group) {
            groupMembers.push(nestedMember);
          }
        } else {
          groupMembers.push(member);
        }
      });
    }
    addresses.push({
      name: decodeWords(text),
      group: groupMembers
    });
  } else {
    if (!data.address.length && data.text.length) {
      for (i = data.text.length - 1; i >= 0; i--) {
        if (!data.textWasQuoted[i] && data.text[i].match(/^[^@\s]+@[^@\s]+$/)) {
          data.address = data.text.splice(i, 1);
          data.textWasQuoted.splice(i, 1);
          break;
        }
      }
      if (!data.address.length) {
        for (i = data.text.length - 1; i >= 0; i--) {
          if (!data.textWasQuoted[i]) {
            const found = findAddressInText(data.text[i]);
            if (found) {
              data.address = [found.value];
              data.text[i] = (data.text[i].substring(0, found.index).trimEnd() + " " + data.text[i].substring(found.index + found.length).trimStart()).trim();
              break;
            }
            data.text[i] = data.text[i].trim();
          }
        }
      }
    }
    if (!data.text.length && data.comment.length) {
      data.text = data.comment;
      data.comment = [];
    }
    if (data.address.length > 1) {
      data.text = data.text.concat(data.address.splice(1));
    }
    const text = data.text.join(" ");
    const addressValue = data.address.join(" ");
    if (!addressValue && isEncodedWordsOnly(text.trim())) {
      const decodedText = decodeWords(text);
      if (hasAngleAddress(decodedText)) {
        const parsedSubAddresses = addressParser(decodedText);
        if (parsedSubAddresses && parsedSubAddresses.length) {
          return parsedSubAddresses;
        }
      }
      return [{ address: "", name: decodedText }];
    }
    const address2 = {
      address: addressValue || text || "",
      name: decodeWords(text || addressValue || "")
    };
    if (address2.address === address2.name) {
      if (address2.address.match(/@/)) {
        address2.name = "";
      } else {
        address2.address = "";
      }
    }
    addresses.push(address2);
  }
  return addresses;
}
var Tokenizer = class {
  /**
   * @param str Address field string
   */
  constructor(str) {
    this.str = (str || "").toString();
    this.operatorCurrent = "";
    this.operatorExpecting = "";
    this.node = null;
    this.escaped = false;
    this.list = [];
    this.operators = {
      '"': '"',
      "(": ")",
      "<": ">",
      ",": "",
      ":": ";",
      // Semicolons are not a legal delimiter per the RFC2822 grammar other
      // than for terminating a group, but they are also not valid for any
      // other use in this context.  Given that some mail clients have
      // historically allowed the semicolon as a delimiter equivalent to the
      // comma in their UI, it makes sense to treat them the same as a comma
      // when used outside of a group.
      ";": ""
    };
  }
  /**
   * Tokenizes the original input string
   *
   * @return An array of operator|text tokens
   */
  tokenize() {
    let list3 = [];
    for (let i = 0, len = this.str.length; i < len; i++) {
      let chr = this.str.charAt(i);
      let nextChr = i < len - 1 ? this.str.charAt(i + 1) : null;
      this.checkChar(chr, nextChr);
    }
    this.list.forEach((node) => {
      node.value = (node.value || "").toString().trim();
      if (node.value) {
        list3.push(node);
      }
    });
    return list3;
  }
  /**
   * Checks if a character is an operator or text and acts accordingly
   *
   * @param chr Character from the address field
   * @param nextChr The character that follows, or null at the end of the field
   */
  checkChar(chr, nextChr) {
    if (this.escaped) {
    } else if (chr === this.operatorExpecting) {
      this.node = {
        type: "operator",
        value: chr
      };
      if (nextChr && ![" ", "	", "\r", "\n", ",", ";"].includes(nextChr)) {
        this.node.noBreak = true;
      }
      this.list.push(this.node);
      this.node = null;
      this.operatorExpecting = "";
      this.escaped = false;
      return;
    } else if (!this.operatorExpecting && chr in this.operators) {
      this.node = {
        type: "operator",
        value: chr
      };
      this.list.push(this.node);
      this.node = null;
      this.operatorExpecting = this.operators[chr];
      this.escaped = false;
      return;
    } else if (this.operatorExpecting === '"' && chr === "\\") {
      this.escaped = true;
      return;
    }
    if (!this.node) {
      this.node = {
        type: "text",
        value: ""
      };
      this.list.push(this.node);
    }
    if (chr === "\n") {
      chr = " ";
    }
    if (chr.charCodeAt(0) >= 33 || [" ", "	"].includes(chr)) {
      this.node.value += chr;
    }
    this.escaped = false;
  }
};
var MAX_NESTED_GROUP_DEPTH = 50;
function parseAddressList(str, depth) {
  if (depth > MAX_NESTED_GROUP_DEPTH) {
    return [];
  }
  let tokenizer = new Tokenizer(str);
  let tokens = tokenizer.tokenize();
  let addresses = [];
  let address2 = [];
  const parsedAddresses = [];
  tokens.forEach((token) => {
    if (token.type === "operator" && (token.value === "," || token.value === ";")) {
      if (address2.length) {
        addresses.push(address2);
      }
      address2 = [];
    } else {
      address2.push(token);
    }
  });
  if (address2.length) {
    addresses.push(address2);
  }
  for (const tokens2 of addresses) {
    for (const address3 of _handleAddress(tokens2, depth)) {
      parsedAddresses.push(address3);
    }
  }
  return parsedAddresses;
}
function addressParser(str, options) {
  const parsedAddresses = parseAddressList(str, 0);
  if (options && options.flatten) {
    let addresses = [];
    let walkAddressList = (list3) => {
      list3.forEach((address2) => {
        if (address2.group) {
          return walkAddressList(address2.group);
        } else {
          addresses.push(address2);
        }
      });
    };
    walkAddressList(parsedAddresses);
    return addresses;
  }
  return parsedAddresses;
}
var address_parser_default = addressParser;

// node_modules/postal-mime/dist/esm/base64-encoder.js
function base64ArrayBuffer(arrayBuffer) {
  let base64 = "";
  const encodings = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  const bytes2 = new Uint8Array(arrayBuffer);
  const byteLength2 = bytes2.byteLength;
  const byteRemainder = byteLength2 % 3;
  const mainLength = byteLength2 - byteRemainder;
  let a, b, c, d;
  let chunk;
  for (let i = 0; i < mainLength; i = i + 3) {
    chunk = bytes2[i] << 16 | bytes2[i + 1] << 8 | bytes2[i + 2];
    a = (chunk & 16515072) >> 18;
    b = (chunk & 258048) >> 12;
    c = (chunk & 4032) >> 6;
    d = chunk & 63;
    base64 += encodings[a] + encodings[b] + encodings[c] + encodings[d];
  }
  if (byteRemainder === 1) {
    chunk = bytes2[mainLength];
    a = (chunk & 252) >> 2;
    b = (chunk & 3) << 4;
    base64 += encodings[a] + encodings[b] + "==";
  } else if (byteRemainder === 2) {
    chunk = bytes2[mainLength] << 8 | bytes2[mainLength + 1];
    a = (chunk & 64512) >> 10;
    b = (chunk & 1008) >> 4;
    c = (chunk & 15) << 2;
    base64 += encodings[a] + encodings[b] + encodings[c] + "=";
  }
  return base64;
}

// node_modules/postal-mime/dist/esm/postal-mime.js
function isReadableStream(value) {
  return !!value && typeof value.getReader === "function";
}
function isBlob(value) {
  return value instanceof Blob || Object.prototype.toString.call(value) === "[object Blob]";
}
function renderEntry(textEntry, textType, convert) {
  if (textEntry.type === "subMessage") {
    return textType === "html" ? formatHtmlHeader(textEntry.value) : formatTextHeader(textEntry.value);
  }
  if (!convert) {
    return textEntry.value;
  }
  return textType === "html" ? textToHtml(textEntry.value) : htmlToText2(textEntry.value);
}
var MAX_NESTING_DEPTH = 256;
var MAX_HEADERS_SIZE = 2 * 1024 * 1024;
var MAX_RFC822_NESTING_DEPTH = 10;
function parseLimitOption(value, defaultValue, name) {
  if (value === void 0 || value === null) {
    return defaultValue;
  }
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0) {
    throw new TypeError(`${name} must be a non-negative integer`);
  }
  return value;
}
var PostalMime = class _PostalMime {
  /**
   * Parses a raw email message
   *
   * @param buf Raw email message
   * @param options Parser options
   * @returns The parsed email
   */
  // async so that an invalid option rejects the returned promise instead of throwing
  // synchronously, which would escape a `.catch()` chain
  static async parse(buf, options) {
    const parser = new _PostalMime(options);
    return parser.parse(buf);
  }
  constructor(options) {
    this.options = options || {};
    this.mimeOptions = {
      maxNestingDepth: parseLimitOption(this.options.maxNestingDepth, MAX_NESTING_DEPTH, "maxNestingDepth"),
      maxHeadersSize: parseLimitOption(this.options.maxHeadersSize, MAX_HEADERS_SIZE, "maxHeadersSize")
    };
    this.maxRfc822NestingDepth = parseLimitOption(this.options.maxRfc822NestingDepth, MAX_RFC822_NESTING_DEPTH, "maxRfc822NestingDepth");
    this.rfc822NestingDepth = 0;
    this.root = this.currentNode = new MimeNode({
      postalMime: this,
      ...this.mimeOptions
    });
    this.boundaries = [];
    this.headerSize = 0;
    this.textContent = {};
    this.textMap = /* @__PURE__ */ new Map();
    this.textTypes = /* @__PURE__ */ new Set();
    this.attachments = [];
    this.forceRfc822Attachments = false;
    this.attachmentEncoding = (this.options.attachmentEncoding || "").toString().replace(/[-_\s]/g, "").trim().toLowerCase() || "arraybuffer";
    this.started = false;
  }
  /** @internal */
  async finalize() {
    await this.root.finalize();
  }
  /** @internal */
  async processLine(line, isFinal) {
    let boundaries = this.boundaries;
    if (boundaries.length && line.length > 2 && line[0] === 45 && line[1] === 45) {
      for (let i = boundaries.length - 1; i >= 0; i--) {
        let boundary = boundaries[i];
        if (line.length < boundary.value.length + 2) {
          continue;
        }
        let boundaryMatches = true;
        for (let j = 0; j < boundary.value.length; j++) {
          if (line[j + 2] !== boundary.value[j]) {
            boundaryMatches = false;
            break;
          }
        }
        if (!boundaryMatches) {
          continue;
        }
        let boundaryEnd = boundary.value.length + 2;
        let isTerminator = false;
        if (line.length >= boundary.value.length + 4 && line[boundary.value.length + 2] === 45 && line[boundary.value.length + 3] === 45) {
          isTerminator = true;
          boundaryEnd = boundary.value.length + 4;
        }
        let hasValidTrailing = true;
        for (let j = boundaryEnd; j < line.length; j++) {
          if (line[j] !== 32 && line[j] !== 9) {
            hasValidTrailing = false;
            break;
          }
        }
        if (!hasValidTrailing) {
          continue;
        }
        if (isTerminator) {
          await boundary.node.finalize();
          this.currentNode = boundary.node.parentNode || this.root;
        } else {
          await boundary.node.finalizeChildNodes();
          this.currentNode = new MimeNode({
            postalMime: this,
            parentNode: boundary.node,
            parentMultipartType: boundary.node.contentType.multipart,
            ...this.mimeOptions
          });
        }
        if (isFinal) {
          return this.finalize();
        }
        return;
      }
    }
    this.currentNode.feed(line);
    if (isFinal) {
      return this.finalize();
    }
  }
  /** @internal */
  readLine() {
    let startPos = this.readPos;
    let endPos = this.readPos;
    while (this.readPos < this.av.length) {
      const c = this.av[this.readPos++];
      if (c !== 13 && c !== 10) {
        endPos = this.readPos;
      }
      if (c === 10) {
        return {
          bytes: new Uint8Array(this.buf, startPos, endPos - startPos),
          done: this.readPos >= this.av.length
        };
      }
    }
    return {
      bytes: new Uint8Array(this.buf, startPos, endPos - startPos),
      done: this.readPos >= this.av.length
    };
  }
  // Records a text part or a nested message under the node that selects it
  /** @internal */
  addTextEntry(selector, textType, item) {
    let textEntry = this.textMap.get(selector);
    if (!textEntry) {
      textEntry = {};
      this.textMap.set(selector, textEntry);
    }
    const entries = textEntry[textType] || [];
    textEntry[textType] = entries;
    entries.push(item);
    this.textTypes.add(textType);
  }
  // Sorts every leaf of the tree into text content, nested messages and attachments.
  // `alternative` is the closest enclosing multipart/alternative, if any: its text parts
  // are collected under the alternative itself, so that the body is assembled from one
  // representation of it rather than from every one. `related` tells whether the part
  // sits inside a multipart/related, where a Content-ID makes it an inline resource
  /** @internal */
  async collectNode(node, alternative, related) {
    if (!node.contentType.multipart) {
      const inlineRfc822 = this.isInlineMessageRfc822(node);
      const rfc822DepthExceeded = inlineRfc822 && this.rfc822NestingDepth >= this.maxRfc822NestingDepth;
      if (inlineRfc822 && !rfc822DepthExceeded) {
        await this.collectSubMessage(node);
      } else if (this.isInlineTextNode(node)) {
        const textType = node.contentType.parsed.value === "text/html" ? "html" : "plain";
        this.addTextEntry(alternative || node, textType, { type: "text", value: node.getTextContent() });
      } else if (node.content) {
        this.collectAttachment(node, node.content, related, rfc822DepthExceeded);
      }
    } else if (node.contentType.multipart === "alternative") {
      alternative = node;
    } else if (node.contentType.multipart === "related") {
      related = true;
    }
    for (let childNode of node.childNodes) {
      await this.collectNode(childNode, alternative, related);
    }
  }
  // Parses an inline message/rfc822 part with a nested parser and takes over its text
  // parts and attachments
  /** @internal */
  async collectSubMessage(node) {
    const subParser = new _PostalMime({
      // Only the limits are inherited. Options that decide how a part
      // is classified stay with the parser that was configured.
      ...this.mimeOptions,
      maxRfc822NestingDepth: this.maxRfc822NestingDepth,
      // attachments are encoded by the parent parser, keep raw buffers here
      attachmentEncoding: "arraybuffer"
    });
    subParser.rfc822NestingDepth = this.rfc822NestingDepth + 1;
    const subMessage = node.subMessage = await subParser.parse(node.content || new ArrayBuffer(0));
    if (subMessage.text || !subMessage.html) {
      this.addTextEntry(node, "plain", { type: "subMessage", value: subMessage });
    }
    if (subMessage.html) {
      this.addTextEntry(node, "html", { type: "subMessage", value: subMessage });
    }
    subParser.textMap.forEach((subTextEntry, subTextNode) => {
      this.textMap.set(subTextNode, subTextEntry);
    });
    for (let attachment of subMessage.attachments) {
      this.attachments.push(attachment);
    }
  }
  /** @internal */
  collectAttachment(node, content, related, rfc822DepthExceeded) {
    const filename = node.contentDisposition.parsed.params.filename || node.contentType.parsed.params.name || null;
    const attachment = {
      filename: filename ? decodeWords(filename) : null,
      mimeType: node.contentType.parsed.value,
      disposition: node.contentDisposition.parsed.value || null
    };
    if (related && node.contentId && !rfc822DepthExceeded) {
      attachment.related = true;
    }
    if (rfc822DepthExceeded) {
      attachment.rfc822DepthExceeded = true;
    }
    if (node.contentDescription) {
      attachment.description = decodeWords(node.contentDescription);
    }
    if (node.contentId) {
      attachment.contentId = node.contentId;
    }
    switch (node.contentType.parsed.value) {
      // Special handling for calendar events
      case "text/calendar":
      case "application/ics": {
        if (node.contentType.parsed.params.method) {
          attachment.method = node.contentType.parsed.params.method.toString().toUpperCase().trim();
        }
        const decodedText = node.getTextContent().replace(/\r?\n/g, "\n");
        let end = decodedText.length;
        while (end > 0 && decodedText.charCodeAt(end - 1) === 10) {
          end--;
        }
        attachment.content = textEncoder.encode(decodedText.slice(0, end) + "\n");
        break;
      }
      // Regular attachments
      default:
        attachment.content = content;
    }
    this.attachments.push(attachment);
  }
  // Joins the collected text parts into the plain and html bodies
  /** @internal */
  renderTextContent() {
    const textContent = {};
    this.textMap.forEach((mapEntry) => {
      this.textTypes.forEach((textType) => {
        const output = textContent[textType] || [];
        textContent[textType] = output;
        const ownEntries = mapEntry[textType];
        const entries = ownEntries || mapEntry[textType === "html" ? "plain" : "html"] || [];
        for (const textEntry of entries) {
          output.push(renderEntry(textEntry, textType, !ownEntries));
        }
      });
    });
    Object.keys(textContent).forEach((textType) => {
      this.textContent[textType] = textContent[textType].join("\n");
    });
  }
  /** @internal */
  isInlineTextNode(node) {
    if (node.contentDisposition.parsed.value === "attachment") {
      return false;
    }
    switch (node.contentType.parsed.value) {
      case "text/html":
      case "text/plain":
        return true;
      case "text/calendar":
      case "text/csv":
      default:
        return false;
    }
  }
  /** @internal */
  isInlineMessageRfc822(node) {
    if (this.forceRfc822Attachments || node.contentType.parsed.value !== "message/rfc822") {
      return false;
    }
    let disposition = node.contentDisposition.parsed.value || (this.options.rfc822Attachments ? "attachment" : "inline");
    return disposition === "inline";
  }
  // A delivery status or feedback report carries the offending message as a part. It is
  // evidence rather than content, so it is not inlined into the body of the report
  /** @internal */
  hasReportParts() {
    let found = false;
    let walk = (node) => {
      if (!node.contentType.multipart) {
        if (["message/delivery-status", "message/feedback-report"].includes(node.contentType.parsed.value)) {
          found = true;
        }
      }
      for (let childNode of node.childNodes) {
        walk(childNode);
      }
    };
    walk(this.root);
    return found;
  }
  /** @internal */
  async resolveStream(stream) {
    let chunkLen = 0;
    let chunks = [];
    const reader = stream.getReader();
    while (true) {
      const { done, value } = await reader.read();
      if (done) {
        break;
      }
      chunks.push(value);
      chunkLen += value.length;
    }
    const result = new Uint8Array(chunkLen);
    let chunkPointer = 0;
    for (let chunk of chunks) {
      result.set(chunk, chunkPointer);
      chunkPointer += chunk.length;
    }
    return result;
  }
  /** @internal */
  async resolveInput(buf) {
    let input = buf;
    if (isReadableStream(input)) {
      input = await this.resolveStream(input);
    }
    input = input || new ArrayBuffer(0);
    if (typeof input === "string") {
      input = textEncoder.encode(input);
    }
    if (isBlob(input)) {
      input = await blobToArrayBuffer(input);
    }
    if (ArrayBuffer.isView(input)) {
      return input.buffer.slice(input.byteOffset, input.byteOffset + input.byteLength);
    }
    return input;
  }
  // Properties are added in the order the output has always had them, so the required
  // ones are filled in below rather than in the literal
  /** @internal */
  buildMessage() {
    const headers = this.root.headers;
    const message = {
      headers: headers.map((entry) => ({
        key: entry.key,
        originalKey: entry.originalKey,
        value: entry.value
      }))
    };
    for (const key of ["from", "sender"]) {
      const addressHeader = headers.find((line) => line.key === key);
      if (addressHeader && addressHeader.value) {
        const addresses = address_parser_default(addressHeader.value);
        if (addresses && addresses.length) {
          message[key] = addresses[0];
        }
      }
    }
    for (const [key, camelKey] of [
      ["delivered-to", "deliveredTo"],
      ["return-path", "returnPath"]
    ]) {
      const addressHeader = headers.find((line) => line.key === key);
      if (addressHeader && addressHeader.value) {
        const addresses = address_parser_default(addressHeader.value);
        if (addresses && addresses.length && addresses[0].address) {
          message[camelKey] = addresses[0].address;
        }
      }
    }
    for (const [key, camelKey] of [
      ["to", "to"],
      ["cc", "cc"],
      ["bcc", "bcc"],
      ["reply-to", "replyTo"]
    ]) {
      const addresses = [];
      for (const entry of headers) {
        if (entry.key === key && entry.value) {
          for (const address2 of address_parser_default(entry.value)) {
            addresses.push(address2);
          }
        }
      }
      if (addresses.length) {
        message[camelKey] = addresses;
      }
    }
    for (const [key, camelKey] of [
      ["subject", "subject"],
      ["message-id", "messageId"],
      ["in-reply-to", "inReplyTo"],
      ["references", "references"]
    ]) {
      const header = headers.find((line) => line.key === key);
      if (header && header.value) {
        message[camelKey] = decodeWords(header.value);
      }
    }
    let dateHeader = headers.find((line) => line.key === "date");
    if (dateHeader) {
      let date = new Date(dateHeader.value);
      message.date = date.toString() === "Invalid Date" ? dateHeader.value : date.toISOString();
    }
    if (this.textContent.html) {
      message.html = this.textContent.html;
    }
    if (this.textContent.plain) {
      message.text = this.textContent.plain;
    }
    message.attachments = this.attachments;
    message.headerLines = this.root.rawHeaderLines.slice();
    return message;
  }
  // Every attachment holds binary content at this point, since nested parsers are
  // created with the arraybuffer encoding. The string check narrows the public content
  // type rather than handling a reachable case
  /** @internal */
  encodeAttachments() {
    switch (this.attachmentEncoding) {
      case "arraybuffer":
        break;
      case "base64":
        for (let attachment of this.attachments) {
          if (attachment.content && typeof attachment.content !== "string") {
            attachment.content = base64ArrayBuffer(attachment.content);
            attachment.encoding = "base64";
          }
        }
        break;
      case "utf8": {
        let attachmentDecoder = new TextDecoder("utf8");
        for (let attachment of this.attachments) {
          if (attachment.content && typeof attachment.content !== "string") {
            attachment.content = attachmentDecoder.decode(attachment.content);
            attachment.encoding = "utf8";
          }
        }
        break;
      }
      default:
        throw new Error("Unknown attachment encoding");
    }
  }
  /**
   * Parses a raw email message. A parser instance can be used once
   *
   * @param buf Raw email message
   * @returns The parsed email
   */
  async parse(buf) {
    if (this.started) {
      throw new Error("Can not reuse parser, create a new PostalMime object");
    }
    this.started = true;
    this.buf = await this.resolveInput(buf);
    this.av = new Uint8Array(this.buf);
    this.readPos = 0;
    while (this.readPos < this.av.length) {
      const line = this.readLine();
      await this.processLine(line.bytes, line.done);
    }
    this.forceRfc822Attachments = Boolean(this.options.forceRfc822Attachments) || this.hasReportParts();
    await this.collectNode(this.root, false, false);
    this.renderTextContent();
    const message = this.buildMessage();
    this.encodeAttachments();
    return message;
  }
};

// src/core/net/header-block.ts
function parseHeaderBlock(block) {
  const fields = [];
  let name;
  let value = "";
  const flush = () => {
    if (name !== void 0) fields.push({ name, value: value.trim() });
    name = void 0;
    value = "";
  };
  for (const line of block.split(/\r\n|\n|\r/u)) {
    if (line === "") {
      if (name !== void 0 || fields.length > 0) break;
      continue;
    }
    const first = line.charCodeAt(0);
    if (first === 32 || first === 9) {
      if (name !== void 0) value += line;
      continue;
    }
    flush();
    const colon = line.indexOf(":");
    if (colon <= 0) continue;
    const candidate = line.slice(0, colon).trimEnd();
    if (!isFieldName(candidate)) continue;
    name = candidate;
    value = line.slice(colon + 1);
  }
  flush();
  return fields;
}
function isFieldName(text) {
  if (text === "") return false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 33 || code > 126 || code === 58) return false;
  }
  return true;
}
function headerValues(fields, name) {
  const wanted = name.toLowerCase();
  return fields.filter((field) => field.name.toLowerCase() === wanted).map((field) => field.value);
}

// src/mime/text-repair.ts
var cp1252High = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ";
var byteOf = /* @__PURE__ */ new Map();
for (let i = 0; i < cp1252High.length; i++) byteOf.set(cp1252High.charAt(i), 128 + i);
var strictUtf8 = new TextDecoder("utf-8", { fatal: true });
function repairMojibake(text) {
  let high = false;
  const bytes2 = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      bytes2[i] = code;
      continue;
    }
    const byte = code <= 255 ? code : byteOf.get(text.charAt(i));
    if (byte === void 0) return text;
    bytes2[i] = byte;
    high = true;
  }
  if (!high) return text;
  try {
    return strictUtf8.decode(bytes2);
  } catch {
    return text;
  }
}
function removeNul(text) {
  return text.includes("\0") ? text.replaceAll("\0", "") : text;
}
function cleanText(text) {
  return repairMojibake(removeNul(text)).trim();
}

// src/mime/mailbox.ts
var encodedWord2 = /=\?[^?\s]+\?[bBqQ]\?[^?\s]*\?=/g;
function flatten(list3) {
  const out = [];
  for (const item of list3) {
    if (item.group !== void 0) {
      if (item.group.length === 0) out.push({ name: item.name, address: "" });
      for (const member of item.group) out.push(member);
    } else out.push(item);
  }
  return out;
}
function parseMailboxes(raw) {
  const outsideWords = raw.replace(encodedWord2, " ").toLowerCase();
  const mailboxes = [];
  const names = [];
  let fabricated = false;
  for (const item of flatten(address_parser_default(raw))) {
    const address2 = item.address.trim();
    if (address2 === "") {
      if (item.name.trim() !== "") names.push(cleanText(item.name));
    } else if (!outsideWords.includes(address2.toLowerCase())) {
      fabricated = true;
    } else {
      mailboxes.push({ name: cleanText(item.name), address: address2 });
    }
  }
  if (fabricated) {
    return {
      mailboxes,
      nameOnly: cleanText(decodeWords(raw.trim())),
      problem: "the only address is inside an encoded word (RFC 2047), where an address cannot be"
    };
  }
  const nameOnly = names.join(" ");
  if (mailboxes.length === 0 && raw.trim() !== "") {
    return { mailboxes, nameOnly, problem: nameOnly === "" ? "no address could be read" : "a name with no address" };
  }
  return nameOnly === "" ? { mailboxes } : { mailboxes, nameOnly };
}

// src/mime/eml-to-facts.ts
var emlDefaults = {
  maxMessageBytes: 5e7,
  maxBodyChars: defaultPolicy.limits.maxBodyChars,
  maxAttachmentBytes: defaultPolicy.limits.maxAttachmentBytes
};
function byteLength(input) {
  return typeof input === "string" ? input.length : input.byteLength;
}
var htmlType = Array.from("text/html", (c) => c.charCodeAt(0));
function mentionsHtmlPart(input) {
  if (typeof input === "string") return /text\/html/i.test(input);
  const bytes2 = input instanceof Uint8Array ? input : new Uint8Array(input);
  const last = bytes2.length - htmlType.length;
  outer: for (let i = 0; i <= last; i++) {
    for (let j = 0; j < htmlType.length; j++) {
      const b = bytes2[i + j] ?? 0;
      const lower = b >= 65 && b <= 90 ? b | 32 : b;
      if (lower !== htmlType[j]) continue outer;
    }
    return true;
  }
  return false;
}
function toHeaders(headers) {
  return headers.map((h) => ({ name: h.originalKey, value: h.value }));
}
function mailboxList(headers, key) {
  return headerValues(headers, key).flatMap((raw) => [...parseMailboxes(raw).mailboxes]);
}
function readFrom(headers) {
  const raw = headerValues(headers, "from").find((value) => value.trim() !== "");
  if (raw === void 0) return { missing: { part: "from", reason: "absent" } };
  const parsed = parseMailboxes(raw);
  const first = parsed.mailboxes[0];
  if (first !== void 0 && parsed.problem === void 0) return { from: first };
  const detail = parsed.problem ?? "no address could be read";
  if (first !== void 0) return { from: first, missing: { part: "from", reason: "failed", detail } };
  const name = parsed.nameOnly ?? "";
  return name === "" ? { missing: { part: "from", reason: "failed", detail } } : { from: { name, address: "" }, missing: { part: "from", reason: "failed", detail } };
}
function readSender(headers) {
  const raw = headerValues(headers, "sender")[0];
  return raw === void 0 ? void 0 : parseMailboxes(raw).mailboxes[0];
}
function attachmentBytes(content) {
  if (typeof content === "string") return new TextEncoder().encode(content);
  return content instanceof Uint8Array ? content : new Uint8Array(content);
}
function toAttachment(att) {
  const bytes2 = attachmentBytes(att.content);
  return {
    name: cleanText(att.filename ?? ""),
    size: bytes2.byteLength,
    inline: att.disposition === "inline" || att.related === true,
    contentType: att.mimeType,
    bytes: bytes2
  };
}
function readBodies(email2, input) {
  const bodyText = repairMojibake(removeNul(email2.text ?? "")).replace(/\r\n?/g, "\n");
  const realHtml = email2.html !== void 0 && mentionsHtmlPart(input);
  return realHtml ? { bodyText, bodyHtml: repairMojibake(removeNul(email2.html ?? "")) } : { bodyText };
}
function limitsOf(options) {
  return {
    maxBodyChars: options.maxBodyChars ?? emlDefaults.maxBodyChars,
    maxAttachmentBytes: options.maxAttachmentBytes ?? emlDefaults.maxAttachmentBytes
  };
}
function user(options) {
  return {
    ...options.userAddress !== void 0 ? { userAddress: options.userAddress } : {},
    ...options.userName !== void 0 ? { userName: options.userName } : {}
  };
}
var fallbackHeaderBytes = 256 * 1024;
function headerSection(input) {
  const text = typeof input === "string" ? input.slice(0, fallbackHeaderBytes) : new TextDecoder("utf-8", { fatal: false }).decode((input instanceof Uint8Array ? input : new Uint8Array(input)).subarray(0, fallbackHeaderBytes));
  const end = text.search(/\r?\n\r?\n/);
  return end < 0 ? text : text.slice(0, end);
}
function headersOnlyFacts(input, problem, options) {
  const fields = parseHeaderBlock(removeNul(headerSection(input)));
  const headers = fields;
  const missing = [
    { part: "body", reason: "failed", detail: `MIME structure could not be parsed: ${problem}` },
    { part: "attachments", reason: "failed", detail: `MIME structure could not be parsed: ${problem}` }
  ];
  const { from, missing: fromMissing } = readFrom(headers);
  if (fromMissing) missing.push(fromMissing);
  const sender = readSender(headers);
  const subject = decodeEncodedWords(headerValues(headers, "subject")[0] ?? "");
  return buildFacts(
    {
      ...from ? { from } : {},
      ...sender ? { sender } : {},
      replyTo: mailboxList(headers, "reply-to"),
      to: mailboxList(headers, "to"),
      cc: mailboxList(headers, "cc"),
      subject: cleanText(subject),
      headers,
      ...user(options),
      missing
    },
    limitsOf(options)
  );
}
async function emlToFacts(input, options = {}) {
  const maxMessageBytes = options.maxMessageBytes ?? emlDefaults.maxMessageBytes;
  const size = byteLength(input);
  if (size > maxMessageBytes) throw new Error(`message is ${size} bytes, larger than the ${maxMessageBytes}-byte limit`);
  let email2;
  try {
    email2 = await PostalMime.parse(input, { forceRfc822Attachments: true, attachmentEncoding: "arraybuffer" });
  } catch (error) {
    return headersOnlyFacts(input, errorText(error), options);
  }
  const missing = [];
  const headers = toHeaders(email2.headers);
  const { from, missing: fromMissing } = readFrom(headers);
  if (fromMissing) missing.push(fromMissing);
  const sender = readSender(headers);
  return buildFacts(
    {
      ...from ? { from } : {},
      ...sender ? { sender } : {},
      replyTo: mailboxList(headers, "reply-to"),
      ...email2.returnPath !== void 0 ? { returnPath: email2.returnPath } : {},
      to: mailboxList(headers, "to"),
      cc: mailboxList(headers, "cc"),
      subject: cleanText(email2.subject ?? ""),
      headers,
      ...readBodies(email2, input),
      attachments: email2.attachments.map(toAttachment),
      ...user(options),
      missing
    },
    limitsOf(options)
  );
}

// src/mime/msg-to-facts.ts
import MsgReaderModule from "@kenjiuno/msgreader";
var MsgReader = MsgReaderModule.default ?? MsgReaderModule;
function looksLikeMsg(bytes2) {
  const magic = [208, 207, 17, 224, 161, 177, 26, 225];
  return magic.every((b, i) => bytes2[i] === b);
}
function readMsg(bytes2) {
  if (!looksLikeMsg(bytes2)) throw new Error("not an Outlook .msg file (no compound-file signature)");
  const copy = bytes2.slice().buffer;
  const reader = new MsgReader(copy);
  const data = reader.getFileData();
  if (data.error !== void 0) throw new Error(`cannot read .msg: ${data.error}`);
  return { reader, data };
}
function list2(headers, key) {
  return headerValues(headers, key).flatMap((raw) => [...parseMailboxes(raw).mailboxes]);
}
function senderOf(data) {
  const smtp = data.senderSmtpAddress ?? (data.senderAddressType?.toUpperCase() === "SMTP" ? data.senderEmail : void 0);
  const name = cleanText(data.senderName ?? "");
  if (smtp === void 0 && name === "") return void 0;
  return { name: name === smtp ? "" : name, address: smtp ?? "" };
}
function recipients(data, kind) {
  return (data.recipients ?? []).filter((r) => (r.recipType ?? "to") === kind).map((r) => ({ name: cleanText(r.name ?? ""), address: r.smtpAddress ?? r.email ?? "" }));
}
function attachmentsOf(reader, data, maxBytes, missing) {
  const out = [];
  for (const att of data.attachments ?? []) {
    if (att.innerMsgContent === true) {
      out.push({ name: `${cleanText(att.name ?? "message")}.msg`, size: -1, inline: false, contentType: "application/vnd.ms-outlook" });
      continue;
    }
    const name = cleanText(att.fileName ?? att.name ?? "");
    const size = att.contentLength ?? -1;
    const inline = att.attachmentHidden === true;
    if (size > maxBytes) {
      missing.push({ part: "attachmentContent", reason: "tooLarge", detail: `${name || "(unnamed)"}: ${size} bytes, limit ${maxBytes}` });
      out.push({ name, size, inline, bytesSkippedBySize: true });
      continue;
    }
    try {
      const content = reader.getAttachment(att).content;
      out.push({ name, size: content.byteLength, inline, bytes: content });
    } catch (error) {
      missing.push({ part: "attachmentContent", reason: "failed", detail: `${name}: ${error instanceof Error ? error.message : String(error)}` });
      out.push({ name, size, inline });
    }
  }
  return out;
}
function msgToFacts(bytes2, options = {}) {
  const maxBodyChars = options.maxBodyChars ?? emlDefaults.maxBodyChars;
  const maxAttachmentBytes = options.maxAttachmentBytes ?? emlDefaults.maxAttachmentBytes;
  const { reader, data } = readMsg(bytes2);
  const missing = [];
  const headerText = removeNul(data.headers ?? "").trim();
  const headers = headerText === "" ? void 0 : parseHeaderBlock(headerText);
  if (!headers) missing.push({ part: "headers", reason: "absent", detail: "the .msg holds no internet headers (a saved draft or sent item)" });
  const fromHeader = headers ? list2(headers, "from")[0] : void 0;
  const from = fromHeader ?? senderOf(data);
  if (!from) missing.push({ part: "from", reason: "absent" });
  else if (from.address === "") missing.push({ part: "from", reason: "failed", detail: "the sender has no SMTP address in the .msg" });
  let bodyText = removeNul(data.body ?? "").replace(/\r\n?/g, "\n");
  const html = data.bodyHtml !== void 0 ? removeNul(data.bodyHtml) : void 0;
  if (bodyText.length > maxBodyChars || (html?.length ?? 0) > maxBodyChars) {
    missing.push({ part: "body", reason: "tooLarge", detail: `body longer than ${maxBodyChars} characters; the rest was not examined` });
    bodyText = bodyText.slice(0, maxBodyChars);
  }
  const bodyHtml = html?.slice(0, maxBodyChars);
  const subject = headers ? decodeEncodedWords(headerValues(headers, "subject")[0] ?? data.subject ?? "") : data.subject ?? "";
  const returnPath = headers ? headerValues(headers, "return-path")[0]?.replace(/[<>\s]/g, "") : void 0;
  return {
    ...from ? { from } : {},
    replyTo: headers ? list2(headers, "reply-to") : [],
    ...returnPath ? { returnPath } : {},
    to: headers ? list2(headers, "to") : recipients(data, "to"),
    cc: headers ? list2(headers, "cc") : recipients(data, "cc"),
    subject: cleanText(subject),
    ...headers ? { headers } : {},
    bodyText,
    ...bodyHtml !== void 0 ? { bodyHtml } : {},
    links: bodyHtml !== void 0 ? extractLinks(bodyHtml) : [],
    attachments: attachmentsOf(reader, data, maxAttachmentBytes, missing),
    ...options.userAddress !== void 0 ? { userAddress: options.userAddress } : {},
    ...options.userName !== void 0 ? { userName: options.userName } : {},
    missing
  };
}

// src/mime/read-message.ts
async function messageToFacts(bytes2, options = {}) {
  return looksLikeMsg(bytes2) ? msgToFacts(bytes2, options) : emlToFacts(bytes2, options);
}

// src/cli/scan-file.ts
var mailHeaders = /* @__PURE__ */ new Set(["from", "sender", "to", "subject", "date", "message-id", "received", "return-path", "mime-version"]);
function headerSectionEnds(bytes2) {
  return bytes2.indexOf("\n\n") >= 0 || bytes2.indexOf("\n\r\n") >= 0;
}
function readWhole(file) {
  const fd = openSync(file, "r");
  try {
    const { size } = fstatSync(fd);
    if (size > emlDefaults.maxMessageBytes) return { refused: `file is ${size} bytes, larger than the ${emlDefaults.maxMessageBytes}-byte limit` };
    if (size === 0) return { refused: "the file is empty" };
    const bytes2 = Buffer.allocUnsafe(size);
    let filled = 0;
    while (filled < size) {
      const n = readSync(fd, bytes2, filled, size - filled, null);
      if (n === 0) break;
      filled += n;
    }
    return { bytes: filled === size ? bytes2 : bytes2.subarray(0, filled) };
  } finally {
    closeSync(fd);
  }
}
async function scanFile(file, policy) {
  try {
    const read = readWhole(file);
    if ("refused" in read) return recordFromError(file, read.refused);
    const { bytes: bytes2 } = read;
    const parsed = await messageToFacts(new Uint8Array(bytes2.buffer, bytes2.byteOffset, bytes2.byteLength), {
      maxBodyChars: policy.limits.maxBodyChars,
      maxAttachmentBytes: policy.limits.maxAttachmentBytes
    });
    const facts = looksLikeMsg(bytes2) || headerSectionEnds(bytes2) ? parsed : { ...parsed, missing: [...parsed.missing, { part: "body", reason: "failed", detail: "the header section never ends: the file looks truncated" }] };
    if (facts.from === void 0 && facts.subject === "" && facts.to.length === 0 && !(facts.headers ?? []).some((h) => mailHeaders.has(h.name.toLowerCase()))) {
      return recordFromError(file, "no mail headers found (not an .eml message, or truncated before its headers)");
    }
    return recordFromVerdict(file, facts.subject, analyze(facts, policy));
  } catch (error) {
    return recordFromError(file, errorText(error));
  }
}

// src/cli/worker-pool.ts
import { Worker, parentPort } from "node:worker_threads";
var PoolError = class extends Error {
  constructor(message, delivered) {
    super(message);
    this.delivered = delivered;
    this.name = "PoolError";
  }
};
function mapInWorkers(items, options, onResult) {
  const batches = [];
  for (let start = 0; start < items.length; start += options.batchSize) batches.push({ start, items: items.slice(start, start + options.batchSize) });
  const count = Math.max(1, Math.min(options.workers, batches.length));
  const done = /* @__PURE__ */ new Map();
  const workers = [];
  let next = 0;
  let delivered = 0;
  let settled = false;
  return new Promise((resolve, reject) => {
    const finish = (error) => {
      if (settled) return;
      settled = true;
      for (const w of workers) void w.terminate();
      if (error === void 0) resolve();
      else reject(new PoolError(error, delivered));
    };
    const flush = () => {
      for (let results = done.get(delivered); results !== void 0; results = done.get(delivered)) {
        done.delete(delivered);
        for (const result of results) {
          onResult(delivered, result);
          delivered += 1;
        }
      }
      if (delivered === items.length) finish();
    };
    const feed = (worker) => {
      const batch = batches[next];
      if (batch === void 0) return;
      next += 1;
      worker.postMessage(batch);
    };
    if (items.length === 0) {
      finish();
      return;
    }
    for (let i = 0; i < count; i++) {
      const worker = new Worker(options.workerUrl, { workerData: options.workerData });
      workers.push(worker);
      worker.on("message", (reply) => {
        if (settled) return;
        if ("error" in reply) {
          finish(`worker failed on items from ${reply.start}: ${reply.error}`);
          return;
        }
        done.set(reply.start, reply.results);
        feed(worker);
        try {
          flush();
        } catch (error) {
          finish(errorText(error));
        }
      });
      worker.on("error", (error) => {
        finish(`worker failed: ${errorText(error)}`);
      });
      worker.on("exit", (code) => {
        if (!settled) finish(`worker stopped (exit code ${code}) before the work was done`);
      });
      feed(worker);
      feed(worker);
    }
  });
}
function serveBatches(handle) {
  const port = parentPort;
  if (port === null) throw new Error("serveBatches must run in a worker thread");
  let queue = Promise.resolve();
  port.on("message", (batch) => {
    queue = queue.then(async () => {
      try {
        const results = [];
        for (const item of batch.items) results.push(await handle(item));
        port.postMessage({ start: batch.start, results });
      } catch (error) {
        port.postMessage({ start: batch.start, error: errorText(error) });
      }
    });
  });
}

export {
  errorText,
  drillHeaderValue,
  readDrillMark,
  drillIdFromSubject,
  validatePolicy,
  parsePolicy,
  formatPolicyIssues,
  loadPolicyFile,
  PostalMime,
  parseHeaderBlock,
  headerValues,
  cleanText,
  parseMailboxes,
  emlDefaults,
  looksLikeMsg,
  readMsg,
  recordFromError,
  jsonLine,
  table2 as table,
  summary,
  scanFile,
  mapInWorkers,
  serveBatches
};
