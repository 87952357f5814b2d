import { defineRule, type FindingDraft } from "./rule";
import { inspectFileName, isImageExtension, type Disguise } from "../text/file-name";
import { kindNames } from "../text/file-kind-names";
import type { Localized } from "../model/verdict";

type Id = "riskyType" | "disguisedName";

const disguiseNames: Readonly<Record<Disguise, Localized>> = {
  bidiControl: {
    ja: "文字の並びを逆にする制御文字で拡張子を隠しています",
    en: "a control character reverses the text to hide the extension",
  },
  doubleExtension: {
    ja: "二重の拡張子で別の種類のファイルに見せかけています",
    en: "a double extension makes it look like another type of file",
  },
  paddedName: {
    ja: "空白を詰めて本当の拡張子を見えにくくしています",
    en: "padding spaces push the real extension out of sight",
  },
};

export const riskyAttachment = defineRule<Id>({
  meta: {
    id: "risky-attachment",
    category: "attachment",
    defaultSeverity: "medium",
    senderSignal: false,
    description: {
      ja: "ウイルスがよく使う種類の添付ファイル（圧縮ファイル、マクロ付き・旧形式のOffice、OneNote、ショートカット、スクリプト、実行ファイル、HTML）と、拡張子の偽装を見ます。",
      en: "Looks for attachment types malware often uses (archives, macro or old-format Office, OneNote, shortcuts, scripts, programs, HTML) and disguised extensions.",
    },
  },
  messages: {
    riskyType: {
      ja: "添付ファイル「{file}」は{kindJa}です。送信者に心当たりがない場合は開かないでください。",
      en: 'The attachment "{file}" is {kindEn}. Do not open it unless you know the sender.',
    },
    disguisedName: {
      ja: "添付ファイル「{file}」は名前を偽装しています：{disguiseJa}。本当の種類は{kindJa}（.{extension}）です。開かないでください。",
      en: 'The attachment "{file}" has a disguised name: {disguiseEn}. It is really {kindEn} (.{extension}). Do not open it.',
    },
  },
  headlines: {
    disguisedName: {
      ja: "添付ファイルの名前が偽装されています。開かないでください。",
      en: "An attachment's name is disguised. Do not open it.",
    },
  },
  check: ({ facts }) => {
    const findings: FindingDraft<Id>[] = [];
    for (const attachment of facts.attachments) {
      const name = inspectFileName(attachment.name);
      // Inline images are the pictures in the body (logos, signatures), not files to open.
      if (attachment.inline && isImageExtension(name.extension)) continue;
      if (name.disguise !== undefined) {
        const disguise = disguiseNames[name.disguise];
        const kind = name.kind ? kindNames[name.kind] : { ja: "別の種類のファイル", en: "another type of file" };
        // Nobody disguises a harmless file: a hidden extension is deliberate deception.
        findings.push({
          messageId: "disguisedName",
          severity: "strong",
          evidence: {
            file: attachment.name,
            shownAs: name.cleaned,
            extension: name.extension,
            disguiseJa: disguise.ja,
            disguiseEn: disguise.en,
            kindJa: kind.ja,
            kindEn: kind.en,
          },
        });
      } else if (name.kind !== undefined) {
        const kind = kindNames[name.kind];
        findings.push({
          messageId: "riskyType",
          evidence: { file: attachment.name, extension: name.extension, kindJa: kind.ja, kindEn: kind.en },
        });
      }
    }
    return findings;
  },
});
