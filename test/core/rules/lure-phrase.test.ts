import { lurePhrase } from "../../../src/core/rules/lure-phrase";
import { ruleTable } from "../../support/rule-table";

ruleTable(lurePhrase, {
  valid: [
    { name: "ordinary notice", facts: { subject: "施設点検のお知らせ", bodyText: "来月の点検日程です。" } },
    {
      name: "a generic local part is not a name",
      facts: { subject: "info メールの設定", userAddress: "info@westa-kawagoe.jp" },
    },
    { name: "a short local part is not a name", facts: { subject: "abc", userAddress: "abc@westa-kawagoe.jp" } },
    {
      name: "a lure deep in a long body (past the first 64 KiB) is not read",
      facts: { subject: "月報", bodyText: `${"本日の報告です。".repeat(10_000)}至急` },
    },
  ],
  invalid: [
    {
      name: "a lure at the start of a long body",
      facts: { subject: "月報", bodyText: `至急 ${"本日の報告です。".repeat(100_000)}` },
      findings: [{ messageId: "lurePhrases", severity: "weak", evidence: { phrases: "「至急」" } }],
    },
    {
      name: "ご確認ください",
      facts: { subject: "ご確認ください" },
      findings: [{ messageId: "lurePhrases", severity: "weak", evidence: { phrases: "「ご確認ください」" } }],
    },
    {
      name: "several lures are one finding",
      facts: { subject: "【至急】請求書", bodyText: "コンテンツの有効化をクリックしてください。" },
      findings: [
        {
          messageId: "lurePhrases",
          severity: "weak",
          evidence: { phrases: "「請求書」「至急」「コンテンツの有効化」" },
        },
      ],
    },
    {
      name: "English, any case",
      facts: { subject: "URGENT: Invoice attached", bodyText: "Please Enable Content." },
      findings: [
        {
          messageId: "lurePhrases",
          severity: "weak",
          evidence: { phrases: "「invoice」「urgent」「enable content」" },
        },
      ],
    },
    {
      name: "recipient's name in the subject (spacing differs)",
      facts: { subject: "Re: 川越花子様 打合せの件", userName: "川越 花子" },
      findings: [{ messageId: "recipientNameInSubject", severity: "weak", evidence: { name: "川越花子" } }],
    },
    {
      name: "recipient's address local part in the subject",
      facts: { subject: "h.kawagoe 様", userAddress: "h.kawagoe@westa-kawagoe.jp" },
      findings: [{ messageId: "recipientNameInSubject", severity: "weak", evidence: { name: "hkawagoe" } }],
    },
  ],
});
