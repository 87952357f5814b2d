import { describe, expect, it } from "vitest";
import { analyze, defaultPolicy, emptyFacts, parsePolicy, type Policy } from "../../../src/core";
import { builtInBrands } from "../../../src/core/data/brands";
import { brandImpersonation } from "../../../src/core/rules/brand-impersonation";
import { mailFrom, ruleTable } from "../../support/rule-table";

function policyWith(extra: Record<string, unknown>): Policy {
  const result = parsePolicy(
    JSON.stringify({
      version: 1,
      organization: { names: ["株式会社サンプル商事"], domains: ["sample-shoji.co.jp"] },
      reportMailbox: "security@sample-shoji.co.jp",
      steps: { received: [{ ja: "削除", en: "Delete" }], opened: [{ ja: "連絡", en: "Call" }] },
      ...extra,
    }),
  );
  if (!result.ok) throw new Error(`test policy invalid: ${JSON.stringify(result.issues)}`);
  return result.policy;
}

const withPolicyBrand = policyWith({
  brands: [{ name: "サンプル予約", aliases: ["Sample Yoyaku"], domains: ["sample-yoyaku.example"] }],
});
const onlyPolicyBrands = policyWith({
  disableBuiltInBrands: true,
  brands: [{ name: "サンプル予約", domains: ["sample-yoyaku.example"] }],
});

ruleTable(brandImpersonation, {
  valid: [
    { name: "Amazon from amazon.co.jp", facts: mailFrom("Amazon.co.jp", "x@amazon.co.jp") },
    {
      name: "Rakuten card from a subdomain of its own domain",
      facts: mailFrom("楽天カード株式会社", "info@mail.rakuten-card.co.jp"),
    },
    {
      name: "Microsoft Teams from the brand's own top-level domain",
      facts: mailFrom("Microsoft Teams", "no-reply@teams.mail.microsoft"),
    },
    {
      name: "Google Docs notice from google.com",
      facts: mailFrom("山田 太郎 (Google ドキュメント)", "comments-noreply@docs.google.com"),
    },
    { name: "国税庁 from nta.go.jp", facts: mailFrom("国税庁", "info@nta.go.jp") },
    { name: "two brands named, the sender is one of them", facts: mailFrom("LINEヤフー", "noreply@lycorp.co.jp") },
    { name: "Appleby is not Apple", facts: mailFrom("Appleby Law", "news@appleby.example") },
    { name: "UPSIDE is not UPS", facts: mailFrom("UPSIDE Newsletter", "news@upside.example") },
    { name: "Metamorphosis is not Meta", facts: mailFrom("Metamorphosis", "info@metamorph.example") },
    {
      name: "lower-case 'line' is an ordinary word, not LINE",
      facts: mailFrom("bottom line weekly", "news@example.com"),
    },
    { name: "ONLINE contains LINE only inside a word", facts: mailFrom("ONLINE SHOP", "shop@example.com") },
    { name: "'au' alone is too short to be a brand", facts: mailFrom("Laura Au", "laura@example.com") },
    { name: "みずほ alone is a given name", facts: mailFrom("山田 みずほ", "mizuho@example.com") },
    { name: "ライオン contains イオン but is not AEON", facts: mailFrom("ライオン株式会社", "info@lion.example") },
    {
      name: "a shop on Rakuten names its storefront",
      facts: mailFrom("サンプル雑貨 楽天市場店", "shop@zakka.example"),
    },
    {
      name: "an address in the name is left to the address rules",
      facts: mailFrom("support@paypal.com", "x@evil.example"),
    },
    { name: "the name is just the address", facts: mailFrom("amazon@evil.example", "amazon@evil.example") },
    {
      name: "the organisation is named too (display-name-impersonation says it)",
      facts: mailFrom("ウェスタ川越 Microsoft 365 管理", "x@evil.example"),
    },
    {
      name: "mail from the organisation's own domain",
      facts: mailFrom("Microsoft Teams 会議の案内", "sato@westa-kawagoe.jp"),
    },
    { name: "a sender the policy trusts", facts: mailFrom("Amazon Pay 予約決済", "noreply@yoyaku.example.com") },
    {
      name: "a publisher naming itself and the brand it writes about",
      facts: mailFrom("Lockergnome Apple Core", "subscriptions@lockergnome.example"),
    },
    {
      name: "a publisher naming itself in Japanese and the brand",
      facts: mailFrom("Impress Watch Microsoft特集", "info@impress.example"),
    },
    { name: "no brand at all", facts: mailFrom("Taro Yamada", "taro@example.com") },
    { name: "empty display name", facts: mailFrom("", "someone@example.com") },
    { name: "no From at all", facts: emptyFacts({ headers: [] }) },
    {
      name: "policy brand from its own domain",
      facts: mailFrom("サンプル予約センター", "info@sample-yoyaku.example"),
      policy: withPolicyBrand,
    },
    { name: "built-in brands switched off", facts: mailFrom("Amazon", "x@random.example"), policy: onlyPolicyBrands },
  ],
  invalid: [
    {
      name: "Amazon from an unrelated domain",
      facts: mailFrom("Amazon", "x@random.example"),
      imitates: { kind: "brand", name: "Amazon" },
      findings: [
        {
          messageId: "brandNameOutsideDomain",
          senderSignal: true,
          evidence: { displayName: "Amazon", matched: "Amazon", brand: "Amazon", address: "x@random.example" },
        },
      ],
    },
    {
      name: "Microsoft account team in Japanese",
      facts: mailFrom("Microsoft アカウント チーム", "x@evil.example"),
      findings: [{ messageId: "brandNameOutsideDomain", evidence: { matched: "Microsoft", brand: "Microsoft" } }],
    },
    {
      name: "free mail is not the brand (outlook.com)",
      facts: mailFrom("マイクロソフト サポート", "helpdesk123@outlook.com"),
      findings: [{ messageId: "brandNameOutsideDomain", evidence: { matched: "マイクロソフト", brand: "Microsoft" } }],
    },
    {
      name: "a bare brand domain as the name",
      facts: mailFrom("Amazon.co.jp", "info@amaz0n-security.example"),
      findings: [{ messageId: "brandNameOutsideDomain", evidence: { brand: "Amazon" } }],
    },
    {
      name: "half-width katakana ｱﾏｿﾞﾝ",
      facts: mailFrom("ｱﾏｿﾞﾝ", "x@evil.example"),
      findings: [{ messageId: "brandNameOutsideDomain", evidence: { matched: "アマゾン", brand: "Amazon" } }],
    },
    {
      name: "digit 1 for l (App1e)",
      facts: mailFrom("App1e ID サポート", "x@evil.example"),
      findings: [{ messageId: "brandNameOutsideDomain", evidence: { brand: "Apple" } }],
    },
    {
      name: "full-width ＰａｙＰａｌ",
      facts: mailFrom("ＰａｙＰａｌ", "x@evil.example"),
      findings: [{ messageId: "brandNameOutsideDomain", evidence: { brand: "PayPal" } }],
    },
    {
      name: "a longer Japanese name is reported over the shorter one inside it",
      facts: mailFrom("三井住友カード株式会社", "x@evil.example"),
      findings: [
        { messageId: "brandNameOutsideDomain", evidence: { matched: "三井住友カード", brand: "三井住友カード" } },
      ],
    },
    {
      name: "ゆうちょ銀行",
      facts: mailFrom("ゆうちょ銀行 お客さまサービス", "x@evil.example"),
      findings: [{ messageId: "brandNameOutsideDomain", evidence: { matched: "ゆうちょ銀行" } }],
    },
    {
      name: "au with a service name",
      facts: mailFrom("au PAY カード", "x@evil.example"),
      findings: [{ messageId: "brandNameOutsideDomain", evidence: { matched: "au PAY", brand: "KDDI" } }],
    },
    {
      name: "ETC利用照会サービス",
      facts: mailFrom("ETC利用照会サービス", "x@evil.example"),
      findings: [{ messageId: "brandNameOutsideDomain", evidence: { matched: "ETC利用照会サービス" } }],
    },
    {
      name: "e-Tax names the tax agency",
      facts: mailFrom("e-Tax 国税電子申告", "x@evil.example"),
      findings: [{ messageId: "brandNameOutsideDomain", evidence: { brand: "国税庁" } }],
    },
    {
      name: "LINE written as the brand writes it",
      facts: mailFrom("LINE", "x@evil.example"),
      findings: [{ messageId: "brandNameOutsideDomain", evidence: { matched: "LINE", brand: "LINE" } }],
    },
    {
      name: "UPS written in capitals",
      facts: mailFrom("UPS Delivery", "x@evil.example"),
      findings: [{ messageId: "brandNameOutsideDomain", evidence: { matched: "UPS", brand: "UPS" } }],
    },
    {
      name: "DHL Express",
      facts: mailFrom("DHL Express", "x@evil.example"),
      imitates: { kind: "brand", name: "DHL", genuineDomains: ["dhl.com", "dhl.de", "dhl.co.jp"] },
      findings: [{ messageId: "brandNameOutsideDomain", evidence: { brand: "DHL" } }],
    },
    {
      name: "a short sender name is not taken as the publisher naming itself",
      facts: mailFrom("XYZ Amazon", "x@xyz.example"),
      findings: [{ messageId: "brandNameOutsideDomain" }],
    },
    {
      name: "the sender's own name after the brand is not a publisher naming itself",
      facts: mailFrom("Microsoft Security Alert", "x@securityalert.example"),
      findings: [{ messageId: "brandNameOutsideDomain", evidence: { brand: "Microsoft" } }],
    },
    {
      name: "a lookalike domain that contains the brand is not the brand",
      facts: mailFrom("Apple Support", "help@apple-support.example"),
      findings: [{ messageId: "brandNameOutsideDomain", evidence: { brand: "Apple" } }],
    },
    {
      name: "a brand from the policy",
      facts: mailFrom("Sample Yoyaku", "x@evil.example"),
      policy: withPolicyBrand,
      findings: [
        {
          messageId: "brandNameOutsideDomain",
          evidence: { matched: "Sample Yoyaku", brand: "サンプル予約", genuineDomain: "sample-yoyaku.example" },
        },
      ],
    },
    {
      name: "policy brands still apply when the built-in list is off",
      facts: mailFrom("サンプル予約", "x@evil.example"),
      policy: onlyPolicyBrands,
      findings: [{ messageId: "brandNameOutsideDomain" }],
    },
  ],
});

describe("brand-impersonation messages and data", () => {
  it("writes the message in both languages with the evidence, and a headline under 100 characters", () => {
    const verdict = analyze(mailFrom("Amazon", "x@random.example"), defaultPolicy, { rules: [brandImpersonation] });
    expect(verdict.findings[0]?.message.ja).toBe(
      "差出人名は「Amazon」を名乗っていますが、送信元アドレス x@random.example はAmazonのものではありません。",
    );
    expect(verdict.findings[0]?.message.en).toContain("does not belong to Amazon");
    expect(verdict.level).toBe("caution");
    expect(Array.from(verdict.headline.ja).length).toBeLessThan(100);
    expect(verdict.headline.ja).toContain("「Amazon」を名乗っています");
  });

  it("keeps every built-in entry well formed and every name of a brand in one entry only", () => {
    const seen = new Map<string, string>();
    for (const brand of builtInBrands) {
      expect(brand.domains.length, brand.name).toBeGreaterThan(0);
      for (const domain of brand.domains) expect(domain, brand.name).toMatch(/^[a-z0-9-]+(?:\.[a-z0-9-]+)*$/);
      for (const name of brand.names) {
        expect(seen.get(name), `${name} is listed twice`).toBeUndefined();
        seen.set(name, brand.name);
      }
    }
    expect(builtInBrands.length).toBeGreaterThanOrEqual(40);
  });

  it("leaves free-mail domains out of every brand", () => {
    const freeMail = ["gmail.com", "outlook.com", "hotmail.com", "icloud.com", "onmicrosoft.com", "live.com"];
    for (const brand of builtInBrands)
      for (const domain of brand.domains) expect(freeMail, `${brand.name}: ${domain}`).not.toContain(domain);
  });

  it("stays fast on a long name full of near-brand words", () => {
    const name = "Appl Amazo Micro 楽 UPSI ".repeat(400);
    const started = performance.now();
    const verdict = analyze(mailFrom(name, "x@evil.example"), defaultPolicy, { rules: [brandImpersonation] });
    expect(verdict.ruleFailures).toEqual([]);
    expect(verdict.findings).toEqual([]);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it("rejects a policy brand without domains, naming the field", () => {
    const result = parsePolicy(
      JSON.stringify({
        version: 1,
        organization: { names: ["X"], domains: ["x.example"] },
        brands: [{ name: "Y", domains: [] }],
        reportMailbox: "a@x.example",
        steps: { received: [{ ja: "a", en: "a" }], opened: [{ ja: "b", en: "b" }] },
      }),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.field)).toContain("brands[0].domains");
  });
});
