import { passwordArchive } from "../../../src/core/rules/password-archive";
import { ruleTable } from "../../support/rule-table";
import { buildZip } from "../../../scripts/fixtures/zip";

const zipFile = (name = "請求書.zip") => ({ name, size: 2000, inline: false });
const encrypted = buildZip([{ name: "請求書.xlsm", data: new Uint8Array(20), encrypted: true }]);
const plain = buildZip([{ name: "資料.pdf", data: new Uint8Array(20) }]);

ruleTable(passwordArchive, {
  valid: [
    {
      name: "archive without a password in the text",
      facts: { attachments: [zipFile()], bodyText: "資料を送ります。" },
    },
    {
      name: "password in the text, no archive",
      facts: { attachments: [{ name: "a.pdf", size: 1, inline: false }], bodyText: "パスワード: 1234" },
    },
    {
      name: "password in the text, but the zip we read is not encrypted",
      facts: { attachments: [{ ...zipFile(), bytes: plain }], bodyText: "パスワード: 1234" },
    },
    {
      name: "'PWA' and 'passed' are not password words",
      facts: { attachments: [zipFile()], bodyText: "The PWA build passed." },
    },
  ],
  invalid: [
    {
      name: "PPAP: zip, password sent separately",
      facts: { attachments: [zipFile()], bodyText: "添付ファイルのパスワードは別途お送りします。" },
      findings: [
        { messageId: "passwordArchive", severity: "medium", evidence: { file: "請求書.zip", word: "パスワード" } },
      ],
    },
    {
      name: "encrypted zip per the directory, password in the body",
      facts: { attachments: [{ ...zipFile("doc.zip"), bytes: encrypted }], bodyText: "Password: sa" },
      findings: [{ messageId: "passwordArchive", severity: "medium", evidence: { file: "doc.zip", word: "Password" } }],
    },
    {
      name: "half-width kana ﾊﾟｽﾜｰﾄﾞ",
      facts: { attachments: [zipFile()], bodyText: "ﾊﾟｽﾜｰﾄﾞ:abc" },
      findings: [{ messageId: "passwordArchive", severity: "medium", evidence: { word: "パスワード" } }],
    },
    {
      name: "PW: in the subject",
      facts: { attachments: [zipFile("a.7z")], subject: "PW: 0000" },
      findings: [{ messageId: "passwordArchive", severity: "medium", evidence: { word: "PW" } }],
    },
    {
      name: "解凍 in an HTML-only body",
      facts: { attachments: [zipFile()], bodyText: "", bodyHtml: "<p>解凍キーは<b>1234</b></p>" },
      findings: [{ messageId: "passwordArchive", severity: "medium", evidence: { word: "解凍" } }],
    },
  ],
});
