import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBrowserSession, type BrowserSession } from "../support/browser";
import { notificationKey } from "../../src/office/notify";
import { strings } from "../../src/taskpane/i18n/strings";
import {
  bannerLevel,
  expectAccessible,
  expectCleanRun,
  fixture,
  nodeVerdict,
  open,
  paneText,
  screenshot,
} from "./harness";

/** The pinned pane: following the selection, the notification bar on the message, reporting. */

/** Records, from the first paint, every level the banner takes. */
const levelRecorder = `
window.__levels = [];
new MutationObserver(() => {
  for (const el of document.querySelectorAll("[data-verdict]")) {
    const level = el.getAttribute("data-verdict") || "";
    if (window.__levels[window.__levels.length - 1] !== level) window.__levels.push(level);
  }
}).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ["data-verdict"] });
`;

let session: BrowserSession;
beforeAll(async () => {
  session = await startBrowserSession();
});
afterAll(async () => {
  await session.close();
});

describe("pinned task pane", () => {
  it("never shows the slow first message's verdict after the user moved to a fast second one", async () => {
    const slowMs = 2500;
    const pane = await open(
      session,
      { items: [fixture("facility-name-emotet", { delayMs: slowMs }), fixture("genuine-facility")] },
      { initScript: levelRecorder },
    );
    // Let the pane register for ItemChanged, then switch while the first message is still being read.
    await pane.waitForLog((l) => l.itemChangedHandlers > 0);
    await pane.select(1);
    expect(await bannerLevel(pane.page)).toBe("safe");
    // Wait until the slow reads of the first message have all answered, and a little longer.
    await pane.page.waitForTimeout(slowMs + 1000);
    const log = await pane.log();
    expect(
      log.calls.filter((c) => c.item === 0 && c.outcome === "succeeded").length,
      "the slow reads did answer",
    ).toBeGreaterThan(0);
    const levels = await pane.frame.evaluate(() => (window as unknown as { __levels: string[] }).__levels);
    const afterSwitch = levels.slice(levels.indexOf("safe"));
    expect(afterSwitch.length).toBeGreaterThan(0);
    expect(afterSwitch).not.toContain("danger");
    expect(await bannerLevel(pane.page)).toBe("safe");
    expect(await paneText(pane.page)).not.toContain("hinode-shoji.example");
    // The clean second message carries no warning bar.
    expect(log.notifications[1] ?? []).toEqual([]);
    await expectCleanRun(pane, session);
    await screenshot(pane.page, "after-switch-ja");
    await pane.close();
  });

  it("puts a notification bar of at most 150 characters on a dangerous message", async () => {
    const pane = await open(session, { items: [fixture("facility-name-emotet")] });
    expect(await bannerLevel(pane.page)).toBe("danger");
    await pane.waitForLog((l) => (l.notifications[0]?.length ?? 0) > 0);
    const shown = (await pane.log()).notifications[0] ?? [];
    expect(shown).toHaveLength(1);
    const bar = shown[0];
    expect(bar?.type).toBe("errorMessage");
    expect(bar?.message.length).toBeLessThanOrEqual(150);
    expect(bar?.message).toContain((await nodeVerdict("facility-name-emotet")).headline.ja);
    await expectCleanRun(pane, session);
    await pane.close();
  });

  it("removes an earlier warning bar when the message is now judged clean", async () => {
    const stale = {
      key: notificationKey,
      type: "errorMessage",
      message: "Sender Guard: stale warning from an earlier check",
    };
    const pane = await open(session, { items: [fixture("genuine-facility", { notifications: [stale] })] });
    expect(await bannerLevel(pane.page)).toBe("safe");
    await pane.waitForLog((l) => l.notifications[0]?.length === 0);
    const log = await pane.log();
    expect(log.notificationHistory).toContainEqual({ item: 0, action: "remove", key: notificationKey });
    await expectCleanRun(pane, session);
    await pane.close();
  });

  it("keeps each message's own bar when the user moves from a dangerous to a clean one", async () => {
    const pane = await open(session, { items: [fixture("facility-name-emotet"), fixture("genuine-facility")] });
    expect(await bannerLevel(pane.page)).toBe("danger");
    await pane.waitForLog((l) => (l.notifications[0]?.length ?? 0) > 0);
    await pane.select(1);
    await pane.frame.locator('[data-verdict="safe"]').waitFor();
    const log = await pane.log();
    expect(log.notifications[0]).toHaveLength(1);
    expect(log.notifications[1] ?? []).toEqual([]);
    await expectCleanRun(pane, session);
    await pane.close();
  });

  it("opens a new message to the report mailbox with the mail attached as an item", async () => {
    const pane = await open(session, { items: [fixture("facility-name-emotet")] });
    expect(await bannerLevel(pane.page)).toBe("danger");
    await pane.frame.getByRole("button", { name: strings.ja.reportButton }).click();
    await pane.waitForLog((l) => l.newMessageForms.length > 0);
    const form = (await pane.log()).newMessageForms[0];
    const { defaultPolicy } = await import("../../src/core");
    expect(form?.toRecipients).toEqual([defaultPolicy.reportMailbox]);
    expect(form?.attachments).toEqual([expect.objectContaining({ type: "item", itemId: "AAMkStandin0" })]);
    expect(form?.subject.length).toBeGreaterThan(0);
    // Reporting never answers the attacker.
    expect(form?.toRecipients.join(",")).not.toContain("hinode-shoji.example");
    await pane.frame.getByText(strings.ja.reportOpened).waitFor();
    await expectCleanRun(pane, session);
    await expectAccessible(pane.page, session);
    await screenshot(pane.page, "report-opened-ja");
    await pane.close();
  });

  it("explains why reporting is unavailable below Mailbox 1.9 instead of failing", async () => {
    const pane = await open(session, { items: [fixture("facility-name-emotet")], apiLevel: "1.8" });
    expect(await bannerLevel(pane.page)).toBe("danger");
    const button = pane.frame.getByRole("button", { name: strings.ja.reportButton });
    await expect(
      button.isDisabled().then((d) => d || button.getAttribute("aria-disabled").then((a) => a === "true")),
    ).resolves.toBe(true);
    expect((await pane.log()).newMessageForms).toEqual([]);
    await expectCleanRun(pane, session);
    await pane.close();
  });
});
