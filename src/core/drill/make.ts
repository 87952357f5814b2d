import type { Policy } from "../policy/schema";
import { drillHeaderValue } from "./drill-id";
import { base64Lines, encodedWords, utf8 } from "./mime-write";
import { seededRandom, type Random } from "./seeded-random";
import { storedZip } from "./stored-zip";
import { trainingLink } from "./training-link";

export type DrillRecipient = { readonly address: string; readonly name?: string };

export type DrillMakeOptions = {
  readonly count: number;
  readonly seed: number;
  /** One mail per recipient, in turn; none: the mails say "undisclosed recipients". */
  readonly recipients: readonly DrillRecipient[];
  /** The add-in's training page (https). */
  readonly trainingUrl: string;
  /** Written in the Date header; part of the output, so fixed dates give identical files. */
  readonly date: Date;
};

export type DrillMail = {
  readonly id: string;
  readonly fileName: string;
  readonly to: string;
  readonly displayName: string;
  readonly from: string;
  readonly subject: string;
  readonly attachmentName: string;
  /** The whole message, CRLF line ends, 7-bit clean. */
  readonly eml: string;
};

function displayNames(policy: Policy): string[] {
  const org = policy.organization.names[0] ?? "";
  // The attack named the facility's information desk, the facility itself, or a staff member.
  return [`${org} インフォメーション・施設予約`, org, ...policy.staff.map((s) => s.name)].filter(
    (n) => n.trim() !== "",
  );
}

function subjectFor(random: Random, recipient: DrillRecipient | undefined): string {
  const templates = [
    "Re: ご確認ください",
    "FW: 【ご確認ください】施設予約の件",
    "RE: 請求書送付のご案内(ご確認ください)",
    "Fw: 会議資料の件 ご確認ください",
  ];
  const name = recipient?.name?.trim();
  // Emotet put the recipient's own name in the subject, taken from stolen conversations.
  if (name && random.next() < 0.5) return `Re: ${name}様 ご確認ください`;
  return random.pick(templates);
}

function attachmentNameFor(random: Random, date: Date): string {
  const mmdd = `${String(date.getUTCMonth() + 1).padStart(2, "0")}${String(date.getUTCDate()).padStart(2, "0")}`;
  return random.pick([`施設予約確認_${mmdd}.zip`, `請求書_${mmdd}.zip`, `会議資料_${mmdd}.zip`]);
}

function noticeText(policy: Policy, id: string): string {
  const org = policy.organization.names[0] ?? "";
  return [
    `これは${org}が実施した不審メールの模擬訓練です(訓練ID: ${id})。`,
    "本物の攻撃メールなら、この添付ファイルを開いた時点でウイルスに感染するおそれがありました。",
    "差出人の表示名と実際の送信元アドレスを確かめ、開かずに「管理者に報告」してください。",
    "",
    `This was a phishing drill run by ${org} (drill id ${id}).`,
    "A real attack mail could have infected this computer when the attachment was opened.",
    'Check the real sender address, do not open attachments, and use "Report to the admin".',
    "",
  ].join("\r\n");
}

function bodyText(recipient: DrillRecipient | undefined, displayName: string, link: string): string {
  const greeting = recipient?.name?.trim() ? `${recipient.name.trim()}様` : "ご担当者様";
  return [
    greeting,
    "",
    "いつもお世話になっております。",
    "添付ファイルをご確認ください。",
    "詳細は下記からもご確認いただけます。",
    link,
    "",
    displayName,
    "",
  ].join("\r\n");
}

function formatDate(date: Date): string {
  // RFC 5322 date in UTC; toUTCString gives "Tue, 01 Dec 2026 19:00:00 GMT".
  return date.toUTCString().replace("GMT", "+0000");
}

function buildEml(parts: {
  id: string;
  headerName: string;
  headerValue: string;
  displayName: string;
  from: string;
  to: string;
  subject: string;
  date: Date;
  body: string;
  attachmentName: string;
  zip: Uint8Array;
}): string {
  const boundary = `=_drill_${parts.id}`;
  const fromDomain = parts.from.slice(parts.from.lastIndexOf("@") + 1);
  const header = [
    `From: ${encodedWords(parts.displayName)} <${parts.from}>`,
    `To: ${parts.to}`,
    `Subject: ${encodedWords(parts.subject)}`,
    `Date: ${formatDate(parts.date)}`,
    `Message-ID: <drill-${parts.id}@${fromDomain}>`,
    `${parts.headerName}: ${parts.headerValue}`,
    "MIME-Version: 1.0",
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
  ];
  const fileName = encodedWords(parts.attachmentName);
  return [
    ...header,
    "",
    `--${boundary}`,
    'Content-Type: text/plain; charset="UTF-8"',
    "Content-Transfer-Encoding: base64",
    "",
    base64Lines(utf8(parts.body)),
    `--${boundary}`,
    `Content-Type: application/zip; name="${fileName}"`,
    `Content-Disposition: attachment; filename="${fileName}"`,
    "Content-Transfer-Encoding: base64",
    "",
    base64Lines(parts.zip),
    `--${boundary}--`,
    "",
  ].join("\r\n");
}

function recipientHeader(recipient: DrillRecipient | undefined): string {
  if (!recipient) return "undisclosed-recipients:;";
  const name = recipient.name?.trim();
  return name ? `${encodedWords(name)} <${recipient.address}>` : `<${recipient.address}>`;
}

/**
 * Drill mails in the facility's attack pattern: the organisation's or a staff member's name from
 * the admin's outside address, Re:/FW: subjects with 「ご確認ください」, a zip that holds only a
 * text file saying it was a drill, a link to the training page, and the drill header with an id.
 * The same policy, options and seed give byte-identical mails.
 */
export function makeDrillMails(policy: Policy, options: DrillMakeOptions): DrillMail[] {
  const drill = policy.drill;
  if (!drill) throw new Error('the policy has no "drill" section (drill.header and drill.value are needed)');
  if (drill.from === undefined)
    throw new Error('the policy has no "drill.from": the outside address the drill mails come from');
  const from = drill.from;
  if (policy.organization.domains.some((d) => from.endsWith(`@${d}`) || from.endsWith(`.${d}`))) {
    throw new Error(`drill.from ${from} is inside the organisation; the attack came from outside addresses`);
  }
  if (!Number.isInteger(options.count) || options.count < 1 || options.count > 10_000)
    throw new Error("count must be a whole number from 1 to 10000");
  const random = seededRandom(options.seed);
  const batch = random.hex(4);
  const names = displayNames(policy);
  const mails: DrillMail[] = [];
  for (let i = 0; i < options.count; i++) {
    const id = `D${batch}-${String(i + 1).padStart(3, "0")}`;
    const recipient = options.recipients.length > 0 ? options.recipients[i % options.recipients.length] : undefined;
    const displayName = random.pick(names);
    const subject = subjectFor(random, recipient);
    const attachmentName = attachmentNameFor(random, options.date);
    const link = trainingLink(options.trainingUrl, { id, displayName, address: from, subject, file: attachmentName });
    const zip = storedZip([{ name: "訓練のお知らせ.txt", data: utf8(`\uFEFF${noticeText(policy, id)}`) }]);
    const eml = buildEml({
      id,
      headerName: drill.header,
      headerValue: drillHeaderValue(drill.value, id),
      displayName,
      from,
      to: recipientHeader(recipient),
      subject,
      date: options.date,
      body: bodyText(recipient, displayName, link),
      attachmentName,
      zip,
    });
    mails.push({
      id,
      fileName: `drill-${id}.eml`,
      to: recipient?.address ?? "",
      displayName,
      from,
      subject,
      attachmentName,
      eml,
    });
  }
  return mails;
}
