// Generated from src/cli by `npm run build:cli`; do not edit. A test checks it is up to date.
import {
  scanFile
} from "./shared-RMIV3DYR.mjs";
import "./shared-ZZAYWIHC.mjs";
import "./shared-PDZVKWGP.mjs";
import "./shared-4ESLJZ37.mjs";
import "./shared-EXHIW62P.mjs";
import "./shared-NI6VQC2M.mjs";
import "./shared-A7SG4TO2.mjs";
export {
  scanFile
};
