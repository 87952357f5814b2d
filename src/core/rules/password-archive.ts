import { defineRule, type FindingDraft } from "./rule";
import { inspectFileName, isArchiveKind } from "../text/file-name";
import { visibleBody } from "../text/body";
import { looksLikeZip } from "../archive/zip";
import { zipDirectoryOf } from "../archive/cache";
import type { AttachmentFact } from "../model/facts";

type Id = "passwordArchive";

/**
 * Words that announce a password. "PW" and "pass" need a colon or a word boundary so that
 * "PWA" or "passed" do not count. Input is NFKC-normalised first (ﾊﾟｽﾜｰﾄﾞ → パスワード).
 */
const passwordWords =
  /パスワード|暗証番号|暗証|解凍|password|passcode|kennwort|(?:^|[^a-z])pw(?:[^a-z]|$)|(?:^|[^a-z])pass\s*:/iu;

/** The matched word, for the evidence; undefined when the text announces no password. */
export function passwordMention(text: string): string | undefined {
  const m = passwordWords.exec(text.normalize("NFKC"));
  return m ? m[0].replace(/[^\p{L}\p{N}]/gu, "") || m[0] : undefined;
}

/** False only when we read the zip's directory and nothing in it is encrypted. */
function mayBeEncrypted(attachment: AttachmentFact, maxBytes: number): boolean {
  const bytes = attachment.bytes;
  if (bytes === undefined || bytes.length > maxBytes || !looksLikeZip(bytes)) return true;
  const read = zipDirectoryOf(bytes);
  return !read.ok || read.directory.entries.some((e) => e.encrypted);
}

export const passwordArchive = defineRule<Id>({
  meta: {
    id: "password-archive",
    category: "attachment",
    defaultSeverity: "medium",
    senderSignal: false,
    description: {
      ja: "パスワード付きの圧縮ファイルと、本文中のパスワードの案内がそろっているかを見ます。中身をウイルス対策ソフトが検査できないためです。",
      en: "Looks for a password-protected archive together with a password mentioned in the body: antivirus software cannot look inside such files.",
    },
  },
  messages: {
    passwordArchive: {
      ja: "添付ファイル「{file}」はパスワード付きの圧縮ファイルのようです（本文に「{word}」）。中身を確認できないため、送信者に電話など別の手段で確認してください。",
      en: 'The attachment "{file}" looks like a password-protected archive (the text mentions "{word}"). Its contents cannot be checked, so confirm with the sender by phone or another channel.',
    },
  },
  check: ({ facts, policy }) => {
    const archives = facts.attachments.filter(
      (a) => isArchiveKind(inspectFileName(a.name).kind) || (a.bytes !== undefined && looksLikeZip(a.bytes)),
    );
    if (archives.length === 0) return [];
    const word = passwordMention(`${facts.subject}\n${visibleBody(facts)}`);
    if (word === undefined) return [];
    const findings: FindingDraft<Id>[] = [];
    for (const archive of archives) {
      if (!mayBeEncrypted(archive, policy.limits.maxAttachmentBytes)) continue;
      findings.push({ messageId: "passwordArchive", evidence: { file: archive.name, word } });
    }
    return findings;
  },
});
