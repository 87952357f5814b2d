import type { CliIo } from "./io";
import { scanCommand } from "./scan";
import { UsageError, mainHelp } from "./usage";
import { errorText } from "../core/text/error-text";

/** Runs one command line and returns the exit code; never calls process.exit, so tests can call it. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  // `npx sender-guard -- scan …` passes the separator through; it means nothing here.
  const [command, ...rest] = argv[0] === "--" ? argv.slice(1) : argv;
  try {
    switch (command) {
      case undefined:
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
        return await (await import("./policy-check")).policyCommand(rest, io);
      case "admin":
        return await (await import("./admin")).adminCommand(rest, io);
      case "drill":
        return await (await import("./drill-command")).drillCommand(rest, io);
      default:
        throw new UsageError(`unknown command "${command}"`, mainHelp);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`sender-guard: ${error.message}\n\n${error.usage}`);
      return 2;
    }
    throw error;
  }
}

async function ask(question: string): Promise<string> {
  const { createInterface } = await import("node:readline/promises");
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return await rl.question(question);
  } finally {
    rl.close();
  }
}

/** Entry for the process: real stdout/stderr, exit code set once output is flushed. */
export async function runFromProcess(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  const io: CliIo = {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
    // Questions only when a person is at the terminal; a pipe or a script gets a usage error instead.
    ...(process.stdin.isTTY && process.stdout.isTTY ? { ask } : {}),
  };
  try {
    process.exitCode = await run(argv, io);
  } catch (error) {
    // A one-line message for admins; the stack only when asked for, for a bug report.
    const detail =
      process.env.SENDER_GUARD_DEBUG === "1" && error instanceof Error
        ? (error.stack ?? error.message)
        : errorText(error);
    process.stderr.write(
      `sender-guard: unexpected error: ${detail}${process.env.SENDER_GUARD_DEBUG === "1" ? "" : " (SENDER_GUARD_DEBUG=1 shows where)"}\n`,
    );
    process.exitCode = 70;
  }
}
