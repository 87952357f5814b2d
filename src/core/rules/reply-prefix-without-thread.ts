import { defineRule } from "./rule";

type Id = "replyWithoutThread";

// One prefix: a word, an optional counter "[2]" or "(2)", then a colon (NFKC has already turned
// "ＲＥ：" into "RE:"). Anchored and sticky, so there is no backtracking across the subject.
const prefix = /\s*(re|fwd?|aw|wg|返信|転送|回复|转发)\s*(?:[[(]\s*\d{1,4}\s*[\])])?\s*:/iy;

/** The reply/forward prefixes at the start of a subject, e.g. "Re: FW: 返信:" → ["Re", "FW", "返信"]. */
export function replyPrefixes(subject: string): string[] {
  const text = subject.normalize("NFKC");
  const found: string[] = [];
  prefix.lastIndex = 0;
  for (let m = prefix.exec(text); m !== null && found.length < 50; m = prefix.exec(text)) found.push(m[1] ?? "");
  return found;
}

export const replyPrefixWithoutThread = defineRule<Id>({
  meta: {
    id: "reply-prefix-without-thread",
    category: "content",
    defaultSeverity: "weak",
    senderSignal: false,
    description: {
      ja: "件名が「Re:」「FW:」などで始まるのに、返信・転送の記録（In-Reply-To / References）がないかを見ます。",
      en: "Checks for a subject starting with Re:, FW: and the like while the mail has no reply history (In-Reply-To / References).",
    },
  },
  messages: {
    replyWithoutThread: {
      ja: "件名は「{prefix}」で始まりますが、これまでのやり取りへの返信・転送である記録がありません。過去のメールを装っている可能性があります。",
      en: 'The subject starts with "{prefix}", but the mail carries no record of being a reply or forward. It may be posing as part of an earlier conversation.',
    },
  },
  check: ({ facts, derived }) => {
    // Without headers we cannot tell; the engine already reports the missing headers.
    if (facts.headers === undefined) return [];
    const found = replyPrefixes(facts.subject);
    if (found.length === 0) return [];
    const threaded = [...derived.header("in-reply-to"), ...derived.header("references")].some((v) => v.trim() !== "");
    if (threaded) return [];
    return [{ messageId: "replyWithoutThread", evidence: { prefix: `${found.join(": ")}:`, subject: facts.subject } }];
  },
});
