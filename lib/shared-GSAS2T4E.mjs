// Generated from src/cli by `npm run build:cli`; do not edit. A test checks it is up to date.
import {
  scanFile
} from "./shared-FCVNU4U7.mjs";
import "./shared-ZZAYWIHC.mjs";
import "./shared-EJA6G3AA.mjs";
import "./shared-4ESLJZ37.mjs";
import "./shared-EXHIW62P.mjs";
import "./shared-NI6VQC2M.mjs";
import "./shared-A7SG4TO2.mjs";
export {
  scanFile
};
