/**
 * What an adapter (Office, CLI, test) could read of one message. Everything is plain data so the
 * core runs in Node, the browser and Outlook's JavaScript-only runtime alike.
 */

/** A display name and an address, as the mail states them (display name may be empty). */
export type Mailbox = {
  readonly name: string;
  readonly address: string;
};

export type HeaderField = {
  /** Header name as written (case kept); compare case-insensitively. */
  readonly name: string;
  /** Unfolded raw value (RFC 2047 words are not decoded here). */
  readonly value: string;
};

export type LinkFact = {
  /** The text the reader sees (tags stripped, entities decoded, whitespace collapsed). */
  readonly text: string;
  readonly href: string;
};

export type AttachmentFact = {
  readonly name: string;
  /** Size in bytes as reported by the host; -1 when unknown. */
  readonly size: number;
  readonly inline: boolean;
  readonly contentType?: string;
  /** Host id (Outlook attachment id) so adapters can fetch the content later. */
  readonly id?: string;
  /** Raw bytes when they were read (CLI always; Outlook for archives within the cap). */
  readonly bytes?: Uint8Array;
  /** True when bytes were not read because the file is larger than the cap. */
  readonly bytesSkippedBySize?: boolean;
};

/**
 * Parts of a message an adapter may fail to read. Each one recorded here is shown to the user
 * as "could not check …" and keeps the verdict from being `safe`.
 */
export type FactPart =
  | "from"
  | "sender"
  | "subject"
  | "recipients"
  | "headers"
  | "body"
  | "attachments"
  | "attachmentContent"
  | "userAddress";

export type MissingReason = "unsupported" | "failed" | "tooLarge" | "absent";

export type MissingPart = {
  readonly part: FactPart;
  readonly reason: MissingReason;
  /** Short technical detail for admins (an Office error code, a parser message). */
  readonly detail?: string;
};

export type MessageFacts = {
  /** The From header: who the mail claims to be. Undefined when it could not be read or is absent. */
  readonly from?: Mailbox;
  /** The Sender (the account that actually sent, e.g. a delegate); often equal to from. */
  readonly sender?: Mailbox;
  readonly replyTo: readonly Mailbox[];
  /** Bare address of Return-Path (envelope sender), when known. */
  readonly returnPath?: string;
  readonly to: readonly Mailbox[];
  readonly cc: readonly Mailbox[];
  readonly subject: string;
  /** All internet headers in order; undefined when unavailable (mobile, API level, failure). */
  readonly headers?: readonly HeaderField[];
  readonly bodyText: string;
  readonly bodyHtml?: string;
  /** Anchors found in the HTML body (see core/text/html.ts extractLinks). */
  readonly links: readonly LinkFact[];
  readonly attachments: readonly AttachmentFact[];
  /** The mailbox owner's own address (to recognise their name in subjects, internal mail). */
  readonly userAddress?: string;
  /** The mailbox owner's display name, when known. */
  readonly userName?: string;
  readonly missing: readonly MissingPart[];
};

/** Convenience for adapters and tests: a MessageFacts with every list empty. */
export function emptyFacts(overrides: Partial<MessageFacts> = {}): MessageFacts {
  return {
    replyTo: [],
    to: [],
    cc: [],
    subject: "",
    bodyText: "",
    links: [],
    attachments: [],
    missing: [],
    ...overrides,
  };
}
