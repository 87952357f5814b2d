import type { CharDiff } from "../model/verdict";

/** Beyond this many cells the middle is reported as one change instead of aligned (hosts are short). */
const maxCells = 70_000;

/**
 * Where `seen` differs from `genuine`, for showing a lookalike: each run of changed characters
 * becomes one entry, its index counted in code points of `seen`. Used only for display, never to
 * decide whether something is a lookalike.
 *
 *   charDiff("westa-kawag0e.jp", "westa-kawagoe.jp") → [{ index: 11, seen: "0", genuine: "o" }]
 *   charDiff("westakawagoe.jp", "westa-kawagoe.jp")  → [{ index: 5, seen: "", genuine: "-" }]
 *   charDiff("westa-kawagoe.com", "westa-kawagoe.jp") → [{ index: 14, seen: "com", genuine: "jp" }]
 */
export function charDiff(seen: string, genuine: string): CharDiff[] {
  const a = Array.from(seen);
  const b = Array.from(genuine);
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix += 1;
  let suffix = 0;
  while (
    suffix < a.length - prefix &&
    suffix < b.length - prefix &&
    a[a.length - 1 - suffix] === b[b.length - 1 - suffix]
  )
    suffix += 1;
  const midA = a.slice(prefix, a.length - suffix);
  const midB = b.slice(prefix, b.length - suffix);
  if (midA.length === 0 && midB.length === 0) return [];
  if ((midA.length + 1) * (midB.length + 1) > maxCells) {
    return [{ index: prefix, seen: midA.join(""), genuine: midB.join("") }];
  }
  return aligned(midA, midB).map((d) => ({ ...d, index: d.index + prefix }));
}

/** Longest-common-subsequence alignment; runs of unmatched characters become one CharDiff each. */
function aligned(a: readonly string[], b: readonly string[]): CharDiff[] {
  const width = b.length + 1;
  // lcs[i * width + j] = LCS length of a[i..] and b[j..]
  const lcs = new Uint16Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      lcs[i * width + j] =
        a[i] === b[j]
          ? (lcs[(i + 1) * width + j + 1] ?? 0) + 1
          : Math.max(lcs[(i + 1) * width + j] ?? 0, lcs[i * width + j + 1] ?? 0);
    }
  }
  const diffs: CharDiff[] = [];
  let i = 0;
  let j = 0;
  let run: { index: number; seen: string; genuine: string } | undefined;
  const flush = (): void => {
    if (run) diffs.push(run);
    run = undefined;
  };
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      flush();
      i += 1;
      j += 1;
      continue;
    }
    run ??= { index: i, seen: "", genuine: "" };
    const skipA = j >= b.length || (i < a.length && (lcs[(i + 1) * width + j] ?? 0) >= (lcs[i * width + j + 1] ?? 0));
    if (skipA) {
      run.seen += a[i] ?? "";
      i += 1;
    } else {
      run.genuine += b[j] ?? "";
      j += 1;
    }
  }
  flush();
  return diffs;
}
