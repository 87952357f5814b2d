import type { HeaderField } from "../model/facts";
import type { Localized } from "../model/verdict";

/**
 * Microsoft's X-Forefront-Antispam-Report ("CIP:192.0.2.1;CTRY:JP;…;SFV:SPM;CAT:SPOOF;SFTY:9.19;")
 * read into fields, with the codes that matter explained in plain words.
 */
export type ForefrontReport = {
  /** Upper-cased keys → raw values, e.g. { SFV: "SPM", CAT: "SPOOF", SFTY: "9.19" }. */
  readonly fields: Readonly<Record<string, string>>;
  readonly cat?: string;
  readonly sfty?: string;
  readonly sfv?: string;
  /** Spam confidence level, -1..9; undefined when absent or not a number. */
  readonly scl?: number;
};

export function parseForefrontReport(value: string): ForefrontReport {
  const fields: Record<string, string> = {};
  for (const part of value.split(";")) {
    const colon = part.indexOf(":");
    if (colon <= 0) continue;
    const key = part.slice(0, colon).trim().toUpperCase();
    // The first occurrence wins; keys are tiny and few, so this stays cheap.
    if (key !== "" && !Object.hasOwn(fields, key)) fields[key] = part.slice(colon + 1).trim();
  }
  const upper = (key: string): string | undefined => {
    const v = fields[key];
    return v === undefined || v === "" ? undefined : v.toUpperCase();
  };
  const cat = upper("CAT");
  const sfty = upper("SFTY");
  const sfv = upper("SFV");
  const sclText = fields.SCL;
  const scl = sclText !== undefined && /^-?\d$/.test(sclText) ? Number(sclText) : undefined;
  return {
    fields,
    ...(cat !== undefined ? { cat } : {}),
    ...(sfty !== undefined ? { sfty } : {}),
    ...(sfv !== undefined ? { sfv } : {}),
    ...(scl !== undefined ? { scl } : {}),
  };
}

/**
 * The topmost X-Forefront-Antispam-Report: Exchange Online writes it on arrival above anything
 * the sender supplied. (A forged lower copy is ignored; "-Untrusted" variants are a different name.)
 */
export function receivingForefrontReport(headers: readonly HeaderField[] | undefined): ForefrontReport | undefined {
  const field = headers?.find((h) => h.name.toLowerCase() === "x-forefront-antispam-report");
  return field ? parseForefrontReport(field.value) : undefined;
}

/** CAT: the protection that decided the message's category. */
export const categoryMeaning: Readonly<Record<string, Localized>> = {
  SPOOF: { ja: "送信元のなりすまし（ドメインの偽装）", en: "spoofing (a forged sender domain)" },
  UIMP: { ja: "人物へのなりすまし", en: "impersonation of a person" },
  DIMP: { ja: "ドメインへのなりすまし", en: "impersonation of a domain" },
  GIMP: { ja: "普段のやり取りから見たなりすまし", en: "impersonation detected from your usual contacts" },
  PHSH: { ja: "フィッシング", en: "phishing" },
  HPHSH: { ja: "確度の高いフィッシング", en: "high-confidence phishing" },
  HPHISH: { ja: "確度の高いフィッシング", en: "high-confidence phishing" },
  MALW: { ja: "マルウェア", en: "malware" },
  AMP: { ja: "マルウェア対策による検出", en: "anti-malware detection" },
  SAP: { ja: "添付ファイルの検査による検出", en: "detection by attachment scanning" },
  FTBP: { ja: "禁止されたファイル形式", en: "a blocked file type" },
  SPM: { ja: "迷惑メール", en: "spam" },
  HSPM: { ja: "確度の高い迷惑メール", en: "high-confidence spam" },
  BULK: { ja: "一斉配信メール", en: "bulk mail" },
  OSPM: { ja: "送信側の迷惑メール判定", en: "outbound spam" },
  INTOS: { ja: "組織内のフィッシング", en: "phishing inside the organisation" },
  NONE: { ja: "分類なし", en: "no category" },
};

/** SFTY: the safety tip Microsoft attached. */
export const safetyTipMeaning: Readonly<Record<string, Localized>> = {
  "9.19": {
    ja: "送信元ドメインが、保護対象のドメインになりすまそうとしています",
    en: "the sending domain tries to pass itself off as a protected domain",
  },
  "9.20": {
    ja: "送信者が、組織内の人物または保護対象の人物になりすまそうとしています",
    en: "the sender tries to pass themself off as a person in your organisation or a protected person",
  },
  "9.25": { ja: "初めてやり取りする相手からのメールです", en: "this is the first mail from this sender" },
};

/** compauth reason codes, by their first digit (last two digits are Microsoft-internal). */
export function compauthReasonMeaning(reason: string | undefined): Localized | undefined {
  if (reason === undefined || !/^\d{3}$/.test(reason)) return undefined;
  if (reason === "000")
    return {
      ja: "送信元ドメインの認証ポリシーに明確に違反しています",
      en: "it clearly fails the sending domain's authentication policy",
    };
  if (reason === "001")
    return { ja: "送信元ドメインを確認できる認証がありません", en: "nothing authenticates the sending domain" };
  if (reason === "002")
    return {
      ja: "管理者がこの送信元のなりすましを禁止しています",
      en: "the administrator forbids spoofing of this sender",
    };
  if (reason === "010" || reason.startsWith("6"))
    return {
      ja: "自組織のドメインを名乗っていますが、認証に失敗しています",
      en: "it uses one of your own organisation's domains but fails authentication",
    };
  return undefined;
}
