import { defineRule } from "./rule";

type Id = "drill";

export const drillMail = defineRule<Id>({
  meta: {
    id: "drill-mail",
    category: "policy",
    defaultSeverity: "info",
    senderSignal: false,
    description: {
      ja: "管理者が設定した訓練用ヘッダーがあれば、訓練メールであることを示します。",
      en: "Shows that the mail is a training mail when the administrator's drill header is present.",
    },
  },
  messages: {
    drill: {
      ja: "これは訓練メールです（ヘッダー {header}: {value}）。確認していただきありがとうございます。",
      en: "This is a training mail (header {header}: {value}). Thank you for checking it.",
    },
  },
  check: ({ derived, policy }) => {
    // With "after-report" nothing may give the drill away before the report: no finding at all.
    if (!derived.drill || policy.drill?.reveal !== "immediately") return [];
    return [{ messageId: "drill", evidence: { header: policy.drill.header, value: policy.drill.value } }];
  },
});
