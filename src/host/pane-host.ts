import type { Language, MessageFacts, Policy, PolicyIssue, Verdict } from "../core";

/**
 * Everything the task pane needs from its host, passed in as props so the UI never touches
 * Office directly. src/office implements it for Outlook; tests and the playground pass fakes.
 */

export type ReportOutcome =
  | { readonly status: "opened" }
  | { readonly status: "unsupported"; readonly reason: string }
  | { readonly status: "failed"; readonly reason: string };

export type PolicySource =
  /** Loaded from the add-in's own origin and valid. */
  | { readonly kind: "hosted"; readonly url: string }
  /** No hosted policy (404, offline, playground): the built-in default applies. */
  | { readonly kind: "default"; readonly reason?: string }
  /** A hosted policy exists but is invalid: the built-in default applies and admins are told. */
  | { readonly kind: "invalid"; readonly url: string; readonly issues: readonly PolicyIssue[] };

export type LoadedPolicy = {
  readonly policy: Policy;
  readonly source: PolicySource;
};

export type PaneHost = {
  /** "ja" when Outlook's display language is Japanese, otherwise "en". */
  readonly language: Language;
  /** Follows the Office theme. */
  readonly theme: "light" | "dark";
  /**
   * The signed-in user's address (Office.context.mailbox.userProfile.emailAddress); null when
   * Outlook does not give it. Decides whether the policy is the user's organisation's.
   */
  readonly userAddress: string | null;
  /** Whether the pane can follow the selection (ItemChanged, Mailbox 1.5; not mobile). */
  readonly canFollowSelection: boolean;
  /** Reads the selected message; null when no message is selected. Never rejects. */
  readonly readMessage: () => Promise<MessageFacts | null>;
  /** Subscribes to selection changes; returns an unsubscribe function. */
  readonly onItemChanged: (listener: () => void) => () => void;
  /** null when reporting is possible, else why not (shown on the disabled button). */
  readonly reportUnavailableReason: () => string | null;
  /** Opens a new message to the report mailbox with the current mail attached as an item. */
  readonly report: (verdict: Verdict, policy: Policy) => Promise<ReportOutcome>;
  /** Puts (or removes, for safe/unknown) the notification bar on the current item. Never rejects. */
  readonly notify: (verdict: Verdict | null) => Promise<void>;
  readonly loadPolicy: () => Promise<LoadedPolicy>;
  readonly settings: {
    readonly get: (key: string) => unknown;
    readonly set: (key: string, value: unknown) => Promise<void>;
  };
};
