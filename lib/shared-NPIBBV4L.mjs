// Generated from src/cli by `npm run build:cli`; do not edit. A test checks it is up to date.
import {
  formatPolicyIssues,
  parsePolicy,
  validatePolicy
} from "./shared-OX2R64VA.mjs";
export {
  formatPolicyIssues,
  parsePolicy,
  validatePolicy
};
