/**
 * "1 file", "2 files", "1 more such file": English count phrases with the plural on the noun,
 * the last word of the phrase. Nouns here are regular (add "s").
 */
export function countOf(count: number, phrase: string): string {
  return `${count} ${count === 1 ? phrase : `${phrase}s`}`;
}
