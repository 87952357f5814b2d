import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parsePolicy, validatePolicy } from "../../../src/core/policy/parse";
import { builtInSteps } from "../../../src/core/policy/steps";
import { closestField, lineAndColumn } from "../../../src/core/policy/messages";

const fixture = (name: string): string =>
  readFileSync(new URL(`../../fixtures/policies/${name}`, import.meta.url), "utf8");

function issues(input: unknown): string[] {
  const result = validatePolicy(input);
  return result.ok ? [] : result.issues.map((i) => `${i.field}: ${i.message}`);
}

describe("a policy an admin can write", () => {
  it("needs only organization: version is 1, steps are the built-in ones, lists are empty, no report mailbox", () => {
    const result = validatePolicy({ organization: { names: ["みなと市立図書館"], domains: ["Minato-Lib.example"] } });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.policy.version).toBe(1);
    expect(result.policy.organization.domains).toEqual(["minato-lib.example"]);
    expect(result.policy.steps).toEqual({});
    expect(result.policy.staff).toEqual([]);
    expect(result.policy.reportMailbox).toBeUndefined();
    expect(result.policy.transportHeader).toBe("X-Sender-Guard-Suspect");
  });

  it("keeps built-in steps free of any organisation's name", () => {
    const text = JSON.stringify(builtInSteps);
    expect(text).not.toMatch(/westa|ウェスタ|川越/i);
  });

  it("fills only the missing step list", () => {
    const result = validatePolicy({
      organization: { names: ["A"], domains: ["a.example"] },
      steps: { received: ["すぐ削除してください。"] },
    });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.policy.steps.received).toEqual([{ ja: "すぐ削除してください。", en: "すぐ削除してください。" }]);
    expect(result.policy.steps.opened).toBeUndefined();
  });

  it("takes a plain string for a text (both languages) or {ja, en}", () => {
    const result = validatePolicy({
      organization: { names: ["A"], domains: ["a.example"] },
      trustedSenders: [{ domain: "booking.example", reason: "Booking system" }],
      links: [{ label: { ja: "案内", en: "Guide" }, url: "https://a.example/guide" }],
    });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.policy.trustedSenders[0]?.reason).toEqual({ ja: "Booking system", en: "Booking system" });
    expect(result.policy.links[0]?.label).toEqual({ ja: "案内", en: "Guide" });
  });

  it("accepts the minimal fixture another organisation would write", () => {
    expect(parsePolicy(fixture("minimal-other-org.json")).ok).toBe(true);
  });
});

describe("errors that name the fix", () => {
  it("suggests the field an unknown one most likely meant", () => {
    expect(
      issues({ organization: { names: ["A"], domains: ["a.example"] }, staff: [{ name: "B", alias: ["C"] }] }),
    ).toEqual(["staff[0].alias: unknown field `alias` — did you mean `aliases`?"]);
    expect(issues({ organisation: { names: ["A"], domains: ["a.example"] } })).toContain(
      "organisation: unknown field `organisation` — did you mean `organization`?",
    );
    expect(issues({ organization: { names: ["A"], domains: ["a.example"] }, zzz: 1 })[0]).toMatch(
      /^zzz: unknown field `zzz` \(known fields: `\$schema`, `version`, `organization`/,
    );
  });

  it("says a required field is required, in plain words", () => {
    expect(issues({})).toEqual(["organization: is required"]);
    expect(issues({ organization: { names: ["A"] } })).toEqual(["organization.domains: is required"]);
  });

  it("names the expected type and what was found", () => {
    expect(issues({ organization: { names: "A", domains: ["a.example"] } })).toEqual([
      'organization.names: must be a list [ … ] (got "A")',
    ]);
    expect(
      issues({
        organization: { names: ["A"], domains: ["a.example"] },
        trustedSenders: [{ domain: "b.example", reason: 5 }],
      }),
    ).toEqual(['trustedSenders[0].reason: must be a text "…" or { "ja": "…", "en": "…" } (got 5)']);
    expect(issues({ version: 2, organization: { names: ["A"], domains: ["a.example"] } })).toEqual([
      "version: must be 1 (the only version so far)",
    ]);
  });

  it("gives JSON syntax errors a line and a column", () => {
    const result = parsePolicy(fixture("trailing-comma.json"));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]?.field).toBe("(root)");
    expect(result.issues[0]?.message).toMatch(
      /^not valid JSON at line 4, column 1: .*a comma before \} or \] is not allowed/,
    );
    expect(parsePolicy('{\n  "organization": {\n    "names": ["A"\n').ok).toBe(false);
  });

  it("reports every mistake of the invalid fixture with its field", () => {
    const result = parsePolicy(fixture("invalid-fields.json"));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.field)).toEqual([
      "organization.domains[0]",
      "staff[0].alias",
      "disableBuiltInBrands",
    ]);
  });
});

describe("message helpers", () => {
  it("closestField: near spellings and case, nothing for unrelated names", () => {
    expect(closestField("alias", ["name", "aliases"])).toBe("aliases");
    expect(closestField("reportmailbox", ["reportMailbox", "staff"])).toBe("reportMailbox");
    expect(closestField("trustedSender", ["trustedSenders", "transportHeader"])).toBe("trustedSenders");
    expect(closestField("colour", ["names", "domains"])).toBeUndefined();
  });

  it("lineAndColumn counts from 1", () => {
    expect(lineAndColumn("ab\ncd", 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn("ab\ncd", 4)).toEqual({ line: 2, column: 2 });
  });
});

describe("docs/policy.md", () => {
  it("its examples are valid policies", () => {
    const docs = readFileSync(new URL("../../../docs/policy.md", import.meta.url), "utf8");
    const blocks = [...docs.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1] ?? "");
    expect(blocks.length).toBeGreaterThanOrEqual(2);
    for (const block of blocks) {
      const result = parsePolicy(block);
      expect(result.ok ? [] : result.issues, block.slice(0, 80)).toEqual([]);
    }
  });
});
