import { defineRule, type FindingDraft } from "./rule";
import type { Severity } from "../model/verdict";
import type { RuleContext } from "../engine/context";
import { isWithinDomain } from "../net/address";
import { protectedDomains, type ProtectedDomain } from "../net/lookalike";
import { scanDisplayName, type NamedDomain } from "../net/named-domains";
import { hostOfHref } from "../net/url-host";
import { severityRank } from "../engine/level";

type MessageId = "protectedInName" | "addressInName" | "domainInName";

type Candidate = {
  readonly named: NamedDomain;
  readonly registrable: string;
  readonly messageId: MessageId;
  readonly severity: Severity;
  readonly genuine?: ProtectedDomain;
};

/** Stronger first; at equal strength a protected domain is the more useful thing to show. */
function score(candidate: Candidate): number {
  return severityRank[candidate.severity] * 2 + (candidate.genuine ? 1 : 0);
}

function firstLabel(domain: string): string {
  return domain.split(".")[0] ?? "";
}

/** Registrable domains the body's links lead to (distinct hosts looked up once). */
function linkRegistrables(ctx: RuleContext): Set<string> {
  const hosts = new Set<string>();
  for (const link of ctx.facts.links) {
    const host = hostOfHref(link.href);
    if (host !== undefined) hosts.add(host);
  }
  const domains = new Set<string>();
  for (const host of hosts) domains.add(ctx.env.registrableDomain(host) ?? host);
  return domains;
}

/**
 * A newsletter that names its product ("CNET News.com" from online.com, "Comics.com" from
 * unitedmedia.com) links to that product or through its own domain. A name showing a domain whose
 * mail links to neither is claiming a site it has nothing to do with ("Booking.com" from an
 * unrelated domain, every link elsewhere).
 */
function strayLinks(ctx: RuleContext, named: string, linkDomains: ReadonlySet<string>): boolean {
  if (linkDomains.size === 0) return false;
  const namedLabel = firstLabel(named);
  for (const domain of linkDomains) {
    if (domain === named || domain === ctx.derived.fromRegistrable || firstLabel(domain) === namedLabel) return false;
  }
  return true;
}

/**
 * How much a named domain weighs:
 * - a protected domain (the organisation's, a partner's) → strong, whatever the wording;
 * - an address of another registrable domain → strong; medium when its registered name equals the
 *   sender's ("Amazon.co.jp" <x@amazon.com>: same brand, other suffix), or when every link in the
 *   body leads to the named domain (a forwarder or "via" service relaying that organisation's mail);
 * - a bare domain → weak: it is how newsletters name their products ("CNET News.com Daily Dispatch"
 *   from online.com, about 30 of the legitimate corpus mails), so it counts only next to a sender
 *   signal; medium when no link leads to the named domain or the sender's own (strayLinks).
 */
function classify(
  ctx: RuleContext,
  named: NamedDomain,
  linkDomains: ReadonlySet<string>,
  ownDomains: ReadonlySet<string>,
): Candidate | undefined {
  const registrable = ctx.env.registrableDomain(named.host) ?? named.host;
  if (ownDomains.has(registrable)) return undefined;
  const genuine = protectedDomains(ctx.policy, ctx.env).find(
    (p) => isWithinDomain(named.host, p.domain) || registrable === p.registrable,
  );
  if (genuine) return { named, registrable, messageId: "protectedInName", severity: "strong", genuine };
  const sameName = firstLabel(registrable) === firstLabel(ctx.derived.fromRegistrable);
  const relayed = linkDomains.size > 0 && [...linkDomains].every((domain) => domain === registrable);
  if (named.isAddress)
    return { named, registrable, messageId: "addressInName", severity: sameName || relayed ? "medium" : "strong" };
  return {
    named,
    registrable,
    messageId: "domainInName",
    severity: strayLinks(ctx, registrable, linkDomains) ? "medium" : "weak",
  };
}

function draftFor(ctx: RuleContext, best: Candidate): FindingDraft<MessageId> {
  const claimed = ctx.derived.claimed;
  const evidence: Record<string, string> = {
    displayName: claimed?.name ?? "",
    named: best.named.text,
    namedDomain: best.registrable,
    address: claimed?.address ?? "",
  };
  if (!best.genuine) return { messageId: best.messageId, severity: best.severity, evidence };
  const owner = best.genuine.owner;
  return {
    messageId: best.messageId,
    severity: best.severity,
    evidence: { ...evidence, imitates: owner.name, genuineDomain: owner.domains.join(", ") },
    imitates: { kind: owner.kind, name: owner.name, genuineDomains: owner.domains },
  };
}

/**
 * The display name shows an address or domain that the real sender does not own:
 *   "info@westa-kawagoe.jp" <x@random-domain.com>         → strong (protected domain)
 *   "support@paypal.com" <x@random-domain.com>            → strong (an address)
 *   "CNET News.com Daily Dispatch" <dispatch@online.com>   → weak (a bare domain: newsletters name products)
 *   "news@example.com" <bounce@mail.example.com>          → quiet (same registrable domain)
 */
export const displayNameAddress = defineRule({
  meta: {
    id: "display-name-address",
    category: "sender",
    defaultSeverity: "strong",
    senderSignal: true,
    // A trusted sender is explained by the trusted-sender rule; a name that is just the address
    // claims nothing the address does not (lookalike-domain judges the address).
    quietWhen: ["trustedSender", "nameIsAddress"],
    description: {
      ja: "差出人名の中に、実際の送信元とは別のメールアドレスやドメインが書かれていないか調べます。",
      en: "Checks whether the sender name shows an address or domain other than the real sender's.",
    },
  },
  messages: {
    protectedInName: {
      ja: "差出人名に {imitates} のアドレス・ドメイン「{named}」が書かれていますが、実際の送信元は {address} です。",
      en: 'The sender name shows "{named}", which belongs to {imitates}, but the mail really comes from {address}.',
    },
    addressInName: {
      ja: "差出人名にメールアドレス「{named}」が書かれていますが、実際の送信元は別のドメインの {address} です。",
      en: 'The sender name shows the address "{named}", but the mail really comes from {address}, another domain.',
    },
    domainInName: {
      ja: "差出人名にドメイン「{named}」が書かれていますが、実際の送信元は {address} です（メールマガジンでも見られる書き方です）。",
      en: 'The sender name shows the domain "{named}", but the mail comes from {address} (newsletters do this too).',
    },
  },
  headlines: {
    protectedInName: {
      ja: "差出人名に{imitates}のアドレスがありますが、実際の送信元は別です。",
      en: "The sender name shows an address of {imitates}, but the real sender is someone else.",
    },
    addressInName: {
      ja: "差出人名のアドレスと、実際の送信元アドレスが違います。",
      en: "The address in the sender name is not the real sender address.",
    },
  },
  check: (ctx) => {
    const claimed = ctx.derived.claimed;
    if (claimed === undefined || ctx.derived.fromRegistrable === "") return [];
    const scan = scanDisplayName(claimed.name);
    if (scan.named.length === 0) return [];
    // The sender owns its registrable domain; the address is also read the way names are read, so
    // stray invisible characters around it cannot make the same domain look like another one.
    const ownDomains = new Set([ctx.derived.fromRegistrable]);
    for (const own of scanDisplayName(claimed.address).named)
      ownDomains.add(ctx.env.registrableDomain(own.host) ?? own.host);
    const linkDomains = linkRegistrables(ctx);
    let best: Candidate | undefined;
    for (const named of scan.named) {
      const candidate = classify(ctx, named, linkDomains, ownDomains);
      if (candidate && (best === undefined || score(candidate) > score(best))) best = candidate;
    }
    return best ? [draftFor(ctx, best)] : [];
  },
});
