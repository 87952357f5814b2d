import { defineRule, type FindingDraft } from "./rule";
import { visibleBody } from "../text/body";

type Id = "lurePhrases" | "recipientNameInSubject";

/**
 * Phrases Emotet and invoice phishing use to hurry the reader or get macros enabled. Matched on
 * NFKC-normalised, lower-cased text, so full-width and half-width forms count alike.
 */
const phrases = [
  "ご確認ください",
  "ご確認下さい",
  "ご確認お願いします",
  "ご確認をお願い",
  "請求書",
  "至急",
  "緊急",
  "コンテンツの有効化",
  "編集を有効にする",
  "マクロを有効",
  "お支払い",
  "振込先",
  "invoice",
  "urgent",
  "enable content",
  "enable editing",
  "enable macros",
  "payment",
  "wire transfer",
];

const maxListed = 5;

/**
 * Lures stand where the reader looks first. Reading only the start of the body keeps this weak
 * hint cheap on a long newsletter (NFKC over megabytes costs milliseconds) and its cost flat.
 */
const maxScannedChars = 64 * 1024;

function normalise(text: string): string {
  return text.normalize("NFKC").toLowerCase();
}

function compact(text: string): string {
  return normalise(text).replace(/[\s\u3000・.]+/gu, "");
}

/** The recipient's own name or address local part, as it might appear in a hijacked subject. */
function recipientTokens(userName: string | undefined, userAddress: string | undefined): string[] {
  const tokens: string[] = [];
  const name = compact(userName ?? "");
  if (Array.from(name).length >= 2) tokens.push(name);
  const local = normalise(userAddress ?? "").split("@")[0] ?? "";
  // Short or generic local parts ("info", "a.b") would match everyday words.
  if (local.length >= 5 && !["info", "admin", "office", "contact", "support"].includes(local))
    tokens.push(compact(local));
  return tokens;
}

export const lurePhrase = defineRule<Id>({
  meta: {
    id: "lure-phrase",
    category: "content",
    defaultSeverity: "weak",
    senderSignal: false,
    description: {
      ja: "「ご確認ください」「請求書」「至急」「コンテンツの有効化」などの誘い文句や、件名にあなた自身の名前があるかを見ます。単独では警告しません。",
      en: 'Looks for lures such as "please check", "invoice", "urgent", "enable content", and your own name in the subject. Never warns alone.',
    },
  },
  messages: {
    lurePhrases: {
      ja: "急がせたり添付を開かせたりする言葉があります：{phrases}。",
      en: "It uses words that hurry you or push you to open attachments: {phrases}.",
    },
    recipientNameInSubject: {
      ja: "件名にあなたの名前「{name}」が入っています。過去のやり取りを盗んだなりすましメールの特徴でもあります。",
      en: 'The subject contains your name ("{name}"), a trait of impersonation mail that replays stolen conversations.',
    },
  },
  check: ({ facts }) => {
    const findings: FindingDraft<Id>[] = [];
    const text = normalise(`${facts.subject}\n${visibleBody(facts).slice(0, maxScannedChars)}`);
    const found = phrases.filter((p) => text.includes(p));
    if (found.length > 0) {
      // One finding for all phrases: several lures are still one weak hint, not several.
      findings.push({
        messageId: "lurePhrases",
        evidence: {
          phrases: found
            .slice(0, maxListed)
            .map((p) => `「${p}」`)
            .join(""),
        },
      });
    }
    const subject = compact(facts.subject);
    const name = recipientTokens(facts.userName, facts.userAddress).find((t) => subject.includes(t));
    if (name !== undefined)
      findings.push({ messageId: "recipientNameInSubject", evidence: { name, subject: facts.subject } });
    return findings;
  },
});
