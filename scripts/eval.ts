/**
 * Measures the detection library on the shared corpus (../shared/corpus, outside the repo):
 *
 *   npm run eval                 # default policy, ../shared/corpus
 *   npm run eval -- --corpus DIR --policy FILE
 *
 * Prints: the share of phish/ at caution or danger; the share of ham/ at danger and at caution or
 * danger (against the targets below); every phish whose display name names a brand, domain or
 * address that is not the real sender's (heuristic in scripts/eval/claims.ts), with its verdict;
 * a table of findings per rule on ham and on phish; and the ham messages that were flagged, with
 * the rules that flagged them. Per-file results go to .eval/results.json (ignored by git).
 *
 * The corpus holds live malicious mail: this script only parses bytes, never opens attachments or
 * follows links, and nothing from it is written into the repository. When the corpus is absent it
 * says so and exits 0.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { analyze, rules, type Level, type Policy, type Severity } from "../src/core";
import { emlToFacts } from "../src/mime/eml-to-facts";
import { foreignClaims, type Claim } from "./eval/claims";
import { loadPolicyFile } from "../src/cli/policy-file";
import { errorText } from "../src/core/text/error-text";

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..");

const targets = { hamDangerMax: 0.005, hamCautionPlusMax: 0.05, phishCautionPlusMin: 0.6 } as const;

type Result = {
  readonly file: string;
  readonly group: "ham" | "phish";
  readonly level: Level;
  readonly displayName: string;
  readonly address: string;
  readonly findings: readonly { readonly rule: string; readonly severity: Severity; readonly messageId: string }[];
  readonly skipped: readonly string[];
  readonly error?: string;
  readonly claims: readonly Claim[];
};

function emlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...emlFiles(path));
    else if (entry.name.toLowerCase().endsWith(".eml")) out.push(path);
  }
  return out.sort();
}

async function judge(path: string, corpus: string, group: Result["group"], policy: Policy): Promise<Result> {
  const file = relative(corpus, path);
  try {
    const facts = await emlToFacts(readFileSync(path), { maxBodyChars: policy.limits.maxBodyChars, maxAttachmentBytes: policy.limits.maxAttachmentBytes });
    const verdict = analyze(facts, policy);
    const displayName = facts.from?.name ?? "";
    const address = facts.from?.address ?? "";
    return {
      file,
      group,
      level: verdict.level,
      displayName,
      address,
      findings: verdict.findings.map((f) => ({ rule: f.rule, severity: f.severity, messageId: f.messageId })),
      skipped: verdict.skipped.map((s) => `${s.part}:${s.reason}`),
      claims: foreignClaims(displayName, address),
    };
  } catch (error) {
    return { file, group, level: "unknown", displayName: "", address: "", findings: [], skipped: [], claims: [], error: errorText(error) };
  }
}

const pct = (n: number, d: number): string => (d === 0 ? "n/a" : `${((100 * n) / d).toFixed(1)} %`);
const atLeastCaution = (r: Result): boolean => r.level === "danger" || r.level === "caution";

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + " ".repeat(width - text.length);
}

function printTable(header: readonly string[], rows: readonly (readonly string[])[]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  for (const row of [header, ...rows]) console.log(row.map((cell, i) => pad(cell, widths[i] ?? 0)).join("  ").trimEnd());
}

function levelCounts(results: readonly Result[]): string {
  const n = (level: Level): number => results.filter((r) => r.level === level).length;
  return `danger ${n("danger")}, caution ${n("caution")}, safe ${n("safe")}, unknown ${n("unknown")}`;
}

function oneLine(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { corpus: { type: "string" }, policy: { type: "string" } } });
  const corpus = values.corpus ?? join(repoRoot, "..", "shared", "corpus");
  if (!existsSync(corpus) || !statSync(corpus).isDirectory()) {
    console.log(`No corpus at ${corpus}: nothing to measure. (The shared corpus lives beside the repository as ../shared/corpus.)`);
    return;
  }
  const loaded = await loadPolicyFile(values.policy);
  if (!loaded.ok) {
    console.error(loaded.message);
    process.exit(2);
  }
  const policy = loaded.policy;
  const results: Result[] = [];
  for (const group of ["ham", "phish"] as const) {
    const dir = join(corpus, group);
    if (!existsSync(dir)) {
      console.log(`No ${group}/ folder in ${corpus}; skipping it.`);
      continue;
    }
    for (const path of emlFiles(dir)) results.push(await judge(path, corpus, group, policy));
  }
  const ham = results.filter((r) => r.group === "ham");
  const phish = results.filter((r) => r.group === "phish");
  const hamDanger = ham.filter((r) => r.level === "danger").length;
  const hamFlagged = ham.filter(atLeastCaution);
  const phishFlagged = phish.filter(atLeastCaution).length;
  const mark = (ok: boolean): string => (ok ? "met" : "MISSED");

  console.log(`Corpus: ${corpus}`);
  console.log(`Policy: ${values.policy ?? "built-in default"}; ${rules.length} rules\n`);
  console.log(`phish: ${phish.length} messages — ${levelCounts(phish)}`);
  console.log(`ham:   ${ham.length} messages — ${levelCounts(ham)}\n`);
  printTable(
    ["measure", "value", "target", ""],
    [
      ["phish at caution or danger", pct(phishFlagged, phish.length), `>= ${targets.phishCautionPlusMin * 100} %`, mark(phishFlagged >= targets.phishCautionPlusMin * phish.length)],
      ["ham at danger", pct(hamDanger, ham.length), `<= ${targets.hamDangerMax * 100} %`, mark(hamDanger <= targets.hamDangerMax * ham.length)],
      ["ham at caution or danger", pct(hamFlagged.length, ham.length), `<= ${targets.hamCautionPlusMax * 100} %`, mark(hamFlagged.length <= targets.hamCautionPlusMax * ham.length)],
    ],
  );

  const unreadable = results.filter((r) => r.error !== undefined);
  if (unreadable.length > 0) {
    console.log(`\nUnreadable (${unreadable.length}):`);
    for (const r of unreadable) console.log(`  ${r.file}: ${r.error ?? ""}`);
  }

  const claiming = phish.filter((r) => r.claims.length > 0);
  const claimingFlagged = claiming.filter(atLeastCaution).length;
  console.log(`\nPhish whose display name names a brand, domain or address that is not the sender's: ${claiming.length}, at caution or danger: ${claimingFlagged} (${pct(claimingFlagged, claiming.length)})`);
  printTable(
    ["level", "top rule", "claims", "display name", "real address", "file"],
    claiming.map((r) => [r.level, r.findings.find((f) => f.severity !== "info")?.rule ?? "-", r.claims.map((c) => `${c.kind}:${c.value}`).join(" "), oneLine(r.displayName, 40), r.address, r.file]),
  );

  console.log("\nFindings per rule (messages with at least one non-info finding of the rule; 'flagged' = the message ended at caution or danger):");
  const ids = rules.map((r) => r.meta.id);
  printTable(
    ["rule", "ham", "ham flagged", "phish", "phish flagged"],
    ids.map((id) => {
      const has = (r: Result): boolean => r.findings.some((f) => f.rule === id && f.severity !== "info");
      return [id, String(ham.filter(has).length), String(ham.filter((r) => has(r) && atLeastCaution(r)).length), String(phish.filter(has).length), String(phish.filter((r) => has(r) && atLeastCaution(r)).length)];
    }),
  );

  console.log(`\nHam at caution or danger (${hamFlagged.length}):`);
  printTable(
    ["level", "rules", "display name", "real address", "file"],
    hamFlagged.map((r) => [r.level, [...new Set(r.findings.filter((f) => f.severity !== "info").map((f) => `${f.rule}:${f.messageId}(${f.severity})`))].join(" "), oneLine(r.displayName, 36), r.address, r.file]),
  );

  const unknownHam = ham.filter((r) => r.level === "unknown");
  if (unknownHam.length > 0) {
    console.log(`\nHam at unknown (${unknownHam.length}) — why:`);
    for (const r of unknownHam) console.log(`  ${r.file}: ${r.error ?? r.skipped.join(", ")}`);
  }

  const outDir = join(repoRoot, ".eval");
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, "results.json"), `${JSON.stringify(results, null, 1)}\n`);
  console.log(`\nPer-file results: ${relative(process.cwd(), join(outDir, "results.json"))}`);
}

await main();
