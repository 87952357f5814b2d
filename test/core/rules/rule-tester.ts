import { describe, expect, it } from "vitest";
import { analyze, defaultPolicy, emptyFacts, type CharDiff, type Imitation, type MessageFacts, type Severity } from "../../../src/core";
import type { Policy } from "../../../src/core";
import type { Rule } from "../../../src/core/rules/rule";

/** Facts for a mail from `name <address>`, with any other parts overridden. */
export function mailFrom(name: string, address: string, overrides: Partial<MessageFacts> = {}): MessageFacts {
  return emptyFacts({ from: { name, address }, headers: [], ...overrides });
}

export type ValidCase = {
  readonly name: string;
  readonly facts: MessageFacts;
  readonly policy?: Policy;
};

export type InvalidCase = ValidCase & {
  readonly messageId: string;
  /** Only the keys given are compared. */
  readonly evidence?: Readonly<Record<string, string>>;
  readonly severity?: Severity;
  readonly senderSignal?: boolean;
  readonly diff?: readonly CharDiff[];
  readonly imitates?: Partial<Imitation>;
};

/**
 * Table tests in the style of typescript-eslint's RuleTester: every valid case yields no finding
 * from the rule, every invalid case exactly one, with the given message id and evidence.
 */
export function runRuleTests(rule: Rule, cases: { readonly valid: readonly ValidCase[]; readonly invalid: readonly InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    describe("valid", () => {
      it.each(cases.valid.map((c) => [c.name, c] as const))("%s", (_name, c) => {
        const verdict = analyze(c.facts, c.policy ?? defaultPolicy, { rules: [rule] });
        expect(verdict.ruleFailures).toEqual([]);
        expect(verdict.findings).toEqual([]);
      });
    });
    describe("invalid", () => {
      it.each(cases.invalid.map((c) => [c.name, c] as const))("%s", (_name, c) => {
        const verdict = analyze(c.facts, c.policy ?? defaultPolicy, { rules: [rule] });
        expect(verdict.ruleFailures).toEqual([]);
        expect(verdict.findings).toHaveLength(1);
        const finding = verdict.findings[0];
        expect(finding?.messageId).toBe(c.messageId);
        expect(finding?.severity).toBe(c.severity ?? rule.meta.defaultSeverity);
        if (c.senderSignal !== undefined) expect(finding?.senderSignal).toBe(c.senderSignal);
        if (c.evidence) expect(finding?.evidence).toMatchObject(c.evidence);
        if (c.diff) expect(finding?.diff).toEqual(c.diff);
        if (c.imitates) expect(verdict.imitates).toMatchObject(c.imitates);
        // Every placeholder in the message is filled from the evidence.
        expect(finding?.message.ja).not.toMatch(/\{[A-Za-z]+\}/);
        expect(finding?.message.en).not.toMatch(/\{[A-Za-z]+\}/);
      });
    });
  });
}
