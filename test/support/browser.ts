import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { chromium, type Browser, type BrowserContext, type Frame, type Page, type Route } from "playwright-core";
import { OFFICE_CDN_SCRIPT, startServer, type Served } from "../../scripts/serve.mjs";
import { buildStandinScript } from "../../dev/standin-office/build.mjs";
import type { StandinConfig, StandinLog, StandinItem } from "../../dev/standin-office/config";
import { buildOwaHostScript } from "./owa-host/build.mjs";
import type { HostLog, UnknownCall } from "./owa-host/config";
import { hostConfigOf } from "./owa-host/items";
import { msAjaxStandin, msAjaxUrl, officeCdnFile, officeCdnOrigin } from "./owa-host/office-cdn";

/**
 * Runs the built task pane (dist/) in Debian's Chromium. By default through Microsoft's real
 * Office.js (@microsoft/office-js) inside an emulated Outlook on the web: a host page at
 * https://outlook.office.com frames dist/taskpane.html, served at https://addin.example.org/sender-guard/,
 * and answers Office.js's postMessage protocol (test/support/owa-host). What Office.js in a
 * browser cannot show (a phone at Mailbox 1.5, a method that throws, a dark Office theme, the
 * playground on http loopback) runs on the hand-written stand-in (dev/standin-office),
 * and the pane says which one it ran on. Every request is recorded; anything that is not the
 * add-in's origin or the Office CDN is blocked, so a test can prove the pane sends nothing
 * anywhere else.
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
/** Where the emulated Outlook serves the add-in (ADDIN_BASE_URL of the test build) and itself. */
export const addinBaseUrl = "https://addin.example.org/sender-guard/";
const addinOrigin = new URL(addinBaseUrl).origin;
export const owaHostUrl = "https://outlook.office.com/mail/";
const owaOrigin = new URL(owaHostUrl).origin;
/** MicrosoftAjax.js comes from its own CDN; Office.js loads it (see docs/security.md). */
const msAjaxOrigin = new URL(msAjaxUrl).origin;
/** Office.js sends its own telemetry here (see docs/security.md); the tests answer it locally. */
const ariaOrigin = "https://browser.pipe.aria.microsoft.com";
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
    throw new Error(
      `Chromium is not installed at ${path}. Install it with: node scripts/ensure-system.mjs chromium (Debian's package; CI does this before the browser tests).`,
    );
  }
  return path;
}

/** dist/ (or SENDER_GUARD_DIST); throws with the command to run when it has not been built. */
export function distDir(): string {
  const dir = resolve(process.env["SENDER_GUARD_DIST"] ?? "dist");
  if (!existsSync(join(dir, "taskpane.html"))) {
    throw new Error(
      `${dir}/taskpane.html is missing: build first with ADDIN_BASE_URL=https://addin.example.org/sender-guard npm run build`,
    );
  }
  return dir;
}

export type RecordedRequest = {
  readonly url: string;
  readonly method: string;
  readonly outcome:
    "served" | "stand-in" | "office-js" | "msajax-stand-in" | "office-telemetry" | "not-found" | "blocked";
};

export type BrowserSession = {
  readonly browser: Browser;
  readonly server: Served;
  /** Base URL of dist/ on loopback, with a trailing slash. */
  readonly baseUrl: string;
  readonly standinScript: string;
  readonly owaHostScript: string;
  /** dist/ (or the root given), served at addinBaseUrl for the emulated Outlook. */
  readonly root: string;
  readonly close: () => Promise<void>;
};

export async function startBrowserSession(options: { readonly root?: string } = {}): Promise<BrowserSession> {
  const executablePath = chromiumPath();
  const root = options.root ?? distDir();
  const standinScript = await buildStandinScript();
  const owaHostScript = await buildOwaHostScript();
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
    owaHostScript,
    root,
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
  /** "real" (default when the config allows it): Office.js in the emulated Outlook on the web. */
  readonly office?: "real" | "stand-in";
  /** URLs (exact) the browser fails to load, e.g. office.js, to test a pane whose Office.js never arrives. */
  readonly blockUrls?: readonly string[];
  /** Delay (ms) before a matching URL is answered, e.g. MicrosoftAjax.js hanging on its CDN. */
  readonly delayUrls?: Readonly<Record<string, number>>;
};

/** What the pane's log holds on either Office: the stand-in's record, plus what only the host sees. */
export type PaneLog = StandinLog & {
  readonly unknownCalls: readonly UnknownCall[];
  readonly actions: readonly string[];
};

export type OpenPane = {
  /** The top-level page: the emulated Outlook (real Office.js) or the pane itself (stand-in). */
  readonly page: Page;
  /** The task pane's document: the framed taskpane.html, or the page's main frame on the stand-in. */
  readonly frame: Frame;
  /** Which Office the pane ran on, and why when it is the stand-in. */
  readonly office: "real" | "stand-in";
  readonly standinReason?: string;
  /** Origins this pane may talk to. */
  readonly allowedOrigins: readonly string[];
  /** Console lines of every frame, for diagnosing a failed start. */
  readonly console: string[];
  readonly context: BrowserContext;
  readonly requests: RecordedRequest[];
  /** Uncaught errors in the page. */
  readonly errors: string[];
  readonly cspViolations: () => Promise<string[]>;
  /** What Office recorded (notifications, report forms, calls, violations, unknown calls). */
  readonly log: () => Promise<PaneLog>;
  /** Waits until the log satisfies `ready` (polled from Node), and returns it. */
  readonly waitForLog: (ready: (log: PaneLog) => boolean, timeoutMs?: number) => Promise<PaneLog>;
  /** Selects another message, as clicking it in Outlook's list does (fires ItemChanged). */
  readonly select: (index: number) => Promise<void>;
  readonly close: () => Promise<void>;
};

/** Why a mailbox must run on the stand-in, or undefined when real Office.js can show it. */
export function standinReason(config: StandinConfig | null, options: PaneOptions): string | undefined {
  if (options.office === "stand-in") return "asked for by the test";
  if (config === null) return "the playground is served over http loopback, and Office.js talks only to https hosts";
  if (config.mobile === true)
    return "a phone (Outlook mobile, Mailbox 1.5): the npm build of Office.js has no phone host to emulate in a browser";
  const failures = [config.fail, ...config.items.map((i) => i.fail)].flatMap((f) => Object.values(f ?? {}));
  if (failures.includes("throw")) return "an Office.js method that throws: a host can only answer with a failure";
  if (config.theme === "dark") return "a dark Office theme: Office.js in Outlook on the web reports no officeTheme";
  if (config.hostedFiles !== undefined) return "files served from memory are a stand-in switch";
  return undefined;
}

/**
 * Opens the pane on `config`'s mailbox: through real Office.js in the emulated Outlook on the
 * web, or, when standinReason names a reason, on the stand-in.
 */
export async function openPane(
  session: BrowserSession,
  config: StandinConfig | null,
  options: PaneOptions = {},
): Promise<OpenPane> {
  const reason = standinReason(config, options);
  if (reason === undefined && config !== null) return openOwaPane(session, config, options);
  return openStandinPane(session, config, options, reason ?? "asked for by the test");
}

function fileResponse(root: string, url: string): { body: Buffer; contentType: string } | undefined {
  const relative = decodeURIComponent(new URL(url).pathname.slice(new URL(addinBaseUrl).pathname.length));
  const path = resolve(root, relative === "" ? "index.html" : relative);
  if (!path.startsWith(resolve(root) + "/") || !existsSync(path)) return undefined;
  const extension = path.slice(path.lastIndexOf(".") + 1).toLowerCase();
  const types: Record<string, string> = {
    html: "text/html; charset=utf-8",
    js: "text/javascript; charset=utf-8",
    json: "application/json; charset=utf-8",
    png: "image/png",
    xml: "application/xml; charset=utf-8",
    css: "text/css; charset=utf-8",
  };
  try {
    return { body: readFileSync(path), contentType: types[extension] ?? "application/octet-stream" };
  } catch {
    return undefined;
  }
}

const owaHostHtml = `<!doctype html>
<html lang="ja"><head><meta charset="utf-8"><title>Outlook (emulated for tests)</title></head>
<body style="margin:0;font-family:sans-serif;display:flex;gap:8px">
<main style="flex:1;padding:8px"><p>Emulated Outlook on the web (test host): the reading pane is left out; the add-in runs in the frame beside it.</p></main>
<script src="/__owa/host.js"></script>
</body></html>`;

/** Records errors and CSP violations in every frame, so the pane's own frame can be asked. */
const frameRecorder = `
window.__pageErrors = [];
window.addEventListener("error", (e) => { window.__pageErrors.push(String(e.message || e.error)); });
window.addEventListener("unhandledrejection", (e) => { window.__pageErrors.push("unhandled rejection: " + String(e.reason && e.reason.message || e.reason)); });
`;

async function openOwaPane(session: BrowserSession, config: StandinConfig, options: PaneOptions): Promise<OpenPane> {
  const paneUrl = new URL(options.page ?? "taskpane.html", addinBaseUrl).href;
  const baseConfig = await hostConfigOf(config, { url: paneUrl, origin: addinOrigin });
  // A test that gives a viewport means the pane's size: the frame is exactly that box.
  const hostConfig = options.viewport ? { ...baseConfig, paneSize: options.viewport } : baseConfig;
  const context = await session.browser.newContext({
    viewport: options.viewport ?? { width: 900, height: 900 },
    serviceWorkers: "block",
  });
  const requests: RecordedRequest[] = [];
  const blocked = new Set(options.blockUrls ?? []);
  let closed = false;
  await context.route("**/*", (route) =>
    routeOwa(route).catch((error: unknown) => {
      // A request still held (delayUrls) when the test closes the context has nowhere to go.
      if (!closed) throw error;
    }),
  );
  async function routeOwa(route: Route): Promise<void> {
    const request = route.request();
    const url = request.url();
    let topLevel = false;
    try {
      topLevel = request.frame().parentFrame() === null;
    } catch {
      topLevel = false;
    }
    const note = (outcome: RecordedRequest["outcome"]): void => {
      if (!topLevel || !url.startsWith(`${owaOrigin}/`)) requests.push({ url, method: request.method(), outcome });
    };
    const delay = options.delayUrls?.[url];
    if (delay !== undefined) await new Promise((done) => setTimeout(done, delay));
    if (blocked.has(url)) {
      note("blocked");
      await route.abort("blockedbyclient");
      return;
    }
    if (url === owaHostUrl || url.startsWith(`${owaHostUrl}?`)) {
      await route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: owaHostHtml });
      return;
    }
    if (url === `${owaOrigin}/__owa/host.js`) {
      await route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body: session.owaHostScript });
      return;
    }
    // Office.js loads its scripts with crossOrigin=anonymous: the CDN answers with CORS headers.
    const cors = { "access-control-allow-origin": "*" };
    if (url.startsWith(`${officeCdnOrigin}/`)) {
      const file = officeCdnFile(url);
      note(file ? "office-js" : "not-found");
      await route.fulfill(
        file
          ? { status: 200, contentType: file.contentType, body: file.body, headers: cors }
          : { status: 404, body: "not found", headers: cors },
      );
      return;
    }
    if (url.startsWith(`${ariaOrigin}/`)) {
      // Office.js's own usage telemetry (Aria): accepted and dropped, never sent anywhere.
      note("office-telemetry");
      await route.fulfill({
        status: 200,
        body: "",
        headers: { ...cors, "access-control-allow-headers": "*", "access-control-allow-methods": "POST, GET, OPTIONS" },
      });
      return;
    }
    if (url === msAjaxUrl) {
      note("msajax-stand-in");
      await route.fulfill({
        status: 200,
        contentType: "text/javascript; charset=utf-8",
        body: msAjaxStandin(),
        headers: cors,
      });
      return;
    }
    if (url === `${addinOrigin}${axePath}`) {
      await route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body: axeScript() });
      return;
    }
    if (url.startsWith(addinBaseUrl)) {
      const file = fileResponse(session.root, url.split(/[?#]/u)[0] ?? url);
      note(file ? "served" : "not-found");
      await route.fulfill(
        file ? { status: 200, contentType: file.contentType, body: file.body } : { status: 404, body: "not found" },
      );
      return;
    }
    note("blocked");
    await route.abort("blockedbyclient");
  }
  await context.addInitScript({
    content: `if (location.origin === ${JSON.stringify(owaOrigin)}) window.__owaHostConfig = ${JSON.stringify(hostConfig)};
${cspRecorder}
${frameRecorder}
${options.initScript ?? ""}`,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  const consoleLines: string[] = [];
  page.on("pageerror", (error) => {
    errors.push(error.message);
  });
  page.on("console", (message) => {
    consoleLines.push(`[${message.type()}] ${message.text()}`);
  });
  // Not "load": a script the pane waits for may be held on purpose (delayUrls).
  await page.goto(owaHostUrl, { waitUntil: "domcontentloaded" });
  const frame = await paneFrameOf(page, paneUrl);
  owaPanes.set(page, frame);
  const hostLog = (): Promise<HostLog | null> =>
    page.evaluate(() => JSON.parse(JSON.stringify(window.__owaHost?.log ?? null)) as HostLog | null);
  const log = async (): Promise<PaneLog> => {
    const raw = await hostLog();
    if (raw === null) throw new Error("the emulated Outlook host did not start");
    return raw;
  };
  return {
    page,
    frame,
    office: "real",
    allowedOrigins: [addinOrigin, officeOrigin, msAjaxOrigin, ariaOrigin],
    console: consoleLines,
    context,
    requests,
    errors,
    cspViolations: async () => [
      ...(await frameList(frame, "__cspViolations")),
      ...(await frameList(page.mainFrame(), "__cspViolations")),
    ],
    log,
    waitForLog: (ready, timeoutMs) => pollLog(log, ready, timeoutMs),
    select: (index) =>
      page.evaluate((i) => {
        window.__owaHost?.select(i);
      }, index),
    close: async () => {
      closed = true;
      await context.close();
    },
  };
}

/** Pages of the emulated Outlook, and the pane frame each one holds. */
const owaPanes = new WeakMap<Page, Frame>();

/** The pane's document for a page or frame a test hands over: an emulated Outlook's page means its pane. */
export function paneTarget(target: Page | Frame): Page | Frame {
  return "mainFrame" in target ? (owaPanes.get(target) ?? target) : target;
}

async function paneFrameOf(page: Page, paneUrl: string): Promise<Frame> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const frame = page
      .frames()
      .find((f) => f !== page.mainFrame() && f.url().startsWith(paneUrl.split("?")[0] ?? paneUrl));
    if (frame) return frame;
    if (Date.now() > deadline) throw new Error(`the emulated Outlook shows no frame for ${paneUrl}`);
    await page.waitForTimeout(50);
  }
}

async function frameList(frame: Frame, name: string): Promise<string[]> {
  try {
    return await frame.evaluate(
      (key) => [...(((window as unknown as Record<string, unknown>)[key] as string[] | undefined) ?? [])],
      name,
    );
  } catch (error) {
    return [`could not read ${name}: ${String(error)}`];
  }
}

async function pollLog(
  log: () => Promise<PaneLog>,
  ready: (log: PaneLog) => boolean,
  timeoutMs = 20_000,
): Promise<PaneLog> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const current = await log();
    if (ready(current)) return current;
    if (Date.now() > deadline)
      throw new Error(
        `the Office log did not reach the expected state within ${timeoutMs} ms: ${JSON.stringify(current).slice(0, 2000)}`,
      );
    await new Promise((done) => setTimeout(done, 100));
  }
}

/**
 * Opens the pane with the stand-in configured by `config` (null: the page sets it, as the playground does). The context routes every request:
 * the Office CDN script gets the stand-in, loopback goes to the server, the rest is blocked.
 */
async function openStandinPane(
  session: BrowserSession,
  config: StandinConfig | null,
  options: PaneOptions,
  reason: string,
): Promise<OpenPane> {
  const context = await session.browser.newContext({
    viewport: options.viewport ?? { width: 360, height: 900 },
    serviceWorkers: "block",
  });
  const requests: RecordedRequest[] = [];
  const ownOrigin = new URL(session.baseUrl).origin;
  await context.route("**/*", async (route) => {
    const request = route.request();
    const url = request.url();
    if ((options.blockUrls ?? []).includes(url)) {
      requests.push({ url, method: request.method(), outcome: "blocked" });
      await route.abort("blockedbyclient");
      return;
    }
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
  const consoleLines: string[] = [];
  page.on("console", (message) => {
    consoleLines.push(`[${message.type()}] ${message.text()}`);
  });
  await page.goto(new URL(options.page ?? "taskpane.html", session.baseUrl).href);
  const log = async (): Promise<PaneLog> => {
    const raw = await page.evaluate(
      () => JSON.parse(JSON.stringify(window.__standinControl?.log ?? null)) as StandinLog | null,
    );
    if (raw === null) throw new Error("the Office stand-in did not start");
    return { ...raw, unknownCalls: [], actions: [] };
  };
  return {
    page,
    frame: page.mainFrame(),
    office: "stand-in",
    standinReason: reason,
    allowedOrigins: [ownOrigin, officeOrigin],
    console: consoleLines,
    context,
    requests,
    errors,
    cspViolations: () =>
      page.evaluate(() => [...((window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])]),
    log,
    waitForLog: (ready, timeoutMs) => pollLog(log, ready, timeoutMs),
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

/** The origins a stand-in pane on loopback may talk to: its own and the Office CDN (OpenPane.allowedOrigins says it per pane). */
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
export async function measureTimeToBanner(
  session: BrowserSession,
  config: StandinConfig,
  options: { readonly timeoutMs?: number; readonly office?: "real" | "stand-in" } = {},
): Promise<BannerTiming> {
  const pane = await openPane(session, config, {
    initScript: bannerTimerScript,
    ...(options.office ? { office: options.office } : {}),
  });
  try {
    await pane.frame.waitForFunction(
      () => (window as unknown as { __bannerAt?: number }).__bannerAt !== undefined,
      undefined,
      { timeout: options.timeoutMs ?? 30_000 },
    );
    return await pane.frame.evaluate(() => {
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

/** Runs axe-core in the page (or a frame of it) and returns its violations; served from the target's own origin. */
export async function runAxe(page: Page | Frame, baseUrl?: string): Promise<AxeViolation[]> {
  const target = paneTarget(page);
  const own = target.url().startsWith("http") ? target.url() : (baseUrl ?? target.url());
  await target.addScriptTag({ url: new URL(axePath, own).href });
  return target.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: Document,
            options: object,
          ) => Promise<{
            violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.map(String).join(" ")),
    }));
  });
}
