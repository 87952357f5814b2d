import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPane, startBrowserSession, type BrowserSession, type OpenPane } from "../support/browser";
import { analyze, defaultPolicy } from "../../src/core";
import { trainingRounds, drillLinkToFacts } from "../../src/core/drill/rounds";
import { trainingLink } from "../../src/core/drill/training-link";
import { trainingStrings } from "../../src/training/strings";
import { expectAccessible, screenshot } from "./harness";

/** The training page in Chromium from dist/: ten rounds by keyboard, the real core's verdicts, axe, no outside requests. */

let session: BrowserSession;
const rounds = trainingRounds(defaultPolicy);
const ja = trainingStrings.ja;

beforeAll(async () => {
  session = await startBrowserSession();
});
afterAll(async () => {
  await session.close();
});

function expectOnlyOwnRequests(page: OpenPane): void {
  const origin = new URL(session.baseUrl).origin;
  const elsewhere = page.requests.filter((r) => new URL(r.url).origin !== origin || r.outcome === "blocked");
  expect(elsewhere, "requests that leave the page's origin").toEqual([]);
}

describe("training.html", () => {
  it("plays ten rounds by keyboard, shows the real core's verdict after each answer and a score at the end", async () => {
    const page = await openPane(session, null, {
      page: "training.html?lang=ja",
      viewport: { width: 900, height: 1000 },
    });
    try {
      const p = page.page;
      await p.getByRole("heading", { name: ja.round(1, 10) }).waitFor({ timeout: 30_000 });
      await expectAccessible(p, session);
      expect(rounds).toHaveLength(10);
      let right = 0;
      for (const [i, round] of rounds.entries()) {
        await p.getByRole("heading", { name: ja.round(i + 1, 10) }).waitFor();
        // Answer "impersonation" on even rounds and "real" on odd ones, so both right and wrong answers are shown.
        const choice = i % 2 === 0 ? "impersonation" : "genuine";
        if (choice === round.answer) right++;
        await p.getByRole("button", { name: ja[choice], exact: true }).focus();
        await p.keyboard.press("Enter");
        const status = p.getByRole("status");
        await status.waitFor();
        const verdict = analyze(round.facts, defaultPolicy);
        expect(await status.innerText()).toContain(choice === round.answer ? ja.correct : ja.wrong);
        expect(await status.innerText()).toContain(verdict.headline.ja);
        expect(await status.locator("[data-level]").getAttribute("data-level")).toBe(verdict.level);
        if (i === 0) await expectAccessible(p, session);
        // The "next" button takes the focus, so Enter moves on.
        await p.keyboard.press("Enter");
      }
      await p.getByRole("heading", { name: ja.score(right, 10) }).waitFor();
      await expectAccessible(p, session);
      await screenshot(p, "training-score");
      expect(await page.cspViolations()).toEqual([]);
      expect(page.errors).toEqual([]);
      expectOnlyOwnRequests(page);
    } finally {
      await page.close();
    }
  }, 180_000);

  it("switches to English", async () => {
    const page = await openPane(session, null, { page: "training.html?lang=ja" });
    try {
      const p = page.page;
      await p.getByRole("heading", { name: ja.round(1, 10) }).waitFor({ timeout: 30_000 });
      await p.getByRole("button", { name: ja.language }).click();
      await p.getByRole("heading", { name: trainingStrings.en.round(1, 10) }).waitFor();
      expect(await p.evaluate(() => document.documentElement.lang)).toBe("en");
      await expectAccessible(p, session);
    } finally {
      await page.close();
    }
  }, 120_000);

  it("opened from a drill mail's link, shows what that mail showed and the pane's reasons", async () => {
    const link = {
      id: "D1234-001",
      displayName: "ウェスタ川越 インフォメーション・施設予約",
      address: "info@drill-training.example",
      subject: "Re: ご確認ください",
      file: "請求書_1201.zip",
    };
    const hash = new URL(trainingLink("https://x.invalid/training.html", link)).hash;
    const page = await openPane(session, null, { page: `training.html?lang=ja${hash}` });
    try {
      const p = page.page;
      const section = p.getByRole("region", { name: ja.drillTitle });
      await section.waitFor({ timeout: 30_000 });
      const verdict = analyze(drillLinkToFacts(link), defaultPolicy);
      expect(verdict.level).toBe("danger");
      const text = await section.innerText();
      expect(text).toContain(link.address);
      for (const f of verdict.findings.filter((x) => x.severity !== "info")) expect(text).toContain(f.message.ja);
      await expectAccessible(p, session);
      expectOnlyOwnRequests(page);
    } finally {
      await page.close();
    }
  }, 120_000);
});
