import type { CallName, ShownNotification } from "../../../dev/standin-office/config";
import type { HostConfig, HostItem, HostLog } from "./config";

/**
 * The emulated Outlook-on-the-web host: runs in the parent page (https://outlook.office.com),
 * frames the task pane the way Outlook does and answers Office.js's postMessage protocol. The
 * facts come from Office.js's own debug build (outlook-web-16.01.debug.js); every request the
 * host does not know gets a failure reply and is logged, so a test can insist there were none.
 */

const config = window.__owaHostConfig;
if (!config) throw new Error("owa host: window.__owaHostConfig is not set");
const cfg: HostConfig = config;

const messageTypeRequest = 0;
const messageTypeResponse = 1;
const actionInvoke = 0;
const actionRegisterEvent = 1;
const actionUnregisterEvent = 2;
const responseForCalling = 0;
const responseForEventing = 1;
const appNameOutlookWebApp = 64;
const itemChangedEvent = "olkItemSelectedChanged";
const itemChangedDispId = 46;
const xdmErrorHandlingRequest = -2;

/** Outlook's notification limits and error codes. */
const maxNotifications = 5;
const maxMessageChars = 150;
const maxKeyChars = 32;
const errorDuplicateKey = 9023;
const errorKeyNotFound = 9024;
const errorTooMany = 9025;
const errorGeneric = 9002;
const errorInvalidAttachmentId = 9007;
const errorNotSupported = 5000;
const notificationTypes = ["informationalMessage", "progressIndicator", "errorMessage", "insightMessage"] as const;

const log: HostLog = {
  notifications: Object.fromEntries(
    cfg.items.map((item, index) => [index, (item.notifications ?? []).map((n) => ({ ...n }))]),
  ),
  notificationHistory: [],
  newMessageForms: [],
  calls: [],
  violations: [],
  roamingSaved: [],
  maxConcurrent: 0,
  selected: cfg.selected,
  itemChangedHandlers: 0,
  actions: [],
  unknownCalls: [],
  started: false,
};

const conversationId = `owa-conv-${Math.random().toString(36).slice(2)}`;
const controlId = `owa-ctrl-${Math.random().toString(36).slice(2)}`;
const hostLocale = cfg.displayLanguage;
const hostUrl = `${window.location.origin}${window.location.pathname}`;

const frame = document.createElement("iframe");
frame.title = "Sender Guard";
frame.setAttribute("data-owa-pane", "");
const paneSize = cfg.paneSize ?? { width: 360, height: 860 };
// No border: a test that asks for a 320 × 700 pane measures positions inside exactly that box.
frame.style.cssText = `width:${String(paneSize.width)}px;height:${String(paneSize.height)}px;border:0;display:block;flex:none;`;
// Office.js reads the host from the query and the channel from the fragment, _xdm_Info last.
frame.src = `${cfg.paneUrl}?_host_Info=Outlook$Web$16.01$${hostLocale}$telemetry$$$0#&_serializer_version=1&_xdm_Info=${conversationId}$${controlId}$${hostUrl}`;

type Request = {
  readonly _messageType: number;
  readonly _actionName: string;
  readonly _conversationId: string;
  readonly _correlationId: number;
  readonly _actionType: number;
  readonly _data: unknown;
};

function post(message: Record<string, unknown>): void {
  frame.contentWindow?.postMessage(JSON.stringify({ ...message, _serializerVersion: 1 }), cfg.addinOrigin);
}

function respond(request: Request, errorCode: number, data: unknown): void {
  post({
    _messageType: messageTypeResponse,
    _actionName: request._actionName,
    _conversationId: request._conversationId,
    _correlationId: request._correlationId,
    _errorCode: errorCode,
    _responseType: responseForCalling,
    _data: data,
  });
}

function unknown(request: Request, detail: string, dispid?: number): void {
  log.unknownCalls.push({ actionName: request._actionName, ...(dispid !== undefined ? { dispid } : {}), detail });
  respond(request, xdmErrorHandlingRequest, null);
}

function appContext(): Record<string, unknown> {
  return {
    _id: controlId,
    _appName: appNameOutlookWebApp,
    _appVersion: "16.01",
    _appMinorVersion: 1,
    _appUILocale: hostLocale,
    _dataLocale: hostLocale,
    _docUrl: "",
    _clientMode: 0,
    _settings: { ...cfg.settings },
    _reason: 0,
    _osfControlType: 1,
    _eToken: "",
    _correlationId: `owa-corr-${controlId}`,
    _appInstanceId: controlId,
    _requirementMatrix: JSON.stringify({ Mailbox: cfg.mailboxVersion }),
    _hostFullVersion: "16.0.0.0",
    _appDomains: [],
  };
}

function currentItem(): HostItem | undefined {
  return log.selected >= 0 ? cfg.items[log.selected] : undefined;
}

/** The user's profile as every item's initial data carries it. */
function profile(): Record<string, unknown> {
  return {
    userDisplayName: cfg.user.displayName,
    userEmailAddress: cfg.user.emailAddress,
    userTimeZone: "Tokyo Standard Time",
    userProfileType: "enterprise",
    hostVersion: "16.0.0.0",
    owaView: "ThreeColumns",
  };
}

/** GetInitialData's item: with nothing selected, only the profile (no itemType, so Office.js has no item). */
function initialData(): Record<string, unknown> {
  const item = currentItem();
  return item ? { ...item.initialData } : profile();
}

/** ItemChanged's data: the new item, or an empty string when nothing is selected (Office.js reads it as null). */
function changedItemData(): Record<string, unknown> | "" {
  return currentItem() ? initialData() : "";
}

const inFlight = new Map<number, number>();
const callNames: Readonly<Record<number, CallName>> = {
  37: "body.getAsync",
  168: "getAllInternetHeadersAsync",
  150: "getAttachmentContentAsync",
  33: "notificationMessages.addAsync",
  34: "notificationMessages.getAllAsync",
  35: "notificationMessages.replaceAsync",
  36: "notificationMessages.removeAsync",
  404: "roamingSettings.saveAsync",
  178: "displayNewMessageFormAsync",
};

type Outcome =
  | { readonly ok: true; readonly data: unknown }
  | { readonly ok: false; readonly code: number; readonly detail: string };
const ok = (data: unknown): Outcome => ({ ok: true, data });
const fail = (code: number, detail: string): Outcome => ({ ok: false, code, detail });

function violation(text: string): void {
  log.violations.push(text);
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {};
}

function notificationsOf(index: number): ShownNotification[] {
  log.notifications[index] ??= [];
  return log.notifications[index];
}

function shownFrom(params: Record<string, unknown>): ShownNotification | string {
  const key = params.key;
  const message = params.message;
  const typeCode = params.type;
  if (typeof key !== "string" || key === "") return "notification key is missing";
  if (key.length > maxKeyChars) return `notification key "${key}" is longer than ${maxKeyChars} characters`;
  if (typeof message !== "string" || message === "") return "notification message is missing";
  if (message.length > maxMessageChars)
    return `notification message is ${message.length} characters (limit ${maxMessageChars})`;
  const type = typeof typeCode === "number" ? notificationTypes[typeCode] : undefined;
  if (type === undefined) return `notification type ${String(typeCode)} is unknown`;
  if (type === "insightMessage") return "InsightMessage is not available in read mode in Outlook on the web";
  if (type === "errorMessage" && (params.icon !== undefined || params.persistent !== undefined))
    return "ErrorMessage takes no icon and no persistent flag";
  if (type === "informationalMessage" && typeof params.icon !== "string") return "InformationalMessage needs an icon";
  return {
    key,
    type,
    message,
    ...(typeof params.icon === "string" ? { icon: params.icon } : {}),
    ...(typeof params.persistent === "boolean" ? { persistent: params.persistent } : {}),
  };
}

function notificationCall(dispid: number, index: number, params: Record<string, unknown>): Outcome {
  const list = notificationsOf(index);
  if (dispid === 34) return ok(list.map((n) => ({ ...n })));
  const key = params.key;
  if (dispid === 36) {
    if (typeof key !== "string") return fail(errorGeneric, "remove without a key");
    const at = list.findIndex((n) => n.key === key);
    if (at < 0) return fail(errorKeyNotFound, `no notification with key ${key}`);
    list.splice(at, 1);
    log.notificationHistory.push({ item: index, action: "remove", key });
    return ok(null);
  }
  const shown = shownFrom(params);
  if (typeof shown === "string") {
    violation(shown);
    return fail(errorGeneric, shown);
  }
  const at = list.findIndex((n) => n.key === shown.key);
  if (dispid === 33) {
    if (at >= 0) return fail(errorDuplicateKey, `key ${shown.key} exists`);
    if (list.length >= maxNotifications) return fail(errorTooMany, "too many notifications on this item");
    list.push(shown);
    log.notificationHistory.push({ item: index, action: "add", key: shown.key, message: shown.message });
    return ok(null);
  }
  if (at < 0 && list.length >= maxNotifications) return fail(errorTooMany, "too many notifications on this item");
  if (at < 0) list.push(shown);
  else list[at] = shown;
  log.notificationHistory.push({ item: index, action: "replace", key: shown.key, message: shown.message });
  return ok(null);
}

function addressOf(value: unknown): string {
  if (typeof value === "string") return value;
  const r = record(value);
  const address = r.emailAddress ?? r.address;
  return typeof address === "string" ? address : "";
}

/** Office.js hands attachments to the host either as objects or as [type, name, url|itemId, …] arrays. */
function formAttachment(value: unknown): { type: string; name: string; itemId?: string; url?: string } {
  if (Array.isArray(value)) {
    const [type, name, target] = value as unknown[];
    const kind = String(type);
    return {
      type: kind,
      name: String(name),
      ...(kind === "item" ? { itemId: String(target) } : { url: String(target) }),
    };
  }
  const r = record(value);
  const type = String(r.type);
  return {
    type,
    name: String(r.name),
    ...(typeof r.itemId === "string" ? { itemId: r.itemId } : {}),
    ...(typeof r.url === "string" ? { url: r.url } : {}),
  };
}

function newMessageForm(params: Record<string, unknown>): Outcome {
  const list = (v: unknown): unknown[] => (Array.isArray(v) ? (v as unknown[]) : []);
  const attachments = list(params.attachments).map(formAttachment);
  for (const a of attachments) if (a.type === "item" && !a.itemId) violation("an item attachment needs itemId");
  log.newMessageForms.push({
    toRecipients: list(params.toRecipients).map(addressOf),
    subject: typeof params.subject === "string" ? params.subject : "",
    htmlBody: typeof params.htmlBody === "string" ? params.htmlBody : "",
    attachments,
  });
  return ok(null);
}

function saveSettings(params: unknown): Outcome {
  const serialized = record(Array.isArray(params) ? params[0] : params);
  const snapshot: Record<string, unknown> = {};
  for (const [key, text] of Object.entries(serialized)) {
    try {
      snapshot[key] = typeof text === "string" ? (JSON.parse(text) as unknown) : text;
    } catch {
      violation(`roaming setting ${key} is not JSON`);
    }
  }
  if (JSON.stringify(serialized).length > 32 * 1024) return fail(9057, "roaming settings exceed 32 KB");
  log.roamingSaved.push(snapshot);
  return ok(null);
}

function itemCall(dispid: number, item: HostItem, params: Record<string, unknown>): Outcome {
  if (dispid === 37) {
    const coercion = params.coercionType;
    if (coercion === 3)
      return ok(
        item.html !== ""
          ? item.html
          : `<html><body><div>${escapeHtml(item.text).replace(/\n/gu, "<br>")}</div></body></html>`,
      );
    if (coercion === 0) return ok(item.text);
    return fail(errorGeneric, `coercion ${String(coercion)}`);
  }
  if (dispid === 168) return ok(item.headers);
  const id = params.id;
  const found = item.attachments.find((a) => a.id === id);
  if (!found) return fail(errorInvalidAttachmentId, `no attachment ${String(id)}`);
  return ok({ format: "base64", content: found.base64 });
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/gu, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] ?? c);
}

function executeMethod(request: Request): void {
  const data = record(request._data);
  const method = record(data.MethodData);
  const dispid = Number(method.DispatchId);
  const params = data.ApiParams;
  const name = callNames[dispid];
  if (name === undefined) {
    // Office.js hands the callback a failed AsyncResult only for a reply it can read.
    log.unknownCalls.push({
      actionName: request._actionName,
      dispid,
      detail: `ExecuteMethod dispid ${String(method.DispatchId)}`,
    });
    respond(request, 0, { wasSuccessful: false, error: true, errorCode: errorNotSupported });
    return;
  }
  if (method.ControlId !== controlId) violation(`ExecuteMethod ${name} for control ${String(method.ControlId)}`);
  const index = log.selected;
  const item = currentItem();
  const itemBound = dispid !== 404 && dispid !== 178;
  const answer = (outcome: Outcome): void => {
    log.calls.push({
      name,
      item: index,
      outcome: outcome.ok ? "succeeded" : "failed",
      ...(outcome.ok ? {} : { detail: outcome.detail }),
    });
    respond(
      request,
      0,
      outcome.ok
        ? { wasSuccessful: true, data: outcome.data }
        : { wasSuccessful: false, error: true, errorCode: outcome.code },
    );
  };
  const running = (inFlight.get(index) ?? 0) + 1;
  inFlight.set(index, running);
  log.maxConcurrent = Math.max(log.maxConcurrent, running);
  const delay = item?.delayMs ?? 0;
  window.setTimeout(() => {
    inFlight.set(index, (inFlight.get(index) ?? 1) - 1);
    if (cfg.fail.includes(name) || (item?.fail ?? []).includes(name)) {
      answer(fail(errorGeneric, `${name} failed (test switch)`));
      return;
    }
    if (itemBound && !item) {
      answer(fail(errorGeneric, "no item selected"));
      return;
    }
    if (dispid === 404) answer(saveSettings(params));
    else if (dispid === 178) answer(newMessageForm(record(params)));
    else if (dispid >= 33 && dispid <= 36) answer(notificationCall(dispid, index, record(params)));
    else if (item) answer(itemCall(dispid, item, record(params)));
  }, delay);
}

/** Office.js registers for ribbon commands itself at start-up (prepareRightAfterWebExtensionInitialize). */
const appCommandEvent = "appCommandInvoked";
const appCommandDispId = 39;

function registerEvent(request: Request, register: boolean): void {
  const data = record(request._data);
  const dispid = Number(data.eventDispId);
  if (request._actionName === appCommandEvent && dispid === appCommandDispId) {
    respond(request, 0, { Error: 0 });
    return;
  }
  if (request._actionName !== itemChangedEvent || dispid !== itemChangedDispId) {
    unknown(
      request,
      `${register ? "register" : "unregister"} event ${request._actionName} (dispid ${String(data.eventDispId)})`,
    );
    return;
  }
  log.itemChangedHandlers = register ? 1 : 0;
  log.calls.push({
    name: register ? "addHandlerAsync" : "removeHandlerAsync",
    item: log.selected,
    outcome: "succeeded",
  });
  respond(request, 0, { Error: 0 });
}

function handle(request: Request): void {
  log.actions.push(request._actionName);
  if (request._conversationId !== conversationId) {
    unknown(request, `conversation ${request._conversationId}`);
    return;
  }
  if (request._actionType === actionRegisterEvent) {
    registerEvent(request, true);
    return;
  }
  if (request._actionType === actionUnregisterEvent) {
    registerEvent(request, false);
    return;
  }
  if (request._actionType !== actionInvoke) {
    unknown(request, `action type ${request._actionType}`);
    return;
  }
  switch (request._actionName) {
    case "ContextActivationManager_getAppContextAsync":
      respond(request, 0, appContext());
      return;
    case "ContextActivationManager_notifyHost":
      respond(request, 0, null);
      return;
    case "GetInitialData":
      respond(request, 0, initialData());
      log.started = true;
      return;
    case "ExecuteMethod":
      executeMethod(request);
      return;
    default:
      unknown(request, "unknown action");
  }
}

window.addEventListener("message", (event: MessageEvent) => {
  if (event.source !== frame.contentWindow) return;
  if (event.origin !== cfg.addinOrigin) {
    violation(`message from unexpected origin ${event.origin}`);
    return;
  }
  let request: Request;
  try {
    request = JSON.parse(String(event.data)) as Request;
  } catch {
    violation("a message that is not JSON");
    return;
  }
  if (request._messageType !== messageTypeRequest) return;
  handle(request);
});

/** Selects another message (or none, -1) and tells a registered pane, as Outlook does. */
function select(index: number): void {
  log.selected = index >= 0 && index < cfg.items.length ? index : -1;
  if (log.itemChangedHandlers === 0) return;
  // The event carries the new item's initial data; an empty string stands for "nothing selected".
  post({
    _messageType: messageTypeResponse,
    _actionName: itemChangedEvent,
    _conversationId: conversationId,
    _correlationId: 0,
    _errorCode: 0,
    _responseType: responseForEventing,
    _data: changedItemData(),
  });
}

window.__owaHost = { log, select };
// A test that sizes the pane sees it at the top left, as the screenshots show it.
if (cfg.paneSize) document.body.prepend(frame);
else document.body.append(frame);
