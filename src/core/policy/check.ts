import * as v from "valibot";
import { policySchema, type Policy } from "./schema";

export type PolicyIssue = {
  /** Dotted path of the field, e.g. "organization.domains[0]"; "(root)" for the whole file. */
  readonly field: string;
  readonly message: string;
};

export type PolicyResult =
  { readonly ok: true; readonly policy: Policy } | { readonly ok: false; readonly issues: readonly PolicyIssue[] };

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

/**
 * Validates parsed JSON; every error names its field. Plain wording unless parse.ts is loaded
 * (the launch event only needs to know whether the policy is usable).
 */
export function checkPolicy(input: unknown): PolicyResult {
  const result = v.safeParse(policySchema, input);
  if (result.success) return { ok: true, policy: result.output };
  return { ok: false, issues: result.issues.map((issue) => ({ field: issuePath(issue), message: issue.message })) };
}

export function checkPolicyText(
  text: string,
  syntaxMessage: (text: string, error: unknown) => string = (_t, e) => `not valid JSON: ${String(e)}`,
): PolicyResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, issues: [{ field: "(root)", message: syntaxMessage(text, error) }] };
  }
  return checkPolicy(json);
}
