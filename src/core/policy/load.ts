/**
 * The policy API in one place: validation (./validate) and the built-in default (./built-in,
 * which the build replaces by an already validated literal).
 */
export { formatPolicyIssues, parsePolicy, validatePolicy, type PolicyIssue, type PolicyResult } from "./validate";
export { defaultPolicy } from "./built-in";
