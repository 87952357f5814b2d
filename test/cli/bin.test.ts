import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixture, repoRoot } from "./helpers";

describe("bin/sender-guard.mjs", () => {
  it("runs the built CLI from any working directory", () => {
    const bin = join(repoRoot, "bin", "sender-guard.mjs");
    const help = spawnSync(process.execPath, [bin, "--help"], { cwd: tmpdir(), encoding: "utf8", timeout: 60000 });
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/sender-guard scan/);
    const scan = spawnSync(
      process.execPath,
      [bin, "scan", "--fail-on", "danger", fixture("facility-name-emotet.eml")],
      { cwd: tmpdir(), encoding: "utf8", timeout: 60000 },
    );
    expect(scan.status).toBe(1);
    expect(JSON.parse(scan.stdout.trim()) as { level: string }).toMatchObject({ level: "danger" });
    const usage = spawnSync(process.execPath, [bin, "scan"], { cwd: tmpdir(), encoding: "utf8", timeout: 60000 });
    expect(usage.status).toBe(2);
  });

  it("loads no TypeScript and no build tool: lib/ is what src/cli builds to", () => {
    const check = spawnSync(process.execPath, ["scripts/build/cli.mjs", "--check"], {
      cwd: repoRoot,
      encoding: "utf8",
      timeout: 120000,
    });
    expect(check.stderr).toBe("");
    expect(check.status).toBe(0);
  });

  it("imports only Node's modules and the production dependencies, so npm ci --omit=dev is enough", () => {
    const pkg = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as {
      dependencies: Record<string, string>;
    };
    const production = new Set(Object.keys(pkg.dependencies));
    const builtins = new Set(builtinModules);
    const files = [
      join(repoRoot, "bin", "sender-guard.mjs"),
      ...readdirSync(join(repoRoot, "lib")).map((f) => join(repoRoot, "lib", f)),
    ];
    const bare: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      // require*(…) too: the build loads some CommonJS packages with createRequire (scripts/build/cli.mjs).
      for (const match of text.matchAll(
        /(?:^|[\s;])(?:import|export)\s[^"'`]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)|\brequire\w*\(\s*["']([^"']+)["']\s*\)/gm,
      )) {
        const spec = match[1] ?? match[2] ?? match[3] ?? "";
        if (!spec.startsWith(".")) bare.push(spec);
      }
    }
    expect(bare.length).toBeGreaterThan(0);
    expect(bare).toContain("tldts-icann");
    const packageOf = (spec: string): string =>
      spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : (spec.split("/")[0] ?? spec);
    const outside = bare.filter(
      (spec) => !spec.startsWith("node:") && !builtins.has(spec) && !production.has(packageOf(spec)),
    );
    expect(outside).toEqual([]);
  });
});
