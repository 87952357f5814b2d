#!/usr/bin/env node
// npm run test:e2e: the browser tests drive the built pane and the playground, so this builds
// exactly that first (a production build with the playground, as npm test does), whatever build
// dist/ held before, then runs the e2e project.
import { spawnSync } from "node:child_process";

/**
 * @param {string} command
 * @param {string[]} args
 * @param {Record<string, string>} [env]
 */
function run(command, args, env = {}) {
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run("node", ["scripts/ensure-system.mjs", "chromium", "cjk-fonts"]);
run("npx", ["webpack", "--mode", "production"], {
  ADDIN_BASE_URL: process.env.ADDIN_BASE_URL ?? "https://addin.example.org/sender-guard",
  SENDER_GUARD_PLAYGROUND: "1",
});
run("npx", ["vitest", "run", "--project", "e2e", ...process.argv.slice(2)]);
