// A scan worker thread (started by scan-targets.ts through the worker pool): loads the same
// policy file the main thread validated, then judges the files it is sent.
import { workerData } from "node:worker_threads";
import type { Target } from "./collect";
import { loadPolicyFile } from "./policy-file";
import { recordFromError, type ScanRecord } from "./report";
import { scanFile } from "./scan-file";
import { serveBatches } from "./worker-pool";

export type ScanWorkerData = { readonly policyPath: string | undefined };

const { policyPath } = workerData as ScanWorkerData;
const loaded = await loadPolicyFile(policyPath);
if (!loaded.ok) throw new Error(loaded.message);
const policy = loaded.policy;

serveBatches<Target, ScanRecord>((target) =>
  target.ok ? scanFile(target.file, policy) : Promise.resolve(recordFromError(target.file, target.error)),
);
