import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/main";
import { csvRows, parseStaffCsv } from "../../src/cli/staff-csv";
import { parsePolicy } from "../../src/core";
import { cli } from "./helpers";

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "sender-guard-init-"));
}

describe("staff CSV (name,aliases)", () => {
  it("reads quoted cells with commas, quotes and line breaks", () => {
    expect(csvRows('a,"b, c"\r\n"d ""e""",f\n"g\nh",i').map((r) => r.cells)).toEqual([
      ["a", "b, c"],
      ['d "e"', "f"],
      ["g\nh", "i"],
    ]);
  });

  it("skips the header row and blank lines; aliases split on ; and further columns count too", () => {
    const result = parseStaffCsv(
      "\uFEFFname,aliases\n港 花子,Hanako Minato;みなと はなこ\n\n佐々木 次郎,Jiro Sasaki,ささき じろう\n山本 三郎\n",
    );
    expect(result).toEqual({
      ok: true,
      staff: [
        { name: "港 花子", aliases: ["Hanako Minato", "みなと はなこ"] },
        { name: "佐々木 次郎", aliases: ["Jiro Sasaki", "ささき じろう"] },
        { name: "山本 三郎", aliases: [] },
      ],
    });
  });

  it("names the line of a row without a name, and of a duplicate", () => {
    expect(parseStaffCsv("name,aliases\n,Hanako\n港 花子\n港 花子,x")).toEqual({
      ok: false,
      errors: ["line 2: the name (first column) is empty", "line 4: 港 花子 is listed twice"],
    });
    expect(parseStaffCsv("name,aliases\n").ok).toBe(false);
  });
});

describe("sender-guard policy init", () => {
  it("writes a valid starter policy from flags, with staff from a CSV", async () => {
    const dir = tempDir();
    const csv = join(dir, "staff.csv");
    writeFileSync(csv, "name,aliases\n港 花子,Hanako Minato;みなと はなこ\n");
    const out = join(dir, "policy.json");
    const result = await cli(
      "policy",
      "init",
      "--name",
      "みなと市立図書館",
      "--name",
      "Minato City Library",
      "--domain",
      "minato-lib.example",
      "--report-mailbox",
      "security@minato-lib.example",
      "--staff-csv",
      csv,
      "--out",
      out,
    );
    expect(result.code, result.err).toBe(0);
    expect(result.out).toMatch(
      /Wrote .*policy\.json: みなと市立図書館, Minato City Library \(minato-lib\.example\), 1 staff/,
    );
    const parsed = parsePolicy(readFileSync(out, "utf8"));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    expect(parsed.policy.organization).toEqual({
      names: ["みなと市立図書館", "Minato City Library"],
      domains: ["minato-lib.example"],
    });
    expect(parsed.policy.staff).toEqual([{ name: "港 花子", aliases: ["Hanako Minato", "みなと はなこ"] }]);
    expect(parsed.policy.reportMailbox).toBe("security@minato-lib.example");
    // The file passes the same check an admin runs next.
    expect((await cli("policy", "check", out)).code).toBe(0);
  });

  it("asks for what the flags left out when someone is at the terminal", async () => {
    const dir = tempDir();
    const out = join(dir, "p.json");
    const questions: string[] = [];
    const answers = ["みなと市立図書館, Minato City Library", "minato-lib.example", ""];
    let text = "";
    const code = await run(["policy", "init", "--out", out], {
      out: (t) => (text += t),
      err: (t) => (text += t),
      ask: (q) => {
        questions.push(q);
        return Promise.resolve(answers.shift() ?? "");
      },
    });
    expect(code, text).toBe(0);
    expect(questions).toHaveLength(3);
    expect(questions[2]).toContain("[security@minato-lib.example]");
    const policy = JSON.parse(readFileSync(out, "utf8")) as Record<string, unknown>;
    expect(policy).toMatchObject({
      organization: { names: ["みなと市立図書館", "Minato City Library"], domains: ["minato-lib.example"] },
      reportMailbox: "security@minato-lib.example",
    });
  });

  it("without a terminal, says which flags are missing (exit 2); refuses to overwrite; reports value errors by field", async () => {
    const dir = tempDir();
    const missing = await cli("policy", "init", "--out", join(dir, "a.json"));
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/policy init needs --name and --domain/);
    expect(existsSync(join(dir, "a.json"))).toBe(false);

    const existing = join(dir, "b.json");
    writeFileSync(existing, "{}");
    const kept = await cli("policy", "init", "--name", "A", "--domain", "a.example", "--out", existing);
    expect(kept.code).toBe(2);
    expect(readFileSync(existing, "utf8")).toBe("{}");

    const bad = await cli(
      "policy",
      "init",
      "--name",
      "A",
      "--domain",
      "https://a.example",
      "--out",
      join(dir, "c.json"),
    );
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/organization\.domains\[0\]: must be a domain/);

    const noCsv = await cli(
      "policy",
      "init",
      "--name",
      "A",
      "--domain",
      "a.example",
      "--staff-csv",
      join(dir, "none.csv"),
      "--out",
      join(dir, "d.json"),
    );
    expect(noCsv.code).toBe(3);
  });
});
