import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readZipDirectory } from "../../src/core/archive/zip";
import { emlToFacts } from "../../src/mime/eml-to-facts";
import { cli, jsonLines, repoRoot } from "./helpers";

const policyFile = join(repoRoot, "policy", "default-policy.json");
const drillFixtures = fileURLToPath(new URL("../fixtures/drill/", import.meta.url));
const msgFixtures = fileURLToPath(new URL("../fixtures/msgreader/", import.meta.url));
const tempDir = (): string => mkdtempSync(join(tmpdir(), "sender-guard-drill-"));
const makeArgs = [
  "--policy",
  policyFile,
  "--training-url",
  "https://addin.example.org/sender-guard/training.html",
  "--date",
  "2026-12-01T09:00:00+09:00",
];

describe("drill make", () => {
  it("writes mails that scan judges danger with the drill recognised, each with its own id", async () => {
    const out = tempDir();
    const made = await cli("drill", "make", ...makeArgs, "--out", out, "--count", "12", "--seed", "5");
    expect(made.code, made.err).toBe(0);
    const emls = readdirSync(out).filter((f) => f.endsWith(".eml"));
    expect(emls).toHaveLength(12);
    const scan = await cli("scan", out);
    const lines = jsonLines(scan.out);
    expect(lines).toHaveLength(12);
    for (const line of lines) {
      expect(line.level, String(line.file)).toBe("danger");
      expect(line.drill).toBe(true);
      expect(String(line.file)).toContain(String(line.drillId));
    }
    expect(new Set(lines.map((l) => l.drillId)).size).toBe(12);
  });

  it("follows the facility's pattern: outside address, org or staff name, Re:/FW: and ご確認ください, a harmless zip, the training link", async () => {
    const out = tempDir();
    await cli("drill", "make", ...makeArgs, "--out", out, "--count", "8", "--seed", "9");
    for (const file of readdirSync(out).filter((f) => f.endsWith(".eml"))) {
      const facts = await emlToFacts(readFileSync(join(out, file)));
      expect(facts.from?.address).toBe("info@drill-training.example");
      expect(facts.from?.name).toMatch(/ウェスタ川越|川越 花子|佐藤 一郎/);
      expect(facts.subject).toMatch(/^(Re|RE|FW|Fw): .*ご確認ください/);
      expect(facts.bodyText).toContain("https://addin.example.org/sender-guard/training.html#drill=");
      expect(facts.attachments).toHaveLength(1);
      const zip = facts.attachments[0];
      expect(zip?.name).toMatch(/\.zip$/);
      const directory = readZipDirectory(zip?.bytes ?? new Uint8Array());
      expect(directory.ok).toBe(true);
      if (!directory.ok) continue;
      expect(directory.directory.entries.map((e) => e.name)).toEqual(["訓練のお知らせ.txt"]);
      expect(directory.directory.entries.every((e) => !e.encrypted)).toBe(true);
    }
  });

  it("is deterministic with --seed and --date; another seed gives other mails", async () => {
    const [a, b, c] = [tempDir(), tempDir(), tempDir()];
    await cli("drill", "make", ...makeArgs, "--out", a, "--count", "4", "--seed", "42");
    await cli("drill", "make", ...makeArgs, "--out", b, "--count", "4", "--seed", "42");
    await cli("drill", "make", ...makeArgs, "--out", c, "--count", "4", "--seed", "43");
    const files = readdirSync(a).sort();
    expect(readdirSync(b).sort()).toEqual(files);
    for (const f of files) expect(readFileSync(join(b, f))).toEqual(readFileSync(join(a, f)));
    expect(readdirSync(c).sort()).not.toEqual(files);
  });

  it("writes one mail per recipient from --to, with the recipient in To", async () => {
    const dir = tempDir();
    const csv = join(dir, "to.csv");
    writeFileSync(csv, '\uFEFFaddress,name\r\nstaff01@westa-kawagoe.jp,山田 太郎\r\n"staff02@westa-kawagoe.jp",\r\n');
    const out = join(dir, "out");
    const made = await cli("drill", "make", ...makeArgs, "--out", out, "--to", csv);
    expect(made.code, made.err).toBe(0);
    const list = readFileSync(join(out, "drills.csv"), "utf8");
    expect(list).toContain("staff01@westa-kawagoe.jp");
    expect(list).toContain("staff02@westa-kawagoe.jp");
    expect(readdirSync(out).filter((f) => f.endsWith(".eml"))).toHaveLength(2);
  });

  it("refuses clearly: no policy, no training page, a bad recipients file, a drill.from inside the organisation", async () => {
    const out = tempDir();
    expect((await cli("drill", "make", "--out", out)).code).toBe(2);
    const noUrl = await cli("drill", "make", "--policy", policyFile, "--out", out);
    if (process.env.ADDIN_BASE_URL === undefined) {
      expect(noUrl.code).toBe(1);
      expect(noUrl.err).toMatch(/drill\.trainingUrl/);
    }
    const badCsv = join(out, "bad.csv");
    writeFileSync(badCsv, "address\nnot-an-address\n");
    const bad = await cli("drill", "make", ...makeArgs, "--out", out, "--to", badCsv);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/line 2/);
    const inside = join(out, "inside.json");
    const policy = JSON.parse(readFileSync(policyFile, "utf8")) as { drill: Record<string, string> };
    policy.drill.from = "info@westa-kawagoe.jp";
    writeFileSync(inside, JSON.stringify(policy));
    const insideRun = await cli("drill", "make", ...makeArgs.slice(2), "--policy", inside, "--out", out);
    expect(insideRun.code).toBe(1);
    expect(insideRun.err).toMatch(/inside the organisation/);
  });
});

describe("drill tally", () => {
  it("counts the report fixtures by drill id: from the subject tag, or from the attached drill mail", async () => {
    const drills = JSON.parse(readFileSync(join(drillFixtures, "drills.json"), "utf8")) as { id: string; to: string }[];
    const result = await cli("drill", "tally", "--format", "csv", drillFixtures);
    expect(result.code).toBe(0);
    const rows = result.out
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n")
      .map((l) => l.split(","));
    expect(rows[0]).toEqual(["drill_id", "reporter", "reported_at", "subject", "file"]);
    expect(rows.slice(1).map((r) => [r[0], r[1], r[2]])).toEqual([
      [drills[0]?.id, drills[0]?.to, "2026-12-01T00:42:10Z"],
      [drills[1]?.id, drills[1]?.to, "2026-12-01T01:05:00Z"],
    ]);
    expect(result.err).toMatch(/2 about 2 drill mail\(s\) from 2 reporter\(s\)/);
  });

  it("reads real Outlook .msg files (msgreader's own fixtures): reporter and time, no drill id where there is none, an error where there is no sender", async () => {
    const result = await cli("drill", "tally", "--format", "csv", msgFixtures);
    expect(result.code).toBe(0);
    const rows = result.out
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n")
      .slice(1)
      .map((l) => l.split(","));
    const byFile = new Map(rows.map((r) => [r[4]?.split("/").pop(), r]));
    expect(byFile.get("sent.msg")?.slice(0, 3)).toEqual(["", "xmailuser@xmailserver.test", "2021-02-15T08:19:04Z"]);
    expect(byFile.get("Attach sample eml received.msg")?.slice(0, 3)).toEqual([
      "",
      "hmailuser@hmailserver.test",
      "2025-12-04T04:38:16Z",
    ]);
    // An item with no sender at all (msgInMsg.msg) is listed as unreadable, not counted as a report.
    expect(byFile.get("msgInMsg.msg")?.[3]).toBe("I have attachments!");
    expect(result.err).toMatch(/msgInMsg\.msg: no sender and no drill id/);
    expect(result.err).toMatch(/2 without a drill id; 1 unreadable/);
  });

  it("prints a table, and lists an unreadable file instead of stopping", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "broken.msg"), "not a compound file");
    const result = await cli("drill", "tally", drillFixtures, dir);
    expect(result.code).toBe(0);
    expect(result.out.split("\n")[0]).toMatch(/^DRILL\s+REPORTER\s+REPORTED AT/);
    expect(result.err).toMatch(/broken\.msg: /);
    expect(result.err).toMatch(/1 unreadable/);
  });
});

describe("scan on .msg", () => {
  it("judges a received .msg from its headers and never says safe for one without them", async () => {
    const lines = jsonLines((await cli("scan", msgFixtures)).out);
    expect(lines).toHaveLength(3);
    const received = lines.find((l) => String(l.file).endsWith("Attach sample eml received.msg"));
    expect(received?.error).toBeUndefined();
    expect((received?.sender as { address: string }).address).toBe("hmailuser@hmailserver.test");
    for (const name of ["msgInMsg.msg", "sent.msg"]) {
      const line = lines.find((l) => String(l.file).endsWith(name));
      expect(line?.level, name).toBe("unknown");
      expect(JSON.stringify(line?.skipped)).toMatch(/headers/);
    }
  });
});
