import type { Localized } from "../model/verdict";
import type { FileKind } from "./file-name";

/** How each risky kind of file is named to the user. */
export const kindNames: Readonly<Record<FileKind, Localized>> = {
  archive: { ja: "圧縮ファイル", en: "an archive" },
  diskImage: { ja: "ディスクイメージ", en: "a disk image" },
  macroOffice: { ja: "マクロ付きのOfficeファイル", en: "an Office file with macros" },
  legacyOffice: {
    ja: "マクロを含むことがある旧形式のOfficeファイル",
    en: "an old-format Office file (such files can carry macros)",
  },
  oneNote: { ja: "OneNoteファイル", en: "a OneNote file" },
  shortcut: { ja: "ショートカット", en: "a shortcut" },
  script: { ja: "スクリプト（プログラム）", en: "a script (a program)" },
  executable: { ja: "実行ファイル（プログラム）", en: "an executable program" },
  html: {
    ja: "HTMLファイル（開くとWebページのように動きます）",
    en: "an HTML file (it behaves like a web page when opened)",
  },
};
