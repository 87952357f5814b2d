import { type Policy } from "./schema";
import defaultPolicyJson from "../../../policy/default-policy.json";
import { checkPolicy, type PolicyIssue } from "./check";

const embedded = checkPolicy(defaultPolicyJson);

/**
 * Field errors of the embedded policy; empty in any build, which refuses an invalid policy
 * (scripts/build/policy-source.mjs). Code run from source (the CLI, scripts) checks them so a
 * broken policy/default-policy.json is reported as field errors instead of failing on import.
 */
export const embeddedPolicyIssues: readonly PolicyIssue[] = embedded.ok ? [] : embedded.issues;

/**
 * The policy the build embeds: the one the admin built with (`npm run build -- --policy FILE`),
 * else the facility's example, policy/default-policy.json. When the file is invalid (only
 * possible outside a build) this is a placeholder that matches no real organisation, and
 * embeddedPolicyIssues says why.
 */
export const defaultPolicy: Policy = embedded.ok ? embedded.policy : placeholder();

function placeholder(): Policy {
  const result = checkPolicy({ organization: { names: ["(invalid embedded policy)"], domains: ["invalid.invalid"] } });
  if (!result.ok) throw new Error("the placeholder policy must be valid");
  return result.policy;
}
