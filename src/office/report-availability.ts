import type { Language } from "../core/model/verdict";
import { supports, type MailboxPort, type RequirementsPort } from "./ports";

/**
 * Whether "Report to the admin" can open a message, asked on every verdict. Kept apart from
 * report.ts, which builds and opens the report and is loaded only when the user reports.
 */

export type ReportAvailabilityDeps = {
  readonly mailbox: MailboxPort;
  readonly requirements: RequirementsPort;
  readonly language: Language;
};

export const reportUnavailableTexts = {
  api: {
    ja: "このOutlookでは報告用の新規メッセージを作れません(Mailbox 1.9 が必要です)。メールを管理者へ転送してください。",
    en: "This version of Outlook cannot open the report message (Mailbox 1.9 is needed). Please forward the mail to your administrator.",
  },
  noItem: { ja: "報告するメールが選択されていません。", en: "No mail is selected to report." },
  noItemId: {
    ja: "このメールは添付して報告できません。メールを管理者へ転送してください。",
    en: "This mail cannot be attached to a report. Please forward it to your administrator.",
  },
} as const satisfies Record<string, Record<Language, string>>;

/** null when a report can be opened, else why not, in the user's language. */
export function reportUnavailableReason(deps: ReportAvailabilityDeps): string | null {
  if (!supports(deps.requirements, "1.9") || typeof deps.mailbox.displayNewMessageFormAsync !== "function")
    return reportUnavailableTexts.api[deps.language];
  const item = safeItem(deps.mailbox);
  if (!item) return reportUnavailableTexts.noItem[deps.language];
  if (typeof item.itemId !== "string" || item.itemId === "") return reportUnavailableTexts.noItemId[deps.language];
  return null;
}

export function safeItem(mailbox: MailboxPort): NonNullable<MailboxPort["item"]> | undefined {
  try {
    return mailbox.item ?? undefined;
  } catch {
    return undefined;
  }
}
