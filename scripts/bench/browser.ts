import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import webpack from "webpack";
import { chromiumPath, emlItem, measureTimeToBanner, startBrowserSession, type BrowserSession } from "../../test/support/browser";
import { formatKb, median } from "./measure";
import { row, unavailable, within, type Row } from "./table";
import { errorText } from "../../src/core/text/error-text";

/**
 * Navigation → verdict banner for the real task pane (dist/, Office stand-in, one synthetic
 * Emotet-style message), next to navigation → MessageBar for a blank page that renders only
 * FluentProvider and one MessageBar. Runs alternate between the two so drift hits both alike.
 */

const runs = 10;
const maxRatio = 1.5;
/**
 * Which Office the pane runs on. With the emulated Outlook host and Microsoft's Office.js in
 * test/support/browser.ts, switching is this one line: "real", passed below as { office }.
 */
const office: "stand-in" | "real" = "stand-in";

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

/** Builds the blank Fluent page into outDir (named taskpane.html so the same timer opens it). */
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
      else if (!stats || stats.hasErrors()) reject(new Error(stats ? stats.toString("errors-only") : "webpack returned no stats"));
      else resolve();
    });
  });
  writeFileSync(join(outDir, "site", "taskpane.html"), blankHtml);
  return gzipSync(readFileSync(join(outDir, "site", "blank.js")), { level: 9 }).length;
}

function reason(error: unknown): string {
  return errorText(error).split("\n")[0] ?? "";
}

export async function browserRows(root: string, outDir: string): Promise<Row[]> {
  const dist = join(root, "dist");
  const fixture = join(root, "test", "fixtures", "synthetic", "facility-name-emotet.eml");
  if (!existsSync(join(dist, "taskpane.html"))) return [unavailable("time to banner (headless Chromium)", "dist/ missing: run npm run build")];
  try {
    chromiumPath();
  } catch {
    return [unavailable("time to banner (headless Chromium)", "chromium not installed (node scripts/ensure-system.mjs chromium)")];
  }
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
    const paneConfig = { items: [emlItem(fixture)] };
    const paneMs: number[] = [];
    const blankMs: number[] = [];
    const verdicts = new Set<string>();
    // One cold run each first (browser start-up, disk cache), not counted.
    await measureTimeToBanner(pane, paneConfig);
    await measureTimeToBanner(blank, { items: [] });
    for (let i = 0; i < runs; i++) {
      const p = await measureTimeToBanner(pane, paneConfig);
      paneMs.push(p.ms);
      verdicts.add(p.verdict);
      blankMs.push((await measureTimeToBanner(blank, { items: [] })).ms);
    }
    const paneMedian = median(paneMs);
    const blankMedian = median(blankMs);
    const ratio = paneMedian / blankMedian;
    return [
      row(`time to banner, task pane (dist/, ${office} Office, median of ${runs})`, `${paneMedian.toFixed(0)} ms (verdict: ${[...verdicts].join(", ")})`),
      row(`time to MessageBar, blank Fluent page (median of ${runs})`, `${blankMedian.toFixed(0)} ms (its bundle ${formatKb(blankGzip)} gzip)`),
      row("time to banner ÷ blank Fluent page", ratio.toFixed(2), `≤ ${maxRatio}`, within(ratio, maxRatio)),
    ];
  } catch (error) {
    return [unavailable("time to banner (headless Chromium)", `browser run failed: ${reason(error)}`)];
  } finally {
    await pane?.close();
    await blank?.close();
  }
}
