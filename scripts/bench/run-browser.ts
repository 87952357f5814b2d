/**
 * Only the browser rows of `npm run bench` (time to banner), for working on the pane's start-up:
 * `npx tsx scripts/bench/run-browser.ts` after a production build
 * (ADDIN_BASE_URL=https://addin.example.org/sender-guard npm run build).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { browserRows } from "./browser";
import { renderTable } from "./table";

const root = resolve(fileURLToPath(new URL("../..", import.meta.url)));
const work = mkdtempSync(join(tmpdir(), "sender-guard-bench-browser-"));
const loadAtStart = loadavg()[0] ?? 0;
try {
  const rows = await browserRows(root, work);
  console.log(`${renderTable(rows)}\n\nload average ${loadAtStart.toFixed(1)} at start, ${(loadavg()[0] ?? 0).toFixed(1)} at end`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
