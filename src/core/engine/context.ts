import type { HeaderField, Mailbox, MessageFacts } from "../model/facts";
import type { Localized } from "../model/verdict";
import type { Policy } from "../policy/schema";
import type { CoreEnv } from "./env";
import { domainOf, isWithinDomain } from "../net/address";
import { isFail, isPass, receivingAuthResults, resultDomain, type AuthSummary } from "../net/auth-results";
import { receivingForefrontReport, type ForefrontReport } from "../net/forefront";
import { readDrillMark, type DrillMark } from "../drill/drill-id";

/** Values several rules need, computed once per message. */
export type Derived = {
  /** From, else Sender: the identity the reader sees. */
  readonly claimed?: Mailbox;
  readonly fromDomain: string;
  readonly fromRegistrable: string;
  /** All values of a header, case-insensitive; [] when absent or headers are unavailable. */
  readonly header: (name: string) => readonly string[];
  readonly isOrganizationDomain: (host: string) => boolean;
  /** The claimed display name is just its address (case and spaces aside): it claims nothing more. */
  readonly nameIsAddress: boolean;
  /** The policy's trust for this sender, when it applies (see rules/trusted-sender.ts). */
  readonly trustedReason?: Localized;
  /** True when the policy's drill header is present with its value. */
  readonly drill: boolean;
  /** The drill mail's own id (`<value>; id=…`), when it carries one. */
  readonly drillId?: string;
  /** Authentication-Results written by the receiving side (see net/auth-results.ts). */
  readonly auth: AuthSummary;
  /** Checks that failed for the From domain (see failedForDomain); [] when none. */
  readonly authFailures: readonly string[];
  /** The receiving side's X-Forefront-Antispam-Report, when present. */
  readonly forefront?: ForefrontReport;
  /** The policy would trust this sender, but authentication failed for its domain, so it does not. */
  readonly trustRefused?: Localized;
};

export type RuleContext = {
  readonly facts: MessageFacts;
  readonly policy: Policy;
  readonly env: CoreEnv;
  readonly derived: Derived;
};

function headerIndex(headers: readonly HeaderField[] | undefined): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const field of headers ?? []) {
    const key = field.name.toLowerCase();
    const list = index.get(key);
    if (list) list.push(field.value);
    else index.set(key, [field.value]);
  }
  return index;
}

function findTrust(facts: MessageFacts, policy: Policy, fromDomain: string): Localized | undefined {
  const address = facts.from?.address.toLowerCase() ?? "";
  if (address === "") return undefined;
  for (const entry of policy.trustedSenders) {
    if (entry.address !== undefined && entry.address === address) return entry.reason;
    if (entry.domain !== undefined && isWithinDomain(fromDomain, entry.domain)) return entry.reason;
  }
  return undefined;
}

/** Which checks failed for the From domain (DMARC, compauth, or SPF without a passing DKIM); [] when none. */
function failedForDomain(auth: AuthSummary, fromRegistrable: string, env: CoreEnv): string[] {
  const sameDomain = (domain: string): boolean =>
    domain !== "" && fromRegistrable !== "" && (env.registrableDomain(domain) ?? domain) === fromRegistrable;
  const failed: string[] = [];
  if (isFail(auth.dmarc)) failed.push("dmarc");
  if (isFail(auth.compauth)) failed.push("compauth");
  // SPF alone breaks on ordinary forwarding and DKIM alone on mailing lists that edit the body:
  // they count only when the other one did not vouch for the mail either.
  if (auth.spf && isFail(auth.spf) && sameDomain(resultDomain(auth.spf)) && !auth.dkim.some(isPass)) {
    failed.push("spf");
    if (auth.dkim.some((d) => isFail(d) && sameDomain(resultDomain(d)))) failed.push("dkim");
  }
  return failed;
}

/**
 * The facts arrive capped: readers build them with buildFacts (model/build-facts.ts), which
 * applies the policy's limits and lists what it cut, so the engine does not cap again.
 */
export function deriveContext(facts: MessageFacts, policy: Policy, env: CoreEnv): RuleContext {
  const claimed = facts.from ?? facts.sender;
  const fromDomain = domainOf(claimed?.address ?? "");
  const index = headerIndex(facts.headers);
  const header = (name: string): readonly string[] => index.get(name.toLowerCase()) ?? [];
  const drillValue = policy.drill?.value;
  const drillMarks =
    policy.drill && drillValue !== undefined
      ? header(policy.drill.header).map((v) => readDrillMark(v, drillValue))
      : [];
  const drillMark = drillMarks.find((m): m is DrillMark => m !== undefined);
  const fromRegistrable = fromDomain === "" ? "" : (env.registrableDomain(fromDomain) ?? fromDomain);
  const auth = receivingAuthResults(facts.headers);
  const forefront = receivingForefrontReport(facts.headers);
  const derived: Derived = {
    ...(claimed ? { claimed } : {}),
    fromDomain,
    fromRegistrable,
    nameIsAddress: claimed !== undefined && claimed.name.trim().toLowerCase() === claimed.address.trim().toLowerCase(),
    header,
    isOrganizationDomain: (host) => policy.organization.domains.some((d) => isWithinDomain(host, d)),
    drill: drillMark !== undefined,
    ...(drillMark?.id !== undefined ? { drillId: drillMark.id } : {}),
    auth,
    authFailures: failedForDomain(auth, fromRegistrable, env),
    ...(forefront ? { forefront } : {}),
  };
  const trustedReason = findTrust(facts, policy, fromDomain);
  if (!trustedReason) return { facts, policy, env, derived };
  // Trust follows the domain, so a forged trusted domain must not carry it: failures remove it.
  if (derived.authFailures.length > 0)
    return { facts, policy, env, derived: { ...derived, trustRefused: trustedReason } };
  return { facts, policy, env, derived: { ...derived, trustedReason } };
}
