import * as v from "valibot";
import { policySchema, type Policy } from "./schema";
import { jsonSyntaxMessage } from "./messages";

export type PolicyIssue = {
  /** Dotted path of the field, e.g. "organization.domains[0]"; "(root)" for the whole file. */
  readonly field: string;
  readonly message: string;
};

export type PolicyResult =
  | { readonly ok: true; readonly policy: Policy }
  | { readonly ok: false; readonly issues: readonly PolicyIssue[] };

function issuePath(issue: v.BaseIssue<unknown>): string {
  const path = issue.path ?? [];
  let out = "";
  for (const item of path) {
    const key = (item as { key?: unknown }).key;
    if (typeof key === "number") out += `[${key}]`;
    else if (typeof key === "string") out += out === "" ? key : `.${key}`;
  }
  return out === "" ? "(root)" : out;
}

/** Validates parsed JSON; every error names its field. */
export function validatePolicy(input: unknown): PolicyResult {
  const result = v.safeParse(policySchema, input);
  if (result.success) return { ok: true, policy: result.output };
  return {
    ok: false,
    issues: result.issues.map((issue) => ({ field: issuePath(issue), message: issue.message })),
  };
}

/** Parses and validates policy text (JSON syntax errors are a "(root)" issue with line and column). */
export function parsePolicy(text: string): PolicyResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, issues: [{ field: "(root)", message: jsonSyntaxMessage(text, error) }] };
  }
  return validatePolicy(json);
}

export function formatPolicyIssues(issues: readonly PolicyIssue[]): string {
  return issues.map((i) => `${i.field}: ${i.message}`).join("\n");
}
