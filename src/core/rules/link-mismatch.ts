import { defineRule, type FindingDraft } from "./rule";
import { hostShownInText, linkTarget } from "../net/link-target";
import { isWithinDomain } from "../net/address";
import { brandOwning } from "../text/brand-match";
import type { RuleContext } from "../engine/context";

type Id = "textShowsOtherHost" | "ipHost" | "obfuscatedIpHost" | "userinfoHost" | "encodedHost";

/** Enough lines for a reader; more would only repeat the point. */
const maxFindings = 5;

/**
 * Who a shown host belongs to, when it is one we protect: the organisation, a partner or a brand.
 * `key` tells owners apart, so a brand's own tracker (amazon.co.jp text, amazon.com href) is one owner.
 */
function protectedOwner(host: string, ctx: RuleContext): { readonly name: string; readonly key: string } | undefined {
  const { policy } = ctx;
  if (ctx.derived.isOrganizationDomain(host))
    return { name: policy.organization.names[0] ?? policy.organization.domains[0] ?? host, key: "organization" };
  const partner = policy.partners.find((p) => p.domains.some((d) => isWithinDomain(host, d)));
  if (partner !== undefined) return { name: partner.name, key: `partner:${partner.name}` };
  const brand = brandOwning(host, policy);
  return brand === undefined ? undefined : { name: brand.name, key: `brand:${brand.name}` };
}

const ownerKey = (host: string, ctx: RuleContext): string | undefined =>
  host === "" ? undefined : protectedOwner(host, ctx)?.key;

export const linkMismatch = defineRule<Id>({
  meta: {
    id: "link-mismatch",
    category: "link",
    defaultSeverity: "medium",
    senderSignal: false,
    // Newsletters from senders the organisation trusts route every link through click tracking.
    quietWhen: ["trustedSender"],
    description: {
      ja: "リンクの表示と実際の行き先が違うか、行き先がIPアドレスや偽装された書き方になっていないかを見ます。",
      en: "Checks whether a link shows one address but leads to another, or leads to an IP address or a disguised host.",
    },
  },
  messages: {
    textShowsOtherHost: {
      ja: "リンクの表示は「{shown}」ですが、実際の行き先は「{host}」です。",
      en: 'A link shows "{shown}" but really leads to "{host}".',
    },
    ipHost: {
      ja: "リンクの行き先が名前ではなくIPアドレス「{host}」です。正規のサービスではまれです。",
      en: "A link leads to a bare IP address ({host}) instead of a name: rare for genuine services.",
    },
    obfuscatedIpHost: {
      ja: "リンクの行き先「{written}」は、IPアドレスを読みにくい書き方で隠しています。",
      en: 'A link leads to "{written}", an IP address written in a form meant to be hard to read.',
    },
    userinfoHost: {
      ja: "リンクは「{shown}」で始まるように見えますが、実際の行き先は「@」の後ろの「{host}」です。",
      en: 'A link seems to start with "{shown}", but it really leads to "{host}", the part after the "@".',
    },
    encodedHost: {
      ja: "リンクの行き先「{host}」は、文字を記号（%）で置き換えて読みにくくしています。",
      en: "A link's destination ({host}) is written with % escapes to make it hard to read.",
    },
  },
  check: (ctx) => {
    const { facts, derived, env } = ctx;
    const findings: FindingDraft<Id>[] = [];
    const seen = new Set<string>();
    const registrable = (host: string): string => env.registrableDomain(host) ?? host;
    const add = (key: string, draft: FindingDraft<Id>): void => {
      if (seen.has(key) || findings.length >= maxFindings) return;
      seen.add(key);
      findings.push(draft);
    };
    for (const link of facts.links) {
      if (findings.length >= maxFindings) break;
      const target = linkTarget(link.href);
      if (!target) continue;
      const { host } = target;
      if (target.ip === "ipv4Obfuscated")
        add(`obf:${host}`, { messageId: "obfuscatedIpHost", evidence: { host, written: host, href: link.href } });
      else if (target.ip) add(`ip:${host}`, { messageId: "ipHost", evidence: { host, href: link.href } });
      if (target.userinfo !== undefined)
        add(`user:${host}`, { messageId: "userinfoHost", evidence: { shown: target.userinfo, host, href: link.href } });
      else if (target.percentEncoded)
        add(`enc:${host}`, { messageId: "encodedHost", evidence: { host, href: link.href } });
      const shown = hostShownInText(link.text);
      if (shown === undefined || target.ip) continue;
      const shownDomain = registrable(shown);
      const realDomain = registrable(host);
      if (shownDomain !== realDomain) {
        const owner = protectedOwner(shown, ctx);
        // Text showing our, a partner's or a brand's address sent elsewhere is medium even through
        // the sender's own domain: a click tracker is no excuse for putting someone else's name on a
        // link. The owner's own mail through its tracker is judged as before.
        // The owner's other domain (amazon.co.jp shown, amazon.com linked) is still the owner.
        if (owner !== undefined && ownerKey(host, ctx) === owner.key) continue;
        if (owner !== undefined && ownerKey(derived.fromDomain, ctx) !== owner.key) {
          add(`text:${shownDomain}>${realDomain}`, {
            messageId: "textShowsOtherHost",
            evidence: { shown, host, owner: owner.name, text: link.text, href: link.href },
          });
          continue;
        }
        // A link through the sender's own domain is its click tracking: the sender answers for it,
        // so it only counts next to a sender signal.
        const viaSender = realDomain === derived.fromRegistrable;
        add(`text:${shownDomain}>${realDomain}`, {
          messageId: "textShowsOtherHost",
          ...(viaSender ? { severity: "weak" as const } : {}),
          evidence: { shown, host, text: link.text, href: link.href },
        });
      }
    }
    return findings;
  },
});
