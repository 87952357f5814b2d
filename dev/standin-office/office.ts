import {
  mailboxOf,
  type CallName,
  type FailureMode,
  type NewMessageForm,
  type ShownNotification,
  type StandinConfig,
  type StandinLog,
} from "./config";
import type { StandinMessage } from "./message";

/**
 * A stand-in for Office.js in read mode, built on messages parsed from real .eml files. It keeps
 * Office's contract where the pane depends on it: callbacks always run later (never inside the
 * call), failures arrive as failed AsyncResults, methods newer than the claimed API level do not
 * exist, and notification limits are enforced (and recorded as violations).
 */

// Runtime values of the enums: @types/office-js declares several of them without values.
const asyncStatus = { Succeeded: "succeeded", Failed: "failed" } as const;
const eventType = { ItemChanged: "olkItemSelectedChanged", OfficeThemeChanged: "officeThemeChanged" } as const;

type AnyCallback = (result: Office.AsyncResult<unknown>) => void;
type ItemApi = Pick<
  Office.MessageRead,
  | "itemId"
  | "itemType"
  | "itemClass"
  | "internetMessageId"
  | "subject"
  | "normalizedSubject"
  | "from"
  | "sender"
  | "to"
  | "cc"
  | "attachments"
  | "dateTimeCreated"
  | "body"
  | "notificationMessages"
> &
  Partial<Pick<Office.MessageRead, "getAllInternetHeadersAsync" | "getAttachmentContentAsync">>;

type Themes = Record<"light" | "dark", Office.OfficeTheme>;
const themes: Themes = {
  light: {
    bodyBackgroundColor: "#ffffff",
    bodyForegroundColor: "#242424",
    controlBackgroundColor: "#f5f5f5",
    controlForegroundColor: "#242424",
    isDarkTheme: false,
  } as Office.OfficeTheme,
  dark: {
    bodyBackgroundColor: "#292929",
    bodyForegroundColor: "#ffffff",
    controlBackgroundColor: "#3d3d3d",
    controlForegroundColor: "#ffffff",
    isDarkTheme: true,
  } as Office.OfficeTheme,
};

function levelNumber(version: string): number {
  const [major = "0", minor = "0"] = version.split(".");
  return Number(major) * 1000 + Number(minor);
}

function splitArgs(args: readonly unknown[]): {
  options: Office.AsyncContextOptions | undefined;
  callback: AnyCallback | undefined;
} {
  const last = args[args.length - 1];
  const callback = typeof last === "function" ? (last as AnyCallback) : undefined;
  const first = args[0];
  const options = typeof first === "object" && first !== null ? (first as Office.AsyncContextOptions) : undefined;
  return { options, callback };
}

function result(
  status: "succeeded" | "failed",
  value: unknown,
  options: Office.AsyncContextOptions | undefined,
  error?: Office.Error,
): Office.AsyncResult<unknown> {
  return {
    status: status as unknown as Office.AsyncResultStatus,
    value,
    error: error as Office.Error,
    asyncContext: options?.asyncContext as unknown,
    diagnostics: undefined,
  };
}

/** What a call's body returns to fail the way Office itself would (unknown key, limit reached …). */
class OfficeFailure {
  readonly error: Office.Error;
  constructor(error: Office.Error) {
    this.error = error;
  }
}

function officeError(name: string, message: string, code: number): OfficeFailure {
  return new OfficeFailure({ name, message, code });
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] ?? c);
}

export type Standin = {
  readonly office: unknown;
  readonly select: (index: number) => void;
};

/**
 * Builds the Office object at once (the pane's scripts may touch it while loading); onReady
 * resolves once `loading` has produced the messages, as Outlook starts a pane only when its item
 * is available.
 */
export function createStandinOffice(
  config: StandinConfig,
  loading: Promise<readonly StandinMessage[]>,
  log: StandinLog,
): Standin {
  let messages: readonly StandinMessage[] = [];
  const configured = mailboxOf(config);
  const level = levelNumber(configured.apiLevel);
  const mobile = config.mobile === true;
  const maxNotifications = mobile ? 1 : 5;
  const inFlight = new Map<number, number>();
  const itemChangedHandlers: ((event: unknown) => void)[] = [];
  const roaming = new Map<string, unknown>(Object.entries(config.roaming ?? {}));
  const itemApis = new Map<number, ItemApi>();

  function failureFor(name: CallName, item: number): FailureMode | undefined {
    return config.items[item]?.fail?.[name] ?? config.fail?.[name];
  }

  /**
   * Runs one Office async call: applies the failure switch, the item's delay, and counts calls
   * in flight. `produce` may return an OfficeFailure to fail the way Office itself would.
   */
  function runAsync(name: CallName, item: number, args: readonly unknown[], produce: () => unknown): void {
    const { options, callback } = splitArgs(args);
    const failure = failureFor(name, item);
    if (failure === "throw") {
      log.calls.push({ name, item, outcome: "threw" });
      throw new Error(`${name} threw (stand-in switch)`);
    }
    const running = (inFlight.get(item) ?? 0) + 1;
    inFlight.set(item, running);
    log.maxConcurrent = Math.max(log.maxConcurrent, running);
    const delay = config.items[item]?.delayMs ?? 0;
    setTimeout(() => {
      inFlight.set(item, (inFlight.get(item) ?? 1) - 1);
      let answer: Office.AsyncResult<unknown>;
      if (failure === "result") {
        answer = result(
          "failed",
          undefined,
          options,
          officeError("InternalServerError", `${name} failed (stand-in switch)`, 9017).error,
        );
      } else {
        const value = produce();
        answer =
          value instanceof OfficeFailure
            ? result("failed", undefined, options, value.error)
            : result("succeeded", value, options);
      }
      const error = answer.error as Office.Error | undefined;
      log.calls.push({ name, item, outcome: error ? "failed" : "succeeded", ...(error ? { detail: error.name } : {}) });
      callback?.(answer);
    }, delay);
  }

  function violation(text: string): never {
    log.violations.push(text);
    throw new Error(text);
  }

  function notificationsFor(item: number): ShownNotification[] {
    log.notifications[item] ??= (config.items[item]?.notifications ?? []).map((n) => ({ ...n }));
    return log.notifications[item];
  }

  function checkDetails(details: Office.NotificationMessageDetails): ShownNotification {
    const type: string = details.type;
    const message = details.message;
    if (message.length > 150) violation(`notification message is ${message.length} characters (limit 150): ${message}`);
    if (type === "errorMessage" && (details.icon !== undefined || details.persistent !== undefined))
      violation("ErrorMessage takes no icon and no persistent flag");
    if (type === "informationalMessage" && details.icon === undefined) violation("InformationalMessage needs an icon");
    if (type === "insightMessage") violation("InsightMessage is not available in read mode on this client");
    return {
      key: "",
      type,
      message,
      ...(details.icon !== undefined ? { icon: details.icon } : {}),
      ...(details.persistent !== undefined ? { persistent: details.persistent.valueOf() } : {}),
    };
  }

  function checkKey(key: string): void {
    if (key.length > 32) violation(`notification key "${key}" is longer than 32 characters`);
  }

  function notificationApi(item: number): Office.NotificationMessages {
    const api = {
      addAsync(key: string, details: Office.NotificationMessageDetails, ...rest: unknown[]) {
        checkKey(key);
        const shown = { ...checkDetails(details), key };
        runAsync("notificationMessages.addAsync", item, rest, () => {
          const list = notificationsFor(item);
          if (list.some((n) => n.key === key))
            return officeError("DuplicateNotificationKey", `key ${key} exists`, 9041);
          if (list.length >= maxNotifications)
            return officeError("NumberOfNotificationMessagesExceeded", "too many notifications", 9040);
          list.push(shown);
          log.notificationHistory.push({ item, action: "add", key, message: shown.message });
          return undefined;
        });
      },
      replaceAsync(key: string, details: Office.NotificationMessageDetails, ...rest: unknown[]) {
        checkKey(key);
        const shown = { ...checkDetails(details), key };
        runAsync("notificationMessages.replaceAsync", item, rest, () => {
          const list = notificationsFor(item);
          const at = list.findIndex((n) => n.key === key);
          if (at < 0 && list.length >= maxNotifications)
            return officeError("NumberOfNotificationMessagesExceeded", "too many notifications", 9040);
          if (at < 0) list.push(shown);
          else list[at] = shown;
          log.notificationHistory.push({ item, action: "replace", key, message: shown.message });
          return undefined;
        });
      },
      removeAsync(key: string, ...rest: unknown[]) {
        runAsync("notificationMessages.removeAsync", item, rest, () => {
          const list = notificationsFor(item);
          const at = list.findIndex((n) => n.key === key);
          if (at < 0) return officeError("KeyNotFound", `no notification with key ${key}`, 9044);
          list.splice(at, 1);
          log.notificationHistory.push({ item, action: "remove", key });
          return undefined;
        });
      },
      getAllAsync(...rest: unknown[]) {
        runAsync("notificationMessages.getAllAsync", item, rest, () => notificationsFor(item).map((n) => ({ ...n })));
      },
    };
    return api;
  }

  function itemApi(index: number): ItemApi {
    const cached = itemApis.get(index);
    if (cached) return cached;
    const message = messages[index];
    if (!message) throw new Error(`no stand-in message ${index}`);
    const body = {
      getAsync(coercion: unknown, ...rest: unknown[]) {
        runAsync("body.getAsync", index, rest, () => {
          if (coercion === "html")
            return message.html !== ""
              ? message.html
              : `<html><body><div>${escapeHtml(message.text).replace(/\n/g, "<br>")}</div></body></html>`;
          if (coercion === "text") return message.text;
          return officeError(
            "InvalidCoercion",
            `coercion ${String(coercion)} is not available for a message body`,
            1000,
          );
        });
      },
    } as unknown as Office.Body;
    const api: ItemApi = {
      itemId: message.itemId,
      itemType: "message",
      itemClass: "IPM.Note",
      internetMessageId: message.internetMessageId,
      subject: message.subject,
      normalizedSubject: message.subject.replace(/^\s*((re|fw|fwd)\s*:\s*)+/i, ""),
      from: message.from as Office.EmailAddressDetails,
      sender: message.sender as Office.EmailAddressDetails,
      to: message.to,
      cc: message.cc,
      attachments: message.attachments.map((a) => a.details),
      dateTimeCreated: message.dateTimeCreated,
      body,
      notificationMessages: notificationApi(index),
    };
    if (level >= 1008) {
      api.getAllInternetHeadersAsync = (...args: unknown[]) => {
        runAsync(
          "getAllInternetHeadersAsync",
          index,
          args,
          () => config.items[index]?.headerBlock ?? message.headerBlock,
        );
      };
      api.getAttachmentContentAsync = (id: string, ...rest: unknown[]) => {
        runAsync("getAttachmentContentAsync", index, rest, () => {
          const found = message.attachments.find((a) => a.details.id === id);
          if (!found) return officeError("InvalidAttachmentId", `no attachment ${id}`, 9002);
          return { format: "base64", content: found.base64 };
        });
      };
    }
    itemApis.set(index, api);
    return api;
  }

  function recipientAddress(value: unknown): string {
    if (typeof value === "string") return value;
    if (typeof value === "object" && value !== null && "emailAddress" in value) return String(value.emailAddress);
    return String(value);
  }

  function recordForm(parameters: unknown): NewMessageForm {
    const p = (parameters ?? {}) as Record<string, unknown>;
    const list = (v: unknown): unknown[] => (Array.isArray(v) ? (v as unknown[]) : []);
    const attachments = list(p["attachments"]).map((a) => {
      const at = (a ?? {}) as Record<string, unknown>;
      const type = String(at["type"]);
      if (type === "item" && typeof at["itemId"] !== "string") violation("an item attachment needs itemId");
      if (type === "file" && typeof at["url"] !== "string" && typeof at["base64file"] !== "string")
        violation("a file attachment needs url or base64file");
      return {
        type,
        name: String(at["name"]),
        ...(typeof at["itemId"] === "string" ? { itemId: at["itemId"] } : {}),
        ...(typeof at["url"] === "string" ? { url: at["url"] } : {}),
      };
    });
    return {
      toRecipients: list(p["toRecipients"]).map(recipientAddress),
      subject: typeof p["subject"] === "string" ? p["subject"] : "",
      htmlBody: typeof p["htmlBody"] === "string" ? p["htmlBody"] : "",
      attachments,
    };
  }

  const roamingSettings = {
    get: (name: string): unknown => roaming.get(name),
    set: (name: string, value: unknown): void => {
      roaming.set(name, value);
    },
    remove: (name: string): void => {
      roaming.delete(name);
    },
    saveAsync: (...args: unknown[]): void => {
      runAsync("roamingSettings.saveAsync", Math.max(log.selected, 0), args, () => {
        const snapshot = Object.fromEntries(roaming);
        if (JSON.stringify(snapshot).length > 32 * 1024)
          return officeError("SettingsTooLarge", "roaming settings exceed 32 KB", 9057);
        log.roamingSaved.push(snapshot);
        return undefined;
      });
    },
  } satisfies Pick<Office.RoamingSettings, "get" | "set" | "remove" | "saveAsync">;

  const mailbox = {
    get item(): ItemApi | null {
      return log.selected >= 0 ? itemApi(log.selected) : null;
    },
    userProfile: {
      displayName: configured.user.displayName,
      emailAddress: configured.user.emailAddress,
      timeZone: "Tokyo Standard Time",
      accountType: "enterprise",
    },
    diagnostics: {
      hostName: mobile ? "OutlookAndroid" : "OutlookWebApp",
      hostVersion: "16.0.0.0",
      OWAView: mobile ? undefined : "ThreeColumns",
    } as unknown as Office.Diagnostics,
    addHandlerAsync(type: unknown, handler: unknown, ...rest: unknown[]) {
      runAsync("addHandlerAsync", Math.max(log.selected, 0), rest, () => {
        if (type !== eventType.ItemChanged)
          return officeError("InvalidEventType", `event ${String(type)} is not supported here`, 9021);
        if (mobile) return officeError("NotSupported", "ItemChanged is not available on this client", 5000);
        itemChangedHandlers.push(handler as (event: unknown) => void);
        log.itemChangedHandlers = itemChangedHandlers.length;
        return undefined;
      });
    },
    removeHandlerAsync(type: unknown, ...rest: unknown[]) {
      runAsync("removeHandlerAsync", Math.max(log.selected, 0), rest, () => {
        if (type === eventType.ItemChanged) itemChangedHandlers.length = 0;
        log.itemChangedHandlers = itemChangedHandlers.length;
        return undefined;
      });
    },
    ...(level >= 1009
      ? {
          displayNewMessageFormAsync(parameters: unknown, ...rest: unknown[]) {
            const form = recordForm(parameters);
            runAsync("displayNewMessageFormAsync", Math.max(log.selected, 0), rest, () => {
              log.newMessageForms.push(form);
              return undefined;
            });
          },
        }
      : {}),
  };

  const requirements = {
    isSetSupported(name: string, minVersion?: string | number): boolean {
      if (name.toLowerCase() !== "mailbox") return false;
      return levelNumber(String(minVersion ?? "1.1")) <= level;
    },
  };

  const readyInfo = { host: "Outlook", platform: mobile ? "Android" : "OfficeOnline" };
  let ready = false;
  const waiting: (() => void)[] = [];
  const office = {
    AsyncResultStatus: asyncStatus,
    EventType: eventType,
    CoercionType: { Text: "text", Html: "html" },
    HostType: { Outlook: "Outlook" },
    PlatformType: {
      PC: "PC",
      OfficeOnline: "OfficeOnline",
      Mac: "Mac",
      iOS: "iOS",
      Android: "Android",
      Universal: "Universal",
    },
    MailboxEnums: {
      ItemNotificationMessageType: {
        ProgressIndicator: "progressIndicator",
        InformationalMessage: "informationalMessage",
        ErrorMessage: "errorMessage",
        InsightMessage: "insightMessage",
      },
      AttachmentType: { File: "file", Item: "item", Cloud: "cloud" },
      AttachmentContentFormat: { Base64: "base64", Url: "url", Eml: "eml", ICalendar: "iCalendar" },
      ItemType: { Message: "message", Appointment: "appointment" },
    },
    initialize: undefined as ((reason: unknown) => void) | undefined,
    onReady(callback?: (info: typeof readyInfo) => void): Promise<typeof readyInfo> {
      return new Promise((resolve) => {
        const done = (): void => {
          callback?.(readyInfo);
          resolve(readyInfo);
        };
        if (ready) setTimeout(done, 0);
        else waiting.push(done);
      });
    },
    context: {
      host: "Outlook",
      platform: readyInfo.platform,
      displayLanguage: configured.displayLanguage,
      contentLanguage: configured.displayLanguage,
      officeTheme: themes[config.theme ?? "light"],
      diagnostics: { host: "Outlook", platform: readyInfo.platform, version: "16.0.0.0" },
      requirements,
      roamingSettings,
      mailbox,
    },
    actions: { associate: (): void => undefined },
  };

  // Office finishes loading after the page's own scripts have run.
  const finish = (): void => {
    setTimeout(() => {
      ready = true;
      office.initialize?.("");
      for (const done of waiting.splice(0)) done();
    }, 0);
  };
  loading.then(
    (parsed) => {
      messages = parsed;
      if (log.selected >= messages.length) log.selected = -1;
      finish();
    },
    (error: unknown) => {
      log.violations.push(`stand-in could not parse its messages: ${String(error)}`);
      log.selected = -1;
      finish();
    },
  );

  function select(index: number): void {
    log.selected = index >= 0 && index < messages.length ? index : -1;
    for (const handler of itemChangedHandlers)
      setTimeout(() => {
        handler({ type: eventType.ItemChanged });
      }, 0);
  }

  return { office, select };
}
