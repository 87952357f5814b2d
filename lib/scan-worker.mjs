// Generated from src/cli by `npm run build:cli`; do not edit. A test checks it is up to date.
import {
  serveBatches
} from "./shared-LEU34Y6I.mjs";
import {
  scanTarget
} from "./shared-PVMMWGU5.mjs";
import "./shared-DZLTXA7M.mjs";
import "./shared-EKA33KFR.mjs";
import "./shared-3SKTSMIP.mjs";
import "./shared-EXHIW62P.mjs";
import "./shared-B6C7M5UA.mjs";
import {
  loadPolicyFile
} from "./shared-DB7PK676.mjs";
import "./shared-A7SG4TO2.mjs";

// src/cli/scan-worker.ts
import { workerData } from "node:worker_threads";
var { policyPath } = workerData;
var loaded = await loadPolicyFile(policyPath);
if (!loaded.ok) throw new Error(loaded.message);
var policy = loaded.policy;
serveBatches((target) => scanTarget(target, policy));
