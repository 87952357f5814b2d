import { defineRule } from "./rule";
import { matchDisplayName } from "../text/name-match";
import { withoutAddresses } from "../net/named-domains";

/** English sentences read better with a name written in Latin letters ("Westa Kawagoe"), when the policy has one. */
function nameForEnglish(names: readonly string[]): string | undefined {
  return names.find((name) => /^[\p{Script=Latin}\p{N}\p{P}\p{Zs}]+$/u.test(name)) ?? names[0];
}

/**
 * The display name claims the organisation or one of its staff, but the address is not the
 * organisation's. This is the Emotet pattern the facility warned about:
 *   "ウェスタ川越 インフォメーション・施設予約" <info@random-domain.com>  → flagged
 *   "ウェスタ川越" <info@westa-kawagoe.jp>                              → genuine, quiet
 *   "佐藤一郎様" <someone@gmail.com>                                    → flagged (staff)
 *   "加藤 一郎" <someone@gmail.com>                                     → quiet (another person)
 */
export const displayNameImpersonation = defineRule({
  meta: {
    id: "display-name-impersonation",
    category: "sender",
    defaultSeverity: "strong",
    senderSignal: true,
    // A trusted sender is explained by the trusted-sender rule; a name that is just the address
    // claims nothing the address does not (lookalike-domain judges the address).
    quietWhen: ["trustedSender", "nameIsAddress"],
    description: {
      ja: "差出人名が組織名や職員名を名乗っているのに、送信元アドレスが組織のドメインではないメールを見つけます。",
      en: "Finds mail whose sender name claims the organisation or a staff member while the address is not the organisation's.",
    },
  },
  messages: {
    orgNameOutsideDomain: {
      ja: "差出人名は「{imitates}」を名乗っていますが、送信元アドレス {address} は {genuineDomain} のものではありません。",
      en: 'The sender name claims to be "{imitates}", but the address {address} is not from {genuineDomain}.',
    },
    staffNameOutsideDomain: {
      ja: "差出人名は職員「{imitates}」を名乗っていますが、送信元アドレス {address} は {genuineDomain} のものではありません。",
      en: 'The sender name claims to be the staff member "{imitates}", but the address {address} is not from {genuineDomain}.',
    },
  },
  headlines: {
    orgNameOutsideDomain: {
      ja: "「{imitates}」を名乗っていますが、送信元アドレスは{organization}のものではありません。",
      en: 'It claims to be "{imitates}", but the address does not belong to {organizationEn}.',
    },
    staffNameOutsideDomain: {
      ja: "「{imitates}」を名乗っていますが、送信元アドレスは{organization}のものではありません。",
      en: 'It claims to be "{imitates}", but the address does not belong to {organizationEn}.',
    },
  },
  check: (ctx) => {
    const claimed = ctx.derived.claimed;
    if (claimed === undefined) return [];
    const domain = ctx.derived.fromDomain;
    if (domain !== "" && ctx.derived.isOrganizationDomain(domain)) return [];
    // Addresses written in the name are judged by display-name-address and lookalike-domain.
    const match = matchDisplayName(withoutAddresses(claimed.name), ctx.policy);
    if (match === undefined) return [];
    const genuineDomains = ctx.policy.organization.domains;
    return [
      {
        messageId: match.kind === "organization" ? "orgNameOutsideDomain" : "staffNameOutsideDomain",
        evidence: {
          displayName: claimed.name,
          address: claimed.address,
          imitates: match.matched,
          genuineDomain: genuineDomains.join(", "),
          organization: ctx.policy.organization.names[0] ?? genuineDomains[0] ?? "",
          organizationEn: nameForEnglish(ctx.policy.organization.names) ?? genuineDomains[0] ?? "",
        },
        imitates: { kind: match.kind, name: match.name, genuineDomains },
      },
    ];
  },
});
