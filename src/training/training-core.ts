/** What the training page loads behind a dynamic import: the real core, the rounds and the policy loader. */
import { analyze, defaultPolicy, type Policy } from "../core";
import { loadHostedPolicy, type FetchLike } from "../office/policy-fetch";

export { analyze };
export { trainingRounds, drillLinkToFacts } from "../core/drill/rounds";
export { readTrainingLink } from "../core/drill/training-link";

/** The organisation's policy.json beside the page, else the built-in one (never a failure). */
export async function loadPolicyForTraining(baseUrl: string, fetchFn: FetchLike | undefined): Promise<Policy> {
  try {
    return (await loadHostedPolicy(baseUrl, fetchFn)).policy;
  } catch {
    return defaultPolicy;
  }
}
