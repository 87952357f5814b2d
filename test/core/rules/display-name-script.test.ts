import { describe, expect, it } from "vitest";
import { analyze, defaultPolicy } from "../../../src/core";
import { displayNameScript } from "../../../src/core/rules/display-name-script";
import { disguisedWords } from "../../../src/core/text/mixed-script";
import { mailFrom, ruleTable } from "../../support/rule-table";

ruleTable(displayNameScript, {
  valid: [
    { name: "a Greek name written in Greek", facts: mailFrom("Σωκράτης Παπαδόπουλος", "s.papadopoulos@example.gr") },
    { name: "a Russian name written in Cyrillic", facts: mailFrom("Вера Павлова", "vera@example.ru") },
    { name: "a Cyrillic word whose letters all have Latin twins, alone", facts: mailFrom("Вера", "vera@example.ru") },
    { name: "a Cyrillic given name beside a Latin family name", facts: mailFrom("Вера Smith", "vera@example.com") },
    {
      name: "a Greek word beside a Greek one and a Latin one",
      facts: mailFrom("Αθήνα Tours", "info@athens-tours.example"),
    },
    {
      name: "the micro sign of µTorrent is a symbol, not Greek",
      facts: mailFrom("\u00b5Torrent", "news@utorrent.example"),
    },
    { name: "Latin with diacritics is one script", facts: mailFrom("Jürgen Müller GmbH", "j.mueller@example.de") },
    {
      name: "Japanese with Latin is ordinary writing",
      facts: mailFrom("ウェスタ川越 Westa Kawagoe", "info@westa-kawagoe.jp"),
    },
    { name: "Japanese brand text with Latin", facts: mailFrom("Amazon.co.jp カスタマーサービス", "x@amazon.co.jp") },
    { name: "plain Latin", facts: mailFrom("PayPal", "service@paypal.com") },
    { name: "our own domain", facts: mailFrom("Wеsta Kawagoe", "info@westa-kawagoe.jp") },
    { name: "empty name", facts: mailFrom("", "x@example.com") },
  ],
  invalid: [
    {
      name: "Greek letters posing as Latin in a name dressed as an address",
      facts: mailFrom("Ρeρe.ν2@Αirdrορ", "x@random.example"),
      findings: [
        {
          messageId: "mixedScriptWord",
          severity: "medium",
          senderSignal: true,
          evidence: { words: "Ρeρe → pepe, ν2 → v2, Αirdrορ → airdrop", scripts: "Greek, Latin" },
        },
      ],
    },
    {
      name: "Cyrillic а and р inside a Latin word",
      facts: mailFrom("Crурtо Wallet Rewards", "x@random.example"),
      findings: [{ messageId: "mixedScriptWord", severity: "medium" }],
    },
    {
      name: "Greek capitals spelling PayPal",
      facts: mailFrom("ΡΑΥΡΑL Service", "x@random.example"),
      imitates: { kind: "brand", name: "PayPal" },
      findings: [{ messageId: "disguisedBrand", severity: "strong", evidence: { matched: "PayPal", brand: "PayPal" } }],
    },
    {
      name: "a whole-script Cyrillic word spelling a brand beside Latin words",
      facts: mailFrom("\u0415\u0412\u0410\u04ae Support", "x@random.example"),
      findings: [{ messageId: "disguisedBrand", severity: "strong", evidence: { brand: "eBay", scripts: "Cyrillic" } }],
    },
    {
      name: "Cyrillic е in the organisation's Latin name",
      facts: mailFrom("Wеsta Kawagoe", "info@westa-kawag0e.example"),
      imitates: { kind: "organization" },
      findings: [{ messageId: "disguisedOrganization", severity: "strong" }],
    },
    {
      name: "Cyrillic letters in Apple, sent from elsewhere",
      facts: mailFrom("Аррle ID", "x@random.example"),
      findings: [{ messageId: "disguisedBrand", severity: "strong", evidence: { brand: "Apple" } }],
    },
  ],
});

describe("display-name-script", () => {
  it("reads the example of the issue as three disguised words", () => {
    expect(disguisedWords("Ρeρe.ν2@Αirdrορ").map((w) => [w.word, w.looksLike, w.kind])).toEqual([
      ["Ρeρe", "pepe", "mixed"],
      ["ν2", "v2", "wholeScript"],
      ["Αirdrορ", "airdrop", "mixed"],
    ]);
  });

  it("puts the example at caution or above with every rule running", () => {
    const verdict = analyze(mailFrom("Ρeρe.ν2@Αirdrορ", "x@random.example"), defaultPolicy);
    expect(["caution", "danger"]).toContain(verdict.level);
  });

  it("stays fast on a long name of mixed words", () => {
    const started = performance.now();
    const verdict = analyze(mailFrom("Αpple Ρay ".repeat(500), "x@random.example"), defaultPolicy, {
      rules: [displayNameScript],
    });
    expect(verdict.ruleFailures).toEqual([]);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
