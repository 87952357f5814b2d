import type { HeaderField, Mailbox, MessageFacts } from "../model/facts";
import type { Localized } from "../model/verdict";
import type { Policy } from "../policy/schema";
import type { CoreEnv } from "./env";
import { domainOf, isWithinDomain } from "../net/address";

/** Values several rules need, computed once per message. */
export type Derived = {
  /** From, else Sender: the identity the reader sees. */
  readonly claimed?: Mailbox;
  readonly fromDomain: string;
  readonly fromRegistrable: string;
  /** All values of a header, case-insensitive; [] when absent or headers are unavailable. */
  readonly header: (name: string) => readonly string[];
  readonly isOrganizationDomain: (host: string) => boolean;
  /** The policy's trust for this sender, when it applies (see rules/trusted-sender.ts). */
  readonly trustedReason?: Localized;
  /** True when the policy's drill header is present with its value. */
  readonly drill: boolean;
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

export function deriveContext(facts: MessageFacts, policy: Policy, env: CoreEnv): RuleContext {
  const claimed = facts.from ?? facts.sender;
  const fromDomain = domainOf(claimed?.address ?? "");
  const index = headerIndex(facts.headers);
  const header = (name: string): readonly string[] => index.get(name.toLowerCase()) ?? [];
  const drillValues = policy.drill ? header(policy.drill.header) : [];
  const drillValue = policy.drill?.value;
  const derived: Derived = {
    ...(claimed ? { claimed } : {}),
    fromDomain,
    fromRegistrable: fromDomain === "" ? "" : (env.registrableDomain(fromDomain) ?? fromDomain),
    header,
    isOrganizationDomain: (host) => policy.organization.domains.some((d) => isWithinDomain(host, d)),
    drill: drillValue !== undefined && drillValues.some((value) => value.trim() === drillValue),
  };
  const trustedReason = findTrust(facts, policy, fromDomain);
  return { facts, policy, env, derived: trustedReason ? { ...derived, trustedReason } : derived };
}
