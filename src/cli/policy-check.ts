import { readFile } from "node:fs/promises";
import { formatPolicyIssues, parsePolicy, type Policy } from "../core";
import type { CliIo } from "./io";
import { policyInitCommand } from "./policy-init";
import { UsageError, policyHelp } from "./usage";
import { errorText } from "../core/text/error-text";
import { stepsFor } from "../core/policy/steps";

/** How many steps each level shows, and whether they are the policy's own or built in. */
function stepCounts(policy: Policy): string {
  const own = (level: "danger" | "caution" | "unknown"): boolean =>
    (level === "danger" ? (policy.steps.danger ?? policy.steps.received) : policy.steps[level]) !== undefined;
  const levels = (["danger", "caution", "unknown"] as const).map(
    (level) => `${stepsFor(policy, level).length} ${level}${own(level) ? "" : " (built-in)"}`,
  );
  return `${levels.join(", ")}, ${stepsFor(policy, "opened").length} after opening`;
}

function describe(file: string, policy: Policy): string {
  const partners = policy.partners.map((p) => `${p.name} (${p.domains.join(", ")})`);
  const trusted = policy.trustedSenders.map((t) => t.domain ?? t.address ?? "");
  return [
    `OK: ${file} (version ${policy.version})`,
    `  organisation names: ${policy.organization.names.join(", ")}`,
    `  domains:            ${policy.organization.domains.join(", ")}`,
    `  staff:              ${policy.staff.length} (${policy.staff.reduce((n, s) => n + s.aliases.length, 0)} aliases)`,
    `  partners:           ${partners.length === 0 ? "none" : partners.join("; ")}`,
    `  trusted senders:    ${trusted.length === 0 ? "none" : trusted.join(", ")}`,
    `  report mailbox:     ${policy.reportMailbox ?? "none (the pane offers no report)"}`,
    `  drill header:       ${policy.drill ? `${policy.drill.header}: ${policy.drill.value}` : "none"}`,
    `  transport header:   ${policy.transportHeader}`,
    `  steps:              ${stepCounts(policy)}`,
    `  links:              ${policy.links.length}`,
    "",
  ].join("\n");
}

export async function policyCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === undefined || sub === "--help" || sub === "-h" || sub === "help") {
    if (sub === undefined) throw new UsageError("missing subcommand: policy check FILE or policy init", policyHelp);
    io.out(policyHelp);
    return 0;
  }
  if (sub === "init") return policyInitCommand(rest, io);
  if (sub !== "check") throw new UsageError(`unknown policy subcommand "${sub}"`, policyHelp);
  if (rest.includes("--help") || rest.includes("-h")) {
    io.out(policyHelp);
    return 0;
  }
  const unknownOption = rest.find((a) => a.startsWith("-"));
  if (unknownOption !== undefined) throw new UsageError(`unknown option ${unknownOption}`, policyHelp);
  if (rest.length !== 1 || rest[0] === undefined)
    throw new UsageError("policy check takes exactly one FILE", policyHelp);
  const file = rest[0];
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    io.err(`sender-guard: cannot read ${file}: ${errorText(error)}\n`);
    return 3;
  }
  const result = parsePolicy(text.replace(/^\uFEFF/, ""));
  if (!result.ok) {
    io.err(`INVALID: ${file}\n${formatPolicyIssues(result.issues)}\n`);
    return 2;
  }
  io.out(describe(file, result.policy));
  return 0;
}
