import { describe, expect, it } from "vitest";
import { analyze, defaultPolicy, emptyFacts } from "../../src/core";
import { defineRule } from "../../src/core/rules/rule";

const imitating = defineRule({
  meta: {
    id: "imitating",
    category: "sender",
    defaultSeverity: "strong",
    senderSignal: true,
    description: { ja: "t", en: "t" },
  },
  messages: { hit: { ja: "t", en: "t" } },
  check: () => [
    { messageId: "hit", evidence: {}, imitates: { kind: "organization", name: "X", genuineDomains: ["x.example"] } },
  ],
});

const later = defineRule({
  meta: {
    id: "later",
    category: "sender",
    defaultSeverity: "medium",
    senderSignal: false,
    description: { ja: "t", en: "t" },
  },
  messages: { hit: { ja: "t", en: "t" } },
  check: () => [{ messageId: "hit", evidence: {} }],
});

describe("analyze", () => {
  it("runs the rules after one that found an imitation (their evidence must reach the pane)", () => {
    const facts = emptyFacts({ from: { name: "X", address: "a@bad.example" }, headers: [] });
    const verdict = analyze(facts, defaultPolicy, { rules: [imitating, later] });
    expect(verdict.findings.map((f) => f.rule)).toEqual(["imitating", "later"]);
    expect(verdict.imitates?.name).toBe("X");
  });
});
