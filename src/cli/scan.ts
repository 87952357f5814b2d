import { readFile, stat } from "node:fs/promises";
import { parseArgs } from "node:util";
import { analyze, type Level, type Policy } from "../core";
import { emlDefaults } from "../mime/eml-to-facts";
import { messageToFacts } from "../mime/read-message";
import { collectTargets } from "./collect";
import type { CliIo } from "./io";
import { loadPolicyFile } from "./policy-file";
import { jsonLine, recordFromError, recordFromVerdict, summary, table, type ScanRecord } from "./report";
import { UsageError, scanHelp } from "./usage";
import { errorText } from "../core/text/error-text";

type FailOn = "danger" | "caution";

const failLevels: Record<FailOn, readonly Level[]> = { danger: ["danger"], caution: ["danger", "caution"] };


async function scanFile(file: string, policy: Policy): Promise<ScanRecord> {
  try {
    // Size first, so a huge file is refused before it is read into memory.
    const info = await stat(file);
    if (info.size > emlDefaults.maxMessageBytes) return recordFromError(file, `file is ${info.size} bytes, larger than the ${emlDefaults.maxMessageBytes}-byte limit`);
    const bytes = await readFile(file);
    const facts = await messageToFacts(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      maxBodyChars: policy.limits.maxBodyChars,
      maxAttachmentBytes: policy.limits.maxAttachmentBytes,
    });
    return recordFromVerdict(file, facts.subject, analyze(facts, policy));
  } catch (error) {
    return recordFromError(file, errorText(error));
  }
}

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
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    throw new UsageError(errorText(error), scanHelp);
  }
  const { values, positionals } = parsed;
  if (values.help === true) return { help: true as const };
  const format = values.format;
  if (format !== "jsonl" && format !== "table") throw new UsageError(`--format must be jsonl or table (got "${format}")`, scanHelp);
  const failOnText = values["fail-on"];
  let failOn: FailOn | undefined;
  if (failOnText === "danger" || failOnText === "caution") failOn = failOnText;
  else if (failOnText !== undefined) throw new UsageError(`--fail-on must be danger or caution (got "${failOnText}")`, scanHelp);
  if (positionals.length === 0) throw new UsageError("give at least one .eml or .msg file or folder", scanHelp);
  return { help: false as const, policyPath: values.policy, format, failOn, paths: positionals };
}

export async function scanCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseScanArgs(argv);
  if (args.help) {
    io.out(scanHelp);
    return 0;
  }
  const loaded = await loadPolicyFile(args.policyPath);
  if (!loaded.ok) {
    io.err(`${loaded.message}\n`);
    return 2;
  }
  const records: ScanRecord[] = [];
  for (const target of await collectTargets(args.paths)) {
    const record = target.ok ? await scanFile(target.file, loaded.policy) : recordFromError(target.file, target.error);
    records.push(record);
    // jsonl streams, so a long scan shows progress and a crash loses nothing already judged.
    if (args.format === "jsonl") io.out(`${jsonLine(record)}\n`);
  }
  if (args.format === "table") io.out(table(records));
  for (const r of records) if (r.error !== undefined && args.format === "table") io.err(`${r.file}: ${r.error}\n`);
  io.err(`${summary(records)}\n`);
  if (args.failOn !== undefined) {
    const levels = failLevels[args.failOn];
    if (records.some((r) => levels.includes(r.level))) return 1;
  }
  return 0;
}
