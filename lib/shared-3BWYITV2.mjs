// Generated from src/cli by `npm run build:cli`; do not edit. A test checks it is up to date.
import {
  msgToFacts,
  readMsg
} from "./shared-OBPVDQX5.mjs";
import {
  looksLikeMsg
} from "./shared-3SKTSMIP.mjs";
import "./shared-B6C7M5UA.mjs";
import "./shared-A7SG4TO2.mjs";
export {
  looksLikeMsg,
  msgToFacts,
  readMsg
};
