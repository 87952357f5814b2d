import type { CallName, ShownNotification } from "../../../dev/standin-office/config";

/**
 * What the emulated Outlook-on-the-web host page is given (plain JSON, made in Node from .eml
 * files) and what it records while the pane runs.
 */

/** One message as Outlook on the web hands it over: GetInitialData's item plus what the calls read. */
export type HostItem = {
  /** GetInitialData's answer for this item (itemType, from, sender, to, cc, attachments …). */
  readonly initialData: Record<string, unknown>;
  readonly headers: string;
  readonly html: string;
  readonly text: string;
  readonly attachments: readonly { readonly id: string; readonly base64: string }[];
  readonly delayMs?: number;
  /** Calls that fail on this item (the host answers with Outlook's failure reply). */
  readonly fail?: readonly CallName[];
  readonly notifications?: readonly ShownNotification[];
};

export type HostConfig = {
  readonly items: readonly HostItem[];
  /** -1: nothing selected (GetInitialData answers with no item). */
  readonly selected: number;
  /** Mailbox requirement set in the requirement matrix, e.g. "1.13". */
  readonly mailboxVersion: string;
  readonly displayLanguage: string;
  readonly user: { readonly displayName: string; readonly emailAddress: string };
  /** Roaming settings as Outlook stores them: name → JSON text. */
  readonly settings: Readonly<Record<string, string>>;
  readonly fail: readonly CallName[];
  /** Where the add-in's pane lives (the iframe's page, without query or fragment). */
  readonly paneUrl: string;
  /** Origin the pane's messages must come from. */
  readonly addinOrigin: string;
  /** Size of the pane's frame in CSS pixels (Outlook's task pane is about 320–360 wide). */
  readonly paneSize?: { readonly width: number; readonly height: number };
};

export type UnknownCall = { readonly actionName: string; readonly dispid?: number; readonly detail: string };

export type HostLog = {
  readonly notifications: Record<number, ShownNotification[]>;
  readonly notificationHistory: {
    readonly item: number;
    readonly action: "add" | "replace" | "remove";
    readonly key: string;
    readonly message?: string;
  }[];
  readonly newMessageForms: {
    readonly toRecipients: readonly string[];
    readonly subject: string;
    readonly htmlBody: string;
    readonly attachments: readonly {
      readonly type: string;
      readonly name: string;
      readonly itemId?: string;
      readonly url?: string;
    }[];
  }[];
  readonly calls: {
    readonly name: string;
    readonly item: number;
    readonly outcome: "succeeded" | "failed" | "threw" | "absent";
    readonly detail?: string;
  }[];
  /** Requests Outlook would reject (limits, bad arguments) that reached the host anyway. */
  readonly violations: string[];
  readonly roamingSaved: Record<string, unknown>[];
  maxConcurrent: number;
  selected: number;
  itemChangedHandlers: number;
  /** Every action name the pane sent, in order (start-up included). */
  readonly actions: string[];
  /** Calls the host does not know: answered with a failure, listed so a test can insist on none. */
  readonly unknownCalls: UnknownCall[];
  /** Set once GetInitialData was answered: Office.js has what it needs to call onReady. */
  started: boolean;
};

declare global {
  // Declaration merging with the DOM's Window needs an interface.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface Window {
    __owaHostConfig?: HostConfig;
    __owaHost?: { readonly log: HostLog; readonly select: (index: number) => void };
  }
}
