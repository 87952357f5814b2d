import type { AttachmentFact, HeaderField, LinkFact, Mailbox, MessageFacts, MissingPart } from "./facts";
import type { FactLimits } from "./fact-limits";
import { extractLinks, htmlToText } from "../text/html";
import { errorText } from "../text/error-text";

export { factLimitsOf, type FactLimits } from "./fact-limits";

/**
 * The one place MessageFacts are assembled: the Outlook reader (src/office/read-item.ts) and the
 * .eml reader (src/mime/eml-to-facts.ts) hand over what they extracted, and the caps are applied
 * here, each worded once, so a capped or unreadable part always reaches the verdict the same way.
 */

/** What a reader extracted; every part it could not read is absent and listed in `missing`. */
export type ExtractedParts = {
  readonly from?: Mailbox;
  readonly sender?: Mailbox;
  readonly replyTo?: readonly Mailbox[];
  readonly returnPath?: string;
  readonly to?: readonly Mailbox[];
  readonly cc?: readonly Mailbox[];
  readonly subject?: string;
  readonly headers?: readonly HeaderField[];
  /** Omitted when only HTML was read: the text is then taken from the (capped) HTML. */
  readonly bodyText?: string;
  /** Only a real text/html part; links are taken from it. */
  readonly bodyHtml?: string;
  /**
   * As listed by the reader. `bytesSkippedBySize` marks one the reader did not fetch because its
   * stated size is over the cap; bytes over the cap are dropped here.
   */
  readonly attachments?: readonly AttachmentFact[];
  readonly userAddress?: string;
  readonly userName?: string;
  /** Parts the reader could not read, with why. */
  readonly missing?: readonly MissingPart[];
};

/**
 * Example: a 5,000-character HTML body with `maxBodyChars: 1000` gives a 1,000-character
 * bodyHtml, its text, its links, and one `{ part: "body", reason: "tooLarge" }`.
 */
export function buildFacts(parts: ExtractedParts, limits: FactLimits): MessageFacts {
  const missing: MissingPart[] = [...(parts.missing ?? [])];
  const body = capBody(parts.bodyText, parts.bodyHtml, limits.maxBodyChars, missing);
  const attachments = (parts.attachments ?? []).map((attachment) =>
    capAttachment(attachment, limits.maxAttachmentBytes, missing),
  );
  return {
    ...(parts.from ? { from: parts.from } : {}),
    ...(parts.sender ? { sender: parts.sender } : {}),
    replyTo: parts.replyTo ?? [],
    ...(parts.returnPath !== undefined ? { returnPath: parts.returnPath } : {}),
    to: parts.to ?? [],
    cc: parts.cc ?? [],
    subject: parts.subject ?? "",
    ...(parts.headers ? { headers: parts.headers } : {}),
    bodyText: body.text,
    ...(body.html !== undefined ? { bodyHtml: body.html } : {}),
    links: body.html !== undefined ? readLinks(body.html, missing) : [],
    attachments,
    ...(parts.userAddress ? { userAddress: parts.userAddress } : {}),
    ...(parts.userName ? { userName: parts.userName } : {}),
    missing,
  };
}

function capBody(
  text: string | undefined,
  html: string | undefined,
  max: number,
  missing: MissingPart[],
): { text: string; html?: string } {
  const keptHtml = html?.slice(0, max);
  const keptText = (text ?? (keptHtml !== undefined ? htmlToText(keptHtml) : "")).slice(0, max);
  const longest = Math.max(text?.length ?? 0, html?.length ?? 0);
  if (longest > max)
    missing.push({
      part: "body",
      reason: "tooLarge",
      detail: `${longest} characters; only the first ${max} were examined`,
    });
  return keptHtml === undefined ? { text: keptText } : { text: keptText, html: keptHtml };
}

function capAttachment(attachment: AttachmentFact, max: number, missing: MissingPart[]): AttachmentFact {
  const size = attachment.bytes?.length ?? attachment.size;
  const over = attachment.bytes !== undefined ? attachment.bytes.length > max : attachment.bytesSkippedBySize === true;
  if (!over) return attachment;
  missing.push({
    part: "attachmentContent",
    reason: "tooLarge",
    detail: `${attachment.name || "(unnamed)"}: ${size} bytes, limit ${max}`,
  });
  return {
    name: attachment.name,
    size: attachment.size,
    inline: attachment.inline,
    ...(attachment.contentType !== undefined ? { contentType: attachment.contentType } : {}),
    ...(attachment.id !== undefined ? { id: attachment.id } : {}),
    bytesSkippedBySize: true,
  };
}

/** The link scanner is defensive, but a mail must not lose its verdict if it ever throws. */
function readLinks(html: string, missing: MissingPart[]): LinkFact[] {
  try {
    return extractLinks(html);
  } catch (error) {
    missing.push({ part: "body", reason: "failed", detail: `links: ${errorText(error)}` });
    return [];
  }
}
