import { defineRule, type FindingDraft } from "./rule";
import { inspectFileName, isArchiveKind, type FileKind } from "../text/file-name";
import { kindNames } from "../text/file-kind-names";
import { looksLikeZip, type ZipEntry, type ZipError } from "../archive/zip";
import { zipDirectoryOf } from "../archive/cache";
import type { AttachmentFact } from "../model/facts";
import { countOf } from "../text/plural";
import type { Localized } from "../model/verdict";
import type { Policy } from "../policy/schema";

type Id =
  | "dangerousEntry"
  | "nestedArchive"
  | "disguisedEntry"
  | "paddedEntry"
  | "encryptedEntries"
  | "unreadable"
  | "notExamined";

const dangerousKinds = new Set<FileKind>([
  "shortcut",
  "oneNote",
  "macroOffice",
  "legacyOffice",
  "script",
  "executable",
  "html",
]);

/** A few KB of document inflating to hundreds of MB is padding, not content (Emotet's trick to beat scanners). */
const absurdRatio = 1000;
const ratioFloorBytes = 1_000_000;

const errorText: Readonly<Record<ZipError | "incomplete", Localized>> = {
  notZip: { ja: "zip形式として読み取れません", en: "it cannot be read as a zip" },
  truncated: { ja: "ファイルが途中で切れています", en: "the file is cut off" },
  multiDisk: { ja: "複数のファイルに分割された圧縮ファイルです", en: "it is split across several files" },
  corrupt: { ja: "ファイルの構造が壊れています", en: "its structure is broken" },
  incomplete: { ja: "一覧の一部しか読み取れません", en: "only part of its file list can be read" },
};

const notExaminedText: Readonly<Record<"tooLarge" | "format", Localized>> = {
  tooLarge: { ja: "大きすぎるため", en: "it is larger than the limit" },
  format: { ja: "zip以外の形式のため", en: "it is not a zip" },
};

function isPadded(entry: ZipEntry, policy: Policy): boolean {
  if (entry.uncompressedSize > policy.limits.paddedEntryBytes) return true;
  const compressed = Math.max(entry.compressedSize, 1);
  return entry.uncompressedSize >= ratioFloorBytes && entry.uncompressedSize / compressed >= absurdRatio;
}

/** The count in each language's own grammar: nothing to add for one file, and a correct English plural. */
function countWords(count: number): Record<"moreJa" | "moreEn" | "filesEn", string> {
  const more = count - 1;
  return {
    moreJa: more > 0 ? `（ほかに同じ種類が${more}件）` : "",
    moreEn: more > 0 ? ` and ${countOf(more, "more such file")}` : "",
    filesEn: countOf(count, "file"),
  };
}

function megabytes(bytes: number): string {
  return (bytes / 1_000_000).toFixed(bytes >= 10_000_000 ? 0 : 1);
}

type Group = { first: ZipEntry; count: number; kind?: FileKind };

function examineEntries(file: string, entries: readonly ZipEntry[], policy: Policy): FindingDraft<Id>[] {
  const groups = new Map<string, Group>();
  const note = (key: string, entry: ZipEntry, kind?: FileKind): void => {
    const group = groups.get(key);
    if (group) group.count += 1;
    else groups.set(key, { first: entry, count: 1, ...(kind ? { kind } : {}) });
  };
  for (const entry of entries) {
    if (entry.directory) continue;
    const name = inspectFileName(
      entry.name.slice(Math.max(entry.name.lastIndexOf("/"), entry.name.lastIndexOf("\\")) + 1),
    );
    if (name.disguise !== undefined) note("disguisedEntry", entry, name.kind);
    else if (isArchiveKind(name.kind)) note("nestedArchive", entry, name.kind);
    else if (name.kind !== undefined && dangerousKinds.has(name.kind))
      note(`dangerousEntry:${name.kind}`, entry, name.kind);
    if (isPadded(entry, policy)) note("paddedEntry", entry);
    if (entry.encrypted) note("encryptedEntries", entry);
  }
  const findings: FindingDraft<Id>[] = [];
  for (const [key, group] of groups) {
    const messageId = key.split(":")[0] as Id;
    const kind = group.kind ? kindNames[group.kind] : { ja: "ファイル", en: "a file" };
    findings.push({
      messageId,
      ...(messageId === "encryptedEntries" ? { severity: "medium" as const } : {}),
      evidence: {
        file,
        entry: group.first.name,
        count: String(group.count),
        ...countWords(group.count),
        kindJa: kind.ja,
        kindEn: kind.en,
        ...(messageId === "paddedEntry"
          ? { unpackedMB: megabytes(group.first.uncompressedSize), packedMB: megabytes(group.first.compressedSize) }
          : {}),
      },
    });
  }
  return findings;
}

function examine(attachment: AttachmentFact, policy: Policy): FindingDraft<Id>[] {
  const kind = inspectFileName(attachment.name).kind;
  const bytes = attachment.bytes;
  const zipLike = (bytes !== undefined && looksLikeZip(bytes)) || inspectFileName(attachment.name).extension === "zip";
  const notExamined = (why: "tooLarge" | "format"): FindingDraft<Id>[] => [
    {
      messageId: "notExamined",
      evidence: { file: attachment.name, whyJa: notExaminedText[why].ja, whyEn: notExaminedText[why].en },
    },
  ];
  if (bytes === undefined)
    return attachment.bytesSkippedBySize === true && (zipLike || isArchiveKind(kind)) ? notExamined("tooLarge") : [];
  if (!zipLike) return isArchiveKind(kind) ? notExamined("format") : [];
  if (bytes.length > policy.limits.maxAttachmentBytes) return notExamined("tooLarge");
  const read = zipDirectoryOf(bytes);
  if (!read.ok) {
    const text = errorText[read.error];
    return [
      {
        messageId: "unreadable",
        evidence: { file: attachment.name, problemJa: text.ja, problemEn: text.en, detail: read.detail },
      },
    ];
  }
  const findings = examineEntries(attachment.name, read.directory.entries, policy);
  if (read.directory.problems.includes("fewerEntriesThanDeclared")) {
    const text = errorText.incomplete;
    findings.push({
      messageId: "unreadable",
      evidence: {
        file: attachment.name,
        problemJa: text.ja,
        problemEn: text.en,
        detail: `${read.directory.entries.length} of ${read.directory.declaredEntries} entries`,
      },
    });
  }
  return findings;
}

export const archiveContents = defineRule<Id>({
  meta: {
    id: "archive-contents",
    category: "attachment",
    defaultSeverity: "strong",
    senderSignal: false,
    description: {
      ja: "zipファイルの中身の一覧（パスワード付きでも読めます）から、ショートカット、マクロ付き文書、スクリプト、実行ファイル、二重の圧縮、不自然に大きく水増しされたファイルを探します。展開はしません。",
      en: "Reads a zip's file list (readable even with a password) for shortcuts, macro documents, scripts, programs, nested archives and files padded to absurd sizes. Nothing is unpacked.",
    },
  },
  messages: {
    dangerousEntry: {
      ja: "圧縮ファイル「{file}」の中に{kindJa}「{entry}」が入っています{moreJa}。開かないでください。",
      en: 'The archive "{file}" contains {kindEn}: "{entry}"{moreEn}. Do not open it.',
    },
    nestedArchive: {
      ja: "圧縮ファイル「{file}」の中に、さらに圧縮ファイル「{entry}」が入っています。検査を逃れるための手口です。",
      en: 'The archive "{file}" contains another archive, "{entry}": a common way to slip past scanners.',
    },
    disguisedEntry: {
      ja: "圧縮ファイル「{file}」の中の「{entry}」は、名前で別の種類のファイルに見せかけています。開かないでください。",
      en: 'Inside the archive "{file}", "{entry}" uses its name to pass as another type of file. Do not open it.',
    },
    paddedEntry: {
      ja: "圧縮ファイル「{file}」の中の「{entry}」は、{packedMB} MB から {unpackedMB} MB に膨らみます。ウイルス検査を逃れるために水増しされたファイルの特徴です。",
      en: 'Inside the archive "{file}", "{entry}" grows from {packedMB} MB to {unpackedMB} MB: a file padded to slip past virus scanners.',
    },
    encryptedEntries: {
      ja: "圧縮ファイル「{file}」はパスワードで保護されていて、中身（{count}件）を確認できません。",
      en: 'The archive "{file}" is password-protected, so the {filesEn} inside cannot be checked.',
    },
    unreadable: {
      ja: "圧縮ファイル「{file}」の中身を確認できませんでした：{problemJa}。",
      en: 'The contents of the archive "{file}" could not be checked: {problemEn}.',
    },
    notExamined: {
      ja: "圧縮ファイル「{file}」は、{whyJa}中身を確認していません。",
      en: 'The contents of the archive "{file}" were not checked: {whyEn}.',
    },
  },
  headlines: {
    dangerousEntry: {
      ja: "添付の圧縮ファイルに危険な種類のファイルが入っています。開かないでください。",
      en: "The attached archive holds a dangerous type of file. Do not open it.",
    },
    paddedEntry: {
      ja: "添付の圧縮ファイルに、検査逃れのため水増しされたファイルがあります。",
      en: "The attached archive holds a file padded to slip past scanners.",
    },
  },
  check: ({ facts, policy }) => {
    const findings: FindingDraft<Id>[] = [];
    for (const attachment of facts.attachments) {
      for (const finding of examine(attachment, policy)) {
        findings.push(
          finding.messageId === "unreadable"
            ? { ...finding, severity: "medium" }
            : finding.messageId === "notExamined"
              ? { ...finding, severity: "info" }
              : finding,
        );
      }
    }
    return findings;
  },
});
