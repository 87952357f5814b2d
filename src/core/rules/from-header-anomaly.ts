import { defineRule, type FindingDraft } from "./rule";
import { decodeEncodedWords } from "../net/encoded-words";

type Id = "multipleFrom" | "groupFrom";

const maxShown = 200;

/**
 * True when a From value uses group syntax ("Name: a@b.example;"): a colon outside quotes,
 * comments and angle brackets. Linear in the length of the value.
 */
export function hasGroupSyntax(value: string): boolean {
  let quoted = false;
  let depth = 0;
  for (let i = 0; i < value.length; i += 1) {
    const c = value.charAt(i);
    if (quoted) {
      if (c === "\\") i += 1;
      else if (c === '"') quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === "(") depth += 1;
    else if (c === ")" && depth > 0) depth -= 1;
    else if (depth === 0 && (c === "<" || c === "@")) return false;
    else if (depth === 0 && c === ":") return true;
  }
  return false;
}

function shown(value: string): string {
  return Array.from(decodeEncodedWords(value).replace(/\s+/g, " ").trim()).slice(0, maxShown).join("");
}

/**
 * A From header that mail programs may each show differently: several From headers (RFC 5322
 * allows one), or group syntax, where the group's name stands where the sender's name would be
 * and the real address is hidden or absent. Genuine mail does neither, and the checks above read
 * only one of the senders, so the reader may be shown another.
 */
export const fromHeaderAnomaly = defineRule<Id>({
  meta: {
    id: "from-header-anomaly",
    category: "sender",
    defaultSeverity: "strong",
    senderSignal: true,
    description: {
      ja: "差出人（From）ヘッダーが複数ある、またはグループ形式で書かれているなど、表示される差出人が食い違う書き方を調べます。",
      en: "Checks for From headers that mail programs may show differently: several From headers, or group syntax.",
    },
  },
  messages: {
    multipleFrom: {
      ja: "差出人（From）が{count}個あります（{values}）。メールソフトによって表示される差出人が異なるため、見えている差出人は信用できません。",
      en: "The mail has {count} From headers ({values}). Mail programs may show a different one, so the sender you see cannot be relied on.",
    },
    groupFrom: {
      ja: "差出人（From）がグループ形式「{value}」で書かれています。正規のメールではまず使われない書き方で、実際の送信元アドレスが分かりにくくなっています。",
      en: 'The From header uses group syntax ("{value}"), which genuine mail practically never does; it hides the real sender address.',
    },
  },
  headlines: {
    multipleFrom: {
      ja: "差出人が複数書かれた不正な形式のメールです。添付ファイルやURLを開かないでください。",
      en: "This mail names several senders, a malformed trick. Do not open its attachments or links.",
    },
  },
  check: ({ derived }) => {
    const values = derived.header("From");
    const findings: FindingDraft<Id>[] = [];
    if (values.length > 1) {
      findings.push({
        messageId: "multipleFrom",
        evidence: { count: String(values.length), values: values.map(shown).join(" / ") },
      });
    }
    const group = values.find(hasGroupSyntax);
    if (group !== undefined) findings.push({ messageId: "groupFrom", evidence: { value: shown(group) } });
    return findings;
  },
});
