// A scan worker thread (started by scan-targets.ts through the worker pool): loads the same
// policy file the main thread validated, then judges the files it is sent.
import { workerData } from "node:worker_threads";
import type { Target } from "./collect";
import { loadPolicyFile } from "./policy-file";
import type { ScanRecord } from "./report";
import { scanTarget } from "./scan-file";
import { serveBatches } from "./worker-pool";

export type ScanWorkerData = { readonly policyPath: string | undefined };

const { policyPath } = workerData as ScanWorkerData;
const loaded = await loadPolicyFile(policyPath);
if (!loaded.ok) throw new Error(loaded.message);
const policy = loaded.policy;

serveBatches<Target, ScanRecord>((target) => scanTarget(target, policy));
