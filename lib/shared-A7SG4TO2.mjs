// Generated from src/cli by `npm run build:cli`; do not edit. A test checks it is up to date.

// src/core/text/error-text.ts
function errorText(error) {
  if (error instanceof Error) return error.message;
  try {
    return String(error);
  } catch {
    return "(a thrown value that cannot be shown as text)";
  }
}

// src/core/policy/built-in.ts
var defaultPolicy = { "$schema": "./policy.schema.json", "version": 1, "organization": { "names": ["ウェスタ川越", "WESTA川越", "Westa Kawagoe", "ウェスタかわごえ", "川越市民会館 ウェスタ川越"], "domains": ["westa-kawagoe.jp"] }, "staff": [{ "name": "川越 花子", "aliases": ["Hanako Kawagoe", "かわごえ はなこ"] }, { "name": "佐藤 一郎", "aliases": ["Ichiro Sato", "さとう いちろう"] }], "partners": [{ "name": "川越市", "domains": ["city.kawagoe.saitama.jp"] }], "brands": [], "disableBuiltInBrands": false, "trustedSenders": [{ "domain": "yoyaku.example.com", "reason": { "ja": "施設予約システム（例）からの自動送信メールです。ポリシーで信頼済みです。", "en": "Automatic mail from the facility booking system (example), trusted by the policy." } }], "reportMailbox": "security@westa-kawagoe.jp", "drill": { "header": "X-Westa-Drill", "value": "training-2026", "reveal": "after-report", "from": "info@drill-training.example" }, "transportHeader": "X-Sender-Guard-Suspect", "steps": { "danger": [{ "ja": "添付ファイルは開かず、本文中のURLにもアクセスしないでください。", "en": "Do not open the attachments or any link in the mail." }, { "ja": "メールごと削除してください。本文を読んだだけでは感染しません。", "en": "Delete the whole mail. Reading the body alone does not infect your computer." }, { "ja": "判断に迷う場合は、「管理者に報告」で管理者に知らせてください。", "en": "If you are unsure, tell the administrator with “Report to the admin”." }], "caution": [{ "ja": "添付ファイルやURLを開く前に、送信者に電話など別の手段で、本当に送ったかを確認してください。", "en": "Before opening an attachment or a link, ask the sender by phone or another channel whether they really sent it." }, { "ja": "確認には、このメールに書かれた電話番号ではなく、以前から知っている連絡先を使ってください。", "en": "Use contact details you already know, not the phone number in this mail." }, { "ja": "パスワード付きの圧縮ファイルは、ウイルス対策ソフトが中身を検査できません。確認が取れるまで開かないでください。", "en": "Antivirus software cannot look inside a password-protected archive. Do not open it until the sender has confirmed it." }, { "ja": "確認が取れない場合は、「管理者に報告」で管理者に知らせてください。", "en": "If you cannot confirm it, tell the administrator with “Report to the admin”." }], "opened": [{ "ja": "WiFiを切る、LANケーブルを抜くなどして、パソコンをネットワークから遮断してください。", "en": "Cut the computer off the network: turn Wi-Fi off and unplug the LAN cable." }, { "ja": "ウイルス対策ソフトを起動し、ウイルススキャンを実行してください。不正なファイルが見つかると、隔離・削除されます。", "en": "Start your antivirus software and run a virus scan. Any malicious file it finds is quarantined or deleted." }, { "ja": "管理者に、電話または直接会って知らせてください（ネットワークを切ったパソコンからはメールを送れません）。添付ファイルを開いたこと、その日時、メールの件名を伝えてください。", "en": "Tell the administrator by phone or in person (a computer cut off from the network cannot send mail): that you opened the attachment, when, and the mail's subject." }, { "ja": "Windowsのパソコンは、管理者の指示に従って、JPCERT/CCの感染確認ツール「EmoCheck」でも確認してください。iPhone・Androidのスマートフォンでの被害は確認されていません。", "en": "On a Windows computer, also check with JPCERT/CC's EmoCheck tool, as the administrator directs. No damage has been reported on iPhone or Android phones." }] }, "links": [{ "label": { "ja": "IPA「Emotet（エモテット）」と呼ばれるウイルスへの感染を狙うメールについて", "en": "IPA: mail that aims to infect with the virus called Emotet" }, "url": "https://www.ipa.go.jp/security/announce/20191202.html" }, { "label": { "ja": "IPA コンピュータウイルス・不正アクセスに関する届出について", "en": "IPA: reporting computer viruses and unauthorised access" }, "url": "https://www.ipa.go.jp/security/outline/todokede-j.html" }, { "label": { "ja": "JPCERT/CC EmoCheck（Emotet感染確認ツール）", "en": "JPCERT/CC EmoCheck (Emotet infection check tool)" }, "url": "https://github.com/JPCERTCC/EmoCheck/releases" }], "limits": { "maxBodyChars": 2e6, "maxAttachmentBytes": 1e7, "paddedEntryBytes": 1e8 } };
var embeddedPolicyIssues = [];

export {
  errorText,
  defaultPolicy,
  embeddedPolicyIssues
};
