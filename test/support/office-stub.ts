import type { AttachmentPort, ItemPort, MailboxPort, OfficeApi } from "../../src/office/ports";
import type { ApiLevel } from "../../dev/standin-office/config";

/**
 * A small, typed fake of the read-mode Office.js surface that src/office uses, for unit tests.
 *
 * It keeps Office's contract where the adapter depends on it:
 * - callbacks always run later (a timer), never inside the call;
 * - failures arrive as failed AsyncResults ("fail"), synchronous exceptions ("throw"), or no
 *   answer at all ("hang", for timeout paths);
 * - methods newer than the claimed Mailbox API level are absent and isSetSupported says so;
 * - notification limits throw like Office does (key ≤ 32, message ≤ 150, ErrorMessage without
 *   icon/persistent, InformationalMessage with an icon);
 * - it counts async calls in flight per stub, so tests can assert reads run one at a time.
 *
 * Everything is plain data; the browser stand-in in dev/standin-office covers end-to-end.
 */

/** The requirement sets are the browser stand-in's, so both fakes claim the same ones. */
export type { ApiLevel } from "../../dev/standin-office/config";

export type StubCall =
  | "getAllInternetHeadersAsync"
  | "body.getAsync(html)"
  | "body.getAsync(text)"
  | "getAttachmentContentAsync"
  | "notificationMessages.replaceAsync"
  | "notificationMessages.removeAsync"
  | "displayNewMessageFormAsync"
  | "addHandlerAsync"
  | "removeHandlerAsync"
  | "roamingSettings.saveAsync";

/** Synchronous property reads that can be made to throw. */
export type StubProperty =
  "item" | "from" | "sender" | "subject" | "to" | "cc" | "attachments" | "userProfile" | "notificationMessages";

export type FailureMode = "fail" | "throw" | "hang";

export type StubAddress = { readonly name: string; readonly address: string };

export type StubAttachment = {
  readonly id: string;
  readonly name: string;
  readonly size: number;
  readonly isInline?: boolean;
  readonly attachmentType?: "file" | "item" | "cloud";
  /** Bytes returned (as Base64) by getAttachmentContentAsync. */
  readonly content?: Uint8Array;
};

export type StubMessage = {
  readonly itemId?: string;
  readonly from?: StubAddress;
  readonly sender?: StubAddress;
  readonly subject?: string;
  readonly to?: readonly StubAddress[];
  readonly cc?: readonly StubAddress[];
  readonly attachments?: readonly StubAttachment[];
  /** The raw header block getAllInternetHeadersAsync returns. */
  readonly headers?: string;
  readonly bodyHtml?: string;
  readonly bodyText?: string;
};

export type OfficeStubOptions = {
  readonly apiLevel?: ApiLevel;
  /** The selected message; null for none. Default: a plain message. */
  readonly item?: StubMessage | null;
  readonly displayLanguage?: string;
  readonly theme?: { readonly bodyBackgroundColor?: string; readonly isDarkTheme?: boolean };
  readonly user?: { readonly displayName: string; readonly emailAddress: string };
  readonly failures?: Partial<Record<StubCall, FailureMode>>;
  readonly throwingProperties?: readonly StubProperty[];
  /** Milliseconds before each callback runs (default 1). */
  readonly delayMs?: number;
  /** Omit roamingSettings (outside Outlook). */
  readonly noRoamingSettings?: boolean;
};

export type CallRecord = { readonly call: StubCall; readonly args: readonly unknown[] };

export type OfficeStub = {
  readonly office: OfficeApi;
  /** Every async call, in the order made. */
  readonly calls: CallRecord[];
  /** The most async calls that were waiting for their callback at the same time. */
  readonly maxInFlight: () => number;
  /** Notification bars now on the selected item, by key. */
  readonly notifications: Map<string, Office.NotificationMessageDetails>;
  readonly forms: Office.MessageForm[];
  readonly roaming: Map<string, unknown>;
  /** Selects another message (or none) and raises ItemChanged if a handler is registered. */
  readonly select: (message: StubMessage | null) => void;
  readonly handlerRegistered: () => boolean;
};

export const plainMessage: StubMessage = {
  itemId: "AAMk-plain",
  from: { name: "Someone", address: "someone@example.com" },
  sender: { name: "Someone", address: "someone@example.com" },
  subject: "Hello",
  to: [{ name: "Me", address: "me@westa-kawagoe.jp" }],
  cc: [],
  attachments: [],
  headers: "From: Someone <someone@example.com>\r\nSubject: Hello\r\n",
  bodyHtml: "<p>Hello</p>",
  bodyText: "Hello",
};

const versions: Record<ApiLevel, number> = { "1.5": 1005, "1.8": 1008, "1.9": 1009, "1.13": 1013 };

function versionNumber(version: string | number | undefined): number {
  const [major = "0", minor = "0"] = String(version ?? "1.1").split(".");
  return Number(major) * 1000 + Number(minor);
}

type AnyCallback = (result: Office.AsyncResult<unknown>) => void;

function lastCallback(args: readonly unknown[]): AnyCallback | undefined {
  const last = args[args.length - 1];
  return typeof last === "function" ? (last as AnyCallback) : undefined;
}

function asyncResult(ok: boolean, value: unknown, error?: Office.Error): Office.AsyncResult<unknown> {
  return {
    // Office's enum is declared without values in the typings; at run time it is these strings.
    status: (ok ? "succeeded" : "failed") as unknown as Office.AsyncResultStatus,
    value,
    error: error as Office.Error,
    asyncContext: undefined,
    diagnostics: undefined,
  };
}

function toBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString("base64");
}

function details(address: StubAddress | undefined): Office.EmailAddressDetails | undefined {
  return address
    ? ({ displayName: address.name, emailAddress: address.address } as Office.EmailAddressDetails)
    : undefined;
}

export function createOfficeStub(options: OfficeStubOptions = {}): OfficeStub {
  const level = versions[options.apiLevel ?? "1.13"];
  const failures = options.failures ?? {};
  const throwing = new Set(options.throwingProperties ?? []);
  const delayMs = options.delayMs ?? 1;
  const calls: CallRecord[] = [];
  const notifications = new Map<string, Office.NotificationMessageDetails>();
  const forms: Office.MessageForm[] = [];
  const roaming = new Map<string, unknown>();
  let inFlight = 0;
  let maxInFlight = 0;
  let handler: ((event: unknown) => void) | undefined;
  let current: StubMessage | null = options.item === undefined ? plainMessage : options.item;

  const guard = (property: StubProperty): void => {
    if (throwing.has(property)) throw new Error(`reading ${property} failed`);
  };

  /** Runs one async call the way Office does: validate, maybe throw, answer later. */
  const asyncCall = (
    call: StubCall,
    args: readonly unknown[],
    answer: () => { ok: true; value?: unknown } | { ok: false; error: Office.Error },
  ): void => {
    calls.push({ call, args });
    const mode = failures[call];
    if (mode === "throw") throw new Error(`${call} threw`);
    const callback = lastCallback(args);
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    if (mode === "hang") return;
    setTimeout(() => {
      inFlight--;
      const result =
        mode === "fail"
          ? asyncResult(false, undefined, { name: "GenericResponseError", message: `${call} failed`, code: 9020 })
          : (() => {
              const outcome = answer();
              return outcome.ok ? asyncResult(true, outcome.value) : asyncResult(false, undefined, outcome.error);
            })();
      callback?.(result);
    }, delayMs);
  };

  const makeItem = (message: StubMessage): ItemPort => {
    const item = {
      itemId: message.itemId,
      get from() {
        guard("from");
        return details(message.from);
      },
      get sender() {
        guard("sender");
        return details(message.sender);
      },
      get subject() {
        guard("subject");
        return message.subject;
      },
      get to() {
        guard("to");
        return (message.to ?? []).map((a) => details(a) as Office.EmailAddressDetails);
      },
      get cc() {
        guard("cc");
        return (message.cc ?? []).map((a) => details(a) as Office.EmailAddressDetails);
      },
      get attachments() {
        guard("attachments");
        return (message.attachments ?? []).map((a): AttachmentPort => ({
          id: a.id,
          name: a.name,
          size: a.size,
          isInline: a.isInline ?? false,
          attachmentType: a.attachmentType ?? "file",
        }));
      },
      body: {
        getAsync: (...args: unknown[]) => {
          const coercion = String(args[0]);
          const call: StubCall = coercion === "html" ? "body.getAsync(html)" : "body.getAsync(text)";
          asyncCall(call, args, () => ({
            ok: true,
            value: coercion === "html" ? (message.bodyHtml ?? "") : (message.bodyText ?? ""),
          }));
        },
      },
      get notificationMessages() {
        guard("notificationMessages");
        return notificationMessages;
      },
      ...(level >= 1008
        ? {
            getAllInternetHeadersAsync: (...args: unknown[]) => {
              asyncCall("getAllInternetHeadersAsync", args, () => ({ ok: true, value: message.headers ?? "" }));
            },
            getAttachmentContentAsync: (...args: unknown[]) => {
              const id = args[0];
              asyncCall("getAttachmentContentAsync", args, () => {
                const found = (message.attachments ?? []).find((a) => a.id === id);
                if (!found)
                  return {
                    ok: false,
                    error: { name: "InvalidAttachmentId", message: "no such attachment", code: 9040 },
                  };
                return { ok: true, value: { format: "base64", content: toBase64(found.content ?? new Uint8Array()) } };
              });
            },
          }
        : {}),
    };
    return item;
  };

  const notificationMessages: NonNullable<ItemPort["notificationMessages"]> = {
    replaceAsync: (...args: unknown[]) => {
      const [key, message] = args as [string, Office.NotificationMessageDetails];
      // Office validates arguments synchronously and throws; these are its documented limits.
      if (key.length > 32) throw new Error("key longer than 32 characters");
      if (message.message.length > 150) throw new Error("message longer than 150 characters");
      const type = message.type;
      if (type === "errorMessage" && (message.icon !== undefined || message.persistent !== undefined))
        throw new Error("ErrorMessage takes no icon or persistent");
      if (type === "informationalMessage" && (message.icon === undefined || message.icon === ""))
        throw new Error("InformationalMessage needs an icon");
      asyncCall("notificationMessages.replaceAsync", args, () => {
        notifications.set(key, message);
        return { ok: true };
      });
    },
    removeAsync: (...args: unknown[]) => {
      const key = args[0] as string;
      asyncCall("notificationMessages.removeAsync", args, () => {
        notifications.delete(key);
        return { ok: true };
      });
    },
  };

  let currentItem: ItemPort | null = current ? makeItem(current) : null;

  const mailbox: MailboxPort = {
    get item() {
      guard("item");
      return currentItem;
    },
    get userProfile() {
      guard("userProfile");
      const user = options.user ?? { displayName: "職員 太郎", emailAddress: "staff@westa-kawagoe.jp" };
      return { displayName: user.displayName, emailAddress: user.emailAddress };
    },
    addHandlerAsync: (...args: unknown[]) => {
      asyncCall("addHandlerAsync", args, () => {
        handler = args[1] as (event: unknown) => void;
        return { ok: true };
      });
    },
    removeHandlerAsync: (...args: unknown[]) => {
      asyncCall("removeHandlerAsync", args, () => {
        handler = undefined;
        return { ok: true };
      });
    },
    ...(level >= 1009
      ? {
          displayNewMessageFormAsync: (...args: unknown[]) => {
            const form = args[0] as Office.MessageForm;
            for (const attachment of form.attachments ?? []) {
              if (attachment.type === "item" && !attachment.itemId) throw new Error("item attachments need an itemId");
            }
            asyncCall("displayNewMessageFormAsync", args, () => {
              forms.push(form);
              return { ok: true };
            });
          },
        }
      : {}),
  };

  const office: OfficeApi = {
    EventType: { ItemChanged: "olkItemSelectedChanged" },
    context: {
      mailbox,
      requirements: {
        isSetSupported: (name: string, minVersion?: string) =>
          name.toLowerCase() === "mailbox" && versionNumber(minVersion) <= level,
      },
      displayLanguage: options.displayLanguage ?? "ja-JP",
      officeTheme: options.theme ?? { bodyBackgroundColor: "#ffffff", isDarkTheme: false },
      ...(options.noRoamingSettings
        ? {}
        : {
            roamingSettings: {
              get: (name: string): unknown => roaming.get(name),
              set: (name: string, value: unknown) => {
                roaming.set(name, value);
              },
              saveAsync: (...args: unknown[]) => {
                asyncCall("roamingSettings.saveAsync", args, () => ({ ok: true }));
              },
            },
          }),
    },
  };

  return {
    office,
    calls,
    maxInFlight: () => maxInFlight,
    notifications,
    forms,
    roaming,
    select(message) {
      current = message;
      currentItem = message ? makeItem(message) : null;
      notifications.clear();
      handler?.({ type: "olkItemSelectedChanged" });
    },
    handlerRegistered: () => handler !== undefined,
  };
}
