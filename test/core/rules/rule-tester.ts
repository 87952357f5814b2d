import { emptyFacts, type CharDiff, type Imitation, type MessageFacts, type Severity } from "../../../src/core";
import { ruleTable } from "../../support/rule-table";
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
 * One-finding table tests in the style of typescript-eslint's RuleTester: every valid case yields
 * no finding from the rule, every invalid case exactly one. A shorthand over ruleTable.
 */
export function runRuleTests(rule: Rule, cases: { readonly valid: readonly ValidCase[]; readonly invalid: readonly InvalidCase[] }): void {
  ruleTable(rule, {
    valid: cases.valid,
    invalid: cases.invalid.map((c) => ({
      name: c.name,
      facts: c.facts,
      ...(c.policy ? { policy: c.policy } : {}),
      ...(c.imitates ? { imitates: c.imitates } : {}),
      findings: [
        {
          messageId: c.messageId,
          severity: c.severity ?? rule.meta.defaultSeverity,
          ...(c.evidence ? { evidence: c.evidence } : {}),
          ...(c.senderSignal !== undefined ? { senderSignal: c.senderSignal } : {}),
          ...(c.diff ? { diff: c.diff } : {}),
        },
      ],
    })),
  });
}
