import type { Localized } from "../../src/core/model/verdict";

/**
 * The built-in sample messages: the synthetic fixtures written from the facility's published
 * description (dev/samples), never real mail. webpack copies each file next to the
 * playground (`new URL(…, import.meta.url)`), so the pane receives the exact bytes; the pane
 * decides every verdict itself — nothing here states one.
 */
export type Sample = {
  readonly id: string;
  readonly url: string;
  readonly title: Localized;
  /** What the sample is there to show. */
  readonly note: Localized;
};

export const samples: readonly Sample[] = [
  {
    id: "facility-name-emotet",
    url: new URL("../samples/facility-name-emotet.eml", import.meta.url).href,
    title: { ja: "施設名を名乗る Emotet メール", en: "Emotet mail in the facility's name" },
    note: {
      ja: "2022年の施設のお知らせにある手口:施設名の表示名、無関係なアドレス、「Re: ご確認ください」、パスワード付き zip。",
      en: 'The pattern in the facility\'s 2022 notice: its name as display name, an unrelated address, "Re:" subject, a password zip.',
    },
  },
  {
    id: "genuine-facility",
    url: new URL("../samples/genuine-facility.eml", import.meta.url).href,
    title: { ja: "施設からの本物のメール", en: "Genuine mail from the facility" },
    note: {
      ja: "同じ表示名でも、送信元が westa-kawagoe.jp なら警告しません。",
      en: "Same display name, but sent from westa-kawagoe.jp: no warning.",
    },
  },
  {
    id: "staff-name-freemail",
    url: new URL("../samples/staff-name-freemail.eml", import.meta.url).href,
    title: { ja: "職員名をかたるフリーメール", en: "A staff member's name from free mail" },
    note: {
      ja: "ポリシーに登録された職員名が、施設外のアドレスから届いた例。マクロ付き Excel 添付。",
      en: "A staff name from the policy, sent from an outside address, with a macro-enabled Excel file.",
    },
  },
  {
    id: "lookalike-domain",
    url: new URL("../samples/lookalike-domain.eml", import.meta.url).href,
    title: { ja: "よく似たドメイン", en: "Lookalike domain" },
    note: {
      ja: "westa-kawag0e.jp(o の代わりに数字の 0)。違う文字を示します。",
      en: "westa-kawag0e.jp (a zero for the o); the pane shows the differing character.",
    },
  },
  {
    id: "halfwidth-kana-org-name",
    url: new URL("../samples/halfwidth-kana-org-name.eml", import.meta.url).href,
    title: { ja: "半角カナの施設名", en: "Facility name in half-width kana" },
    note: {
      ja: "ｳｪｽﾀ川越 のような表記ゆれも正規化して照合します。",
      en: "Width variants such as ｳｪｽﾀ川越 are normalised before matching.",
    },
  },
  {
    id: "encoded-word-address-trick",
    url: new URL("../samples/encoded-word-address-trick.eml", import.meta.url).href,
    title: { ja: "表示名に施設のアドレスを埋め込んだメール", en: "The facility's address hidden in the display name" },
    note: {
      ja: "表示名に info@westa-kawagoe.jp と書き、実際のアドレスは別物。",
      en: "The display name says info@westa-kawagoe.jp; the real address is another.",
    },
  },
  {
    id: "password-zip-unknown-sender",
    url: new URL("../samples/password-zip-unknown-sender.eml", import.meta.url).href,
    title: { ja: "パスワード付き zip(PPAP)", en: "Password-protected zip (PPAP)" },
    note: {
      ja: "中身を確認できないので、電話などで送信者に確認するよう案内します。",
      en: "The contents cannot be checked, so the pane asks you to confirm with the sender by phone.",
    },
  },
  {
    id: "kato-not-staff",
    url: new URL("../samples/kato-not-staff.eml", import.meta.url).href,
    title: { ja: "ニアミス:職員ではない「加藤 一郎」", en: "Near miss: 加藤 一郎 is not staff" },
    note: {
      ja: "職員「佐藤 一郎」と一文字違いですが別人です。編集距離では判定しません。",
      en: "One character from the staff member 佐藤 一郎, but a different person: no edit distance.",
    },
  },
  {
    id: "plain-external-re",
    url: new URL("../samples/plain-external-re.eml", import.meta.url).href,
    title: { ja: "ニアミス:外部からの普通の Re:", en: 'Near miss: a plain outside "Re:"' },
    note: { ja: "Re: だけでは警告しません(誤警告を減らすため)。", en: '"Re:" alone is not a warning (low noise).' },
  },
  {
    id: "partner-reply",
    url: new URL("../samples/partner-reply.eml", import.meta.url).href,
    title: { ja: "ニアミス:取引先(川越市)からの返信", en: "Near miss: a reply from the partner (the city)" },
    note: {
      ja: "ポリシーの取引先ドメインからの、スレッド内の本物の返信。",
      en: "A genuine reply in a thread, from a partner domain in the policy.",
    },
  },
  {
    id: "trusted-booking-system",
    url: new URL("../samples/trusted-booking-system.eml", import.meta.url).href,
    title: { ja: "ニアミス:信頼済みの予約システム", en: "Near miss: the trusted booking system" },
    note: {
      ja: "施設名で送ってくる外部サービスを、ポリシーで理由付きで信頼済みにした例。",
      en: "An outside service sending in the facility's name, trusted by the policy with a reason.",
    },
  },
  {
    id: "drill",
    url: new URL("../samples/drill.eml", import.meta.url).href,
    title: { ja: "訓練メール", en: "Phishing drill" },
    note: {
      ja: "ポリシーの訓練ヘッダー付き:警報ではなく「訓練です」と伝えます。",
      en: "Carries the policy's drill header: a lesson, not an alarm.",
    },
  },
  {
    id: "missing-from",
    url: new URL("../samples/missing-from.eml", import.meta.url).href,
    title: { ja: "差出人のないメール", en: "A mail with no From" },
    note: {
      ja: "読めない情報があるときは「確認できません」。安全とは言いません。",
      en: 'When something cannot be read the pane says "could not verify", never safe.',
    },
  },
];
