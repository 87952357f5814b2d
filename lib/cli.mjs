// Generated from src/cli by `npm run build:cli`; do not edit. A test checks it is up to date.
import {
  mapInWorkers
} from "./shared-LEU34Y6I.mjs";
import {
  jsonLine,
  summary,
  table
} from "./shared-DZLTXA7M.mjs";
import {
  collectTargets
} from "./shared-AMVIZI2D.mjs";
import {
  loadPolicyFile
} from "./shared-DB7PK676.mjs";
import {
  UsageError,
  mainHelp,
  scanHelp
} from "./shared-DY4PLTBP.mjs";
import {
  errorText
} from "./shared-A7SG4TO2.mjs";

// src/cli/scan.ts
import { parseArgs } from "node:util";

// src/cli/scan-targets.ts
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
var minFilesForWorkers = 48;
var batchSize = 8;
function defaultJobs() {
  return availableParallelism();
}
function workerUrl() {
  const url = new URL("./scan-worker.mjs", import.meta.url);
  return url.protocol === "file:" && existsSync(fileURLToPath(url)) ? url : void 0;
}
async function scanInOrder(targets, plan, records) {
  const { scanTarget } = await import("./shared-RQT3IBOW.mjs");
  for (const target of targets) {
    const record = await scanTarget(target, plan.policy);
    records.push(record);
    plan.onRecord(record);
  }
}
async function scanTargets(targets, plan) {
  const records = [];
  const url = workerUrl();
  if (url === void 0 || plan.jobs <= 1 || targets.length < minFilesForWorkers) {
    await scanInOrder(targets, plan, records);
    return records;
  }
  try {
    const workerData = { policyPath: plan.policyPath };
    await mapInWorkers(
      targets,
      { workerUrl: url, workerData, workers: plan.jobs, batchSize },
      (_index, record) => {
        records.push(record);
        plan.onRecord(record);
      }
    );
  } catch (error) {
    plan.warn(
      `sender-guard: worker threads failed (${error instanceof Error ? error.message : String(error)}); continuing on one thread
`
    );
    await scanInOrder(targets.slice(records.length), plan, records);
  }
  return records;
}

// src/cli/scan.ts
var failLevels = { danger: ["danger"], caution: ["danger", "caution"] };
var exitCodes = { done: 0, failOnMet: 1, usageOrPolicy: 2, unreadableInput: 3 };
function parseScanArgs(argv) {
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
        help: { type: "boolean", short: "h" }
      }
    });
  } catch (error) {
    throw new UsageError(errorText(error), scanHelp);
  }
  const { values, positionals } = parsed;
  if (values.help === true) return { help: true };
  const format = values.format;
  if (format !== "jsonl" && format !== "table")
    throw new UsageError(`--format must be jsonl or table (got "${format}")`, scanHelp);
  const failOnText = values["fail-on"];
  let failOn;
  if (failOnText === "danger" || failOnText === "caution") failOn = failOnText;
  else if (failOnText !== void 0)
    throw new UsageError(`--fail-on must be danger or caution (got "${failOnText}")`, scanHelp);
  const jobs = values.jobs === void 0 ? defaultJobs() : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64)
    throw new UsageError(`--jobs must be a whole number from 1 to 64 (got "${values.jobs}")`, scanHelp);
  if (positionals.length === 0) throw new UsageError("give at least one .eml or .msg file or folder", scanHelp);
  return { help: false, policyPath: values.policy, format, failOn, jobs, paths: positionals };
}
async function scanCommand(argv, io) {
  const args = parseScanArgs(argv);
  if (args.help) {
    io.out(scanHelp);
    return 0;
  }
  const loaded = await loadPolicyFile(args.policyPath);
  if (!loaded.ok) {
    io.err(`sender-guard: ${loaded.message}
`);
    return loaded.unreadable ? exitCodes.unreadableInput : exitCodes.usageOrPolicy;
  }
  const targets = await collectTargets(args.paths);
  if (targets.length === 0) {
    io.err(`sender-guard: no .eml message found in ${args.paths.join(", ")}
`);
    return exitCodes.unreadableInput;
  }
  const records = await scanTargets(targets, {
    policy: loaded.policy,
    policyPath: args.policyPath,
    jobs: args.jobs,
    // jsonl streams, so a long scan shows progress and a crash loses nothing already judged.
    onRecord: (record) => {
      if (args.format === "jsonl") io.out(`${jsonLine(record)}
`);
    },
    warn: io.err
  });
  if (args.format === "table") io.out(table(records));
  for (const r of records) if (r.error !== void 0) io.err(`sender-guard: ${r.file}: ${r.error}
`);
  io.err(`${summary(records)}
`);
  if (args.failOn !== void 0) {
    const levels = failLevels[args.failOn];
    if (records.some((r) => levels.includes(r.level))) return exitCodes.failOnMet;
  }
  if (records.some((r) => r.error !== void 0)) return exitCodes.unreadableInput;
  return exitCodes.done;
}

// src/cli/main.ts
async function run(argv, io) {
  const [command, ...rest] = argv[0] === "--" ? argv.slice(1) : argv;
  try {
    switch (command) {
      case void 0:
        throw new UsageError("missing command", mainHelp);
      case "-h":
      case "--help":
      case "help":
        io.out(mainHelp);
        return 0;
      case "scan":
        return await scanCommand(rest, io);
      // Only scan is loaded up front: the other commands' code is read when they are asked for,
      // so a one-file scan starts faster.
      case "policy":
        return await (await import("./shared-OUBJIUIQ.mjs")).policyCommand(rest, io);
      case "admin":
        return await (await import("./shared-IOQJG4TF.mjs")).adminCommand(rest, io);
      case "drill":
        return await (await import("./shared-I5TMX3OU.mjs")).drillCommand(rest, io);
      default:
        throw new UsageError(`unknown command "${command}"`, mainHelp);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`sender-guard: ${error.message}

${error.usage}`);
      return 2;
    }
    throw error;
  }
}
async function ask(question) {
  const { createInterface } = await import("node:readline/promises");
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return await rl.question(question);
  } finally {
    rl.close();
  }
}
async function runFromProcess(argv = process.argv.slice(2)) {
  const io = {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
    // Questions only when a person is at the terminal; a pipe or a script gets a usage error instead.
    ...process.stdin.isTTY && process.stdout.isTTY ? { ask } : {}
  };
  try {
    process.exitCode = await run(argv, io);
  } catch (error) {
    const detail = process.env.SENDER_GUARD_DEBUG === "1" && error instanceof Error ? error.stack ?? error.message : errorText(error);
    process.stderr.write(
      `sender-guard: unexpected error: ${detail}${process.env.SENDER_GUARD_DEBUG === "1" ? "" : " (SENDER_GUARD_DEBUG=1 shows where)"}
`
    );
    process.exitCode = 70;
  }
}
export {
  run,
  runFromProcess
};
