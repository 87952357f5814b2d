export * from "./model/facts";
export * from "./model/verdict";
export { buildFacts, factLimitsOf, type ExtractedParts, type FactLimits } from "./model/build-facts";
export { analyze, type AnalyzeOptions } from "./engine/analyze";
export { defaultEnv, type CoreEnv } from "./engine/env";
export { defaultPolicy, parsePolicy, validatePolicy, formatPolicyIssues, type PolicyIssue, type PolicyResult } from "./policy/load";
export type { Policy, PolicyInput } from "./policy/schema";
export type { LoadedPolicy, PolicySource } from "./policy/loaded";
export { rules } from "./rules/registry";
