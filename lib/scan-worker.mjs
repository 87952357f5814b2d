// Generated from src/cli by `npm run build:cli`; do not edit. A test checks it is up to date.
import {
  serveBatches
} from "./shared-2AU4BCXK.mjs";
import {
  scanFile
} from "./shared-FCVNU4U7.mjs";
import {
  recordFromError
} from "./shared-ZZAYWIHC.mjs";
import "./shared-EJA6G3AA.mjs";
import "./shared-4ESLJZ37.mjs";
import "./shared-EXHIW62P.mjs";
import "./shared-NI6VQC2M.mjs";
import {
  loadPolicyFile
} from "./shared-6ZK2GJQ2.mjs";
import "./shared-A7SG4TO2.mjs";

// src/cli/scan-worker.ts
import { workerData } from "node:worker_threads";
var { policyPath } = workerData;
var loaded = await loadPolicyFile(policyPath);
if (!loaded.ok) throw new Error(loaded.message);
var policy = loaded.policy;
serveBatches((target) => target.ok ? scanFile(target.file, policy) : Promise.resolve(recordFromError(target.file, target.error)));
