import { checkPolicy, checkPolicyText, type PolicyIssue, type PolicyResult } from "./check";
import { installExplainer } from "./explain";
import { explainer, jsonSyntaxMessage } from "./messages";

export type { PolicyIssue, PolicyResult } from "./check";

// Everything that shows policy errors to a person comes through here, so the wording is installed once.
installExplainer(explainer);

/** Validates parsed JSON; every error names its field and says what is expected. */
export function validatePolicy(input: unknown): PolicyResult {
  return checkPolicy(input);
}

/** Parses and validates policy text (JSON syntax errors are a "(root)" issue with line and column). */
export function parsePolicy(text: string): PolicyResult {
  return checkPolicyText(text, jsonSyntaxMessage);
}

export function formatPolicyIssues(issues: readonly PolicyIssue[]): string {
  return issues.map((i) => `${i.field}: ${i.message}`).join("\n");
}
