// Generated from src/cli by `npm run build:cli`; do not edit. A test checks it is up to date.
import {
  scanFile,
  scanTarget
} from "./shared-PVMMWGU5.mjs";
import "./shared-DZLTXA7M.mjs";
import "./shared-EKA33KFR.mjs";
import "./shared-3SKTSMIP.mjs";
import "./shared-EXHIW62P.mjs";
import "./shared-B6C7M5UA.mjs";
import "./shared-A7SG4TO2.mjs";
export {
  scanFile,
  scanTarget
};
