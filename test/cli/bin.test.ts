import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixture, repoRoot } from "./helpers";

describe("bin/sender-guard.mjs", () => {
  it("runs the TypeScript CLI with no build step, from any working directory", () => {
    const bin = join(repoRoot, "bin", "sender-guard.mjs");
    const help = spawnSync(process.execPath, [bin, "--help"], { cwd: tmpdir(), encoding: "utf8", timeout: 60000 });
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/sender-guard scan/);
    const scan = spawnSync(process.execPath, [bin, "scan", "--fail-on", "danger", fixture("facility-name-emotet.eml")], { cwd: tmpdir(), encoding: "utf8", timeout: 60000 });
    expect(scan.status).toBe(1);
    expect(JSON.parse(scan.stdout.trim()) as { level: string }).toMatchObject({ level: "danger" });
    const usage = spawnSync(process.execPath, [bin, "scan"], { cwd: tmpdir(), encoding: "utf8", timeout: 60000 });
    expect(usage.status).toBe(2);
  });
});
