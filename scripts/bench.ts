/**
 * `npm run bench`: one table, every figure measured in this run.
 *   1. analyze() per corpus message (median, p99)    2. .eml → verdict throughput and analyze's share
 *   3. the built CLI, whole process: one file, and the corpus on all cores
 *   4. the same mails through SpamAssassin (spamd/spamc), and the ratio
 *   5. growth with input size                         6. bundle sizes and the share per dependency
 *   7. time to the verdict banner in headless Chromium, next to a minimal add-in page
 * Rows whose inputs are missing (../shared/corpus, dist/, chromium, spamd) say so instead of failing.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { corpusFiles, corpusRows } from "./bench/corpus-speed";
import { cliRows } from "./bench/cli-speed";
import { spamAssassinRows } from "./bench/spamassassin";
import { growthRows } from "./bench/growth";
import { dependencyRows, distRows } from "./bench/bundle";
import { browserRows } from "./bench/browser";
import { renderTable, type Row } from "./bench/table";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const corpusDir = resolve(root, "..", "shared", "corpus");

function cpuModel(): string {
  try {
    const line = readFileSync("/proc/cpuinfo", "utf8")
      .split("\n")
      .find((l) => l.startsWith("model name"));
    if (line) return line.split(":")[1]?.trim() ?? "unknown";
  } catch {
    // Not Linux: fall back to what Node reports.
  }
  return cpus()[0]?.model ?? "unknown";
}

function section(name: string): void {
  process.stderr.write(`bench: ${name} …\n`);
}

async function main(): Promise<void> {
  // Timings on a busy machine are slower and noisier: the table says how busy it was.
  const loadAtStart = loadavg()[0] ?? 0;
  const work = mkdtempSync(join(tmpdir(), "sender-guard-bench-"));
  const rows: Row[] = [];
  try {
    section("analyze() and .eml → verdict on the corpus");
    rows.push(...(await corpusRows(corpusDir)));
    const files = corpusFiles(corpusDir) ?? undefined;
    section("sender-guard scan, whole process");
    const cli = await cliRows(root, corpusDir, files?.length);
    rows.push(...cli.rows);
    section("SpamAssassin on the same mails");
    rows.push(...(await spamAssassinRows(files, cli.mailsPerSecond)));
    section("growth with input size");
    rows.push(...growthRows());
    section("bundle sizes");
    rows.push(...distRows(root));
    rows.push(...(await dependencyRows(root, join(work, "build"))));
    section("time to banner in Chromium");
    rows.push(...(await browserRows(root, join(work, "blank"))));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const load = `load average ${loadAtStart.toFixed(1)} at start, ${(loadavg()[0] ?? 0).toFixed(1)} at end`;
  const machine = `Machine: ${cpus().length} cores (nproc), ${cpuModel()}, Node ${process.version}, ${load}, ${new Date().toISOString().slice(0, 10)}`;
  console.log(`${renderTable(rows)}\n\n${machine}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
