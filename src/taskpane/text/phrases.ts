/**
 * Where a Japanese line may break between phrases: after a particle or a punctuation mark and
 * before the next content word (kanji, katakana, Latin letters, digits or an opening bracket).
 * Phrases in Japanese end in hiragana or punctuation far more often than not, so breaking only
 * there keeps words such as 「施設予約」 or 「ありません。」 whole. Used where the browser has no
 * `word-break: auto-phrase` (Chromium and Edge WebView2 have it).
 */
const phraseEnd = /[\p{Script=Hiragana}、。，．」』）】〕！？]/u;
const phraseStart = /[\p{Script=Han}\p{Script=Katakana}\p{L}\p{N}「『（【〔]/u;
const hiragana = /\p{Script=Hiragana}/u;

export function japanesePhrases(text: string): string[] {
  const chars = Array.from(text);
  const phrases: string[] = [];
  let current = "";
  for (let i = 0; i < chars.length; i += 1) {
    const ch = chars[i] ?? "";
    const previous = chars[i - 1];
    if (
      current !== "" &&
      previous !== undefined &&
      phraseEnd.test(previous) &&
      phraseStart.test(ch) &&
      !hiragana.test(ch)
    ) {
      phrases.push(current);
      current = "";
    }
    current += ch;
  }
  if (current !== "") phrases.push(current);
  return phrases;
}

/** True where the browser breaks Japanese by phrase itself. */
export const browserBreaksPhrases: boolean =
  typeof CSS !== "undefined" && typeof CSS.supports === "function" && CSS.supports("word-break", "auto-phrase");
