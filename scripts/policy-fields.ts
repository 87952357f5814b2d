/**
 * What each policy field means, with an example: written into policy/policy.schema.json by
 * scripts/gen-policy-schema.ts (editors show it on hover) and checked against docs/policy.md by
 * test/policy-schema.test.ts, so the schema, the docs and the validator list the same fields.
 * Kept out of src/core so the add-in's bundles do not carry it.
 */
export type FieldDoc = { readonly description: string; readonly examples?: readonly unknown[] };

export const policyFields: Readonly<Record<string, FieldDoc>> = {
  $schema: {
    description: "Where editors find this schema / エディターがこのスキーマを見つける場所。",
    examples: ["./policy.schema.json"],
  },
  version: { description: "Format version; 1 when left out / 書式のバージョン。省略時は 1。", examples: [1] },
  organization: {
    description: "The organisation as staff know it: the only required field / 組織(唯一の必須項目)。",
    examples: [{ names: ["みなと市立図書館", "Minato City Library"], domains: ["minato-lib.example"] }],
  },
  "organization.names": {
    description:
      "Names a mail may use to pose as the organisation, in every spelling staff see / 組織名(漢字・かな・ローマ字など)。",
    examples: [["みなと市立図書館", "みなと図書館", "Minato City Library"]],
  },
  "organization.domains": {
    description: "The organisation's own mail domains; also protected against lookalikes / 組織のメールドメイン。",
    examples: [["minato-lib.example"]],
  },
  staff: {
    description: "Staff whose names outside mail may borrow / 名前を騙られうる職員。",
    examples: [[{ name: "港 花子", aliases: ["Hanako Minato", "みなと はなこ"] }]],
  },
  "staff[].name": { description: "The name as written in the organisation / 職員名。", examples: ["港 花子"] },
  "staff[].aliases": {
    description: "Other spellings: romaji, kana, given name first / 別の表記。",
    examples: [["Hanako Minato", "みなと はなこ"]],
  },
  partners: {
    description: "Organisations staff hear from; their names from other domains are flagged / 取引先。",
    examples: [[{ name: "みなと市", domains: ["city.minato.example"] }]],
  },
  "partners[].name": { description: "The partner's name / 取引先名。", examples: ["みなと市"] },
  "partners[].domains": {
    description: "The partner's genuine mail domains / 取引先の正しいドメイン。",
    examples: [["city.minato.example"]],
  },
  brands: {
    description: "Services to add to the built-in list of commonly impersonated brands / 追加するブランド。",
    examples: [[{ name: "Example Bank", aliases: ["エグザンプル銀行"], domains: ["bank.example"] }]],
  },
  "brands[].name": { description: "The service's name / サービス名。", examples: ["Example Bank"] },
  "brands[].aliases": { description: "Other names of the service / 別名。", examples: [["エグザンプル銀行"]] },
  "brands[].domains": { description: "The service's genuine domains / 正しいドメイン。", examples: [["bank.example"]] },
  disableBuiltInBrands: {
    description: "true: use only the policy's brands / true で組み込みのブランド一覧を使わない。",
    examples: [false],
  },
  trustedSenders: {
    description: "Senders the pane marks as trusted, with the reason shown / 信頼する送信元と理由。",
    examples: [[{ domain: "booking.example", reason: "施設予約システムからの自動送信です。" }]],
  },
  "trustedSenders[].domain": {
    description: "A trusted domain (give this or address) / 信頼するドメイン。",
    examples: ["booking.example"],
  },
  "trustedSenders[].address": {
    description: "A trusted address (give this or domain) / 信頼するアドレス。",
    examples: ["news@mail.example"],
  },
  "trustedSenders[].reason": {
    description: "Why it is trusted, shown to staff: a text or {ja, en} / 理由(文字列または {ja, en})。",
    examples: ["施設予約システムからの自動送信です。", { ja: "予約システムです。", en: "The booking system." }],
  },
  reportMailbox: {
    description:
      'Where "Report to the admin" sends; must be in the staff\'s own domain, else no report is offered / 報告先。',
    examples: ["security@minato-lib.example"],
  },
  drill: {
    description: "The header the organisation's phishing drills carry / 訓練メールのヘッダー。",
    examples: [{ header: "X-Minato-Drill", value: "training-2026" }],
  },
  "drill.header": { description: "Header name / ヘッダー名。", examples: ["X-Minato-Drill"] },
  "drill.reveal": {
    description:
      "When a drill says it is one: after the user reports it (default; the drill is judged like any mail) or immediately / 訓練と明かす時: 報告後（既定）か、開いたときすぐ。",
    examples: ["after-report"],
  },
  "drill.from": {
    description:
      "Outside address drill mails are sent from (sender-guard drill make) / 訓練メールの送信元（組織の外のアドレス）。",
    examples: ["drill@training.example"],
  },
  "drill.trainingUrl": {
    description: "The training page drill mails link to (https) / 訓練メールからリンクする学習ページ。",
    examples: ["https://addin.minato-lib.example/training.html"],
  },
  "drill.value": { description: "Header value that marks a drill / 訓練を示す値。", examples: ["training-2026"] },
  transportHeader: {
    description:
      "Header the transport rule stamps and the launch event listens for / トランスポートルールが付けるヘッダー。",
    examples: ["X-Sender-Guard-Suspect"],
  },
  steps: {
    description:
      "What staff should do; a missing list falls back to built-in steps that name no organisation / 対処手順。",
    examples: [
      {
        received: ["添付ファイルやURLは開かないでください。"],
        opened: ["LANケーブルを抜き、管理者に連絡してください。"],
      },
    ],
  },
  "steps.danger": {
    description: "Steps for a dangerous mail (do not open, delete): texts or {ja, en} / 危険と判定したとき。",
    examples: [["添付ファイルやURLは開かず、メールごと削除してください。"]],
  },
  "steps.caution": {
    description: "Steps for a mail to confirm first (ask the sender by phone) / 注意と判定したとき。",
    examples: [["開く前に、送信者に電話で確認してください。"]],
  },
  "steps.unknown": {
    description: "Steps when the mail could not be checked / 確認できなかったとき。",
    examples: [["心当たりがなければ添付ファイルやURLは開かないでください。"]],
  },
  "steps.received": {
    description: "Older name for steps.danger, read when steps.danger is absent / steps.danger の旧名。",
    examples: [["添付ファイルやURLは開かないでください。"]],
  },
  "steps.opened": {
    description: "Steps after opening an attachment / 添付を開いてしまったとき。",
    examples: [["LANケーブルを抜き、管理者に連絡してください。"]],
  },
  links: {
    description: "Further reading shown after opening an attachment (https only) / 参考リンク。",
    examples: [[{ label: "IPA 情報セキュリティ", url: "https://www.ipa.go.jp/security/" }]],
  },
  "links[].label": {
    description: "Link text: a text or {ja, en} / リンクの表示名。",
    examples: ["IPA 情報セキュリティ"],
  },
  "links[].url": { description: "https:// address / リンク先。", examples: ["https://www.ipa.go.jp/security/"] },
  limits: { description: "How much of a mail is examined / 確認する量の上限。", examples: [{ maxBodyChars: 2000000 }] },
  "limits.maxBodyChars": {
    description: "Body characters examined (at least 1000) / 本文の文字数。",
    examples: [2000000],
  },
  "limits.maxAttachmentBytes": {
    description: "Attachment bytes opened for zip contents (at least 1000) / 添付のバイト数。",
    examples: [10000000],
  },
  "limits.paddedEntryBytes": {
    description: "A zip entry claiming more than this is padded (at least 1000) / 水増しとみなすサイズ。",
    examples: [100000000],
  },
};
