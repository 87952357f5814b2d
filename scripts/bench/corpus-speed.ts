import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { analyze, defaultPolicy, type MessageFacts } from "../../src/core";
import { emlToFacts } from "../../src/mime/eml-to-facts";
import { formatNs, nowNs, percentile, median } from "./measure";
import { row, unavailable, within, type Row } from "./table";

/** The paths of every mail file of the shared corpus, or null when it is absent. */
export function corpusFiles(corpusDir: string): string[] | null {
  if (!existsSync(join(corpusDir, "phish")) || !existsSync(join(corpusDir, "ham"))) return null;
  const files: string[] = [];
  for (const folder of ["phish", "ham"]) {
    const dir = join(corpusDir, folder);
    for (const name of readdirSync(dir).sort()) {
      const file = join(dir, name);
      if (name.endsWith(".tsv") || name.endsWith(".txt") || !statSync(file).isFile()) continue;
      files.push(file);
    }
  }
  return files;
}

/** Every mail file of the shared corpus (bytes in memory only), or null when it is absent. */
export function loadCorpus(corpusDir: string): Uint8Array[] | null {
  return corpusFiles(corpusDir)?.map((file) => new Uint8Array(readFileSync(file))) ?? null;
}

const analyzeRounds = 30;
const pipelineRounds = 3;

/**
 * analyze() alone on facts parsed beforehand: per message, the median of `analyzeRounds` calls;
 * then the median and 99th percentile of those per-message figures.
 */
async function analyzeRows(mails: readonly Uint8Array[]): Promise<Row[]> {
  const facts: MessageFacts[] = [];
  for (const bytes of mails) {
    try {
      facts.push(await emlToFacts(bytes));
    } catch {
      // A mail the parser refuses has no facts to time; the pipeline row counts it.
    }
  }
  for (let warm = 0; warm < 3; warm++) for (const f of facts) analyze(f, defaultPolicy);
  const perMessage: number[][] = facts.map(() => []);
  for (let round = 0; round < analyzeRounds; round++) {
    facts.forEach((f, i) => {
      const start = nowNs();
      analyze(f, defaultPolicy);
      perMessage[i]?.push(Number(nowNs() - start));
    });
  }
  const medians = perMessage.map((samples) => median(samples)).sort((a, b) => a - b);
  const mid = percentile(medians, 50);
  const p99 = percentile(medians, 99);
  return [
    row(
      `analyze() per message, median (${facts.length} corpus mails × ${analyzeRounds})`,
      formatNs(mid),
      "≤ 200 µs",
      within(mid, 200_000),
    ),
    row("analyze() per message, p99", formatNs(p99), "≤ 2 ms", within(p99, 2_000_000)),
  ];
}

/** .eml bytes → verdict on one core: throughput, and how the time splits between parsing and analyze. */
async function pipelineRows(mails: readonly Uint8Array[]): Promise<Row[]> {
  let parseNs = 0;
  let analyzeNs = 0;
  let judged = 0;
  let refused = 0;
  for (let round = -1; round < pipelineRounds; round++) {
    for (const bytes of mails) {
      const t0 = nowNs();
      let facts: MessageFacts;
      try {
        facts = await emlToFacts(bytes);
      } catch {
        if (round === 0) refused += 1;
        continue;
      }
      const t1 = nowNs();
      analyze(facts, defaultPolicy);
      const t2 = nowNs();
      // Round -1 warms up the parser and the rules; it is not counted.
      if (round < 0) continue;
      parseNs += Number(t1 - t0);
      analyzeNs += Number(t2 - t1);
      judged += 1;
    }
  }
  const total = parseNs + analyzeNs;
  const perSecond = judged / (total / 1e9);
  const share = (analyzeNs / total) * 100;
  return [
    row(
      `.eml → verdict (emlToFacts + analyze), one core, ${mails.length} mails × ${pipelineRounds}`,
      `${perSecond.toFixed(0)} messages/s (${formatNs(total / judged)} each)${refused > 0 ? `, ${refused} refused by the parser` : ""}`,
    ),
    row("share of that time in analyze (rest: parsing)", `${share.toFixed(1)} %`, "≤ 25 %", within(share, 25)),
  ];
}

export async function corpusRows(corpusDir: string): Promise<Row[]> {
  const mails = loadCorpus(corpusDir);
  if (mails === null) {
    const reason = "../shared/corpus not present: not measured";
    return [
      unavailable("analyze() per message, median / p99", reason),
      unavailable(".eml → verdict throughput and analyze share", reason),
    ];
  }
  return [...(await analyzeRows(mails)), ...(await pipelineRows(mails))];
}
