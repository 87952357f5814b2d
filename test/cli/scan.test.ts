import { mkdtempSync, mkdirSync, writeFileSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, cliProcess, fixture, jsonLines } from "./helpers";

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "sender-guard-cli-"));
}

/** A message nested deeper than postal-mime allows: only its header block can be read. */
function tooDeeplyNested(): string {
  const depth = 300;
  let head = "From: a@x.example\r\n";
  let tail = "";
  for (let i = 0; i < depth; i++) {
    head += `Content-Type: multipart/mixed; boundary="b${i}"\r\n\r\n--b${i}\r\n`;
    tail = `\r\n--b${i}--\r\n${tail}`;
  }
  return `${head}Content-Type: text/plain\r\n\r\nhi${tail}`;
}

describe("sender-guard scan", () => {
  it("prints one JSON object per message with file, level, headline, findings and skipped (subprocess)", () => {
    const result = cliProcess("scan", fixture("facility-name-emotet.eml"), fixture("missing-from.eml"));
    expect(result.code).toBe(0);
    const lines = jsonLines(result.out);
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      expect(line).toHaveProperty("file");
      expect(["danger", "caution", "safe", "unknown"]).toContain(line.level);
      const headline = line.headline as Record<string, unknown>;
      expect(Object.keys(headline).sort()).toEqual(["en", "ja"]);
      expect(typeof headline.ja === "string" && headline.ja !== "").toBe(true);
      expect(typeof headline.en === "string" && headline.en !== "").toBe(true);
      expect(Array.isArray(line.findings)).toBe(true);
      expect(Array.isArray(line.skipped)).toBe(true);
      for (const f of line.findings as Record<string, unknown>[])
        expect(Object.keys(f).sort()).toEqual(["messageId", "rule", "severity"]);
    }
    const missing = lines.find((l) => String(l.file).endsWith("missing-from.eml"));
    expect(missing?.level).toBe("unknown");
    expect(missing?.skipped).toEqual([{ part: "from", reason: "absent" }]);
    expect(result.err).toMatch(/2 message\(s\)/);
  });

  it("reports an unreadable file as an unknown line with an error, a broken one as unknown, and goes on", async () => {
    const dir = tempDir();
    const broken = join(dir, "a-broken.eml");
    writeFileSync(broken, tooDeeplyNested());
    copyFileSync(fixture("genuine-facility.eml"), join(dir, "b-genuine.eml"));
    const result = await cli("scan", join(dir, "does-not-exist.eml"), dir);
    // An input that could not be read is not a clean run: exit 3, after every other file was judged.
    expect(result.code).toBe(3);
    const lines = jsonLines(result.out);
    expect(lines.map((l) => [String(l.file).slice(dir.length + 1), l.level])).toEqual([
      ["a-broken.eml", "unknown"],
      ["b-genuine.eml", expect.any(String)],
      ["does-not-exist.eml", "unknown"],
    ]);
    // The broken structure is judged from the header block, and says what it could not read.
    expect(lines[0]?.error).toBeUndefined();
    expect(JSON.stringify(lines[0]?.skipped)).toMatch(/nesting depth/);
    expect(lines[2]?.error).toMatch(/ENOENT/);
    expect(lines[1]?.error).toBeUndefined();
  });

  it("walks folders recursively, only *.eml, in sorted order", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "z-sub", "deeper"), { recursive: true });
    copyFileSync(fixture("drill.eml"), join(dir, "z-sub", "deeper", "c.EML"));
    copyFileSync(fixture("drill.eml"), join(dir, "b.eml"));
    copyFileSync(fixture("drill.eml"), join(dir, "a.eml"));
    writeFileSync(join(dir, "notes.txt"), "not a mail");
    const first = await cli("scan", dir);
    const second = await cli("scan", dir);
    const files = jsonLines(first.out).map((l) => String(l.file).slice(dir.length + 1));
    expect(files).toEqual(["a.eml", "b.eml", join("z-sub", "deeper", "c.EML")]);
    expect(second.out).toBe(first.out);
  });

  it("--fail-on danger exits 1 when a message is danger, 0 otherwise; unknown does not count", async () => {
    expect((await cli("scan", "--fail-on", "danger", fixture("facility-name-emotet.eml"))).code).toBe(1);
    expect((await cli("scan", "--fail-on", "danger", fixture("missing-from.eml"))).code).toBe(0);
    expect((await cli("scan", "--fail-on", "caution", fixture("missing-from.eml"))).code).toBe(0);
    expect((await cli("scan", "--fail-on", "caution", fixture("facility-name-emotet.eml"))).code).toBe(1);
    expect((await cli("scan", fixture("facility-name-emotet.eml"))).code).toBe(0);
  });

  it("prints an aligned table", async () => {
    const result = await cli(
      "scan",
      "--format",
      "table",
      fixture("facility-name-emotet.eml"),
      fixture("missing-from.eml"),
    );
    const rows = result.out.trimEnd().split("\n");
    expect(rows[0]).toMatch(/^LEVEL\s+SIGNS\s+NOTES\s+FILE\s+TOP SIGN \/ REASON$/);
    expect(rows).toHaveLength(3);
    const fileColumn = rows[0]?.indexOf("FILE");
    for (const row of rows.slice(1)) expect(row.indexOf("/")).toBe(fileColumn);
    expect(rows[1]).toMatch(/^danger\s/);
    // An unknown row counts no signs and says why it is unknown.
    expect(rows[2]).toMatch(/^unknown\s+-\s+\S+\s+\S*missing-from\.eml\s+The sender \(From\) could not be checked/);
  });

  it("counts only warning signs in the table, not notes such as a passed authentication", async () => {
    const rows = (await cli("scan", "--format", "table", fixture("genuine-facility.eml"))).out.trimEnd().split("\n");
    // A safe row never shows a count of signs; what it found are notes.
    expect(rows[1]).toMatch(/^safe\s+-\s+1\s+\S*genuine-facility\.eml\s+-$/);
  });

  it("exits 2 on wrong usage with the usage text", async () => {
    for (const argv of [
      ["scan"],
      ["scan", "--format", "xml", "x.eml"],
      ["scan", "--fail-on", "safe", "x.eml"],
      ["scan", "--bogus", "x.eml"],
      ["frobnicate"],
      [],
    ]) {
      const result = await cli(...argv);
      expect(result.code, argv.join(" ")).toBe(2);
      expect(result.err).toMatch(/Usage/);
      expect(result.out).toBe("");
    }
  });

  it("exits 2 on an invalid policy and names the field", async () => {
    const dir = tempDir();
    const policy = join(dir, "policy.json");
    writeFileSync(
      policy,
      JSON.stringify({
        version: 1,
        organization: { names: ["X"], domains: ["https://bad"] },
        reportMailbox: "a@b.example",
        steps: { received: [{ ja: "a", en: "a" }], opened: [{ ja: "a", en: "a" }] },
      }),
    );
    const result = await cli("scan", "--policy", policy, fixture("drill.eml"));
    expect(result.code).toBe(2);
    expect(result.err).toContain("organization.domains[0]");
    expect(result.out).toBe("");
  });

  it("shows help for the command and exits 0", async () => {
    const result = await cli("scan", "--help");
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/--fail-on/);
  });
});
