/**
 * Japanese lookalikes that Unicode's confusables.txt does not give an ASCII prototype for (the
 * generated table keeps only ASCII prototypes, so none of these would be folded otherwise).
 *
 * Each row folds the listed characters onto one canonical character. Katakana is the canonical
 * side where it takes part, because display names that imitate an organisation are mostly
 * katakana + kanji (ウェスタ川越) and name matching folds hiragana to katakana first.
 *
 * Kept deliberately small: every row is a pair a reader cannot tell apart at mail-list size in
 * common Japanese UI fonts (Yu Gothic UI, Meiryo, Hiragino). Pairs that are merely similar to a
 * careful eye (シ/ツ, ソ/ン) are included because they are the classic katakana confusions; real
 * names differing only by them are rare enough that a match is worth a warning.
 */
export type KanaKanjiRow = {
  readonly canonical: string;
  readonly lookalikes: string;
};

// Each row's comment says why the characters are confused; comments cost the launch-event
// bundle nothing, strings would.

export const kanaKanjiConfusables: readonly KanaKanjiRow[] = [
  // katakana ta vs kanji yū (evening): identical strokes, kanji slightly wider
  { canonical: "タ", lookalikes: "夕" },
  // katakana ka vs kanji chikara (power): same two strokes
  { canonical: "カ", lookalikes: "力" },
  // katakana e vs kanji kō (craft): three identical strokes
  { canonical: "エ", lookalikes: "工" },
  // katakana ro vs kanji kuchi (mouth) and the enclosure radical: a box in all three
  { canonical: "ロ", lookalikes: "口囗" },
  // katakana ni vs kanji ni (two): two horizontal strokes
  { canonical: "ニ", lookalikes: "二" },
  // katakana ha vs kanji hachi (eight): two diagonal strokes
  { canonical: "ハ", lookalikes: "八" },
  // katakana to vs kanji boku (divination): same two strokes
  { canonical: "ト", lookalikes: "卜" },
  // katakana o vs kanji sai (talent, also used for age): near-identical hook
  { canonical: "オ", lookalikes: "才" },
  // katakana chi vs kanji sen (thousand): differ only in the first stroke's slant
  { canonical: "チ", lookalikes: "千" },
  // katakana hi vs the spoon radical
  { canonical: "ヒ", lookalikes: "匕" },
  // katakana me vs kanji gai: two crossing strokes
  { canonical: "メ", lookalikes: "乂" },
  // long-vowel mark vs kanji ichi (one), dashes and box-drawing lines (‐ and − already fold to ASCII -)
  { canonical: "ー", lookalikes: "一―—─━㇐" },
  // hiragana and katakana he are the same shape
  { canonical: "ヘ", lookalikes: "へ" },
  // hiragana and katakana be are the same shape
  { canonical: "ベ", lookalikes: "べ" },
  // hiragana and katakana pe are the same shape
  { canonical: "ペ", lookalikes: "ぺ" },
  // hiragana ri and katakana ri differ only by a joining hook
  { canonical: "リ", lookalikes: "り" },
  // tsu vs shi: the same three strokes at a different slant
  { canonical: "ツ", lookalikes: "シ" },
  // n vs so: the same two strokes at a different slant
  { canonical: "ン", lookalikes: "ソ" },
  // kanji zero vs circles (confusables.txt maps 〇 to O, circles are not listed)
  { canonical: "〇", lookalikes: "○◯" },
  // ladder-form taka (髙橋) is the same name as 高
  { canonical: "高", lookalikes: "髙" },
  // variant forms of saki (山﨑, 宮嵜) are the same name
  { canonical: "崎", lookalikes: "﨑嵜碕" },
  // variant forms of be/nabe (渡邊, 渡邉) are the same name
  { canonical: "辺", lookalikes: "邊邉" },
  // variant forms of sai (齋藤, 斎藤) are read the same and easily mistaken
  { canonical: "斉", lookalikes: "齊齋斎" },
  // old form of sawa (澤田) is the same name
  { canonical: "沢", lookalikes: "澤" },
  // old form of hama (濱田) is the same name
  { canonical: "浜", lookalikes: "濱" },
  // variant forms of shima (中嶋) are the same name
  { canonical: "島", lookalikes: "嶋嶌" },
];
