// Generated from src/cli by `npm run build:cli`; do not edit. A test checks it is up to date.
import {
  PostalMime,
  cleanText,
  drillHeaderValue,
  drillIdFromSubject,
  emlDefaults,
  errorText,
  formatPolicyIssues,
  headerValues,
  jsonLine,
  loadPolicyFile,
  looksLikeMsg,
  mapInWorkers,
  parseHeaderBlock,
  parseMailboxes,
  parsePolicy,
  readDrillMark,
  readMsg,
  recordFromError,
  scanFile,
  summary,
  table,
  validatePolicy
} from "./shared-ZZGW7EJG.mjs";

// src/cli/main.ts
import { createInterface } from "node:readline/promises";

// src/cli/admin.ts
import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";

// src/cli/powershell.ts
function psQuote(text) {
  return `'${text.replace(/['‘’‚‛]/g, (q) => q + q)}'`;
}
function psArray(items) {
  return `@(${items.map(psQuote).join(", ")})`;
}
var regexMeta = /[\\^$.|?*+()[\]{}]/;
function escapeChar(char) {
  return regexMeta.test(char) ? `\\${char}` : char;
}
var halfWidthKana = (() => {
  const map = /* @__PURE__ */ new Map();
  const singles = [];
  for (let code = 65377; code <= 65439; code++) singles.push(String.fromCharCode(code));
  const marks = ["", "ﾞ", "ﾟ"];
  for (const base of singles) {
    for (const mark of marks) {
      const half = base + mark;
      const full = half.normalize("NFKC");
      if (Array.from(full).length === 1 && !map.has(full) && full !== half) map.set(full, half);
    }
  }
  return map;
})();
function charPattern(char, halfKana) {
  if (/^[A-Za-z]$/.test(char)) {
    const lower = char.toLowerCase();
    const upper = char.toUpperCase();
    const wide = (c) => String.fromCharCode(c.charCodeAt(0) + 65248);
    return `[${lower}${upper}${wide(lower)}${wide(upper)}]`;
  }
  if (/^[0-9]$/.test(char)) return `[${char}${String.fromCharCode(char.charCodeAt(0) + 65248)}]`;
  if (halfKana) {
    const half = halfWidthKana.get(char);
    if (half !== void 0) return Array.from(half).map(escapeChar).join("");
  }
  return escapeChar(char);
}
function namePatterns(name) {
  const normalized = name.normalize("NFKC").trim();
  if (normalized === "") return [];
  const build = (halfKana) => {
    const words = normalized.split(/\s+/u);
    return words.map((word) => Array.from(word, (c) => charPattern(c, halfKana)).join("")).join("\\s*");
  };
  const full = build(false);
  const half = build(true);
  return half === full ? [full] : [full, half];
}
function htmlEscape(text) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

// src/cli/transport-rule.ts
var ruleModes = { enforce: "Enforce", audit: "Audit", "audit-notify": "AuditAndNotify" };
var defaultRuleName = "Sender Guard - organisation name from outside";
var stampValue = "display-name-match";
var ruleSizeWarning = 8e3;
function uniq(items) {
  return [...new Set(items)];
}
function protectedNames(policy) {
  return uniq([...policy.organization.names, ...policy.staff.flatMap((s) => [s.name, ...s.aliases])]);
}
function fromPatterns(policy) {
  return uniq(protectedNames(policy).flatMap(namePatterns));
}
function exceptedDomains(policy) {
  const own = new Set(policy.organization.domains);
  return uniq(policy.trustedSenders.flatMap((t) => t.domain === void 0 || own.has(t.domain) ? [] : [t.domain]));
}
function exceptedAddressPatterns(policy) {
  return policy.trustedSenders.flatMap((t) => t.address === void 0 ? [] : [`^${t.address.replace(/[\\^$.|?*+()[\]{}]/g, "\\$&")}$`]);
}
function disclaimerHtml(policy) {
  const org = htmlEscape(policy.organization.names[0] ?? "");
  const box = "border:2px solid #c50f1f;background:#fdf3f4;padding:8px 12px;margin:0 0 12px 0;font-family:sans-serif;font-size:14px;color:#242424";
  return [
    `<div style="${box}">`,
    `<p style="margin:0 0 6px 0"><strong>【注意】このメールは組織の外から届きましたが、差出人名に「${org}」または職員の名前が含まれています。</strong>`,
    "なりすましのおそれがあります。添付ファイルやURLを開く前に、実際の送信元アドレスを確かめてください。</p>",
    `<p style="margin:0"><strong>Caution: this mail came from outside the organisation, but the sender's name contains &quot;${org}&quot; or a staff member's name.</strong>`,
    " It may be an impersonation. Check the real sender address before you open any attachment or link.</p>",
    "</div>"
  ].join("");
}
function transportRuleScript(policy, options = {}) {
  const ruleName = options.ruleName ?? defaultRuleName;
  const mode = options.mode ?? "audit";
  const patterns = fromPatterns(policy);
  const excepted = exceptedDomains(policy);
  const addressPatterns = exceptedAddressPatterns(policy);
  const patternChars = patterns.reduce((n, p) => n + p.length, 0);
  const params = [
    ["FromScope", psQuote("NotInOrganization")],
    ["HeaderMatchesMessageHeader", psQuote("From")],
    ["HeaderMatchesPatterns", psArray(patterns)],
    ...excepted.length > 0 ? [["ExceptIfSenderDomainIs", psArray(excepted)]] : [],
    ...addressPatterns.length > 0 ? [["ExceptIfFromAddressMatchesPatterns", psArray(addressPatterns)]] : [],
    ["ApplyHtmlDisclaimerLocation", psQuote("Prepend")],
    ["ApplyHtmlDisclaimerText", psQuote(disclaimerHtml(policy))],
    ["ApplyHtmlDisclaimerFallbackAction", psQuote("Wrap")],
    ["SetHeaderName", psQuote(policy.transportHeader)],
    ["SetHeaderValue", psQuote(stampValue)],
    ["Mode", psQuote(ruleModes[mode])],
    ...options.priority !== void 0 ? [["Priority", String(options.priority)]] : [],
    ["Comments", psQuote("Generated by sender-guard admin transport-rule from the organisation's policy file.")]
  ];
  const width2 = Math.max(...params.map(([k]) => k.length));
  const lines = [
    "# Sender Guard: Exchange Online mail flow rule (transport rule)",
    "# 組織名・職員名を名乗る外部からのメールに警告文を差し込み、ヘッダーを付けます。",
    "#",
    "# What it does: mail from outside the organisation whose From header contains the",
    "# organisation's name or a staff member's name gets a Japanese/English warning at the top",
    `# of the body, and the header ${policy.transportHeader}: ${stampValue}, which the add-in's`,
    "# launch-event handler listens for.",
    "#",
    "# How to run:",
    "#   1. Save this output as a file, e.g. sender-guard-rule.ps1. Windows PowerShell 5.1 reads",
    "#      a script without a BOM in the system code page and garbles the Japanese names, so save",
    "#      it as UTF-8 with BOM (sender-guard admin transport-rule --out FILE does that), or use",
    "#      PowerShell 7, which reads UTF-8 either way.",
    "#   2. Install-Module ExchangeOnlineManagement   (once)",
    "#   3. Connect-ExchangeOnline -UserPrincipalName admin@your-tenant.example",
    "#   4. .\\sender-guard-rule.ps1",
    "#   Run it again after editing the policy: the rule is updated in place.",
    "#",
    `# Mode: ${ruleModes[mode]}.`,
    ...mode === "enforce" ? ["#   The rule changes mail: the warning is added and the header set."] : [
      "#   Trial run: Exchange only records what the rule WOULD do; no mail is changed.",
      ...mode === "audit-notify" ? ["#   AuditAndNotify works like Audit, with the rule's notifications (policy tips) enabled."] : [],
      "#   When its hits look right, run: sender-guard admin transport-rule --mode enforce …"
    ],
    "#",
    "# Reading the rule's hits in the message trace:",
    "#   Exchange admin center → Mail flow → Message trace: start a trace (e.g. the last 2 days),",
    "#   open a message and its trace details; a hit shows an event for this transport rule",
    `#   ("${ruleName}") in the message's events. In PowerShell, the rule's hits of the last days:`,
    `#     Get-MailDetailTransportRuleReport -TransportRule ${psQuote(ruleName)} -EventType TransportRuleHits -StartDate (Get-Date).AddDays(-2) -EndDate (Get-Date)`,
    "#   and the events of one message (message trace keeps 90 days, 10 days per query):",
    "#     Get-MessageTraceV2 -StartDate (Get-Date).AddDays(-2) -EndDate (Get-Date) -SenderAddress x@example.com",
    "#     Get-MessageTraceDetailV2 -MessageTraceId <id> -RecipientAddress <recipient> | Format-List Event,Action,Detail",
    "#   Mail from trusted senders, and mail from inside the organisation, must show no hit.",
    "#",
    "# Notes:",
    "#   - The disclaimer's fallback is Wrap: a message that cannot take the text is wrapped in a",
    `#     new message. ${options.priority !== void 0 ? `Priority ${options.priority} (0 runs first)` : "Without --priority Exchange adds the rule last"}; keep it after rules that`,
    "#     must see the original message.",
    "#   - The policy's trusted senders are excepted. The organisation's own domains are not:",
    "#     -FromScope NotInOrganization already skips internal mail, and excepting the own domain",
    "#     would let outside mail that forges it pass without the warning.",
    `#   - ${patterns.length} name patterns, ${patternChars} characters. Exchange Online limits the size of`,
    "#     one rule; if the cmdlet reports the rule is too large, shorten the staff aliases.",
    ...patternChars > ruleSizeWarning ? ["#   - WARNING: the patterns are long and may exceed that limit."] : [],
    "",
    "$ErrorActionPreference = 'Stop'",
    `$ruleName = ${psQuote(ruleName)}`,
    "$params = @{",
    ...params.map(([key, value]) => `    ${key.padEnd(width2)} = ${value}`),
    "}",
    "",
    "if (Get-TransportRule -Identity $ruleName -ErrorAction SilentlyContinue) {",
    "    Set-TransportRule -Identity $ruleName @params",
    '    Write-Host "Updated mail flow rule: $ruleName"',
    "} else {",
    "    New-TransportRule -Name $ruleName @params",
    '    Write-Host "Created mail flow rule: $ruleName"',
    "}",
    ""
  ];
  return lines.join("\n");
}

// src/cli/usage.ts
var UsageError = class extends Error {
  constructor(message2, usage) {
    super(message2);
    this.usage = usage;
    this.name = "UsageError";
  }
};
var mainHelp = `sender-guard — check whether a mail's sender is who its display name claims
送信者の表示名と実際のアドレスが一致するかを確認します。

Usage:
  sender-guard scan [--policy FILE] [--format jsonl|table] [--fail-on danger|caution] [--jobs N] PATH...
  sender-guard policy check FILE
  sender-guard policy init [--name NAME]... [--domain DOMAIN]... [--report-mailbox ADDRESS] [--staff-csv FILE] [--out FILE]
  sender-guard admin transport-rule [--policy FILE] [--out FILE] [--name RULE_NAME] [--priority N] [--mode audit|audit-notify|enforce]
  sender-guard drill make --policy FILE --out DIR [--count N] [--to recipients.csv] [--seed N]
  sender-guard drill tally [--policy FILE] [--format table|csv] PATH...
  sender-guard <command> --help

Exit codes:
  0  done
  1  scan: --fail-on was met
  2  wrong usage, or the policy is invalid (one line per field error)
  3  a path could not be read (missing, unreadable, not a mail), or no .eml message was found
`;
var scanHelp = `Usage: sender-guard scan [--policy FILE] [--format jsonl|table] [--fail-on danger|caution] [--jobs N] PATH...
.eml / .msg ファイル(またはフォルダー内の .eml・.msg すべて)を判定します。

Checks .eml and Outlook .msg files. A folder is searched recursively for *.eml and *.msg; files are processed in sorted
order so the output is stable.

Options:
  --policy FILE        the organisation's policy (default: the built-in facility policy)
  --format jsonl       one JSON object per message (default):
                       {"file","level","headline":{"ja","en"},"findings":[{"rule","severity","messageId"}],"skipped":[…]}
  --format table       aligned columns: LEVEL, SIGNS (warning signs that raised the level; "-" on
                       safe and unknown), NOTES (findings that did not count: passed checks,
                       trusted sender, weak signs on a safe mail), FILE, TOP SIGN / REASON (the
                       strongest sign; for unknown, why the message could not be checked)
  --fail-on danger     exit 1 when any message is danger
  --fail-on caution    exit 1 when any message is caution or danger
                       (an unreadable or "unknown" message does not trigger --fail-on)
  --jobs N             threads for many files (default: the machine's cores; 1 = one
                       thread); the output is the same for every N
  -h, --help           this text

A file that cannot be read, is empty or is not a mail gets level "unknown", an "error" and a
"reason", and an error line on standard error; the scan goes on with the rest. Every unknown
row says why ("reason"). A summary with the count of each level is written to standard error.

Exit codes: 0 every input was judged; 1 --fail-on was met (this wins over 3); 2 wrong usage or
an invalid --policy; 3 a path or file could not be read, or no .eml message was found.
`;
var policyHelp = `Usage: sender-guard policy check FILE
       sender-guard policy init [options]   (see: sender-guard policy init --help)
ポリシーファイルを検証します / 新しいポリシーを作ります。

check: validates a policy file. Prints a summary and exits 0 when it is valid; otherwise prints
one line per problem, "field: what is expected", and exits 2. A JSON syntax error names its line
and column. A FILE that cannot be read: an error line and exit 3.
`;
var policyInitHelp = `Usage: sender-guard policy init [--name NAME]... [--domain DOMAIN]... [--report-mailbox ADDRESS]
                                [--staff-csv FILE] [--out FILE] [--force]
組織のポリシーのひな形を作ります。足りない項目は端末で質問します。

Writes a starter policy: organisation name(s), mail domain(s) and report mailbox from the flags;
whatever is missing is asked for when run in a terminal. Steps fall back to the built-in ones.

Options:
  --name NAME              an organisation name as staff see it (repeat, or separate with commas)
  --domain DOMAIN          a mail domain of the organisation (repeat, or separate with commas)
  --report-mailbox ADDRESS where "Report to the admin" sends (asked, default security@DOMAIN)
  --staff-csv FILE         staff from a spreadsheet saved as CSV: name,aliases — aliases in one
                           cell separated by ";" (or each in its own column); a header row
                           "name,aliases" is skipped
  --out FILE               where to write (default: policy.json); an existing file is kept
  --force                  replace an existing --out FILE

Exit codes: 0 written; 2 wrong usage, a CSV or value error, or --out exists; 3 a file could not
be read or written.
`;
var adminHelp = `Usage: sender-guard admin transport-rule [--policy FILE] [--out FILE] [--name RULE_NAME] [--priority N] [--mode audit|audit-notify|enforce]
組織名・職員名を名乗る外部メールに警告を付ける Exchange Online のメールフロールールを生成します。

Prints Exchange Online PowerShell that creates (or updates) a mail flow rule: mail from outside
the organisation whose From header names the organisation or a staff member gets a warning at
the top of the body and the policy's transportHeader, which the add-in's launch event reacts to.

Options:
  --policy FILE     the organisation's policy (default: the built-in facility policy)
  --out FILE        write the script to FILE as UTF-8 with BOM and CRLF line ends, as Windows
                    PowerShell 5.1 needs for Japanese text (default: print to standard output)
  --name RULE_NAME  the rule's name in Exchange (default: "Sender Guard - organisation name from outside")
  --priority N      the rule's -Priority (0 is evaluated first; default: Exchange adds it last)
  --mode MODE       audit (default): Exchange only records the rule's hits in the message trace,
                    no mail is changed — the way to trial it; audit-notify: the same with the
                    rule's notifications; enforce: the warning and header are applied

The organisation's own domains are not excepted: -FromScope NotInOrganization already skips
internal mail, and an exception would let outside mail that forges the own domain through.

Exit codes: 0 written; 2 wrong usage or an invalid policy; 3 the policy file could not be read.
`;

// src/cli/admin.ts
async function adminCommand(argv, io) {
  const [sub, ...rest] = argv;
  if (sub === "--help" || sub === "-h" || sub === "help") {
    io.out(adminHelp);
    return 0;
  }
  if (sub !== "transport-rule") throw new UsageError(sub === void 0 ? "missing subcommand: admin transport-rule" : `unknown admin subcommand "${sub}"`, adminHelp);
  let values;
  try {
    ({ values } = parseArgs({
      args: rest,
      strict: true,
      allowPositionals: false,
      options: {
        policy: { type: "string" },
        out: { type: "string" },
        name: { type: "string" },
        priority: { type: "string" },
        mode: { type: "string", default: "audit" },
        help: { type: "boolean", short: "h" }
      }
    }));
  } catch (error) {
    throw new UsageError(errorText(error), adminHelp);
  }
  if (values.help === true) {
    io.out(adminHelp);
    return 0;
  }
  if (values.name !== void 0 && (values.name.trim() === "" || values.name.length > 64)) throw new UsageError("--name must be 1 to 64 characters", adminHelp);
  const mode = values.mode;
  if (!(mode in ruleModes)) throw new UsageError(`--mode must be audit, audit-notify or enforce (got "${mode}")`, adminHelp);
  let priority;
  if (values.priority !== void 0) {
    if (!/^\d{1,4}$/.test(values.priority)) throw new UsageError(`--priority must be a whole number 0 or more (got "${values.priority}")`, adminHelp);
    priority = Number(values.priority);
  }
  const loaded = await loadPolicyFile(values.policy);
  if (!loaded.ok) {
    io.err(`sender-guard: ${loaded.message}
`);
    return loaded.unreadable ? 3 : 2;
  }
  const options = {
    mode,
    ...values.name !== void 0 ? { ruleName: values.name } : {},
    ...priority !== void 0 ? { priority } : {}
  };
  const script = transportRuleScript(loaded.policy, options);
  if (values.out === void 0) {
    io.out(script);
    return 0;
  }
  await writeFile(values.out, `\uFEFF${script.replace(/\n/g, "\r\n")}`, "utf8");
  io.err(`wrote ${values.out} (UTF-8 with BOM)
`);
  return 0;
}

// src/cli/drill-make.ts
import { mkdir, readFile, writeFile as writeFile2 } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs as parseArgs2 } from "node:util";

// src/core/drill/mime-write.ts
function utf8(text) {
  const out = [];
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 65533;
    if (c < 128) out.push(c);
    else if (c < 2048) out.push(192 | c >> 6, 128 | c & 63);
    else if (c < 65536) out.push(224 | c >> 12, 128 | c >> 6 & 63, 128 | c & 63);
    else out.push(240 | c >> 18, 128 | c >> 12 & 63, 128 | c >> 6 & 63, 128 | c & 63);
  }
  return Uint8Array.from(out);
}
var alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
function base64(bytes) {
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    const n = a << 16 | (b ?? 0) << 8 | (c ?? 0);
    out += alphabet.charAt(n >>> 18 & 63) + alphabet.charAt(n >>> 12 & 63);
    out += b === void 0 ? "=" : alphabet.charAt(n >>> 6 & 63);
    out += c === void 0 ? "=" : alphabet.charAt(n & 63);
  }
  return out;
}
function base64Lines(bytes) {
  const text = base64(bytes);
  const lines = [];
  for (let i = 0; i < text.length; i += 76) lines.push(text.slice(i, i + 76));
  return lines.join("\r\n");
}
function encodedWords(text) {
  if (/^[\x20-\x7e]*$/.test(text)) return text;
  const words = [];
  let chunk = "";
  for (const ch of text) {
    if (utf8(chunk + ch).length > 36) {
      words.push(chunk);
      chunk = "";
    }
    chunk += ch;
  }
  if (chunk !== "") words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${base64(utf8(w))}?=`).join("\r\n ");
}

// src/core/drill/seeded-random.ts
function seededRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = state + 1831565813 >>> 0;
    let t = state;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
  const pick = (items) => {
    const item = items[Math.floor(next() * items.length)];
    if (item === void 0) throw new Error("cannot pick from an empty list");
    return item;
  };
  const hex = (digits) => Array.from({ length: digits }, () => Math.floor(next() * 16).toString(16)).join("").toUpperCase();
  return { next, pick, hex };
}

// src/core/drill/stored-zip.ts
var crcTable = (() => {
  const table3 = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 3988292384 ^ c >>> 1 : c >>> 1;
    table3[n] = c >>> 0;
  }
  return table3;
})();
function crc32(data) {
  let crc = 4294967295;
  for (const byte of data) crc = ((crcTable[(crc ^ byte) & 255] ?? 0) ^ crc >>> 8) >>> 0;
  return (crc ^ 4294967295) >>> 0;
}
var dosTime = 9 << 11;
var dosDate = 2026 - 1980 << 9 | 1 << 5 | 1;
var utf8Names = 2048;
function storedZip(entries) {
  const parts = [];
  const central = [];
  const u16 = (out, v) => {
    out.push(v & 255, v >>> 8 & 255);
  };
  const u32 = (out, v) => {
    out.push(v & 255, v >>> 8 & 255, v >>> 16 & 255, v >>> 24 & 255);
  };
  for (const entry of entries) {
    const name = utf8(entry.name);
    const crc = crc32(entry.data);
    const offset = parts.length;
    for (const [out, signature] of [[parts, 67324752], [central, 33639248]]) {
      u32(out, signature);
      if (out === central) u16(out, 20);
      for (const v of [20, utf8Names, 0, dosTime, dosDate]) u16(out, v);
      for (const v of [crc, entry.data.length, entry.data.length]) u32(out, v);
      u16(out, name.length);
      u16(out, 0);
      if (out === central) {
        for (const v of [0, 0, 0]) u16(out, v);
        u32(out, 0);
        u32(out, offset);
      }
      out.push(...name);
      if (out === parts) out.push(...entry.data);
    }
  }
  const end = [];
  u32(end, 101010256);
  for (const v of [0, 0, entries.length, entries.length]) u16(end, v);
  u32(end, central.length);
  u32(end, parts.length);
  u16(end, 0);
  return Uint8Array.from([...parts, ...central, ...end]);
}

// src/core/drill/training-link.ts
var keys = { id: "drill", displayName: "name", address: "from", subject: "subject", file: "file" };
function trainingLink(base, facts) {
  const params = Object.keys(keys).map((k) => `${keys[k]}=${encodeURIComponent(facts[k])}`);
  return `${base.replace(/#.*$/, "")}#${params.join("&")}`;
}

// src/core/drill/make.ts
function displayNames(policy) {
  const org = policy.organization.names[0] ?? "";
  return [`${org} インフォメーション・施設予約`, org, ...policy.staff.map((s) => s.name)].filter((n) => n.trim() !== "");
}
function subjectFor(random, recipient) {
  const templates = [
    "Re: ご確認ください",
    "FW: 【ご確認ください】施設予約の件",
    "RE: 請求書送付のご案内(ご確認ください)",
    "Fw: 会議資料の件 ご確認ください"
  ];
  const name = recipient?.name?.trim();
  if (name && random.next() < 0.5) return `Re: ${name}様 ご確認ください`;
  return random.pick(templates);
}
function attachmentNameFor(random, date) {
  const mmdd = `${String(date.getUTCMonth() + 1).padStart(2, "0")}${String(date.getUTCDate()).padStart(2, "0")}`;
  return random.pick([`施設予約確認_${mmdd}.zip`, `請求書_${mmdd}.zip`, `会議資料_${mmdd}.zip`]);
}
function noticeText(policy, id) {
  const org = policy.organization.names[0] ?? "";
  return [
    `これは${org}が実施した不審メールの模擬訓練です(訓練ID: ${id})。`,
    "本物の攻撃メールなら、この添付ファイルを開いた時点でウイルスに感染するおそれがありました。",
    "差出人の表示名と実際の送信元アドレスを確かめ、開かずに「管理者に報告」してください。",
    "",
    `This was a phishing drill run by ${org} (drill id ${id}).`,
    "A real attack mail could have infected this computer when the attachment was opened.",
    'Check the real sender address, do not open attachments, and use "Report to the admin".',
    ""
  ].join("\r\n");
}
function bodyText(recipient, displayName, link) {
  const greeting = recipient?.name?.trim() ? `${recipient.name.trim()}様` : "ご担当者様";
  return [greeting, "", "いつもお世話になっております。", "添付ファイルをご確認ください。", "詳細は下記からもご確認いただけます。", link, "", displayName, ""].join("\r\n");
}
function formatDate(date) {
  return date.toUTCString().replace("GMT", "+0000");
}
function buildEml(parts) {
  const boundary = `=_drill_${parts.id}`;
  const fromDomain = parts.from.slice(parts.from.lastIndexOf("@") + 1);
  const header = [
    `From: ${encodedWords(parts.displayName)} <${parts.from}>`,
    `To: ${parts.to}`,
    `Subject: ${encodedWords(parts.subject)}`,
    `Date: ${formatDate(parts.date)}`,
    `Message-ID: <drill-${parts.id}@${fromDomain}>`,
    `${parts.headerName}: ${parts.headerValue}`,
    "MIME-Version: 1.0",
    `Content-Type: multipart/mixed; boundary="${boundary}"`
  ];
  const fileName = encodedWords(parts.attachmentName);
  return [
    ...header,
    "",
    `--${boundary}`,
    'Content-Type: text/plain; charset="UTF-8"',
    "Content-Transfer-Encoding: base64",
    "",
    base64Lines(utf8(parts.body)),
    `--${boundary}`,
    `Content-Type: application/zip; name="${fileName}"`,
    `Content-Disposition: attachment; filename="${fileName}"`,
    "Content-Transfer-Encoding: base64",
    "",
    base64Lines(parts.zip),
    `--${boundary}--`,
    ""
  ].join("\r\n");
}
function recipientHeader(recipient) {
  if (!recipient) return "undisclosed-recipients:;";
  const name = recipient.name?.trim();
  return name ? `${encodedWords(name)} <${recipient.address}>` : `<${recipient.address}>`;
}
function makeDrillMails(policy, options) {
  const drill = policy.drill;
  if (!drill) throw new Error('the policy has no "drill" section (drill.header and drill.value are needed)');
  if (drill.from === void 0) throw new Error('the policy has no "drill.from": the outside address the drill mails come from');
  const from = drill.from;
  if (policy.organization.domains.some((d) => from.endsWith(`@${d}`) || from.endsWith(`.${d}`))) {
    throw new Error(`drill.from ${from} is inside the organisation; the attack came from outside addresses`);
  }
  if (!Number.isInteger(options.count) || options.count < 1 || options.count > 1e4) throw new Error("count must be a whole number from 1 to 10000");
  const random = seededRandom(options.seed);
  const batch = random.hex(4);
  const names = displayNames(policy);
  const mails = [];
  for (let i = 0; i < options.count; i++) {
    const id = `D${batch}-${String(i + 1).padStart(3, "0")}`;
    const recipient = options.recipients.length > 0 ? options.recipients[i % options.recipients.length] : void 0;
    const displayName = random.pick(names);
    const subject = subjectFor(random, recipient);
    const attachmentName = attachmentNameFor(random, options.date);
    const link = trainingLink(options.trainingUrl, { id, displayName, address: from, subject, file: attachmentName });
    const zip = storedZip([{ name: "訓練のお知らせ.txt", data: utf8(`\uFEFF${noticeText(policy, id)}`) }]);
    const eml = buildEml({
      id,
      headerName: drill.header,
      headerValue: drillHeaderValue(drill.value, id),
      displayName,
      from,
      to: recipientHeader(recipient),
      subject,
      date: options.date,
      body: bodyText(recipient, displayName, link),
      attachmentName,
      zip
    });
    mails.push({ id, fileName: `drill-${id}.eml`, to: recipient?.address ?? "", displayName, from, subject, attachmentName, eml });
  }
  return mails;
}

// src/cli/drill-usage.ts
var drillHelp = `Usage:
  sender-guard drill make --policy FILE --out DIR [--count N] [--to recipients.csv] [--seed N]
                          [--training-url URL] [--date ISO-DATE]
  sender-guard drill tally [--policy FILE] [--format table|csv] PATH...
不審メール訓練のメールを作成し(make)、管理者への報告を集計します(tally)。

make   writes drill mails (.eml) in the facility's attack pattern into DIR, plus DIR/drills.csv
       (id, recipient, subject, file) for your records:
         - From: the organisation's or a staff member's name, address = the policy's drill.from
         - Re:/FW: subjects with 「ご確認ください」
         - a zip holding only a text file that says it was a drill (never a macro or program)
         - a link to the training page (drill.trainingUrl, --training-url, or
           ADDIN_BASE_URL + /training.html)
         - the policy's drill header with a per-mail id: "<drill.value>; id=<id>"
       --count N        how many mails (default: one per recipient, else 1)
       --to FILE        CSV of recipients: address[,name] per line (a header line is skipped)
       --seed N         the same seed, policy and --date give byte-identical mails (default 1)
       --date ISO-DATE  the Date header (default: now)

tally  reads report mails exported from the report mailbox (.eml and Outlook .msg; folders are
       searched for both) and prints who reported which drill and when. The drill id comes from
       the report's subject ([drill:<id>], which the add-in writes) or, failing that, from the
       drill header of the mail attached to the report.
       --format table   aligned columns (default)
       --format csv     drill_id,reporter,reported_at,subject,file (UTF-8 with BOM for Excel)

Exit codes: 0 done, 1 a policy or input problem, 2 wrong usage.
`;

// src/cli/drill-csv.ts
function csvLine(fields) {
  return fields.map((f) => /[",\r\n]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f).join(",");
}
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === "") quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((f) => f.trim() !== ""));
}

// src/cli/drill-make.ts
function wholeNumber(text, flag, fallback) {
  if (text === void 0) return fallback;
  if (!/^\d{1,9}$/.test(text)) throw new UsageError(`${flag} must be a whole number (got "${text}")`, drillHelp);
  return Number(text);
}
function parseRecipients(text) {
  const rows = parseCsv(text.replace(/^\uFEFF/, ""));
  const out = [];
  rows.forEach((row, i) => {
    const address = (row[0] ?? "").trim();
    if (address === "" || i === 0 && !address.includes("@")) return;
    if (!/^[^\s@<>",]+@[^\s@<>",]+\.[^\s@<>",]+$/.test(address)) throw new Error(`recipients line ${i + 1}: "${address}" is not an e-mail address`);
    const name = (row[1] ?? "").trim();
    out.push(name === "" ? { address } : { address, name });
  });
  return out;
}
function trainingUrlOf(flag, fromPolicy) {
  const base = process.env.ADDIN_BASE_URL?.trim();
  const url = flag ?? fromPolicy ?? (base ? `${base.replace(/\/+$/, "")}/training.html` : void 0);
  if (url === void 0) throw new Error("no training page address: set drill.trainingUrl in the policy, pass --training-url, or set ADDIN_BASE_URL");
  if (!/^https:\/\/[^\s#]+$/.test(url)) throw new Error(`the training page address must start with https:// (got "${url}")`);
  return url;
}
async function drillMakeCommand(argv, io) {
  let values;
  try {
    ({ values } = parseArgs2({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        policy: { type: "string" },
        out: { type: "string" },
        count: { type: "string" },
        to: { type: "string" },
        seed: { type: "string" },
        "training-url": { type: "string" },
        date: { type: "string" },
        help: { type: "boolean", short: "h" }
      }
    }));
  } catch (error) {
    throw new UsageError(errorText(error), drillHelp);
  }
  if (values.help === true) {
    io.out(drillHelp);
    return 0;
  }
  if (values.policy === void 0) throw new UsageError("--policy FILE is needed: the drill's sender and header come from it", drillHelp);
  if (values.out === void 0) throw new UsageError("--out DIR is needed", drillHelp);
  const seed = wholeNumber(values.seed, "--seed", 1);
  const date = values.date === void 0 ? /* @__PURE__ */ new Date() : new Date(values.date);
  if (Number.isNaN(date.getTime())) throw new UsageError(`--date must be a date such as 2026-12-01T09:30:00+09:00 (got "${values.date}")`, drillHelp);
  const loaded = await loadPolicyFile(values.policy);
  if (!loaded.ok) {
    io.err(`${loaded.message}
`);
    return 1;
  }
  try {
    const recipients = values.to === void 0 ? [] : parseRecipients(await readFile(values.to, "utf8"));
    if (values.to !== void 0 && recipients.length === 0) throw new Error(`${values.to} lists no recipients`);
    const count = wholeNumber(values.count, "--count", recipients.length > 0 ? recipients.length : 1);
    const trainingUrl = trainingUrlOf(values["training-url"], loaded.policy.drill?.trainingUrl);
    const mails = makeDrillMails(loaded.policy, { count, seed, recipients, trainingUrl, date });
    await mkdir(values.out, { recursive: true });
    for (const mail of mails) await writeFile2(join(values.out, mail.fileName), mail.eml, "utf8");
    const csv = [csvLine(["id", "to", "subject", "file"]), ...mails.map((m) => csvLine([m.id, m.to, m.subject, m.fileName]))].join("\r\n");
    await writeFile2(join(values.out, "drills.csv"), `\uFEFF${csv}\r
`, "utf8");
    io.out(`${mails.length} drill mail(s) written to ${values.out} (list: ${join(values.out, "drills.csv")})
`);
    io.err("Send them as described in docs/drills.md; the transport rule must not tag them.\n");
    return 0;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    io.err(`sender-guard drill make: ${errorText(error)}
`);
    return 1;
  }
}

// src/cli/drill-tally.ts
import { readFile as readFile2, stat as stat2 } from "node:fs/promises";
import { parseArgs as parseArgs3 } from "node:util";

// src/mime/drill-report.ts
function iso(date) {
  if (date === void 0 || date.trim() === "") return "";
  const t = new Date(date).getTime();
  return Number.isNaN(t) ? "" : new Date(t).toISOString().replace(/\.\d{3}Z$/, "Z");
}
function drillIdInHeaders(headers, policy) {
  const drill = policy.drill;
  if (!drill) return void 0;
  for (const value of headerValues(headers, drill.header)) {
    const mark = readDrillMark(value, drill.value);
    if (mark?.id !== void 0) return mark.id;
  }
  return void 0;
}
async function readEmlReport(bytes, policy) {
  const email = await PostalMime.parse(bytes, { forceRfc822Attachments: true, attachmentEncoding: "arraybuffer" });
  const fromRaw = email.headers.find((h) => h.key === "from")?.value ?? "";
  const from = parseMailboxes(fromRaw).mailboxes[0];
  const subject = cleanText(email.subject ?? "");
  let drillId = drillIdFromSubject(subject);
  if (drillId === void 0) {
    for (const att of email.attachments) {
      if (att.mimeType !== "message/rfc822" || typeof att.content === "string") continue;
      const inner = new TextDecoder("utf-8", { fatal: false }).decode(new Uint8Array(att.content));
      const end = inner.search(/\r?\n\r?\n/);
      drillId = drillIdInHeaders(parseHeaderBlock(end < 0 ? inner : inner.slice(0, end)), policy);
      if (drillId !== void 0) break;
    }
  }
  return { ...drillId !== void 0 ? { drillId } : {}, reporter: from?.address || from?.name || "", reportedAt: iso(email.date), subject };
}
function msgDrillId(data, policy) {
  for (const att of data.attachments ?? []) {
    const inner = att.innerMsgContentFields;
    if (att.innerMsgContent !== true || !inner) continue;
    const id = drillIdInHeaders(parseHeaderBlock(inner.headers ?? ""), policy) ?? drillIdFromSubject(inner.subject ?? "");
    if (id !== void 0) return id;
  }
  return void 0;
}
function readMsgReport(bytes, policy) {
  const { data } = readMsg(bytes);
  const headers = parseHeaderBlock(data.headers ?? "");
  const fromHeader = parseMailboxes(headerValues(headers, "from")[0] ?? "").mailboxes[0];
  const subject = cleanText(data.subject ?? "");
  const drillId = drillIdFromSubject(subject) ?? msgDrillId(data, policy);
  const reporter = fromHeader?.address || data.senderSmtpAddress || data.senderEmail || data.senderName || "";
  const reportedAt = iso(headerValues(headers, "date")[0] ?? data.clientSubmitTime ?? data.messageDeliveryTime);
  return { ...drillId !== void 0 ? { drillId } : {}, reporter, reportedAt, subject };
}
async function readReport(bytes, policy, fileName = "") {
  if (/\.msg$/i.test(fileName) && !looksLikeMsg(bytes)) throw new Error("not an Outlook .msg file (no compound-file signature)");
  const report = looksLikeMsg(bytes) ? readMsgReport(bytes, policy) : await readEmlReport(bytes, policy);
  return report.reporter === "" && report.drillId === void 0 ? { ...report, error: "no sender and no drill id found: is this a report mail?" } : report;
}

// src/cli/collect.ts
import { readdir, stat } from "node:fs/promises";
import { join as join2 } from "node:path";
function message(error) {
  return errorText(error);
}
async function walk(dir, out) {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    out.push({ file: dir, ok: false, error: `cannot read folder: ${message(error)}` });
    return;
  }
  for (const entry of entries) {
    const path = join2(dir, entry.name);
    if (entry.isDirectory()) await walk(path, out);
    else if (/\.(?:eml|msg)$/i.test(entry.name) && (entry.isFile() || entry.isSymbolicLink())) out.push({ file: path, ok: true });
  }
}
async function collectTargets(paths) {
  const out = [];
  for (const path of paths) {
    try {
      const info = await stat(path);
      if (info.isDirectory()) await walk(path, out);
      else out.push({ file: path, ok: true });
    } catch (error) {
      out.push({ file: path, ok: false, error: `cannot read: ${message(error)}` });
    }
  }
  const seen = /* @__PURE__ */ new Map();
  for (const target of out) if (!seen.has(target.file)) seen.set(target.file, target);
  return [...seen.values()].sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
}

// src/cli/drill-tally.ts
async function readOne(file, policy) {
  try {
    const info = await stat2(file);
    if (info.size > emlDefaults.maxMessageBytes) throw new Error(`file is ${info.size} bytes, larger than the ${emlDefaults.maxMessageBytes}-byte limit`);
    const bytes = await readFile2(file);
    return { file, ...await readReport(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), policy, file) };
  } catch (error) {
    return { file, reporter: "", reportedAt: "", subject: "", error: errorText(error) };
  }
}
var columns = ["drill_id", "reporter", "reported_at", "subject", "file"];
function cells(row) {
  return [row.drillId ?? "", row.reporter, row.reportedAt, row.subject, row.file];
}
function width(text) {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return w;
}
function table2(rows) {
  const head = ["DRILL", "REPORTER", "REPORTED AT (UTC)", "SUBJECT", "FILE"];
  const body = rows.map((r) => [r.drillId ?? "-", r.reporter || "?", r.reportedAt || "?", r.subject, r.file]);
  const widths = head.map((h, i) => Math.max(width(h), ...body.map((b) => width(b[i] ?? ""))));
  const line = (fields) => fields.map((f, i) => i === fields.length - 1 ? f : f + " ".repeat((widths[i] ?? 0) - width(f))).join("  ");
  return `${[head, ...body].map(line).join("\n")}
`;
}
function summary2(rows) {
  const drills = rows.filter((r) => r.drillId !== void 0);
  const ids = new Set(drills.map((r) => r.drillId));
  const people = new Set(drills.map((r) => r.reporter.toLowerCase()));
  const unreadable = rows.filter((r) => r.error !== void 0).length;
  return `${rows.length} report(s): ${drills.length} about ${ids.size} drill mail(s) from ${people.size} reporter(s); ${rows.length - drills.length - unreadable} without a drill id; ${unreadable} unreadable`;
}
async function drillTallyCommand(argv, io) {
  let parsed;
  try {
    parsed = parseArgs3({
      args: [...argv],
      strict: true,
      allowPositionals: true,
      options: { policy: { type: "string" }, format: { type: "string", default: "table" }, help: { type: "boolean", short: "h" } }
    });
  } catch (error) {
    throw new UsageError(errorText(error), drillHelp);
  }
  const { values, positionals } = parsed;
  if (values.help === true) {
    io.out(drillHelp);
    return 0;
  }
  if (values.format !== "table" && values.format !== "csv") throw new UsageError(`--format must be table or csv (got "${values.format}")`, drillHelp);
  if (positionals.length === 0) throw new UsageError("give at least one exported report (.eml or .msg) or a folder of them", drillHelp);
  const loaded = await loadPolicyFile(values.policy);
  if (!loaded.ok) {
    io.err(`${loaded.message}
`);
    return 1;
  }
  const rows = [];
  for (const target of await collectTargets(positionals)) {
    rows.push(target.ok ? await readOne(target.file, loaded.policy) : { file: target.file, reporter: "", reportedAt: "", subject: "", error: target.error });
  }
  const sorted = [...rows].sort((a, b) => (a.reportedAt || "~").localeCompare(b.reportedAt || "~") || a.file.localeCompare(b.file));
  if (values.format === "csv") io.out(`\uFEFF${[csvLine(columns), ...sorted.map((r) => csvLine(cells(r)))].join("\r\n")}\r
`);
  else io.out(table2(sorted));
  for (const r of sorted) if (r.error !== void 0) io.err(`${r.file}: ${r.error}
`);
  io.err(`${summary2(sorted)}
`);
  return 0;
}

// src/cli/drill-command.ts
async function drillCommand(argv, io) {
  const [sub, ...rest] = argv;
  switch (sub) {
    case "-h":
    case "--help":
    case "help":
      io.out(drillHelp);
      return 0;
    case "make":
      return drillMakeCommand(rest, io);
    case "tally":
      return drillTallyCommand(rest, io);
    default:
      throw new UsageError(sub === void 0 ? "missing subcommand: drill make or drill tally" : `unknown drill subcommand "${sub}"`, drillHelp);
  }
}

// src/cli/policy-check.ts
import { readFile as readFile4 } from "node:fs/promises";

// src/cli/policy-init.ts
import { existsSync } from "node:fs";
import { readFile as readFile3, writeFile as writeFile3 } from "node:fs/promises";
import { parseArgs as parseArgs4 } from "node:util";

// src/cli/staff-csv.ts
function csvRows(text) {
  const rows = [];
  let cells2 = [];
  let cell = "";
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  const endRow = () => {
    cells2.push(cell);
    rows.push({ line: rowLine, cells: cells2 });
    cells2 = [];
    cell = "";
    rowLine = line;
  };
  for (let i = 0; i < text.length; i += 1) {
    const char = text.charAt(i);
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else {
        if (char === "\n") line += 1;
        cell += char;
      }
    } else if (char === '"' && cell.trim() === "") {
      cell = "";
      quoted = true;
    } else if (char === ",") {
      cells2.push(cell);
      cell = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[i + 1] === "\n") i += 1;
      line += 1;
      endRow();
    } else cell += char;
  }
  if (cell !== "" || cells2.length > 0) endRow();
  return rows;
}
var headerNames = /* @__PURE__ */ new Set(["name", "names", "氏名", "名前", "職員名"]);
function parseStaffCsv(text) {
  const staff = [];
  const errors = [];
  const seen = /* @__PURE__ */ new Set();
  const rows = csvRows(text.replace(/^\uFEFF/, ""));
  rows.forEach(({ line, cells: cells2 }, index) => {
    const trimmed = cells2.map((c) => c.trim());
    if (trimmed.every((c) => c === "")) return;
    const [name = "", ...rest] = trimmed;
    if (index === 0 && headerNames.has(name.toLowerCase())) return;
    if (name === "") {
      errors.push(`line ${line}: the name (first column) is empty`);
      return;
    }
    if (seen.has(name)) {
      errors.push(`line ${line}: ${name} is listed twice`);
      return;
    }
    seen.add(name);
    const aliases = [...new Set(rest.flatMap((c) => c.split(/[;|、]/)).map((a) => a.trim()).filter((a) => a !== "" && a !== name))];
    staff.push({ name, aliases });
  });
  if (errors.length > 0) return { ok: false, errors };
  if (staff.length === 0) return { ok: false, errors: ["no staff rows found (expected lines such as: 川越 花子,Hanako Kawagoe;かわごえ はなこ)"] };
  return { ok: true, staff };
}

// src/cli/policy-init.ts
function splitList(text) {
  return text.split(/[,、]/).map((s) => s.trim()).filter((s) => s !== "");
}
async function askMissing(answers, io) {
  const ask2 = io.ask;
  if (ask2 === void 0) {
    const missing = [answers.names.length === 0 ? "--name" : "", answers.domains.length === 0 ? "--domain" : ""].filter((m) => m !== "");
    if (missing.length > 0) throw new UsageError(`policy init needs ${missing.join(" and ")} (or run it in a terminal to be asked)`, policyInitHelp);
    return answers;
  }
  const names = answers.names.length > 0 ? answers.names : splitList(await ask2("組織名 / Organisation name(s), comma-separated (e.g. 川越市民会館, Kawagoe Civic Hall): "));
  const domains = answers.domains.length > 0 ? answers.domains : splitList(await ask2("メールのドメイン / Mail domain(s), comma-separated (e.g. example.jp): "));
  let reportMailbox = answers.reportMailbox;
  if (reportMailbox === void 0) {
    const suggested = domains[0] !== void 0 ? `security@${domains[0]}` : "";
    const typed = (await ask2(`報告先アドレス / Report mailbox${suggested !== "" ? ` [${suggested}]` : ""}: `)).trim();
    reportMailbox = typed !== "" ? typed : suggested !== "" ? suggested : void 0;
  }
  return { names, domains, reportMailbox };
}
function starterPolicy(answers, staff) {
  return {
    $schema: "./policy.schema.json",
    version: 1,
    organization: { names: answers.names, domains: answers.domains },
    ...staff.length > 0 ? { staff: staff.map((s) => s.aliases.length > 0 ? { name: s.name, aliases: s.aliases } : { name: s.name }) } : {},
    ...answers.reportMailbox !== void 0 ? { reportMailbox: answers.reportMailbox } : {}
  };
}
async function policyInitCommand(argv, io) {
  let parsed;
  try {
    parsed = parseArgs4({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        name: { type: "string", multiple: true },
        domain: { type: "string", multiple: true },
        "report-mailbox": { type: "string" },
        "staff-csv": { type: "string" },
        out: { type: "string", default: "policy.json" },
        force: { type: "boolean" },
        help: { type: "boolean", short: "h" }
      }
    });
  } catch (error) {
    throw new UsageError(errorText(error), policyInitHelp);
  }
  const { values } = parsed;
  if (values.help === true) {
    io.out(policyInitHelp);
    return 0;
  }
  const out = values.out;
  if (existsSync(out) && values.force !== true) {
    io.err(`sender-guard: ${out} already exists; choose another --out FILE or add --force to replace it
`);
    return 2;
  }
  let staff = [];
  const csvPath = values["staff-csv"];
  if (csvPath !== void 0) {
    let text;
    try {
      text = await readFile3(csvPath, "utf8");
    } catch (error) {
      io.err(`sender-guard: cannot read ${csvPath}: ${errorText(error)}
`);
      return 3;
    }
    const result = parseStaffCsv(text);
    if (!result.ok) {
      io.err(`sender-guard: ${csvPath} (name,aliases):
${result.errors.join("\n")}
`);
      return 2;
    }
    staff = result.staff;
  }
  const answers = await askMissing(
    { names: (values.name ?? []).flatMap(splitList), domains: (values.domain ?? []).flatMap(splitList), reportMailbox: values["report-mailbox"] },
    io
  );
  const policy = starterPolicy(answers, staff);
  const checked = validatePolicy(policy);
  if (!checked.ok) {
    io.err(`sender-guard: the policy would be invalid:
${formatPolicyIssues(checked.issues)}
`);
    return 2;
  }
  try {
    await writeFile3(out, `${JSON.stringify(policy, null, 2)}
`, "utf8");
  } catch (error) {
    io.err(`sender-guard: cannot write ${out}: ${errorText(error)}
`);
    return 3;
  }
  io.out(
    [
      `Wrote ${out}: ${answers.names.join(", ")} (${answers.domains.join(", ")}), ${staff.length} staff, report mailbox ${answers.reportMailbox ?? "none (the pane offers no report)"}.`,
      "Steps to take are the built-in ones until you add your own (docs/policy.md).",
      `Next: npx sender-guard policy check ${out}`,
      `      npm run build -- --policy ${out}`,
      ""
    ].join("\n")
  );
  return 0;
}

// src/core/policy/steps.ts
var builtInSteps = {
  danger: [
    { ja: "添付ファイルは開かず、本文中のURLにもアクセスしないでください。", en: "Do not open the attachments or any link in the mail." },
    { ja: "メールごと削除してください。本文を読んだだけでは感染しません。", en: "Delete the whole mail. Reading the body alone does not infect your computer." },
    { ja: "判断に迷う場合は、「管理者に報告」で管理者に知らせてください。", en: "If you are unsure, tell the administrator with “Report to the admin”." }
  ],
  caution: [
    { ja: "添付ファイルやURLを開く前に、送信者に電話など別の手段で、本当に送ったかを確認してください。", en: "Before opening an attachment or a link, ask the sender by phone or another channel whether they really sent it." },
    { ja: "確認には、このメールに書かれた電話番号やアドレスではなく、以前から知っている連絡先を使ってください。", en: "Use contact details you already know, not the phone number or address in this mail." },
    { ja: "確認が取れない場合は開かずに、「管理者に報告」で管理者に知らせてください。", en: "If you cannot confirm it, do not open anything; tell the administrator with “Report to the admin”." }
  ],
  unknown: [
    { ja: "心当たりのないメールであれば、添付ファイルやURLは開かないでください。", en: "If you are not expecting this mail, do not open its attachments or links." },
    { ja: "相手に確かめるときは、このメールへの返信ではなく、電話など別の手段を使ってください。", en: "To check with the sender, use the phone or another channel, not a reply to this mail." },
    { ja: "判断に迷う場合は、「管理者に報告」で管理者に知らせてください。", en: "If you are unsure, tell the administrator with “Report to the admin”." }
  ],
  // The incident checklist keeps the order of an incident notice (cut the network, scan, tell the
  // administrator), and the administrator is told by phone or in person: a computer cut off the
  // network cannot send mail.
  opened: [
    { ja: "WiFiを切る、LANケーブルを抜くなどして、パソコンをネットワークから遮断してください。", en: "Cut the computer off the network: turn Wi-Fi off and unplug the LAN cable." },
    { ja: "ウイルス対策ソフトでウイルススキャンを実行してください。", en: "Run a full scan with your antivirus software." },
    { ja: "すぐに管理者へ電話か直接会って知らせてください（開いたこと、日時、メールの件名）。", en: "Tell the administrator at once, by phone or in person (that you opened it, when, and the subject)." }
  ]
};
function stepsFor(policy, level) {
  const steps = policy.steps;
  if (level === "danger") return steps.danger ?? steps.received ?? builtInSteps.danger;
  return steps[level] ?? builtInSteps[level];
}

// src/cli/policy-check.ts
function stepCounts(policy) {
  const own = (level) => (level === "danger" ? policy.steps.danger ?? policy.steps.received : policy.steps[level]) !== void 0;
  const levels = ["danger", "caution", "unknown"].map((level) => `${stepsFor(policy, level).length} ${level}${own(level) ? "" : " (built-in)"}`);
  return `${levels.join(", ")}, ${stepsFor(policy, "opened").length} after opening`;
}
function describe(file, policy) {
  const partners = policy.partners.map((p) => `${p.name} (${p.domains.join(", ")})`);
  const trusted = policy.trustedSenders.map((t) => t.domain ?? t.address ?? "");
  return [
    `OK: ${file} (version ${policy.version})`,
    `  organisation names: ${policy.organization.names.join(", ")}`,
    `  domains:            ${policy.organization.domains.join(", ")}`,
    `  staff:              ${policy.staff.length} (${policy.staff.reduce((n, s) => n + s.aliases.length, 0)} aliases)`,
    `  partners:           ${partners.length === 0 ? "none" : partners.join("; ")}`,
    `  trusted senders:    ${trusted.length === 0 ? "none" : trusted.join(", ")}`,
    `  report mailbox:     ${policy.reportMailbox ?? "none (the pane offers no report)"}`,
    `  drill header:       ${policy.drill ? `${policy.drill.header}: ${policy.drill.value}` : "none"}`,
    `  transport header:   ${policy.transportHeader}`,
    `  steps:              ${stepCounts(policy)}`,
    `  links:              ${policy.links.length}`,
    ""
  ].join("\n");
}
async function policyCommand(argv, io) {
  const [sub, ...rest] = argv;
  if (sub === void 0 || sub === "--help" || sub === "-h" || sub === "help") {
    if (sub === void 0) throw new UsageError("missing subcommand: policy check FILE or policy init", policyHelp);
    io.out(policyHelp);
    return 0;
  }
  if (sub === "init") return policyInitCommand(rest, io);
  if (sub !== "check") throw new UsageError(`unknown policy subcommand "${sub}"`, policyHelp);
  if (rest.includes("--help") || rest.includes("-h")) {
    io.out(policyHelp);
    return 0;
  }
  const unknownOption = rest.find((a) => a.startsWith("-"));
  if (unknownOption !== void 0) throw new UsageError(`unknown option ${unknownOption}`, policyHelp);
  if (rest.length !== 1 || rest[0] === void 0) throw new UsageError("policy check takes exactly one FILE", policyHelp);
  const file = rest[0];
  let text;
  try {
    text = await readFile4(file, "utf8");
  } catch (error) {
    io.err(`sender-guard: cannot read ${file}: ${errorText(error)}
`);
    return 3;
  }
  const result = parsePolicy(text.replace(/^\uFEFF/, ""));
  if (!result.ok) {
    io.err(`INVALID: ${file}
${formatPolicyIssues(result.issues)}
`);
    return 2;
  }
  io.out(describe(file, result.policy));
  return 0;
}

// src/cli/scan.ts
import { parseArgs as parseArgs5 } from "node:util";

// src/cli/scan-targets.ts
import { existsSync as existsSync2 } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
var minFilesForWorkers = 48;
var batchSize = 8;
function defaultJobs() {
  return availableParallelism();
}
function workerUrl() {
  const url = new URL("./scan-worker.mjs", import.meta.url);
  return url.protocol === "file:" && existsSync2(fileURLToPath(url)) ? url : void 0;
}
function scanOne(target, policy) {
  return target.ok ? scanFile(target.file, policy) : Promise.resolve(recordFromError(target.file, target.error));
}
async function scanInOrder(targets, plan, records) {
  for (const target of targets) {
    const record = await scanOne(target, plan.policy);
    records.push(record);
    plan.onRecord(record);
  }
}
async function scanTargets(targets, plan) {
  const records = [];
  const url = workerUrl();
  if (url === void 0 || plan.jobs <= 1 || targets.length < minFilesForWorkers) {
    await scanInOrder(targets, plan, records);
    return records;
  }
  try {
    const workerData = { policyPath: plan.policyPath };
    await mapInWorkers(targets, { workerUrl: url, workerData, workers: plan.jobs, batchSize }, (_index, record) => {
      records.push(record);
      plan.onRecord(record);
    });
  } catch (error) {
    plan.warn(`sender-guard: worker threads failed (${error instanceof Error ? error.message : String(error)}); continuing on one thread
`);
    await scanInOrder(targets.slice(records.length), plan, records);
  }
  return records;
}

// src/cli/scan.ts
var failLevels = { danger: ["danger"], caution: ["danger", "caution"] };
var exitCodes = { done: 0, failOnMet: 1, usageOrPolicy: 2, unreadableInput: 3 };
function parseScanArgs(argv) {
  let parsed;
  try {
    parsed = parseArgs5({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        policy: { type: "string" },
        format: { type: "string", default: "jsonl" },
        "fail-on": { type: "string" },
        jobs: { type: "string" },
        help: { type: "boolean", short: "h" }
      }
    });
  } catch (error) {
    throw new UsageError(errorText(error), scanHelp);
  }
  const { values, positionals } = parsed;
  if (values.help === true) return { help: true };
  const format = values.format;
  if (format !== "jsonl" && format !== "table") throw new UsageError(`--format must be jsonl or table (got "${format}")`, scanHelp);
  const failOnText = values["fail-on"];
  let failOn;
  if (failOnText === "danger" || failOnText === "caution") failOn = failOnText;
  else if (failOnText !== void 0) throw new UsageError(`--fail-on must be danger or caution (got "${failOnText}")`, scanHelp);
  const jobs = values.jobs === void 0 ? defaultJobs() : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64) throw new UsageError(`--jobs must be a whole number from 1 to 64 (got "${values.jobs}")`, scanHelp);
  if (positionals.length === 0) throw new UsageError("give at least one .eml or .msg file or folder", scanHelp);
  return { help: false, policyPath: values.policy, format, failOn, jobs, paths: positionals };
}
async function scanCommand(argv, io) {
  const args = parseScanArgs(argv);
  if (args.help) {
    io.out(scanHelp);
    return 0;
  }
  const loaded = await loadPolicyFile(args.policyPath);
  if (!loaded.ok) {
    io.err(`sender-guard: ${loaded.message}
`);
    return loaded.unreadable ? exitCodes.unreadableInput : exitCodes.usageOrPolicy;
  }
  const targets = await collectTargets(args.paths);
  if (targets.length === 0) {
    io.err(`sender-guard: no .eml message found in ${args.paths.join(", ")}
`);
    return exitCodes.unreadableInput;
  }
  const records = await scanTargets(targets, {
    policy: loaded.policy,
    policyPath: args.policyPath,
    jobs: args.jobs,
    // jsonl streams, so a long scan shows progress and a crash loses nothing already judged.
    onRecord: (record) => {
      if (args.format === "jsonl") io.out(`${jsonLine(record)}
`);
    },
    warn: io.err
  });
  if (args.format === "table") io.out(table(records));
  for (const r of records) if (r.error !== void 0) io.err(`sender-guard: ${r.file}: ${r.error}
`);
  io.err(`${summary(records)}
`);
  if (args.failOn !== void 0) {
    const levels = failLevels[args.failOn];
    if (records.some((r) => levels.includes(r.level))) return exitCodes.failOnMet;
  }
  if (records.some((r) => r.error !== void 0)) return exitCodes.unreadableInput;
  return exitCodes.done;
}

// src/cli/main.ts
async function run(argv, io) {
  const [command, ...rest] = argv[0] === "--" ? argv.slice(1) : argv;
  try {
    switch (command) {
      case void 0:
        throw new UsageError("missing command", mainHelp);
      case "-h":
      case "--help":
      case "help":
        io.out(mainHelp);
        return 0;
      case "scan":
        return await scanCommand(rest, io);
      case "policy":
        return await policyCommand(rest, io);
      case "admin":
        return await adminCommand(rest, io);
      case "drill":
        return await drillCommand(rest, io);
      default:
        throw new UsageError(`unknown command "${command}"`, mainHelp);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`sender-guard: ${error.message}

${error.usage}`);
      return 2;
    }
    throw error;
  }
}
async function ask(question) {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return await rl.question(question);
  } finally {
    rl.close();
  }
}
async function runFromProcess(argv = process.argv.slice(2)) {
  const io = {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
    // Questions only when a person is at the terminal; a pipe or a script gets a usage error instead.
    ...process.stdin.isTTY && process.stdout.isTTY ? { ask } : {}
  };
  try {
    process.exitCode = await run(argv, io);
  } catch (error) {
    const detail = process.env.SENDER_GUARD_DEBUG === "1" && error instanceof Error ? error.stack ?? error.message : errorText(error);
    process.stderr.write(`sender-guard: unexpected error: ${detail}${process.env.SENDER_GUARD_DEBUG === "1" ? "" : " (SENDER_GUARD_DEBUG=1 shows where)"}
`);
    process.exitCode = 70;
  }
}
export {
  run,
  runFromProcess
};
