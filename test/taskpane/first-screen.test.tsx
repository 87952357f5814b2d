// @vitest-environment jsdom
import "../support/jsdom-setup";
import { describe, expect, it } from "vitest";
import { render, screen, within } from "@testing-library/react";
import { defaultPolicy, validatePolicy, type Finding, type Verdict } from "../../src/core";
import { builtInSteps, stepsFor } from "../../src/core/policy/steps";
import { App } from "../../src/taskpane/App";
import { createFakeHost } from "../support/fake-host";
import { factsFrom, fixedCore, makeVerdict } from "../support/verdicts";

function show(verdict: Verdict, language: "ja" | "en" = "ja") {
  render(
    <App
      host={createFakeHost({
        language,
        canFollowSelection: true,
        read: () => Promise.resolve(factsFrom("x", "x@example.com")),
      })}
      loadCore={fixedCore(() => verdict)}
    />,
  );
  // The first group is the banner; a folded 「詳細」 (<details>) is a group too.
  return screen.findAllByRole("group").then((groups) => {
    const banner = groups[0];
    if (!banner?.closest("[data-verdict]")) throw new Error("the first group is not the banner");
    return banner;
  });
}

const zip = (messageId: string, severity: Finding["severity"], ja: string): Finding => ({
  rule:
    messageId === "passwordArchive"
      ? "password-archive"
      : messageId === "riskyType"
        ? "risky-attachment"
        : "archive-contents",
  messageId,
  severity,
  senderSignal: false,
  message: { ja, en: ja },
  evidence: {
    file: "請求書_0308.zip",
    word: "パスワード",
    entry: "請求書.doc",
    kindJa: "マクロを含むことがある旧形式のOfficeファイル",
    kindEn: "an old-format Office file",
    count: "1",
    filesEn: "1 file",
  },
  about: { kind: "attachment", file: "請求書_0308.zip" },
});

const emotetLike = makeVerdict({
  level: "danger",
  findings: [
    zip(
      "dangerousEntry",
      "strong",
      "圧縮ファイル「請求書_0308.zip」の中にマクロを含むことがある旧形式のOfficeファイル「請求書.doc」が入っています。開かないでください。",
    ),
    zip("riskyType", "medium", "添付ファイル「請求書_0308.zip」は圧縮ファイルです。"),
    zip("passwordArchive", "medium", "添付ファイル「請求書_0308.zip」はパスワード付きの圧縮ファイルのようです。"),
    zip(
      "encryptedEntries",
      "medium",
      "圧縮ファイル「請求書_0308.zip」はパスワードで保護されていて、中身（1件）を確認できません。",
    ),
    {
      rule: "authentication",
      messageId: "authPassed",
      severity: "info",
      senderSignal: false,
      message: {
        ja: "送信元「evil.example」の認証には成功しています（dmarc=pass、compauth=pass）。",
        en: "Authentication passed (dmarc=pass, compauth=pass).",
      },
      evidence: { domain: "evil.example", checks: "dmarc=pass, compauth=pass" },
      about: { kind: "sender" },
    },
  ],
});

describe("the first screen", () => {
  it("puts what to do now, the address and the report button before the reasons, and the pin tip after the steps", async () => {
    const banner = await show(emotetLike);
    const now = document.querySelector("[data-now-line]");
    const address = document.querySelector("[data-real-address]");
    const report = screen.getByRole("button", { name: "管理者に報告" });
    const reasons = screen.getByRole("region", { name: "判定の理由" });
    const steps = screen.getByRole("region", { name: "対処のしかた" });
    const tip = screen.getByRole("region", { name: "おすすめ：この作業ウィンドウをピン留め" });
    const order = [banner, now, address, report, reasons, steps, tip];
    for (let i = 1; i < order.length; i += 1) {
      const previous = order[i - 1];
      const next = order[i];
      if (!previous || !next) throw new Error(`missing element ${i}`);
      expect(previous.compareDocumentPosition(next) & Node.DOCUMENT_POSITION_FOLLOWING, `element ${i}`).toBeTruthy();
    }
    expect(now?.textContent).toBe("添付ファイルやURLは開かず、このメールごと削除してください。");
  });

  it("shows one card for the zip: the strongest finding as its sentence, the password once as a short line", async () => {
    await show(emotetLike);
    const cards = document.querySelectorAll("[data-subject]");
    expect([...cards].map((c) => c.getAttribute("data-subject"))).toEqual(["attachment:請求書_0308.zip"]);
    const card = cards[0] as HTMLElement;
    expect(within(card).getByRole("heading", { level: 3 }).textContent).toBe(
      "添付ファイル「請求書_0308.zip」（強い兆候）",
    );
    expect(card.textContent).toContain("マクロを含むことがある旧形式のOfficeファイル「請求書.doc」");
    const lines = within(card)
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    expect(lines).toEqual(["パスワード付きのため、ウイルス対策ソフトでは中身を検査できません（本文に「パスワード」）"]);
    // No grey line repeating the file the title already names.
    expect(card.textContent).not.toContain("ファイル：請求書_0308.zip");
  });

  it("folds the authentication note under a closed 「詳細」 and explains its terms in one clause each", async () => {
    await show(emotetLike);
    const details = document.querySelector("details");
    expect(details?.open).toBe(false);
    expect(details?.querySelector("summary")?.textContent).toBe("詳細");
    expect(details?.textContent).toContain("認証には成功しています");
    const terms = [...(details?.querySelectorAll("dt") ?? [])].map((dt) => dt.textContent);
    expect(terms).toEqual(["DMARC", "compauth"]);
  });

  it("tells the reader of a mail with no sender what to do without pointing at an address that is not there", async () => {
    await show(
      makeVerdict({ level: "unknown", sender: { displayName: "", address: "", domain: "", registrableDomain: "" } }),
    );
    expect(document.querySelector("[data-now-line]")?.textContent).toBe(
      "差出人を読み取れませんでした。心当たりがなければ、添付ファイルやURLは開かないでください。",
    );
    const steps = screen.getByRole("region", { name: "対処のしかた" }).textContent;
    expect(steps).not.toMatch(/上の|実際の送信元アドレス/u);
  });

  it("speaks English on an English host", async () => {
    await show(makeVerdict({ level: "caution" }), "en");
    expect(document.querySelector("[data-now-line]")?.textContent).toBe(
      "Before opening any attachment or link, confirm with the sender by phone or another channel.",
    );
    const steps = screen.getByRole("region", { name: "What to do" });
    for (const step of stepsFor(defaultPolicy, "caution")) expect(within(steps).getByText(step.en)).toBeTruthy();
  });
});

describe("steps by level", () => {
  it("caution's steps include the phone check and never the danger steps' delete", async () => {
    await show(makeVerdict({ level: "caution" }));
    const steps = screen.getByRole("region", { name: "対処のしかた" }).textContent;
    expect(steps).toContain("電話");
    expect(steps).not.toContain("メールごと削除");
  });

  it("reads steps.received as danger's, and gives built-in steps to a level the policy leaves out", () => {
    const base = {
      version: 1,
      organization: { names: ["Example"], domains: ["example.jp"] },
      reportMailbox: "sec@example.jp",
    };
    const old = validatePolicy({
      ...base,
      steps: { received: [{ ja: "古い手順", en: "Old step" }], opened: [{ ja: "b", en: "b" }] },
    });
    if (!old.ok) throw new Error(JSON.stringify(old.issues));
    expect(stepsFor(old.policy, "danger")).toEqual([{ ja: "古い手順", en: "Old step" }]);
    expect(stepsFor(old.policy, "caution")).toBe(builtInSteps.caution);
    expect(stepsFor(old.policy, "unknown")).toBe(builtInSteps.unknown);
    const both = validatePolicy({
      ...base,
      steps: {
        received: [{ ja: "古い", en: "old" }],
        danger: [{ ja: "新しい", en: "new" }],
        opened: [{ ja: "b", en: "b" }],
      },
    });
    if (!both.ok) throw new Error(JSON.stringify(both.issues));
    expect(stepsFor(both.policy, "danger")[0]?.en).toBe("new");
  });

  it("rejects an empty step list, naming the field", () => {
    const result = validatePolicy({
      version: 1,
      organization: { names: ["E"], domains: ["example.jp"] },
      reportMailbox: "sec@example.jp",
      steps: { caution: [], opened: [{ ja: "b", en: "b" }] },
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.field)).toContain("steps.caution");
  });

  it("the facility's incident checklist keeps the seed's order and says to tell the administrator by phone or in person", () => {
    const opened = stepsFor(defaultPolicy, "opened").map((s) => s.ja);
    expect(opened[0]).toMatch(/ネットワークから遮断/u);
    expect(opened[1]).toMatch(/ウイルススキャン/u);
    expect(opened[2]).toMatch(/電話または直接/u);
    expect(stepsFor(defaultPolicy, "opened")[2]?.en).toMatch(/by phone or in person/u);
  });
});
