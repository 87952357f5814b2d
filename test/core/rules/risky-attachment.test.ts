import { describe, expect, it } from "vitest";
import { riskyAttachment } from "../../../src/core/rules/risky-attachment";
import { inspectFileName } from "../../../src/core/text/file-name";
import { ruleTable } from "../../support/rule-table";

const file = (name: string, inline = false) => ({ attachments: [{ name, size: 1000, inline }] });

ruleTable(riskyAttachment, {
  valid: [
    { name: "plain PDF", facts: file("案内.pdf") },
    { name: "modern Word (too common to flag)", facts: file("議事録.docx") },
    { name: "modern Excel", facts: file("予定表.xlsx") },
    { name: "inline image", facts: file("image001.png", true) },
    { name: "archive of a PDF is an archive, not a disguise", facts: { attachments: [] } },
    { name: "no extension", facts: file("README") },
  ],
  invalid: [
    {
      name: "zip",
      facts: file("請求書.zip"),
      findings: [{ messageId: "riskyType", severity: "medium", evidence: { extension: "zip" } }],
    },
    {
      name: "macro Excel",
      facts: file("請求書.xlsm"),
      findings: [{ messageId: "riskyType", severity: "medium", evidence: { extension: "xlsm" } }],
    },
    {
      name: "legacy Word (Emotet's .doc)",
      facts: file("INV_2022.doc"),
      findings: [{ messageId: "riskyType", severity: "medium", evidence: { extension: "doc" } }],
    },
    {
      name: "OneNote",
      facts: file("note.one"),
      findings: [{ messageId: "riskyType", severity: "medium", evidence: { extension: "one" } }],
    },
    { name: "shortcut", facts: file("photo.lnk"), findings: [{ messageId: "riskyType", severity: "medium" }] },
    {
      name: "disk image",
      facts: file("scan.iso"),
      findings: [{ messageId: "riskyType", severity: "medium", evidence: { extension: "iso" } }],
    },
    { name: "HTML", facts: file("login.htm"), findings: [{ messageId: "riskyType", severity: "medium" }] },
    {
      name: "upper-case full-width extension",
      facts: file("請求書．ＺＩＰ"),
      findings: [{ messageId: "riskyType", severity: "medium", evidence: { extension: "zip" } }],
    },
    {
      name: "a risky file marked inline still counts",
      facts: file("run.js", true),
      findings: [{ messageId: "riskyType", severity: "medium" }],
    },
    {
      name: "double extension",
      facts: file("請求書.pdf.exe"),
      findings: [{ messageId: "disguisedName", severity: "strong", evidence: { extension: "exe" } }],
    },
    {
      name: "right-to-left override",
      facts: file("請求書\u202Efdp.scr"),
      findings: [
        { messageId: "disguisedName", severity: "strong", evidence: { shownAs: "請求書fdp.scr", extension: "scr" } },
      ],
    },
    {
      name: "spaces pushing the extension away",
      facts: file("invoice.pdf                    .exe"),
      findings: [{ messageId: "disguisedName", severity: "strong" }],
    },
    {
      name: "padding without a decoy",
      facts: file("invoice      .js"),
      findings: [{ messageId: "disguisedName", severity: "strong", evidence: { extension: "js" } }],
    },
    {
      name: "trailing dots and spaces are ignored as Windows does",
      facts: file("setup.exe. . "),
      findings: [{ messageId: "riskyType", severity: "medium", evidence: { extension: "exe" } }],
    },
  ],
});

describe("inspectFileName", () => {
  it("stays linear on a hostile name", () => {
    const started = performance.now();
    inspectFileName(`${" ".repeat(100_000)}x${".".repeat(100_000)} y`);
    expect(performance.now() - started).toBeLessThan(200);
  });
});
