// Generated from src/cli by `npm run build:cli`; do not edit. A test checks it is up to date.
import {
  collectTargets
} from "./shared-AMVIZI2D.mjs";
import {
  readMsg
} from "./shared-OBPVDQX5.mjs";
import {
  PostalMime,
  cleanText,
  emlDefaults,
  headerValues,
  looksLikeMsg,
  parseHeaderBlock,
  parseMailboxes
} from "./shared-3SKTSMIP.mjs";
import {
  drillHeaderValue,
  drillIdFromSubject,
  readDrillMark
} from "./shared-EXHIW62P.mjs";
import "./shared-B6C7M5UA.mjs";
import {
  loadPolicyFile
} from "./shared-DB7PK676.mjs";
import {
  UsageError
} from "./shared-DY4PLTBP.mjs";
import {
  errorText
} from "./shared-A7SG4TO2.mjs";

// src/cli/drill-make.ts
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";

// src/core/drill/mime-write.ts
function utf8(text) {
  const out = [];
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 65533;
    if (c < 128) out.push(c);
    else if (c < 2048) out.push(192 | c >> 6, 128 | c & 63);
    else if (c < 65536) out.push(224 | c >> 12, 128 | c >> 6 & 63, 128 | c & 63);
    else out.push(240 | c >> 18, 128 | c >> 12 & 63, 128 | c >> 6 & 63, 128 | c & 63);
  }
  return Uint8Array.from(out);
}
var alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
function base64(bytes) {
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    const n = a << 16 | (b ?? 0) << 8 | (c ?? 0);
    out += alphabet.charAt(n >>> 18 & 63) + alphabet.charAt(n >>> 12 & 63);
    out += b === void 0 ? "=" : alphabet.charAt(n >>> 6 & 63);
    out += c === void 0 ? "=" : alphabet.charAt(n & 63);
  }
  return out;
}
function base64Lines(bytes) {
  const text = base64(bytes);
  const lines = [];
  for (let i = 0; i < text.length; i += 76) lines.push(text.slice(i, i + 76));
  return lines.join("\r\n");
}
function encodedWords(text) {
  if (/^[\x20-\x7e]*$/.test(text)) return text;
  const words = [];
  let chunk = "";
  for (const ch of text) {
    if (utf8(chunk + ch).length > 36) {
      words.push(chunk);
      chunk = "";
    }
    chunk += ch;
  }
  if (chunk !== "") words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${base64(utf8(w))}?=`).join("\r\n ");
}

// src/core/drill/seeded-random.ts
function seededRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = state + 1831565813 >>> 0;
    let t = state;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
  const pick = (items) => {
    const item = items[Math.floor(next() * items.length)];
    if (item === void 0) throw new Error("cannot pick from an empty list");
    return item;
  };
  const hex = (digits) => Array.from({ length: digits }, () => Math.floor(next() * 16).toString(16)).join("").toUpperCase();
  return { next, pick, hex };
}

// src/core/drill/stored-zip.ts
var crcTable = (() => {
  const table2 = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 3988292384 ^ c >>> 1 : c >>> 1;
    table2[n] = c >>> 0;
  }
  return table2;
})();
function crc32(data) {
  let crc = 4294967295;
  for (const byte of data) crc = ((crcTable[(crc ^ byte) & 255] ?? 0) ^ crc >>> 8) >>> 0;
  return (crc ^ 4294967295) >>> 0;
}
var dosTime = 9 << 11;
var dosDate = 2026 - 1980 << 9 | 1 << 5 | 1;
var utf8Names = 2048;
function storedZip(entries) {
  const parts = [];
  const central = [];
  const u16 = (out, v) => {
    out.push(v & 255, v >>> 8 & 255);
  };
  const u32 = (out, v) => {
    out.push(v & 255, v >>> 8 & 255, v >>> 16 & 255, v >>> 24 & 255);
  };
  for (const entry of entries) {
    const name = utf8(entry.name);
    const crc = crc32(entry.data);
    const offset = parts.length;
    for (const [out, signature] of [
      [parts, 67324752],
      [central, 33639248]
    ]) {
      u32(out, signature);
      if (out === central) u16(out, 20);
      for (const v of [20, utf8Names, 0, dosTime, dosDate]) u16(out, v);
      for (const v of [crc, entry.data.length, entry.data.length]) u32(out, v);
      u16(out, name.length);
      u16(out, 0);
      if (out === central) {
        for (const v of [0, 0, 0]) u16(out, v);
        u32(out, 0);
        u32(out, offset);
      }
      out.push(...name);
      if (out === parts) out.push(...entry.data);
    }
  }
  const end = [];
  u32(end, 101010256);
  for (const v of [0, 0, entries.length, entries.length]) u16(end, v);
  u32(end, central.length);
  u32(end, parts.length);
  u16(end, 0);
  return Uint8Array.from([...parts, ...central, ...end]);
}

// src/core/drill/training-link.ts
var keys = { id: "drill", displayName: "name", address: "from", subject: "subject", file: "file" };
function trainingLink(base, facts) {
  const params = Object.keys(keys).map(
    (k) => `${keys[k]}=${encodeURIComponent(facts[k])}`
  );
  return `${base.replace(/#.*$/, "")}#${params.join("&")}`;
}

// src/core/drill/make.ts
function displayNames(policy) {
  const org = policy.organization.names[0] ?? "";
  return [`${org} インフォメーション・施設予約`, org, ...policy.staff.map((s) => s.name)].filter(
    (n) => n.trim() !== ""
  );
}
function subjectFor(random, recipient) {
  const templates = [
    "Re: ご確認ください",
    "FW: 【ご確認ください】施設予約の件",
    "RE: 請求書送付のご案内(ご確認ください)",
    "Fw: 会議資料の件 ご確認ください"
  ];
  const name = recipient?.name?.trim();
  if (name && random.next() < 0.5) return `Re: ${name}様 ご確認ください`;
  return random.pick(templates);
}
function attachmentNameFor(random, date) {
  const mmdd = `${String(date.getUTCMonth() + 1).padStart(2, "0")}${String(date.getUTCDate()).padStart(2, "0")}`;
  return random.pick([`施設予約確認_${mmdd}.zip`, `請求書_${mmdd}.zip`, `会議資料_${mmdd}.zip`]);
}
function noticeText(policy, id) {
  const org = policy.organization.names[0] ?? "";
  return [
    `これは${org}が実施した不審メールの模擬訓練です(訓練ID: ${id})。`,
    "本物の攻撃メールなら、この添付ファイルを開いた時点でウイルスに感染するおそれがありました。",
    "差出人の表示名と実際の送信元アドレスを確かめ、開かずに「管理者に報告」してください。",
    "",
    `This was a phishing drill run by ${org} (drill id ${id}).`,
    "A real attack mail could have infected this computer when the attachment was opened.",
    'Check the real sender address, do not open attachments, and use "Report to the admin".',
    ""
  ].join("\r\n");
}
function bodyText(recipient, displayName, link) {
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
    ""
  ].join("\r\n");
}
function formatDate(date) {
  return date.toUTCString().replace("GMT", "+0000");
}
function buildEml(parts) {
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
    `Content-Type: multipart/mixed; boundary="${boundary}"`
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
    ""
  ].join("\r\n");
}
function recipientHeader(recipient) {
  if (!recipient) return "undisclosed-recipients:;";
  const name = recipient.name?.trim();
  return name ? `${encodedWords(name)} <${recipient.address}>` : `<${recipient.address}>`;
}
function makeDrillMails(policy, options) {
  const drill = policy.drill;
  if (!drill) throw new Error('the policy has no "drill" section (drill.header and drill.value are needed)');
  if (drill.from === void 0)
    throw new Error('the policy has no "drill.from": the outside address the drill mails come from');
  const from = drill.from;
  if (policy.organization.domains.some((d) => from.endsWith(`@${d}`) || from.endsWith(`.${d}`))) {
    throw new Error(`drill.from ${from} is inside the organisation; the attack came from outside addresses`);
  }
  if (!Number.isInteger(options.count) || options.count < 1 || options.count > 1e4)
    throw new Error("count must be a whole number from 1 to 10000");
  const random = seededRandom(options.seed);
  const batch = random.hex(4);
  const names = displayNames(policy);
  const mails = [];
  for (let i = 0; i < options.count; i++) {
    const id = `D${batch}-${String(i + 1).padStart(3, "0")}`;
    const recipient = options.recipients.length > 0 ? options.recipients[i % options.recipients.length] : void 0;
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
      zip
    });
    mails.push({
      id,
      fileName: `drill-${id}.eml`,
      to: recipient?.address ?? "",
      displayName,
      from,
      subject,
      attachmentName,
      eml
    });
  }
  return mails;
}

// src/cli/drill-usage.ts
var drillHelp = `Usage:
  sender-guard drill make --policy FILE --out DIR [--count N] [--to recipients.csv] [--seed N]
                          [--training-url URL] [--date ISO-DATE]
  sender-guard drill tally [--policy FILE] [--format table|csv] PATH...
不審メール訓練のメールを作成し(make)、管理者への報告を集計します(tally)。

make   writes drill mails (.eml) in the facility's attack pattern into DIR, plus DIR/drills.csv
       (id, recipient, subject, file) for your records:
         - From: the organisation's or a staff member's name, address = the policy's drill.from
         - Re:/FW: subjects with 「ご確認ください」
         - a zip holding only a text file that says it was a drill (never a macro or program)
         - a link to the training page (drill.trainingUrl, --training-url, or
           ADDIN_BASE_URL + /training.html)
         - the policy's drill header with a per-mail id: "<drill.value>; id=<id>"
       --count N        how many mails (default: one per recipient, else 1)
       --to FILE        CSV of recipients: address[,name] per line (a header line is skipped)
       --seed N         the same seed, policy and --date give byte-identical mails (default 1)
       --date ISO-DATE  the Date header (default: now)

tally  reads report mails exported from the report mailbox (.eml and Outlook .msg; folders are
       searched for both) and prints who reported which drill and when. The drill id comes from
       the report's subject ([drill:<id>], which the add-in writes) or, failing that, from the
       drill header of the mail attached to the report.
       --format table   aligned columns (default)
       --format csv     drill_id,reporter,reported_at,subject,file (UTF-8 with BOM for Excel)

Exit codes: 0 done, 1 a policy or input problem, 2 wrong usage.
`;

// src/cli/drill-csv.ts
function csvLine(fields) {
  return fields.map((f) => /[",\r\n]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f).join(",");
}
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === "") quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((f) => f.trim() !== ""));
}

// src/cli/drill-make.ts
function wholeNumber(text, flag, fallback) {
  if (text === void 0) return fallback;
  if (!/^\d{1,9}$/.test(text)) throw new UsageError(`${flag} must be a whole number (got "${text}")`, drillHelp);
  return Number(text);
}
function parseRecipients(text) {
  const rows = parseCsv(text.replace(/^\uFEFF/, ""));
  const out = [];
  rows.forEach((row, i) => {
    const address = (row[0] ?? "").trim();
    if (address === "" || i === 0 && !address.includes("@")) return;
    if (!/^[^\s@<>",]+@[^\s@<>",]+\.[^\s@<>",]+$/.test(address))
      throw new Error(`recipients line ${i + 1}: "${address}" is not an e-mail address`);
    const name = (row[1] ?? "").trim();
    out.push(name === "" ? { address } : { address, name });
  });
  return out;
}
function trainingUrlOf(flag, fromPolicy) {
  const base = process.env.ADDIN_BASE_URL?.trim();
  const url = flag ?? fromPolicy ?? (base ? `${base.replace(/\/+$/, "")}/training.html` : void 0);
  if (url === void 0)
    throw new Error(
      "no training page address: set drill.trainingUrl in the policy, pass --training-url, or set ADDIN_BASE_URL"
    );
  if (!/^https:\/\/[^\s#]+$/.test(url))
    throw new Error(`the training page address must start with https:// (got "${url}")`);
  return url;
}
async function drillMakeCommand(argv, io) {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        policy: { type: "string" },
        out: { type: "string" },
        count: { type: "string" },
        to: { type: "string" },
        seed: { type: "string" },
        "training-url": { type: "string" },
        date: { type: "string" },
        help: { type: "boolean", short: "h" }
      }
    }));
  } catch (error) {
    throw new UsageError(errorText(error), drillHelp);
  }
  if (values.help === true) {
    io.out(drillHelp);
    return 0;
  }
  if (values.policy === void 0)
    throw new UsageError("--policy FILE is needed: the drill's sender and header come from it", drillHelp);
  if (values.out === void 0) throw new UsageError("--out DIR is needed", drillHelp);
  const seed = wholeNumber(values.seed, "--seed", 1);
  const date = values.date === void 0 ? /* @__PURE__ */ new Date() : new Date(values.date);
  if (Number.isNaN(date.getTime()))
    throw new UsageError(`--date must be a date such as 2026-12-01T09:30:00+09:00 (got "${values.date}")`, drillHelp);
  const loaded = await loadPolicyFile(values.policy);
  if (!loaded.ok) {
    io.err(`${loaded.message}
`);
    return 1;
  }
  try {
    const recipients = values.to === void 0 ? [] : parseRecipients(await readFile(values.to, "utf8"));
    if (values.to !== void 0 && recipients.length === 0) throw new Error(`${values.to} lists no recipients`);
    const count = wholeNumber(values.count, "--count", recipients.length > 0 ? recipients.length : 1);
    const trainingUrl = trainingUrlOf(values["training-url"], loaded.policy.drill?.trainingUrl);
    const mails = makeDrillMails(loaded.policy, { count, seed, recipients, trainingUrl, date });
    await mkdir(values.out, { recursive: true });
    for (const mail of mails) await writeFile(join(values.out, mail.fileName), mail.eml, "utf8");
    const csv = [
      csvLine(["id", "to", "subject", "file"]),
      ...mails.map((m) => csvLine([m.id, m.to, m.subject, m.fileName]))
    ].join("\r\n");
    await writeFile(join(values.out, "drills.csv"), `\uFEFF${csv}\r
`, "utf8");
    io.out(`${mails.length} drill mail(s) written to ${values.out} (list: ${join(values.out, "drills.csv")})
`);
    io.err("Send them as described in docs/drills.md; the transport rule must not tag them.\n");
    return 0;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    io.err(`sender-guard drill make: ${errorText(error)}
`);
    return 1;
  }
}

// src/cli/drill-tally.ts
import { readFile as readFile2, stat } from "node:fs/promises";
import { parseArgs as parseArgs2 } from "node:util";

// src/mime/drill-report.ts
function iso(date) {
  if (date === void 0 || date.trim() === "") return "";
  const t = new Date(date).getTime();
  return Number.isNaN(t) ? "" : new Date(t).toISOString().replace(/\.\d{3}Z$/, "Z");
}
function drillIdInHeaders(headers, policy) {
  const drill = policy.drill;
  if (!drill) return void 0;
  for (const value of headerValues(headers, drill.header)) {
    const mark = readDrillMark(value, drill.value);
    if (mark?.id !== void 0) return mark.id;
  }
  return void 0;
}
async function readEmlReport(bytes, policy) {
  const email = await PostalMime.parse(bytes, { forceRfc822Attachments: true, attachmentEncoding: "arraybuffer" });
  const fromRaw = email.headers.find((h) => h.key === "from")?.value ?? "";
  const from = parseMailboxes(fromRaw).mailboxes[0];
  const subject = cleanText(email.subject ?? "");
  let drillId = drillIdFromSubject(subject);
  if (drillId === void 0) {
    for (const att of email.attachments) {
      if (att.mimeType !== "message/rfc822" || typeof att.content === "string") continue;
      const inner = new TextDecoder("utf-8", { fatal: false }).decode(new Uint8Array(att.content));
      const end = inner.search(/\r?\n\r?\n/);
      drillId = drillIdInHeaders(parseHeaderBlock(end < 0 ? inner : inner.slice(0, end)), policy);
      if (drillId !== void 0) break;
    }
  }
  return {
    ...drillId !== void 0 ? { drillId } : {},
    // An empty address or name means none: fall through to the next one.
    // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
    reporter: from?.address || from?.name || "",
    reportedAt: iso(email.date),
    subject
  };
}
function msgDrillId(data, policy) {
  for (const att of data.attachments ?? []) {
    const inner = att.innerMsgContentFields;
    if (att.innerMsgContent !== true || !inner) continue;
    const id = drillIdInHeaders(parseHeaderBlock(inner.headers ?? ""), policy) ?? drillIdFromSubject(inner.subject ?? "");
    if (id !== void 0) return id;
  }
  return void 0;
}
function readMsgReport(bytes, policy) {
  const { data } = readMsg(bytes);
  const headers = parseHeaderBlock(data.headers ?? "");
  const fromHeader = parseMailboxes(headerValues(headers, "from")[0] ?? "").mailboxes[0];
  const subject = cleanText(data.subject ?? "");
  const drillId = drillIdFromSubject(subject) ?? msgDrillId(data, policy);
  const reporter = fromHeader?.address || data.senderSmtpAddress || data.senderEmail || data.senderName || "";
  const reportedAt = iso(headerValues(headers, "date")[0] ?? data.clientSubmitTime ?? data.messageDeliveryTime);
  return { ...drillId !== void 0 ? { drillId } : {}, reporter, reportedAt, subject };
}
async function readReport(bytes, policy, fileName = "") {
  if (/\.msg$/i.test(fileName) && !looksLikeMsg(bytes))
    throw new Error("not an Outlook .msg file (no compound-file signature)");
  const report = looksLikeMsg(bytes) ? readMsgReport(bytes, policy) : await readEmlReport(bytes, policy);
  return report.reporter === "" && report.drillId === void 0 ? { ...report, error: "no sender and no drill id found: is this a report mail?" } : report;
}

// src/cli/drill-tally.ts
async function readOne(file, policy) {
  try {
    const info = await stat(file);
    if (info.size > emlDefaults.maxMessageBytes)
      throw new Error(`file is ${info.size} bytes, larger than the ${emlDefaults.maxMessageBytes}-byte limit`);
    const bytes = await readFile2(file);
    return {
      file,
      ...await readReport(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), policy, file)
    };
  } catch (error) {
    return { file, reporter: "", reportedAt: "", subject: "", error: errorText(error) };
  }
}
var columns = ["drill_id", "reporter", "reported_at", "subject", "file"];
function cells(row) {
  return [row.drillId ?? "", row.reporter, row.reportedAt, row.subject, row.file];
}
function width(text) {
  let w = 0;
  for (const ch of text)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return w;
}
function table(rows) {
  const head = ["DRILL", "REPORTER", "REPORTED AT (UTC)", "SUBJECT", "FILE"];
  const body = rows.map((r) => [r.drillId ?? "-", r.reporter || "?", r.reportedAt || "?", r.subject, r.file]);
  const widths = head.map((h, i) => Math.max(width(h), ...body.map((b) => width(b[i] ?? ""))));
  const line = (fields) => fields.map((f, i) => i === fields.length - 1 ? f : f + " ".repeat((widths[i] ?? 0) - width(f))).join("  ");
  return `${[head, ...body].map(line).join("\n")}
`;
}
function summary(rows) {
  const drills = rows.filter((r) => r.drillId !== void 0);
  const ids = new Set(drills.map((r) => r.drillId));
  const people = new Set(drills.map((r) => r.reporter.toLowerCase()));
  const unreadable = rows.filter((r) => r.error !== void 0).length;
  return `${rows.length} report(s): ${drills.length} about ${ids.size} drill mail(s) from ${people.size} reporter(s); ${rows.length - drills.length - unreadable} without a drill id; ${unreadable} unreadable`;
}
async function drillTallyCommand(argv, io) {
  let parsed;
  try {
    parsed = parseArgs2({
      args: [...argv],
      strict: true,
      allowPositionals: true,
      options: {
        policy: { type: "string" },
        format: { type: "string", default: "table" },
        help: { type: "boolean", short: "h" }
      }
    });
  } catch (error) {
    throw new UsageError(errorText(error), drillHelp);
  }
  const { values, positionals } = parsed;
  if (values.help === true) {
    io.out(drillHelp);
    return 0;
  }
  if (values.format !== "table" && values.format !== "csv")
    throw new UsageError(`--format must be table or csv (got "${values.format}")`, drillHelp);
  if (positionals.length === 0)
    throw new UsageError("give at least one exported report (.eml or .msg) or a folder of them", drillHelp);
  const loaded = await loadPolicyFile(values.policy);
  if (!loaded.ok) {
    io.err(`${loaded.message}
`);
    return 1;
  }
  const rows = [];
  for (const target of await collectTargets(positionals)) {
    rows.push(
      target.ok ? await readOne(target.file, loaded.policy) : { file: target.file, reporter: "", reportedAt: "", subject: "", error: target.error }
    );
  }
  const sorted = [...rows].sort(
    (a, b) => (a.reportedAt || "~").localeCompare(b.reportedAt || "~") || a.file.localeCompare(b.file)
  );
  if (values.format === "csv")
    io.out(`\uFEFF${[csvLine(columns), ...sorted.map((r) => csvLine(cells(r)))].join("\r\n")}\r
`);
  else io.out(table(sorted));
  for (const r of sorted) if (r.error !== void 0) io.err(`${r.file}: ${r.error}
`);
  io.err(`${summary(sorted)}
`);
  return 0;
}

// src/cli/drill-command.ts
async function drillCommand(argv, io) {
  const [sub, ...rest] = argv;
  switch (sub) {
    case "-h":
    case "--help":
    case "help":
      io.out(drillHelp);
      return 0;
    case "make":
      return drillMakeCommand(rest, io);
    case "tally":
      return drillTallyCommand(rest, io);
    default:
      throw new UsageError(
        sub === void 0 ? "missing subcommand: drill make or drill tally" : `unknown drill subcommand "${sub}"`,
        drillHelp
      );
  }
}
export {
  drillCommand
};
