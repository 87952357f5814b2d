/**
 * The embedded policy (./built-in, which the build replaces by an already validated literal).
 * Validation with the explaining wording is ./parse; the lean check the launch event uses is ./check.
 */
export { defaultPolicy, embeddedPolicyIssues } from "./built-in";
