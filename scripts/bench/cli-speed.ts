import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { median } from "./measure";
import { runTimed } from "./process-run";
import { row, unavailable, within, type Row } from "./table";

/**
 * `sender-guard scan` as an admin runs it: the built CLI (bin/sender-guard.mjs → lib/), a new
 * process per run, timed from spawn to exit. Next to it, `node -e ""` shows what Node's own
 * start-up costs on this machine right now.
 */

const runs = 3;
const oneFileRuns = 7;
const minRate = 1000;
const maxOneFileMs = 300;

export type CliSpeed = { readonly rows: Row[]; readonly mailsPerSecond?: number; readonly mails?: number };

async function medianRun(args: readonly string[], count: number, expectLines: number): Promise<number> {
  const times: number[] = [];
  // One run first, not counted: it brings the files and the CLI into the disk cache.
  for (let i = -1; i < count; i++) {
    const result = await runTimed(process.execPath, args);
    if (result.code !== 0 || result.stdoutLines !== expectLines) {
      throw new Error(
        `sender-guard exited ${result.code} with ${result.stdoutLines} lines (expected ${expectLines}): ${result.stderr.trim().split("\n").pop() ?? ""}`,
      );
    }
    if (i >= 0) times.push(result.ms);
  }
  return median(times);
}

export async function cliRows(root: string, corpusDir: string, mails: number | undefined): Promise<CliSpeed> {
  const bin = join(root, "bin", "sender-guard.mjs");
  const oneFile = join(root, "dev", "samples", "facility-name-emotet.eml");
  if (!existsSync(join(root, "lib", "cli.mjs")))
    return { rows: [unavailable("sender-guard scan (built CLI)", "lib/cli.mjs missing: run npm run build:cli")] };
  const rows: Row[] = [];
  try {
    const nodeMs = await medianRun(["-e", ""], oneFileRuns, 0);
    const oneMs = await medianRun([bin, "scan", "--format", "jsonl", oneFile], oneFileRuns, 1);
    rows.push(
      row(
        `sender-guard scan, one file, whole process (median of ${oneFileRuns})`,
        `${oneMs.toFixed(0)} ms (of which Node's own start-up, node -e "": ${nodeMs.toFixed(0)} ms)`,
        `≤ ${maxOneFileMs} ms`,
        within(oneMs, maxOneFileMs),
      ),
    );
    if (mails === undefined) {
      rows.push(unavailable("sender-guard scan on the corpus", "../shared/corpus not present: not measured"));
      return { rows };
    }
    const corpus = [join(corpusDir, "phish"), join(corpusDir, "ham")];
    const jobs = availableParallelism();
    const allMs = await medianRun([bin, "scan", "--format", "jsonl", ...corpus], runs, mails);
    const oneThreadMs = await medianRun([bin, "scan", "--format", "jsonl", "--jobs", "1", ...corpus], runs, mails);
    const rate = mails / (allMs / 1000);
    const oneThreadRate = mails / (oneThreadMs / 1000);
    rows.push(
      row(
        `sender-guard scan --format jsonl, ${mails} corpus mails, whole process (median of ${runs})`,
        `${rate.toFixed(0)} mail/s (${(allMs / 1000).toFixed(2)} s, ${jobs} worker threads); --jobs 1: ${oneThreadRate.toFixed(0)} mail/s; threads gain ×${(rate / oneThreadRate).toFixed(2)}`,
        `≥ ${minRate} mail/s`,
        rate >= minRate ? "ok" : "OVER",
      ),
    );
    return { rows, mailsPerSecond: rate, mails };
  } catch (error) {
    rows.push(unavailable("sender-guard scan (built CLI)", error instanceof Error ? error.message : String(error)));
    return { rows };
  }
}
