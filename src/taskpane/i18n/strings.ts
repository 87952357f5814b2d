import type { Language, Level, Localized, Severity } from "../../core";

/** Every text the pane itself writes; the verdict's texts come from the core already localised. */
const en = {
  paneLabel: "Sender check",
  listSeparator: ", ",
  loading: "Checking this mail…",
  noItem: "No mail is selected. Select a mail and its sender will be checked.",
  readFailedHeadline: "Could not read this mail. Check the real sender address yourself.",
  readFailedDetail: (detail: string) => `Technical detail: ${detail}`,
  labelSeparator: ": ",
  parenthesised: (text: string) => ` (${text})`,
  parenOpen: " (",
  parenClose: ")",
  detailsFailed: "The reasons and the next steps could not be loaded. Close and reopen the pane to see them.",
  outsideTitle: "Open this in Outlook",
  outsideBody:
    "This page is the Sender Guard task pane. Open a mail in Outlook and select “Check sender” on the ribbon; the pane then shows whether the sender is who the display name claims.",
  officeDidNotStartTitle: "Sender Guard could not start in this Outlook",
  officeDidNotStartBody:
    "Outlook did not finish loading the Office add-in library (Office.js), so this mail has not been checked. Check the real sender address yourself before you open links or attachments.",
  officeDidNotStartTryHeading: "What to try",
  officeDidNotStartTry: [
    "Close this pane and open it again with “Check sender”.",
    "Reload Outlook (in a browser: reload the page), then open the mail again.",
  ],
  officeDidNotStartAdminHeading: "If it keeps happening, tell your administrator",
  officeDidNotStartAdmin:
    "“Sender Guard could not start: Office.js did not load. Check that appsforoffice.microsoft.com and ajax.aspnetcdn.com are reachable from this computer (proxy, firewall, filtering).”",
  officeMissingDetail: "office.js did not load",
  officeTimedOutDetail: "Office.onReady did not fire within 10 seconds",
  startFailedTitle: "Sender Guard could not start",
  startFailedBody:
    "The sender of this mail has not been checked. Check the real sender address yourself, and tell your administrator if this keeps happening.",
  senderHeading: "Who sent it",
  displayNameLabel: "Display name",
  addressLabel: "Real address",
  none: "(none)",
  unreadable: "(could not be read)",
  genuineFor: (name: string) => `Genuine sender of “${name}”:`,
  findingsHeading: "Why",
  noFindings: "No warning signs were found.",
  /** What to do now, in one line under the banner. */
  nowLine: {
    danger: "Do not open its attachments or links. Delete the whole mail.",
    caution: "Before opening any attachment or link, confirm with the sender by phone or another channel.",
    unknown: "Check yourself that the real address is the right one for this sender.",
    unknownNoAddress:
      "The sender could not be read. Unless you expected this mail, do not open its attachments or links.",
    safe: "If you did not expect an attachment or a link, ask the sender before opening it.",
  },
  subjectTitle: {
    sender: "The sender",
    links: "Links in the mail",
    content: "Subject and text",
    attachment: (file: string) => `Attachment “${file}”`,
  },
  detailsSummary: "Details",
  termsHeading: "Terms used here",
  severity: { strong: "Strong sign", medium: "Warning sign", weak: "Weak sign", info: "Note" } satisfies Record<
    Severity,
    string
  >,
  /**
   * Evidence keys worth showing, with their labels. Other keys (message fragments such as kindJa,
   * internal ones such as where) are already part of the finding's sentence and are not repeated.
   */
  evidenceKeys: {
    displayName: "Display name",
    address: "Address",
    from: "From",
    sender: "Sender",
    domain: "Domain",
    fromDomain: "From domain",
    host: "Host",
    genuineDomain: "Genuine domain",
    file: "File",
    shownAs: "Looks like",
    text: "Link text",
    shown: "Shown as",
    href: "Link target",
    subject: "Subject",
    prefix: "Prefix",
    phrases: "Words",
    code: "Code",
    checks: "Checks",
    header: "Header",
    detail: "Detail",
  } as Readonly<Partial<Record<string, string>>>,
  lookalikeLabel: "Lookalike",
  lookalikeGenuine: "genuine",
  lookalikeChanges: "Differing characters",
  lookalikeChange: (seen: string, genuine: string) => `“${seen}” instead of “${genuine}”`,
  stepsHeading: "What to do",
  calmSteps: {
    safe: [
      "No signs were found, but that is not a guarantee: if you are not expecting an attachment or a link, ask the sender by phone before opening it.",
    ],
  },
  openedButton: "I opened the attachment",
  openedHeading: "If you opened the attachment",
  linksHeading: "More information",
  opensInNewWindow: "(opens in a new window)",
  reportButton: "Report to the admin",
  reportTo: (mailbox: string) => `Goes to ${mailbox}. You press Send yourself.`,
  reportPending: "Opening a message to the admin…",
  reportOpened: "A message to the admin has been opened with this mail attached. Press Send to report it.",
  reportFailed: (reason: string) => `Could not open the report message: ${reason}`,
  reportUnavailable: (reason: string) => `Reporting is not available here: ${reason}`,
  reportNoMailbox:
    "The policy names no report mailbox, so this pane offers no report. Tell your administrator another way.",
  reportOtherOrganisation: (mailbox: string) =>
    `No report is offered: the policy's report mailbox (${mailbox}) is outside your organisation. Tell your administrator another way.`,
  reportUnknownUser:
    "No report is offered: Outlook did not give your address, so the report mailbox could not be checked.",
  notCheckedHeading: "Could not be checked",
  ruleFailed: (rule: string) => `One of the checks (${rule}) stopped with an error, so the result is incomplete.`,
  drillTitle: "This was a training mail",
  drillBody:
    "Your organisation sent it as a phishing drill. Checking the sender before opening anything was exactly right. Thank you.",
  drillRevealTitle: "This was a training mail. Thank you for reporting it.",
  drillRevealSigns: "The signs it carried:",
  drillRevealBody:
    "Reporting a mail like this, without opening its attachment or link, is exactly right. Send the report as it is: it tells the administrator you noticed.",
  trainingLink: "Practise: real or impersonation? (training)",
  trustedTitle: "Trusted sender",
  policyInvalidTitle: "For administrators: the policy file has errors",
  policyInvalidBody: (url: string) =>
    `Sender Guard is using its built-in settings instead. Please fix these fields in ${url}:`,
  policyMissingTitle: "For administrators: the hosted policy could not be loaded",
  policyMissingBody: (organisation: string, reason: string) =>
    `Sender Guard is checking with the policy built into the add-in (${organisation}). Reason: ${reason}`,
  otherOrganisationTitle: "For administrators: this policy belongs to another organisation",
  otherOrganisationBody: (organisation: string, domains: string, userDomain: string) =>
    `The policy in use is for ${organisation} (${domains}), not for your domain ${userDomain}. Checks that rely on your organisation's names and staff are not made for you, and no report is sent outside your domain. Build and host your own policy (docs/deploy.md).`,
  aboutPolicy: (organisation: string, version: number, source: string) =>
    `Policy: ${organisation} · version ${version} · ${source}`,
  aboutHosted: (url: string) => `from ${url}`,
  aboutBuiltIn: "built in",
  pinTitle: "Tip: pin this pane",
  pinBody:
    'Select the pin icon at the top of this pane. While it is pinned, the pane stays open as you move between mails, checks every mail you open and puts a warning bar on dangerous ones, with no extra click. Outlook on the web and the new Outlook may forget the pin when Outlook restarts: if this pane is not open, open it again with "Check sender" and pin it once more.',
  pinDismiss: "Got it",
  pinDismissLabel: "Got it, hide the pin tip",
};

export type Strings = typeof en;

const ja: Strings = {
  paneLabel: "送信元チェック",
  listSeparator: "、",
  loading: "メールを確認しています…",
  noItem: "メールが選択されていません。メールを選ぶと、送信元を確認します。",
  readFailedHeadline: "このメールを読み取れませんでした。送信元アドレスをご自身で確かめてください。",
  readFailedDetail: (detail) => `技術的な詳細：${detail}`,
  labelSeparator: "：",
  parenthesised: (text) => `（${text}）`,
  parenOpen: "（",
  parenClose: "）",
  detailsFailed: "判定の理由と対処方法を読み込めませんでした。作業ウィンドウを閉じて、開き直してください。",
  outsideTitle: "Outlookで開いてください",
  outsideBody:
    "このページは「送信元チェック」の作業ウィンドウです。Outlookでメールを開き、リボンの「送信元を確認」を選ぶと、表示名どおりの送信元かどうかを表示します。",
  officeDidNotStartTitle: "この Outlook では送信元チェックを開始できませんでした",
  officeDidNotStartBody:
    "Outlook がアドイン用のライブラリ（Office.js）を読み込み終えなかったため、このメールの送信元は確認されていません。リンクや添付ファイルを開く前に、送信元アドレスをご自身で確かめてください。",
  officeDidNotStartTryHeading: "試していただきたいこと",
  officeDidNotStartTry: [
    "この作業ウィンドウを閉じて、「送信元を確認」からもう一度開いてください。",
    "Outlook を起動し直して（ブラウザーの場合はページを再読み込みして）、メールをもう一度開いてください。",
  ],
  officeDidNotStartAdminHeading: "繰り返し起きる場合は、管理者に次のようにお伝えください",
  officeDidNotStartAdmin:
    "「送信元チェックが起動しません。Office.js を読み込めていません。このパソコンから appsforoffice.microsoft.com と ajax.aspnetcdn.com に接続できるか（プロキシ、ファイアウォール、フィルタリング）を確認してください。」",
  officeMissingDetail: "office.js を読み込めませんでした",
  officeTimedOutDetail: "10 秒以内に Office.onReady が呼ばれませんでした",
  startFailedTitle: "送信元チェックを開始できませんでした",
  startFailedBody:
    "このメールの送信元は確認されていません。送信元アドレスをご自身で確かめてください。繰り返し起きる場合は管理者にお知らせください。",
  senderHeading: "送信元",
  displayNameLabel: "表示名",
  addressLabel: "実際の送信元アドレス",
  none: "（なし）",
  unreadable: "（読み取れませんでした）",
  genuineFor: (name) => `「${name}」の本物の送信元：`,
  findingsHeading: "判定の理由",
  noFindings: "警告すべき兆候は見つかりませんでした。",
  nowLine: {
    danger: "添付ファイルやURLは開かず、このメールごと削除してください。",
    caution: "添付ファイルやURLを開く前に、送信者に電話など別の手段で確認してください。",
    unknown: "送信元アドレスが相手の正しいアドレスか、ご自身で確かめてください。",
    unknownNoAddress: "差出人を読み取れませんでした。心当たりがなければ、添付ファイルやURLは開かないでください。",
    safe: "心当たりのない添付ファイルやURLは、開く前に送信者へ確認してください。",
  },
  subjectTitle: {
    sender: "送信元について",
    links: "本文中のリンク",
    content: "件名と本文",
    attachment: (file) => `添付ファイル「${file}」`,
  },
  detailsSummary: "詳細",
  termsHeading: "用語の説明",
  severity: { strong: "強い兆候", medium: "注意すべき兆候", weak: "弱い兆候", info: "参考" },
  evidenceKeys: {
    displayName: "表示名",
    address: "アドレス",
    from: "差出人（From）",
    sender: "実際の送信者（Sender）",
    domain: "ドメイン",
    fromDomain: "差出人のドメイン",
    host: "ホスト",
    genuineDomain: "本物のドメイン",
    file: "ファイル",
    shownAs: "見かけの名前",
    text: "リンクの表示",
    shown: "表示上の宛先",
    href: "リンク先",
    subject: "件名",
    prefix: "件名の冒頭",
    phrases: "語句",
    code: "コード",
    checks: "認証結果",
    header: "ヘッダー",
    detail: "詳細",
  },
  lookalikeLabel: "似せた表記",
  lookalikeGenuine: "本物",
  lookalikeChanges: "異なる文字",
  lookalikeChange: (seen, genuine) => `本物の「${genuine}」が「${seen}」に置き換わっています`,
  stepsHeading: "対処のしかた",
  calmSteps: {
    safe: [
      "兆候は見つかりませんでしたが、安全の保証ではありません。心当たりのない添付ファイルやURLは、開く前に送信者へ電話などで確認してください。",
    ],
  },
  openedButton: "添付ファイルを開いてしまった",
  openedHeading: "添付ファイルを開いてしまった場合",
  linksHeading: "詳しい情報",
  opensInNewWindow: "（新しいウィンドウで開きます）",
  reportButton: "管理者に報告",
  reportTo: (mailbox) => `報告先：${mailbox}（送信はご自身で行います）`,
  reportPending: "管理者あてのメッセージを作成しています…",
  reportOpened: "このメールを添付した管理者あてのメッセージを開きました。「送信」を押して報告してください。",
  reportFailed: (reason) => `報告用のメッセージを開けませんでした：${reason}`,
  reportUnavailable: (reason) => `この環境では報告できません：${reason}`,
  reportNoMailbox:
    "ポリシーに報告先が設定されていないため、ここからは報告できません。別の方法で管理者に知らせてください。",
  reportOtherOrganisation: (mailbox) =>
    `報告先（${mailbox}）があなたの組織の外にあるため、ここからは報告できません。別の方法で管理者に知らせてください。`,
  reportUnknownUser: "あなたのメールアドレスを確認できなかったため、報告先を確かめられず、ここからは報告できません。",
  notCheckedHeading: "確認できなかった項目",
  ruleFailed: (rule) => `検査の一部（${rule}）がエラーで止まったため、結果は不完全です。`,
  drillTitle: "これは訓練メールでした",
  drillBody:
    "組織が実施している不審メールの訓練です。開く前に送信元を確かめたのは正しい対応です。ご協力ありがとうございます。",
  drillRevealTitle: "これは訓練メールでした。報告ありがとうございます",
  drillRevealSigns: "このメールにあった兆候：",
  drillRevealBody:
    "添付ファイルやURLを開かずに報告したのは正しい対応です。報告メールはこのまま送信してください。管理者に「気づいた」ことが伝わります。",
  trainingLink: "練習する：本物？なりすまし？（訓練ページ）",
  trustedTitle: "信頼済みの送信元",
  policyInvalidTitle: "管理者の方へ：ポリシーファイルに誤りがあります",
  policyInvalidBody: (url) => `代わりに組み込みの設定で確認しています。${url} の次の項目を修正してください：`,
  policyMissingTitle: "管理者の方へ：ホスト上のポリシーを読み込めませんでした",
  policyMissingBody: (organisation, reason) =>
    `アドインに組み込まれたポリシー（${organisation}）で確認しています。理由：${reason}`,
  otherOrganisationTitle: "管理者の方へ：このポリシーは別の組織のものです",
  otherOrganisationBody: (organisation, domains, userDomain) =>
    `使用中のポリシーは ${organisation}（${domains}）のもので、あなたのドメイン ${userDomain} のものではありません。組織名・職員名による確認はあなたの組織には効かず、報告もドメインの外へは送りません。自組織のポリシーでビルド・配置してください（docs/deploy.md）。`,
  aboutPolicy: (organisation, version, source) => `ポリシー：${organisation}・バージョン ${version}・${source}`,
  aboutHosted: (url) => `${url} から読み込み`,
  aboutBuiltIn: "組み込み",
  pinTitle: "おすすめ：この作業ウィンドウをピン留め",
  pinBody:
    "この作業ウィンドウ上部のピンのアイコンを選んでください。ピン留めしている間は、メールを切り替えても作業ウィンドウが開いたままになり、開いたメールをすべて自動で確認して、危険なメールには警告バーを表示します。Outlook on the web と新しい Outlook では、Outlook を起動し直すとピン留めが外れることがあります。作業ウィンドウが開いていないときは、「送信元を確認」からもう一度開いて、ピン留めし直してください。",
  pinDismiss: "わかりました",
  pinDismissLabel: "わかりました（ピン留めの案内を閉じる）",
};

export const strings: Readonly<Record<Language, Strings>> = { ja, en };

/** Level names used where colour alone must not carry the meaning. */
export const levelNames: Readonly<Record<Level, Localized>> = {
  danger: { ja: "危険", en: "Danger" },
  caution: { ja: "注意", en: "Caution" },
  safe: { ja: "警告なし", en: "No warning signs" },
  unknown: { ja: "未確認", en: "Not verified" },
};
