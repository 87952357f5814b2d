import { defaultPolicy, emptyFacts, type MessageFacts, type Verdict } from "../../src/core";
import type { CoreApi } from "../../src/taskpane/core-loader";

/**
 * A hand-built Verdict for UI tests that need a given level or shape. It says nothing about
 * detection: the rules decide levels, and their own tests check that.
 */
export function makeVerdict(overrides: Partial<Verdict> = {}): Verdict {
  return {
    level: "safe",
    headline: { ja: "テスト用の見出しです。", en: "A test headline." },
    findings: [],
    sender: {
      displayName: "Someone",
      address: "someone@example.com",
      domain: "example.com",
      registrableDomain: "example.com",
    },
    checked: [],
    skipped: [],
    ruleFailures: [],
    ...overrides,
  };
}

/** A core whose analyze returns fixed verdicts, so the pane can be shown any verdict. */
export function fixedCore(pick: (facts: MessageFacts) => Verdict): () => Promise<CoreApi> {
  const core: CoreApi = { analyze: (facts) => pick(facts), defaultPolicy };
  return () => Promise.resolve(core);
}

/** Facts for a message; only From matters to most pane tests. */
export function factsFrom(name: string, address: string, overrides: Partial<MessageFacts> = {}): MessageFacts {
  return emptyFacts({ from: { name, address }, headers: [], bodyText: "本文", ...overrides });
}
