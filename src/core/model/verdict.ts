import type { FactPart, MissingReason } from "./facts";

export type Level = "danger" | "caution" | "safe" | "unknown";

/**
 * How much one finding weighs. `strong` alone gives danger; `medium` gives caution; `weak` only
 * counts when a sender signal is present; `info` never raises the level (trusted sender, drill).
 */
export type Severity = "strong" | "medium" | "weak" | "info";

export type Localized = {
  readonly ja: string;
  readonly en: string;
};

export type Language = keyof Localized;

/** One character position where a lookalike differs from the genuine string. */
export type CharDiff = {
  readonly index: number;
  readonly seen: string;
  readonly genuine: string;
};

/**
 * The character differences of one evidence value: `evidence` names its key, so the pane marks
 * the very string the indexes count in. Example: `{ evidence: "host", changes: [{ index: 11,
 * seen: "0", genuine: "o" }] }` for host "westa-kawag0e.jp".
 */
export type EvidenceDiff = {
  readonly evidence: string;
  readonly changes: readonly CharDiff[];
};

/**
 * What a finding is about, so findings on the same thing can be read together: the sender, one
 * attachment (by its name), the links, or the mail's wording (subject and body).
 */
export type FindingSubject =
  | { readonly kind: "sender" }
  | { readonly kind: "attachment"; readonly file: string }
  | { readonly kind: "links" }
  | { readonly kind: "content" };

export type Finding = {
  readonly rule: string;
  /** Key into the rule's messages, e.g. "orgNameOutsideDomain". */
  readonly messageId: string;
  readonly severity: Severity;
  /** True when the finding is about who sent the mail (needed for weak signals to count). */
  readonly senderSignal: boolean;
  readonly message: Localized;
  /** Facts a reader can check: displayName, address, imitates, genuineDomain, host, file … */
  readonly evidence: Readonly<Record<string, string>>;
  /** Character-level differences of a lookalike evidence value, when there are any. */
  readonly diff?: EvidenceDiff;
  /** Set by the engine on every finding it returns; optional so older findings stay valid. */
  readonly about?: FindingSubject;
};

export type SkippedPart = {
  readonly part: FactPart;
  readonly reason: MissingReason;
  /** Plain words for the user: what could not be checked and why. */
  readonly message: Localized;
  readonly detail?: string;
};

export type RuleFailure = {
  readonly rule: string;
  readonly error: string;
};

/** Who the mail imitates, when a rule found it (drives the "genuine domain" line in the pane). */
export type Imitation = {
  readonly kind: "organization" | "staff" | "partner" | "brand";
  readonly name: string;
  readonly genuineDomains: readonly string[];
};

export type SenderSummary = {
  readonly displayName: string;
  readonly address: string;
  /** Host part of the address, lower-cased ("" when none). */
  readonly domain: string;
  /** Registrable domain (eTLD+1) of the address, "" when none. */
  readonly registrableDomain: string;
};

export type Verdict = {
  readonly level: Level;
  /** Under 100 characters in both languages. */
  readonly headline: Localized;
  /** Strongest first. */
  readonly findings: readonly Finding[];
  readonly sender: SenderSummary;
  readonly imitates?: Imitation;
  /** Rule ids that ran to completion. */
  readonly checked: readonly string[];
  /** Parts of the message that could not be examined. */
  readonly skipped: readonly SkippedPart[];
  /** Rules that threw; reported, never lowering the level. */
  readonly ruleFailures: readonly RuleFailure[];
  /** Set when the policy's drill header marks this as a training mail. */
  readonly drill?: boolean;
  /** With `drill`: when the pane may say so (the policy's drill.reveal). */
  readonly drillReveal?: "after-report" | "immediately";
  /** With `drill`: the mail's own drill id, when its header carries one. */
  readonly drillId?: string;
  /** Set when the policy trusts the sender (reason shown to the user). */
  readonly trustedReason?: Localized;
};
