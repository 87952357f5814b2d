import type { Language, Verdict } from "../core/model/verdict";
import { callOffice, describeFailure } from "./async";
import { officeValues, type ItemPort } from "./ports";
import { errorText } from "../core/text/error-text";

/** One stable key, so a re-check replaces our bar instead of stacking a second one (limit: 5 per item). */
export const notificationKey = "senderGuardVerdict";

/** Outlook rejects longer messages with an exception. */
export const maxNotificationChars = 150;

/** The manifests' 16×16 icon resid (bt:Image id); InformationalMessage requires one. */
export const notificationIconResid = "Icon.16";

export type NotifyStatus =
  | { readonly status: "shown"; readonly kind: "error" | "informational" }
  | { readonly status: "removed" }
  | { readonly status: "noItem" }
  | { readonly status: "unsupported" }
  | { readonly status: "failed"; readonly detail: string };

/** The bar does not say which add-in wrote it; the product name does. */
const prefix = "Sender Guard: ";

/**
 * Cuts text to `max` UTF-16 code units (what Outlook counts) without splitting a surrogate pair,
 * ending with "…" when cut.
 */
export function clampNotification(text: string, max = maxNotificationChars): string {
  if (text.length <= max) return text;
  let out = "";
  for (const char of text) {
    if (out.length + char.length > max - 1) break;
    out += char;
  }
  return `${out}…`;
}

/** The bar text for a verdict: product name plus the headline in the user's language. */
export function notificationText(verdict: Verdict, language: Language): string {
  return clampNotification(`${prefix}${verdict.headline[language]}`);
}

/**
 * Danger: a red ErrorMessage. Caution: an InformationalMessage with our icon that goes away when
 * the user moves on. Safe, unknown and no verdict: our bar is removed (a stale red bar on a mail
 * that is now judged differently would be worse than none). Never throws.
 */
export async function notifyVerdict(
  item: ItemPort | null | undefined,
  verdict: Verdict | null,
  language: Language,
  timeoutMs?: number,
): Promise<NotifyStatus> {
  if (!item) return { status: "noItem" };
  let messages: ItemPort["notificationMessages"];
  try {
    messages = item.notificationMessages;
  } catch (error) {
    return { status: "failed", detail: errorText(error) };
  }
  if (!messages) return { status: "unsupported" };
  const target = messages;
  const options = { timeoutMs };

  if (verdict === null || verdict.level === "safe" || verdict.level === "unknown") {
    const outcome = await callOffice<unknown>((done) => {
      target.removeAsync(notificationKey, done);
    }, options);
    return outcome.ok ? { status: "removed" } : { status: "failed", detail: describeFailure(outcome.error) };
  }

  const message = notificationText(verdict, language);
  const details: Office.NotificationMessageDetails =
    verdict.level === "danger"
      ? { type: officeValues.errorMessage, message }
      : { type: officeValues.informationalMessage, message, icon: notificationIconResid, persistent: false };
  const outcome = await callOffice<unknown>((done) => {
    target.replaceAsync(notificationKey, details, done);
  }, options);
  if (!outcome.ok) return { status: "failed", detail: describeFailure(outcome.error) };
  return { status: "shown", kind: verdict.level === "danger" ? "error" : "informational" };
}
