import type { FactPart, MissingPart, MissingReason } from "../model/facts";
import type { Localized, SkippedPart } from "../model/verdict";

const partNames: Record<FactPart, Localized> = {
  from: { ja: "差出人", en: "the sender (From)" },
  sender: { ja: "実際の送信者（Sender）", en: "the actual sender (Sender)" },
  subject: { ja: "件名", en: "the subject" },
  recipients: { ja: "宛先", en: "the recipients" },
  headers: {
    ja: "インターネットヘッダー（認証結果・返信先など）",
    en: "the internet headers (authentication, Reply-To and more)",
  },
  body: { ja: "本文", en: "the body" },
  attachments: { ja: "添付ファイルの一覧", en: "the list of attachments" },
  attachmentContent: { ja: "添付ファイルの中身", en: "the contents of attachments" },
  userAddress: { ja: "あなたのメールアドレス", en: "your own address" },
};

const reasonText: Record<MissingReason, Localized> = {
  unsupported: {
    ja: "このOutlookでは読み取れないため、確認できませんでした",
    en: "could not be checked: this version of Outlook does not provide it",
  },
  failed: { ja: "読み取りに失敗したため、確認できませんでした", en: "could not be checked: reading it failed" },
  tooLarge: {
    ja: "大きすぎるため、一部または全部を確認していません",
    en: "was not fully checked: it is larger than the limit",
  },
  absent: {
    ja: "メールに含まれていないため、確認できませんでした",
    en: "could not be checked: the mail does not contain it",
  },
};

export function describeMissing(missing: MissingPart): SkippedPart {
  const part = partNames[missing.part];
  const reason = reasonText[missing.reason];
  return {
    part: missing.part,
    reason: missing.reason,
    message: { ja: `${part.ja}は、${reason.ja}。`, en: `${capitalize(part.en)} ${reason.en}.` },
    ...(missing.detail !== undefined ? { detail: missing.detail } : {}),
  };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
