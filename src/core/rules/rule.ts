import type { EvidenceDiff, FindingSubject, Imitation, Localized, Severity } from "../model/verdict";
import type { RuleContext } from "../engine/context";

/**
 * When a rule has nothing to say, decided by the engine before `check` runs (the rule still
 * counts as checked):
 * - `trustedSender`: the policy trusts the sender; the trusted-sender rule explains it, and an
 *   alarm beside it would contradict it.
 * - `nameIsAddress`: the display name is just the address, so it claims nothing the address does not.
 */
/** What a rule's findings are about by default; the engine derives each finding's subject from it (engine/subject.ts). */
export type RuleCategory = "sender" | "authentication" | "attachment" | "link" | "content" | "policy";

export type QuietWhen = "trustedSender" | "nameIsAddress";

export type RuleMeta = {
  /** Equals the file name (rules/<id>.ts) and the doc page (docs/rules/<id>.md). */
  readonly id: string;
  readonly category: RuleCategory;
  readonly defaultSeverity: Severity;
  /** True when the rule says something about who sent the mail (lets weak signals count). */
  readonly senderSignal: boolean;
  readonly quietWhen?: readonly QuietWhen[];
  readonly description: Localized;
};

export type FindingDraft<M extends string = string> = {
  readonly messageId: M;
  /** Overrides meta.defaultSeverity for this finding. */
  readonly severity?: Severity;
  /** Overrides meta.senderSignal for this finding. */
  readonly senderSignal?: boolean;
  /** Values substituted for {name} placeholders in the message, and shown as evidence. */
  readonly evidence: Readonly<Record<string, string>>;
  readonly diff?: EvidenceDiff;
  /** Who the mail imitates; the verdict takes it from its strongest finding that names one. */
  readonly imitates?: Imitation;
  /** Overrides the subject the engine derives from the rule's category (see engine/subject.ts). */
  readonly about?: FindingSubject;
};

export type Rule<M extends string = string> = {
  readonly meta: RuleMeta;
  /** Messages keyed by id, with {placeholders} filled from the finding's evidence. */
  readonly messages: Readonly<Record<M, Localized>>;
  /**
   * Optional short headlines (under 100 characters after filling) for the verdict, keyed like
   * messages; used when this finding is the strongest one.
   */
  readonly headlines?: Readonly<Partial<Record<M, Localized>>>;
  readonly check: (ctx: RuleContext) => readonly FindingDraft<M>[];
};

/** Identity helper that keeps message ids type-checked against the messages table. */
export function defineRule<M extends string>(rule: Rule<M>): Rule<M> {
  return rule;
}
