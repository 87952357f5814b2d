import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, cliProcess, repoRoot } from "./helpers";

function policyFile(content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), "sender-guard-policy-")), "policy.json");
  writeFileSync(path, content);
  return path;
}

describe("sender-guard policy check", () => {
  it("accepts the shipped default policy and summarises it (subprocess)", () => {
    const result = cliProcess("policy", "check", join(repoRoot, "policy", "default-policy.json"));
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^OK: /);
    expect(result.out).toContain("ウェスタ川越");
    expect(result.out).toContain("westa-kawagoe.jp");
    expect(result.out).toMatch(/staff:\s+2/);
  });

  it("prints each problem as field: expectation and exits 2", async () => {
    const path = policyFile(
      JSON.stringify({
        version: 2,
        organization: { names: [], domains: ["westa-kawagoe.jp"] },
        reportMailbox: "not-an-address",
        steps: { received: [{ ja: "a", en: "a" }], opened: [{ ja: "a", en: "a" }] },
      }),
    );
    const result = await cli("policy", "check", path);
    // Field errors exit 2 (the contract for policy check and scan), no longer 1.
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^version: must be 1 \(the only version so far\)$/m);
    expect(result.err).toMatch(/^organization\.names: needs at least one name$/m);
    expect(result.err).toMatch(/^reportMailbox: must be an e-mail address/m);
    expect(result.out).toBe("");
  });

  it("reports JSON syntax errors at (root)", async () => {
    const result = await cli("policy", "check", policyFile("{ not json"));
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^\(root\): not valid JSON at line 1, column 3: /m);
  });

  it("accepts a file saved with a UTF-8 BOM", async () => {
    const text = `\uFEFF${JSON.stringify({ version: 1, organization: { names: ["Example"], domains: ["example.jp"] }, reportMailbox: "sec@example.jp", steps: { received: [{ ja: "a", en: "a" }], opened: [{ ja: "b", en: "b" }] } })}`;
    expect((await cli("policy", "check", policyFile(text))).code).toBe(0);
  });

  it("exits 3 for an unreadable file and 2 for wrong usage", async () => {
    expect((await cli("policy", "check", "/nonexistent/policy.json")).code).toBe(3);
    expect((await cli("policy", "check")).code).toBe(2);
    expect((await cli("policy", "check", "a.json", "b.json")).code).toBe(2);
    expect((await cli("policy", "validate", "a.json")).code).toBe(2);
    expect((await cli("policy")).code).toBe(2);
    expect((await cli("policy", "check", "--help")).code).toBe(0);
  });
});
