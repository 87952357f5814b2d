import { describe, expect, it } from "vitest";
import { analyze, defaultPolicy, emptyFacts } from "../../src/core";
import type { Rule } from "../../src/core/rules/rule";
import { defineRule } from "../../src/core/rules/rule";

const strongRule = defineRule({
  meta: { id: "always-strong", category: "sender", defaultSeverity: "strong", senderSignal: true, needs: [], description: { ja: "t", en: "t" } },
  messages: { hit: { ja: "{x} です", en: "it is {x}" } },
  check: () => [{ messageId: "hit", evidence: { x: "X" } }],
});

const throwingRule: Rule = {
  meta: { id: "throws", category: "content", defaultSeverity: "weak", senderSignal: false, needs: [], description: { ja: "t", en: "t" } },
  messages: {},
  check: () => {
    throw new Error("boom");
  },
};

const plain = emptyFacts({ from: { name: "Someone", address: "someone@example.com" }, headers: [], bodyText: "hello" });

describe("analyze engine", () => {
  it("is safe with no findings and nothing missing", () => {
    expect(analyze(plain, defaultPolicy, { rules: [] }).level).toBe("safe");
  });

  it("is unknown, never safe, when a part is missing", () => {
    const facts = { ...plain, missing: [{ part: "headers" as const, reason: "unsupported" as const }] };
    const verdict = analyze(facts, defaultPolicy, { rules: [] });
    expect(verdict.level).toBe("unknown");
    expect(verdict.skipped[0]?.message.ja).toContain("インターネットヘッダー");
  });

  it("is unknown when there is no From at all", () => {
    expect(analyze(emptyFacts(), defaultPolicy, { rules: [] }).level).toBe("unknown");
  });

  it("reports a throwing rule, runs the others and does not lower the level", () => {
    const verdict = analyze(plain, defaultPolicy, { rules: [throwingRule, strongRule] });
    expect(verdict.level).toBe("danger");
    expect(verdict.ruleFailures).toEqual([{ rule: "throws", error: "boom" }]);
    expect(verdict.checked).toEqual(["always-strong"]);
    expect(verdict.findings[0]?.message.en).toBe("it is X");
  });

  it("a throwing rule alone makes the verdict unknown, not safe", () => {
    expect(analyze(plain, defaultPolicy, { rules: [throwingRule] }).level).toBe("unknown");
  });

  it("keeps headlines under 100 characters", () => {
    const verdict = analyze(plain, defaultPolicy, { rules: [strongRule] });
    expect(Array.from(verdict.headline.ja).length).toBeLessThan(100);
    expect(Array.from(verdict.headline.en).length).toBeLessThan(100);
  });
});
