import type { Language, Verdict } from "../core/model/verdict";
import { policyFit, type ReportTarget } from "../core/policy/fit";
import type { Policy } from "../core/policy/schema";
import type { ReportOutcome } from "../pane-port/pane-port";
import { drillSubjectTag } from "../core/drill/drill-id";
import { callOffice, describeFailure } from "./async";
import { officeValues, type MailboxPort } from "./ports";
import {
  reportUnavailableReason,
  reportUnavailableTexts,
  safeItem,
  type ReportAvailabilityDeps,
} from "./report-availability";

export { reportUnavailableReason } from "./report-availability";

/**
 * "Report to the admin": a NEW message to the policy's report mailbox with the suspicious mail
 * attached as an item. The user reviews it and presses Send. It is never a reply: replying
 * would write to the attacker.
 */

export type ReportDeps = ReportAvailabilityDeps & { readonly timeoutMs?: number };

const levelLabel: Record<Verdict["level"], Record<Language, string>> = {
  danger: { ja: "危険", en: "danger" },
  caution: { ja: "注意", en: "caution" },
  safe: { ja: "兆候なし", en: "no signs found" },
  unknown: { ja: "確認しきれず", en: "could not verify" },
};

const subjectPrefix: Record<Language, string> = { ja: "[不審メール報告]", en: "[Suspicious mail report]" };

/** Escapes the five HTML-significant characters; the report body is built only from escaped text. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (ch) => {
    switch (ch) {
      case "&":
        return "&amp;";
      case "<":
        return "&lt;";
      case ">":
        return "&gt;";
      case '"':
        return "&quot;";
      default:
        return "&#39;";
    }
  });
}

/** Plain lines of the report; each becomes one escaped paragraph. */
export function reportLines(verdict: Verdict, subject: string, language: Language): string[] {
  const ja = language === "ja";
  const lines = [
    ja
      ? "Sender Guard で不審と判定されたメールを報告します。元のメールを添付しています。"
      : "Reporting a mail that Sender Guard judged suspicious. The original mail is attached.",
    `${ja ? "件名" : "Subject"}: ${subject}`,
    `${ja ? "表示名" : "Display name"}: ${verdict.sender.displayName}`,
    `${ja ? "送信元アドレス" : "Sender address"}: ${verdict.sender.address}`,
    `${ja ? "判定" : "Verdict"}: ${levelLabel[verdict.level][language]} — ${verdict.headline[language]}`,
  ];
  for (const finding of verdict.findings) lines.push(`・${finding.message[language]}`);
  return lines;
}

/** With a drill id the subject carries `[drill:<id>]`, which `sender-guard drill tally` counts. */
export function reportSubject(subject: string, language: Language, drillId?: string): string {
  const trimmed = subject.trim();
  const prefix =
    drillId === undefined ? subjectPrefix[language] : `${subjectPrefix[language]} ${drillSubjectTag(drillId)}`;
  return trimmed === "" ? prefix : `${prefix} ${trimmed}`;
}

export async function openReportForm(deps: ReportDeps, verdict: Verdict, policy: Policy): Promise<ReportOutcome> {
  const target = policyFit(policy, safeUserAddress(deps.mailbox)).report;
  // The pane offers no report then; this refuses too, so no caller can send a report elsewhere.
  if (!target.ok) return { status: "unsupported", reason: reportRefused[target.reason][deps.language] };
  const reason = reportUnavailableReason(deps);
  const open = deps.mailbox.displayNewMessageFormAsync;
  const item = safeItem(deps.mailbox);
  if (reason !== null || typeof open !== "function" || !item || typeof item.itemId !== "string") {
    return { status: "unsupported", reason: reason ?? reportUnavailableTexts.api[deps.language] };
  }
  const originalSubject = readSubject(item);
  const form: Office.MessageForm = {
    toRecipients: [target.mailbox],
    subject: reportSubject(originalSubject, deps.language, verdict.drill === true ? verdict.drillId : undefined),
    htmlBody: reportLines(verdict, originalSubject, deps.language)
      .map((line) => `<p>${escapeHtml(line)}</p>`)
      .join(""),
    attachments: [{ type: officeValues.attachmentItem, itemId: item.itemId, name: attachmentName(originalSubject) }],
  };
  const outcome = await callOffice<unknown>(
    (done) => {
      open.call(deps.mailbox, form, done);
    },
    { timeoutMs: deps.timeoutMs },
  );
  if (outcome.ok) return { status: "opened" };
  const failed = deps.language === "ja" ? "報告用メッセージを開けませんでした" : "Could not open the report message";
  return { status: "failed", reason: `${failed} (${describeFailure(outcome.error)})` };
}

const reportRefused: Record<Exclude<ReportTarget, { ok: true }>["reason"], Record<Language, string>> = {
  noMailbox: { ja: "ポリシーに報告先が設定されていません", en: "the policy names no report mailbox" },
  otherOrganisation: {
    ja: "報告先があなたの組織の外にあります",
    en: "the report mailbox is outside your organisation",
  },
  unknownUser: {
    ja: "あなたのメールアドレスを確認できませんでした",
    en: "Outlook did not give your address, so the report mailbox could not be checked",
  },
};

function safeUserAddress(mailbox: MailboxPort): string | undefined {
  try {
    return mailbox.userProfile?.emailAddress;
  } catch {
    return undefined;
  }
}

function readSubject(item: NonNullable<MailboxPort["item"]>): string {
  try {
    return typeof item.subject === "string" ? item.subject : "";
  } catch {
    return "";
  }
}

/** The attachment's display name: the subject, shortened; Outlook shows it on the report. */
function attachmentName(subject: string): string {
  const chars = Array.from(subject.trim());
  return chars.length === 0 ? "message" : chars.slice(0, 80).join("");
}
