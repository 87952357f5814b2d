// A webpack loader that replaces src/core/policy/built-in.ts (which validates the JSON when run
// from source) with the policy the build has already validated (scripts/build/policy-source.mjs), as a
// literal: the bundles carry no validation of their own built-in policy, so nothing can throw at load.

/**
 * The launch event never shows the policy's steps or links (only the task pane does), so its copy
 * leaves them out; everything the rules read stays.
 * @template {Record<string, unknown>} T
 * @param {T} policy a validated policy
 * @returns {Omit<T, "steps" | "links"> & { steps: { opened: never[] }, links: never[] }}
 */
export function launchEventPolicy(policy) {
  return { ...policy, steps: { opened: [] }, links: [] };
}

/** @this {{ getOptions: () => { policy: Record<string, unknown> } }} */
export default function builtInPolicyLoader() {
  const { policy } = this.getOptions();
  return `// Validated when the add-in was built (scripts/build/policy-source.mjs).\nexport const defaultPolicy = ${JSON.stringify(policy)};\nexport const embeddedPolicyIssues = [];\n`;
}
