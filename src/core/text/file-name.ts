/**
 * What a file name really ends with, after undoing the tricks that make "請求書.pdf.exe" or
 * "請求書\u202Egpj.exe" (shown as 請求書exe.jpg) look harmless.
 */

export type FileKind =
  "archive" | "diskImage" | "macroOffice" | "legacyOffice" | "oneNote" | "shortcut" | "script" | "executable" | "html";

export type Disguise = "bidiControl" | "doubleExtension" | "paddedName";

export type FileNameFacts = {
  /** NFKC-normalised, bidi controls removed, trailing dots/spaces removed (as Windows does). */
  readonly cleaned: string;
  /** Lower-cased text after the last dot; "" when none. */
  readonly extension: string;
  readonly kind?: FileKind;
  readonly disguise?: Disguise;
};

const kinds: Readonly<Record<string, FileKind>> = {};
function register(kind: FileKind, list: string): void {
  for (const ext of list.split(" ")) (kinds as Record<string, FileKind>)[ext] = kind;
}
register("archive", "zip rar 7z lzh lha gz tgz tar cab bz2 xz arj ace z zipx");
register("diskImage", "iso img vhd vhdx");
register("macroOffice", "docm xlsm pptm dotm xltm xlam potm ppam ppsm sldm xlsb");
register("legacyOffice", "doc xls ppt dot xlt pps");
register("oneNote", "one onepkg");
register("shortcut", "lnk url scf");
register("script", "js jse vbs vbe wsf wsh hta ps1 bat cmd jar");
register("executable", "exe scr com pif msi dll cpl");
register("html", "html htm shtml svg xhtml");

/** Extensions people trust on sight: used as the decoy in "name.pdf.exe". */
const decoys = new Set([
  "pdf",
  "doc",
  "docx",
  "xls",
  "xlsx",
  "ppt",
  "pptx",
  "txt",
  "csv",
  "rtf",
  "jpg",
  "jpeg",
  "png",
  "gif",
  "bmp",
  "mp3",
  "mp4",
  "zip",
]);

/** Kinds that run code or open a page when double-clicked: the ones worth disguising. */
const runnable = new Set<FileKind>(["executable", "script", "shortcut", "html"]);

// U+202A–U+202E (embeddings/overrides), U+2066–U+2069 (isolates), and the two marks.
const bidiControls = /[\u202a-\u202e\u2066-\u2069\u200e\u200f]/gu;

/** Length of the run of spaces (and dots, when asked) at the end; a loop, so long names stay linear. */
function trailingRun(text: string, dots: boolean): number {
  let i = text.length;
  while (i > 0) {
    const c = text.charAt(i - 1);
    if (!(c.trim() === "" || (dots && c === "."))) break;
    i -= 1;
  }
  return text.length - i;
}

export function kindOfExtension(extension: string): FileKind | undefined {
  return Object.hasOwn(kinds, extension) ? kinds[extension] : undefined;
}

export function inspectFileName(name: string): FileNameFacts {
  const normalised = name.normalize("NFKC");
  const withoutBidi = normalised.replace(bidiControls, "");
  const cleaned = withoutBidi.slice(0, withoutBidi.length - trailingRun(withoutBidi, true));
  const lastDot = cleaned.lastIndexOf(".");
  const extension =
    lastDot < 0
      ? ""
      : cleaned
          .slice(lastDot + 1)
          .trim()
          .toLowerCase();
  const kind = kindOfExtension(extension);
  let disguise: Disguise | undefined;
  if (withoutBidi.length !== normalised.length) disguise = "bidiControl";
  else if (kind !== undefined && runnable.has(kind) && lastDot > 0) {
    const stem = cleaned.slice(0, lastDot);
    const innerDot = stem.lastIndexOf(".");
    const inner =
      innerDot < 0
        ? ""
        : stem
            .slice(innerDot + 1)
            .trim()
            .toLowerCase();
    if (decoys.has(inner)) disguise = "doubleExtension";
    else if (trailingRun(stem, false) >= 3) disguise = "paddedName";
  }
  return { cleaned, extension, ...(kind ? { kind } : {}), ...(disguise ? { disguise } : {}) };
}

export function isArchiveKind(kind: FileKind | undefined): boolean {
  return kind === "archive" || kind === "diskImage";
}

const imageExtensions = new Set(["png", "jpg", "jpeg", "gif", "bmp", "webp", "tif", "tiff", "emz", "wmz", "ico"]);

export function isImageExtension(extension: string): boolean {
  return imageExtensions.has(extension);
}
