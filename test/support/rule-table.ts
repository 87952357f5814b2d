import { describe, expect, it } from "vitest";
import {
  analyze,
  defaultPolicy,
  emptyFacts,
  type CharDiff,
  type Imitation,
  type MessageFacts,
  type Policy,
  type Severity,
  type Verdict,
} from "../../src/core";
import type { Rule } from "../../src/core/rules/rule";

/**
 * Table tests for one rule, in the spirit of typescript-eslint's RuleTester: `valid` cases produce
 * no finding from the rule; each `invalid` case lists the findings it must produce (message id,
 * severity and the evidence values that matter), nothing more and nothing less.
 */
export type RuleCase = {
  readonly name: string;
  readonly facts: Partial<MessageFacts>;
  readonly policy?: Policy;
};

export type ExpectedFinding = {
  readonly messageId: string;
  /** The rule's default severity when not given. */
  readonly severity?: Severity;
  readonly evidence?: Readonly<Record<string, string>>;
  readonly senderSignal?: boolean;
  readonly diff?: readonly CharDiff[];
};

export type InvalidCase = RuleCase & {
  readonly findings: readonly ExpectedFinding[];
  /** Only the keys given are compared with the verdict's imitation. */
  readonly imitates?: Partial<Imitation>;
};

/** An outside sender with headers present but empty: nothing to say about it by default. */
export function outsideMail(overrides: Partial<MessageFacts> = {}): MessageFacts {
  return emptyFacts({
    from: { name: "Taro Yamada", address: "taro@example.com" },
    headers: [],
    subject: "ご挨拶",
    bodyText: "こんにちは。",
    ...overrides,
  });
}

/** Facts for a mail from `name <address>`, with any other parts overridden. */
export function mailFrom(name: string, address: string, overrides: Partial<MessageFacts> = {}): MessageFacts {
  return emptyFacts({ from: { name, address }, headers: [], ...overrides });
}

function judgeWith(rule: Rule, facts: Partial<MessageFacts>, policy: Policy = defaultPolicy): Verdict {
  const verdict = analyze(outsideMail(facts), policy, { rules: [rule] });
  expect(verdict.ruleFailures).toEqual([]);
  return verdict;
}

export function runRule(rule: Rule, facts: Partial<MessageFacts>, policy: Policy = defaultPolicy) {
  return judgeWith(rule, facts, policy).findings;
}

export function ruleTable(rule: Rule, cases: { valid: readonly RuleCase[]; invalid: readonly InvalidCase[] }): void {
  describe(`${rule.meta.id}: valid`, () => {
    it.each(cases.valid.map((c) => [c.name, c] as const))("%s", (_name, c) => {
      expect(runRule(rule, c.facts, c.policy).map((f) => f.messageId)).toEqual([]);
    });
  });
  describe(`${rule.meta.id}: invalid`, () => {
    it.each(cases.invalid.map((c) => [c.name, c] as const))("%s", (_name, c) => {
      const verdict = judgeWith(rule, c.facts, c.policy);
      const findings = verdict.findings;
      expect(findings.map((f) => [f.messageId, f.severity])).toEqual(
        c.findings.map((f) => [f.messageId, f.severity ?? rule.meta.defaultSeverity]),
      );
      if (c.imitates) expect(verdict.imitates).toMatchObject(c.imitates);
      c.findings.forEach((expected, i) => {
        const finding = findings[i];
        if (expected.evidence) expect(finding?.evidence).toMatchObject(expected.evidence);
        if (expected.senderSignal !== undefined) expect(finding?.senderSignal).toBe(expected.senderSignal);
        if (expected.diff) expect(finding?.diff?.changes).toEqual(expected.diff);
        // A diff names the evidence value its indexes count in.
        if (finding?.diff) expect(Object.keys(finding.evidence)).toContain(finding.diff.evidence);
        // Every placeholder was filled: no "{name}" left for the reader to see.
        expect(finding?.message.ja).not.toMatch(/\{[A-Za-z0-9_]+\}/);
        expect(finding?.message.en).not.toMatch(/\{[A-Za-z0-9_]+\}/);
      });
    });
  });
}
