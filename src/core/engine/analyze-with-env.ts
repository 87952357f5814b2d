import type { MessageFacts } from "../model/facts";
import type { Finding, Level, Localized, RuleFailure, SkippedPart, Verdict, Imitation } from "../model/verdict";
import type { Policy } from "../policy/schema";
import type { Rule } from "../rules/rule";
import { rules as registeredRules } from "../rules/registry";
import type { CoreEnv } from "./env";
import { deriveContext } from "./context";
import { compareFindings, levelFromFindings } from "./level";
import { describeMissing } from "./skipped";
import { drillHeadline, headlineFor, clampHeadline } from "./headline";
import { fillMessage } from "./messages";
import { errorText } from "../text/error-text";

export type AnalyzeOptions = {
  readonly env?: CoreEnv;
  /** Defaults to every registered rule; tests pass a subset or a throwing rule. */
  readonly rules?: readonly Rule[];
};

type RuleRun = {
  readonly findings: Finding[];
  readonly headlines: Map<Finding, Localized>;
};

function runRule(rule: Rule, ctx: ReturnType<typeof deriveContext>, run: RuleRun): Imitation | undefined {
  let imitates: Imitation | undefined;
  for (const draft of rule.check(ctx)) {
    const template = rule.messages[draft.messageId];
    if (template === undefined) throw new Error(`unknown message id "${draft.messageId}"`);
    const finding: Finding = {
      rule: rule.meta.id,
      messageId: draft.messageId,
      severity: draft.severity ?? rule.meta.defaultSeverity,
      senderSignal: draft.senderSignal ?? rule.meta.senderSignal,
      message: fillMessage(template, draft.evidence),
      evidence: draft.evidence,
      ...(draft.diff ? { diff: draft.diff } : {}),
    };
    run.findings.push(finding);
    const headline = rule.headlines?.[draft.messageId];
    if (headline) run.headlines.set(finding, fillMessage(headline, draft.evidence));
    imitates ??= draft.imitates;
  }
  return imitates;
}

/**
 * `analyze` with the environment given instead of defaulted: the launch-event handler imports this
 * file so the full Public Suffix List behind the default environment stays out of its bundle.
 * Never throws for any MessageFacts: a rule that throws is reported in `ruleFailures` and can only
 * keep the verdict from being `safe`.
 */
export function analyzeWithEnv(facts: MessageFacts, policy: Policy, options: AnalyzeOptions & { readonly env: CoreEnv }): Verdict {
  const env = options.env;
  const rules = options.rules ?? registeredRules;
  const ctx = deriveContext(facts, policy, env);
  const run: RuleRun = { findings: [], headlines: new Map() };
  const checked: string[] = [];
  const ruleFailures: RuleFailure[] = [];
  let imitates: Imitation | undefined;

  for (const rule of rules) {
    try {
      // Run first, then keep the first imitation: `imitates ??= runRule(…)` would skip every rule
      // after the first one that found an imitation.
      const found = runRule(rule, ctx, run);
      imitates ??= found;
      checked.push(rule.meta.id);
    } catch (error) {
      ruleFailures.push({ rule: rule.meta.id, error: errorText(error) });
    }
  }

  const findings = [...run.findings].sort(compareFindings);
  // ctx.facts, not facts: deriving the context may add parts it capped (a huge body).
  const skipped: SkippedPart[] = ctx.facts.missing.map(describeMissing);
  const raised = levelFromFindings(findings);
  const incomplete = skipped.length > 0 || ruleFailures.length > 0 || ctx.derived.claimed === undefined;
  let level: Level = raised ?? (incomplete ? "unknown" : "safe");
  let headline = headlineFor(level, findings[0], findings[0] ? run.headlines.get(findings[0]) : undefined);
  const reveal = policy.drill?.reveal ?? "after-report";
  if (ctx.derived.drill && reveal === "immediately") {
    // Announced at once when the admin chose so; by default a drill is judged like any other mail
    // and revealed after the user reports it (a drill that announces itself tests nothing).
    level = "safe";
    headline = { ja: clampHeadline(drillHeadline.ja), en: clampHeadline(drillHeadline.en) };
  }

  const claimed = ctx.derived.claimed;
  return {
    level,
    headline,
    findings,
    sender: {
      displayName: claimed?.name ?? "",
      address: claimed?.address ?? "",
      domain: ctx.derived.fromDomain,
      registrableDomain: ctx.derived.fromRegistrable,
    },
    ...(imitates ? { imitates } : {}),
    checked,
    skipped,
    ruleFailures,
    ...(ctx.derived.drill ? { drill: true, drillReveal: reveal } : {}),
    ...(ctx.derived.drillId !== undefined ? { drillId: ctx.derived.drillId } : {}),
    ...(ctx.derived.trustedReason ? { trustedReason: ctx.derived.trustedReason } : {}),
  };
}
