/**
 * PowerShell and regular-expression text for the Exchange transport rule. Kept apart from the
 * command so the quoting rules have their own tests.
 */

/** A PowerShell single-quoted string: nothing is expanded; a ' is written as ''. */
export function psQuote(text: string): string {
  // PowerShell also treats the typographic single quotes as quote characters, so they are doubled too.
  return `'${text.replace(/['‘’‚‛]/g, (q) => q + q)}'`;
}

/** @('a','b') — an array literal of single-quoted strings. */
export function psArray(items: readonly string[]): string {
  return `@(${items.map(psQuote).join(", ")})`;
}

// "#" is left alone: it is only special in .NET with IgnorePatternWhitespace, and "\#" is an
// error in stricter engines.
const regexMeta = /[\\^$.|?*+()[\]{}]/;

/** Escapes one character for a .NET regular expression (outside a character class). */
function escapeChar(char: string): string {
  return regexMeta.test(char) ? `\\${char}` : char;
}

/** Half-width katakana for each full-width one (ガ → ｶﾞ), derived from NFKC so no table is kept by hand. */
const halfWidthKana: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  const singles: string[] = [];
  for (let code = 0xff61; code <= 0xff9f; code++) singles.push(String.fromCharCode(code));
  const marks = ["", "\uff9e", "\uff9f"]; // none, dakuten, handakuten
  for (const base of singles) {
    for (const mark of marks) {
      const half = base + mark;
      const full = half.normalize("NFKC");
      // Keep only pairs that compose into one full-width character.
      if (Array.from(full).length === 1 && !map.has(full) && full !== half) map.set(full, half);
    }
  }
  return map;
})();

/** One character of a name as a pattern that also accepts its full-width or half-width twin. */
function charPattern(char: string, halfKana: boolean): string {
  if (/^[A-Za-z]$/.test(char)) {
    const lower = char.toLowerCase();
    const upper = char.toUpperCase();
    const wide = (c: string): string => String.fromCharCode(c.charCodeAt(0) + 0xfee0);
    return `[${lower}${upper}${wide(lower)}${wide(upper)}]`;
  }
  if (/^[0-9]$/.test(char)) return `[${char}${String.fromCharCode(char.charCodeAt(0) + 0xfee0)}]`;
  if (halfKana) {
    const half = halfWidthKana.get(char);
    if (half !== undefined) return Array.from(half).map(escapeChar).join("");
  }
  return escapeChar(char);
}

/**
 * Regular expressions that find a name inside a From header, tolerant of how people disguise it:
 * - full-width letters and digits (ＷＥＳＴＡ) and either case;
 * - any run of spaces (half- or full-width) where the name has a space, or none at all
 *   (「佐藤 一郎」 also matches 「佐藤一郎」 and 「佐藤\u3000一郎」(a full-width space));
 * - a second pattern in half-width katakana (ｳｪｽﾀ) when the name has katakana.
 * The name is NFKC-normalised first, so the policy may spell it either way.
 *
 * Example: "WESTA川越" → `[wWｗＷ][eEｅＥ][sSｓＳ][tTｔＴ][aAａＡ]川越`.
 */
export function namePatterns(name: string): string[] {
  const normalized = name.normalize("NFKC").trim();
  if (normalized === "") return [];
  const build = (halfKana: boolean): string => {
    const words = normalized.split(/\s+/u);
    return words.map((word) => Array.from(word, (c) => charPattern(c, halfKana)).join("")).join("\\s*");
  };
  const full = build(false);
  const half = build(true);
  return half === full ? [full] : [full, half];
}

/** Text for an HTML disclaimer: the five HTML-special characters become entities. */
export function htmlEscape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
