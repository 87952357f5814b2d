import { parseArgs } from "node:util";
import type { Level } from "../core";
import { collectTargets } from "./collect";
import type { CliIo } from "./io";
import { loadPolicyFile } from "./policy-file";
import { jsonLine, summary, table } from "./report";
import { defaultJobs, scanTargets } from "./scan-targets";
import { UsageError, scanHelp } from "./usage";
import { errorText } from "../core/text/error-text";

type FailOn = "danger" | "caution";

const failLevels: Record<FailOn, readonly Level[]> = { danger: ["danger"], caution: ["danger", "caution"] };

/** Exit codes, listed in --help and docs/cli.md. */
export const exitCodes = { done: 0, failOnMet: 1, usageOrPolicy: 2, unreadableInput: 3 } as const;

function parseScanArgs(argv: readonly string[]) {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        policy: { type: "string" },
        format: { type: "string", default: "jsonl" },
        "fail-on": { type: "string" },
        jobs: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    throw new UsageError(errorText(error), scanHelp);
  }
  const { values, positionals } = parsed;
  if (values.help === true) return { help: true as const };
  const format = values.format;
  if (format !== "jsonl" && format !== "table")
    throw new UsageError(`--format must be jsonl or table (got "${format}")`, scanHelp);
  const failOnText = values["fail-on"];
  let failOn: FailOn | undefined;
  if (failOnText === "danger" || failOnText === "caution") failOn = failOnText;
  else if (failOnText !== undefined)
    throw new UsageError(`--fail-on must be danger or caution (got "${failOnText}")`, scanHelp);
  const jobs = values.jobs === undefined ? defaultJobs() : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64)
    throw new UsageError(`--jobs must be a whole number from 1 to 64 (got "${values.jobs}")`, scanHelp);
  if (positionals.length === 0) throw new UsageError("give at least one .eml or .msg file or folder", scanHelp);
  return { help: false as const, policyPath: values.policy, format, failOn, jobs, paths: positionals };
}

export async function scanCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseScanArgs(argv);
  if (args.help) {
    io.out(scanHelp);
    return 0;
  }
  const loaded = await loadPolicyFile(args.policyPath);
  if (!loaded.ok) {
    io.err(`sender-guard: ${loaded.message}\n`);
    return loaded.unreadable ? exitCodes.unreadableInput : exitCodes.usageOrPolicy;
  }
  const targets = await collectTargets(args.paths);
  if (targets.length === 0) {
    io.err(`sender-guard: no .eml message found in ${args.paths.join(", ")}\n`);
    return exitCodes.unreadableInput;
  }
  const records = await scanTargets(targets, {
    policy: loaded.policy,
    policyPath: args.policyPath,
    jobs: args.jobs,
    // jsonl streams, so a long scan shows progress and a crash loses nothing already judged.
    onRecord: (record) => {
      if (args.format === "jsonl") io.out(`${jsonLine(record)}\n`);
    },
    warn: io.err,
  });
  if (args.format === "table") io.out(table(records));
  // Every input that was not judged gets an error line, in either format, so it cannot pass unseen.
  for (const r of records) if (r.error !== undefined) io.err(`sender-guard: ${r.file}: ${r.error}\n`);
  io.err(`${summary(records)}\n`);
  // A dangerous message found outranks an input that could not be read: both are non-zero.
  if (args.failOn !== undefined) {
    const levels = failLevels[args.failOn];
    if (records.some((r) => levels.includes(r.level))) return exitCodes.failOnMet;
  }
  if (records.some((r) => r.error !== undefined)) return exitCodes.unreadableInput;
  return exitCodes.done;
}
