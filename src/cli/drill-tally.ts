import { readFile, stat } from "node:fs/promises";
import { parseArgs } from "node:util";
import type { Policy } from "../core";
import { errorText } from "../core/text/error-text";
import { readReport, type DrillReport } from "../mime/drill-report";
import { collectTargets } from "./collect";
import { csvLine } from "./drill-csv";
import { drillHelp } from "./drill-usage";
import type { CliIo } from "./io";
import { loadPolicyFile } from "./policy-file";
import { UsageError } from "./usage";
import { emlDefaults } from "../mime/eml-to-facts";

type Row = DrillReport & { readonly file: string };

async function readOne(file: string, policy: Policy): Promise<Row> {
  try {
    const info = await stat(file);
    if (info.size > emlDefaults.maxMessageBytes)
      throw new Error(`file is ${info.size} bytes, larger than the ${emlDefaults.maxMessageBytes}-byte limit`);
    const bytes = await readFile(file);
    return {
      file,
      ...(await readReport(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), policy, file)),
    };
  } catch (error) {
    return { file, reporter: "", reportedAt: "", subject: "", error: errorText(error) };
  }
}

const columns = ["drill_id", "reporter", "reported_at", "subject", "file"] as const;

function cells(row: Row): string[] {
  return [row.drillId ?? "", row.reporter, row.reportedAt, row.subject, row.file];
}

function width(text: string): number {
  // East Asian wide characters take two columns in a terminal.
  let w = 0;
  for (const ch of text)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch)
      ? 2
      : 1;
  return w;
}

function table(rows: readonly Row[]): string {
  const head = ["DRILL", "REPORTER", "REPORTED AT (UTC)", "SUBJECT", "FILE"];
  const body = rows.map((r) => [r.drillId ?? "-", r.reporter || "?", r.reportedAt || "?", r.subject, r.file]);
  const widths = head.map((h, i) => Math.max(width(h), ...body.map((b) => width(b[i] ?? ""))));
  const line = (fields: readonly string[]): string =>
    fields.map((f, i) => (i === fields.length - 1 ? f : f + " ".repeat((widths[i] ?? 0) - width(f)))).join("  ");
  return `${[head, ...body].map(line).join("\n")}\n`;
}

function summary(rows: readonly Row[]): string {
  const drills = rows.filter((r) => r.drillId !== undefined);
  const ids = new Set(drills.map((r) => r.drillId));
  const people = new Set(drills.map((r) => r.reporter.toLowerCase()));
  const unreadable = rows.filter((r) => r.error !== undefined).length;
  return `${rows.length} report(s): ${drills.length} about ${ids.size} drill mail(s) from ${people.size} reporter(s); ${rows.length - drills.length - unreadable} without a drill id; ${unreadable} unreadable`;
}

export async function drillTallyCommand(argv: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: true,
      options: {
        policy: { type: "string" },
        format: { type: "string", default: "table" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    throw new UsageError(errorText(error), drillHelp);
  }
  const { values, positionals } = parsed;
  if (values.help === true) {
    io.out(drillHelp);
    return 0;
  }
  if (values.format !== "table" && values.format !== "csv")
    throw new UsageError(`--format must be table or csv (got "${values.format}")`, drillHelp);
  if (positionals.length === 0)
    throw new UsageError("give at least one exported report (.eml or .msg) or a folder of them", drillHelp);
  const loaded = await loadPolicyFile(values.policy);
  if (!loaded.ok) {
    io.err(`${loaded.message}\n`);
    return 1;
  }
  const rows: Row[] = [];
  for (const target of await collectTargets(positionals)) {
    rows.push(
      target.ok
        ? await readOne(target.file, loaded.policy)
        : { file: target.file, reporter: "", reportedAt: "", subject: "", error: target.error },
    );
  }
  // Earliest report first: who noticed the drill soonest is what an admin looks for.
  const sorted = [...rows].sort(
    (a, b) => (a.reportedAt || "~").localeCompare(b.reportedAt || "~") || a.file.localeCompare(b.file),
  );
  if (values.format === "csv")
    io.out(`\uFEFF${[csvLine(columns), ...sorted.map((r) => csvLine(cells(r)))].join("\r\n")}\r\n`);
  else io.out(table(sorted));
  for (const r of sorted) if (r.error !== undefined) io.err(`${r.file}: ${r.error}\n`);
  io.err(`${summary(sorted)}\n`);
  return 0;
}
