import type { Localized, Verdict } from "../model/verdict";

const generalSigns: readonly Localized[] = [
  {
    ja: "差出人の表示名は組織や職員の名前でも、実際の送信元アドレスは組織のものではありませんでした。",
    en: "The display name was the organisation's or a staff member's, but the real address was not the organisation's.",
  },
  {
    ja: "件名が「Re:」「FW:」で始まり「ご確認ください」とありましたが、やり取りの続きではありませんでした。",
    en: 'The subject began with Re:/FW: and said "please check", but it continued no real conversation.',
  },
  { ja: "圧縮ファイル(zip)が添付されていました。", en: "A zip archive was attached." },
];

/**
 * What gave a drill mail away, for the thank-you after a report: the verdict's own reasons when
 * it found any, else the facility's pattern in general words.
 */
export function drillSigns(verdict: Verdict): readonly Localized[] {
  const signs = verdict.findings.filter((f) => f.severity !== "info").map((f) => f.message);
  return signs.length > 0 ? signs : generalSigns;
}
