import { describe, expect, it } from "vitest";
import { render, screen, within } from "@testing-library/react";
import type { Finding, Level, Verdict } from "../../src/core";
import { App } from "../../src/taskpane/App";
import { createFakeHost } from "../support/fake-host";
import { factsFrom, fixedCore, makeVerdict } from "../support/verdicts";

function show(verdict: Verdict, language: "ja" | "en" = "ja") {
  const host = createFakeHost({ language, read: () => Promise.resolve(factsFrom("x", "x@example.com")) });
  render(<App host={host} loadCore={fixedCore(() => verdict)} />);
  return host;
}

async function banner(): Promise<HTMLElement> {
  const group = await screen.findByRole("group");
  const root = group.closest("[data-verdict]");
  if (!(root instanceof HTMLElement)) throw new Error("banner has no data-verdict root");
  return root;
}

const lookalike: Finding = {
  rule: "lookalike-domain",
  messageId: "senderLookalike",
  severity: "strong",
  senderSignal: true,
  message: {
    ja: "送信元のドメインが施設のドメインに似せてあります。",
    en: "The sender's domain imitates the facility's.",
  },
  evidence: { address: "info@westa-kawag0e.jp", host: "westa-kawag0e.jp", genuineDomain: "westa-kawagoe.jp" },
  diff: { evidence: "host", changes: [{ index: 11, seen: "0", genuine: "o" }] },
};

describe("banner by level", () => {
  const cases: [Level, string][] = [
    ["danger", "危険"],
    ["caution", "注意"],
    ["safe", "警告なし"],
    ["unknown", "未確認"],
  ];
  it.each(cases)("%s renders its banner with data-verdict, level name and headline", async (level, name) => {
    const headline = `見出し(${level})`;
    show(makeVerdict({ level, headline: { ja: headline, en: `Headline ${level}` } }));
    const root = await banner();
    expect(root.getAttribute("data-verdict")).toBe(level);
    expect(screen.getByRole("group", { name })).toBe(root);
    expect(within(root).getByText(headline)).toBeTruthy();
  });

  it("uses the English headline and labels for an English host", async () => {
    show(makeVerdict({ level: "danger", headline: { ja: "日本語の見出し", en: "English headline" } }), "en");
    const root = await banner();
    expect(within(root).getByText("English headline")).toBeTruthy();
    expect(screen.getByRole("group", { name: "Danger" })).toBe(root);
    expect(screen.queryByText("日本語の見出し")).toBeNull();
    expect(screen.getByRole("button", { name: "Report to the admin" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "I opened the attachment" })).toBeTruthy();
    expect(screen.getByRole("heading", { name: "What to do" })).toBeTruthy();
  });

  it("uses Japanese labels for a Japanese host", async () => {
    show(makeVerdict({ level: "danger", headline: { ja: "日本語の見出し", en: "English headline" } }), "ja");
    await banner();
    expect(screen.getByText("日本語の見出し")).toBeTruthy();
    expect(screen.queryByText("English headline")).toBeNull();
    expect(screen.getByRole("button", { name: "管理者に報告" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "添付ファイルを開いてしまった" })).toBeTruthy();
    expect(screen.getByRole("heading", { name: "対処のしかた" })).toBeTruthy();
  });
});

describe("sender and findings", () => {
  const verdict = makeVerdict({
    level: "danger",
    sender: {
      displayName: "ウェスタ川越 インフォメーション・施設予約",
      address: "info@mail.evil-example.com",
      domain: "mail.evil-example.com",
      registrableDomain: "evil-example.com",
    },
    imitates: { kind: "organization", name: "ウェスタ川越", genuineDomains: ["westa-kawagoe.jp"] },
    findings: [
      {
        rule: "display-name-org",
        messageId: "orgName",
        severity: "strong",
        senderSignal: true,
        message: {
          ja: "表示名は施設を名乗っていますが、アドレスは施設のものではありません。",
          en: "The name claims the facility; the address is not the facility's.",
        },
        evidence: { displayName: "ウェスタ川越", address: "info@mail.evil-example.com" },
      },
      {
        rule: "reply-prefix",
        messageId: "replyWithoutThread",
        severity: "weak",
        senderSignal: false,
        message: {
          ja: "件名は返信の形ですが、やり取りの記録がありません。",
          en: "The subject looks like a reply but there is no thread.",
        },
        evidence: { subject: "Re: ご確認ください", kindJa: "返信", kindEn: "reply", where: "subject" },
      },
    ],
  });

  it("shows the display name, the real address with its domain highlighted, and the genuine domain", async () => {
    show(verdict);
    await banner();
    expect(screen.getByText("ウェスタ川越 インフォメーション・施設予約")).toBeTruthy();
    const domain = screen.getByText("mail.evil-example.com", { selector: "strong" });
    expect(domain.parentElement?.textContent).toBe("info@mail.evil-example.com");
    expect(screen.getByText("「ウェスタ川越」の本物の送信元：")).toBeTruthy();
    expect(screen.getByText("@westa-kawagoe.jp")).toBeTruthy();
  });

  it("lists one card per subject in the given order, with severity and the evidence the sentence does not say", async () => {
    show(verdict);
    await banner();
    const list = within(screen.getByRole("region", { name: "判定の理由" })).getByRole("list");
    const items = within(list).getAllByRole("listitem");
    expect(items).toHaveLength(2);
    expect(items[0]?.textContent).toContain("強い兆候");
    expect(items[0]?.textContent).toContain("表示名は施設を名乗っていますが");
    // The address is shown large above the cards, so the card's evidence leaves it out.
    expect(items[0]?.textContent).toContain("表示名：ウェスタ川越");
    expect(items[0]?.textContent).not.toContain("アドレス：info@mail.evil-example.com");
    expect(items[1]?.textContent).toContain("弱い兆候");
    expect(items[1]?.textContent).toContain("件名：Re: ご確認ください");
    // Message fragments and internal keys are not repeated as evidence.
    expect(items[1]?.textContent).not.toMatch(/kindJa|kindEn|where|返信 \/|reply/);
  });

  it("puts the strongest finding first whatever order it arrives in", async () => {
    const weak = verdict.findings[1];
    const strong = verdict.findings[0];
    if (!weak || !strong) throw new Error("fixture changed");
    show(makeVerdict({ level: "danger", findings: [weak, strong] }));
    await banner();
    const items = within(screen.getByRole("region", { name: "判定の理由" })).getAllByRole("listitem");
    expect(items.map((i) => i.querySelector("h3 span")?.textContent)).toEqual(["（強い兆候）", "（弱い兆候）"]);
  });

  it("marks the differing characters of a lookalike, as text", async () => {
    show(makeVerdict({ level: "danger", findings: [lookalike] }));
    await banner();
    const marks = document.querySelectorAll("mark");
    expect(marks).toHaveLength(1);
    expect(marks[0]?.textContent).toBe("0");
    // The diff names the host as its evidence, so the host (not the address) is the string shown marked.
    expect(marks[0]?.parentElement?.textContent).toBe("westa-kawag0e.jp");
    expect(screen.getByText("westa-kawagoe.jp")).toBeTruthy();
    expect(screen.getByText("本物の「o」が「0」に置き換わっています")).toBeTruthy();
  });

  it("says there were no warning signs when there are no findings", async () => {
    show(makeVerdict({ level: "safe" }));
    await banner();
    expect(screen.getByText("警告すべき兆候は見つかりませんでした。")).toBeTruthy();
  });

  it("renders mail text as text, never as markup, and reveals hidden direction marks", async () => {
    show(
      makeVerdict({
        level: "danger",
        sender: {
          displayName: '<img src=x onerror="alert(1)">',
          address: "a@b\u202Ecom.exe",
          domain: "b\u202Ecom.exe",
          registrableDomain: "",
        },
      }),
    );
    await banner();
    expect(screen.getByText('<img src=x onerror="alert(1)">')).toBeTruthy();
    expect(document.querySelector("img")).toBeNull();
    expect(screen.getByText("b⟨U+202E⟩com.exe", { selector: "strong" })).toBeTruthy();
  });
});

describe("what could not be checked, drills and trusted senders", () => {
  it("lists skipped parts and failed rules in the user's language", async () => {
    show(
      makeVerdict({
        level: "unknown",
        skipped: [
          {
            part: "headers",
            reason: "unsupported",
            message: { ja: "ヘッダーは確認できませんでした。", en: "Headers could not be checked." },
          },
          {
            part: "body",
            reason: "failed",
            message: { ja: "本文は読み取れませんでした。", en: "The body could not be read." },
            detail: "5001",
          },
        ],
        ruleFailures: [{ rule: "auth-results", error: "boom" }],
      }),
      "en",
    );
    await banner();
    const region = screen.getByRole("region", { name: "Could not be checked" });
    const items = within(region).getAllByRole("listitem");
    expect(items.map((i) => i.textContent)).toEqual([
      "Headers could not be checked.",
      "The body could not be read.5001",
      "One of the checks (auth-results) stopped with an error, so the result is incomplete.boom",
    ]);
    expect(screen.queryByText("ヘッダーは確認できませんでした。")).toBeNull();
  });

  it("shows nothing about missing parts when everything was checked", async () => {
    show(makeVerdict());
    await banner();
    expect(screen.queryByRole("region", { name: "確認できなかった項目" })).toBeNull();
  });

  it("thanks the user for a drill mail", async () => {
    show(makeVerdict({ level: "safe", drill: true, headline: { ja: "これは訓練メールです。", en: "Training mail." } }));
    await banner();
    expect(screen.getByRole("region", { name: "これは訓練メールでした" }).textContent).toContain(
      "ありがとうございます",
    );
  });

  it("shows why the policy trusts the sender", async () => {
    show(makeVerdict({ trustedReason: { ja: "予約システムからの自動送信です。", en: "Booking system." } }));
    await banner();
    expect(
      within(screen.getByRole("region", { name: "信頼済みの送信元" })).getByText("予約システムからの自動送信です。"),
    ).toBeTruthy();
  });
});
