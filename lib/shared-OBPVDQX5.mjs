// Generated from src/cli by `npm run build:cli`; do not edit. A test checks it is up to date.
import {
  cleanText,
  emlDefaults,
  headerValues,
  looksLikeMsg,
  parseHeaderBlock,
  parseMailboxes,
  removeNul
} from "./shared-3SKTSMIP.mjs";
import {
  decodeEncodedWords,
  extractLinks
} from "./shared-B6C7M5UA.mjs";

// require:@kenjiuno/msgreader
import { createRequire } from "node:module";
var require2 = createRequire(import.meta.url);
var required = require2("@kenjiuno/msgreader");
var msgreader_default = required;
var CalendarType = required.CalendarType;
var EndType = required.EndType;
var OverrideFlags = required.OverrideFlags;
var PatternType = required.PatternType;
var RecurFrequency = required.RecurFrequency;

// src/mime/msg-to-facts.ts
var MsgReader = msgreader_default.default ?? msgreader_default;
function readMsg(bytes) {
  if (!looksLikeMsg(bytes)) throw new Error("not an Outlook .msg file (no compound-file signature)");
  const copy = bytes.slice().buffer;
  const reader = new MsgReader(copy);
  const data = reader.getFileData();
  if (data.error !== void 0) throw new Error(`cannot read .msg: ${data.error}`);
  return { reader, data };
}
function list(headers, key) {
  return headerValues(headers, key).flatMap((raw) => [...parseMailboxes(raw).mailboxes]);
}
function senderOf(data) {
  const smtp = data.senderSmtpAddress ?? (data.senderAddressType?.toUpperCase() === "SMTP" ? data.senderEmail : void 0);
  const name = cleanText(data.senderName ?? "");
  if (smtp === void 0 && name === "") return void 0;
  return { name: name === smtp ? "" : name, address: smtp ?? "" };
}
function recipients(data, kind) {
  return (data.recipients ?? []).filter((r) => (r.recipType ?? "to") === kind).map((r) => ({ name: cleanText(r.name ?? ""), address: r.smtpAddress ?? r.email ?? "" }));
}
function attachmentsOf(reader, data, maxBytes, missing) {
  const out = [];
  for (const att of data.attachments ?? []) {
    if (att.innerMsgContent === true) {
      out.push({
        name: `${cleanText(att.name ?? "message")}.msg`,
        size: -1,
        inline: false,
        contentType: "application/vnd.ms-outlook"
      });
      continue;
    }
    const name = cleanText(att.fileName ?? att.name ?? "");
    const size = att.contentLength ?? -1;
    const inline = att.attachmentHidden === true;
    if (size > maxBytes) {
      missing.push({
        part: "attachmentContent",
        reason: "tooLarge",
        detail: `${name || "(unnamed)"}: ${size} bytes, limit ${maxBytes}`
      });
      out.push({ name, size, inline, bytesSkippedBySize: true });
      continue;
    }
    try {
      const content = reader.getAttachment(att).content;
      out.push({ name, size: content.byteLength, inline, bytes: content });
    } catch (error) {
      missing.push({
        part: "attachmentContent",
        reason: "failed",
        detail: `${name}: ${error instanceof Error ? error.message : String(error)}`
      });
      out.push({ name, size, inline });
    }
  }
  return out;
}
function msgToFacts(bytes, options = {}) {
  const maxBodyChars = options.maxBodyChars ?? emlDefaults.maxBodyChars;
  const maxAttachmentBytes = options.maxAttachmentBytes ?? emlDefaults.maxAttachmentBytes;
  const { reader, data } = readMsg(bytes);
  const missing = [];
  const headerText = removeNul(data.headers ?? "").trim();
  const headers = headerText === "" ? void 0 : parseHeaderBlock(headerText);
  if (!headers)
    missing.push({
      part: "headers",
      reason: "absent",
      detail: "the .msg holds no internet headers (a saved draft or sent item)"
    });
  const fromHeader = headers ? list(headers, "from")[0] : void 0;
  const from = fromHeader ?? senderOf(data);
  if (!from) missing.push({ part: "from", reason: "absent" });
  else if (from.address === "")
    missing.push({ part: "from", reason: "failed", detail: "the sender has no SMTP address in the .msg" });
  let bodyText = removeNul(data.body ?? "").replace(/\r\n?/g, "\n");
  const html = data.bodyHtml !== void 0 ? removeNul(data.bodyHtml) : void 0;
  if (bodyText.length > maxBodyChars || (html?.length ?? 0) > maxBodyChars) {
    missing.push({
      part: "body",
      reason: "tooLarge",
      detail: `body longer than ${maxBodyChars} characters; the rest was not examined`
    });
    bodyText = bodyText.slice(0, maxBodyChars);
  }
  const bodyHtml = html?.slice(0, maxBodyChars);
  const subject = headers ? decodeEncodedWords(headerValues(headers, "subject")[0] ?? data.subject ?? "") : data.subject ?? "";
  const returnPath = headers ? headerValues(headers, "return-path")[0]?.replace(/[<>\s]/g, "") : void 0;
  return {
    ...from ? { from } : {},
    replyTo: headers ? list(headers, "reply-to") : [],
    ...returnPath ? { returnPath } : {},
    to: headers ? list(headers, "to") : recipients(data, "to"),
    cc: headers ? list(headers, "cc") : recipients(data, "cc"),
    subject: cleanText(subject),
    ...headers ? { headers } : {},
    bodyText,
    ...bodyHtml !== void 0 ? { bodyHtml } : {},
    links: bodyHtml !== void 0 ? extractLinks(bodyHtml) : [],
    attachments: attachmentsOf(reader, data, maxAttachmentBytes, missing),
    ...options.userAddress !== void 0 ? { userAddress: options.userAddress } : {},
    ...options.userName !== void 0 ? { userName: options.userName } : {},
    missing
  };
}

export {
  readMsg,
  msgToFacts
};
