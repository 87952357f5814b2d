import { describe, expect, it } from "vitest";
import { analyze, defaultPolicy, emptyFacts, parsePolicy } from "../../../src/core";
import { displayNameImpersonation } from "../../../src/core/rules/display-name-impersonation";
import { mailFrom, ruleTable } from "../../support/rule-table";

const org = { kind: "organization", genuineDomains: ["westa-kawagoe.jp"] } as const;
const staff = { kind: "staff", genuineDomains: ["westa-kawagoe.jp"] } as const;

ruleTable(displayNameImpersonation, {
  valid: [
    { name: "genuine organisation address", facts: mailFrom("ウェスタ川越", "info@westa-kawagoe.jp") },
    { name: "genuine subdomain", facts: mailFrom("ウェスタ川越 インフォメーション", "yoyaku@mail.westa-kawagoe.jp") },
    { name: "genuine staff", facts: mailFrom("佐藤 一郎", "sato@westa-kawagoe.jp") },
    { name: "加藤 is not 佐藤 (no edit distance)", facts: mailFrom("加藤 一郎", "kato@gmail.com") },
    { name: "加藤一郎様 is not 佐藤一郎", facts: mailFrom("加藤一郎様", "kato@gmail.com") },
    { name: "family name alone", facts: mailFrom("佐藤", "sato@gmail.com") },
    { name: "family name with honorific alone", facts: mailFrom("佐藤様", "sato@gmail.com") },
    { name: "given name alone", facts: mailFrom("Ichiro", "ichiro@gmail.com") },
    { name: "a longer name that starts with the staff name", facts: mailFrom("佐藤一郎太", "ichirota@gmail.com") },
    { name: "unrelated sender", facts: mailFrom("Amazon.co.jp", "store-news@amazon.co.jp") },
    { name: "Latin org name inside another word", facts: mailFrom("Northwesta Kawagoe Tours", "tours@example.com") },
    { name: "川越 alone is the city, not the facility", facts: mailFrom("川越 太郎", "taro@example.com") },
    {
      name: "the name is only an address (lookalike-domain and display-name-address judge it)",
      facts: mailFrom("info@westakawagoe.jp", "info@westakawagoe.jp"),
    },
    { name: "empty display name", facts: mailFrom("", "someone@example.com") },
    {
      name: "trusted sender is explained elsewhere, not alarmed",
      facts: mailFrom("ウェスタ川越 施設予約システム", "noreply@yoyaku.example.com"),
    },
    { name: "no From at all", facts: emptyFacts({ headers: [] }) },
  ],
  invalid: [
    {
      name: "the seed's Emotet display name",
      facts: mailFrom("ウェスタ川越 インフォメーション・施設予約", "info@random-domain.com"),
      imitates: { ...org, name: "ウェスタ川越" },
      findings: [
        {
          messageId: "orgNameOutsideDomain",
          evidence: {
            displayName: "ウェスタ川越 インフォメーション・施設予約",
            address: "info@random-domain.com",
            imitates: "ウェスタ川越",
            genuineDomain: "westa-kawagoe.jp",
          },
        },
      ],
    },
    {
      name: "affiliation in brackets",
      facts: mailFrom("【ウェスタ川越】 予約係", "yoyaku@example.net"),
      findings: [{ messageId: "orgNameOutsideDomain", evidence: { imitates: "ウェスタ川越" } }],
    },
    {
      name: "half-width katakana ｳｪｽﾀ川越",
      facts: mailFrom("ｳｪｽﾀ川越", "a@example.net"),
      findings: [{ messageId: "orgNameOutsideDomain", evidence: { imitates: "ウェスタ川越" } }],
    },
    {
      name: "full-width Latin ＷＥＳＴＡ川越",
      facts: mailFrom("ＷＥＳＴＡ川越", "a@example.net"),
      findings: [{ messageId: "orgNameOutsideDomain", evidence: { imitates: "WESTA川越" } }],
    },
    {
      name: "large kana ウエスタ川越 for small ウェスタ川越 (folded)",
      facts: mailFrom("ウエスタ川越", "a@example.net"),
      findings: [{ messageId: "orgNameOutsideDomain", evidence: { imitates: "ウェスタ川越" } }],
    },
    {
      name: "kanji 夕 for katakana タ",
      facts: mailFrom("ウェス夕川越", "a@example.net"),
      findings: [{ messageId: "orgNameOutsideDomain", evidence: { imitates: "ウェスタ川越" } }],
    },
    {
      name: "kanji 力 for katakana カ",
      facts: mailFrom("ウェスタ力ワゴエ", "a@example.net"),
      findings: [{ messageId: "orgNameOutsideDomain", evidence: { imitates: "ウェスタかわごえ" } }],
    },
    {
      name: "ideographic space inside the name",
      facts: mailFrom("ウェスタ\u3000川越", "a@example.net"),
      findings: [{ messageId: "orgNameOutsideDomain" }],
    },
    {
      name: "legal form and honorific around the name",
      facts: mailFrom("株式会社ウェスタ川越御中", "a@example.net"),
      findings: [{ messageId: "orgNameOutsideDomain" }],
    },
    {
      name: "romaji, any case, camel-cased",
      facts: mailFrom("WestaKawagoe Info", "a@example.net"),
      findings: [{ messageId: "orgNameOutsideDomain", evidence: { imitates: "Westa Kawagoe" } }],
    },
    {
      name: "digit zero for o in romaji",
      facts: mailFrom("WESTA KAWAG0E", "a@example.net"),
      findings: [{ messageId: "orgNameOutsideDomain" }],
    },
    {
      name: "the organisation's name beside an address in the name",
      facts: mailFrom("Westa Kawagoe <info@westa-kawagoe.jp>", "x@example.net"),
      findings: [{ messageId: "orgNameOutsideDomain", evidence: { imitates: "Westa Kawagoe" } }],
    },
    {
      name: "no address at all still is not the organisation's",
      facts: mailFrom("ウェスタ川越", ""),
      findings: [{ messageId: "orgNameOutsideDomain" }],
    },
    {
      name: "staff name with honorific from gmail",
      facts: mailFrom("佐藤一郎様", "ichiro.sato@gmail.com"),
      imitates: { ...staff, name: "佐藤 一郎" },
      findings: [
        {
          messageId: "staffNameOutsideDomain",
          evidence: { imitates: "佐藤 一郎", address: "ichiro.sato@gmail.com", genuineDomain: "westa-kawagoe.jp" },
        },
      ],
    },
    {
      name: "staff romaji given-family",
      facts: mailFrom("Ichiro Sato", "ichiro.sato@gmail.com"),
      imitates: { ...staff, name: "佐藤 一郎" },
      findings: [{ messageId: "staffNameOutsideDomain", evidence: { imitates: "Ichiro Sato" } }],
    },
    {
      name: "staff romaji family-given",
      facts: mailFrom("Sato Ichiro", "ichiro.sato@gmail.com"),
      findings: [{ messageId: "staffNameOutsideDomain", evidence: { imitates: "Ichiro Sato" } }],
    },
    {
      name: "staff romaji with a long-vowel spelling and title",
      facts: mailFrom("Mr. SATOH Ichiro", "x@gmail.com"),
      findings: [{ messageId: "staffNameOutsideDomain" }],
    },
    {
      name: "staff kanji given-family order",
      facts: mailFrom("花子 川越", "hanako@gmail.com"),
      findings: [{ messageId: "staffNameOutsideDomain", evidence: { imitates: "川越 花子" } }],
    },
    {
      name: "staff kanji without space",
      facts: mailFrom("川越花子", "hanako@gmail.com"),
      findings: [{ messageId: "staffNameOutsideDomain" }],
    },
    {
      name: "staff romaji family-given from the alias",
      facts: mailFrom("Kawagoe Hanako", "hanako@gmail.com"),
      findings: [{ messageId: "staffNameOutsideDomain", evidence: { imitates: "Hanako Kawagoe" } }],
    },
    {
      name: "staff hiragana alias written in katakana with さん",
      facts: mailFrom("カワゴエ ハナコ さん", "hanako@gmail.com"),
      findings: [{ messageId: "staffNameOutsideDomain", evidence: { imitates: "かわごえ はなこ" } }],
    },
    {
      name: "staff name after a department, no space",
      facts: mailFrom("経理課佐藤一郎", "x@gmail.com"),
      findings: [{ messageId: "staffNameOutsideDomain" }],
    },
    {
      name: "staff name with the organisation in brackets reports the organisation",
      facts: mailFrom("佐藤 一郎(ウェスタ川越)", "x@gmail.com"),
      findings: [{ messageId: "orgNameOutsideDomain" }],
    },
  ],
});

describe("display-name-impersonation with another policy", () => {
  const other = parsePolicy(
    JSON.stringify({
      version: 1,
      organization: { names: ["株式会社サンプル商事"], domains: ["sample-shoji.co.jp"] },
      staff: [{ name: "山﨑 太郎" }],
      reportMailbox: "security@sample-shoji.co.jp",
      steps: { received: [{ ja: "削除", en: "Delete" }], opened: [{ ja: "連絡", en: "Call" }] },
    }),
  );
  if (!other.ok) throw new Error("test policy invalid");

  it("matches ㈱ and (株) forms of the legal name", () => {
    for (const name of ["㈱サンプル商事", "(株)サンプル商事 営業部", "サンプル商事株式会社"]) {
      const verdict = analyze(mailFrom(name, "x@example.com"), other.policy, { rules: [displayNameImpersonation] });
      expect(
        verdict.findings.map((f) => f.evidence.imitates),
        name,
      ).toEqual(["株式会社サンプル商事"]);
    }
  });

  it("treats the variant kanji 﨑/崎 as the same staff name", () => {
    const verdict = analyze(mailFrom("山崎太郎", "x@example.com"), other.policy, { rules: [displayNameImpersonation] });
    expect(verdict.findings[0]?.messageId).toBe("staffNameOutsideDomain");
  });

  it("does not flag the default organisation's names under another policy", () => {
    const verdict = analyze(mailFrom("ウェスタ川越", "x@example.com"), other.policy, {
      rules: [displayNameImpersonation],
    });
    expect(verdict.findings).toEqual([]);
  });
});

describe("display-name-impersonation headline", () => {
  it("names the imitated organisation in under 100 characters", () => {
    const verdict = analyze(
      mailFrom("ウェスタ川越 インフォメーション・施設予約", "info@random-domain.com"),
      defaultPolicy,
      {
        rules: [displayNameImpersonation],
      },
    );
    expect(verdict.level).toBe("danger");
    expect(verdict.headline.ja).toBe(
      "「ウェスタ川越」を名乗っていますが、送信元アドレスはウェスタ川越のものではありません。",
    );
    expect(Array.from(verdict.headline.en).length).toBeLessThan(100);
  });
});
