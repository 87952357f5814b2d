import MsgReaderModule, { type FieldsData } from "@kenjiuno/msgreader";
import type { AttachmentFact, HeaderField, Mailbox, MessageFacts, MissingPart } from "../core/model/facts";
import { headerValues, parseHeaderBlock } from "../core/net/header-block";
import { decodeEncodedWords } from "../core/net/encoded-words";
import { extractLinks } from "../core/text/html";
import { parseMailboxes } from "./mailbox";
import { cleanText, removeNul } from "./text-repair";
import { emlDefaults, type EmlOptions } from "./eml-to-facts";
import { looksLikeMsg } from "./msg-signature";

// The package is CommonJS with a default export; bundlers and Node's ESM loader disagree on where it lands.
const MsgReader = (MsgReaderModule as unknown as { default?: typeof MsgReaderModule }).default ?? MsgReaderModule;

export { looksLikeMsg };

/** Opens a .msg; throws with the parser's message when the file is not one. */
export function readMsg(bytes: Uint8Array): { reader: InstanceType<typeof MsgReader>; data: FieldsData } {
  if (!looksLikeMsg(bytes)) throw new Error("not an Outlook .msg file (no compound-file signature)");
  const copy = bytes.slice().buffer;
  const reader = new MsgReader(copy);
  const data = reader.getFileData();
  if (data.error !== undefined) throw new Error(`cannot read .msg: ${data.error}`);
  return { reader, data };
}

function list(headers: readonly HeaderField[], key: string): Mailbox[] {
  return headerValues(headers, key).flatMap((raw) => [...parseMailboxes(raw).mailboxes]);
}

/** The SMTP address Outlook stored for the sender; Exchange-internal (EX) addresses are not SMTP. */
function senderOf(data: FieldsData): Mailbox | undefined {
  const smtp =
    data.senderSmtpAddress ?? (data.senderAddressType?.toUpperCase() === "SMTP" ? data.senderEmail : undefined);
  const name = cleanText(data.senderName ?? "");
  if (smtp === undefined && name === "") return undefined;
  return { name: name === smtp ? "" : name, address: smtp ?? "" };
}

function recipients(data: FieldsData, kind: "to" | "cc"): Mailbox[] {
  return (data.recipients ?? [])
    .filter((r) => (r.recipType ?? "to") === kind)
    .map((r) => ({ name: cleanText(r.name ?? ""), address: r.smtpAddress ?? r.email ?? "" }));
}

function attachmentsOf(
  reader: InstanceType<typeof MsgReader>,
  data: FieldsData,
  maxBytes: number,
  missing: MissingPart[],
): AttachmentFact[] {
  const out: AttachmentFact[] = [];
  for (const att of data.attachments ?? []) {
    if (att.innerMsgContent === true) {
      // An attached Outlook item: its name is what the reader sees; its content is another message.
      out.push({
        name: `${cleanText(att.name ?? "message")}.msg`,
        size: -1,
        inline: false,
        contentType: "application/vnd.ms-outlook",
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
        detail: `${name || "(unnamed)"}: ${size} bytes, limit ${maxBytes}`,
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
        detail: `${name}: ${error instanceof Error ? error.message : String(error)}`,
      });
      out.push({ name, size, inline });
    }
  }
  return out;
}

/**
 * Turns an Outlook .msg into MessageFacts with @kenjiuno/msgreader. A received .msg keeps the
 * internet headers (PR_TRANSPORT_MESSAGE_HEADERS) and is read from them like an .eml; a saved
 * draft or sent item has none, so From comes from Outlook's sender properties and the headers
 * are recorded as missing (never `safe` on what could not be read).
 */
export function msgToFacts(bytes: Uint8Array, options: EmlOptions = {}): MessageFacts {
  const maxBodyChars = options.maxBodyChars ?? emlDefaults.maxBodyChars;
  const maxAttachmentBytes = options.maxAttachmentBytes ?? emlDefaults.maxAttachmentBytes;
  const { reader, data } = readMsg(bytes);
  const missing: MissingPart[] = [];
  const headerText = removeNul(data.headers ?? "").trim();
  const headers = headerText === "" ? undefined : parseHeaderBlock(headerText);
  if (!headers)
    missing.push({
      part: "headers",
      reason: "absent",
      detail: "the .msg holds no internet headers (a saved draft or sent item)",
    });
  const fromHeader = headers ? list(headers, "from")[0] : undefined;
  const from = fromHeader ?? senderOf(data);
  if (!from) missing.push({ part: "from", reason: "absent" });
  else if (from.address === "")
    missing.push({ part: "from", reason: "failed", detail: "the sender has no SMTP address in the .msg" });
  let bodyText = removeNul(data.body ?? "").replace(/\r\n?/g, "\n");
  const html = data.bodyHtml !== undefined ? removeNul(data.bodyHtml) : undefined;
  if (bodyText.length > maxBodyChars || (html?.length ?? 0) > maxBodyChars) {
    missing.push({
      part: "body",
      reason: "tooLarge",
      detail: `body longer than ${maxBodyChars} characters; the rest was not examined`,
    });
    bodyText = bodyText.slice(0, maxBodyChars);
  }
  const bodyHtml = html?.slice(0, maxBodyChars);
  const subject = headers
    ? decodeEncodedWords(headerValues(headers, "subject")[0] ?? data.subject ?? "")
    : (data.subject ?? "");
  const returnPath = headers ? headerValues(headers, "return-path")[0]?.replace(/[<>\s]/g, "") : undefined;
  return {
    ...(from ? { from } : {}),
    replyTo: headers ? list(headers, "reply-to") : [],
    ...(returnPath ? { returnPath } : {}),
    to: headers ? list(headers, "to") : recipients(data, "to"),
    cc: headers ? list(headers, "cc") : recipients(data, "cc"),
    subject: cleanText(subject),
    ...(headers ? { headers } : {}),
    bodyText,
    ...(bodyHtml !== undefined ? { bodyHtml } : {}),
    links: bodyHtml !== undefined ? extractLinks(bodyHtml) : [],
    attachments: attachmentsOf(reader, data, maxAttachmentBytes, missing),
    ...(options.userAddress !== undefined ? { userAddress: options.userAddress } : {}),
    ...(options.userName !== undefined ? { userName: options.userName } : {}),
    missing,
  };
}
