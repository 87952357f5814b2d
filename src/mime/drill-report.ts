import PostalMime from "postal-mime";
import type { FieldsData } from "@kenjiuno/msgreader";
import type { Policy } from "../core/policy/schema";
import { drillIdFromSubject, readDrillMark } from "../core/drill/drill-id";
import { headerValues, parseHeaderBlock } from "../core/net/header-block";
import type { HeaderField } from "../core/model/facts";
import { parseMailboxes } from "./mailbox";
import { looksLikeMsg, readMsg } from "./msg-to-facts";
import { cleanText } from "./text-repair";

/** One exported report mail: who sent it, when, and which drill it is about (if any). */
export type DrillReport = {
  readonly drillId?: string;
  /** The reporter's address (their name when the file has no SMTP address). */
  readonly reporter: string;
  /** ISO 8601 in UTC, "" when the file has no date. */
  readonly reportedAt: string;
  readonly subject: string;
  readonly error?: string;
};

function iso(date: string | undefined): string {
  if (date === undefined || date.trim() === "") return "";
  const t = new Date(date).getTime();
  return Number.isNaN(t) ? "" : new Date(t).toISOString().replace(/\.\d{3}Z$/, "Z");
}

function drillIdInHeaders(headers: readonly HeaderField[], policy: Policy): string | undefined {
  const drill = policy.drill;
  if (!drill) return undefined;
  for (const value of headerValues(headers, drill.header)) {
    const mark = readDrillMark(value, drill.value);
    if (mark?.id !== undefined) return mark.id;
  }
  return undefined;
}

async function readEmlReport(bytes: Uint8Array, policy: Policy): Promise<DrillReport> {
  const email = await PostalMime.parse(bytes, { forceRfc822Attachments: true, attachmentEncoding: "arraybuffer" });
  const fromRaw = email.headers.find((h) => h.key === "from")?.value ?? "";
  const from = parseMailboxes(fromRaw).mailboxes[0];
  const subject = cleanText(email.subject ?? "");
  let drillId = drillIdFromSubject(subject);
  if (drillId === undefined) {
    // A report forwarded by hand has no tag: look at the drill header of the attached mail.
    for (const att of email.attachments) {
      if (att.mimeType !== "message/rfc822" || typeof att.content === "string") continue;
      const inner = new TextDecoder("utf-8", { fatal: false }).decode(new Uint8Array(att.content));
      const end = inner.search(/\r?\n\r?\n/);
      drillId = drillIdInHeaders(parseHeaderBlock(end < 0 ? inner : inner.slice(0, end)), policy);
      if (drillId !== undefined) break;
    }
  }
  return {
    ...(drillId !== undefined ? { drillId } : {}),
    // An empty address or name means none: fall through to the next one.
    // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
    reporter: from?.address || from?.name || "",
    reportedAt: iso(email.date),
    subject,
  };
}

function msgDrillId(data: FieldsData, policy: Policy): string | undefined {
  for (const att of data.attachments ?? []) {
    const inner = att.innerMsgContentFields;
    if (att.innerMsgContent !== true || !inner) continue;
    const id =
      drillIdInHeaders(parseHeaderBlock(inner.headers ?? ""), policy) ?? drillIdFromSubject(inner.subject ?? "");
    if (id !== undefined) return id;
  }
  return undefined;
}

function readMsgReport(bytes: Uint8Array, policy: Policy): DrillReport {
  const { data } = readMsg(bytes);
  const headers = parseHeaderBlock(data.headers ?? "");
  const fromHeader = parseMailboxes(headerValues(headers, "from")[0] ?? "").mailboxes[0];
  const subject = cleanText(data.subject ?? "");
  const drillId = drillIdFromSubject(subject) ?? msgDrillId(data, policy);
  // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing -- an empty field means none: fall through to the next one.
  const reporter = fromHeader?.address || data.senderSmtpAddress || data.senderEmail || data.senderName || "";
  // A received item has a delivery time; a saved sent item has the time it was submitted.
  const reportedAt = iso(headerValues(headers, "date")[0] ?? data.clientSubmitTime ?? data.messageDeliveryTime);
  return { ...(drillId !== undefined ? { drillId } : {}), reporter, reportedAt, subject };
}

/** Reads a report mail saved from the report mailbox, .eml or .msg (decided by the bytes). */
export async function readReport(bytes: Uint8Array, policy: Policy, fileName = ""): Promise<DrillReport> {
  if (/\.msg$/i.test(fileName) && !looksLikeMsg(bytes))
    throw new Error("not an Outlook .msg file (no compound-file signature)");
  const report = looksLikeMsg(bytes) ? readMsgReport(bytes, policy) : await readEmlReport(bytes, policy);
  // A row with nobody in it would be counted silently: say the file is not a readable report.
  return report.reporter === "" && report.drillId === undefined
    ? { ...report, error: "no sender and no drill id found: is this a report mail?" }
    : report;
}
