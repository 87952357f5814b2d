import { skeleton } from "./skeleton";

/**
 * Display-name words read with UTS #39 (Unicode Security Mechanisms): scripts whose letters pass
 * for Latin ones. Japanese (Han, Hiragana, Katakana) mixed with Latin is ordinary writing and is
 * not looked at; "highly restrictive" in UTS #39 §5.2 allows it too.
 */
const lookalikeScripts = [
  { script: "Latin", pattern: /\p{Script=Latin}/u },
  { script: "Greek", pattern: /\p{Script=Greek}/u },
  { script: "Cyrillic", pattern: /\p{Script=Cyrillic}/u },
  { script: "Armenian", pattern: /\p{Script=Armenian}/u },
  { script: "Cherokee", pattern: /\p{Script=Cherokee}/u },
] as const;

export type Script = (typeof lookalikeScripts)[number]["script"];

export type DisguisedWord = {
  /** The word as written. */
  readonly word: string;
  /** Its skeleton: what a reader sees ("Αirdrορ" → "airdrop"). */
  readonly looksLike: string;
  /**
   * mixed: Latin and another lookalike script in one word (UTS #39 mixed-script);
   * wholeScript: one non-Latin script whose every letter has a Latin twin, next to Latin words
   * (UTS #39 whole-script confusable). Alone it says little ("Вера Smith" is a plausible name);
   * the rule counts it when it spells a brand or the organisation, or stands beside a mixed word.
   */
  readonly kind: "mixed" | "wholeScript";
  readonly scripts: readonly Script[];
};

/** Letters, marks and digits make words; "@", ".", spaces and punctuation separate them. */
const wordPattern = /[\p{L}\p{M}\p{N}]+/gu;

function scriptsOf(word: string): Script[] {
  const found = new Set<Script>();
  for (const ch of word) {
    for (const { script, pattern } of lookalikeScripts) if (pattern.test(ch)) found.add(script);
  }
  return [...found];
}

/** Every letter resolves to ASCII: the word can be read as a Latin word. */
function readsAsLatin(looksLike: string): boolean {
  const plain = looksLike.normalize("NFD").replace(/\p{M}/gu, "");
  return /^[a-z0-9]+$/.test(plain) && /[a-z]/.test(plain);
}

/**
 * The words of the name (capped by the caller), each with its lookalike scripts. Scripts are read
 * before NFKC: the micro sign of "µTorrent" is a symbol (Common), which NFKC would turn into Greek μ.
 */
export function nameWords(name: string): { readonly word: string; readonly scripts: readonly Script[] }[] {
  return Array.from(name.normalize("NFC").matchAll(wordPattern), (m) => ({ word: m[0], scripts: scriptsOf(m[0]) }));
}

/**
 * The words of a display name that pose as Latin: "Ρeρe.ν2@Αirdrορ" (Greek Ρ ρ ν Α ο) yields
 * Ρeρe, ν2 and Αirdrορ. A name written wholly in Greek or Cyrillic ("Σωκράτης", "Вера Павлова")
 * yields nothing, even where each letter has a Latin twin: there is no Latin around it to pass for.
 */
export function disguisedWords(name: string): DisguisedWord[] {
  const words = nameWords(name);
  const isMixed = (scripts: readonly Script[]): boolean => scripts.length >= 2 && scripts.includes("Latin");
  const latinAround = words.some((w) => isMixed(w.scripts) || (w.scripts.length === 1 && w.scripts[0] === "Latin"));
  const out: DisguisedWord[] = [];
  for (const { word, scripts } of words) {
    if (!isMixed(scripts) && (!latinAround || scripts.length !== 1 || scripts[0] === "Latin")) continue;
    const looksLike = skeleton(word);
    // UTS #39 flags any Latin word with Greek or Cyrillic in it ("ҏaypal", whose ҏ has no entry in
    // confusables.txt); a word in one other script counts only when it reads wholly as Latin.
    if (isMixed(scripts) || readsAsLatin(looksLike))
      out.push({ word, looksLike, kind: isMixed(scripts) ? "mixed" : "wholeScript", scripts });
  }
  return out;
}

/** The name as a reader sees it: every word replaced by its skeleton, separators kept. */
export function asReaderSees(name: string): string {
  return name
    .normalize("NFKC")
    .replace(wordPattern, (word) => (scriptsOf(word).some((s) => s !== "Latin") ? skeleton(word) : word));
}
