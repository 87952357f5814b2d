export * from "./model/facts";
export * from "./model/verdict";
export { analyze, type AnalyzeOptions } from "./engine/analyze";
export { defaultEnv, type CoreEnv } from "./engine/env";
export { defaultPolicy, embeddedPolicyIssues } from "./policy/load";
export { parsePolicy, validatePolicy, formatPolicyIssues, type PolicyIssue, type PolicyResult } from "./policy/parse";
export type { Policy, PolicyInput } from "./policy/schema";
export { policyFit, type PolicyFit, type ReportTarget } from "./policy/fit";
export { rules } from "./rules/registry";
