// Generated from src/cli by `npm run build:cli`; do not edit. A test checks it is up to date.
import {
  msgToFacts,
  readMsg
} from "./shared-OMUVBSVL.mjs";
import {
  looksLikeMsg
} from "./shared-BHICHTWC.mjs";
import "./shared-Y7Z4GPCY.mjs";
export {
  looksLikeMsg,
  msgToFacts,
  readMsg
};
