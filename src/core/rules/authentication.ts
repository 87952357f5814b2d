import { defineRule, type FindingDraft } from "./rule";
import { compauthReasonMeaning, categoryMeaning, safetyTipMeaning, type ForefrontReport } from "../net/forefront";
import { isPass, resultDomain, type AuthMethodResult } from "../net/auth-results";
import type { Localized } from "../model/verdict";

type Id =
  | "authFailed"
  | "trustedSenderFailed"
  | "microsoftImpersonation"
  | "microsoftCategory"
  | "firstContact"
  | "microsoftSpam"
  | "authPassed";

/** Categories where Microsoft itself says the sender is forged or impersonated, or the mail is phishing/malware. */
const alarmingCategories = new Set([
  "SPOOF",
  "UIMP",
  "DIMP",
  "GIMP",
  "PHSH",
  "HPHSH",
  "HPHISH",
  "MALW",
  "AMP",
  "INTOS",
]);
const spamCategories = new Set(["SPM", "HSPM"]);

/** Spam confidence level from which Exchange Online delivers to the Junk folder. */
const junkScl = 5;
const spamFilterVerdicts = new Set(["SPM", "SKS", "SKB"]);

/**
 * Microsoft's spam verdict, from the topmost X-Forefront-Antispam-Report (CAT, SFV, SCL) or the
 * X-MS-Exchange-Organization-SCL header (Exchange removes organisation headers that arrive from
 * outside, so the copy we read was written by the receiving server).
 */
function spamVerdict(
  forefront: ForefrontReport | undefined,
  sclHeader: string | undefined,
): Record<string, string> | undefined {
  const spam = categoryMeaning.SPM ?? { ja: "迷惑メール", en: "spam" };
  const cat = forefront?.cat;
  const catMeaning = cat !== undefined ? categoryMeaning[cat] : undefined;
  if (cat !== undefined && catMeaning && spamCategories.has(cat))
    return { code: `CAT:${cat}`, meaningJa: catMeaning.ja, meaningEn: catMeaning.en };
  const sfv = forefront?.sfv;
  if (sfv !== undefined && spamFilterVerdicts.has(sfv))
    return { code: `SFV:${sfv}`, meaningJa: spam.ja, meaningEn: spam.en };
  const headerScl = sclHeader !== undefined && /^\s*-?\d\s*$/.test(sclHeader) ? Number(sclHeader) : undefined;
  const scl = forefront?.scl ?? headerScl;
  if (scl !== undefined && scl >= junkScl) return { code: `SCL:${scl}`, meaningJa: spam.ja, meaningEn: spam.en };
  return undefined;
}

const dmarcExplanation: Localized = {
  ja: "送信元ドメインが自ら公開している認証ルールを満たしていません",
  en: "it does not meet the rules the sending domain itself publishes",
};

function describeChecks(failed: readonly string[], compauth: AuthMethodResult | undefined): string {
  return failed
    .map((m) =>
      m === "compauth" && compauth?.reason !== undefined ? `compauth=fail (reason ${compauth.reason})` : `${m}=fail`,
    )
    .join(", ");
}

export const authentication = defineRule<Id>({
  meta: {
    id: "authentication",
    category: "authentication",
    defaultSeverity: "medium",
    senderSignal: true,
    description: {
      ja: "受信側が記録した送信元認証（SPF・DKIM・DMARC・compauth）と、Microsoftの迷惑メール判定を読みます。",
      en: "Reads the sender authentication the receiving side recorded (SPF, DKIM, DMARC, compauth) and Microsoft's filtering verdict.",
    },
  },
  messages: {
    authFailed: {
      ja: "送信元「{domain}」の送信元認証に失敗しています（{checks}）：{explanationJa}。差出人が偽装されている可能性があります。",
      en: "Sender authentication failed for {domain} ({checks}): {explanationEn}. The sender may be forged.",
    },
    trustedSenderFailed: {
      ja: "信頼済みの送信元「{domain}」を名乗っていますが、送信元認証に失敗しています（{checks}）。本物ではない可能性があるため、信頼済みとして扱いません。",
      en: "This mail claims to be from the trusted sender {domain}, but sender authentication failed ({checks}). It may not be genuine, so it is not treated as trusted.",
    },
    microsoftImpersonation: {
      ja: "Microsoftの検査で、{meaningJa}と判定されています（SFTY {code}）。",
      en: "Microsoft's filtering found that {meaningEn} (SFTY {code}).",
    },
    microsoftCategory: {
      ja: "Microsoftの検査で「{meaningJa}」と分類されています（CAT:{code}）。",
      en: "Microsoft's filtering classified this mail as {meaningEn} (CAT:{code}).",
    },
    firstContact: {
      ja: "Microsoftの検査によると、この送信者から初めて届いたメールです（SFTY 9.25）。それだけで危険とは限りません。",
      en: "According to Microsoft's filtering, this is the first mail from this sender (SFTY 9.25). That alone does not make it dangerous.",
    },
    microsoftSpam: {
      ja: "Microsoftの迷惑メールフィルターが、このメールを「{meaningJa}」と判定しています（{code}）。迷惑メールフォルダーから開いた場合は特に注意してください。",
      en: "Microsoft's spam filter judged this mail to be {meaningEn} ({code}). Take special care if you opened it from the Junk folder.",
    },
    authPassed: {
      ja: "送信元「{domain}」の認証には成功しています（{checks}）。これはそのドメインから送られたことを示すだけで、送信者が信頼できることは意味しません。",
      en: "Authentication passed for {domain} ({checks}). This only shows the mail came from that domain, not that the sender can be trusted.",
    },
  },
  headlines: {
    microsoftImpersonation: {
      ja: "Microsoftがなりすましと判定したメールです。添付ファイルやURLを開かないでください。",
      en: "Microsoft flagged this mail as impersonation. Do not open its attachments or links.",
    },
    microsoftCategory: {
      ja: "Microsoftが「{meaningJa}」と判定したメールです。添付ファイルやURLを開かないでください。",
      en: "Microsoft flagged this mail as {meaningEn}. Do not open its attachments or links.",
    },
    trustedSenderFailed: {
      ja: "信頼済みの送信元を名乗っていますが、認証に失敗しています。",
      en: "This mail claims a trusted sender but failed authentication.",
    },
  },
  check: ({ derived }) => {
    const findings: FindingDraft<Id>[] = [];
    const { auth, forefront } = derived;

    const sfty = forefront?.sfty;
    const tip = sfty !== undefined ? safetyTipMeaning[sfty] : undefined;
    if (tip && (sfty === "9.19" || sfty === "9.20")) {
      findings.push({
        messageId: "microsoftImpersonation",
        severity: "strong",
        evidence: { code: sfty, meaningJa: tip.ja, meaningEn: tip.en },
      });
    } else if (sfty === "9.25") {
      // "First contact" is stamped on every first mail from anyone: a hint, not an alarm.
      findings.push({ messageId: "firstContact", severity: "weak", senderSignal: false, evidence: { code: sfty } });
    }
    const cat = forefront?.cat;
    const catMeaning = cat !== undefined ? categoryMeaning[cat] : undefined;
    if (cat !== undefined && catMeaning && alarmingCategories.has(cat)) {
      findings.push({
        messageId: "microsoftCategory",
        severity: "strong",
        evidence: { code: cat, meaningJa: catMeaning.ja, meaningEn: catMeaning.en },
      });
    } else {
      const spam = spamVerdict(forefront, derived.header("X-MS-Exchange-Organization-SCL")[0]);
      // The receiving server's own spam verdict (the mail went to Junk): worth a caution on its own,
      // but it says nothing about who the sender is.
      if (spam) findings.push({ messageId: "microsoftSpam", severity: "medium", senderSignal: false, evidence: spam });
    }

    const failed = derived.authFailures;
    const domain = (auth.dmarc ? resultDomain(auth.dmarc) : "") || derived.fromDomain || "?";
    if (failed.length > 0) {
      const checks = describeChecks(failed, auth.compauth);
      if (derived.trustRefused) {
        findings.push({ messageId: "trustedSenderFailed", evidence: { domain, checks } });
      } else {
        const explanation =
          (failed.includes("compauth") ? compauthReasonMeaning(auth.compauth?.reason) : undefined) ?? dmarcExplanation;
        findings.push({
          messageId: "authFailed",
          evidence: { domain, checks, explanationJa: explanation.ja, explanationEn: explanation.en },
        });
      }
    } else if (isPass(auth.dmarc) || isPass(auth.compauth)) {
      const passed = [auth.dmarc, auth.compauth].filter(isPass).map((r) => `${r?.method ?? ""}=${r?.result ?? ""}`);
      findings.push({
        messageId: "authPassed",
        severity: "info",
        senderSignal: false,
        evidence: { domain, checks: passed.join(", ") },
      });
    }
    return findings;
  },
});
