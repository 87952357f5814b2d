import { describe, expect, it } from "vitest";
import { archiveContents } from "../../../src/core/rules/archive-contents";
import { analyze, buildFacts, defaultPolicy, factLimitsOf } from "../../../src/core";
import { outsideMail, ruleTable } from "../../support/rule-table";
import { buildZip, type ZipEntrySpec } from "../../../scripts/fixtures/zip";

const zipOf = (entries: ZipEntrySpec[], name = "請求書.zip") => ({
  attachments: [{ name, size: 1000, inline: false, bytes: buildZip(entries) }],
});
const smallPolicy = { ...defaultPolicy, limits: { ...defaultPolicy.limits, maxAttachmentBytes: 1000 } };

ruleTable(archiveContents, {
  valid: [
    { name: "no attachments", facts: {} },
    {
      name: "zip of ordinary documents",
      facts: zipOf([{ name: "報告書.pdf" }, { name: "写真/" }, { name: "写真/001.jpg" }, { name: "表.xlsx" }]),
    },
    {
      name: "attachment without bytes (not fetched)",
      facts: { attachments: [{ name: "a.zip", size: 10, inline: false }] },
    },
    {
      name: "non-archive bytes are not examined",
      facts: { attachments: [{ name: "a.pdf", size: 3, inline: false, bytes: new Uint8Array([37, 80, 68]) }] },
    },
    {
      name: "well-compressed but small text",
      facts: zipOf([{ name: "log.txt", claimedCompressedSize: 1000, claimedSize: 900_000 }]),
    },
  ],
  invalid: [
    {
      name: "shortcut inside",
      facts: zipOf([{ name: "請求書.lnk" }]),
      findings: [{ messageId: "dangerousEntry", severity: "strong", evidence: { entry: "請求書.lnk", count: "1" } }],
    },
    {
      name: "macro documents grouped by kind",
      facts: zipOf([{ name: "a.xlsm" }, { name: "sub/b.docm" }, { name: "c.xls" }]),
      findings: [
        { messageId: "dangerousEntry", severity: "strong", evidence: { entry: "a.xlsm", count: "2" } },
        { messageId: "dangerousEntry", severity: "strong", evidence: { entry: "c.xls", count: "1" } },
      ],
    },
    {
      name: "OneNote inside",
      facts: zipOf([{ name: "note.one" }]),
      findings: [{ messageId: "dangerousEntry", severity: "strong" }],
    },
    {
      name: "nested archive",
      facts: zipOf([{ name: "inner.zip" }]),
      findings: [{ messageId: "nestedArchive", severity: "strong", evidence: { entry: "inner.zip" } }],
    },
    {
      name: "double extension inside",
      facts: zipOf([{ name: "scan.pdf.exe" }]),
      findings: [{ messageId: "disguisedEntry", severity: "strong" }],
    },
    {
      name: "Emotet-style padded document (500 MB claimed)",
      facts: zipOf([{ name: "report.docx", claimedCompressedSize: 600_000, claimedSize: 500_000_000 }]),
      findings: [{ messageId: "paddedEntry", severity: "strong", evidence: { unpackedMB: "500", packedMB: "0.6" } }],
    },
    {
      name: "absurd ratio below the size limit",
      facts: zipOf([{ name: "a.txt", claimedCompressedSize: 10_000, claimedSize: 50_000_000 }]),
      findings: [{ messageId: "paddedEntry", severity: "strong" }],
    },
    {
      name: "encrypted macro document: named and locked",
      facts: zipOf([{ name: "請求書.xlsm", encrypted: true, data: new Uint8Array(12) }]),
      findings: [
        { messageId: "dangerousEntry", severity: "strong", evidence: { entry: "請求書.xlsm" } },
        { messageId: "encryptedEntries", severity: "medium", evidence: { count: "1" } },
      ],
    },
    {
      name: "encrypted ordinary file: cannot be checked",
      facts: zipOf([{ name: "a.pdf", encrypted: true }]),
      findings: [{ messageId: "encryptedEntries", severity: "medium" }],
    },
    {
      name: "corrupt zip says so",
      facts: {
        attachments: [
          {
            name: "a.zip",
            size: 10,
            inline: false,
            bytes: new TextEncoder().encode("PK\u0003\u0004 but then nothing else"),
          },
        ],
      },
      findings: [
        {
          messageId: "unreadable",
          severity: "medium",
          evidence: { file: "a.zip", problemEn: "it cannot be read as a zip" },
        },
      ],
    },
    {
      name: "fewer entries than declared",
      facts: {
        attachments: [
          { name: "a.zip", size: 10, inline: false, bytes: buildZip([{ name: "a.txt" }], { claimedEntries: 9 }) },
        ],
      },
      findings: [{ messageId: "unreadable", severity: "medium" }],
    },
    {
      name: "over the byte limit: not examined, and said so",
      policy: smallPolicy,
      facts: zipOf([{ name: "big.bin", data: new Uint8Array(2000) }]),
      findings: [{ messageId: "notExamined", severity: "info", evidence: { whyEn: "it is larger than the limit" } }],
    },
    {
      name: "skipped by the adapter for size",
      facts: { attachments: [{ name: "big.zip", size: 50_000_000, inline: false, bytesSkippedBySize: true }] },
      findings: [{ messageId: "notExamined", severity: "info" }],
    },
    {
      name: "rar bytes are not read",
      facts: { attachments: [{ name: "a.rar", size: 3, inline: false, bytes: new Uint8Array([0x52, 0x61, 0x72]) }] },
      findings: [{ messageId: "notExamined", severity: "info", evidence: { whyEn: "it is not a zip" } }],
    },
  ],
});

describe("archive over the byte limit", () => {
  it("keeps the verdict from being safe: the content is listed as not examined", () => {
    const facts = buildFacts(
      outsideMail(zipOf([{ name: "big.pdf", data: new Uint8Array(2000) }], "big.zip")),
      factLimitsOf(smallPolicy),
    );
    const verdict = analyze(facts, smallPolicy, { rules: [archiveContents] });
    expect(verdict.level).toBe("unknown");
    expect(verdict.skipped.map((s) => [s.part, s.reason])).toEqual([["attachmentContent", "tooLarge"]]);
    expect(verdict.skipped[0]?.detail).toMatch(/^big\.zip: \d+ bytes, limit 1000$/);
  });
});
