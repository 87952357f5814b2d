/**
 * Characters that change how text looks without being seen: bidi overrides can reverse an
 * address on screen ("moc.live@" shown as "@evil.com"), zero-width ones hide inside names.
 */
const hidden = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/gu;

/**
 * Replaces invisible and direction-changing characters with a visible code, so what the reader
 * sees is what the mail contains.
 *
 * @example revealHidden("info\u202Egpj.exe") === "info⟨U+202E⟩gpj.exe"
 */
export function revealHidden(text: string): string {
  return text.replace(hidden, (ch) => `⟨U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}⟩`);
}
