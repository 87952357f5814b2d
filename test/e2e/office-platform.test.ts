import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBrowserSession, type BrowserSession } from "../support/browser";
import { describeMissing } from "../../src/core/engine/skipped";
import { strings } from "../../src/taskpane/i18n/strings";
import { bannerLevel, expectCleanRun, fixture, openReal, paneText } from "./harness";

/**
 * Faults users report from Outlook itself, played through Microsoft's real Office.js in the
 * emulated Outlook on the web: what the platform gives must never turn into a silent "safe".
 */

let session: BrowserSession;
beforeAll(async () => {
  session = await startBrowserSession();
});
afterAll(async () => {
  await session.close();
});

const headersNotChecked = describeMissing({ part: "headers", reason: "failed" }).message.ja;

describe("platform faults through real Office.js", () => {
  const blocks = [
    { issue: "office-js #4109 (new Outlook: only a Subject line)", headerBlock: "Subject: 施設からのお知らせ\r\n" },
    { issue: "office-js #6796 (an empty string)", headerBlock: "" },
  ];
  for (const { issue, headerBlock } of blocks) {
    it(`says the headers could not be checked, never safe, when getAllInternetHeadersAsync returns ${issue}`, async () => {
      const pane = await openReal(session, { items: [fixture("genuine-facility", { headerBlock })] });
      const level = await bannerLevel(pane.page);
      expect(level).not.toBe("safe");
      expect(level).toBe("unknown");
      const text = await paneText(pane.page);
      expect(text).toContain(headersNotChecked);
      expect(text).toContain(strings.ja.notCheckedHeading);
      const log = await pane.log();
      expect(log.calls).toContainEqual(
        expect.objectContaining({ name: "getAllInternetHeadersAsync", outcome: "succeeded" }),
      );
      await expectCleanRun(pane, session);
      await pane.close();
    });
  }

  it("the full header block of the same mail is checked (the fault, not the mail, makes it unknown)", async () => {
    const pane = await openReal(session, { items: [fixture("genuine-facility")] });
    expect(await bannerLevel(pane.page)).toBe("safe");
    expect(await paneText(pane.page)).not.toContain(headersNotChecked);
    await expectCleanRun(pane, session);
    await pane.close();
  });

  it("ItemChanged with no item selected: says no mail is selected, keeps no stale verdict, and follows the next selection", async () => {
    const pane = await openReal(session, { items: [fixture("facility-name-emotet"), fixture("genuine-facility")] });
    expect(await bannerLevel(pane.page)).toBe("danger");
    await pane.waitForLog((l) => l.itemChangedHandlers > 0);
    await pane.select(-1);
    await pane.frame.getByText(strings.ja.noItem).waitFor({ timeout: 20_000 });
    expect(await pane.frame.locator("[data-verdict]").count()).toBe(0);
    // Office.js itself turned the empty event into mailbox.item === null.
    expect(await pane.frame.evaluate(() => (Office.context.mailbox.item as unknown) === null)).toBe(true);
    await pane.select(1);
    expect(await bannerLevel(pane.page)).toBe("safe");
    await expectCleanRun(pane, session);
    await pane.close();
  });

  it("starts with nothing selected (pinned pane, empty folder)", async () => {
    const pane = await openReal(session, { items: [fixture("genuine-facility")], selected: -1 });
    await pane.frame.getByText(strings.ja.noItem).waitFor({ timeout: 20_000 });
    await pane.waitForLog((l) => l.itemChangedHandlers > 0);
    await pane.select(0);
    expect(await bannerLevel(pane.page)).toBe("safe");
    await expectCleanRun(pane, session);
    await pane.close();
  });

  it("the pin tip does not promise that the pin survives a restart of Outlook (office-js #4235)", async () => {
    const pane = await openReal(session, { items: [fixture("genuine-facility")] });
    expect(await bannerLevel(pane.page)).toBe("safe");
    await pane.frame.getByText(strings.ja.pinTitle).waitFor();
    const text = await paneText(pane.page);
    expect(text).toContain(strings.ja.pinBody);
    // It says the pin can be lost on restart, and how to get the pane back.
    expect(strings.ja.pinBody).toContain("起動し直すとピン留めが外れることがあります");
    expect(strings.en.pinBody).toContain("may forget the pin when Outlook restarts");
    for (const language of ["ja", "en"] as const) {
      const all = Object.values(strings[language])
        .filter((v): v is string => typeof v === "string")
        .join("\n");
      expect(all).not.toMatch(/always stays|stays pinned|even after (a )?restart|再起動後も|常に開いた/u);
    }
    await expectCleanRun(pane, session);
    await pane.close();
  });
});

describe("the emulated Outlook answers like Outlook", () => {
  it("enforces the notification limits with Outlook's error codes (9023 duplicate, 9024 no such key, 9025 more than 5)", async () => {
    const pane = await openReal(session, { items: [fixture("genuine-facility")] });
    expect(await bannerLevel(pane.page)).toBe("safe");
    const codes = await pane.frame.evaluate(async () => {
      const messages = Office.context.mailbox.item?.notificationMessages;
      if (!messages) throw new Error("no item");
      const call = (run: (done: (r: Office.AsyncResult<unknown>) => void) => void): Promise<number> =>
        new Promise((resolve) => {
          run((r) => {
            resolve(r.status === Office.AsyncResultStatus.Succeeded ? 0 : r.error.code);
          });
        });
      const details = { type: Office.MailboxEnums.ItemNotificationMessageType.ErrorMessage, message: "test bar" };
      const out: number[] = [];
      for (let i = 0; i < 6; i++) {
        out.push(
          await call((done) => {
            messages.addAsync(`k${i}`, details, done);
          }),
        );
      }
      out.push(
        await call((done) => {
          messages.addAsync("k0", details, done);
        }),
      );
      out.push(
        await call((done) => {
          messages.removeAsync("absent", done);
        }),
      );
      let longThrew = false;
      try {
        messages.addAsync("long", { ...details, message: "x".repeat(151) });
      } catch {
        longThrew = true;
      }
      return { out, longThrew };
    });
    expect(codes.out).toEqual([0, 0, 0, 0, 0, 9025, 9023, 9024]);
    // Office.js itself refuses a message over 150 characters before it reaches Outlook.
    expect(codes.longThrew).toBe(true);
    const log = await pane.log();
    expect(log.notifications[0]).toHaveLength(5);
    await pane.close();
  });

  it("answers a call it does not know with a failure and lists it", async () => {
    const pane = await openReal(session, { items: [fixture("genuine-facility")] });
    expect(await bannerLevel(pane.page)).toBe("safe");
    const status = await pane.frame.evaluate(
      () =>
        new Promise<string>((resolve) => {
          Office.context.mailbox.getUserIdentityTokenAsync((r) => {
            resolve(String(r.status));
          });
        }),
    );
    expect(status).toBe("failed");
    const log = await pane.log();
    expect(log.unknownCalls.length).toBeGreaterThan(0);
    await pane.close();
  });
});

describe("start-up that cannot hang", () => {
  it("says plainly that it could not start when office.js cannot load", async () => {
    const pane = await openReal(
      session,
      { items: [fixture("genuine-facility")] },
      { blockUrls: ["https://appsforoffice.microsoft.com/lib/1/hosted/office.js"] },
    );
    await pane.frame.getByText(strings.ja.officeDidNotStartTitle).waitFor({ timeout: 20_000 });
    const text = await paneText(pane.page);
    expect(text).toContain(strings.ja.officeDidNotStartAdmin);
    expect(text).toContain(strings.ja.officeDidNotStartTry[0]);
    expect(await pane.frame.locator('[role="progressbar"]').count()).toBe(0);
    expect(await pane.frame.locator("[data-verdict]").count()).toBe(0);
    await pane.close();
  });

  it(
    "gives up on a MicrosoftAjax.js that never arrives within a few seconds, instead of an endless spinner",
    { timeout: 90_000 },
    async () => {
      const started = Date.now();
      const pane = await openReal(
        session,
        { items: [fixture("genuine-facility")] },
        { delayUrls: { "https://ajax.aspnetcdn.com/ajax/3.5/MicrosoftAjax.js": 60_000 } },
      );
      await pane.frame.locator('[data-start-failed="timedOut"]').waitFor({ timeout: 40_000 });
      const elapsed = Date.now() - started;
      expect(await paneText(pane.page)).toContain(strings.ja.officeDidNotStartTitle);
      expect(await pane.frame.locator('[role="progressbar"]').count()).toBe(0);
      expect(elapsed).toBeGreaterThan(9_000);
      await pane.close();
    },
  );
});
