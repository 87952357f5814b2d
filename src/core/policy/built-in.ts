import type { Policy } from "./schema";
import { formatPolicyIssues, validatePolicy } from "./validate";
import defaultPolicyJson from "../../../policy/default-policy.json";

/**
 * The facility's policy shipped with the add-in (ウェスタ川越).
 *
 * Run from source (the CLI, tests), this module validates policy/default-policy.json when it is
 * imported. The add-in's bundles never run this code: the build validates the file once
 * (scripts/build/policy.mjs, failing on any field error) and replaces this module with the
 * validated policy as a literal (scripts/build/built-in-policy-loader.mjs), so nothing can throw
 * while Outlook loads the pane or launchevent.js.
 */
function validatedDefault(): Policy {
  const result = validatePolicy(defaultPolicyJson);
  if (!result.ok) throw new Error(`policy/default-policy.json is invalid:\n${formatPolicyIssues(result.issues)}`);
  return result.policy;
}

export const defaultPolicy: Policy = validatedDefault();
