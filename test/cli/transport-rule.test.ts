import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { defaultPolicy, validatePolicy, type Policy } from "../../src/core";
import { namePatterns, psQuote } from "../../src/cli/powershell";
import { fromPatterns, transportRuleScript } from "../../src/cli/transport-rule";
import { cli } from "./helpers";

function policyWith(overrides: Record<string, unknown>): Policy {
  const result = validatePolicy({
    version: 1,
    organization: { names: ["Example"], domains: ["example.jp"] },
    reportMailbox: "sec@example.jp",
    steps: { received: [{ ja: "a", en: "a" }], opened: [{ ja: "b", en: "b" }] },
    ...overrides,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.policy;
}

/** Reads back a PowerShell single-quoted literal the way PowerShell does. */
function psUnquote(literal: string): string {
  expect(literal.startsWith("'") && literal.endsWith("'")).toBe(true);
  const body = literal.slice(1, -1);
  expect(body.replace(/''/g, "")).not.toContain("'");
  return body.replace(/''/g, "'");
}

function matchesAny(patterns: readonly string[], text: string): boolean {
  return patterns.some((p) => new RegExp(p, "u").test(text));
}

describe("PowerShell quoting", () => {
  it("doubles single quotes (including typographic ones) and expands nothing", () => {
    expect(psQuote("O'Reilly")).toBe("'O''Reilly'");
    expect(psQuote("$env:PATH `n")).toBe("'$env:PATH `n'");
    expect(psQuote("‘x’")).toBe("'‘‘x’’'");
    expect(psUnquote(psQuote("It's 山田's"))).toBe("It's 山田's");
  });
});

describe("name patterns", () => {
  it("match full-width, half-width and spacing variants of a Japanese name", () => {
    const org = namePatterns("ウェスタ川越");
    expect(matchesAny(org, "ウェスタ川越 インフォメーション・施設予約 <x@bad.example>")).toBe(true);
    expect(matchesAny(org, "ｳｪｽﾀ川越 <x@bad.example>")).toBe(true);
    expect(matchesAny(org, "ウエスタ川越")).toBe(false);
    const staff = namePatterns("佐藤 一郎");
    for (const seen of ["佐藤 一郎", "佐藤一郎", "佐藤\u3000一郎 様", "佐藤  一郎"])
      expect(matchesAny(staff, seen), seen).toBe(true);
    expect(matchesAny(staff, "加藤 一郎")).toBe(false);
  });

  it("match full-width and either-case Latin letters", () => {
    const patterns = namePatterns("WESTA川越");
    expect(matchesAny(patterns, "ＷＥＳＴＡ川越")).toBe(true);
    expect(matchesAny(patterns, "westa川越")).toBe(true);
  });

  it("escape regular-expression metacharacters so they match literally", () => {
    const patterns = namePatterns("A.B (C) [D] *E+ $F^ |G? {H} \\I #J");
    expect(matchesAny(patterns, "A.B (C) [D] *E+ $F^ |G? {H} \\I #J")).toBe(true);
    expect(matchesAny(patterns, "AxB C D EE F G H I J")).toBe(false);
    for (const p of patterns) expect(() => new RegExp(p, "u")).not.toThrow();
  });
});

describe("transportRuleScript", () => {
  const script = transportRuleScript(defaultPolicy);

  it("uses the documented parameters with the policy's values", () => {
    expect(script).toContain("New-TransportRule -Name $ruleName @params");
    expect(script).toContain("Set-TransportRule -Identity $ruleName @params");
    expect(script).toMatch(/FromScope\s+= 'NotInOrganization'/);
    expect(script).toMatch(/HeaderMatchesMessageHeader\s+= 'From'/);
    expect(script).toMatch(/ApplyHtmlDisclaimerLocation\s+= 'Prepend'/);
    expect(script).toMatch(/ApplyHtmlDisclaimerFallbackAction\s+= 'Wrap'/);
    expect(script).toMatch(/SetHeaderName\s+= 'X-Sender-Guard-Suspect'/);
    expect(script).toMatch(/SetHeaderValue\s+= '[^']+'/);
    // Only the trusted service: excepting the own domain under NotInOrganization would let forged outside mail through.
    expect(script).toMatch(/ExceptIfSenderDomainIs\s+= @\('yoyaku\.example\.com'\)/);
    expect(script).not.toMatch(/ExceptIfSenderDomainIs.*westa-kawagoe\.jp/);
    // A first run only audits; no priority unless asked.
    expect(script).toMatch(/^ {4}Mode\s+= 'Audit'$/m);
    expect(script).not.toMatch(/^ {4}Priority\s/m);
    expect(script).toContain("Connect-ExchangeOnline");
    expect(script).toMatch(/UTF-8 with BOM/);
  });

  it("keeps Japanese names as UTF-8 text and warns in both languages", () => {
    expect(script).toContain("'ウェスタ川越'");
    expect(script).toContain("'ｳｪｽﾀ川越'");
    expect(script).toContain("佐藤\\s*一郎");
    expect(script).toMatch(/ApplyHtmlDisclaimerText\s+= '.*【注意】.*Caution:/);
  });

  it("every pattern in the script reads back as a valid regular expression", () => {
    const line = script.split("\n").find((l) => l.trimStart().startsWith("HeaderMatchesPatterns"));
    const literals = line?.match(/'(?:[^']|'')*'/g) ?? [];
    expect(literals.length).toBe(fromPatterns(defaultPolicy).length);
    for (const literal of literals) expect(() => new RegExp(psUnquote(literal), "u")).not.toThrow();
  });

  it("quotes names with quotes and regex characters safely, and escapes the disclaimer's HTML", () => {
    const policy = policyWith({
      organization: { names: ["O'Reilly & <Sons> (東京)"], domains: ["oreilly.example.jp"] },
      staff: [{ name: "山田 '太郎'", aliases: ["Taro.Y*"] }],
      transportHeader: "X-Example-Suspect",
    });
    const out = transportRuleScript(policy);
    const line = out.split("\n").find((l) => l.trimStart().startsWith("HeaderMatchesPatterns")) ?? "";
    const patterns = (line.match(/'(?:[^']|'')*'/g) ?? []).map(psUnquote);
    expect(matchesAny(patterns, "O'Reilly & <Sons> (東京) <x@bad.example>")).toBe(true);
    expect(matchesAny(patterns, "山田 '太郎' <x@bad.example>")).toBe(true);
    expect(matchesAny(patterns, "Taro.Y* <x@bad.example>")).toBe(true);
    expect(matchesAny(patterns, "TaroXYYY")).toBe(false);
    expect(out).toMatch(/SetHeaderName\s+= 'X-Example-Suspect'/);
    const disclaimer = out.split("\n").find((l) => l.trimStart().startsWith("ApplyHtmlDisclaimerText")) ?? "";
    expect(disclaimer).toContain("O&#39;Reilly &#38; &#60;Sons&#62; (東京)");
    expect(disclaimer).not.toContain("<Sons>");
  });

  it("excepts trusted sender addresses by an anchored, escaped pattern", () => {
    const policy = policyWith({
      trustedSenders: [{ address: "news+jp@mail.example.com", reason: { ja: "a", en: "a" } }],
    });
    expect(transportRuleScript(policy)).toContain(
      "ExceptIfFromAddressMatchesPatterns = @('^news\\+jp@mail\\.example\\.com$')",
    );
  });
});

describe("transport rule trial and order", () => {
  const paramLine = (out: string, name: string): string | undefined =>
    out.split("\n").find((l) => new RegExp(`^ {4}${name}\\s+= `).test(l));

  it("--mode maps to Exchange's -Mode values and the comments say what the mode does", () => {
    const enforce = transportRuleScript(defaultPolicy, { mode: "enforce" });
    expect(paramLine(enforce, "Mode")).toMatch(/= 'Enforce'$/);
    expect(enforce).toMatch(/^# Mode: Enforce\.$/m);
    const notify = transportRuleScript(defaultPolicy, { mode: "audit-notify" });
    expect(paramLine(notify, "Mode")).toMatch(/= 'AuditAndNotify'$/);
    expect(notify).toMatch(/Trial run: Exchange only records what the rule WOULD do/);
  });

  it("--priority is an unquoted integer parameter", () => {
    expect(paramLine(transportRuleScript(defaultPolicy, { priority: 7 }), "Priority")).toBe(
      "    Priority                          = 7",
    );
  });

  it("says how to read the rule's hits in the message trace, quoting the rule's name", () => {
    const out = transportRuleScript(defaultPolicy, { ruleName: "SG O'Test" });
    expect(out).toMatch(/^# Reading the rule's hits in the message trace:$/m);
    expect(out).toContain("Get-MailDetailTransportRuleReport -TransportRule 'SG O''Test' -EventType TransportRuleHits");
    expect(out).toContain("Get-MessageTraceDetailV2 -MessageTraceId <id>");
    // Every comment line stays a comment: nothing the admin reads is run.
    const body = out.slice(0, out.indexOf("$ErrorActionPreference"));
    for (const line of body.split("\n").filter((l) => l !== "")) expect(line.startsWith("#"), line).toBe(true);
  });

  it("leaves out ExceptIfSenderDomainIs when no trusted domain remains", () => {
    const policy = policyWith({ trustedSenders: [{ domain: "example.jp", reason: "own" }] });
    expect(transportRuleScript(policy)).not.toContain("ExceptIfSenderDomainIs");
  });

  it("the CLI passes --priority and --mode through and refuses bad values", async () => {
    const ok = await cli("admin", "transport-rule", "--priority", "3", "--mode", "enforce");
    expect(ok.code).toBe(0);
    expect(ok.out).toBe(transportRuleScript(defaultPolicy, { priority: 3, mode: "enforce" }));
    for (const argv of [["--priority=-1"], ["--priority", "two"], ["--mode", "test"]]) {
      const bad = await cli("admin", "transport-rule", ...argv);
      expect(bad.code, argv.join(" ")).toBe(2);
      expect(bad.err).toMatch(/--(priority|mode) must be/);
    }
  });
});

describe("sender-guard admin transport-rule", () => {
  it("prints the script for the default policy", async () => {
    const result = await cli("admin", "transport-rule");
    expect(result.code).toBe(0);
    expect(result.out).toBe(transportRuleScript(defaultPolicy));
  });

  it("--out writes UTF-8 with BOM and CRLF line ends", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "sender-guard-rule-")), "rule.ps1");
    const result = await cli("admin", "transport-rule", "--out", out);
    expect(result.code).toBe(0);
    const bytes = readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString("utf8");
    expect(text).toContain("\r\n");
    expect(text.replace(/\r\n/g, "")).not.toContain("\n");
    expect(text).toContain("ウェスタ川越");
  });

  it("exits 2 with the field named when the policy is invalid, and on wrong usage", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "sender-guard-rule-")), "policy.json");
    writeFileSync(path, JSON.stringify({ version: 1 }));
    const bad = await cli("admin", "transport-rule", "--policy", path);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("organization");
    expect((await cli("admin")).code).toBe(2);
    expect((await cli("admin", "transport-rule", "--nope")).code).toBe(2);
    expect((await cli("admin", "transport-rule", "--help")).code).toBe(0);
  });
});
