/** Timing helpers for the benchmark: monotonic nanoseconds, warm-up first, medians over repeats. */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/**
 * A full garbage collection before each measurement, so one input does not pay for the garbage
 * of the previous one. Not before every sample: that also throws away warm code and caches.
 */
setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as (() => void) | undefined;

export function nowNs(): bigint {
  return process.hrtime.bigint();
}

/** Nanoseconds one call of fn takes. */
export function timeOnce(fn: () => void): number {
  const start = nowNs();
  fn();
  return Number(nowNs() - start);
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

export function median(values: readonly number[]): number {
  return percentile(
    [...values].sort((a, b) => a - b),
    50,
  );
}

/**
 * Median nanoseconds of fn after a garbage collection and one warm-up call, repeated until `budgetMs` is spent
 * (at least `minRuns`, at most `maxRuns` times).
 */
export function medianNs(fn: () => void, options: SampleOptions = {}): number {
  return medianOf(timeOnce, fn, options);
}

/** CPU nanoseconds (user + system, all of the process's threads, so garbage collection counts) one call of fn takes. */
export function cpuTimeOnce(fn: () => void): number {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) * 1000;
}

/**
 * Like medianNs, in CPU time: a call that lasts longer than the scheduler's time slice is
 * descheduled more often on a busy machine, so wall time would grow with input size for reasons
 * that are not the code's. CPU time counts only the work done.
 */
export function medianCpuNs(fn: () => void, options: SampleOptions = {}): number {
  return medianOf(cpuTimeOnce, fn, options);
}

type SampleOptions = { readonly budgetMs?: number; readonly minRuns?: number; readonly maxRuns?: number };

/** The sampling both medians share: a garbage collection, one warm-up call, then samples until the budget is spent. */
function medianOf(
  timer: (fn: () => void) => number,
  fn: () => void,
  { budgetMs = 300, minRuns = 5, maxRuns = 200 }: SampleOptions,
): number {
  gc?.();
  fn();
  const samples: number[] = [];
  const deadline = nowNs() + BigInt(budgetMs) * 1_000_000n;
  while (samples.length < minRuns || (samples.length < maxRuns && nowNs() < deadline)) samples.push(timer(fn));
  return median(samples);
}

export function formatNs(ns: number): string {
  if (!Number.isFinite(ns)) return "n/a";
  if (ns < 1_000_000) return `${(ns / 1_000).toFixed(1)} µs`;
  if (ns < 1_000_000_000) return `${(ns / 1_000_000).toFixed(2)} ms`;
  return `${(ns / 1_000_000_000).toFixed(2)} s`;
}

export function formatKb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
