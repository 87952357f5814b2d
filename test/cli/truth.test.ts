import { mkdtempSync, mkdirSync, writeFileSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { mainHelp, scanHelp } from "../../src/cli/usage";
import { cli, fixture, jsonLines } from "./helpers";

/**
 * The CLI's exit code and rows must match what happened to each input: nothing missing,
 * unreadable or empty may pass as a clean run, and every row that is not a verdict says why.
 */
function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "sender-guard-truth-"));
}

function summaryCounts(err: string): Record<string, number> {
  const line = err.split("\n").find((l) => l.includes("message(s):")) ?? "";
  const counts: Record<string, number> = { total: Number(/^(\d+) message/.exec(line)?.[1] ?? NaN) };
  for (const [, level, n] of line.matchAll(/(danger|caution|safe|unknown) (\d+)/g)) counts[level ?? ""] = Number(n);
  counts.unreadable = Number(/(\d+) could not be read/.exec(line)?.[1] ?? 0);
  return counts;
}

describe("scan tells the truth about its inputs", () => {
  it("a missing path is an error line and exit 3, also with --fail-on", async () => {
    const missing = join(tempDir(), "missing.eml");
    for (const argv of [
      ["scan", missing],
      ["scan", "--fail-on", "caution", missing],
      ["scan", "--format", "table", missing],
    ]) {
      const result = await cli(...argv);
      expect(result.code, argv.join(" ")).toBe(3);
      expect(result.err).toMatch(/^sender-guard: .*missing\.eml: cannot read: ENOENT/m);
    }
  });

  it("a folder with no .eml says so and exits 3, with no table", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "notes.txt"), "not a mail");
    const result = await cli("scan", "--format", "table", dir);
    expect(result.code).toBe(3);
    expect(result.out).toBe("");
    expect(result.err).toMatch(/no \.eml message found in /);
  });

  it("empty, binary and truncated files carry their reason, and the summary counts them as the rows show", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a-empty.eml"), "");
    writeFileSync(join(dir, "b-binary.eml"), Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 73 + 11) % 256)));
    writeFileSync(join(dir, "c-truncated.eml"), 'From: "Partner" <p@partner.example>\r\nSubject: 資料');
    copyFileSync(fixture("genuine-facility.eml"), join(dir, "d-genuine.eml"));
    const result = await cli("scan", dir);
    const rows = jsonLines(result.out);
    const byName = Object.fromEntries(rows.map((r) => [String(r.file).slice(dir.length + 1), r]));
    expect(byName["a-empty.eml"]).toMatchObject({ level: "unknown", error: "the file is empty" });
    expect(byName["b-binary.eml"]?.level).toBe("unknown");
    expect(byName["b-binary.eml"]?.error).toMatch(/no mail headers found/);
    // Truncated inside its headers: parsed, but not everything was examined, so unknown (never safe) with the reason.
    expect(byName["c-truncated.eml"]?.level).toBe("unknown");
    expect(byName["c-truncated.eml"]?.reason).toMatch(/looks truncated/);
    for (const r of rows) if (r.level === "unknown") expect(r.reason, String(r.file)).toEqual(expect.any(String));
    const counts = summaryCounts(result.err);
    expect(counts.total).toBe(rows.length);
    for (const level of ["danger", "caution", "safe", "unknown"])
      expect(counts[level], level).toBe(rows.filter((r) => r.level === level).length);
    expect(counts.unreadable).toBe(rows.filter((r) => r.error !== undefined).length);
    expect(result.code).toBe(3);
  });

  it("the table never shows a count of signs on a safe row, and an unknown row shows its reason", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "empty.eml"), "");
    const result = await cli(
      "scan",
      "--format",
      "table",
      fixture("plain-external-re.eml"),
      fixture("facility-name-emotet.eml"),
      join(dir, "empty.eml"),
    );
    const rows = result.out.trimEnd().split("\n").slice(1);
    const safe = rows.find((r) => r.startsWith("safe"));
    expect(safe).toMatch(/^safe\s+-\s+\d+\s+\S+plain-external-re\.eml\s+-$/);
    expect(rows.find((r) => r.startsWith("danger"))).toMatch(
      /^danger\s+[1-9]\d*\s+\S+\s+\S+\s+display-name-impersonation$/,
    );
    expect(rows.find((r) => r.startsWith("unknown"))).toMatch(/could not be read: the file is empty$/);
  });

  it("a clean run exits 0; --fail-on met exits 1", async () => {
    expect((await cli("scan", fixture("genuine-facility.eml"))).code).toBe(0);
    const dir = tempDir();
    mkdirSync(join(dir, "sub"));
    copyFileSync(fixture("facility-name-emotet.eml"), join(dir, "sub", "x.eml"));
    expect((await cli("scan", "--fail-on", "danger", dir)).code).toBe(1);
  });

  it("documents the exit codes in --help", () => {
    for (const help of [mainHelp, scanHelp]) {
      expect(help).toMatch(/3\s+a path could not be read|3 a path or file could not be read/);
      expect(help).toMatch(/2\s+wrong usage|2 wrong usage/);
    }
  });
});

describe("policy check and scan never print a stack trace", () => {
  it("an invalid or unparsable --policy gives field errors and exit 2", async () => {
    const dir = tempDir();
    const bad = join(dir, "bad.json");
    writeFileSync(bad, '{ "organization": { "names": ["A"], "domains": ["a.example"] }, }');
    for (const argv of [
      ["policy", "check", bad],
      ["scan", "--policy", bad, fixture("drill.eml")],
    ]) {
      const result = await cli(...argv);
      expect(result.code, argv.join(" ")).toBe(2);
      expect(result.err).toMatch(/\(root\): not valid JSON at line 1, column \d+/);
      expect(result.err).not.toMatch(/\n\s+at .+:\d+:\d+/);
    }
  });
});
