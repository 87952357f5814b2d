#!/usr/bin/env node
// Runs every check the project has and ends with one line "N passed, N failed".
// Each stage that is not a test runner (typecheck, lint, format, build, validate) counts as one check.
import { spawnSync } from "node:child_process";
import { readFileSync, mkdirSync, existsSync } from "node:fs";

let passed = 0;
let failed = 0;
// Tests that said why they did not run (e.g. ../shared/corpus absent); reported, never counted as passed.
let skipped = 0;
/** @type {string[]} */
const failures = [];

/**
 * @param {string} name
 * @param {string} command
 * @param {string[]} args
 * @param {Record<string, string>} [env]
 */
function stage(name, command, args, env = {}) {
  console.log(`\n=== ${name}: ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  const ok = result.status === 0;
  if (ok) passed += 1;
  else {
    failed += 1;
    failures.push(name);
  }
  return ok;
}

/**
 * @param {string} name
 * @param {string[]} args
 */
function vitestStage(name, args) {
  mkdirSync("test-results", { recursive: true });
  const out = `test-results/${name}.json`;
  console.log(`\n=== ${name}: vitest ${args.join(" ")}`);
  const result = spawnSync(
    "npx",
    ["vitest", "run", ...args, "--reporter=default", "--reporter=json", `--outputFile.json=${out}`],
    { stdio: "inherit" },
  );
  if (!existsSync(out)) {
    failed += 1;
    failures.push(`${name} (no report, exit ${result.status})`);
    return;
  }
  /** @type {{ numPassedTests: number, numFailedTests: number, numPendingTests?: number, numTodoTests?: number, testResults: { name: string, status: string, message: unknown, assertionResults: unknown[] }[] }} */
  const report = JSON.parse(readFileSync(out, "utf8"));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  if (report.numFailedTests > 0) failures.push(`${name}: ${report.numFailedTests} failed`);
  // A file that fails to load has no tests counted; count it so it cannot pass silently.
  const brokenFiles = report.testResults.filter((f) => f.status === "failed" && f.assertionResults.length === 0);
  for (const f of brokenFiles) {
    failed += 1;
    failures.push(`${name}: ${f.name} did not load: ${String(f.message).split("\n")[0]}`);
  }
  if (result.status !== 0 && report.numFailedTests === 0 && brokenFiles.length === 0) {
    failed += 1;
    failures.push(`${name}: vitest exited ${result.status}`);
  }
}

// Checks only: a missing tool fails here with the setup command to run (npm run setup).
stage("system tools", "node", ["scripts/ensure-system.mjs"]);
stage("typecheck", "npm", ["run", "--silent", "typecheck"]);
stage("lint", "npm", ["run", "--silent", "lint"]);
stage("format", "npm", ["run", "--silent", "format:check"]);
// The playground is added to this production build so the browser tests can drive it too.
const built = stage("build", "npm", ["run", "--silent", "build"], {
  ADDIN_BASE_URL: process.env.ADDIN_BASE_URL ?? "https://addin.example.org/sender-guard",
  SENDER_GUARD_PLAYGROUND: "1",
});
// --dist: the build above made the built copies, so they are checked with the sources.
stage("validate manifests", "npm", ["run", "--silent", "validate", "--", "--dist"]);
vitestStage("unit", ["--project", "unit", "--project", "jsdom"]);
if (built) vitestStage("e2e", ["--project", "e2e"]);
else {
  failed += 1;
  failures.push("e2e: not run, the build failed");
}

if (failures.length > 0) console.log(`\nFailed: ${failures.join("; ")}`);
console.log(`\n${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ""}`);
process.exit(failed === 0 ? 0 : 1);
