import type { MessageFacts } from "../model/facts";
import type { Verdict } from "../model/verdict";
import type { Policy } from "../policy/schema";
import { defaultPolicy } from "../policy/load";
import { defaultEnv } from "./env";
import { analyzeWithEnv, type AnalyzeOptions } from "./analyze-with-env";

export type { AnalyzeOptions } from "./analyze-with-env";

/**
 * Judges one message. Never throws for any MessageFacts: a rule that throws is reported in
 * `ruleFailures` and can only keep the verdict from being `safe`. Without `options.env` the full
 * Public Suffix List (tldts-icann) answers registrable-domain questions.
 */
export function analyze(facts: MessageFacts, policy: Policy = defaultPolicy, options: AnalyzeOptions = {}): Verdict {
  return analyzeWithEnv(facts, policy, { ...options, env: options.env ?? defaultEnv });
}
