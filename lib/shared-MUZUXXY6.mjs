// Generated from src/cli by `npm run build:cli`; do not edit. A test checks it is up to date.
import {
  msgToFacts,
  readMsg
} from "./shared-NEB6UDIJ.mjs";
import {
  looksLikeMsg
} from "./shared-4ESLJZ37.mjs";
import "./shared-NI6VQC2M.mjs";
import "./shared-A7SG4TO2.mjs";
export {
  looksLikeMsg,
  msgToFacts,
  readMsg
};
