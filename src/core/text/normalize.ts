import { foldKana, isKatakana } from "./kana";
import { skeleton } from "./skeleton";

/**
 * A display name or policy name prepared for impersonation matching.
 *
 *   "【ウェスタ川越】 予約係"  → tokens ["ウエスタ川越", "予約係"]
 *   "佐藤 一郎 様"           → tokens ["佐藤ー郎"]         (一 and ー look alike, 様 dropped)
 *   "Mr. Ichiro SATOH"      → tokens ["ichiro", "sato"]
 */
export type NameForm = {
  /** Folded words in reading order; separators, honorifics and legal forms removed. */
  readonly tokens: readonly string[];
  /** The tokens joined with nothing between them (spaces never protect an impersonation). */
  readonly compact: string;
  /** Offsets in `compact` where a token starts, plus compact.length: word boundaries for Latin names. */
  readonly boundaries: ReadonlySet<number>;
};

/** Display names longer than this are cut: nobody reads past it and it bounds the work. */
export const maxNameLength = 1000;

// Longest first, so (一社) goes before (社). Applied after NFKC, which turns ㈱ and （株） into (株).
const legalForms = [
  "特定非営利活動法人",
  "地方独立行政法人",
  "独立行政法人",
  "国立大学法人",
  "一般社団法人",
  "一般財団法人",
  "公益社団法人",
  "公益財団法人",
  "社会福祉法人",
  "株式会社",
  "有限会社",
  "合同会社",
  "合資会社",
  "合名会社",
  "学校法人",
  "医療法人",
  "宗教法人",
  "NPO法人",
  "(一社)",
  "(一財)",
  "(公社)",
  "(公財)",
  "(特非)",
  "(株)",
  "(有)",
  "(同)",
  "(合)",
  "(名)",
  "(資)",
  "(社)",
  "(財)",
  "(福)",
  "(学)",
  "(医)",
  "(独)",
];
const legalFormPattern = new RegExp(legalForms.map((f) => f.replace(/[()]/g, "\\$&")).join("|"), "g");

/** Whole Latin words that say nothing about who someone is. */
const latinNoise = new Set([
  "mr",
  "mrs",
  "ms",
  "miss",
  "dr",
  "prof",
  "sir",
  "madam",
  "san",
  "sama",
  "sensei",
  "kun",
  "inc",
  "ltd",
  "llc",
  "co",
  "corp",
  "corporation",
  "kk",
  "gk",
  "plc",
  "gmbh",
]);

/** Japanese honorifics and addressing words, removed from the end of a word (佐藤様 → 佐藤). */
const honorificSuffixes = [
  "御中",
  "先生",
  "せんせい",
  "さま",
  "サマ",
  "さん",
  "サン",
  "どの",
  "くん",
  "ちゃん",
  "各位",
  "あて",
  "様",
  "殿",
  "氏",
  "君",
  "宛",
];

const dashes = new Set(["-", "‐", "‑", "‒", "–", "—", "―", "−", "─", "━", "〜", "~"]);

/** Letters, digits and marks belong to words; punctuation, symbols, spaces and invisibles separate them. */
function isWordChar(ch: string): boolean {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp < 0x80) return (cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
  if (cp < 0xc0) return false; // Latin-1 punctuation, NBSP
  if (cp === 0xd7 || cp === 0xf7) return false;
  if (cp >= 0x2000 && cp <= 0x2bff) return false; // general punctuation, zero-width, arrows, symbols, box drawing
  if (cp >= 0x3000 && cp <= 0x303f) return cp === 0x3005 || cp === 0x3006 || cp === 0x3007 || cp === 0x303b; // 々 〆 〇 〻
  if (cp === 0x30a0 || cp === 0x30fb) return false; // ゠ ・
  if (cp >= 0xe000 && cp <= 0xf8ff) return false; // private use
  if (cp >= 0xfe10 && cp <= 0xfe6f) return false; // vertical and small forms
  if (cp >= 0xff00 && cp <= 0xff0f) return false; // full-width punctuation NFKC left alone
  if (cp === 0xfeff) return false;
  if (cp >= 0x1f000 && cp <= 0x1faff) return false; // emoji and pictographs
  return true;
}

const isAsciiLower = (ch: string): boolean => ch >= "a" && ch <= "z";
const isAsciiUpper = (ch: string): boolean => ch >= "A" && ch <= "Z";

/**
 * Splits into raw words. A dash right after katakana, before more katakana or the end of a word,
 * is the long-vowel mark written with the wrong key (センタ- → センター); elsewhere it separates.
 * A lower→upper case change splits too (WestaKawagoe → Westa, Kawagoe).
 */
function splitWords(text: string): string[] {
  const chars = Array.from(text);
  const words: string[] = [];
  let word = "";
  for (let i = 0; i < chars.length; i += 1) {
    const ch = chars[i] ?? "";
    if (dashes.has(ch) && word !== "" && isKatakana(word.slice(-1))) {
      const next = chars[i + 1] ?? "";
      if (next === "" || isKatakana(next) || !isWordChar(next)) {
        word += "ー";
        continue;
      }
    }
    if (!isWordChar(ch)) {
      if (word !== "") words.push(word);
      word = "";
      continue;
    }
    if (word !== "" && isAsciiUpper(ch) && isAsciiLower(word.slice(-1))) {
      words.push(word);
      word = "";
    }
    word += ch;
  }
  if (word !== "") words.push(word);
  return words;
}

function stripHonorifics(word: string): string {
  let current = word;
  for (let round = 0; round < 3; round += 1) {
    const suffix = honorificSuffixes.find((s) => current.length > s.length && current.endsWith(s));
    if (suffix === undefined) break;
    current = current.slice(0, -suffix.length);
  }
  return current;
}

/** Romaji spellings of one Japanese name: Satō, Satoh, Satou, Sato → sato; Yuuko → yuko. */
function foldRomaji(word: string): string {
  if (!/^[a-z]+$/.test(word)) return word;
  return word
    .replace(/oh(?![aeiouy])/g, "o")
    .replace(/ou/g, "o")
    .replace(/oo/g, "o")
    .replace(/uu/g, "u");
}

function foldWord(raw: string): string {
  const lower = raw.toLowerCase();
  if (latinNoise.has(lower)) return "";
  if (honorificSuffixes.includes(raw)) return "";
  const stripped = stripHonorifics(raw);
  // Diacritics go (Satō → Sato); NFD also splits kana voicing marks, which skeleton's NFKC rejoins.
  const plain = stripped.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  return foldRomaji(skeleton(foldKana(plain)));
}

/**
 * Normalises a name for comparison: NFKC (full-width → half-width, ㈱ → (株)), legal forms and
 * honorifics removed, spaces and punctuation dropped, small kana → large, hiragana → katakana,
 * confusable characters → their prototype (UTS #39 subset + kana/kanji pairs), romaji folded.
 * Linear in the length of the name (capped at maxNameLength).
 */
export function nameForm(name: string): NameForm {
  const text = name.slice(0, maxNameLength).normalize("NFKC").replace(legalFormPattern, " ");
  const tokens: string[] = [];
  const boundaries = new Set<number>([0]);
  let compact = "";
  for (const raw of splitWords(text)) {
    const token = foldWord(raw);
    if (token === "") continue;
    tokens.push(token);
    compact += token;
    boundaries.add(compact.length);
  }
  return { tokens, compact, boundaries };
}
