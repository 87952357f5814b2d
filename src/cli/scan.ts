import { readFile, stat } from "node:fs/promises";
import { parseArgs } from "node:util";
import { analyze, type Level, type Policy } from "../core";
import { emlDefaults } from "../mime/eml-to-facts";
import { messageToFacts } from "../mime/read-message";
import { looksLikeMsg } from "../mime/msg-to-facts";
import { collectTargets } from "./collect";
import type { CliIo } from "./io";
import { loadPolicyFile } from "./policy-file";
import { jsonLine, recordFromError, recordFromVerdict, summary, table, type ScanRecord } from "./report";
import { UsageError, scanHelp } from "./usage";
import { errorText } from "../core/text/error-text";

type FailOn = "danger" | "caution";

const failLevels: Record<FailOn, readonly Level[]> = { danger: ["danger"], caution: ["danger", "caution"] };

const mailHeaders = new Set(["from", "sender", "to", "subject", "date", "message-id", "received", "return-path", "mime-version"]);

/** The blank line that ends a mail's header section (CRLF or bare LF). */
function headerSectionEnds(bytes: Buffer): boolean {
  return bytes.indexOf("\n\n") >= 0 || bytes.indexOf("\n\r\n") >= 0;
}

/** Exit codes, listed in --help and docs/cli.md. */
export const exitCodes = { done: 0, failOnMet: 1, usageOrPolicy: 2, unreadableInput: 3 } as const;


async function scanFile(file: string, policy: Policy): Promise<ScanRecord> {
  try {
    // Size first, so a huge file is refused before it is read into memory.
    const info = await stat(file);
    if (info.size > emlDefaults.maxMessageBytes) return recordFromError(file, `file is ${info.size} bytes, larger than the ${emlDefaults.maxMessageBytes}-byte limit`);
    if (info.size === 0) return recordFromError(file, "the file is empty");
    const bytes = await readFile(file);
    const parsed = await messageToFacts(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      maxBodyChars: policy.limits.maxBodyChars,
      maxAttachmentBytes: policy.limits.maxAttachmentBytes,
    });
    // A file cut off inside its headers parses, but what was cut off was never examined: unknown, not safe.
    // An Outlook .msg is a binary container with no header section of its own to end.
    const facts = looksLikeMsg(bytes) || headerSectionEnds(bytes)
      ? parsed
      : { ...parsed, missing: [...parsed.missing, { part: "body" as const, reason: "failed" as const, detail: "the header section never ends: the file looks truncated" }] };
    // Bytes with no header a mail would have (a binary file, a truncated download) are not a mail.
    if (facts.from === undefined && facts.subject === "" && facts.to.length === 0 && !(facts.headers ?? []).some((h) => mailHeaders.has(h.name.toLowerCase()))) {
      return recordFromError(file, "no mail headers found (not an .eml message, or truncated before its headers)");
    }
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
    io.err(`sender-guard: ${loaded.message}\n`);
    return loaded.unreadable ? exitCodes.unreadableInput : exitCodes.usageOrPolicy;
  }
  const records: ScanRecord[] = [];
  const targets = await collectTargets(args.paths);
  if (targets.length === 0) {
    io.err(`sender-guard: no .eml message found in ${args.paths.join(", ")}\n`);
    return exitCodes.unreadableInput;
  }
  for (const target of targets) {
    const record = target.ok ? await scanFile(target.file, loaded.policy) : recordFromError(target.file, target.error);
    records.push(record);
    // jsonl streams, so a long scan shows progress and a crash loses nothing already judged.
    if (args.format === "jsonl") io.out(`${jsonLine(record)}\n`);
  }
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
