import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { chromium, type Browser, type BrowserContext, type Frame, type Page } from "playwright-core";
import { OFFICE_CDN_SCRIPT, startServer, type Served } from "../../scripts/serve.mjs";
import { buildStandinScript } from "./standin-office/build.mjs";
import type { StandinConfig, StandinLog, StandinItem } from "./standin-office/config";

/**
 * Runs the built task pane (dist/) in Debian's Chromium with the Office stand-in in place of
 * office.js. Every request is recorded; anything that is not the loopback server or the Office
 * CDN is blocked, so a test can prove the pane sends nothing anywhere else.
 */

export const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
] as const;

const officeOrigin = new URL(OFFICE_CDN_SCRIPT).origin;
/** Served on the pane's own origin so the page's Content-Security-Policy ('self') admits it. */
const axePath = "/__test/axe.min.js";
let axeSource: string | undefined;

function axeScript(): string {
  axeSource ??= readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
  return axeSource;
}

/** Records Content-Security-Policy violations, which would break the pane in Outlook too. */
const cspRecorder = `
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.__cspViolations.push(e.violatedDirective + " " + (e.blockedURI || "inline"));
});
`;

/** Chromium's path; throws (never skips) when it is missing, because CI installs it. */
export function chromiumPath(): string {
  const path = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";
  if (!existsSync(path)) {
    throw new Error(`Chromium is not installed at ${path}. Install it with: node scripts/ensure-system.mjs chromium (Debian's package; CI does this before the browser tests).`);
  }
  return path;
}

/** dist/ (or SENDER_GUARD_DIST); throws with the command to run when it has not been built. */
export function distDir(): string {
  const dir = resolve(process.env["SENDER_GUARD_DIST"] ?? "dist");
  if (!existsSync(join(dir, "taskpane.html"))) {
    throw new Error(`${dir}/taskpane.html is missing: build first with ADDIN_BASE_URL=https://addin.example.org/sender-guard npm run build`);
  }
  return dir;
}

export type RecordedRequest = {
  readonly url: string;
  readonly method: string;
  readonly outcome: "served" | "stand-in" | "blocked";
};

export type BrowserSession = {
  readonly browser: Browser;
  readonly server: Served;
  /** Base URL of dist/ on loopback, with a trailing slash. */
  readonly baseUrl: string;
  readonly standinScript: string;
  readonly close: () => Promise<void>;
};

export async function startBrowserSession(options: { readonly root?: string } = {}): Promise<BrowserSession> {
  const executablePath = chromiumPath();
  const root = options.root ?? distDir();
  const standinScript = await buildStandinScript();
  const server = await startServer({ root, port: 0, standinScript });
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath, args: [...chromiumArgs] });
  } catch (error) {
    await server.close();
    throw error;
  }
  return {
    browser,
    server,
    baseUrl: server.url,
    standinScript,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

export type PaneOptions = {
  readonly viewport?: { readonly width: number; readonly height: number };
  /** Page to open, relative to dist/; the task pane by default. */
  readonly page?: string;
  /** Script run in the page before its own (after the stand-in config is set). */
  readonly initScript?: string;
};

export type OpenPane = {
  readonly page: Page;
  readonly context: BrowserContext;
  readonly requests: RecordedRequest[];
  /** Uncaught errors in the page. */
  readonly errors: string[];
  readonly cspViolations: () => Promise<string[]>;
  /** What the stand-in recorded (notifications, report forms, calls, violations). */
  readonly log: () => Promise<StandinLog>;
  /** Selects another message, as clicking it in Outlook's list does (fires ItemChanged). */
  readonly select: (index: number) => Promise<void>;
  readonly close: () => Promise<void>;
};

/**
 * Opens the pane with the stand-in configured by `config` (null: the page sets it, as the playground does). The context routes every request:
 * the Office CDN script gets the stand-in, loopback goes to the server, the rest is blocked.
 */
export async function openPane(session: BrowserSession, config: StandinConfig | null, options: PaneOptions = {}): Promise<OpenPane> {
  const context = await session.browser.newContext({ viewport: options.viewport ?? { width: 360, height: 900 }, serviceWorkers: "block" });
  const requests: RecordedRequest[] = [];
  const ownOrigin = new URL(session.baseUrl).origin;
  await context.route("**/*", async (route) => {
    const request = route.request();
    const url = request.url();
    if (url === OFFICE_CDN_SCRIPT) {
      requests.push({ url, method: request.method(), outcome: "stand-in" });
      await route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body: session.standinScript });
      return;
    }
    if (url === `${ownOrigin}${axePath}`) {
      await route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body: axeScript() });
      return;
    }
    if (url.startsWith(`${ownOrigin}/`)) {
      requests.push({ url, method: request.method(), outcome: "served" });
      await route.continue();
      return;
    }
    requests.push({ url, method: request.method(), outcome: "blocked" });
    await route.abort("blockedbyclient");
  });
  // null leaves the config to the page itself (the playground publishes one for its frame).
  const standin = config === null ? "" : `window.__standin = ${JSON.stringify(config)};`;
  await context.addInitScript({ content: `${standin}\n${cspRecorder}\n${options.initScript ?? ""}` });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => {
    errors.push(error.message);
  });
  await page.goto(new URL(options.page ?? "taskpane.html", session.baseUrl).href);
  return {
    page,
    context,
    requests,
    errors,
    cspViolations: () => page.evaluate(() => [...((window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])]),
    log: () => page.evaluate(() => JSON.parse(JSON.stringify(window.__standinControl?.log ?? null)) as StandinLog),
    select: (index) =>
      page.evaluate((i) => {
        window.__standinControl?.select(i);
      }, index),
    close: () => context.close(),
  };
}

/** A message file as a stand-in item (exact bytes). */
export function emlItem(path: string, extra: Omit<StandinItem, "emlBase64" | "emlText"> = {}): StandinItem {
  return { emlBase64: readFileSync(path).toString("base64"), ...extra };
}

/** The origins a pane may talk to: its own and the Office CDN. */
export function allowedOrigins(session: BrowserSession): readonly string[] {
  return [new URL(session.baseUrl).origin, officeOrigin];
}

/** Records performance.now() (milliseconds since navigation started) when [data-verdict] first appears. */
const bannerTimerScript = `
(() => {
  const seen = () => {
    const banner = document.querySelector("[data-verdict]");
    if (banner && window.__bannerAt === undefined) {
      window.__bannerAt = performance.now();
      window.__bannerVerdict = banner.getAttribute("data-verdict");
      return true;
    }
    return false;
  };
  new MutationObserver((_, observer) => { if (seen()) observer.disconnect(); })
    .observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ["data-verdict"] });
})();
`;

export type BannerTiming = {
  /** Milliseconds from the start of navigation to the banner (data-verdict) being in the page. */
  readonly ms: number;
  readonly verdict: string;
};

/**
 * Measures navigation → banner for one message, in a fresh browser context each time (a cold
 * pane, like opening it in Outlook). Reusable by the benchmark script.
 */
export async function measureTimeToBanner(session: BrowserSession, config: StandinConfig, options: { readonly timeoutMs?: number } = {}): Promise<BannerTiming> {
  const pane = await openPane(session, config, { initScript: bannerTimerScript });
  try {
    await pane.page.waitForFunction(() => (window as unknown as { __bannerAt?: number }).__bannerAt !== undefined, undefined, { timeout: options.timeoutMs ?? 30_000 });
    return await pane.page.evaluate(() => {
      const w = window as unknown as { __bannerAt: number; __bannerVerdict: string };
      return { ms: w.__bannerAt, verdict: w.__bannerVerdict };
    });
  } finally {
    await pane.close();
  }
}

export type AxeViolation = {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: readonly string[];
};

/** Runs axe-core in the page (or a frame of it) and returns its violations. */
export async function runAxe(target: Page | Frame, baseUrl: string): Promise<AxeViolation[]> {
  await target.addScriptTag({ url: new URL(axePath, baseUrl).href });
  return target.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.map(String).join(" ")) }));
  });
}
