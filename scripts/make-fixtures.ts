/**
 * Writes the synthetic Japanese fixtures in dev/samples/, which the playground also serves as its
 * sample messages. No public corpus of Japanese Emotet mail exists, so these follow the facility's published description (../shared/seed) and
 * PRODUCT.md. Archives are tiny, harmless and built here; the output is byte-for-byte
 * reproducible, and a test checks the committed files equal this script's output.
 *
 *   npx tsx scripts/make-fixtures.ts           # rewrite the files
 *   npx tsx scripts/make-fixtures.ts --check   # exit 1 when a committed file differs
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildZip } from "./fixtures/zip";
import { buildMessage, encodeWords, mailbox, type Message } from "./fixtures/mime";

const outDir = join(dirname(fileURLToPath(import.meta.url)), "..", "dev", "samples");

const harmless = (what: string): Uint8Array =>
  new TextEncoder().encode(`Harmless placeholder for Sender Guard tests (${what}). Not a real document.\r\n`);

const authPass = (domain: string): string =>
  `spf=pass (sender IP is 203.0.113.25) smtp.mailfrom=${domain}; dkim=pass (signature was verified) header.d=${domain};dmarc=pass action=none header.from=${domain};compauth=pass reason=100`;

const date = (day: number, hour: number): string =>
  `Tue, ${String(day).padStart(2, "0")} Mar 2022 ${String(hour).padStart(2, "0")}:12:45 +0900`;

const recipient = mailbox("鈴木 様", "suzuki@kawagoe-gakki.example");

const quoted = [
  "",
  "-----Original Message-----",
  "From: 鈴木 <suzuki@kawagoe-gakki.example>",
  "Sent: Monday, February 28, 2022 4:05 PM",
  "Subject: 3月の練習室のご予約について",
  "",
  "お世話になっております。3月の練習室の予約状況を教えてください。",
].join("\n");

export const fixtures: Record<string, Message> = {
  // The facility's own description: its information desk's name, an unrelated real-looking
  // address, "Re: ご確認ください" with no thread headers, and an encrypted zip with a .doc inside.
  "facility-name-emotet.eml": {
    id: "a1",
    headers: [
      ["Authentication-Results", authPass("hinode-shoji.example")],
      ["From", mailbox("ウェスタ川越 インフォメーション・施設予約", "m.kobayashi@hinode-shoji.example")],
      ["To", recipient],
      ["Subject", encodeWords("Re: ご確認ください")],
      ["Date", date(8, 9)],
      ["Message-ID", "<20220308091245.a1@hinode-shoji.example>"],
    ],
    text: [
      "鈴木 様",
      "",
      "いつもお世話になっております。",
      "添付ファイルをご確認ください。",
      "",
      "ファイル名: 請求書_0308.zip",
      "パスワード: 7Hq2Kp",
      "",
      "よろしくお願いいたします。",
      quoted,
    ].join("\n"),
    attachments: [
      {
        contentType: "application/zip",
        filename: "請求書_0308.zip",
        body: buildZip([{ name: "請求書.doc", data: harmless("請求書.doc"), password: "7Hq2Kp" }]),
      },
    ],
  },

  // A staff member's name (佐藤 一郎 is in the default policy) from a free-mail address.
  "staff-name-freemail.eml": {
    id: "a2",
    headers: [
      ["Authentication-Results", authPass("gmail.com")],
      ["From", mailbox("佐藤 一郎", "westa.sato.ichiro.test0001@gmail.com")],
      ["To", recipient],
      ["Subject", encodeWords("FW: 見積書の送付")],
      ["Date", date(9, 14)],
      ["Message-ID", "<CAF=a2test0001@mail.gmail.com>"],
    ],
    text: [
      "お世話になっております。ウェスタ川越の佐藤です。",
      "見積書を添付いたしますので、ご確認ください。",
      "",
      "佐藤 一郎",
    ].join("\n"),
    attachments: [
      {
        contentType: "application/vnd.ms-excel.sheet.macroEnabled.12",
        filename: "見積書.xlsm",
        body: harmless("見積書.xlsm"),
      },
    ],
  },

  // Genuine mail from the facility, passing Microsoft's authentication checks.
  "genuine-facility.eml": {
    id: "a3",
    headers: [
      ["Authentication-Results", authPass("westa-kawagoe.jp")],
      ["From", mailbox("ウェスタ川越 インフォメーション・施設予約", "info@westa-kawagoe.jp")],
      ["To", recipient],
      ["Subject", encodeWords("【ウェスタ川越】施設ご利用日程のお知らせ")],
      ["Date", date(10, 10)],
      ["Message-ID", "<20220310101245.a3@westa-kawagoe.jp>"],
    ],
    text: [
      "鈴木 様",
      "",
      "ウェスタ川越 インフォメーション・施設予約でございます。",
      "3月21日(月・祝)の練習室のご利用日程をお知らせいたします。",
      "ご不明な点は、お電話でお問い合わせください。",
    ].join("\n"),
  },

  // A partner's real reply inside an existing thread.
  "partner-reply.eml": {
    id: "a4",
    headers: [
      ["Authentication-Results", authPass("city.kawagoe.saitama.jp")],
      ["From", mailbox("川越市 文化芸術振興課", "bunka@city.kawagoe.saitama.jp")],
      ["To", mailbox("ウェスタ川越 事業課", "jigyo@westa-kawagoe.jp")],
      ["Subject", encodeWords("Re: 市民文化祭のホール利用について")],
      ["Date", date(11, 16)],
      ["Message-ID", "<20220311161245.a4@city.kawagoe.saitama.jp>"],
      ["In-Reply-To", "<20220310090000.x9@westa-kawagoe.jp>"],
      ["References", "<20220310090000.x9@westa-kawagoe.jp>"],
    ],
    text: [
      "ウェスタ川越 事業課 御中",
      "",
      "ご連絡ありがとうございます。",
      "ホールの利用日程について、承知いたしました。",
      "",
      "川越市 文化芸術振興課",
    ].join("\n"),
  },

  // 加藤 一郎 is not staff (the policy has 佐藤 一郎): one character apart, a different person.
  "kato-not-staff.eml": {
    id: "a5",
    headers: [
      ["Authentication-Results", authPass("hinode-shoji.example")],
      ["From", mailbox("加藤 一郎", "kato.ichiro@hinode-shoji.example")],
      ["To", mailbox("", "info@westa-kawagoe.jp")],
      ["Subject", encodeWords("展示会の打ち合わせ日程について")],
      ["Date", date(12, 11)],
      ["Message-ID", "<20220312111245.a5@hinode-shoji.example>"],
    ],
    text: [
      "ウェスタ川越 ご担当者様",
      "",
      "日の出商事の加藤です。",
      "展示会の打ち合わせ日程について、候補日をお送りします。",
      "3月22日 14時 / 3月24日 10時",
      "",
      "加藤 一郎",
    ].join("\n"),
  },

  // A booking system the default policy trusts, sending in the facility's name.
  "trusted-booking-system.eml": {
    id: "a6",
    headers: [
      ["Authentication-Results", authPass("yoyaku.example.com")],
      ["From", mailbox("ウェスタ川越 施設予約システム", "noreply@yoyaku.example.com")],
      ["To", recipient],
      ["Subject", encodeWords("【ウェスタ川越】ご予約を受け付けました")],
      ["Date", date(13, 8)],
      ["Message-ID", "<20220313081245.a6@yoyaku.example.com>"],
    ],
    text: [
      "鈴木 様",
      "",
      "以下の内容でご予約を受け付けました。",
      "施設: 練習室2",
      "日時: 2022年3月21日 13:00〜15:00",
      "",
      "このメールは送信専用です。",
    ].join("\n"),
  },

  // "PPAP": a password-protected zip from an unknown sender, the password in the same mail.
  "password-zip-unknown-sender.eml": {
    id: "a7",
    headers: [
      ["Authentication-Results", authPass("hinode-shoji.example")],
      ["From", mailbox("山田 太郎", "t.yamada@hinode-shoji.example")],
      ["To", mailbox("", "info@westa-kawagoe.jp")],
      ["Subject", encodeWords("資料送付の件")],
      ["Date", date(14, 15)],
      ["Message-ID", "<20220314151245.a7@hinode-shoji.example>"],
    ],
    text: [
      "ウェスタ川越 ご担当者様",
      "",
      "日の出商事の山田です。",
      "展示会の資料をお送りします。",
      "",
      "解凍パスワード: Rk82mZ",
      "",
      "よろしくお願いいたします。",
    ].join("\n"),
    attachments: [
      {
        contentType: "application/zip",
        filename: "展示会資料.zip",
        body: buildZip([{ name: "展示会資料.pdf", data: harmless("展示会資料.pdf"), password: "Rk82mZ" }]),
      },
    ],
  },

  // A lookalike of the facility's domain (0 for o) with a neutral display name.
  "lookalike-domain.eml": {
    id: "a8",
    headers: [
      ["From", mailbox("予約センター", "yoyaku@westa-kawag0e.jp")],
      ["To", recipient],
      ["Subject", encodeWords("【重要】施設予約内容のご確認")],
      ["Date", date(15, 9)],
      ["Message-ID", "<20220315091245.a8@westa-kawag0e.jp>"],
    ],
    text: [
      "鈴木 様",
      "",
      "ご予約内容に不備がありました。",
      "下記のページから予約内容をご確認ください。",
      "https://westa-kawag0e.jp/yoyaku/confirm",
    ].join("\n"),
  },

  // A phishing drill stamped with the policy's drill header: a lesson, not an alarm.
  "drill.eml": {
    id: "a9",
    headers: [
      ["X-Westa-Drill", "training-2026"],
      ["From", mailbox("ウェスタ川越 インフォメーション・施設予約", "info@drill-training.example")],
      ["To", mailbox("", "staff01@westa-kawagoe.jp")],
      ["Subject", encodeWords("Re: ご確認ください")],
      ["Date", date(16, 10)],
      ["Message-ID", "<20220316101245.a9@drill-training.example>"],
    ],
    text: ["お疲れさまです。", "添付のファイルをご確認ください。"].join("\n"),
  },

  // The display name is an encoded word that decodes to a quoted name and the facility's address
  // in angle brackets; the real address is the one outside it.
  "encoded-word-address-trick.eml": {
    id: "b1",
    headers: [
      ["From", `=?UTF-8?B?${btoaUtf8('"ウェスタ川越" <info@westa-kawagoe.jp>')}?= <notice@hinode-shoji.example>`],
      ["To", recipient],
      ["Subject", encodeWords("Re: ご確認ください")],
      ["Date", date(17, 9)],
      ["Message-ID", "<20220317091245.b1@hinode-shoji.example>"],
    ],
    text: ["添付ファイルをご確認ください。"].join("\n"),
  },

  // Half-width katakana of the facility's name (NFKC folds it to ウェスタ川越).
  "halfwidth-kana-org-name.eml": {
    id: "b2",
    headers: [
      ["From", mailbox("ｳｪｽﾀ川越 ｲﾝﾌｫﾒｰｼｮﾝ", "info@kawagoe-hall.example")],
      ["To", recipient],
      ["Subject", encodeWords("FW: 施設利用料のご請求")],
      ["Date", date(18, 13)],
      ["Message-ID", "<20220318131245.b2@kawagoe-hall.example>"],
    ],
    text: ["ご請求書を送付いたします。ご確認ください。"].join("\n"),
  },

  // A plain outside reply with "Re:" and no thread headers: low noise means no warning.
  "plain-external-re.eml": {
    id: "b3",
    headers: [
      ["Authentication-Results", authPass("kawagoe-gakki.example")],
      ["From", mailbox("鈴木 次郎", "suzuki@kawagoe-gakki.example")],
      ["To", mailbox("", "info@westa-kawagoe.jp")],
      ["Subject", encodeWords("Re: 練習室の予約")],
      ["Date", date(19, 17)],
      ["Message-ID", "<20220319171245.b3@kawagoe-gakki.example>"],
    ],
    text: ["お世話になっております。", "練習室の件、承知しました。当日はよろしくお願いいたします。", "", "鈴木"].join(
      "\n",
    ),
  },

  // No From header at all: the verdict must be "could not verify", never safe.
  "missing-from.eml": {
    id: "b4",
    headers: [
      ["To", recipient],
      ["Subject", encodeWords("ご確認ください")],
      ["Date", date(20, 9)],
      ["Message-ID", "<20220320091245.b4@unknown.example>"],
    ],
    text: ["添付ファイルをご確認ください。"].join("\n"),
  },
};

function btoaUtf8(text: string): string {
  let binary = "";
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function main(): void {
  const check = process.argv.includes("--check");
  mkdirSync(outDir, { recursive: true });
  let differs = 0;
  for (const [file, message] of Object.entries(fixtures)) {
    const path = join(outDir, file);
    const text = buildMessage(message);
    if (check) {
      if (!existsSync(path) || readFileSync(path, "utf8") !== text) {
        console.error(`differs: ${file}`);
        differs += 1;
      }
    } else writeFileSync(path, text, "utf8");
  }
  if (check && differs > 0) process.exit(1);
  console.log(check ? "fixtures are up to date" : `wrote ${Object.keys(fixtures).length} fixtures to ${outDir}`);
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) main();
