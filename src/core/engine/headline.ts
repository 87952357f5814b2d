import type { Finding, Level, Localized } from "../model/verdict";

const byLevel: Record<Level, Localized> = {
  danger: {
    ja: "なりすましの疑いが強いメールです。添付ファイルやURLを開かないでください。",
    en: "This mail is very likely an impersonation. Do not open its attachments or links.",
  },
  caution: {
    ja: "注意が必要なメールです。送信元アドレスを確かめてから操作してください。",
    en: "Be careful with this mail. Check the real sender address before you act.",
  },
  safe: {
    ja: "なりすましの兆候は見つかりませんでした（安全の保証ではありません）。",
    en: "No signs of impersonation were found (this is not a guarantee).",
  },
  unknown: {
    ja: "確認しきれませんでした。送信元アドレスをご自身で確かめてください。",
    en: "Could not verify this mail. Check the real sender address yourself.",
  },
};

export const drillHeadline: Localized = {
  ja: "これは訓練メールです。確認していただきありがとうございます。",
  en: "This is a training mail. Thank you for checking it.",
};

const limit = 99;

/** Keeps a headline under 100 characters (code points), ending with an ellipsis when cut. */
export function clampHeadline(text: string): string {
  const chars = Array.from(text);
  return chars.length <= limit ? text : `${chars.slice(0, limit - 1).join("")}…`;
}

export function headlineFor(level: Level, top: Finding | undefined, topHeadline: Localized | undefined): Localized {
  const chosen = (level === "danger" || level === "caution") && top && topHeadline ? topHeadline : byLevel[level];
  return { ja: clampHeadline(chosen.ja), en: clampHeadline(chosen.en) };
}
