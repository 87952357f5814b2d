import type { Localized } from "../model/verdict";

/**
 * Steps for a policy that names none: general advice with no organisation's name in it, so a
 * policy written for any organisation reads right without copying another's wording.
 */
export const builtInSteps: { readonly received: readonly Localized[]; readonly opened: readonly Localized[] } = {
  received: [
    { ja: "添付ファイルは開かず、本文中のURLにもアクセスしないでください。", en: "Do not open the attachments or any link in the mail." },
    { ja: "返信や転送はせず、メールごと削除してください。", en: "Do not reply or forward it; delete the whole mail." },
    { ja: "判断に迷う場合は「管理者に報告」で管理者に知らせてください。", en: "If you are unsure, tell the administrator with \"Report to the admin\"." },
  ],
  opened: [
    { ja: "WiFiを切る、LANケーブルを抜くなどして、パソコンをネットワークから遮断してください。", en: "Cut the computer off the network: turn Wi-Fi off and unplug the LAN cable." },
    { ja: "ウイルス対策ソフトを最新の状態に更新してから、ウイルススキャンを実行してください。", en: "Update your antivirus to the latest definitions, then run a full scan." },
    { ja: "すぐに管理者へ連絡してください(開いたこと、日時、メールの件名)。", en: "Contact the administrator at once (that you opened it, when, and the subject)." },
  ],
};
