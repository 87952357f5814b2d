// Generated from src/cli by `npm run build:cli`; do not edit. A test checks it is up to date.
import {
  loadPolicyFile
} from "./shared-DB7PK676.mjs";
import {
  UsageError,
  adminHelp
} from "./shared-DY4PLTBP.mjs";
import {
  errorText
} from "./shared-A7SG4TO2.mjs";

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
var ruleModes = {
  enforce: "Enforce",
  audit: "Audit",
  "audit-notify": "AuditAndNotify"
};
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
  return policy.trustedSenders.flatMap(
    (t) => t.address === void 0 ? [] : [`^${t.address.replace(/[\\^$.|?*+()[\]{}]/g, "\\$&")}$`]
  );
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
  const width = Math.max(...params.map(([k]) => k.length));
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
    ...params.map(([key, value]) => `    ${key.padEnd(width)} = ${value}`),
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

// src/cli/admin.ts
async function adminCommand(argv, io) {
  const [sub, ...rest] = argv;
  if (sub === "--help" || sub === "-h" || sub === "help") {
    io.out(adminHelp);
    return 0;
  }
  if (sub !== "transport-rule")
    throw new UsageError(
      sub === void 0 ? "missing subcommand: admin transport-rule" : `unknown admin subcommand "${sub}"`,
      adminHelp
    );
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
  if (values.name !== void 0 && (values.name.trim() === "" || values.name.length > 64))
    throw new UsageError("--name must be 1 to 64 characters", adminHelp);
  const mode = values.mode;
  if (!(mode in ruleModes))
    throw new UsageError(`--mode must be audit, audit-notify or enforce (got "${mode}")`, adminHelp);
  let priority;
  if (values.priority !== void 0) {
    if (!/^\d{1,4}$/.test(values.priority))
      throw new UsageError(`--priority must be a whole number 0 or more (got "${values.priority}")`, adminHelp);
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
export {
  adminCommand
};
