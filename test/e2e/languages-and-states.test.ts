import { stepsFor } from "../../src/core/policy/steps";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBrowserSession, type BrowserSession } from "../support/browser";
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

/** The pane follows Outlook's display language; every state is accessible and photographed. */

let session: BrowserSession;
beforeAll(async () => {
  session = await startBrowserSession();
});
afterAll(async () => {
  await session.close();
});

describe("languages", () => {
  it("speaks English when Outlook's display language is English", async () => {
    const pane = await open(session, { items: [fixture("facility-name-emotet")], displayLanguage: "en-US" });
    expect(await bannerLevel(pane.page)).toBe("danger");
    const text = await paneText(pane.page);
    const verdict = await nodeVerdict("facility-name-emotet");
    expect(text).toContain(verdict.headline.en);
    expect(text).not.toContain(verdict.headline.ja);
    expect(text).toContain(strings.en.reportButton);
    // The pane's root carries the language, so screen readers read it in English.
    expect(await pane.frame.locator("body [lang]").first().getAttribute("lang")).toMatch(/^en/u);
    await pane.waitForLog((l) => (l.notifications[0]?.length ?? 0) > 0);
    const bar = (await pane.log()).notifications[0]?.[0];
    expect(bar?.message).toContain(verdict.headline.en);
    await expectCleanRun(pane, session);
    await expectAccessible(pane.page, session);
    await screenshot(pane.page, "danger-en");
    await pane.close();
  });

  it("speaks Japanese for ja-JP", async () => {
    const pane = await open(session, { items: [fixture("genuine-facility")], displayLanguage: "ja-JP" });
    expect(await bannerLevel(pane.page)).toBe("safe");
    const text = await paneText(pane.page);
    expect(text).toContain((await nodeVerdict("genuine-facility")).headline.ja);
    expect(text).toContain(strings.ja.reportButton);
    await pane.close();
  });

  it("shows the English safe state", async () => {
    const pane = await open(session, { items: [fixture("genuine-facility")], displayLanguage: "en-GB" });
    expect(await bannerLevel(pane.page)).toBe("safe");
    expect(await paneText(pane.page)).toContain((await nodeVerdict("genuine-facility")).headline.en);
    await expectAccessible(pane.page, session);
    await screenshot(pane.page, "safe-en");
    await pane.close();
  });
});

describe("other states", () => {
  const cases = [
    { name: "password-zip-unknown-sender", state: "ppap" },
    { name: "lookalike-domain", state: "lookalike" },
    { name: "drill", state: "drill" },
    { name: "trusted-booking-system", state: "trusted" },
  ] as const;
  for (const { name, state } of cases) {
    it(`${state}: same level as the CLI, accessible`, async () => {
      const pane = await open(session, { items: [fixture(name)] });
      const level = await bannerLevel(pane.page);
      const verdict = await nodeVerdict(name);
      expect(level).toBe(verdict.level);
      expect(await paneText(pane.page)).toContain(verdict.headline.ja);
      await expectCleanRun(pane, session);
      await expectAccessible(pane.page, session);
      await screenshot(pane.page, `${state}-${level}-ja`);
      await pane.close();
    });
  }

  it("dark theme: accessible", async () => {
    const pane = await open(session, { items: [fixture("facility-name-emotet")], theme: "dark" });
    expect(await bannerLevel(pane.page)).toBe("danger");
    await expectAccessible(pane.page, session);
    await screenshot(pane.page, "danger-dark-ja");
    await pane.close();
  });

  it("the incident checklist behind 'I opened the attachment' is accessible", async () => {
    const pane = await open(session, { items: [fixture("facility-name-emotet")] });
    expect(await bannerLevel(pane.page)).toBe("danger");
    const { defaultPolicy } = await import("../../src/core");
    await pane.frame.getByRole("button", { name: strings.ja.openedButton }).click();
    const firstStep = stepsFor(defaultPolicy, "opened")[0]?.ja;
    if (firstStep === undefined) throw new Error("the default policy has no steps for an opened attachment");
    await pane.frame.getByText(firstStep).waitFor();
    await expectAccessible(pane.page, session);
    await screenshot(pane.page, "opened-attachment-ja");
    await pane.close();
  });
});
