import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Frame, Locator, Page } from "playwright-core";
import { startBrowserSession, type BrowserSession } from "../support/browser";
import { strings } from "../../src/taskpane/i18n/strings";
import { defaultPolicy, type Language, type Level } from "../../src/core";
import { stepsFor } from "../../src/core/policy/steps";
import {
  bannerLevel,
  expectAccessible,
  fixture,
  nodeVerdict,
  open,
  paneText,
  screenshot,
  screenshotDir,
} from "./harness";

/**
 * The first screen of a typical Outlook pane (320 × 700): the banner, the one thing to do now,
 * the real address and the report button are there without scrolling, for every level, in both
 * languages; the reasons come one card per subject, then the steps for the level.
 */

const firstScreen = { width: 320, height: 700 } as const;
/** Each case opens a pane, runs axe and takes two screenshots: generous, as the machine may be loaded. */
const caseTimeout = 180_000;

let session: BrowserSession;
beforeAll(async () => {
  session = await startBrowserSession();
});
afterAll(async () => {
  await session.close();
});

/** The element's bottom edge in page pixels, with the page scrolled to the top. */
async function bottomOf(locator: Locator): Promise<number> {
  const box = await locator.first().boundingBox();
  if (box === null) throw new Error("element is not rendered");
  return box.y + box.height;
}

async function topOf(locator: Locator): Promise<number> {
  const box = await locator.first().boundingBox();
  if (box === null) throw new Error("element is not rendered");
  return box.y;
}

async function subjects(page: Page | Frame): Promise<string[]> {
  return page
    .locator("[data-subject]")
    .evaluateAll((cards) => cards.map((card) => card.getAttribute("data-subject") ?? ""));
}

/** The whole pane in one picture: the frame grows to its content's height, then the page is shot. */
async function fullLength(page: Page, frame: Frame, state: string): Promise<void> {
  const height = await frame.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: firstScreen.width, height });
  await page.locator("iframe[data-owa-pane]").evaluate((element, h) => {
    (element as HTMLElement).style.height = `${String(h)}px`;
  }, height);
  await screenshot(page, state);
}

type Case = { readonly name: string; readonly state: string; readonly level: Level };

const cases: readonly Case[] = [
  { name: "facility-name-emotet", state: "emotet", level: "danger" },
  { name: "lookalike-domain", state: "lookalike", level: "danger" },
  { name: "password-zip-unknown-sender", state: "ppap", level: "caution" },
  { name: "missing-from", state: "missing-from", level: "unknown" },
  { name: "genuine-facility", state: "genuine", level: "safe" },
];

describe("the first screen at 320 × 700", () => {
  for (const { name, state, level } of cases) {
    for (const language of ["ja", "en"] as const satisfies readonly Language[]) {
      it(
        `${state} (${level}, ${language}): banner, what to do now, the address and the report button fit; one card per subject`,
        async () => {
          const t = strings[language];
          const pane = await open(
            session,
            { items: [fixture(name)], displayLanguage: language === "ja" ? "ja-JP" : "en-US" },
            { viewport: firstScreen },
          );
          try {
            expect(await bannerLevel(pane.page)).toBe(level);
            const page = pane.frame;
            await page.getByRole("region", { name: t.stepsHeading }).waitFor();

            const banner = page.locator("[data-verdict]");
            const now = page.locator("[data-now-line]");
            const report = page.getByRole("button", { name: t.reportButton });
            expect(await bottomOf(banner), "banner").toBeLessThanOrEqual(firstScreen.height);
            expect(await now.innerText()).toBe(level === "unknown" ? t.nowLine.unknownNoAddress : t.nowLine[level]);
            expect(await bottomOf(now), "what to do now").toBeLessThanOrEqual(firstScreen.height);
            expect(await bottomOf(report), "report button").toBeLessThanOrEqual(firstScreen.height);
            const verdict = await nodeVerdict(name);
            if (verdict.sender.address !== "")
              expect(await bottomOf(page.locator("[data-real-address]")), "real address").toBeLessThanOrEqual(
                firstScreen.height,
              );

            // Reasons come after the actions, and the steps after the reasons.
            const reasons = page.getByRole("region", { name: t.findingsHeading });
            const steps = page.getByRole("region", { name: t.stepsHeading });
            expect(await topOf(reasons)).toBeGreaterThan(await bottomOf(report));
            expect(await topOf(steps)).toBeGreaterThan(await topOf(reasons));
            const tip = page.getByRole("region", { name: t.pinTitle });
            if ((await tip.count()) > 0)
              expect(await topOf(tip), "pin tip below the steps").toBeGreaterThan(await bottomOf(steps));

            // One card per subject: never two about the same attachment.
            const keys = await subjects(page);
            expect(new Set(keys).size, keys.join(" | ")).toBe(keys.length);
            const files = verdict.findings.flatMap((f) =>
              f.about?.kind === "attachment" && f.severity !== "info" ? [f.about.file] : [],
            );
            for (const file of new Set(files)) expect(keys.filter((k) => k === `attachment:${file}`)).toHaveLength(1);

            // The steps are the level's own.
            const stepsText = (await steps.innerText()).replace(/\s+/gu, " ");
            if (level !== "safe")
              for (const step of stepsFor(defaultPolicy, level)) expect(stepsText).toContain(step[language]);
            if (level !== "danger")
              expect(stepsText).not.toContain(stepsFor(defaultPolicy, "danger")[1]?.[language] ?? "missing");

            // Nothing wider than the pane, and the details start folded.
            expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
              firstScreen.width,
            );
            for (const details of await page.locator("details").all())
              expect(await details.getAttribute("open")).toBeNull();
            if (language === "ja")
              expect(await page.locator("main").evaluate((el) => getComputedStyle(el).wordBreak)).toBe("auto-phrase");
            else
              expect(await paneText(page)).not.toMatch(
                /\(s\)|'s\b.*[\u3040-\u30ff\u4e00-\u9fff]|[\u3040-\u30ff\u4e00-\u9fff]'s/u,
              );

            await expectAccessible(page, session);
            await pane.page.screenshot({ path: join(screenshotDir, `first-screen-${state}-${language}-320x700.png`) });
            await fullLength(pane.page, pane.frame, `first-screen-${state}-${language}-full`);
          } finally {
            await pane.close();
          }
        },
        caseTimeout,
      );
    }
  }

  it(
    "PPAP (caution): the steps ask for the phone check, and the reason card says the same once",
    async () => {
      const pane = await open(session, { items: [fixture("password-zip-unknown-sender")] }, { viewport: firstScreen });
      try {
        expect(await bannerLevel(pane.page)).toBe("caution");
        const steps = (await pane.frame.getByRole("region", { name: strings.ja.stepsHeading }).innerText()).replace(
          /\s+/gu,
          "",
        );
        expect(steps).toContain("電話");
        expect(steps).not.toContain("メールごと削除");
        const cards = await subjects(pane.frame);
        expect(cards).toEqual(["attachment:展示会資料.zip"]);
      } finally {
        await pane.close();
      }
    },
    caseTimeout,
  );

  it(
    "dark theme: the danger banner at 320 × 700, accessible",
    async () => {
      const pane = await open(
        session,
        { items: [fixture("facility-name-emotet")], theme: "dark" },
        { viewport: firstScreen },
      );
      try {
        expect(await bannerLevel(pane.page)).toBe("danger");
        expect(await bottomOf(pane.frame.getByRole("button", { name: strings.ja.reportButton }))).toBeLessThanOrEqual(
          firstScreen.height,
        );
        await expectAccessible(pane.page, session);
        await pane.page.screenshot({ path: join(screenshotDir, "first-screen-emotet-dark-ja-320x700.png") });
        await screenshot(pane.page, "first-screen-emotet-dark-ja-full");
      } finally {
        await pane.close();
      }
    },
    caseTimeout,
  );
});
