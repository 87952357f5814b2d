import type { Policy } from "./schema";
import { checkPolicy, type PolicyIssue } from "./check";
import defaultPolicyJson from "../../../policy/default-policy.json";

/**
 * The policy the add-in embeds: the one the admin built with (`npm run build -- --policy FILE`),
 * else the facility's example, policy/default-policy.json.
 *
 * The add-in's bundles never run this code: the build validates the file once
 * (scripts/build/policy-source.mjs, failing on any field error) and replaces this module with the
 * validated policy as a literal (scripts/build/built-in-policy-loader.mjs), so nothing can throw
 * while Outlook loads the pane or launchevent.js. Run from source (the CLI, scripts), an invalid
 * file gives a placeholder that matches no real organisation, and embeddedPolicyIssues says why,
 * so a broken policy is reported as field errors instead of failing on import.
 */
const embedded = checkPolicy(defaultPolicyJson);

export const embeddedPolicyIssues: readonly PolicyIssue[] = embedded.ok ? [] : embedded.issues;

export const defaultPolicy: Policy = embedded.ok ? embedded.policy : placeholder();

function placeholder(): Policy {
  const result = checkPolicy({ organization: { names: ["(invalid embedded policy)"], domains: ["invalid.invalid"] } });
  if (!result.ok) throw new Error("the placeholder policy must be valid");
  return result.policy;
}
