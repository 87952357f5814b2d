/**
 * The switches a test (or the playground) sets before the pane loads, and what the stand-in
 * records while the pane runs. Plain JSON both ways, so Playwright can pass them across.
 */

/** The highest Mailbox requirement set the stand-in claims. 1.5 is what phones offer. */
export type ApiLevel = "1.5" | "1.8" | "1.9" | "1.13";

/** Office calls that a test can make fail. */
export type CallName =
  | "getAllInternetHeadersAsync"
  | "body.getAsync"
  | "getAttachmentContentAsync"
  | "notificationMessages.addAsync"
  | "notificationMessages.replaceAsync"
  | "notificationMessages.removeAsync"
  | "notificationMessages.getAllAsync"
  | "displayNewMessageFormAsync"
  | "addHandlerAsync"
  | "removeHandlerAsync"
  | "roamingSettings.saveAsync";

/** "result": the callback gets a failed AsyncResult; "throw": the call throws at once. */
export type FailureMode = "result" | "throw";

export type Failures = Partial<Record<CallName, FailureMode>>;

export type StandinItem = {
  /** The raw message, base64 (exact bytes) … */
  readonly emlBase64?: string;
  /** … or as text (the playground's dropped files and bundled samples). */
  readonly emlText?: string;
  /**
   * What getAllInternetHeadersAsync answers instead of the message's own header block: new
   * Outlook has been seen to give only a Subject line (office-js #4109) or nothing (#6796).
   */
  readonly headerBlock?: string;
  /** Milliseconds every async call on this item waits before answering (stale-run tests). */
  readonly delayMs?: number;
  /** Failures that apply to this item only. */
  readonly fail?: Failures;
  /** Bars already on the message (Outlook keeps them with the item between pane sessions). */
  readonly notifications?: readonly ShownNotification[];
};

export type StandinConfig = {
  readonly items: readonly StandinItem[];
  /** Which item is selected when the pane opens; -1 for none (mailbox.item is null). */
  readonly selected?: number;
  readonly apiLevel?: ApiLevel;
  /** Phone-like host: no ItemChanged, one notification per item. */
  readonly mobile?: boolean;
  readonly displayLanguage?: string;
  readonly theme?: "light" | "dark";
  readonly user?: { readonly displayName: string; readonly emailAddress: string };
  readonly roaming?: Readonly<Record<string, unknown>>;
  /** Failures for every item. */
  readonly fail?: Failures;
  /**
   * Same-origin paths (relative to the page, e.g. "policy.json") answered by the stand-in instead
   * of the network, as the add-in's web host would: the playground uses it for a loaded policy.
   */
  readonly hostedFiles?: Readonly<Record<string, { readonly status: number; readonly body: string }>>;
};

/** The mailbox's owner when a config names none. */
export const defaultUser = { displayName: "Staff Member", emailAddress: "staff@westa-kawagoe.jp" } as const;

/**
 * A config's mailbox with its defaults filled in. The stand-in and the emulated Outlook-on-the-web
 * host (test/support/owa-host) both read a config through this, so one test means the same
 * mailbox on either.
 */
export function mailboxOf(config: StandinConfig): {
  selected: number;
  apiLevel: ApiLevel;
  displayLanguage: string;
  user: { readonly displayName: string; readonly emailAddress: string };
} {
  return {
    selected: config.selected ?? (config.items.length > 0 ? 0 : -1),
    apiLevel: config.apiLevel ?? "1.13",
    displayLanguage: config.displayLanguage ?? "ja-JP",
    user: config.user ?? defaultUser,
  };
}

export type ShownNotification = {
  readonly key: string;
  readonly type: string;
  readonly message: string;
  readonly icon?: string;
  readonly persistent?: boolean;
};

export type CallRecord = {
  readonly name: string;
  readonly item: number;
  readonly outcome: "succeeded" | "failed" | "threw" | "absent";
  readonly detail?: string;
};

export type NewMessageForm = {
  readonly toRecipients: readonly string[];
  readonly subject: string;
  readonly htmlBody: string;
  readonly attachments: readonly {
    readonly type: string;
    readonly name: string;
    readonly itemId?: string;
    readonly url?: string;
  }[];
};

export type StandinLog = {
  /** Notifications currently on each item, by item index. */
  readonly notifications: Record<number, ShownNotification[]>;
  /** Every notification change in order, to see what was shown and then removed. */
  readonly notificationHistory: {
    readonly item: number;
    readonly action: "add" | "replace" | "remove";
    readonly key: string;
    readonly message?: string;
  }[];
  readonly newMessageForms: NewMessageForm[];
  readonly calls: CallRecord[];
  /** Calls the real Office would reject (message over 150 characters, key over 32 …). */
  readonly violations: string[];
  readonly roamingSaved: Record<string, unknown>[];
  /** Most async calls in flight on one item at once (Outlook on the web allows about 3). */
  maxConcurrent: number;
  /** Selected item index (-1 for none). */
  selected: number;
  itemChangedHandlers: number;
};

/** What a test calls in the page to act like the user in Outlook. */
export type StandinControl = {
  /** Selects another message (or none with -1) and fires ItemChanged to the pinned pane. */
  readonly select: (index: number) => void;
  readonly log: StandinLog;
};

declare global {
  interface Window {
    __standin?: StandinConfig;
    __standinControl?: StandinControl;
  }
}
