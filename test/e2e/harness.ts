import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import type { Frame, Page } from "playwright-core";
import {
  emlItem,
  openPane,
  paneTarget,
  runAxe,
  type BrowserSession,
  type OpenPane,
  type PaneOptions,
} from "../support/browser";
import type { StandinConfig, StandinItem } from "../../dev/standin-office/config";
import { emlToFacts } from "../../src/mime/eml-to-facts";
import { analyze, type Level, type Verdict } from "../../src/core";

/** Shared steps of the browser tests: fixtures, the banner, network and accessibility checks. */

export const fixtureDir = join("dev", "samples");
export const screenshotDir = join("test-results", "screenshots");

export function fixture(name: string, extra: Omit<StandinItem, "emlBase64" | "emlText"> = {}): StandinItem {
  return emlItem(join(fixtureDir, `${name}.eml`), extra);
}

/** The verdict the CLI path (postal-mime → core) gives the same file, for cross-checks. */
export async function nodeVerdict(name: string): Promise<Verdict> {
  const bytes = readFileSync(join(fixtureDir, `${name}.eml`));
  return analyze(await emlToFacts(new Uint8Array(bytes)));
}

export async function open(session: BrowserSession, config: StandinConfig, options?: PaneOptions): Promise<OpenPane> {
  return openPane(session, config, options);
}

/**
 * Opens the pane on `config`'s mailbox: through real Office.js in the emulated Outlook on the web
 * unless the mailbox needs the stand-in (pane.office, pane.standinReason say which and why).
 */
export async function openReal(
  session: BrowserSession,
  config: StandinConfig,
  options?: PaneOptions,
): Promise<OpenPane> {
  const pane = await openPane(session, config, options);
  if (pane.office !== "real") throw new Error(`expected real Office.js, got the stand-in: ${pane.standinReason ?? ""}`);
  return pane;
}

/** Waits for the banner and returns its level. A page of the emulated Outlook stands for its pane. */
export async function bannerLevel(page: Page | Frame, timeout = 20_000): Promise<Level> {
  const target = paneTarget(page);
  const banner = target.locator("[data-verdict]").first();
  await banner.waitFor({ timeout });
  const level = await banner.getAttribute("data-verdict");
  if (level !== "danger" && level !== "caution" && level !== "safe" && level !== "unknown")
    throw new Error(`unexpected data-verdict "${String(level)}"`);
  return level;
}

/** The visible text of the pane (what a user can read), whitespace collapsed. */
export async function paneText(target: Page | Frame): Promise<string> {
  return (await paneTarget(target).locator("body").innerText()).replace(/\s+/gu, " ");
}

/**
 * The pane asked for nothing but its own files and what Office.js loads, broke no CSP rule, threw
 * nothing, and (on real Office.js) made no call the emulated Outlook does not know.
 */
// The session parameter stays for callers written against the earlier signature.
// eslint-disable-next-line @typescript-eslint/no-unused-vars
export async function expectCleanRun(pane: OpenPane, _session?: BrowserSession): Promise<void> {
  const origins = pane.allowedOrigins;
  const elsewhere = pane.requests.filter(
    (r) => !origins.includes(new URL(r.url).origin) || r.outcome === "blocked" || r.outcome === "not-found",
  );
  expect(elsewhere, "requests outside the add-in's origin and Office's, or for files that do not exist").toEqual([]);
  expect(await pane.cspViolations(), "Content-Security-Policy violations").toEqual([]);
  expect(pane.errors, "uncaught errors in the page").toEqual([]);
  const frameErrors = await pane.frame
    .evaluate(() => [...((window as unknown as { __pageErrors?: string[] }).__pageErrors ?? [])])
    .catch(() => []);
  expect(frameErrors, "uncaught errors in the pane").toEqual([]);
  const log = await pane.log();
  expect(log.unknownCalls, "calls the emulated Outlook does not know").toEqual([]);
  expect(log.violations, "calls the real Office would reject").toEqual([]);
  // Outlook on the web handles about 3 simultaneous calls per item.
  expect(log.maxConcurrent).toBeLessThanOrEqual(3);
}

/** axe-core finds no serious or critical violation. */
export async function expectAccessible(target: Page | Frame, session: BrowserSession): Promise<void> {
  const violations = await runAxe(paneTarget(target), session.baseUrl);
  const severe = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(severe, JSON.stringify(severe, null, 2)).toEqual([]);
}

export async function screenshot(page: Page, state: string): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `${state}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
