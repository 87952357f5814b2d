/**
 * Only the browser rows of `npm run bench` (time to banner), for working on the pane's start-up:
 * `npx tsx scripts/bench/run-browser.ts` after a production build
 * (ADDIN_BASE_URL=https://addin.example.org/sender-guard npm run build).
 * `--office-latency-ms 150` makes the emulated Outlook answer each item call that much later, as
 * a round trip to Exchange would; the bench itself runs with 0.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { browserRows } from "./browser";
import { renderTable } from "./table";

const latencyFlag = process.argv.indexOf("--office-latency-ms");
const officeLatencyMs = latencyFlag >= 0 ? Number(process.argv[latencyFlag + 1]) : 0;
if (!Number.isFinite(officeLatencyMs) || officeLatencyMs < 0)
  throw new Error("--office-latency-ms takes a number of milliseconds ≥ 0");
const root = resolve(fileURLToPath(new URL("../..", import.meta.url)));
const work = mkdtempSync(join(tmpdir(), "sender-guard-bench-browser-"));
const loadAtStart = loadavg()[0] ?? 0;
try {
  const rows = await browserRows(root, work, { officeLatencyMs });
  console.log(
    `${renderTable(rows)}\n\nload average ${loadAtStart.toFixed(1)} at start, ${(loadavg()[0] ?? 0).toFixed(1)} at end`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
