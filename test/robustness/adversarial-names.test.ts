import { describe, expect, it } from "vitest";
import { analyze, defaultPolicy, type Level, type Verdict } from "../../src/core";
import { emlToFacts } from "../../src/mime/eml-to-facts";
import { buildMail, encodedWord } from "./support/mail-builder";

/**
 * Display names and From headers an attacker would write to pass as ウェスタ川越
 * (westa-kawagoe.jp), each parsed from raw mail bytes and judged against the default policy.
 * Expected levels follow PRODUCT.md: a claim to be the facility from elsewhere is `danger`; a
 * From that cannot be read is `unknown`, never `safe`. Controls show `safe` is still reachable.
 */

const attackerAuth =
  "Authentication-Results: spf=pass (sender IP is 192.0.2.7) smtp.mailfrom=evil.example; dkim=pass (signature was verified) header.d=evil.example;dmarc=pass action=none header.from=evil.example;compauth=pass reason=100";
const facilityAuth =
  "Authentication-Results: spf=pass (sender IP is 198.51.100.2) smtp.mailfrom=westa-kawagoe.jp; dkim=pass (signature was verified) header.d=westa-kawagoe.jp;dmarc=pass action=none header.from=westa-kawagoe.jp;compauth=pass reason=100";

type Case = {
  readonly title: string;
  /** Raw header lines in place of From (several, none, or with Sender). */
  readonly from: readonly string[];
  /** One level, or the levels that are all acceptable (only where PRODUCT.md allows either). */
  readonly expected: Level | readonly Level[];
  readonly auth?: string;
};

function mail(c: Case): Uint8Array {
  return buildMail({
    headers: [
      c.auth ?? attackerAuth,
      ...c.from,
      "To: 予約担当 <reserve@example.org>",
      "Subject: 会議室のご予約について",
      "Date: Tue, 1 Mar 2022 10:00:00 +0900",
      "Message-ID: <adversarial@example.org>",
    ],
    text: "来月の会議室のご予約について、空き状況をお知らせします。",
  });
}

async function judge(c: Case): Promise<Verdict> {
  return analyze(await emlToFacts(mail(c)), defaultPolicy);
}

function explain(v: Verdict): string {
  return `level ${v.level}; findings: ${v.findings.map((f) => `${f.rule}/${f.messageId}/${f.severity}`).join(", ") || "none"}; skipped: ${v.skipped.map((s) => `${s.part}:${s.reason}`).join(", ") || "none"}; failures: ${v.ruleFailures.map((f) => f.rule).join(", ") || "none"}`;
}

const homoglyphAscii = new URL("http://westa-k\u0430wagoe.jp/").hostname; // Cyrillic а → xn--…

const cases: readonly Case[] = [
  // Controls: the facility's own mail, and an unrelated plain sender.
  {
    title: "control: the facility's genuine address with its own name",
    from: [`From: ${encodedWord("ウェスタ川越 インフォメーション・施設予約")} <info@westa-kawagoe.jp>`],
    auth: facilityAuth,
    expected: "safe",
  },
  {
    title: "control: an unrelated sender with an unrelated name",
    from: ["From: Partner Office <office@partner.example>"],
    expected: "safe",
  },
  {
    title: "control: 加藤 一郎 is not the staff member 佐藤 一郎",
    from: [`From: ${encodedWord("加藤 一郎")} <kato@partner.example>`],
    expected: "safe",
  },

  // Bidi controls.
  {
    title: "right-to-left override inside the facility name",
    from: [`From: ${encodedWord("ウェスタ川越\u202E 施設予約")} <info@evil.example>`],
    expected: "danger",
  },
  {
    title: "right-to-left override that displays the facility's address",
    from: [`From: ${encodedWord("\u202Epj.eogawak-atsew@ofni")} <info@evil.example>`],
    expected: "danger",
  },
  {
    title: "isolate controls around the facility name",
    from: [`From: ${encodedWord("\u2066ウェスタ川越\u2069")} <info@evil.example>`],
    expected: "danger",
  },

  // Invisible and combining characters.
  {
    title: "zero-width space, non-joiner and joiner inside ウェスタ川越",
    from: [`From: ${encodedWord("ウェ\u200Bスタ\u200C川\u200D越")} <info@evil.example>`],
    expected: "danger",
  },
  {
    title: "word joiner and BOM inside ウェスタ川越",
    from: [`From: ${encodedWord("ウェスタ\u2060川\uFEFF越")} <info@evil.example>`],
    expected: "danger",
  },
  {
    title: "combining acute accent inside Westa Kawagoe",
    from: [`From: ${encodedWord("We\u0301sta Kawagoe")} <info@evil.example>`],
    expected: "danger",
  },
  {
    title: "half-width katakana ｳｪｽﾀ川越",
    from: [`From: ${encodedWord("ｳｪｽﾀ川越")} <info@evil.example>`],
    expected: "danger",
  },
  {
    title: "mathematical sans-serif bold 𝗪𝗲𝘀𝘁𝗮 𝗞𝗮𝘄𝗮𝗴𝗼𝗲",
    from: [`From: ${encodedWord("𝗪𝗲𝘀𝘁𝗮 𝗞𝗮𝘄𝗮𝗴𝗼𝗲")} <info@evil.example>`],
    expected: "danger",
  },
  {
    title: "full-width Ｗｅｓｔａ Ｋａｗａｇｏｅ",
    from: [`From: ${encodedWord("Ｗｅｓｔａ Ｋａｗａｇｏｅ")} <info@evil.example>`],
    expected: "danger",
  },
  {
    title: "staff name with an honorific and no space: 佐藤一郎様",
    from: [`From: ${encodedWord("佐藤一郎様")} <sato.ichiro@gmail.com>`],
    expected: "danger",
  },

  // Homoglyph domains.
  {
    title: `homoglyph domain, punycode form (${homoglyphAscii})`,
    from: [`From: Info <info@${homoglyphAscii}>`],
    expected: "danger",
  },
  {
    title: "homoglyph domain, Unicode form (westa-kаwagoe.jp with Cyrillic а)",
    from: ["From: Info <info@westa-k\u0430wagoe.jp>"],
    expected: "danger",
  },
  { title: "digit for letter: westa-kawag0e.jp", from: ["From: Info <info@westa-kawag0e.jp>"], expected: "danger" },

  // Encoded words that decode to quotes and angle brackets.
  {
    title: "encoded word decoding to a quoted facility address, real address elsewhere",
    from: [`From: ${encodedWord('"info@westa-kawagoe.jp" <info@westa-kawagoe.jp>')} <x@evil.example>`],
    expected: "danger",
  },
  {
    title: "encoded word decoding to the facility name and address, no address outside it",
    from: [`From: ${encodedWord('"ウェスタ川越" <info@westa-kawagoe.jp>')}`],
    expected: "danger",
  },
  {
    title: "encoded word decoding to a bare facility address, real address elsewhere",
    from: [`From: ${encodedWord("info@westa-kawagoe.jp")} <x@evil.example>`],
    expected: "danger",
  },

  // Header structure.
  {
    title: "two From headers, the impersonation first",
    from: [`From: ${encodedWord("ウェスタ川越")} <info@evil.example>`, "From: Partner Office <office@partner.example>"],
    expected: "danger",
  },
  {
    title: "two From headers, the impersonation second",
    from: ["From: Partner Office <office@partner.example>", `From: ${encodedWord("ウェスタ川越")} <info@evil.example>`],
    expected: "danger",
  },
  {
    title: "group syntax named after the facility",
    from: [`From: ${encodedWord("ウェスタ川越")}: info@evil.example;`],
    expected: "danger",
  },
  {
    title: "empty group named after the facility (no address at all)",
    from: [`From: ${encodedWord("ウェスタ川越")}:;`],
    expected: "danger",
  },
  { title: "empty From header", from: ["From: "], expected: "unknown" },
  { title: "From with an empty address <>", from: ["From: <>"], expected: "unknown" },
  { title: "no From header at all", from: [], expected: "unknown" },
  {
    title: "Sender is the facility's address, From impersonates it from elsewhere",
    from: [`From: ${encodedWord("ウェスタ川越")} <info@evil.example>`, "Sender: info@westa-kawagoe.jp"],
    expected: "danger",
  },
  {
    title: "Sender outside, From the facility's address, DMARC fails for westa-kawagoe.jp (a warning)",
    from: [`From: ${encodedWord("ウェスタ川越")} <info@westa-kawagoe.jp>`, "Sender: bulk@evil.example"],
    auth: "Authentication-Results: spf=pass (sender IP is 192.0.2.7) smtp.mailfrom=evil.example; dkim=pass (signature was verified) header.d=evil.example;dmarc=fail action=none header.from=westa-kawagoe.jp;compauth=fail reason=000",
    expected: ["caution", "danger"],
  },
  {
    title: "control: Sender outside, From the facility's address, DMARC passes for westa-kawagoe.jp",
    from: [`From: ${encodedWord("ウェスタ川越")} <info@westa-kawagoe.jp>`, "Sender: bulk@mailer.example"],
    auth: "Authentication-Results: spf=pass (sender IP is 192.0.2.9) smtp.mailfrom=mailer.example; dkim=pass (signature was verified) header.d=westa-kawagoe.jp;dmarc=pass action=none header.from=westa-kawagoe.jp;compauth=pass reason=100",
    expected: "safe",
  },
];

describe("adversarial display names and From headers (default policy: ウェスタ川越 / westa-kawagoe.jp)", () => {
  for (const c of cases) {
    const expected: readonly Level[] = typeof c.expected === "string" ? [c.expected] : c.expected;
    it(`${c.title} → ${expected.join(" or ")}`, async () => {
      const verdict = await judge(c);
      expect(expected, explain(verdict)).toContain(verdict.level);
    });
  }

  it("a From that could not be read is reported as skipped", async () => {
    const verdict = await judge({ title: "", from: ["From: "], expected: "unknown" });
    expect(verdict.skipped.map((s) => s.part)).toContain("from");
  });
});
