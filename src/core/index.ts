export * from "./model/facts";
export * from "./model/verdict";
export { analyze, type AnalyzeOptions } from "./engine/analyze";
export { defaultEnv, type CoreEnv } from "./engine/env";
export { defaultPolicy, parsePolicy, validatePolicy, formatPolicyIssues, type PolicyIssue, type PolicyResult } from "./policy/load";
export type { Policy, PolicyInput } from "./policy/schema";
export { rules } from "./rules/registry";
export { drillSigns } from "./drill/lesson";
export { drillIdFromSubject, drillSubjectTag } from "./drill/drill-id";
