import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze, type Finding } from "../../src/core";
import { emlToFacts } from "../../src/mime/eml-to-facts";
import { extraEvidence, groupFindings } from "../../src/taskpane/findings/group";
import { japanesePhrases } from "../../src/taskpane/text/phrases";
import { shortLines } from "../../src/taskpane/i18n/reason-strings";
import { strings } from "../../src/taskpane/i18n/strings";

async function verdictOf(name: string) {
  const bytes = readFileSync(join("dev", "samples", `${name}.eml`));
  return analyze(await emlToFacts(new Uint8Array(bytes)));
}

function finding(overrides: Partial<Finding>): Finding {
  return {
    rule: "r",
    messageId: "m",
    severity: "medium",
    senderSignal: false,
    message: { ja: "文", en: "Sentence" },
    evidence: {},
    ...overrides,
  };
}

describe("reasons grouped by subject", () => {
  it("gives the facility's Emotet sample one card for its zip, one for the sender, one for the wording, and folds the authentication note", async () => {
    const verdict = await verdictOf("facility-name-emotet");
    const { cards, notes } = groupFindings(verdict.findings);
    expect(cards.map((c) => c.key)).toEqual(["sender", "attachment:請求書_0308.zip", "content"]);
    const zip = cards[1];
    expect(zip?.lead.messageId).toBe("dangerousEntry");
    // "is an archive" is said by the lead already; the two password findings are one line.
    expect(zip?.more.map((f) => f.messageId)).toEqual(["passwordArchive"]);
    expect(notes.map((n) => n.messageId)).toEqual(["authPassed"]);
  });

  it("gives the PPAP sample a single attachment card whose lead asks for the phone check", async () => {
    const verdict = await verdictOf("password-zip-unknown-sender");
    const { cards } = groupFindings(verdict.findings);
    expect(cards.map((c) => c.key)).toEqual(["attachment:展示会資料.zip"]);
    const texts = [cards[0]?.lead.message.ja ?? "", ...(cards[0]?.more ?? []).map((f) => f.message.ja)].join("");
    expect(texts).toContain("電話");
  });

  it("names a subject for every finding the core returns", async () => {
    for (const name of [
      "facility-name-emotet",
      "lookalike-domain",
      "password-zip-unknown-sender",
      "staff-name-freemail",
    ]) {
      for (const f of (await verdictOf(name)).findings)
        expect(f.about, `${name}: ${f.rule}/${f.messageId}`).toBeDefined();
    }
  });

  it("orders cards by their strongest finding and keeps the core's order among equals", () => {
    const { cards } = groupFindings([
      finding({ rule: "lure-phrase", messageId: "lurePhrases", severity: "weak", about: { kind: "content" } }),
      finding({ rule: "link-mismatch", messageId: "ipHost", severity: "medium", about: { kind: "links" } }),
      finding({
        rule: "risky-attachment",
        messageId: "riskyType",
        severity: "medium",
        about: { kind: "attachment", file: "a.zip" },
      }),
      finding({
        rule: "risky-attachment",
        messageId: "riskyType",
        severity: "medium",
        about: { kind: "attachment", file: "b.zip" },
      }),
    ]);
    expect(cards.map((c) => c.key)).toEqual(["links", "attachment:a.zip", "attachment:b.zip", "content"]);
  });

  it("falls back to the named file, then the sender, for findings without a subject", () => {
    const { cards } = groupFindings([
      finding({ evidence: { file: "x.doc" } }),
      finding({ senderSignal: true }),
      finding({}),
    ]);
    expect(cards.map((c) => c.key)).toEqual(["attachment:x.doc", "sender", "content"]);
  });

  it("drops evidence the sentence already says or the pane shows above", () => {
    const lead = finding({
      message: { ja: "添付ファイル「a.zip」は圧縮ファイルです。", en: "" },
      evidence: { file: "a.zip", kindJa: "圧縮ファイル", address: "x@evil.example", subject: "Re: 請求書" },
    });
    expect(extraEvidence(lead, lead.message.ja, ["x@evil.example"])).toEqual([["subject", "Re: 請求書"]]);
  });

  it("has a short line for every message of the rules whose findings share cards", async () => {
    const { rules } = await import("../../src/core");
    const missing = rules
      .filter((r) => !["trusted-sender", "drill-mail", "sender-differs"].includes(r.meta.id))
      .flatMap((r) =>
        Object.keys(r.messages)
          .filter(
            (id) =>
              !(`${r.meta.id}/${id}` in shortLines) && !["authPassed", "returnPathDiffers", "notExamined"].includes(id),
          )
          .map((id) => `${r.meta.id}/${id}`),
      );
    expect(missing).toEqual([]);
  });
});

describe("Japanese text", () => {
  it("breaks between phrases, never inside a word", () => {
    expect(japanesePhrases("警告すべき兆候は見つかりませんでした。")).toEqual([
      "警告すべき",
      "兆候は",
      "見つかりませんでした。",
    ]);
    expect(japanesePhrases("施設予約システムからの自動送信です。")).toEqual([
      "施設予約システムからの",
      "自動送信です。",
    ]);
    expect(japanesePhrases("「ウェスタ川越 インフォメーション・施設予約」を名乗っています")).toEqual([
      "「ウェスタ川越 インフォメーション・施設予約」を",
      "名乗っています",
    ]);
    expect(japanesePhrases("abc")).toEqual(["abc"]);
  });

  it("uses full-width brackets and colons in the pane's own Japanese", () => {
    const texts: string[] = [];
    const collect = (value: unknown): void => {
      if (typeof value === "string") texts.push(value);
      else if (typeof value === "function") texts.push((value as (...a: string[]) => string)("X", "Y"));
      else if (value && typeof value === "object") for (const v of Object.values(value)) collect(v);
    };
    collect(strings.ja);
    const offenders = texts.filter(
      (s) => /[\u3040-\u30ff\u4e00-\u9fff]/u.test(s) && /[()]|[\u3040-\u30ff\u4e00-\u9fff」）]:/u.test(s),
    );
    expect(offenders).toEqual([]);
  });

  it("writes English counts with correct plurals and never a possessive on a Japanese name", async () => {
    const verdict = await verdictOf("facility-name-emotet");
    const english = [verdict.headline.en, ...verdict.findings.map((f) => f.message.en)].join("\n");
    expect(english).not.toMatch(/\(s\)/u);
    expect(english).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]'s/u);
    expect(verdict.headline.en).toContain("Westa Kawagoe");
  });
});
