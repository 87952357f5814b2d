import {
  emptyFacts,
  type AttachmentFact,
  type FactPart,
  type HeaderField,
  type Mailbox,
  type MessageFacts,
  type MissingPart,
  type MissingReason,
} from "../core/model/facts";
import { parseHeaderBlock, headerValues } from "../core/net/header-block";
import { parseAddressList, parsePathAddress } from "../core/net/address-list";
import { decodeBase64Loose, type CharsetDecoder } from "../core/net/encoded-words";
import { buildFacts, type FactLimits } from "../core/model/build-facts";
import { callOffice, describeFailure, type OfficeFailure } from "./async";
import {
  officeValues,
  supports,
  type AttachmentPort,
  type ItemPort,
  type MailboxPort,
  type RequirementsPort,
} from "./ports";
import { platformCharsetDecoder } from "./charset";
import { inspectFileName } from "../core/text/file-name";
import { errorText } from "../core/text/error-text";

/**
 * Reads the selected message into MessageFacts. No DOM use, so the launch-event handler in
 * Outlook's JavaScript-only runtime shares it with the task pane.
 *
 * At most two asynchronous reads run at once: the headers beside the body, then the archives one
 * after another. Outlook on the web allows three calls per item at once and answers extra ones
 * with an error, and the pane may have one of its own in flight (settings, ItemChanged). Each read
 * is a round trip to Outlook, so the headers do not wait for the body. A call that times out may
 * still be running inside Outlook when the next one starts; that is the price of never hanging
 * the warning.
 */

export type ReadDeps = {
  readonly mailbox: MailboxPort;
  readonly requirements: RequirementsPort;
};

export type ReadLimits = FactLimits & {
  /** At most this many archives are opened per message, keeping the handler quick; default 5. */
  readonly maxArchivesOpened?: number;
  readonly callTimeoutMs?: number;
  readonly decodeCharset?: CharsetDecoder;
};

const defaultArchivesOpened = 5;

/** Extensions whose bytes are fetched so the core can look inside (zip central directory and kin). */
const archiveExtensions: readonly string[] = ["zip", "7z", "rar"];

/** Returns null when no message is selected (mailbox.item is null, e.g. a pinned pane with nothing open). */
export async function readMessageFacts(deps: ReadDeps, limits: ReadLimits): Promise<MessageFacts | null> {
  const selected = readProperty(() => deps.mailbox.item);
  // A host that throws on the item itself is not "nothing selected": the verdict must say unknown.
  if (!selected.ok) return emptyFacts({ missing: [{ part: "from", reason: "failed", detail: selected.detail }] });
  const item = selected.value ?? null;
  if (item === null) return null;
  const settings = limits;
  const decode = settings.decodeCharset ?? platformCharsetDecoder;
  const { list: missing, miss } = missList();

  const from = readMailbox(item, "from", miss);
  const sender = readMailbox(item, "sender", miss);
  const subject = readProperty(() => item.subject);
  if (!subject.ok) miss("subject", "failed", subject.detail);
  const recipients = readRecipients(item, miss);
  const attachments = readAttachmentList(item, miss);
  const user = readUser(deps.mailbox, miss);

  // Each branch keeps its own list, so `missing` has the same order whichever answer comes first.
  const headerMisses = missList();
  const contentMisses = missList();
  const [headers, { body, withContent }] = await Promise.all([
    readHeaders(item, deps.requirements, settings, headerMisses.miss),
    readBody(item, settings, contentMisses.miss).then(async (body) => ({
      body,
      withContent: await readArchives(item, attachments, deps.requirements, settings, contentMisses.miss),
    })),
  ]);
  missing.push(...headerMisses.list, ...contentMisses.list);

  const replyTo: Mailbox[] = headers
    ? headerValues(headers, "Reply-To").flatMap((value) => parseAddressList(value, decode))
    : [];
  const returnPath = headers
    ? headerValues(headers, "Return-Path")
        .map(parsePathAddress)
        .find((a) => a !== undefined)
    : undefined;

  return buildFacts(
    {
      ...(from ? { from } : {}),
      ...(sender ? { sender } : {}),
      replyTo,
      ...(returnPath !== undefined ? { returnPath } : {}),
      to: recipients.to,
      cc: recipients.cc,
      subject: typeof subject.value === "string" ? subject.value : "",
      ...(headers ? { headers } : {}),
      ...body,
      attachments: withContent,
      ...(user.address ? { userAddress: user.address } : {}),
      ...(user.name ? { userName: user.name } : {}),
      missing,
    },
    limits,
  );
}

type Miss = (part: FactPart, reason: MissingReason, detail?: string) => void;

function missList(): { readonly list: MissingPart[]; readonly miss: Miss } {
  const list: MissingPart[] = [];
  return {
    list,
    miss: (part, reason, detail) => list.push(detail === undefined ? { part, reason } : { part, reason, detail }),
  };
}

type PropertyRead<T> =
  | { readonly ok: true; readonly value: T | undefined }
  | { readonly ok: false; readonly value?: undefined; readonly detail: string };

/** Property getters of Office objects can throw on some hosts; a throw becomes a failed read. */
function readProperty<T>(read: () => T | undefined): PropertyRead<T> {
  try {
    return { ok: true, value: read() };
  } catch (error) {
    return { ok: false, detail: errorText(error) };
  }
}

function toMailbox(details: Office.EmailAddressDetails | undefined | null): Mailbox | undefined {
  if (!details) return undefined;
  const address = typeof details.emailAddress === "string" ? details.emailAddress.trim() : "";
  const name = typeof details.displayName === "string" ? details.displayName.trim() : "";
  if (address === "" && name === "") return undefined;
  return { name, address };
}

function readMailbox(item: ItemPort, part: "from" | "sender", miss: Miss): Mailbox | undefined {
  const read = readProperty(() => item[part]);
  if (!read.ok) {
    miss(part, "failed", read.detail);
    return undefined;
  }
  const mailbox = toMailbox(read.value);
  // Sender is often omitted when it equals From; only a missing From leaves the claim unchecked.
  if (!mailbox && part === "from") miss("from", "absent");
  return mailbox;
}

function readRecipients(item: ItemPort, miss: Miss): { to: Mailbox[]; cc: Mailbox[] } {
  const read = readProperty(() => ({ to: item.to, cc: item.cc }));
  if (!read.ok) {
    miss("recipients", "failed", read.detail);
    return { to: [], cc: [] };
  }
  const list = (value: unknown): Mailbox[] =>
    Array.isArray(value)
      ? value
          .map((entry) => toMailbox(entry as Office.EmailAddressDetails))
          .filter((m): m is Mailbox => m !== undefined)
      : [];
  return { to: list(read.value?.to), cc: list(read.value?.cc) };
}

type ListedAttachment = { readonly fact: AttachmentFact; readonly isFile: boolean };

function readAttachmentList(item: ItemPort, miss: Miss): ListedAttachment[] {
  const read = readProperty(() => item.attachments);
  if (!read.ok) {
    miss("attachments", "failed", read.detail);
    return [];
  }
  const list = read.value;
  if (!Array.isArray(list)) {
    miss("attachments", "unsupported");
    return [];
  }
  return list.map((details: AttachmentPort) => {
    // Hosts differ in which members they fill; read them as unknown and keep only sound values.
    const isInline: unknown = details.isInline;
    const fact: AttachmentFact = {
      name: typeof details.name === "string" ? details.name : "",
      size: typeof details.size === "number" && details.size >= 0 ? details.size : -1,
      inline: isInline === true,
      ...(typeof details.id === "string" ? { id: details.id } : {}),
    };
    // Attached mails ("item") and cloud links have no bytes to open.
    const kind: unknown = details.attachmentType;
    return { fact, isFile: kind === undefined || kind === officeValues.attachmentFile };
  });
}

function readUser(mailbox: MailboxPort, miss: Miss): { address?: string; name?: string } {
  const read = readProperty(() => mailbox.userProfile);
  const address = read.ok && typeof read.value?.emailAddress === "string" ? read.value.emailAddress.trim() : "";
  const name = read.ok && typeof read.value?.displayName === "string" ? read.value.displayName.trim() : "";
  if (address === "") miss("userAddress", read.ok ? "unsupported" : "failed", read.ok ? undefined : read.detail);
  return { ...(address ? { address } : {}), ...(name ? { name } : {}) };
}

async function readHeaders(
  item: ItemPort,
  requirements: RequirementsPort,
  limits: ReadLimits,
  miss: Miss,
): Promise<HeaderField[] | undefined> {
  const method = item.getAllInternetHeadersAsync;
  if (!supports(requirements, "1.8") || typeof method !== "function") {
    miss("headers", "unsupported", "Mailbox 1.8 getAllInternetHeadersAsync");
    return undefined;
  }
  const outcome = await callOffice<string>(
    (done) => {
      method.call(item, done);
    },
    { timeoutMs: limits.callTimeoutMs },
  );
  if (!outcome.ok) {
    miss("headers", "failed", describeFailure(outcome.error));
    return undefined;
  }
  if (typeof outcome.value !== "string") {
    miss("headers", "failed", "no header text returned");
    return undefined;
  }
  const fields = parseHeaderBlock(outcome.value);
  const incomplete = incompleteHeaderBlock(fields);
  if (incomplete !== undefined) {
    miss("headers", "failed", incomplete);
    return undefined;
  }
  return fields;
}

/**
 * Fields every delivered message carries at least one of. New Outlook sometimes answers
 * getAllInternetHeadersAsync with only a Subject line (office-js #4109), or with an empty string
 * (#6796); such a block says nothing about the sender, so it must not pass as "checked".
 */
const deliveryFields: readonly string[] = ["received", "from", "sender", "date", "message-id", "return-path"];

/** Why a header block cannot stand for the message's headers, or undefined when it can. */
export function incompleteHeaderBlock(fields: readonly { readonly name: string }[]): string | undefined {
  if (fields.length === 0) return "Outlook returned an empty header block";
  if (!fields.some((field) => deliveryFields.includes(field.name.toLowerCase()))) {
    return `Outlook returned an incomplete header block (only ${[...new Set(fields.map((f) => f.name))].slice(0, 5).join(", ")})`;
  }
  return undefined;
}

type BodyRead = { bodyText?: string; bodyHtml?: string };

/** The body as Outlook gives it; buildFacts caps it and takes the text and links from the HTML. */
async function readBody(item: ItemPort, limits: ReadLimits, miss: Miss): Promise<BodyRead> {
  const body = item.body;
  if (!body || typeof body.getAsync !== "function") {
    miss("body", "unsupported");
    return {};
  }
  const get = (coercion: string) =>
    callOffice<string>(
      (done) => {
        body.getAsync(coercion, done);
      },
      { timeoutMs: limits.callTimeoutMs },
    );

  const html = await get(officeValues.coercionHtml);
  if (html.ok && typeof html.value === "string") return { bodyHtml: html.value };
  // Some items (plain-text mail on some hosts, IRM) refuse HTML; text still lets most rules run.
  const text = await get(officeValues.coercionText);
  if (text.ok && typeof text.value === "string") return { bodyText: text.value };
  const failure: OfficeFailure = !text.ok ? text.error : { code: "failed", message: "no body text returned" };
  miss("body", "failed", describeFailure(failure));
  return {};
}

async function readArchives(
  item: ItemPort,
  attachments: readonly ListedAttachment[],
  requirements: RequirementsPort,
  limits: ReadLimits,
  miss: Miss,
): Promise<AttachmentFact[]> {
  const result: AttachmentFact[] = [];
  let opened = 0;
  const method = item.getAttachmentContentAsync;
  const canRead = supports(requirements, "1.8") && typeof method === "function";
  for (const { fact: attachment, isFile } of attachments) {
    const isArchive = isFile && archiveExtensions.includes(inspectFileName(attachment.name).extension);
    if (!isArchive) {
      result.push(attachment);
      continue;
    }
    if (!canRead) {
      miss("attachmentContent", "unsupported", attachment.name);
      result.push(attachment);
      continue;
    }
    if (attachment.size > limits.maxAttachmentBytes) {
      // Not fetched: buildFacts reports it as not examined.
      result.push({ ...attachment, bytesSkippedBySize: true });
      continue;
    }
    const maxOpened = limits.maxArchivesOpened ?? defaultArchivesOpened;
    if (opened >= maxOpened || attachment.id === undefined) {
      miss(
        "attachmentContent",
        attachment.id === undefined ? "failed" : "tooLarge",
        attachment.id === undefined
          ? `${attachment.name}: no attachment id`
          : `${attachment.name}: only ${maxOpened} archives are opened per message`,
      );
      result.push(attachment);
      continue;
    }
    opened++;
    const id = attachment.id;
    const outcome = await callOffice<Office.AttachmentContent>(
      (done) => {
        method.call(item, id, done);
      },
      { timeoutMs: limits.callTimeoutMs },
    );
    const bytes = outcome.ok ? contentBytes(outcome.value) : undefined;
    if (!outcome.ok || bytes === undefined) {
      miss(
        "attachmentContent",
        "failed",
        `${attachment.name}: ${outcome.ok ? "content was not Base64" : describeFailure(outcome.error)}`,
      );
      result.push(attachment);
      continue;
    }
    // Bytes over the cap (the reported size was wrong) are dropped by buildFacts.
    result.push({ ...attachment, bytes });
  }
  return result;
}

function contentBytes(content: Office.AttachmentContent | undefined): Uint8Array | undefined {
  if (!content || typeof content.content !== "string") return undefined;
  const format: unknown = content.format;
  if (format !== officeValues.contentBase64) return undefined;
  return decodeBase64Loose(content.content) ?? undefined;
}
