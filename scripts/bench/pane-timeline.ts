import { openPane, type BrowserSession } from "../../test/support/browser";

/**
 * One cold open of a page in the emulated Outlook (or on the stand-in), with its start-up
 * timeline read from the browser: when the HTML, Office.js and the page's own bundle arrived,
 * the start-up marks the page sets (User Timing, `sender-guard:*`), every Office.js request the
 * host received and the reply the page got (postMessage, matched by correlation id), long tasks,
 * and when the banner ([data-verdict]) was first in the page and first painted.
 * Every time is in milliseconds since the page's own navigation started (its frame's time origin).
 */

/** The mailbox a test gives openPane (the same shape for real Office.js and the stand-in). */
type MailboxConfig = NonNullable<Parameters<typeof openPane>[1]>;

/** Runs in every frame of the context: the host records requests, the page everything else. */
const timelineScript = `
(() => {
  const owa = location.origin === "https://outlook.office.com";
  const epoch = () => performance.timeOrigin + performance.now();
  const parse = (data) => { try { return typeof data === "string" ? JSON.parse(data) : null; } catch { return null; } };
  if (owa) {
    window.__benchRequests = [];
    window.addEventListener("message", (e) => {
      const m = parse(e.data);
      if (!m || m._messageType !== 0) return;
      const method = m._data && m._data.MethodData;
      window.__benchRequests.push({ at: epoch(), action: m._actionName, id: m._correlationId, dispid: method ? Number(method.DispatchId) : undefined });
    });
    return;
  }
  const replies = [];
  const longTasks = [];
  window.__benchTimeline = { replies, longTasks };
  window.addEventListener("message", (e) => {
    const m = parse(e.data);
    if (m && m._messageType === 1) replies.push({ at: performance.now(), action: m._actionName, id: m._correlationId });
  });
  try {
    new PerformanceObserver((list) => { for (const t of list.getEntries()) longTasks.push({ start: t.startTime, duration: t.duration }); })
      .observe({ type: "longtask", buffered: true });
  } catch {}
  const seen = () => {
    const banner = document.querySelector("[data-verdict]");
    if (!banner || window.__bannerAt !== undefined) return false;
    window.__bannerAt = performance.now();
    window.__bannerVerdict = banner.getAttribute("data-verdict");
    // The frame after the banner entered the DOM: style, layout and paint of that frame are done.
    requestAnimationFrame(() => setTimeout(() => { window.__bannerPaintedAt = performance.now(); }, 0));
    return true;
  };
  new MutationObserver((_, observer) => { if (seen()) observer.disconnect(); })
    .observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ["data-verdict"] });
})();
`;

export type OfficeCall = {
  /** Office.js's action name; for ExecuteMethod, the method (dispid) Outlook was asked for. */
  readonly name: string;
  readonly sentAt: number;
  /** undefined when no reply came before the timeline was read. */
  readonly answeredAt: number | undefined;
};

export type PaneTimeline = {
  readonly verdict: string;
  readonly office: "real" | "stand-in";
  readonly standinReason?: string;
  readonly htmlAt: number;
  /** When the last Office CDN / MicrosoftAjax script had arrived. */
  readonly officeScriptsAt: number;
  /** When the page's own bundle (the first script of its origin) had arrived. */
  readonly bundleArrivedAt: number;
  readonly bundleBytes: number;
  /** First occurrence of each `sender-guard:<name>` mark, by name. */
  readonly marks: Readonly<Record<string, number>>;
  readonly calls: readonly OfficeCall[];
  /** Sum of long tasks (≥ 50 ms of main-thread work) that started before the banner. */
  readonly longTaskMs: number;
  readonly firstContentfulPaintAt: number | undefined;
  readonly bannerAt: number;
  readonly bannerPaintedAt: number;
};

/** ExecuteMethod dispatch ids of the calls the pane makes, as Outlook on the web numbers them. */
const methodNames: Readonly<Record<number, string>> = {
  37: "body.getAsync",
  168: "getAllInternetHeadersAsync",
  150: "getAttachmentContentAsync",
  33: "notificationMessages.addAsync",
  34: "notificationMessages.getAllAsync",
  35: "notificationMessages.replaceAsync",
  36: "notificationMessages.removeAsync",
  404: "roamingSettings.saveAsync",
};

/** The item reads behind a verdict, as opposed to start-up, events and notifications. */
export const readCalls: readonly string[] = [
  "body.getAsync",
  "getAllInternetHeadersAsync",
  "getAttachmentContentAsync",
];

type InPage = {
  readonly bannerAt: number;
  readonly bannerPaintedAt: number;
  readonly verdict: string;
  readonly timeOrigin: number;
  readonly htmlAt: number;
  readonly resources: readonly { readonly name: string; readonly responseEnd: number; readonly bytes: number }[];
  readonly marks: readonly { readonly name: string; readonly startTime: number }[];
  readonly fcp: number | undefined;
  readonly replies: readonly { readonly at: number; readonly action: string; readonly id: number }[];
  readonly longTasks: readonly { readonly start: number; readonly duration: number }[];
};

type HostRequest = { readonly at: number; readonly action: string; readonly id: number; readonly dispid?: number };

/** Opens `config`'s mailbox on a cold page (a new browser context), waits for the banner and reads the timeline. */
export async function measurePaneTimeline(
  session: BrowserSession,
  config: MailboxConfig,
  options: { readonly office?: "real" | "stand-in"; readonly timeoutMs?: number } = {},
): Promise<PaneTimeline> {
  const pane = await openPane(session, config, {
    initScript: timelineScript,
    ...(options.office ? { office: options.office } : {}),
  });
  try {
    const frame = pane.frame;
    await frame.waitForFunction(
      () => (window as unknown as { __bannerPaintedAt?: number }).__bannerPaintedAt !== undefined,
      undefined,
      { timeout: options.timeoutMs ?? 30_000 },
    );
    const page: InPage = await frame.evaluate(() => {
      const w = window as unknown as {
        __bannerAt: number;
        __bannerPaintedAt: number;
        __bannerVerdict: string;
        __benchTimeline: { replies: InPage["replies"]; longTasks: InPage["longTasks"] };
      };
      const navigation = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined;
      const resources = (performance.getEntriesByType("resource") as PerformanceResourceTiming[]).map((r) => ({
        name: r.name,
        responseEnd: r.responseEnd,
        bytes: r.decodedBodySize,
      }));
      const marks = performance.getEntriesByType("mark").map((m) => ({ name: m.name, startTime: m.startTime }));
      const fcp = performance.getEntriesByName("first-contentful-paint")[0]?.startTime;
      return {
        bannerAt: w.__bannerAt,
        bannerPaintedAt: w.__bannerPaintedAt,
        verdict: w.__bannerVerdict,
        timeOrigin: performance.timeOrigin,
        htmlAt: navigation?.responseEnd ?? Number.NaN,
        resources,
        marks,
        fcp,
        replies: [...w.__benchTimeline.replies],
        longTasks: [...w.__benchTimeline.longTasks],
      };
    });
    const requests: HostRequest[] =
      pane.office === "real"
        ? await pane.page.evaluate(() => [
            ...((window as unknown as { __benchRequests?: HostRequest[] }).__benchRequests ?? []),
          ])
        : [];
    return timelineOf(page, requests, pane.office, pane.standinReason);
  } finally {
    await pane.close();
  }
}

function timelineOf(
  page: InPage,
  requests: readonly HostRequest[],
  office: "real" | "stand-in",
  standinReason: string | undefined,
): PaneTimeline {
  const isOfficeScript = (url: string): boolean =>
    /^https:\/\/(appsforoffice\.microsoft\.com|ajax\.aspnetcdn\.com)\//u.test(url) && url.endsWith(".js");
  const ownOrigin = (url: string): boolean =>
    !/^https:\/\/(appsforoffice\.microsoft\.com|ajax\.aspnetcdn\.com|browser\.pipe\.aria\.microsoft\.com)\//u.test(url);
  const officeScripts = page.resources.filter((r) => isOfficeScript(r.name) && r.responseEnd <= page.bannerAt);
  const bundle = page.resources.find((r) => ownOrigin(r.name) && /\.js(\?|$)/u.test(r.name));
  const marks: Record<string, number> = {};
  for (const m of page.marks) {
    const name = m.name.startsWith("sender-guard:") ? m.name.slice("sender-guard:".length) : undefined;
    if (name !== undefined && marks[name] === undefined) marks[name] = m.startTime;
  }
  const replies = new Map(page.replies.map((r) => [`${r.action}#${r.id}`, r.at]));
  const calls = requests.map((r) => ({
    name:
      r.action === "ExecuteMethod" ? (methodNames[r.dispid ?? -1] ?? `ExecuteMethod ${String(r.dispid)}`) : r.action,
    sentAt: r.at - page.timeOrigin,
    answeredAt: replies.get(`${r.action}#${r.id}`),
  }));
  return {
    verdict: page.verdict,
    office,
    ...(standinReason !== undefined ? { standinReason } : {}),
    htmlAt: page.htmlAt,
    officeScriptsAt: officeScripts.length > 0 ? Math.max(...officeScripts.map((r) => r.responseEnd)) : Number.NaN,
    bundleArrivedAt: bundle?.responseEnd ?? Number.NaN,
    bundleBytes: bundle?.bytes ?? 0,
    marks,
    calls,
    longTaskMs: page.longTasks
      .filter((t) => t.start < page.bannerAt)
      .reduce((sum, t) => sum + Math.min(t.duration, page.bannerAt - t.start), 0),
    firstContentfulPaintAt: page.fcp,
    bannerAt: page.bannerAt,
    bannerPaintedAt: page.bannerPaintedAt,
  };
}
