import fc from "fast-check";
import type {
  AttachmentFact,
  FactPart,
  HeaderField,
  LinkFact,
  Mailbox,
  MessageFacts,
  MissingPart,
  MissingReason,
} from "../../../src/core";

/**
 * fast-check generators for MessageFacts that lean towards what an attacker would send: text that
 * renders differently from its code points, names that almost match the facility, headers in
 * every shape, and lists far longer than real mail.
 */

/** Code points that change how text looks or reads without changing much of what it says. */
const tricky = [
  "\u202E", // right-to-left override
  "\u202D", // left-to-right override
  "\u2066", // left-to-right isolate
  "\u2069", // pop directional isolate
  "\u200B", // zero-width space
  "\u200C", // zero-width non-joiner
  "\u200D", // zero-width joiner
  "\uFEFF", // byte order mark / zero-width no-break space
  "\u00AD", // soft hyphen
  "\u0301", // combining acute
  "\u0308", // combining diaeresis
  "\u3099", // combining kana voiced mark
  "\u0000",
  "\uD800", // lone high surrogate
  "\uDC00", // lone low surrogate
  "𝗪𝗲𝘀𝘁𝗮", // mathematical sans-serif bold
  "😀",
  "𠀋", // astral CJK
  "\u3000", // ideographic space
  "\r\n",
  "\t",
];

/** Pieces of the facility's identity and of addresses, so generated strings come close to real claims. */
const identityPieces = [
  "ウェスタ川越",
  "ウエスタ川越",
  "ｳｪｽﾀ川越",
  "WESTA川越",
  "Westa Kawagoe",
  "westa-kawagoe.jp",
  "westa-kаwagoe.jp", // Cyrillic а
  "xn--westa-kwagoe-",
  "インフォメーション・施設予約",
  "川越 花子",
  "佐藤 一郎",
  "様",
  "株式会社",
  "@",
  "<",
  ">",
  '"',
  "'",
  "=?UTF-8?B?",
  "?=",
  ",",
  ";",
  ":",
  "\\",
  "..",
  "Re: ",
  "FW: ",
  "ご確認ください",
  "請求書",
];

const piece = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: "grapheme", maxLength: 12 }) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 12 }) },
  { weight: 2, arbitrary: fc.constantFrom(...tricky) },
  { weight: 3, arbitrary: fc.constantFrom(...identityPieces) },
);

/** Any unicode string, biased towards bidi controls, zero-width and combining marks, astral and lone surrogates. */
export const hostileString = (maxPieces = 8): fc.Arbitrary<string> =>
  fc.array(piece, { maxLength: maxPieces }).map((parts) => parts.join(""));

const domains = [
  "westa-kawagoe.jp",
  "mail.westa-kawagoe.jp",
  "westa-kawagoe.jp.example.com",
  "westakawagoe.jp",
  "westa-kawag0e.jp",
  "westa-kawagoe.com",
  "westa-kawagoe.co.jp",
  "xn--westa-kwagoe-4ye.jp",
  "city.kawagoe.saitama.jp",
  "yoyaku.example.com",
  "evil.example",
  "gmail.com",
  "192.0.2.1",
  "[192.0.2.1]",
  "localhost",
  "",
  ".",
  "co.jp",
];

const domain = fc.oneof(fc.constantFrom(...domains), fc.domain(), hostileString(3));

const localPart = fc.oneof(
  fc.constantFrom("info", "hanako.kawagoe", "security", ""),
  fc.string({ unit: "grapheme-ascii", maxLength: 10 }),
  hostileString(3),
);

/** Addresses that look like addresses most of the time, and like anything at all sometimes. */
export const address: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(localPart, domain).map(([l, d]) => `${l}@${d}`) },
  { weight: 1, arbitrary: hostileString() },
  {
    weight: 1,
    arbitrary: fc.constantFrom("", "@", "a@b@c", "<>", "info@westa-kawagoe.jp>", " info@WESTA-KAWAGOE.JP. "),
  },
);

export const mailbox: fc.Arbitrary<Mailbox> = fc.record({ name: hostileString(), address });

const headerNames = [
  "From",
  "Sender",
  "Reply-To",
  "Return-Path",
  "Authentication-Results",
  "ARC-Authentication-Results",
  "Received-SPF",
  "X-Forefront-Antispam-Report",
  "X-MS-Exchange-Organization-AuthAs",
  "In-Reply-To",
  "References",
  "Subject",
  "Content-Type",
  "X-Sender-Guard-Suspect",
  "List-Id",
  "List-Unsubscribe",
  "Received",
];

const headerValues = [
  "spf=fail (sender IP is 192.0.2.1) smtp.mailfrom=evil.example; dkim=none (message not signed) header.d=none;dmarc=fail action=none header.from=westa-kawagoe.jp;compauth=fail reason=000",
  "mx.example.com; spf=pass smtp.mailfrom=westa-kawagoe.jp; dkim=pass header.d=westa-kawagoe.jp; dmarc=pass header.from=westa-kawagoe.jp",
  "CIP:192.0.2.1;CTRY:;LANG:ja;SCL:9;SRV:;IPV:NLI;SFV:SPM;H:x;PTR:;CAT:SPOOF;SFS:;DIR:INB;SFTY:9.19",
  "CAT:UIMP;SFTY:9.20;SCL:5",
  "<abc@evil.example>",
  "=?UTF-8?B?IuOCpuOCp+OCueOCv+W3nei2iiIgPGluZm9Ad2VzdGEta2F3YWdvZS5qcD4=?=",
  ";;;;====;;;",
  "(((((((((((((((((((((((((((((((",
];

export const headerField: fc.Arbitrary<HeaderField> = fc.record({
  name: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...headerNames) }, { weight: 1, arbitrary: hostileString(2) }),
  value: fc.oneof(fc.constantFrom(...headerValues), hostileString(), address),
});

export const link: fc.Arbitrary<LinkFact> = fc.record({
  text: fc.oneof(hostileString(), fc.webUrl(), domain),
  href: fc.oneof(
    fc.webUrl(),
    hostileString(),
    fc.constantFrom(
      "http://0x7f.0x0.0x0.0x1/",
      "http://3232235777/",
      "https://westa-kawagoe.jp@evil.example/",
      "javascript:alert(1)",
      "mailto:info@westa-kawagoe.jp",
      "http://[::1]/",
      "https://xn--80ak6aa92e.com/",
      "//evil.example",
      "",
    ),
  ),
});

const fileNames = [
  "請求書.pdf.exe",
  "invoice\u202Efdp.exe",
  "doc.docm",
  "data.xlsm",
  "a.zip",
  "b.7z",
  "c.iso",
  "d.lnk",
  "e.one",
  "f.html",
  "g.js",
  "CON",
  "",
  ".",
  "..",
  "a/../../b.doc",
];

export const attachment: fc.Arbitrary<AttachmentFact> = fc.record(
  {
    name: fc.oneof(fc.constantFrom(...fileNames), hostileString()),
    size: fc.oneof(
      fc.integer({ min: -1, max: 2_000_000_000 }),
      fc.constantFrom(-1, 0, Number.MAX_SAFE_INTEGER, 2 ** 32),
    ),
    inline: fc.boolean(),
    contentType: fc.oneof(
      fc.constantFrom(
        "application/zip",
        "application/octet-stream",
        "text/html",
        "application/vnd.ms-excel.sheet.macroEnabled.12",
      ),
      hostileString(2),
    ),
    id: fc.string({ maxLength: 8 }),
    bytes: fc.uint8Array({ maxLength: 512 }),
    bytesSkippedBySize: fc.boolean(),
  },
  { requiredKeys: ["name", "size", "inline"] },
);

const parts: readonly FactPart[] = [
  "from",
  "sender",
  "subject",
  "recipients",
  "headers",
  "body",
  "attachments",
  "attachmentContent",
  "userAddress",
];
const reasons: readonly MissingReason[] = ["unsupported", "failed", "tooLarge", "absent"];

export const missingPart: fc.Arbitrary<MissingPart> = fc.record(
  { part: fc.constantFrom(...parts), reason: fc.constantFrom(...reasons), detail: hostileString(2) },
  { requiredKeys: ["part", "reason"] },
);

type FactsShape = { readonly maxList: number };

/** Any MessageFacts, each optional part present or not; lists up to `maxList` long. */
export const messageFacts = ({ maxList }: FactsShape = { maxList: 6 }): fc.Arbitrary<MessageFacts> =>
  fc.record(
    {
      from: mailbox,
      sender: mailbox,
      replyTo: fc.array(mailbox, { maxLength: maxList }),
      returnPath: address,
      to: fc.array(mailbox, { maxLength: maxList }),
      cc: fc.array(mailbox, { maxLength: maxList }),
      subject: hostileString(),
      headers: fc.array(headerField, { maxLength: maxList * 2 }),
      bodyText: hostileString(20),
      bodyHtml: fc.oneof(
        hostileString(20),
        fc
          .array(link, { maxLength: maxList })
          .map((ls) => ls.map((l) => `<a href="${l.href}">${l.text}</a>`).join("<br>")),
      ),
      links: fc.array(link, { maxLength: maxList }),
      attachments: fc.array(attachment, { maxLength: maxList }),
      userAddress: address,
      userName: hostileString(3),
      missing: fc.array(missingPart, { maxLength: 3 }),
    },
    { requiredKeys: ["replyTo", "to", "cc", "subject", "bodyText", "links", "attachments", "missing"] },
  );

/** The four levels a verdict may have; anything else is a bug. */
export const levels = ["danger", "caution", "safe", "unknown"] as const;
