import PostalMime, { type Attachment, type Email, type Header } from "postal-mime";
import type { AttachmentFact, HeaderField, Mailbox, MessageFacts, MissingPart } from "../core/model/facts";
import { buildFacts, type FactLimits } from "../core/model/build-facts";
import { headerValues, parseHeaderBlock } from "../core/net/header-block";
import { decodeEncodedWords } from "../core/net/encoded-words";
import { parseMailboxes } from "./mailbox";
import { cleanText, removeNul, repairMojibake } from "./text-repair";
import { defaultPolicy } from "../core/policy/load";
import { errorText } from "../core/text/error-text";

/**
 * Caps, so one huge or hostile file cannot stall the parser or the rules. The defaults equal the
 * policy's `limits` defaults; the CLI passes the policy's own values.
 */
export type EmlOptions = {
  /** Larger input is refused with an error (the caller reports it); default 50 MB. */
  readonly maxMessageBytes?: number;
  /** Characters kept of the text body and of the HTML body each; default 2,000,000. */
  readonly maxBodyChars?: number;
  /** Bytes kept per attachment; a larger one is listed without bytes; default 10,000,000. */
  readonly maxAttachmentBytes?: number;
  /** The mailbox owner's address and name, when the caller knows them. */
  readonly userAddress?: string;
  readonly userName?: string;
};

export const emlDefaults = {
  maxMessageBytes: 50_000_000,
  maxBodyChars: defaultPolicy.limits.maxBodyChars,
  maxAttachmentBytes: defaultPolicy.limits.maxAttachmentBytes,
} as const;

export type EmlInput = Uint8Array | ArrayBuffer | string;

function byteLength(input: EmlInput): number {
  // A string's UTF-8 size is at least its length; the exact size is not worth encoding twice.
  return typeof input === "string" ? input.length : input.byteLength;
}

const htmlType = Array.from("text/html", (c) => c.charCodeAt(0));

/**
 * postal-mime renders an HTML body from the text body when a mail has none; only a real
 * text/html part counts as bodyHtml, so the scan looks for the media type in the raw bytes.
 */
function mentionsHtmlPart(input: EmlInput): boolean {
  if (typeof input === "string") return /text\/html/i.test(input);
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  const last = bytes.length - htmlType.length;
  outer: for (let i = 0; i <= last; i++) {
    for (let j = 0; j < htmlType.length; j++) {
      const b = bytes[i + j] ?? 0;
      // ASCII upper case folds to lower case by setting bit 0x20 (only for letters).
      const lower = b >= 0x41 && b <= 0x5a ? b | 0x20 : b;
      if (lower !== htmlType[j]) continue outer;
    }
    return true;
  }
  return false;
}

function toHeaders(headers: readonly Header[]): HeaderField[] {
  return headers.map((h) => ({ name: h.originalKey, value: h.value }));
}

function mailboxList(headers: readonly HeaderField[], key: string): Mailbox[] {
  return headerValues(headers, key).flatMap((raw) => [...parseMailboxes(raw).mailboxes]);
}

type FromResult = { readonly from?: Mailbox; readonly missing?: MissingPart };

/**
 * The first From header decides (several From headers are kept in `headers` for the rules).
 * Absent or empty → from undefined and "absent"; text without a usable address → a name-only
 * mailbox plus "failed", so the verdict can still flag the name but never says safe.
 */
function readFrom(headers: readonly HeaderField[]): FromResult {
  const raw = headerValues(headers, "from").find((value) => value.trim() !== "");
  if (raw === undefined) return { missing: { part: "from", reason: "absent" } };
  const parsed = parseMailboxes(raw);
  const first = parsed.mailboxes[0];
  if (first !== undefined && parsed.problem === undefined) return { from: first };
  const detail = parsed.problem ?? "no address could be read";
  if (first !== undefined) return { from: first, missing: { part: "from", reason: "failed", detail } };
  const name = parsed.nameOnly ?? "";
  return name === ""
    ? { missing: { part: "from", reason: "failed", detail } }
    : { from: { name, address: "" }, missing: { part: "from", reason: "failed", detail } };
}

function readSender(headers: readonly HeaderField[]): Mailbox | undefined {
  const raw = headerValues(headers, "sender")[0];
  return raw === undefined ? undefined : parseMailboxes(raw).mailboxes[0];
}

function attachmentBytes(content: Attachment["content"]): Uint8Array {
  if (typeof content === "string") return new TextEncoder().encode(content);
  return content instanceof Uint8Array ? content : new Uint8Array(content);
}

function toAttachment(att: Attachment): AttachmentFact {
  const bytes = attachmentBytes(att.content);
  return {
    name: cleanText(att.filename ?? ""),
    size: bytes.byteLength,
    inline: att.disposition === "inline" || att.related === true,
    contentType: att.mimeType,
    bytes,
  };
}

function readBodies(email: Email, input: EmlInput): { bodyText: string; bodyHtml?: string } {
  // Line ends become "\n" so rules can match lines without caring how the mail was written.
  const bodyText = repairMojibake(removeNul(email.text ?? "")).replace(/\r\n?/g, "\n");
  const realHtml = email.html !== undefined && mentionsHtmlPart(input);
  return realHtml ? { bodyText, bodyHtml: repairMojibake(removeNul(email.html ?? "")) } : { bodyText };
}

function limitsOf(options: EmlOptions): FactLimits {
  return {
    maxBodyChars: options.maxBodyChars ?? emlDefaults.maxBodyChars,
    maxAttachmentBytes: options.maxAttachmentBytes ?? emlDefaults.maxAttachmentBytes,
  };
}

function user(options: EmlOptions): { userAddress?: string; userName?: string } {
  return {
    ...(options.userAddress !== undefined ? { userAddress: options.userAddress } : {}),
    ...(options.userName !== undefined ? { userName: options.userName } : {}),
  };
}

/**
 * Turns the bytes of an .eml file into MessageFacts. Runs in Node and in the browser (postal-mime,
 * TextDecoder and Uint8Array only).
 *
 * Rejects when the input is over `maxMessageBytes` or postal-mime itself fails; the caller decides
 * what that means (the CLI prints an `unknown` line). Everything else that is broken — no From,
 * an address hidden in an encoded word, a body or attachment over its cap — is recorded in
 * `missing`, so the verdict can never come out `safe` on data that was not read.
 */
/** How much of a message's start is read for its header block when the MIME structure is broken. */
const fallbackHeaderBytes = 256 * 1024;

function headerSection(input: EmlInput): string {
  const text =
    typeof input === "string"
      ? input.slice(0, fallbackHeaderBytes)
      : new TextDecoder("utf-8", { fatal: false }).decode(
          (input instanceof Uint8Array ? input : new Uint8Array(input)).subarray(0, fallbackHeaderBytes),
        );
  const end = text.search(/\r?\n\r?\n/);
  return end < 0 ? text : text.slice(0, end);
}

/**
 * When the MIME structure cannot be parsed (hundreds of nested parts, a header line over the
 * parser's limit), the sender is still worth checking: the header block alone is read, and the
 * body and attachments are recorded as unreadable, so the verdict is never `safe`.
 */
function headersOnlyFacts(input: EmlInput, problem: string, options: EmlOptions): MessageFacts {
  const fields = parseHeaderBlock(removeNul(headerSection(input)));
  const headers = fields;
  const missing: MissingPart[] = [
    { part: "body", reason: "failed", detail: `MIME structure could not be parsed: ${problem}` },
    { part: "attachments", reason: "failed", detail: `MIME structure could not be parsed: ${problem}` },
  ];
  const { from, missing: fromMissing } = readFrom(headers);
  if (fromMissing) missing.push(fromMissing);
  const sender = readSender(headers);
  const subject = decodeEncodedWords(headerValues(headers, "subject")[0] ?? "");
  return buildFacts(
    {
      ...(from ? { from } : {}),
      ...(sender ? { sender } : {}),
      replyTo: mailboxList(headers, "reply-to"),
      to: mailboxList(headers, "to"),
      cc: mailboxList(headers, "cc"),
      subject: cleanText(subject),
      headers,
      ...user(options),
      missing,
    },
    limitsOf(options),
  );
}

export async function emlToFacts(input: EmlInput, options: EmlOptions = {}): Promise<MessageFacts> {
  const maxMessageBytes = options.maxMessageBytes ?? emlDefaults.maxMessageBytes;
  const size = byteLength(input);
  if (size > maxMessageBytes)
    throw new Error(`message is ${size} bytes, larger than the ${maxMessageBytes}-byte limit`);

  let email: Email;
  try {
    email = await PostalMime.parse(input, { forceRfc822Attachments: true, attachmentEncoding: "arraybuffer" });
  } catch (error) {
    return headersOnlyFacts(input, errorText(error), options);
  }
  const missing: MissingPart[] = [];
  const headers = toHeaders(email.headers);
  const { from, missing: fromMissing } = readFrom(headers);
  if (fromMissing) missing.push(fromMissing);
  const sender = readSender(headers);
  return buildFacts(
    {
      ...(from ? { from } : {}),
      ...(sender ? { sender } : {}),
      replyTo: mailboxList(headers, "reply-to"),
      ...(email.returnPath !== undefined ? { returnPath: email.returnPath } : {}),
      to: mailboxList(headers, "to"),
      cc: mailboxList(headers, "cc"),
      subject: cleanText(email.subject ?? ""),
      headers,
      ...readBodies(email, input),
      attachments: email.attachments.map(toAttachment),
      ...user(options),
      missing,
    },
    limitsOf(options),
  );
}
