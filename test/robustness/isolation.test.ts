import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyze, defaultPolicy, emptyFacts, rules, type Level, type MessageFacts } from "../../src/core";
import type { Rule } from "../../src/core/rules/rule";
import { messageFacts } from "./support/arbitraries";

/** A rule failing must never make a mail look better than it is. */
const strictness: Record<Level, number> = { safe: 0, unknown: 1, caution: 2, danger: 3 };

function throwing(id: string, thrown: () => unknown): Rule {
  return {
    meta: {
      id,
      category: "sender",
      defaultSeverity: "strong",
      senderSignal: true,
      description: { ja: "試験用", en: "test" },
    },
    messages: {},
    check: () => {
      throw thrown();
    },
  };
}

type Placement = { readonly first?: Rule; readonly middle?: Rule; readonly last?: Rule };

/** Real rules with failing ones in front, in the middle and at the end. */
function withFailures({ first, middle, last }: Placement): Rule[] {
  const half = Math.floor(rules.length / 2);
  return [
    ...(first ? [first] : []),
    ...rules.slice(0, half),
    ...(middle ? [middle] : []),
    ...rules.slice(half),
    ...(last ? [last] : []),
  ];
}

const impersonation: MessageFacts = emptyFacts({
  from: { name: "ウェスタ川越 インフォメーション・施設予約", address: "info@evil.example" },
  headers: [],
  subject: "Re: ご確認ください",
  bodyText: "添付ファイルをご確認ください。",
});

describe("a rule that throws is isolated", () => {
  it("the registry has real rules to run beside the failing one", () => {
    expect(rules.length).toBeGreaterThan(0);
  });

  it("is reported, the other rules still run, and the level and findings stay as without it", () => {
    const plain = analyze(impersonation, defaultPolicy);
    const failing = analyze(impersonation, defaultPolicy, {
      rules: withFailures({ first: throwing("fails-first", () => new Error("first")) }),
    });
    expect(plain.level).toBe("danger");
    expect(failing.ruleFailures).toEqual([{ rule: "fails-first", error: "first" }]);
    expect(failing.checked).toEqual(rules.map((r) => r.meta.id));
    expect(failing.findings).toEqual(plain.findings);
    expect(failing.level).toBe(plain.level);
  });

  it("reports every failing rule, whatever it throws", () => {
    const verdict = analyze(impersonation, defaultPolicy, {
      rules: withFailures({
        first: throwing("throws-string", () => "just a string"),
        middle: throwing("throws-undefined", () => undefined),
        last: throwing("throws-type-error", () => new TypeError("x is not a function")),
      }),
    });
    expect(verdict.ruleFailures.map((f) => f.rule)).toEqual(["throws-string", "throws-undefined", "throws-type-error"]);
    expect(verdict.ruleFailures.map((f) => f.error)).toEqual(["just a string", "undefined", "x is not a function"]);
    expect(verdict.level).toBe("danger");
  });

  it("survives a thrown value that cannot even be turned into text", () => {
    const verdict = analyze(impersonation, defaultPolicy, {
      rules: withFailures({ middle: throwing("throws-bare-object", () => Object.create(null) as unknown) }),
    });
    expect(verdict.ruleFailures.map((f) => f.rule)).toEqual(["throws-bare-object"]);
    expect(verdict.level).toBe("danger");
  });

  it("a failing rule turns a clean verdict into unknown, not safe", () => {
    const clean = emptyFacts({
      from: { name: "Someone", address: "someone@example.com" },
      headers: [],
      bodyText: "hello",
    });
    expect(analyze(clean, defaultPolicy).level).toBe("safe");
    expect(
      analyze(clean, defaultPolicy, { rules: withFailures({ middle: throwing("fails-middle", () => new Error("m")) }) })
        .level,
    ).toBe("unknown");
  });

  it("never lowers the level for any generated message (seed 7, 300 runs)", () => {
    fc.assert(
      fc.property(messageFacts(), (facts) => {
        const plain = analyze(facts, defaultPolicy);
        const failing = analyze(facts, defaultPolicy, {
          rules: withFailures({
            first: throwing("a", () => new Error("a")),
            last: throwing("b", () => new Error("b")),
          }),
        });
        expect(strictness[failing.level]).toBeGreaterThanOrEqual(strictness[plain.level]);
        if (!plain.drill) expect(failing.level).not.toBe("safe");
        expect(failing.findings).toEqual(plain.findings);
        expect(failing.checked).toEqual(plain.checked);
      }),
      { seed: 7, numRuns: 300 },
    );
  });
});
