#!/usr/bin/env node
// `npm run build [-- --policy FILE] [webpack options]`: takes the build's own option off the
// command line (webpack-cli refuses options it does not know) and runs webpack with the rest.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { POLICY_ENV } from "./policy-source.mjs";

/**
 * @param {readonly string[]} argv
 * @returns {{ policy: string | undefined, rest: string[] }}
 */
export function splitPolicyOption(argv) {
  /** @type {string[]} */
  const rest = [];
  /** @type {string | undefined} */
  let policy;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? "";
    if (arg === "--policy") {
      policy = argv[i + 1];
      if (policy === undefined || policy.startsWith("-"))
        throw new Error("--policy needs a FILE, e.g. npm run build -- --policy my-policy.json");
      i += 1;
    } else if (arg.startsWith("--policy=")) policy = arg.slice("--policy=".length);
    else rest.push(arg);
  }
  return { policy, rest };
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  let split;
  try {
    split = splitPolicyOption(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`\nBuild stopped: ${error instanceof Error ? error.message : String(error)}\n\n`);
    process.exit(1);
  }
  const cli = createRequire(import.meta.url).resolve("webpack-cli/bin/cli.js");
  const env = { ...process.env };
  // npm runs scripts in the package folder; a relative --policy means the folder the admin typed it in.
  if (split.policy !== undefined) env[POLICY_ENV] = path.resolve(process.env.INIT_CWD ?? process.cwd(), split.policy);
  const result = spawnSync(process.execPath, [cli, ...split.rest], { stdio: "inherit", env });
  process.exit(result.status ?? 1);
}
