import { mailboxOf, type CallName, type StandinConfig, type StandinItem } from "../../../dev/standin-office/config";
import { emlBytes, parseStandinMessage, type StandinMessage } from "../../../dev/standin-office/message";
import type { HostConfig, HostItem } from "./config";

/**
 * Turns a test's mailbox (the same StandinConfig the stand-in reads) into what the emulated
 * Outlook-on-the-web host serves. The .eml is parsed in Node with postal-mime; the item is
 * written in the shape Outlook on the web's GetInitialData uses (see office-js's
 * outlook-web-16.01.debug.js: itemType 1 = message read, permissionLevel 1 = ReadItem, people as
 * {name, address, recipientType}, attachmentType 0 file / 1 item).
 */

const recipientTypeOther = 0;

function person(details: Office.EmailAddressDetails | undefined): Record<string, unknown> | undefined {
  if (details === undefined) return undefined;
  return { name: details.displayName, address: details.emailAddress, recipientType: recipientTypeOther };
}

function initialData(message: StandinMessage, config: StandinConfig): Record<string, unknown> {
  const { user } = mailboxOf(config);
  const from = person(message.from);
  const sender = person(message.sender);
  return {
    itemType: 1,
    permissionLevel: 1,
    id: message.itemId,
    itemClass: "IPM.Note",
    internetMessageId: message.internetMessageId,
    subject: message.subject,
    normalizedSubject: message.subject.replace(/^\s*((re|fw|fwd)\s*:\s*)+/iu, ""),
    ...(from ? { from } : {}),
    ...(sender ? { sender } : {}),
    to: message.to.map(person),
    cc: message.cc.map(person),
    dateTimeCreated: message.dateTimeCreated.getTime(),
    dateTimeModified: message.dateTimeCreated.getTime(),
    attachments: message.attachments.map((a) => ({
      id: a.details.id,
      name: a.details.name,
      size: a.details.size,
      attachmentType: a.details.attachmentType === "item" ? 1 : 0,
      isInline: a.details.isInline,
    })),
    conversationId: `conv-${message.itemId}`,
    userDisplayName: user.displayName,
    userEmailAddress: user.emailAddress,
    userTimeZone: "Tokyo Standard Time",
    userProfileType: "enterprise",
    hostVersion: "16.0.0.0",
    owaView: "ThreeColumns",
    isRead: true,
  };
}

function failedCalls(fail: StandinItem["fail"]): CallName[] {
  const out: CallName[] = [];
  for (const [name, mode] of Object.entries(fail ?? {})) {
    // A host can only answer with a failure; an Office.js method that throws is the stand-in's job.
    if (mode === "throw")
      throw new Error(
        `the Outlook-on-the-web host cannot make ${name} throw inside Office.js; use the stand-in for that case`,
      );
    out.push(name as CallName);
  }
  return out;
}

async function hostItem(item: StandinItem, index: number, config: StandinConfig): Promise<HostItem> {
  const message = await parseStandinMessage(emlBytes(item), index);
  return {
    initialData: initialData(message, config),
    headers: item.headerBlock ?? message.headerBlock,
    html: message.html,
    text: message.text,
    attachments: message.attachments.map((a) => ({ id: a.details.id, base64: a.base64 })),
    ...(item.delayMs !== undefined ? { delayMs: item.delayMs } : {}),
    fail: failedCalls(item.fail),
    ...(item.notifications ? { notifications: item.notifications } : {}),
  };
}

/** Roaming settings the way Outlook hands them to Office.js: each value as JSON text. */
function settingsOf(roaming: StandinConfig["roaming"]): Record<string, string> {
  return Object.fromEntries(Object.entries(roaming ?? {}).map(([key, value]) => [key, JSON.stringify(value)]));
}

export async function hostConfigOf(
  config: StandinConfig,
  pane: { readonly url: string; readonly origin: string },
): Promise<HostConfig> {
  if (config.mobile === true)
    throw new Error("Outlook on the web is not a phone: a phone-like mailbox (mobile: true) runs on the stand-in");
  if (config.theme === "dark")
    throw new Error(
      "Office.js in Outlook on the web reports no officeTheme, so a dark theme cannot be shown through it; use the stand-in",
    );
  if (config.hostedFiles !== undefined)
    throw new Error(
      "hostedFiles is a playground switch of the stand-in; the Outlook-on-the-web host serves dist/ itself",
    );
  const items = await Promise.all(config.items.map((item, index) => hostItem(item, index, config)));
  const { selected, apiLevel, displayLanguage, user } = mailboxOf(config);
  return {
    items,
    selected: selected >= 0 && selected < items.length ? selected : -1,
    mailboxVersion: apiLevel,
    displayLanguage,
    user,
    settings: settingsOf(config.roaming),
    fail: failedCalls(config.fail),
    paneUrl: pane.url,
    addinOrigin: pane.origin,
  };
}
