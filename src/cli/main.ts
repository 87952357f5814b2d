import { adminCommand } from "./admin";
import type { CliIo } from "./io";
import { policyCommand } from "./policy-check";
import { scanCommand } from "./scan";
import { UsageError, mainHelp } from "./usage";

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
      case "policy":
        return await policyCommand(rest, io);
      case "admin":
        return await adminCommand(rest, io);
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

/** Entry for the process (bin/sender-guard.mjs): real stdout/stderr, exit code set once output is flushed. */
export async function runFromProcess(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  const io: CliIo = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) };
  try {
    process.exitCode = await run(argv, io);
  } catch (error) {
    process.stderr.write(`sender-guard: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 70;
  }
}
