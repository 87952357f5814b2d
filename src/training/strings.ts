import type { Language } from "../core";

const ja = {
  title: "本物？なりすまし？",
  intro:
    "10通のメールの差出人を見て、本物かなりすましかを答えてください。答えると、Sender Guard の判定と理由が表示されます。回答はこのページの外へ送られません。",
  round: (n: number, total: number) => `第${n}問 / 全${total}問`,
  displayName: "表示名",
  address: "送信元アドレス",
  subject: "件名",
  attachments: "添付ファイル",
  none: "なし",
  genuine: "本物",
  impersonation: "なりすまし",
  correct: "正解です。",
  wrong: "不正解です。",
  paneSays: "Sender Guard の判定:",
  next: "次へ",
  finish: "結果を見る",
  score: (n: number, total: number) => `${total}問中${n}問正解でした。`,
  again: "もう一度",
  language: "English",
  drillTitle: "あなたが開いたのは訓練メールのリンクです",
  drillBody: "本物の攻撃メールなら、このリンクや添付ファイルを開いた時点で危険でした。このメールで気づくべきだった点:",
  level: { danger: "危険", caution: "注意", safe: "兆候なし", unknown: "確認しきれず" },
  loading: "読み込んでいます…",
};

export type TrainingStrings = typeof ja;

const en: TrainingStrings = {
  title: "Real or impersonation?",
  intro:
    "Look at the sender of ten mails and say whether each is real or an impersonation. After each answer you see Sender Guard's verdict and its reasons. Your answers never leave this page.",
  round: (n, total) => `Round ${n} of ${total}`,
  displayName: "Display name",
  address: "Real address",
  subject: "Subject",
  attachments: "Attachments",
  none: "none",
  genuine: "Real",
  impersonation: "Impersonation",
  correct: "Correct.",
  wrong: "Not quite.",
  paneSays: "Sender Guard's verdict:",
  next: "Next",
  finish: "See the score",
  score: (n, total) => `You got ${n} of ${total} right.`,
  again: "Start again",
  language: "日本語",
  drillTitle: "You opened the link in a training mail",
  drillBody:
    "Had it been a real attack, opening its link or attachment would have been dangerous. What the mail showed:",
  level: { danger: "danger", caution: "caution", safe: "no signs found", unknown: "could not verify" },
  loading: "Loading…",
};

export const trainingStrings: Record<Language, TrainingStrings> = { ja, en };
