// Generated from src/cli by `npm run build:cli`; do not edit. A test checks it is up to date.
import {
  loadPolicyFile,
  recordFromError,
  scanFile,
  serveBatches
} from "./shared-ZZGW7EJG.mjs";

// src/cli/scan-worker.ts
import { workerData } from "node:worker_threads";
var { policyPath } = workerData;
var loaded = await loadPolicyFile(policyPath);
if (!loaded.ok) throw new Error(loaded.message);
var policy = loaded.policy;
serveBatches((target) => target.ok ? scanFile(target.file, policy) : Promise.resolve(recordFromError(target.file, target.error)));
