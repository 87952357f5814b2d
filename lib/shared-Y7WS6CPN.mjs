// Generated from src/cli by `npm run build:cli`; do not edit. A test checks it is up to date.
import {
  formatPolicyIssues,
  parsePolicy,
  validatePolicy
} from "./shared-KTENOUDW.mjs";
export {
  formatPolicyIssues,
  parsePolicy,
  validatePolicy
};
