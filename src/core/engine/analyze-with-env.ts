import type { MessageFacts } from "../model/facts";
import type { Finding, Level, Localized, RuleFailure, SkippedPart, Verdict, Imitation } from "../model/verdict";
import type { Policy } from "../policy/schema";
import type { Rule } from "../rules/rule";
import { rules as registeredRules } from "../rules/registry";
import type { CoreEnv } from "./env";
import { deriveContext, type Derived, type RuleContext } from "./context";
import { compareFindings, levelFromFindings } from "./level";
import { describeMissing } from "./skipped";
import { drillHeadline, headlineFor, clampHeadline } from "./headline";
import { fillMessage } from "./messages";
import { subjectOf } from "./subject";
import { errorText } from "../text/error-text";

export type AnalyzeOptions = {
  readonly env?: CoreEnv;
  /** Defaults to every registered rule; tests pass a subset or a throwing rule. */
  readonly rules?: readonly Rule[];
};

type RuleRun = {
  readonly findings: Finding[];
  readonly headlines: Map<Finding, Localized>;
  readonly imitations: Map<Finding, Imitation>;
};

/** The rule's `quietWhen` metadata, applied here so no rule repeats the guard. */
function isQuiet(rule: Rule, derived: Derived): boolean {
  return (rule.meta.quietWhen ?? []).some((when) =>
    when === "trustedSender" ? derived.trustedReason !== undefined : derived.nameIsAddress,
  );
}

function runRule(rule: Rule, ctx: RuleContext, run: RuleRun): void {
  if (isQuiet(rule, ctx.derived)) return;
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
      about: draft.about ?? subjectOf(rule.meta.category, draft.evidence),
    };
    run.findings.push(finding);
    const headline = rule.headlines?.[draft.messageId];
    if (headline) run.headlines.set(finding, fillMessage(headline, draft.evidence));
    if (draft.imitates) run.imitations.set(finding, draft.imitates);
  }
}

/**
 * `analyze` with the environment given instead of defaulted: the launch-event handler imports this
 * file so the full Public Suffix List behind the default environment stays out of its bundle.
 * Never throws for any MessageFacts: a rule that throws is reported in `ruleFailures` and can only
 * keep the verdict from being `safe`.
 */
export function analyzeWithEnv(
  facts: MessageFacts,
  policy: Policy,
  options: AnalyzeOptions & { readonly env: CoreEnv },
): Verdict {
  const env = options.env;
  const rules = options.rules ?? registeredRules;
  const ctx = deriveContext(facts, policy, env);
  const run: RuleRun = { findings: [], headlines: new Map(), imitations: new Map() };
  const checked: string[] = [];
  const ruleFailures: RuleFailure[] = [];

  for (const rule of rules) {
    try {
      runRule(rule, ctx, run);
      checked.push(rule.meta.id);
    } catch (error) {
      ruleFailures.push({ rule: rule.meta.id, error: errorText(error) });
    }
  }

  const findings = [...run.findings].sort(compareFindings);
  // The strongest finding that names an imitation speaks for the headline and the sender card alike.
  const imitates = findings.map((f) => run.imitations.get(f)).find((found) => found !== undefined);
  const skipped: SkippedPart[] = facts.missing.map(describeMissing);
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
