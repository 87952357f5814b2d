import type { Localized } from "../model/verdict";
import type { Policy } from "./schema";

/**
 * Built-in steps for a policy that leaves a level out. They name no part of the pane other than
 * the report button, which every level shows, so they never point at something that is not there.
 */
export const builtInSteps: Readonly<Record<"danger" | "caution" | "unknown" | "opened", readonly Localized[]>> = {
  danger: [
    {
      ja: "添付ファイルは開かず、本文中のURLにもアクセスしないでください。",
      en: "Do not open the attachments or any link in the mail.",
    },
    {
      ja: "メールごと削除してください。本文を読んだだけでは感染しません。",
      en: "Delete the whole mail. Reading the body alone does not infect your computer.",
    },
    {
      ja: "判断に迷う場合は、「管理者に報告」で管理者に知らせてください。",
      en: "If you are unsure, tell the administrator with “Report to the admin”.",
    },
  ],
  caution: [
    {
      ja: "添付ファイルやURLを開く前に、送信者に電話など別の手段で、本当に送ったかを確認してください。",
      en: "Before opening an attachment or a link, ask the sender by phone or another channel whether they really sent it.",
    },
    {
      ja: "確認には、このメールに書かれた電話番号やアドレスではなく、以前から知っている連絡先を使ってください。",
      en: "Use contact details you already know, not the phone number or address in this mail.",
    },
    {
      ja: "確認が取れない場合は開かずに、「管理者に報告」で管理者に知らせてください。",
      en: "If you cannot confirm it, do not open anything; tell the administrator with “Report to the admin”.",
    },
  ],
  unknown: [
    {
      ja: "心当たりのないメールであれば、添付ファイルやURLは開かないでください。",
      en: "If you are not expecting this mail, do not open its attachments or links.",
    },
    {
      ja: "相手に確かめるときは、このメールへの返信ではなく、電話など別の手段を使ってください。",
      en: "To check with the sender, use the phone or another channel, not a reply to this mail.",
    },
    {
      ja: "判断に迷う場合は、「管理者に報告」で管理者に知らせてください。",
      en: "If you are unsure, tell the administrator with “Report to the admin”.",
    },
  ],
  // The incident checklist keeps the order of an incident notice (cut the network, scan, tell the
  // administrator), and the administrator is told by phone or in person: a computer cut off the
  // network cannot send mail.
  opened: [
    {
      ja: "WiFiを切る、LANケーブルを抜くなどして、パソコンをネットワークから遮断してください。",
      en: "Cut the computer off the network: turn Wi-Fi off and unplug the LAN cable.",
    },
    {
      ja: "ウイルス対策ソフトでウイルススキャンを実行してください。",
      en: "Run a full scan with your antivirus software.",
    },
    {
      ja: "すぐに管理者へ電話か直接会って知らせてください（開いたこと、日時、メールの件名）。",
      en: "Tell the administrator at once, by phone or in person (that you opened it, when, and the subject).",
    },
  ],
};

/** The policy's steps for a level (or for after opening an attachment), or the built-in ones. */
export function stepsFor(policy: Policy, level: "danger" | "caution" | "unknown" | "opened"): readonly Localized[] {
  const steps = policy.steps;
  if (level === "danger") return steps.danger ?? steps.received ?? builtInSteps.danger;
  return steps[level] ?? builtInSteps[level];
}
