import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  EXAMPLE_POLICY,
  PolicySourceError,
  checkPolicyFile,
  selectPolicy,
} from "../../scripts/build/policy-source.mjs";
import { splitPolicyOption } from "../../scripts/build/run-webpack.mjs";
import { checkPolicies } from "../../scripts/policy-checks";

const repo = resolve(import.meta.dirname, "..", "..");
const policies = join(repo, "test", "fixtures", "policies");
const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "sender-guard-policy-build-"));
  temps.push(dir);
  return dir;
}

function filesBelow(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesBelow(path) : [path];
  });
}

describe("the policy a build embeds", () => {
  it("is the facility's example when no --policy is given, and the build says so", async () => {
    const lines: string[] = [];
    const chosen = await selectPolicy({ root: repo, given: undefined, log: (l) => lines.push(l) });
    expect(chosen.example).toBe(true);
    expect(chosen.file).toBe(join(repo, EXAMPLE_POLICY));
    expect(lines.join("\n")).toMatch(
      /no --policy given, so the facility's EXAMPLE policy .* is embedded[\s\S]*npm run build -- --policy/,
    );
  });

  it("is the admin's file when given", async () => {
    const lines: string[] = [];
    const chosen = await selectPolicy({
      root: repo,
      given: join(policies, "minimal-other-org.json"),
      log: (l) => lines.push(l),
    });
    expect(chosen.example).toBe(false);
    expect(chosen.policy.organization.domains).toEqual(["minato-lib.example"]);
    expect(lines.join("\n")).not.toMatch(/EXAMPLE/);
  });

  it("refuses an invalid or missing policy with one line per field error", async () => {
    const error = await checkPolicyFile(join(policies, "invalid-fields.json")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PolicySourceError);
    expect((error as Error).message).toMatch(
      /is invalid:\norganization\.domains\[0\]: .*\nstaff\[0\]\.alias: unknown field `alias` — did you mean `aliases`\?\ndisableBuiltInBrands: /,
    );
    await expect(checkPolicyFile(join(policies, "nope.json"))).rejects.toThrow(/does not exist/);
  });

  it("takes --policy FILE or --policy=FILE off webpack's command line", () => {
    expect(splitPolicyOption(["--mode", "production", "--policy", "p.json"])).toEqual({
      policy: "p.json",
      rest: ["--mode", "production"],
    });
    expect(splitPolicyOption(["--policy=p.json", "--json"])).toEqual({ policy: "p.json", rest: ["--json"] });
    expect(() => splitPolicyOption(["--policy"])).toThrow(/needs a FILE/);
  });
});

describe("npm run build -- --policy FILE", () => {
  // Asynchronous, so the test worker keeps answering the runner during a minutes-long build.
  const build = (policy: string, out: string): Promise<{ status: number | null; stderr: string }> =>
    new Promise((done, fail) => {
      const child = spawn(
        process.execPath,
        ["scripts/build/run-webpack.mjs", "--mode", "production", "--policy", policy],
        {
          cwd: repo,
          env: {
            ...process.env,
            ADDIN_BASE_URL: "https://addin.minato-lib.example/sender-guard",
            SENDER_GUARD_DIST: out,
            SENDER_GUARD_PLAYGROUND: "0",
            INIT_CWD: repo,
          },
          stdio: ["ignore", "pipe", "pipe"],
        },
      );
      let stderr = "";
      child.stdout.on("data", (c: Buffer) => (stderr += c.toString("utf8")));
      child.stderr.on("data", (c: Buffer) => (stderr += c.toString("utf8")));
      child.on("error", fail);
      child.on("close", (status) => {
        done({ status, stderr });
      });
    });

  it("stops before bundling when the policy is invalid, listing the field errors", async () => {
    const out = join(tempDir(), "dist");
    const result = await build("test/fixtures/policies/invalid-fields.json", out);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/Build stopped: policy .*invalid-fields\.json is invalid:/);
    expect(result.stderr).toContain("staff[0].alias: unknown field `alias` — did you mean `aliases`?");
    expect(result.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    const syntax = await build("test/fixtures/policies/trailing-comma.json", out);
    expect(syntax.status).toBe(1);
    expect(syntax.stderr).toMatch(/\(root\): not valid JSON at line 4, column 1/);
  }, 120_000);

  it("builds a minimal policy of another organisation with no trace of the facility in dist/", async () => {
    const out = join(tempDir(), "dist");
    const result = await build("test/fixtures/policies/minimal-other-org.json", out);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/Policy: test\/fixtures\/policies\/minimal-other-org\.json — みなと市立図書館/);
    const files = filesBelow(out);
    expect(files.map((f) => f.slice(out.length + 1))).toEqual(
      expect.arrayContaining(["taskpane.js", "launchevent.js", "manifest.xml", "policy.json"]),
    );
    for (const file of files) {
      const text = readFileSync(file).toString("utf8");
      expect(text, file).not.toMatch(/westa|ウェスタ|川越/i);
    }
    expect(JSON.parse(readFileSync(join(out, "policy.json"), "utf8"))).toMatchObject({
      reportMailbox: "security@minato-lib.example",
    });
    // The embedded policy is the admin's: its report mailbox is in the bundles, the facility's is not.
    expect(readFileSync(join(out, "launchevent.js"), "utf8")).toContain("minato-lib.example");
  }, 600_000);
});

describe("npm run validate and the policies", () => {
  it("reports each field error of an invalid example policy, and nothing for a valid one", () => {
    const root = tempDir();
    mkdirSync(join(root, "policy"));
    writeFileSync(join(root, "policy", "default-policy.json"), readFileSync(join(policies, "invalid-fields.json")));
    const problems = checkPolicies(root);
    expect(problems.map((p) => `${p.file} ${p.element}`)).toEqual([
      `${join("policy", "default-policy.json")} organization.domains[0]`,
      `${join("policy", "default-policy.json")} staff[0].alias`,
      `${join("policy", "default-policy.json")} disableBuiltInBrands`,
    ]);
    expect(problems.every((p) => p.severity === "error")).toBe(true);
    expect(checkPolicies(repo).filter((p) => p.file.startsWith("policy"))).toEqual([]);
  });
});
