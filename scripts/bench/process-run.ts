import { spawn } from "node:child_process";
import { openSync, closeSync } from "node:fs";

export type ProcessRun = {
  readonly ms: number;
  readonly code: number | null;
  readonly stdoutLines: number;
  readonly stderr: string;
};

/**
 * Runs a command to its exit and times it from spawn to exit (the whole process: start-up,
 * work, shutdown). Standard output is counted, not kept; stdinFile, when given, is its input.
 */
export function runTimed(
  command: string,
  args: readonly string[],
  options: { readonly stdinFile?: string; readonly cwd?: string } = {},
): Promise<ProcessRun> {
  return new Promise((resolve, reject) => {
    const stdin = options.stdinFile === undefined ? "ignore" : openSync(options.stdinFile, "r");
    const start = process.hrtime.bigint();
    const child = spawn(command, [...args], {
      stdio: [stdin, "pipe", "pipe"],
      ...(options.cwd !== undefined ? { cwd: options.cwd } : {}),
    });
    let lines = 0;
    let stderr = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      for (const byte of chunk) if (byte === 0x0a) lines += 1;
    });
    child.stderr?.on("data", (chunk: Buffer) => {
      // The end is what explains a failure; a long log is cut from the front.
      stderr = (stderr + chunk.toString("utf8")).slice(-4000);
    });
    child.on("error", (error) => {
      if (typeof stdin === "number") closeSync(stdin);
      reject(error);
    });
    child.on("close", (code) => {
      if (typeof stdin === "number") closeSync(stdin);
      resolve({ ms: Number(process.hrtime.bigint() - start) / 1e6, code, stdoutLines: lines, stderr });
    });
  });
}
