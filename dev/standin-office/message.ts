import PostalMime, { type Address, type Attachment } from "postal-mime";

/** One message as Outlook would present it to an add-in: decoded fields plus the raw header block. */
export type StandinMessage = {
  readonly itemId: string;
  readonly internetMessageId: string;
  readonly subject: string;
  readonly from?: Office.EmailAddressDetails;
  readonly sender?: Office.EmailAddressDetails;
  readonly to: Office.EmailAddressDetails[];
  readonly cc: Office.EmailAddressDetails[];
  /** The header block exactly as the message carries it (what getAllInternetHeadersAsync returns). */
  readonly headerBlock: string;
  readonly html: string;
  readonly text: string;
  readonly dateTimeCreated: Date;
  readonly attachments: readonly StandinAttachment[];
};

export type StandinAttachment = {
  readonly details: Office.AttachmentDetails;
  readonly base64: string;
};

/** Outlook fills recipientType for mail and leaves appointmentResponse empty. */
function person(displayName: string, emailAddress: string): Office.EmailAddressDetails {
  return { displayName, emailAddress, recipientType: "other" } as Office.EmailAddressDetails;
}

function details(address: Address | undefined): Office.EmailAddressDetails | undefined {
  if (address === undefined) return undefined;
  if (address.group !== undefined) {
    const first = address.group[0];
    return first ? person(first.name, first.address) : person(address.name, "");
  }
  return person(address.name, address.address);
}

function detailsList(list: readonly Address[] | undefined): Office.EmailAddressDetails[] {
  const out: Office.EmailAddressDetails[] = [];
  for (const item of list ?? []) {
    if (item.group !== undefined) for (const member of item.group) out.push(person(member.name, member.address));
    else out.push(person(item.name, item.address));
  }
  return out;
}

function headerBlockOf(bytes: Uint8Array): string {
  const text = new TextDecoder("utf-8").decode(bytes);
  const end = /\r?\n\r?\n/.exec(text);
  return end ? text.slice(0, end.index) + "\r\n" : text;
}

function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function attachmentBytes(attachment: Attachment): Uint8Array {
  const content = attachment.content;
  if (typeof content === "string") return new TextEncoder().encode(content);
  return content instanceof Uint8Array ? content : new Uint8Array(content);
}

function extension(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot < 0 ? "" : name.slice(dot + 1).toLowerCase();
}

function attachmentsOf(list: readonly Attachment[], itemId: string): StandinAttachment[] {
  return list.map((attachment, index) => {
    const bytes = attachmentBytes(attachment);
    const isItem = attachment.mimeType === "message/rfc822";
    const name =
      attachment.filename ??
      (isItem ? "message.eml" : `attachment-${index + 1}.${extension(attachment.mimeType.replace("/", ".")) || "bin"}`);
    return {
      details: {
        id: `${itemId}-att-${index}`,
        name,
        size: bytes.length,
        contentType: attachment.mimeType,
        contentId: attachment.contentId ?? "",
        attachmentType: isItem ? "item" : "file",
        // Outlook lists pictures referenced from the HTML as inline attachments.
        isInline:
          attachment.related === true || (attachment.disposition === "inline" && attachment.contentId !== undefined),
      },
      base64: toBase64(bytes),
    };
  });
}

/**
 * Parses raw message bytes with postal-mime (the parser the CLI and the task pane's tests use),
 * into what Outlook shows an add-in. The `index` makes item ids unique and stable.
 */
export async function parseStandinMessage(bytes: Uint8Array, index: number): Promise<StandinMessage> {
  const email = await PostalMime.parse(bytes, { rfc822Attachments: true });
  const itemId = `AAMkStandin${index}`;
  const date = email.date === undefined ? Number.NaN : Date.parse(email.date);
  const from = details(email.from);
  const sender = details(email.sender) ?? from;
  return {
    itemId,
    internetMessageId: email.messageId ?? `<standin-${index}@standin.invalid>`,
    subject: email.subject ?? "",
    ...(from ? { from } : {}),
    ...(sender ? { sender } : {}),
    to: detailsList(email.to),
    cc: detailsList(email.cc),
    headerBlock: headerBlockOf(bytes),
    html: email.html ?? "",
    text: email.text ?? "",
    dateTimeCreated: Number.isNaN(date) ? new Date(0) : new Date(date),
    attachments: attachmentsOf(email.attachments, itemId),
  };
}

/** Decodes the config's base64 or text form into bytes. */
export function emlBytes(item: { readonly emlBase64?: string; readonly emlText?: string }): Uint8Array {
  if (item.emlBase64 !== undefined) return Uint8Array.from(atob(item.emlBase64), (c) => c.charCodeAt(0));
  return new TextEncoder().encode(item.emlText ?? "");
}
