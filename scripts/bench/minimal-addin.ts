import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import webpack from "webpack";

/**
 * The baseline for time to banner with real Office.js: the smallest add-in page that does what
 * the pane must do before it can warn. Its HTML is dist/taskpane.html with only the bundle
 * swapped, so Office.js arrives exactly as for the pane (same script tag, same CDN route, same
 * MicrosoftAjax load, same Content-Security-Policy). Its script waits for Office.onReady, makes one
 * body.getAsync and renders one Fluent MessageBar, with the same `sender-guard:*` marks as the pane.
 */

const minimalEntry = `
import { createElement as h } from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, MessageBar, MessageBarBody, MessageBarTitle, webLightTheme } from "@fluentui/react-components";

const mark = (name) => { try { performance.mark("sender-guard:" + name); } catch {} };
mark("entry");

function render(text) {
  const root = document.getElementById("root");
  if (!root) return;
  createRoot(root).render(
    h(FluentProvider, { theme: webLightTheme },
      h(MessageBar, { intent: "warning", "data-verdict": "minimal" },
        h(MessageBarBody, null, h(MessageBarTitle, null, "Sender Guard"), text))),
  );
}

Office.onReady().then(() => {
  mark("office-ready");
  Office.context.mailbox.item.body.getAsync(Office.CoercionType.Html, (result) => {
    mark("facts");
    render(result.status === Office.AsyncResultStatus.Succeeded ? result.value.length + " characters of body" : "body not read");
  });
});
`;

/** Builds the minimal add-in page into `outDir`/site as taskpane.html + minimal.js; returns its bundle's gzip size. */
export async function buildMinimalAddin(root: string, outDir: string): Promise<number> {
  const paneHtml = readFileSync(join(root, "dist", "taskpane.html"), "utf8");
  const bundleTag = /<script\b[^>]*\bsrc="(?:\.\/)?taskpane\.js"[^>]*><\/script>/u;
  if (!bundleTag.test(paneHtml)) throw new Error("dist/taskpane.html has no taskpane.js script tag to swap");
  mkdirSync(join(outDir, "site"), { recursive: true });
  const entry = join(outDir, "minimal-entry.js");
  writeFileSync(entry, minimalEntry);
  const compiler = webpack({
    mode: "production",
    target: ["web", "es2017"],
    context: root,
    entry,
    output: { path: join(outDir, "site"), filename: "minimal.js" },
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
  writeFileSync(
    join(outDir, "site", "taskpane.html"),
    paneHtml.replace(bundleTag, '<script defer="defer" src="minimal.js"></script>'),
  );
  return gzipSync(readFileSync(join(outDir, "site", "minimal.js")), { level: 9 }).length;
}
