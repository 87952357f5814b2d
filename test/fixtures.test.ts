import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyze, rules } from "../src/core";
import { emlToFacts } from "../src/mime/eml-to-facts";
import { buildMessage } from "../scripts/fixtures/mime";
import { fixtures } from "../scripts/make-fixtures";

type Expectation = {
  readonly why: string;
  readonly level: "danger" | "caution" | "safe" | "unknown";
  readonly rules: readonly string[];
  readonly absentRules?: readonly string[];
  readonly drill?: boolean;
  readonly trusted?: boolean;
};

const dir = new URL("../dev/samples/", import.meta.url);
const expected = JSON.parse(readFileSync(new URL("expected.json", dir), "utf8")) as Record<string, Expectation>;
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".eml"))
  .sort();
const marker = "X-Synthetic: written for Sender Guard tests from the facility's published description";
const registered = new Set(rules.map((r) => r.meta.id));

describe("synthetic fixtures", () => {
  it("every .eml has an expectation and every expectation has a file", () => {
    expect(files).toEqual(Object.keys(expected).sort());
  });

  it("are exactly what scripts/make-fixtures.ts writes (run it after changing a fixture)", () => {
    expect(Object.keys(fixtures).sort()).toEqual(files);
    for (const [file, message] of Object.entries(fixtures)) {
      expect(readFileSync(new URL(file, dir), "utf8"), file).toBe(buildMessage(message));
    }
  });

  it.each(files)("%s is marked synthetic on its first line", (file) => {
    expect(readFileSync(new URL(file, dir), "utf8").split("\r\n")[0]).toBe(marker);
  });

  it("name only registered rules in their expectations", () => {
    for (const [file, exp] of Object.entries(expected)) {
      for (const id of [...exp.rules, ...(exp.absentRules ?? [])])
        expect(registered.has(id), `${file}: rule "${id}" is not registered`).toBe(true);
    }
  });

  it.each(files)("%s gets its expected verdict", async (file) => {
    const exp = expected[file];
    if (exp === undefined) throw new Error(`no expectation for ${file}`);
    const verdict = analyze(await emlToFacts(readFileSync(new URL(file, dir))));
    const found = verdict.findings.map((f) => f.rule);
    const context = `${file} (${exp.why}) → ${verdict.level}: ${found.join(", ") || "no findings"}`;
    expect(verdict.level, context).toBe(exp.level);
    for (const id of exp.rules) expect(found, context).toContain(id);
    for (const id of exp.absentRules ?? []) expect(found, context).not.toContain(id);
    expect(verdict.drill === true, context).toBe(exp.drill === true);
    expect(verdict.trustedReason !== undefined, context).toBe(exp.trusted === true);
    expect(verdict.ruleFailures, context).toEqual([]);
  });
});
