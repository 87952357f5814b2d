import type { FactLimits, Language, MessageFacts, Policy, Verdict } from "../core";
import type { LoadedPolicy } from "../core/policy/loaded";

/**
 * The pane's port: everything the task pane needs from where it runs, passed in as props so the
 * UI never touches Office directly. src/office/host.ts implements it for Outlook (the Office
 * adapter); tests and the playground pass their own.
 */

export type ReportOutcome =
  | { readonly status: "opened" }
  | { readonly status: "unsupported"; readonly reason: string }
  | { readonly status: "failed"; readonly reason: string };

export type PanePort = {
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
  /**
   * Reads the selected message within the loaded policy's limits; null when no message is
   * selected. Never rejects.
   */
  readonly readMessage: (limits: FactLimits) => Promise<MessageFacts | null>;
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
