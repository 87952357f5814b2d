import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBrowserSession, type BrowserSession } from "../support/browser";
import { describeMissing } from "../../src/core/engine/skipped";
import { strings } from "../../src/taskpane/i18n/strings";
import { emlToFacts } from "../../src/mime/eml-to-facts";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  bannerLevel,
  expectAccessible,
  expectCleanRun,
  fixture,
  fixtureDir,
  nodeVerdict,
  open,
  paneText,
  screenshot,
} from "./harness";

/**
 * The pane in a browser, fed real .eml files through real Office.js in the emulated Outlook on
 * the web; the phone and the "throw" cases run on the stand-in (see test/support/browser.ts).
 */

let session: BrowserSession;
beforeAll(async () => {
  session = await startBrowserSession();
});
afterAll(async () => {
  await session.close();
});

async function realAddress(name: string): Promise<string> {
  const facts = await emlToFacts(new Uint8Array(readFileSync(join(fixtureDir, `${name}.eml`))));
  const address = facts.from?.address;
  if (!address) throw new Error(`${name} has no From address`);
  return address;
}

describe("verdicts in the task pane", () => {
  it("warns (danger) on the facility's pattern and shows the real address", async () => {
    const pane = await open(session, { items: [fixture("facility-name-emotet")] });
    expect(await bannerLevel(pane.page)).toBe("danger");
    const text = await paneText(pane.page);
    expect(text).toContain(await realAddress("facility-name-emotet"));
    expect(text).toContain((await nodeVerdict("facility-name-emotet")).headline.ja);
    await expectCleanRun(pane, session);
    await expectAccessible(pane.page, session);
    await screenshot(pane.page, "danger-ja");
    await pane.close();
  });

  it("finds nothing on a genuine mail from the facility (safe)", async () => {
    const pane = await open(session, { items: [fixture("genuine-facility")] });
    expect(await bannerLevel(pane.page)).toBe("safe");
    expect(await paneText(pane.page)).toContain(await realAddress("genuine-facility"));
    await expectCleanRun(pane, session);
    await expectAccessible(pane.page, session);
    await screenshot(pane.page, "safe-ja");
    await pane.close();
  });

  it("says the headers could not be read on a phone-like host (Mailbox 1.5), and never says safe", async () => {
    const pane = await open(session, { items: [fixture("genuine-facility")], apiLevel: "1.5", mobile: true });
    // Office.js's npm build has no phone host to emulate in a browser: this one runs on the stand-in.
    expect(pane.office).toBe("stand-in");
    const level = await bannerLevel(pane.page);
    expect(level).not.toBe("safe");
    expect(level).toBe("unknown");
    const text = await paneText(pane.page);
    expect(text).toContain(describeMissing({ part: "headers", reason: "unsupported" }).message.ja);
    expect(text).toContain(strings.ja.notCheckedHeading);
    const log = await pane.log();
    expect(log.calls.some((c) => c.name === "getAllInternetHeadersAsync")).toBe(false);
    await expectCleanRun(pane, session);
    await expectAccessible(pane.page, session);
    await screenshot(pane.page, "headers-unavailable-ja");
    await pane.close();
  });

  it("still warns on the facility's pattern when headers are unavailable", async () => {
    const pane = await open(session, { items: [fixture("facility-name-emotet")], apiLevel: "1.5", mobile: true });
    expect(await bannerLevel(pane.page)).toBe("danger");
    await expectCleanRun(pane, session);
    await pane.close();
  });

  for (const call of ["body.getAsync", "getAllInternetHeadersAsync"] as const) {
    for (const mode of ["result", "throw"] as const) {
      it(`gives unknown, never safe, when ${call} fails (${mode})`, async () => {
        const pane = await open(session, { items: [fixture("genuine-facility")], fail: { [call]: mode } });
        expect(await bannerLevel(pane.page)).toBe("unknown");
        const log = await pane.log();
        expect(log.calls.some((c) => c.name === call && c.outcome !== "succeeded")).toBe(true);
        expect(pane.errors).toEqual([]);
        if (call === "body.getAsync" && mode === "result") {
          expect(await paneText(pane.page)).toContain(describeMissing({ part: "body", reason: "failed" }).message.ja);
          await expectAccessible(pane.page, session);
          await screenshot(pane.page, "office-call-failed-ja");
        }
        await pane.close();
      });
    }
  }

  it("says the archive's contents were not checked when getAttachmentContentAsync fails, and is not safe", async () => {
    const pane = await open(session, {
      items: [fixture("password-zip-unknown-sender")],
      fail: { getAttachmentContentAsync: "result" },
    });
    expect(await bannerLevel(pane.page)).not.toBe("safe");
    expect(await paneText(pane.page)).toContain(
      describeMissing({ part: "attachmentContent", reason: "failed" }).message.ja,
    );
    await expectCleanRun(pane, session);
    await pane.close();
  });

  it("gives unknown when the mail has no From at all", async () => {
    const pane = await open(session, { items: [fixture("missing-from")] });
    expect(await bannerLevel(pane.page)).toBe("unknown");
    await expectCleanRun(pane, session);
    await expectAccessible(pane.page, session);
    await screenshot(pane.page, "missing-from-ja");
    await pane.close();
  });

  it("shows the message 'no message selected' when Outlook has no item", async () => {
    const pane = await open(session, { items: [], selected: -1 });
    await pane.frame.getByText(strings.ja.noItem).waitFor();
    expect(await pane.frame.locator("[data-verdict]").count()).toBe(0);
    await expectCleanRun(pane, session);
    await pane.close();
  });

  it(
    "gives every synthetic fixture the same level in the browser as the CLI path does",
    { timeout: 300_000 },
    async () => {
      const names = [
        "facility-name-emotet",
        "genuine-facility",
        "staff-name-freemail",
        "lookalike-domain",
        "halfwidth-kana-org-name",
        "encoded-word-address-trick",
        "password-zip-unknown-sender",
        "kato-not-staff",
        "plain-external-re",
        "partner-reply",
        "trusted-booking-system",
        "drill",
        "missing-from",
      ];
      const differences: string[] = [];
      for (const name of names) {
        const pane = await open(session, { items: [fixture(name)] });
        const browser = await bannerLevel(pane.page);
        const node = (await nodeVerdict(name)).level;
        if (browser !== node) differences.push(`${name}: browser ${browser}, CLI ${node}`);
        await expectCleanRun(pane, session);
        await pane.close();
      }
      expect(differences).toEqual([]);
    },
  );
});
