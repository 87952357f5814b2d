import type { Level, Verdict } from "../../src/core";

/** A verdict with only what the Office adapter reads; headline and findings are the test's own. */
export function verdictOf(
  level: Level,
  headline = { ja: `${level} の見出し`, en: `${level} headline` },
  findings: Verdict["findings"] = [],
): Verdict {
  return {
    level,
    headline,
    findings,
    sender: {
      displayName: "ウェスタ川越",
      address: "info@evil.example",
      domain: "evil.example",
      registrableDomain: "evil.example",
    },
    checked: [],
    skipped: [],
    ruleFailures: [],
  };
}
