import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import webpack from "webpack";
import { chromiumPath, emlItem, startBrowserSession, type BrowserSession } from "../../test/support/browser";
// The fallback when real Office.js cannot run: the pane on the Office stand-in.
import { measureTimeToBanner } from "../../test/support/browser";
import { buildMinimalAddin } from "./minimal-addin";
import { measurePaneTimeline, type PaneTimeline } from "./pane-timeline";
import { timelineRows } from "./timeline-rows";
import { formatKb, median } from "./measure";
import { row, unavailable, within, type Row } from "./table";
import { errorText } from "../../src/core/text/error-text";

/**
 * Navigation → verdict banner for the built task pane (dist/, one synthetic Emotet-style message)
 * through Microsoft's Office.js in the emulated Outlook on the web, next to a minimal add-in page
 * in the same host (minimal-addin.ts), with the timeline that says where the difference goes.
 * Runs alternate between the two so drift on a shared machine hits both alike. When the real
 * Office.js row cannot run, the row says why and the stand-in row (pane on the hand-written
 * Office stand-in beside a blank Fluent page) is measured instead.
 */

const runs = 10;
const maxRatio = 1.3;
const standinMaxRatio = 1.5;

const blankEntry = `
import { createElement as h } from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, MessageBar, MessageBarBody, MessageBarTitle, webLightTheme } from "@fluentui/react-components";

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    h(FluentProvider, { theme: webLightTheme },
      h(MessageBar, { intent: "warning", "data-verdict": "blank" },
        h(MessageBarBody, null, h(MessageBarTitle, null, "Sender Guard"), "blank Fluent page"))),
  );
}
`;

const blankHtml = `<!doctype html>
<html lang="ja"><head><meta charset="utf-8" /><title>blank</title><script defer src="blank.js"></script></head>
<body><div id="root"></div></body></html>
`;

/** Builds the blank Fluent page (the stand-in row's baseline) into outDir (named taskpane.html so the same timer opens it). */
async function buildBlankPage(root: string, outDir: string): Promise<number> {
  mkdirSync(outDir, { recursive: true });
  const entry = join(outDir, "blank-entry.js");
  writeFileSync(entry, blankEntry);
  const compiler = webpack({
    mode: "production",
    target: ["web", "es2017"],
    context: root,
    entry,
    output: { path: join(outDir, "site"), filename: "blank.js" },
    // "node_modules" keeps the nested lookup packages rely on; the absolute path serves the entry in the temp folder.
    resolve: { modules: ["node_modules", join(root, "node_modules")], extensions: [".js", ".mjs", ".json"] },
    performance: { hints: false },
    stats: "none",
  });
  await new Promise<void>((resolve, reject) => {
    compiler.run((error, stats) => {
      compiler.close(() => undefined);
      if (error) reject(error);
      else if (!stats || stats.hasErrors())
        reject(new Error(stats ? stats.toString("errors-only") : "webpack returned no stats"));
      else resolve();
    });
  });
  writeFileSync(join(outDir, "site", "taskpane.html"), blankHtml);
  return gzipSync(readFileSync(join(outDir, "site", "blank.js")), { level: 9 }).length;
}

function reason(error: unknown): string {
  return errorText(error).split("\n")[0] ?? "";
}

export type BrowserRowOptions = {
  /**
   * Milliseconds the emulated Outlook waits before answering each item call (reads, bars,
   * settings), standing in for Exchange's round trip; 0 (the bench) answers at once.
   */
  readonly officeLatencyMs?: number;
};

export async function browserRows(root: string, outDir: string, options: BrowserRowOptions = {}): Promise<Row[]> {
  const dist = join(root, "dist");
  const fixture = join(root, "dev", "samples", "facility-name-emotet.eml");
  if (!existsSync(join(dist, "taskpane.html")))
    return [
      unavailable(
        "time to banner (headless Chromium)",
        "dist/ missing: run ADDIN_BASE_URL=https://addin.example.org/sender-guard npm run build",
      ),
    ];
  try {
    chromiumPath();
  } catch {
    return [
      unavailable(
        "time to banner (headless Chromium)",
        "chromium not installed (node scripts/ensure-system.mjs chromium)",
      ),
    ];
  }
  const latency = options.officeLatencyMs ?? 0;
  const config = { items: [emlItem(fixture, latency > 0 ? { delayMs: latency } : {})] };
  let why: string;
  try {
    return await realOfficeRows(root, dist, join(outDir, "minimal"), config, latency);
  } catch (error) {
    why = reason(error);
  }
  return [
    unavailable(
      "time to banner with real Office.js (emulated Outlook on the web)",
      `could not run: ${why}; the stand-in row follows`,
    ),
    ...(await standinRows(root, dist, join(outDir, "blank"), config)),
  ];
}

type Mailbox = { readonly items: ReturnType<typeof emlItem>[] };

async function realOfficeRows(
  root: string,
  dist: string,
  outDir: string,
  config: Mailbox,
  latencyMs: number,
): Promise<Row[]> {
  const minimalGzip = await buildMinimalAddin(root, outDir);
  let pane: BrowserSession | undefined;
  let minimal: BrowserSession | undefined;
  try {
    pane = await startBrowserSession({ root: dist });
    minimal = await startBrowserSession({ root: join(outDir, "site") });
    const open = async (session: BrowserSession): Promise<PaneTimeline> => {
      const timeline = await measurePaneTimeline(session, config, { office: "real" });
      if (timeline.office !== "real")
        throw new Error(`the page ran on the stand-in (${timeline.standinReason ?? "no reason given"})`);
      return timeline;
    };
    // One cold run each first (browser start-up, disk cache), not counted.
    await open(pane);
    await open(minimal);
    const paneRuns: PaneTimeline[] = [];
    const minimalRuns: PaneTimeline[] = [];
    for (let i = 0; i < runs; i++) {
      paneRuns.push(await open(pane));
      minimalRuns.push(await open(minimal));
    }
    const paneMedian = median(paneRuns.map((t) => t.bannerAt));
    const minimalMedian = median(minimalRuns.map((t) => t.bannerAt));
    const ratio = paneMedian / minimalMedian;
    const verdicts = [...new Set(paneRuns.map((t) => t.verdict))].join(", ");
    const host =
      latencyMs > 0
        ? `the emulated Outlook on the web answering each item call after ${latencyMs} ms`
        : "the emulated Outlook on the web";
    return [
      row(
        `time to banner, task pane (dist/, real Office.js in ${host}, median of ${runs})`,
        `${paneMedian.toFixed(0)} ms (verdict: ${verdicts})`,
      ),
      row(
        `time to banner, minimal add-in page (same host and Office.js: onReady, 1 body.getAsync, 1 Fluent MessageBar; median of ${runs})`,
        `${minimalMedian.toFixed(0)} ms (its bundle ${formatKb(minimalGzip)} gzip)`,
      ),
      row("time to banner ÷ minimal add-in page", ratio.toFixed(2), `≤ ${maxRatio}`, within(ratio, maxRatio)),
      ...timelineRows(paneRuns, minimalRuns),
    ];
  } finally {
    await pane?.close();
    await minimal?.close();
  }
}

async function standinRows(root: string, dist: string, outDir: string, config: Mailbox): Promise<Row[]> {
  let blankGzip: number;
  try {
    blankGzip = await buildBlankPage(root, outDir);
  } catch (error) {
    return [unavailable("time to banner (headless Chromium)", `blank Fluent page did not build: ${reason(error)}`)];
  }
  let pane: BrowserSession | undefined;
  let blank: BrowserSession | undefined;
  try {
    pane = await startBrowserSession({ root: dist });
    blank = await startBrowserSession({ root: join(outDir, "site") });
    const paneMs: number[] = [];
    const blankMs: number[] = [];
    const verdicts = new Set<string>();
    const standin = { office: "stand-in" } as const;
    // One cold run each first (browser start-up, disk cache), not counted.
    await measureTimeToBanner(pane, config, standin);
    await measureTimeToBanner(blank, { items: [] }, standin);
    for (let i = 0; i < runs; i++) {
      const p = await measureTimeToBanner(pane, config, standin);
      paneMs.push(p.ms);
      verdicts.add(p.verdict);
      blankMs.push((await measureTimeToBanner(blank, { items: [] }, standin)).ms);
    }
    const paneMedian = median(paneMs);
    const blankMedian = median(blankMs);
    const ratio = paneMedian / blankMedian;
    return [
      row(
        `time to banner, task pane (dist/, Office stand-in, median of ${runs})`,
        `${paneMedian.toFixed(0)} ms (verdict: ${[...verdicts].join(", ")})`,
      ),
      row(
        `time to MessageBar, blank Fluent page (median of ${runs})`,
        `${blankMedian.toFixed(0)} ms (its bundle ${formatKb(blankGzip)} gzip)`,
      ),
      row(
        "time to banner ÷ blank Fluent page (stand-in)",
        ratio.toFixed(2),
        `≤ ${standinMaxRatio}`,
        within(ratio, standinMaxRatio),
      ),
    ];
  } catch (error) {
    return [unavailable("time to banner (headless Chromium)", `browser run failed: ${reason(error)}`)];
  } finally {
    await pane?.close();
    await blank?.close();
  }
}
