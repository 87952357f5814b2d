import { defineRule } from "./rule";
import { isWithinDomain } from "../net/address";
import { withoutAddresses } from "../net/named-domains";
import { findBrands, senderNamesItself } from "../text/brand-match";
import { matchDisplayName } from "../text/name-match";

/** Brand top-level domains (".microsoft") cover the brand's mail but read oddly as "@microsoft". */
const shownDomains = (domains: readonly string[]): string[] => domains.filter((d) => d.includes("."));

/**
 * The display name claims a well-known service (built-in list plus policy.brands), but the address
 * is not one of that service's domains:
 *   "Microsoft アカウント チーム" <x@evil.example>        → flagged
 *   "Amazon.co.jp" <auto-confirm@amazon.co.jp>          → genuine, quiet
 *   "楽天カード株式会社" <info@mail.rakuten-card.co.jp>   → genuine (subdomain), quiet
 *   "Appleby Law" <x@appleby.example>                   → quiet (not the word Apple)
 *   "Lockergnome Apple Core" <x@lockergnome.com>         → quiet (the publisher names itself; Apple is its topic)
 * Medium: brands also appear in names for honest reasons (resellers, event organisers).
 */
export const brandImpersonation = defineRule({
  meta: {
    id: "brand-impersonation",
    category: "sender",
    defaultSeverity: "medium",
    senderSignal: true,
    // A trusted sender is explained by the trusted-sender rule; a name that is just the address
    // claims nothing the address does not (lookalike-domain judges the address).
    quietWhen: ["trustedSender", "nameIsAddress"],
    description: {
      ja: "差出人名が有名なサービスや銀行・カード会社を名乗るのに、送信元がそのドメインではないメールを見つけます。",
      en: "Finds mail whose sender name claims a well-known service, bank or card issuer from an address not of its domains.",
    },
  },
  messages: {
    brandNameOutsideDomain: {
      ja: "差出人名は「{matched}」を名乗っていますが、送信元アドレス {address} は{brand}のものではありません。",
      en: 'The sender name claims to be "{matched}", but the address {address} does not belong to {brand}.',
    },
  },
  headlines: {
    brandNameOutsideDomain: {
      ja: "「{matched}」を名乗っていますが、送信元アドレスは{brand}のものではありません。",
      en: 'It claims to be "{matched}", but the address does not belong to {brand}.',
    },
  },
  check: (ctx) => {
    const claimed = ctx.derived.claimed;
    if (claimed === undefined) return [];
    const host = ctx.derived.fromDomain;
    // Our own mail (a colleague forwarding a "Microsoft Teams" notice) is not a brand impersonation.
    if (host !== "" && ctx.derived.isOrganizationDomain(host)) return [];
    const found = findBrands(claimed.name, ctx.policy);
    const first = found[0];
    if (first === undefined) return [];
    // A name that names several brands ("LINEヤフー", "Yahoo! × PayPay") is genuine when the sender is any of them.
    if (host !== "" && found.some((m) => m.brand.domains.some((d) => isWithinDomain(host, d)))) return [];
    // The organisation or a staff member named as well: display-name-impersonation says it more strongly.
    if (matchDisplayName(withoutAddresses(claimed.name), ctx.policy) !== undefined) return [];
    // A publisher naming itself and the brand it writes about ("Lockergnome Apple Core").
    if (senderNamesItself(claimed.name, ctx.derived.fromRegistrable, found)) return [];
    const genuineDomains = shownDomains(first.brand.domains);
    return [
      {
        messageId: "brandNameOutsideDomain",
        evidence: {
          displayName: claimed.name,
          matched: first.matched,
          brand: first.brand.name,
          address: claimed.address,
          genuineDomain: genuineDomains.join(", "),
        },
        imitates: { kind: "brand", name: first.brand.name, genuineDomains },
      },
    ];
  },
});
