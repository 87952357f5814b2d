import type { Policy } from "../core";
import { htmlEscape, namePatterns, psArray, psQuote } from "./powershell";

/** How the rule acts: Exchange's -Mode values. A first run audits, so an admin can see its hits before it changes mail. */
export type RuleMode = "enforce" | "audit" | "audit-notify";

export const ruleModes: Record<RuleMode, string> = {
  enforce: "Enforce",
  audit: "Audit",
  "audit-notify": "AuditAndNotify",
};

export type TransportRuleOptions = {
  /** Rule name in Exchange (64 characters at most). */
  readonly ruleName?: string;
  /** Exchange's -Priority (0 is evaluated first); without it Exchange puts a new rule last. */
  readonly priority?: number;
  readonly mode?: RuleMode;
};

export const defaultRuleName = "Sender Guard - organisation name from outside";

/** Value stamped into policy.transportHeader; the launch event only checks that the header exists. */
export const stampValue = "display-name-match";

/** Exchange Online limits the size of one rule; beyond this the script warns before it runs. */
const ruleSizeWarning = 8000;

function uniq(items: readonly string[]): string[] {
  return [...new Set(items)];
}

/** Every name the rule looks for: organisation names, staff names and their aliases. */
export function protectedNames(policy: Policy): string[] {
  return uniq([...policy.organization.names, ...policy.staff.flatMap((s) => [s.name, ...s.aliases])]);
}

export function fromPatterns(policy: Policy): string[] {
  return uniq(protectedNames(policy).flatMap(namePatterns));
}

/**
 * Domains whose mail must never get the warning: the policy's trusted services. The
 * organisation's own domains are NOT excepted: -FromScope NotInOrganization already leaves
 * genuine internal mail alone, and an exception by sender domain would let outside mail that
 * forges the organisation's own domain through without the warning.
 */
export function exceptedDomains(policy: Policy): string[] {
  const own = new Set(policy.organization.domains);
  return uniq(policy.trustedSenders.flatMap((t) => (t.domain === undefined || own.has(t.domain) ? [] : [t.domain])));
}

function exceptedAddressPatterns(policy: Policy): string[] {
  return policy.trustedSenders.flatMap((t) =>
    t.address === undefined ? [] : [`^${t.address.replace(/[\\^$.|?*+()[\]{}]/g, "\\$&")}$`],
  );
}

function disclaimerHtml(policy: Policy): string {
  const org = htmlEscape(policy.organization.names[0] ?? "");
  const box =
    "border:2px solid #c50f1f;background:#fdf3f4;padding:8px 12px;margin:0 0 12px 0;font-family:sans-serif;font-size:14px;color:#242424";
  return [
    `<div style="${box}">`,
    `<p style="margin:0 0 6px 0"><strong>【注意】このメールは組織の外から届きましたが、差出人名に「${org}」または職員の名前が含まれています。</strong>`,
    "なりすましのおそれがあります。添付ファイルやURLを開く前に、実際の送信元アドレスを確かめてください。</p>",
    `<p style="margin:0"><strong>Caution: this mail came from outside the organisation, but the sender's name contains &quot;${org}&quot; or a staff member's name.</strong>`,
    " It may be an impersonation. Check the real sender address before you open any attachment or link.</p>",
    "</div>",
  ].join("");
}

/**
 * The Exchange Online PowerShell for the server-side companion of the add-in: mail from outside
 * the organisation whose From header names the organisation or a staff member gets a warning at
 * the top of the body and a header the launch-event handler reacts to.
 *
 * Parameter names follow Microsoft's New-TransportRule / Set-TransportRule reference
 * (FromScope, HeaderMatchesMessageHeader, HeaderMatchesPatterns, ApplyHtmlDisclaimerText,
 * ApplyHtmlDisclaimerLocation, ApplyHtmlDisclaimerFallbackAction, SetHeaderName, SetHeaderValue,
 * ExceptIfSenderDomainIs, ExceptIfFromAddressMatchesPatterns). Exchange matches header patterns
 * against the decoded header, so Japanese names are written as they are.
 */
export function transportRuleScript(policy: Policy, options: TransportRuleOptions = {}): string {
  const ruleName = options.ruleName ?? defaultRuleName;
  const mode = options.mode ?? "audit";
  const patterns = fromPatterns(policy);
  const excepted = exceptedDomains(policy);
  const addressPatterns = exceptedAddressPatterns(policy);
  const patternChars = patterns.reduce((n, p) => n + p.length, 0);

  const params: [string, string][] = [
    ["FromScope", psQuote("NotInOrganization")],
    ["HeaderMatchesMessageHeader", psQuote("From")],
    ["HeaderMatchesPatterns", psArray(patterns)],
    ...(excepted.length > 0 ? ([["ExceptIfSenderDomainIs", psArray(excepted)]] as [string, string][]) : []),
    ...(addressPatterns.length > 0
      ? ([["ExceptIfFromAddressMatchesPatterns", psArray(addressPatterns)]] as [string, string][])
      : []),
    ["ApplyHtmlDisclaimerLocation", psQuote("Prepend")],
    ["ApplyHtmlDisclaimerText", psQuote(disclaimerHtml(policy))],
    ["ApplyHtmlDisclaimerFallbackAction", psQuote("Wrap")],
    ["SetHeaderName", psQuote(policy.transportHeader)],
    ["SetHeaderValue", psQuote(stampValue)],
    ["Mode", psQuote(ruleModes[mode])],
    ...(options.priority !== undefined ? ([["Priority", String(options.priority)]] as [string, string][]) : []),
    ["Comments", psQuote("Generated by sender-guard admin transport-rule from the organisation's policy file.")],
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
    ...(mode === "enforce"
      ? ["#   The rule changes mail: the warning is added and the header set."]
      : [
          "#   Trial run: Exchange only records what the rule WOULD do; no mail is changed.",
          ...(mode === "audit-notify"
            ? ["#   AuditAndNotify works like Audit, with the rule's notifications (policy tips) enabled."]
            : []),
          "#   When its hits look right, run: sender-guard admin transport-rule --mode enforce …",
        ]),
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
    `#     new message. ${options.priority !== undefined ? `Priority ${options.priority} (0 runs first)` : "Without --priority Exchange adds the rule last"}; keep it after rules that`,
    "#     must see the original message.",
    "#   - The policy's trusted senders are excepted. The organisation's own domains are not:",
    "#     -FromScope NotInOrganization already skips internal mail, and excepting the own domain",
    "#     would let outside mail that forges it pass without the warning.",
    `#   - ${patterns.length} name patterns, ${patternChars} characters. Exchange Online limits the size of`,
    "#     one rule; if the cmdlet reports the rule is too large, shorten the staff aliases.",
    ...(patternChars > ruleSizeWarning ? ["#   - WARNING: the patterns are long and may exceed that limit."] : []),
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
    "",
  ];
  return lines.join("\n");
}
