// Generated from src/cli by `npm run build:cli`; do not edit. A test checks it is up to date.
import {
  recordFromError,
  scanFile,
  serveBatches
} from "./shared-X3SEXGRA.mjs";
import "./shared-BHICHTWC.mjs";
import {
  loadPolicyFile
} from "./shared-KT47W6R4.mjs";
import "./shared-F5VO4U6X.mjs";
import "./shared-Y7Z4GPCY.mjs";

// src/cli/scan-worker.ts
import { workerData } from "node:worker_threads";
var { policyPath } = workerData;
var loaded = await loadPolicyFile(policyPath);
if (!loaded.ok) throw new Error(loaded.message);
var policy = loaded.policy;
serveBatches((target) => target.ok ? scanFile(target.file, policy) : Promise.resolve(recordFromError(target.file, target.error)));
