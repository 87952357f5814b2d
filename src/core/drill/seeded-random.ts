/** mulberry32: a small seeded generator, so `drill make --seed N` writes the same mails every time. */
export type Random = {
  /** A float in [0, 1). */
  readonly next: () => number;
  readonly pick: <T>(items: readonly T[]) => T;
  readonly hex: (digits: number) => string;
};

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(next() * items.length)];
    if (item === undefined) throw new Error("cannot pick from an empty list");
    return item;
  };
  const hex = (digits: number): string =>
    Array.from({ length: digits }, () => Math.floor(next() * 16).toString(16))
      .join("")
      .toUpperCase();
  return { next, pick, hex };
}
