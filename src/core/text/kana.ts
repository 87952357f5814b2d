/**
 * Kana folding for name comparison. A reader sees ウェスタ and ウエスタ, or かわごえ and カワゴエ,
 * as the same name, so impersonation matching treats them as one.
 */

const smallToLarge: Readonly<Record<string, string>> = {
  ぁ: "あ",
  ぃ: "い",
  ぅ: "う",
  ぇ: "え",
  ぉ: "お",
  っ: "つ",
  ゃ: "や",
  ゅ: "ゆ",
  ょ: "よ",
  ゎ: "わ",
  ゕ: "か",
  ゖ: "け",
  ァ: "ア",
  ィ: "イ",
  ゥ: "ウ",
  ェ: "エ",
  ォ: "オ",
  ッ: "ツ",
  ャ: "ヤ",
  ュ: "ユ",
  ョ: "ヨ",
  ヮ: "ワ",
  ヵ: "カ",
  ヶ: "ケ",
  ㇰ: "ク",
  ㇱ: "シ",
  ㇲ: "ス",
  ㇳ: "ト",
  ㇴ: "ヌ",
  ㇵ: "ハ",
  ㇶ: "ヒ",
  ㇷ: "フ",
  ㇸ: "ヘ",
  ㇹ: "ホ",
  ㇺ: "ム",
  ㇻ: "ラ",
  ㇼ: "リ",
  ㇽ: "ル",
  ㇾ: "レ",
  ㇿ: "ロ",
};

const hiraganaStart = 0x3041;
const hiraganaEnd = 0x3096;
const hiraganaIteration = 0x309d; // ゝ ゞ → ヽ ヾ
const toKatakana = 0x60;

/** True for katakana letters and the long-vowel mark (what a chōon-like dash may follow). */
export function isKatakana(ch: string): boolean {
  const cp = ch.codePointAt(0) ?? 0;
  return (cp >= 0x30a1 && cp <= 0x30fa) || cp === 0x30fc || (cp >= 0x31f0 && cp <= 0x31ff);
}

/** Small kana → large, hiragana → katakana (ぇ → エ, ゃ → ヤ, かわごえ → カワゴエ). */
export function foldKana(text: string): string {
  let out = "";
  for (const ch of text) {
    const large = smallToLarge[ch] ?? ch;
    const cp = large.codePointAt(0) ?? 0;
    if ((cp >= hiraganaStart && cp <= hiraganaEnd) || cp === hiraganaIteration || cp === hiraganaIteration + 1) {
      out += String.fromCodePoint(cp + toKatakana);
    } else {
      out += large;
    }
  }
  return out;
}
