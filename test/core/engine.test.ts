import { describe, expect, it } from "vitest";
import { analyze, defaultPolicy, emptyFacts } from "../../src/core";
import type { Rule } from "../../src/core/rules/rule";
import { defineRule } from "../../src/core/rules/rule";

const strongRule = defineRule({
  meta: {
    id: "always-strong",
    category: "sender",
    defaultSeverity: "strong",
    senderSignal: true,
    description: { ja: "t", en: "t" },
  },
  messages: { hit: { ja: "{x} です", en: "it is {x}" } },
  check: () => [{ messageId: "hit", evidence: { x: "X" } }],
});

const throwingRule: Rule = {
  meta: {
    id: "throws",
    category: "sender",
    defaultSeverity: "weak",
    senderSignal: false,
    description: { ja: "t", en: "t" },
  },
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

describe("rule metadata the engine applies", () => {
  const imitating = (id: string, severity: "strong" | "weak", name: string) =>
    defineRule({
      meta: {
        id,
        category: "sender",
        defaultSeverity: severity,
        senderSignal: true,
        description: { ja: "t", en: "t" },
      },
      messages: { hit: { ja: "t", en: "t" } },
      check: () => [
        { messageId: "hit", evidence: {}, imitates: { kind: "brand", name, genuineDomains: [`${name}.example`] } },
      ],
    });

  it("takes imitates from the strongest finding, not from the rule listed first", () => {
    const verdict = analyze(plain, defaultPolicy, {
      rules: [imitating("weak-first", "weak", "weaker"), imitating("strong-later", "strong", "stronger")],
    });
    expect(verdict.findings[0]?.rule).toBe("strong-later");
    expect(verdict.imitates?.name).toBe("stronger");
  });

  const loud = (quietWhen: readonly ("trustedSender" | "nameIsAddress")[]) =>
    defineRule({
      meta: {
        id: "loud",
        category: "sender",
        defaultSeverity: "strong",
        senderSignal: true,
        quietWhen,
        description: { ja: "t", en: "t" },
      },
      messages: { hit: { ja: "t", en: "t" } },
      check: () => [{ messageId: "hit", evidence: {} }],
    });

  it("keeps a rule quiet for a trusted sender when its metadata says so, and still counts it as checked", () => {
    const policy = {
      ...defaultPolicy,
      trustedSenders: [{ domain: "example.com", reason: { ja: "取引先", en: "partner" } }],
    };
    const quiet = analyze(plain, policy, { rules: [loud(["trustedSender"])] });
    expect(quiet.findings).toEqual([]);
    expect(quiet.checked).toEqual(["loud"]);
    expect(analyze(plain, policy, { rules: [loud([])] }).findings).toHaveLength(1);
  });

  it("keeps a rule quiet when the display name is just the address, if its metadata says so", () => {
    const sameName = emptyFacts({
      from: { name: " Someone@Example.com", address: "someone@example.com" },
      headers: [],
    });
    expect(analyze(sameName, defaultPolicy, { rules: [loud(["nameIsAddress"])] }).findings).toEqual([]);
    expect(analyze(plain, defaultPolicy, { rules: [loud(["nameIsAddress"])] }).findings).toHaveLength(1);
  });
});
