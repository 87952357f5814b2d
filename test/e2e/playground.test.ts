import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Frame } from "playwright-core";
import { openPane, startBrowserSession, type BrowserSession, type OpenPane } from "../support/browser";
import type { StandinControl } from "../../dev/standin-office/config";
import { playgroundStrings } from "../../dev/playground/strings";
import { samples } from "../../dev/playground/samples";
import { strings } from "../../src/taskpane/i18n/strings";
import { defaultPolicy } from "../../src/core";
import { bannerLevel, expectAccessible, fixtureDir, nodeVerdict, paneText, screenshot } from "./harness";

/** The playground `npm start` opens: the real pane in a frame, samples, dropped files, policies. */

let session: BrowserSession;
let playground: OpenPane;

beforeAll(async () => {
  session = await startBrowserSession();
  // null: the playground publishes the stand-in's config for its frame itself.
  playground = await openPane(session, null, {
    page: "playground.html?lang=ja",
    viewport: { width: 1400, height: 1000 },
  });
});
afterAll(async () => {
  await playground.close();
  await session.close();
});

/** The frame's current document (it changes when the playground reloads the pane). */
async function paneFrame(): Promise<Frame> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const frame = playground.page.frames().find((f) => f.url().includes("taskpane.html"));
    if (frame) return frame;
    if (Date.now() > deadline) throw new Error("the playground shows no task pane frame");
    await playground.page.waitForTimeout(100);
  }
}

async function frameLoads(): Promise<number> {
  const src = await playground.page.locator("iframe[data-pane-frame]").getAttribute("src");
  return Number(new URL(src ?? "", session.baseUrl).searchParams.get("load"));
}

describe("playground", () => {
  it("says it is a playground with sample data and runs the real pane on the first sample", async () => {
    await playground.page.getByText(playgroundStrings.ja.notice).waitFor();
    // It says on screen that Office is a stand-in here (Office.js talks only to https hosts).
    await playground.page.getByText(playgroundStrings.ja.noticeDetail).waitFor();
    expect(playgroundStrings.ja.noticeDetail).toContain("スタンドイン");
    expect(playgroundStrings.en.noticeDetail).toContain("stand-in for Office");
    expect(playground.office).toBe("stand-in");
    expect(await bannerLevel(await paneFrame())).toBe("danger");
    expect(await paneText(await paneFrame())).toContain((await nodeVerdict("facility-name-emotet")).headline.ja);
    // The notification bar the pane put on the message is shown beside it.
    await playground.page
      .locator("[data-outlook-notifications]")
      .getByText((await nodeVerdict("facility-name-emotet")).headline.ja, { exact: false })
      .waitFor();
    expect(await playground.page.locator("[data-sample]").count()).toBe(samples.length);
    await expectAccessible(playground.page, session);
    await expectAccessible(await paneFrame(), session);
    await screenshot(playground.page, "playground-ja");
  });

  it("follows the chosen sample through ItemChanged, like a pinned pane, without reloading", async () => {
    const before = await frameLoads();
    await (
      await paneFrame()
    ).evaluate(() => {
      (window as unknown as { __sameDocument: boolean }).__sameDocument = true;
    });
    await playground.page.locator('[data-sample="genuine-facility"]').click();
    await (await paneFrame()).locator('[data-verdict="safe"]').waitFor();
    expect(
      await (await paneFrame()).evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument),
    ).toBe(true);
    expect(await frameLoads()).toBe(before);
  });

  it("runs the pane on a dropped .eml file", async () => {
    const bytes = readFileSync(join(fixtureDir, "lookalike-domain.eml"));
    await playground.page
      .locator("#eml-input")
      .setInputFiles({ name: "my-mail.eml", mimeType: "message/rfc822", buffer: bytes });
    await playground.page.getByRole("button", { name: /my-mail\.eml/u }).waitFor();
    const expected = (await nodeVerdict("lookalike-domain")).headline.ja;
    await (await paneFrame()).getByText(expected).first().waitFor();
    expect(await bannerLevel(await paneFrame())).toBe((await nodeVerdict("lookalike-domain")).level);
  });

  it("refuses a file that is not a message", async () => {
    await playground.page
      .locator("#eml-input")
      .setInputFiles({ name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("hello") });
    await playground.page.getByText(playgroundStrings.ja.notEml("notes.txt")).waitFor();
  });

  it("shows each field error of an invalid policy, and the pane says it fell back to the built-in one", async () => {
    const broken = {
      ...defaultPolicy,
      reportMailbox: "not-an-address",
      organization: { names: [], domains: ["westa-kawagoe.jp"] },
    };
    await playground.page.locator("#policy-input").setInputFiles({
      name: "broken-policy.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(broken)),
    });
    const issues = playground.page.locator("[data-policy-issues]");
    await issues.waitFor();
    const text = await issues.innerText();
    expect(text).toContain("reportMailbox");
    expect(text).toContain("organization.names");
    await (await paneFrame()).getByText(strings.ja.policyInvalidTitle).waitFor({ timeout: 20_000 });
    await expectAccessible(playground.page, session);
    await screenshot(playground.page, "playground-invalid-policy-ja");
  });

  it("applies a valid policy the user loads", async () => {
    // In the facility's own domain, so the pane offers the report to it (a mailbox elsewhere is never offered).
    const own = { ...defaultPolicy, reportMailbox: "abuse@westa-kawagoe.jp" };
    await playground.page.locator("#policy-input").setInputFiles({
      name: "own-policy.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(own)),
    });
    await playground.page.locator('[data-policy-status="loaded"]').waitFor();
    await (
      await paneFrame()
    )
      .getByText("報告先：abuse@westa-kawagoe.jp", { exact: false })
      .first()
      .waitFor({ timeout: 20_000 });
    expect(await paneText(await paneFrame())).not.toContain(strings.ja.policyInvalidTitle);
  });

  it("switches to English, the pane included", async () => {
    await playground.page.getByRole("radio", { name: "English" }).check();
    await playground.page.getByText(playgroundStrings.en.notice).waitFor();
    await playground.page.locator('[data-sample="facility-name-emotet"]').click();
    await (
      await paneFrame()
    )
      .getByText((await nodeVerdict("facility-name-emotet")).headline.en)
      .first()
      .waitFor({ timeout: 20_000 });
    expect(await playground.page.locator("html").getAttribute("lang")).toBe("en");
    await expectAccessible(playground.page, session);
    await screenshot(playground.page, "playground-en");
  });

  it("talked to nothing but its own server, and the stand-in saw no call Office would reject", async () => {
    const origin = new URL(session.baseUrl).origin;
    expect(playground.requests.filter((r) => new URL(r.url).origin !== origin)).toEqual([]);
    expect(await playground.cspViolations()).toEqual([]);
    expect(playground.errors).toEqual([]);
    const log = await (
      await paneFrame()
    ).evaluate(
      () =>
        JSON.parse(
          JSON.stringify((window as unknown as { __standinControl: StandinControl }).__standinControl.log),
        ) as StandinControl["log"],
    );
    expect(log.violations).toEqual([]);
  });
});
