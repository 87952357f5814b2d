import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { run } from "../../src/cli/main";

export const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
export const fixture = (name: string): string => fileURLToPath(new URL(`../../dev/samples/${name}`, import.meta.url));

export type CliResult = { readonly code: number; readonly out: string; readonly err: string };

/** Runs the CLI in this process (fast; the same code path as the binary). */
export async function cli(...argv: string[]): Promise<CliResult> {
  let out = "";
  let err = "";
  const code = await run(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

/** Runs the CLI as a real subprocess through its one entry point (the built lib/), as a user would. */
export function cliProcess(...argv: string[]): CliResult {
  const result = spawnSync(process.execPath, ["bin/sender-guard.mjs", ...argv], {
    cwd: repoRoot,
    encoding: "utf8",
    timeout: 60000,
  });
  return { code: result.status ?? -1, out: result.stdout, err: result.stderr };
}

export function jsonLines(text: string): Record<string, unknown>[] {
  return text
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}
