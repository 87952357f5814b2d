import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import type { Policy } from "../core";
import type { Target } from "./collect";
import type { ScanRecord } from "./report";
import type { ScanWorkerData } from "./scan-worker";
import { mapInWorkers } from "./worker-pool";

export type ScanPlan = {
  readonly policy: Policy;
  /** The file the policy came from; each worker loads it again (undefined: the built-in policy). */
  readonly policyPath: string | undefined;
  /** Threads to use; 1 scans on the main thread. */
  readonly jobs: number;
  /** Called once per target, in target order. */
  readonly onRecord: (record: ScanRecord) => void;
  /** A note for standard error, e.g. that the scan fell back to one thread. */
  readonly warn: (text: string) => void;
};

/** Below this many files a worker's start-up (≈ 50 ms) costs more than it saves. */
const minFilesForWorkers = 48;
const batchSize = 8;

export function defaultJobs(): number {
  return availableParallelism();
}

/**
 * The built worker sits next to the built CLI (lib/scan-worker.mjs beside lib/cli.mjs). Run from
 * the TypeScript sources (tests), there is no runnable worker and the scan stays on one thread.
 */
function workerUrl(): URL | undefined {
  const url = new URL("./scan-worker.mjs", import.meta.url);
  return url.protocol === "file:" && existsSync(fileURLToPath(url)) ? url : undefined;
}

async function scanInOrder(targets: readonly Target[], plan: ScanPlan, records: ScanRecord[]): Promise<void> {
  // Loaded here, not up front: when the files go to worker threads, the main thread never needs
  // the parser and the rules, and the workers start sooner without it loading them too.
  const { scanTarget } = await import("./scan-file");
  for (const target of targets) {
    const record = await scanTarget(target, plan.policy);
    records.push(record);
    plan.onRecord(record);
  }
}

/**
 * Judges every target and returns the records in target order. Many files are spread over
 * worker threads; the records, and the order onRecord sees them in, are the same either way.
 */
export async function scanTargets(targets: readonly Target[], plan: ScanPlan): Promise<ScanRecord[]> {
  const records: ScanRecord[] = [];
  const url = workerUrl();
  if (url === undefined || plan.jobs <= 1 || targets.length < minFilesForWorkers) {
    await scanInOrder(targets, plan, records);
    return records;
  }
  try {
    const workerData: ScanWorkerData = { policyPath: plan.policyPath };
    await mapInWorkers<Target, ScanRecord>(
      targets,
      { workerUrl: url, workerData, workers: plan.jobs, batchSize },
      (_index, record) => {
        records.push(record);
        plan.onRecord(record);
      },
    );
  } catch (error) {
    // A failed worker must not lose or repeat lines: the rest is judged here, in order.
    plan.warn(
      `sender-guard: worker threads failed (${error instanceof Error ? error.message : String(error)}); continuing on one thread\n`,
    );
    await scanInOrder(targets.slice(records.length), plan, records);
  }
  return records;
}
