import { defineRule } from "./rule";

type Id = "trustedByPolicy";

export const trustedSender = defineRule<Id>({
  meta: {
    id: "trusted-sender",
    category: "policy",
    defaultSeverity: "info",
    senderSignal: false,
    description: {
      ja: "組織のポリシーで信頼済みの送信元かどうかを示します（送信元認証に失敗したメールは信頼しません）。",
      en: "Shows when the organisation's policy trusts the sender (never when sender authentication failed).",
    },
  },
  messages: {
    trustedByPolicy: {
      ja: "{reasonJa}",
      en: "{reasonEn}",
    },
  },
  check: ({ derived }) => {
    const reason = derived.trustedReason;
    if (!reason) return [];
    return [
      {
        messageId: "trustedByPolicy",
        evidence: { domain: derived.fromDomain, reasonJa: reason.ja, reasonEn: reason.en },
      },
    ];
  },
});
