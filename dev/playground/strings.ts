import type { Language } from "../../src/core/model/verdict";

export type PlaygroundStrings = {
  readonly title: string;
  readonly notice: string;
  readonly noticeDetail: string;
  readonly language: string;
  readonly samples: string;
  readonly yourFiles: string;
  readonly addEml: string;
  readonly dropHere: string;
  readonly notEml: (name: string) => string;
  readonly tooLarge: (name: string) => string;
  readonly client: string;
  readonly clientFull: string;
  readonly clientOld: string;
  readonly clientPhone: string;
  readonly policy: string;
  readonly policyDefault: string;
  readonly policyLoaded: (name: string) => string;
  readonly policyInvalid: (name: string) => string;
  readonly loadPolicy: string;
  readonly useDefaultPolicy: string;
  readonly downloadDefault: string;
  readonly paneTitle: string;
  readonly paneFrameLabel: string;
  readonly outlookSide: string;
  readonly notificationBar: string;
  readonly noNotification: string;
  readonly reportForm: string;
  readonly noReportForm: string;
  readonly reportTo: (to: string, attached: string) => string;
  readonly loadingSamples: string;
  readonly samplesFailed: (detail: string) => string;
  readonly needsServer: string;
};

const ja: PlaygroundStrings = {
  title: "Sender Guard プレイグラウンド",
  notice: "これはプレイグラウンドです。表示しているのはサンプルデータです。",
  noticeDetail:
    "右側は本物の作業ウィンドウ(Outlook で動くものと同じ)ですが、Microsoft の Office.js ではなく、Office の代わりをするテスト用の代替品(スタンドイン)の上で動いています。Office.js は https で配信された Outlook の中でしか動かないためです。サンプルメールはこの代替品が渡しています。メールはこのブラウザーの中だけで処理され、どこにも送信されません。",
  language: "表示言語",
  samples: "サンプルメール",
  yourFiles: "追加したメール",
  addEml: ".eml ファイルを追加",
  dropHere: "ここに .eml ファイルをドロップ",
  notEml: (name) => `${name} は .eml ファイルではありません。`,
  tooLarge: (name) => `${name} は大きすぎます(10 MB まで)。`,
  client: "Outlook の種類(API レベル)",
  clientFull: "Web / 新しい Outlook / Windows / Mac(Mailbox 1.13)",
  clientOld: "古いバージョン(Mailbox 1.8:報告ボタンなし)",
  clientPhone: "スマートフォン(Mailbox 1.5:ヘッダーを読めない)",
  policy: "ポリシー",
  policyDefault: "組み込みのポリシー(ウェスタ川越)を使用中",
  policyLoaded: (name) => `${name} を使用中`,
  policyInvalid: (name) =>
    `${name} にはエラーがあります。作業ウィンドウは組み込みのポリシーで動き、そのことを表示します。`,
  loadPolicy: "ポリシー JSON を読み込む",
  useDefaultPolicy: "組み込みのポリシーに戻す",
  downloadDefault: "組み込みのポリシーを見る",
  paneTitle: "作業ウィンドウ",
  paneFrameLabel: "Sender Guard 作業ウィンドウ(サンプルデータ)",
  outlookSide: "Outlook 側に表示されるもの",
  notificationBar: "メール上部の通知バー",
  noNotification: "(通知バーなし)",
  reportForm: "「管理者に報告」で開く新規メール",
  noReportForm: "(まだ開いていません)",
  reportTo: (to, attached) => `宛先 ${to}、添付 ${attached}`,
  loadingSamples: "サンプルを読み込んでいます…",
  samplesFailed: (detail) => `サンプルを読み込めませんでした: ${detail}`,
  needsServer: "作業ウィンドウが「Office の外」と表示する場合は、npm start で起動したサーバーから開いてください。",
};

const en: PlaygroundStrings = {
  title: "Sender Guard playground",
  notice: "This is a playground. Everything shown is sample data.",
  noticeDetail:
    "On the right is the real task pane (the same one Outlook runs), but it runs on a stand-in for Office, not on Microsoft's Office.js: Office.js works only inside Outlook served over https. The stand-in hands the pane the sample mail. Mail is processed only inside this browser and sent nowhere.",
  language: "Language",
  samples: "Sample messages",
  yourFiles: "Your messages",
  addEml: "Add an .eml file",
  dropHere: "Drop .eml files here",
  notEml: (name) => `${name} is not an .eml file.`,
  tooLarge: (name) => `${name} is too large (10 MB at most).`,
  client: "Outlook client (API level)",
  clientFull: "Web / new Outlook / Windows / Mac (Mailbox 1.13)",
  clientOld: "Older version (Mailbox 1.8: no report button)",
  clientPhone: "Phone (Mailbox 1.5: headers cannot be read)",
  policy: "Policy",
  policyDefault: "Using the built-in policy (ウェスタ川越)",
  policyLoaded: (name) => `Using ${name}`,
  policyInvalid: (name) => `${name} has errors. The pane runs with the built-in policy and says so.`,
  loadPolicy: "Load a policy JSON",
  useDefaultPolicy: "Back to the built-in policy",
  downloadDefault: "View the built-in policy",
  paneTitle: "Task pane",
  paneFrameLabel: "Sender Guard task pane (sample data)",
  outlookSide: "What Outlook shows around the pane",
  notificationBar: "Notification bar on the message",
  noNotification: "(no notification bar)",
  reportForm: 'New message opened by "Report to the admin"',
  noReportForm: "(not opened yet)",
  reportTo: (to, attached) => `To ${to}, attached: ${attached}`,
  loadingSamples: "Loading the samples…",
  samplesFailed: (detail) => `Could not load the samples: ${detail}`,
  needsServer: "If the pane says it runs outside Office, open this page from the server that npm start runs.",
};

export const playgroundStrings: Record<Language, PlaygroundStrings> = { ja, en };
